"""Builds escalation_dev2.jsonl (DESIGN eval-case format), a second, more varied dev set.

Labels follow LABELING.md: a flag is raised for what the customer's words and the ticket
show now. Cases vary channel, persona, dialect, number formats and conversation length;
most no-flag cases are hard negatives that share a flag's vocabulary.
"""

from common import DATASETS, esc_case, write_jsonl

AB = {
    "L": "legal_threat",
    "R": "regulator",
    "S": "safety_incident",
    "M": "media_threat",
    "H": "customer_harassment",
    "P": "privacy_incident",
    "C": "compensation_over_limit",
    "X": "repeat_contact",
    "V": "vulnerable_customer",
}
HEAT, KET, HUM, RICE, AIR, SUB = (
    "HK-H200",
    "KT-100",
    "HM-300",
    "RC-500",
    "AP-700",
    "フィルター定期便",
)

CASES = []


def e(lang, flags, msgs, ch="email", prod=None, tier="standard", cc=1):
    CASES.append(
        dict(
            lang=lang,
            flags=[AB[f] for f in flags.split()],
            msgs=msgs,
            ch=ch,
            prod=prod,
            tier=tier,
            cc=cc,
        )
    )


# ============================ no flag: hard negatives, ordinary complaints ============================
# --- legal vocabulary, innocent ---
e(
    "ja",
    "",
    "いつもお世話になっております。来週は裁判員に選ばれてしまって平日に家にいられません。RC-500の修理品の返送は土曜日着でお願いできますでしょうか。",
    prod=RICE,
)
e(
    "ja",
    "",
    "息子が司法修習生で、今度の連休に帰省するので炊飯器を新調しました。5.5合で3人家族にはちょうどいいですね。ところで玄米モードの水加減は白米と同じ目盛りですか？",
    prod=RICE,
)
e(
    "en",
    "",
    "hi, my court date got moved (parking ticket lol) so i won't be home thursday — can the courier leave the kettle with the concierge instead?",
    ch="chat",
    prod=KET,
)
e(
    "en",
    "",
    "Dear Sir or Madam,\n\nI am a retired solicitor and, old habits dying hard, I read the warranty terms in full. Clause 4 says 'one year from purchase'. Does that run from the order date or the delivery date? My purifier arrived nine days after I paid.\n\nYours faithfully,\nG. Whitcombe",
    prod=AIR,
)
e(
    "ja",
    "",
    "法テラスの帰りにお店で見かけて、空気清浄機を衝動買いしました笑　フィルターの定期便って途中で止められますか？",
    ch="sns",
    prod=SUB,
)
e(
    "en",
    "",
    "Not looking to make this a legal thing at all. The humidifier tank has a hairline crack and drips onto the shelf. Can I get a new tank sent out?",
    ch="form",
    prod=HUM,
)
e(
    "ja",
    "",
    "訴えたいとかそういうのじゃないです。ただ、説明書の図が小さくて、フィルターの向きがわかりにくいって伝えたかっただけ。次の版で直してくれたら嬉しいな",
    ch="chat",
    prod=AIR,
)
e(
    "en",
    "",
    "Quick q — what's the legal name of your company for our accounts department? We're invoicing a bulk order of 12 AP-700 units for our clinic.",
    ch="email",
    prod=AIR,
    tier="vip",
)
e(
    "ja",
    "",
    "契約書の「甲」「乙」みたいな書き方の保証書でびっくりしました（笑）。要は1年以内ならタダで直してもらえるってことで合ってますか？",
    ch="form",
    prod=HEAT,
)
e(
    "ja",
    "",
    "うちの人が弁護士事務所で事務をしておりまして、職場用にもう一台ケトルを買いたいと申しております。法人名義の領収書は出ますか。",
    prod=KET,
)
# --- regulator vocabulary, innocent ---
e(
    "ja",
    "",
    "消費者センターの「冬の暖房器具の安全な使い方」ってチラシを見て、うちのヒーターのロットを確認しました。2412Aでした。これは回収の対象外で合ってますよね？特に不具合はありません。",
    prod=HEAT,
)
e(
    "en",
    "",
    "I work for trading standards in Kent, but this is a personal question: does the AP-700 come with a UK plug or do I need an adaptor?",
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "",
    "保健所の栄養士さんに勧められて、おかゆモードのある炊飯器を探しています。RC-500のおかゆって全粥と五分粥どっちも炊けますか",
    ch="form",
    prod=RICE,
)
e(
    "ja",
    "",
    "先月、国民生活センターのサイトで加湿器のカビ対策の記事を読みました。HM-300はスチーム式だから雑菌は大丈夫って理解でいいですか？",
    prod=HUM,
)
e(
    "en",
    "",
    "The FTC site says I have a right to cancel a subscription online as easily as I signed up. Good news, your page made that easy, thanks. Just confirming the cancellation went through for next month.",
    ch="form",
    prod=SUB,
)
e(
    "ja",
    "",
    "警察署の当直室で使うので、音の静かなヒーターを探してます。HK-H200の運転音は何デシベルくらいですか",
    ch="chat",
    prod=HEAT,
    tier="vip",
)
# --- safety vocabulary, innocent / no incident ---
e(
    "ja",
    "",
    "ちょっと！このケトル、沸くのが早すぎて火を見るより明らかに前のより優秀（笑）。それはそれとして、蓋のパッキンだけ買えますか？",
    ch="sns",
    prod=KET,
)
e(
    "en",
    "",
    "This purifier is fire 🔥🔥 my allergies are basically gone. only thing: the blue light is bright at night, can it be dimmed?",
    ch="sns",
    prod=AIR,
)
e(
    "en",
    "",
    "Could the heater overheat if I leave it on all night in a small bedroom? Asking before I buy one for my dad.",
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "",
    "炊飯器の内釜に小さな傷がついてしまいました。金属のしゃもじを使ったせいだと思います。内釜だけ購入できますか。",
    prod=RICE,
)
e(
    "ja",
    "",
    "えーと、加湿器がですね、あの、スチームが、出ない、出ないんです。水は入れてます。ランプは点いてます。…あ、クエン酸洗浄？まだやってないです",
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "",
    "kettle just… doesnt turn on. no smell no noise nothing. light doesnt come on. tried 3 diff sockets. dead on arrival basically. replacement pls",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "",
    "ヒーターの温風が以前よりぬるい気がします。焦げ臭いとかはまったくないです。フィルターの掃除で直りますか？",
    prod=HEAT,
)
e(
    "en",
    "",
    "Bought the HK-H200 on sale. Before I plug it in: the recall notice lists lots 2409A-2411C and mine says 2411D. Am I fine? Nothing has happened, it's still in the box.",
    prod=HEAT,
)
e(
    "ja",
    "",
    "うちの子が炊飯器の蒸気口に手を近づけようとするので、チャイルドロックみたいな機能ありますか？まだ何も起きてないけど心配で",
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "",
    "My rice has been coming out burnt on the bottom — like a crispy layer, not a fire or anything, just overcooked. Is the pot sensor off?",
    prod=RICE,
)
e(
    "ja",
    "",
    "「煙が出る」っていうレビューを見て購入を迷っています。実際そういう報告ってあるんですか？",
    ch="form",
    prod=HEAT,
)
e(
    "en",
    "",
    "Smoke alarm in our flat went off because of my toast, not your product haha. But it made me wonder — does the AP-700 filter smoke particles?",
    ch="chat",
    prod=AIR,
)
# --- media vocabulary, innocent ---
e(
    "ja",
    "",
    "インスタで見て一目惚れしました！ホワイトの加湿器、まだ在庫ありますか？#ほのか家電 #加湿器",
    ch="sns",
    prod=HUM,
)
e(
    "en",
    "",
    "I read about 40 reviews before buying this kettle and I'm glad I did. One thing none of them mentioned: is the limescale filter in the spout removable?",
    prod=KET,
)
e(
    "ja",
    "",
    "ブログで使用レポートを書いている者です。RC-500の写真を記事に使いたいのですが、公式画像の利用ルールを教えてください。",
    prod=RICE,
)
e(
    "en",
    "",
    "Will definitely leave you a 5-star review once the replacement filter arrives 😊 order HN-2025-300981",
    ch="sns",
    prod=SUB,
)
e(
    "ja",
    "",
    "テレビの通販番組で紹介されてたのはAP-700ですか？それとも別の型番？",
    ch="phone",
    prod=AIR,
)
e(
    "en",
    "",
    "I'm a journalist but this is nothing to do with work — my own heater makes a clicking noise every few minutes. Is that the thermostat?",
    prod=HEAT,
)
e(
    "ja",
    "",
    "口コミに「加湿が弱い」って書いてあったけど、うちのは十分すぎるくらい加湿してくれます。結露が気になるので湿度設定を下げる方法を教えて",
    ch="chat",
    prod=HUM,
)
# --- harassment vocabulary, angry but acceptable ---
e(
    "ja",
    "",
    "正直、かなり腹が立っています。2週間待たされた挙句、届いたケトルは箱が潰れていて本体もへこんでいました。至急交換してください。",
    prod=KET,
)
e(
    "en",
    "",
    "This is the worst purchase I've made all year. The fan rattles like a shopping trolley. I want a replacement, and I'd like to speak to a supervisor about how QC let this through.",
    ch="phone",
    prod=AIR,
)
e(
    "ja",
    "",
    "クソみたいな加湿器だな、これ。水入れるとこ狭すぎ。…すみません、言葉が悪かったです。給水しやすくなる部品とかないですか",
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "",
    "damn thing beeps every time i open the lid. DAMN THING. how do i turn the beep off",
    ch="chat",
    prod=RICE,
)
e(
    "ja",
    "",
    "上の人を出してほしいとは言いませんが、せめて返金がいつになるのか、今日中に教えてください。",
    ch="form",
    prod=SUB,
)
e(
    "en",
    "",
    "I'm furious, honestly. Third week without a working heater is not OK. Refund the ¥12,800 please, I'll buy elsewhere.",
    prod=HEAT,
    cc=2,
)
# --- privacy vocabulary, innocent ---
e(
    "ja",
    "",
    "引っ越したので届け先住所を変更したいです。新しい住所は会員ページで入れ直せばいいですか？",
    ch="form",
    prod=SUB,
)
e(
    "en",
    "",
    "How long do you keep my card details after I cancel the filter subscription? Just want to understand your data policy before I sign up.",
    prod=SUB,
)
e(
    "ja",
    "",
    "プライバシーポリシーを読みました。購入履歴をマーケティングに使わないよう設定することはできますか？",
    prod=None,
)
e(
    "en",
    "",
    "My email changed from the old work one. Please send future invoices to the new address on my account, I updated it yesterday.",
    ch="form",
    prod=SUB,
    tier="premium",
)
e(
    "ja",
    "",
    "家族に内緒でプレゼントしたいので、納品書に金額を載せないでもらえますか。送り先は実家です。",
    prod=RICE,
)
# --- compensation vocabulary, no over-limit demand ---
e(
    "ja",
    "",
    "RC-500は四万二千八百円もしたので、なるべく長く使いたいです。内釜のコーティングが剥げてきたので、保証で交換できますか。",
    prod=RICE,
    tier="premium",
)
e(
    "en",
    "",
    "Paid USD 329 for the purifier with shipping to Honolulu. Not asking for money back — I just want the fan noise fixed. Is there a repair centre in the US?",
    prod=AIR,
)
e(
    "ja",
    "",
    "返金は２９，８００円でお願いします。クーポンではなく口座振込でお願いできますか。",
    ch="form",
    prod=HEAT,
)
e(
    "en",
    "",
    "Killer deal on the kettle last Black Friday, no complaints there. The lid hinge snapped though. Replacement under warranty?",
    prod=KET,
)
e(
    "ja",
    "",
    "5万円弱で買ったヒーターですが、保証期間内なので修理でお願いします。代金を返してほしいとかではありません。",
    prod=HEAT,
)
e(
    "en",
    "",
    "Refund of £19.99 for last month's filter please, I cancelled before the 20th but got charged anyway.",
    ch="form",
    prod=SUB,
)
e(
    "ja",
    "",
    "定期便、先月分の1,980円が二重に引き落とされてます。1回分だけ返金お願いします",
    ch="chat",
    prod=SUB,
)
e(
    "en",
    "",
    "I run a small café and bought six kettles, about ¥60k in total. One of them leaks from the base. Just need that one swapped, the rest are great.",
    prod=KET,
    tier="vip",
)
# --- repeat vocabulary, not third ---
e(
    "ja",
    "",
    "先日お電話した件とは別件です。今回は空気清浄機のフィルター交換ランプが消えないことについて。",
    ch="phone",
    prod=AIR,
    cc=2,
)
e(
    "en",
    "",
    "Second time writing about this. Still no tracking number for my replacement kettle. Could someone check?",
    prod=KET,
    cc=2,
)
e(
    "ja",
    "",
    "前回は炊飯器の件でお世話になりました。あの時はありがとうございました。今回は加湿器の質問です。",
    prod=HUM,
    cc=2,
)
e(
    "en",
    "",
    "I called three times last year about a totally different thing (a billing glitch, all sorted). Today's question: can I pause the filter club for two months while I travel?",
    ch="chat",
    prod=SUB,
    cc=1,
)
# --- vulnerable vocabulary, idioms ---
e(
    "ja",
    "",
    "この炊飯器、ご飯が美味しすぎて死ぬ。太る。責任取って（笑）　冗談です、保温の最長時間だけ教えてください",
    ch="sns",
    prod=RICE,
)
e(
    "en",
    "",
    "This hold music is killing me lol. Anyway — the kettle's auto shut-off kicks in before it boils. Known issue?",
    ch="phone",
    prod=KET,
)
e(
    "ja",
    "",
    "もう泣きそう。加湿器の説明書なくしちゃった。PDFどこかにありますか？",
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "",
    "My 82-year-old mum loves the heater, she says it's the first winter she's been warm. She asked me to get a second one for the bedroom. Same model still available?",
    prod=HEAT,
)
e(
    "ja",
    "",
    "祖母（九十歳）が使うので、ボタンの少ない加湿器を探しています。HM-300の操作は難しくないですか",
    ch="form",
    prod=HUM,
)
e("en", "", "dying to know when the new colours drop 👀", ch="sns", prod=KET)
# --- dialects, ordinary ---
e(
    "ja",
    "",
    "ほんまかなわんわ、このケトル、注ぎ口から水がちょろちょろ垂れてくんねん。こういう仕様なん？直るんやったら直してほしいわ",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "",
    "んだから、加湿器の水のタンクさ、どごさ付けるのがわがんねぇのよ。説明書の絵っこ小っちぇくてさ。",
    ch="phone",
    prod=HUM,
)
e(
    "ja",
    "",
    "空気清浄機のランプ、ずーっと赤なんだっちゃ。フィルター替えたばっかりなのにさ。どうすっぺ",
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "",
    "炊飯器、保温にしたらご飯が黄色うなってまうんやけど、何時間くらいまでがええんやろか",
    ch="chat",
    prod=RICE,
)
# --- non-native English, ordinary ---
e(
    "en",
    "",
    "Hello, I am from Vietnam and live in Osaka. The kettle I buy at your shop, the lamp not light when boiling. Water is boil but lamp is not. Is it broken? Please help me, thank you very much.",
    prod=KET,
)
e(
    "en",
    "",
    'Dear support, the humidifer is make very much noise like "gogogo" in the night. My baby can not sleep. Is normal? If not normal please change.',
    prod=HUM,
)
e(
    "en",
    "",
    "hi. rice cooker display show 'E-3'. what mean? manual is only japanese, i not read well. ありがとう",
    ch="chat",
    prod=RICE,
)
# --- sarcastic, no flag ---
e(
    "en",
    "",
    "Oh fantastic, the 'quiet mode' on the purifier is roughly as quiet as a leaf blower. Truly a triumph of engineering. Anyway, is there a firmware fix or do I send it back?",
    prod=AIR,
)
e(
    "ja",
    "",
    "いやー、素晴らしいですね。定期便を解約したのに翌月もフィルターが届くなんて、なんて親切なんでしょう。解約されてるか確認してください。",
    ch="form",
    prod=SUB,
)
# --- terse forms ---
e("ja", "", "電源入らず。交換希望。", ch="form", prod=HEAT)
e("en", "", "wrong colour sent. want white not black. order HN-2025-301122", ch="form", prod=KET)
e("ja", "", "フィルター届かない", ch="chat", prod=SUB)
# --- phone transcripts, ordinary ---
e(
    "ja",
    "",
    "あー、もしもし、えっと、空気清浄機のですね、あの、においセンサー？が、ずっと、あ、違う、ホコリのランプがずっと点きっぱなしで。はい。買ってまだ一か月です。",
    ch="phone",
    prod=AIR,
)
e(
    "en",
    "",
    "Yeah hi, um, so the — sorry, the dog — the rice cooker, the keep-warm light, it blinks, it doesn't stay on, it just, yeah, blinks. Is that, like, an error?",
    ch="phone",
    prod=RICE,
)

# --- multi-message, no flag at the end (withdrawn / clarified / innocent turn) ---
e(
    "en",
    "",
    [
        "The heater made a weird crackle when I switched it on, honestly scared me.",
        "I'm sorry that startled you. Was there any smoke, smell or visible damage to the cord or plug?",
        "No, none of that. Turned out it was the plastic film on the grille I forgot to peel off, it was crinkling in the airflow. Peeled it off, all quiet now. Sorry for the false alarm!",
    ],
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "",
    [
        "もう頭にきた。これ以上対応が遅いならSNSに書くからね。",
        "ご不便をおかけし申し訳ございません。本日中に交換品の発送手配をいたします。",
        "あ、早い。ありがとう。さっきのは撤回します、書きません。言い過ぎました。届くの待ってます。",
    ],
    ch="chat",
    prod=KET,
)
e(
    "en",
    "",
    [
        "I'm about this close to calling a lawyer over the delivery mess.",
        "I understand how frustrating the delay has been. I've found the parcel: it was held at the depot and goes out tomorrow morning.",
        "Ok. Forget the lawyer comment, I was venting. Tomorrow is fine.",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "",
    [
        "炊飯器の件で問い合わせたいのですが、担当の方のお名前を教えてもらえますか？",
        "担当の佐伯と申します。どのようなご用件でしょうか。",
        "佐伯さんですね、ありがとうございます。内釜の目盛りが剥げてきたので交換できるか知りたいです。",
    ],
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "",
    [
        "Does the filter subscription auto-renew?",
        "Yes — it renews monthly until you cancel; cancelling before the 20th stops next month's shipment.",
        "Great. Disregard my earlier email asking for a refund then, I'll just cancel before the 20th.",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "ja",
    "",
    [
        "先週電話した者です。まだ返事がないので再度連絡しました。",
        "お待たせして申し訳ございません。ご注文番号を伺えますか。",
        "HN-2025-301877です。2回目なのでさすがに今日中にお願いしたいです。",
    ],
    ch="chat",
    prod=HUM,
    cc=2,
)
e(
    "en",
    "",
    [
        "My mother (she's 79) keeps asking me how to set the humidifier timer.",
        "Happy to help. Press and hold TIMER for two seconds, then use + to choose hours.",
        "Perfect, I've written it on a sticky note for her. She's doing great, just likes things written down. Thanks!",
    ],
    ch="email",
    prod=HUM,
)
e(
    "ja",
    "",
    [
        "口コミに書いてあった「蓋がすぐ壊れる」って本当ですか？",
        "そのようなご報告は多くありませんが、蓋のヒンジは保証の対象です。",
        "安心しました。じゃあ注文します！",
    ],
    ch="chat",
    prod=KET,
)
e(
    "en",
    "",
    [
        "Hey so my package came with a label that has a weird name on it.",
        "I'm sorry for the confusion. Could you tell me the name on the label? It may be a data issue we need to look into.",
        "Oh wait — it's my wife's maiden name, she ordered it from her old account. My bad, all good, nothing to see here.",
    ],
    ch="chat",
    prod=RICE,
)
e(
    "ja",
    "",
    [
        "５万円払ったんだから、ちゃんと直してよね。",
        "ご購入いただいたHK-H200は保証期間内ですので、無償で修理いたします。",
        "それならいいです。お金を返してほしいわけじゃないので、修理でお願いします。",
    ],
    ch="chat",
    prod=HEAT,
)
e(
    "en",
    "",
    [
        "Your courier left the box in the rain and the kettle carton is soaked. Kettle itself seems fine.",
        "Sorry about that. Would you like a replacement, or is the kettle working normally?",
        "It works. Just wanted you to know about the courier. No need to send anything.",
    ],
    ch="email",
    prod=KET,
)
e(
    "ja",
    "",
    [
        "すみません、さっき送ったメッセージは無視してください。別のお客さんの注文番号を書いてしまいました",
        "承知いたしました。改めてご注文番号をお知らせいただけますか。",
        "HN-2025-302210です。フィルターの色違いを頼んでしまったので交換したいです。",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "en",
    "",
    [
        "Before I buy: I read on a forum that someone's heater caught fire. Is that the recall thing?",
        "The voluntary recall covers lots 2409A–2411C, where the cord strain relief can overheat. Units sold now are from later lots.",
        "Got it, thanks. I'll order one then.",
    ],
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "",
    [
        "消費者庁のリコール情報サイトで御社のヒーターを見ました。",
        "ご確認いただきありがとうございます。お手持ちの製品のロット番号はお分かりになりますか。",
        "2406Bでした。対象外ですね。念のため確認したかっただけです、何も問題ありません。",
    ],
    ch="email",
    prod=HEAT,
)
e(
    "en",
    "",
    [
        "the rice cooker lid wont stay shut, it springs back up when i close it",
        "I'm sorry about that. Does it happen before cooking starts, or during cooking?",
        "before. it wont even start cooking cause it thinks the lid is open. the latch doesnt click anymore",
    ],
    ch="chat",
    prod=RICE,
)

# ============================ legal_threat (single) ============================
e(
    "ja",
    "L",
    "前略　貴社製ヒーターの不具合につき、これまでの経緯を書面にまとめ、近日中に内容証明郵便にてお送りいたします。誠意あるご回答を期待いたします。草々",
    prod=HEAT,
)
e(
    "en",
    "L",
    "Please be advised that I have retained counsel regarding the defective purifier and the charges made after cancellation. Further correspondence should be copied to my attorney.",
    prod=SUB,
)
e(
    "ja",
    "L",
    "もう埒が明かないので、簡易裁判所に少額訴訟の申立てをする準備をしてます。書類はだいたい揃いました。",
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "L",
    "ok so my brother-in-law is a lawyer and he's drafting a letter to you guys this weekend about the kettle. just a heads up",
    ch="sns",
    prod=KET,
)
e(
    "ja",
    "L",
    "弁護士さんに相談したら、これは請求できる案件だと言われました。来週、先生の事務所から連絡が行くと思います。",
    prod=HUM,
)
e(
    "en",
    "L",
    "I'll see you in small claims. I've already downloaded the forms.",
    ch="form",
    prod=AIR,
)
e(
    "ja",
    "L",
    "えー、ですから、あの、こちらとしては、その、法的な手段も、ええ、考えております、というか、もう司法書士の先生には話してあります",
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "L",
    "Mi abogado — sorry, my lawyer — says your warranty refusal is not valid in Spain. He will send you a formal notice next week. I bought the heater on your EU site.",
    prod=HEAT,
)
e("ja", "L", "法的措置も辞さない構えです。まずは書面で経緯の説明を求めます。", ch="form", prod=RICE)
e(
    "en",
    "L",
    "We are a small bakery and your 'commercial' kettles failed in a week. Our solicitor has the invoices and is preparing a claim. Please direct further contact to her.",
    prod=KET,
    tier="vip",
)
e(
    "ja",
    "L",
    "訴えるしかないって、家族みんなで話し合って決めました。裁判の準備を進めます。",
    ch="email",
    prod=AIR,
)
e(
    "en",
    "L",
    "Filing a claim with my attorney Monday re: the humidifier. Preserve all records of my order and chats.",
    ch="chat",
    prod=HUM,
)
e(
    "ja",
    "L",
    "うちの社長が顧問弁護士に相談するって言ってます。会議室用に10台入れた空気清浄機が全部異音なんで。",
    prod=AIR,
    tier="vip",
)
e(
    "en",
    "L",
    "Regarding order HN-2025-299001: this is a formal letter before action. If I do not receive a response within 14 days I will issue proceedings without further notice.",
    prod=RICE,
)

# ============================ regulator (single) ============================
e(
    "ja",
    "R",
    "消費生活センターに相談の電話を入れました。センターの相談員さんから御社に連絡が入ると思います。",
    prod=SUB,
)
e(
    "en",
    "R",
    "I've lodged a complaint with the Better Business Bureau about the subscription billing. Reference number in my BBB account.",
    ch="form",
    prod=SUB,
)
e(
    "ja",
    "R",
    "定期便が解約できない件、１８８（消費者ホットライン）に電話しました。",
    ch="sns",
    prod=SUB,
)
e(
    "en",
    "R",
    "reported you to the CPSC website tonight. the heater thermostat says 20 but the room hits 28 and your support keeps telling me that's normal. it isn't",
    prod=HEAT,
)
e(
    "ja",
    "R",
    "経産省の製品安全の窓口に、この件を報告させていただきました。ご承知おきください。",
    prod=HEAT,
)
e(
    "en",
    "R",
    "FYI, I've sent the whole chat log to Trading Standards. They said they'd look into your refund practices.",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "R",
    "うちの市の消費生活センター行ってきたっちゃ。相談員さん、そりゃおかしいって言ってたよ。",
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "R",
    "My complaint is now with the consumer protection agency here in Ontario. Case opened yesterday.",
    prod=AIR,
)
e(
    "ja",
    "R",
    "国民生活センターに情報提供しました。同じような被害の人がいないか調べてもらいます。",
    ch="form",
    prod=RICE,
)
e(
    "en",
    "R",
    "I'm going to report this to the FTC as a negative-option billing issue. You kept charging me after I cancelled.",
    ch="email",
    prod=SUB,
)
e(
    "ja",
    "R",
    "あんたとこの対応、消費者センターに言うたろ思てるねん。ほんまに。明日行くわ。",
    ch="chat",
    prod=KET,
)
e(
    "en",
    "R",
    "NITE should know about this. I'm filling in their accident report form now — the kettle base buzzes and the display flickers.",
    prod=KET,
)

# ============================ safety_incident (single, described by effects) ============================
e(
    "ja",
    "S",
    "夜中にパン！って大きな音がして、見たらヒーターの吹き出し口のまわりが黒いススだらけになってました。すぐコンセント抜きました。",
    prod=HEAT,
)
e(
    "en",
    "S",
    "Touched the power switch on the kettle and my fingertips tingled, like a little buzz. Did it twice to be sure. Unplugged it now.",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "S",
    "炊いたご飯の中に、プラスチックのかけらみたいな薄い破片が入ってました。内釜のふちが欠けてるみたいです。",
    prod=RICE,
)
e(
    "en",
    "S",
    "the plug on my heater has gone brown and a bit soft around the prongs, and the socket smells like hot plastic",
    ch="sns",
    prod=HEAT,
)
e(
    "ja",
    "S",
    "加湿器の蒸気が吹き出して、娘の腕が赤くなりました。冷やしてますが水ぶくれになりそうです。",
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "S",
    "There's a little orange flicker inside the purifier when the fan spins up. Like a spark. Saw it in the dark. Not using it anymore.",
    prod=AIR,
)
e(
    "ja",
    "S",
    "ケトルでお湯を沸かして飲んだら、金属っぽい味がして、家族3人とも夜にお腹を壊しました。",
    prod=KET,
)
e(
    "en",
    "S",
    "lol my heater just melted a bit?? the corner of the casing near the back is warped and drippy. wtf 😳",
    ch="sns",
    prod=HEAT,
)
e(
    "ja",
    "S",
    "えっと、炊飯器のコードのところから、なんか焦げたようなにおいがして、あ、見たら、コードの付け根が黒くなってまして",
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "S",
    "Our toddler pulled the kettle cord and hot water splashed on his foot. Kettle lid flew open even though it was 'locked'. He's been seen at the clinic, first-degree burn.",
    prod=KET,
)
e(
    "ja",
    "S",
    "空気清浄機から白い煙がもくもく出てきて、部屋中が変なにおいになりました。換気してます。",
    ch="chat",
    prod=AIR,
)
e(
    "en",
    "S",
    "Found a small shard of something like clear plastic in the tea I made from kettle water. Nearly swallowed it.",
    ch="form",
    prod=KET,
)
e(
    "ja",
    "S",
    "ヒーターの前に置いてた座布団が焦げて、穴があいてました。距離は説明書通り1メートル離してたのに。",
    prod=HEAT,
)
e(
    "en",
    "S",
    "Power cord of my HK-H200 sparked where it goes into the body, lot 2410C. Little crack of blue light. Breaker tripped.",
    prod=HEAT,
)

# ============================ media_threat (single) ============================
e(
    "ja",
    "M",
    "この対応、全部スクショしてあるんで。ツイッターに流したらどうなるか分かりますよね？",
    ch="chat",
    prod=SUB,
)
e(
    "en",
    "M",
    "Pretty sure my 80k followers would love to hear how you handle refunds. Thread drafted, just waiting on your answer. #honoka",
    ch="sns",
    prod=KET,
)
e("ja", "M", "価格.comと楽天のレビューに、今回の件を詳しく書かせていただきます。", prod=RICE)
e(
    "en",
    "M",
    "I'll be posting a full write-up on Reddit and Trustpilot tonight. People deserve to know.",
    ch="email",
    prod=AIR,
)
e("ja", "M", "地元の新聞社に知り合いがいるので、この件持ち込みます。", ch="phone", prod=HEAT)
e(
    "en",
    "M",
    "gonna make a tiktok about this kettle and tag you 🙃 let's see how many views a leaking kettle gets",
    ch="sns",
    prod=KET,
)
e(
    "ja",
    "M",
    "YouTubeに開封から故障までの動画上げますね。タイトルはもう決めてます。",
    ch="sns",
    prod=HUM,
)
e(
    "en",
    "M",
    "I'm contacting the consumer segment on the BBC, they love stories like this.",
    prod=SUB,
)
e(
    "ja",
    "M",
    "ママ友のLINEグループ全部とインスタのストーリーで、ほのか家電の対応の悪さを拡散します",
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "M",
    "If this isn't sorted by Friday the one-star reviews go up everywhere I can find. Amazon, Google, your own site.",
    ch="form",
    prod=AIR,
)
e("ja", "M", "口コミサイトに今日のやりとりを書きます。☆1で。", ch="chat", prod=KET)
e(
    "en",
    "M",
    "A reporter from the local paper is already interested in my story about your heater. Think about that.",
    prod=HEAT,
)

# ============================ customer_harassment (single) ============================
e(
    "ja",
    "H",
    "お前みたいな無能が電話に出るから話が進まねえんだよ。頭悪いのか？",
    ch="phone",
    prod=AIR,
)
e(
    "en",
    "H",
    "Are you thick? Genuinely. Are you actually stupid or just pretending? Put someone with a brain on.",
    ch="phone",
    prod=KET,
)
e(
    "ja",
    "H",
    "責任者がうちまで来て、玄関で土下座して謝れ。それ以外は受け付けない。",
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "H",
    "I want the home address of the manager who approved this. I'll go and explain it to him in person.",
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "H",
    "3時間でも4時間でも付き合ってもらうからな。今日は切らせねえぞ。納得いく答えが出るまでずっとだ。",
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "H",
    "You'll sign a written statement admitting fault and promising it never happens again, or I'll keep calling every hour until you do.",
    ch="phone",
    prod=AIR,
)
e("ja", "H", "ババアじゃ話にならん、男出せ男。", ch="phone", prod=KET)
e(
    "en",
    "H",
    "ur literally the dumbest support agent alive. how do u have a job. useless useless useless",
    ch="chat",
    prod=SUB,
)
e(
    "ja",
    "H",
    "お前の名前と顔写真、それと下の名前フルネームで教えろ。覚えとくからな。",
    ch="chat",
    prod=HEAT,
)
e(
    "en",
    "H",
    "You better watch yourself. I know where your office is. I'd think carefully before telling me no again.",
    ch="phone",
    prod=HEAT,
)
e("ja", "H", "しばくぞボケ。ほんまええ加減にせえよ、なめとんのか", ch="chat", prod=KET)
e(
    "ja",
    "H",
    "謝罪文を社長の直筆で、毎月一通、一年間送ってこい。それが誠意ってもんだろ",
    ch="email",
    prod=HUM,
)
e(
    "en",
    "H",
    "I want you personally to come to my house and apologise on your knees in front of my family. Friday at 7.",
    ch="email",
    prod=RICE,
)

# ============================ privacy_incident (single) ============================
e(
    "ja",
    "P",
    "届いた箱の伝票、宛名が知らない人でした。住所も電話番号も全部見えちゃってます。中身はうちが頼んだ加湿器です。",
    prod=HUM,
)
e(
    "en",
    "P",
    "Your order confirmation email has someone else's name, address and the last 4 of their card at the bottom. Not mine. You might want to look at that.",
    prod=KET,
)
e(
    "ja",
    "P",
    "マイページにログインしたら、購入履歴に私が買ってない炊飯器とかが並んでて、住所も大阪の知らない人のになってました",
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "P",
    "Someone logged into my account from an IP in another country and changed the delivery address. I got an email about a 'new device'. I did not do this.",
    prod=SUB,
)
e(
    "ja",
    "P",
    "修理票のコピーが同封されてたんですけど、別の方の名前と電話番号のものでした。",
    prod=HEAT,
)
e(
    "en",
    "P",
    "Got a marketing text from a company I've never heard of that mentioned my exact Honoka order number. How did they get that?",
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "P",
    "御社のメルマガ、宛先が全員CCで送られてきてます。数百人のメールアドレスが丸見えですよ。",
    prod=None,
)
e(
    "en",
    "P",
    "The chat widget showed me a previous conversation that was definitely not mine — a woman talking about her rice cooker and her home address in Sendai.",
    ch="chat",
    prod=RICE,
)
e("ja", "P", "定期便の請求書に、知らない人の口座情報が印字されてます。", ch="form", prod=SUB)
e(
    "en",
    "P",
    "Invoice PDF link in my email opens someone else's invoice if I change the last digit of the URL. I tried two. Pretty bad.",
    prod=SUB,
)
e(
    "ja",
    "P",
    "私の名前と住所が、御社の「お客様の声」のページにそのまま載ってます。掲載していいなんて言ってません。",
    prod=AIR,
)
e(
    "en",
    "P",
    "My ex shouldn't know I bought anything from you, but he quoted my order back to me. Only way is if your support gave it to him on the phone.",
    ch="phone",
    prod=KET,
)

# ============================ compensation_over_limit (single) ============================
e(
    "ja",
    "C",
    "ヒーターの不具合で会社を二日休みました。その分の日当、二日で四万円を請求します。",
    prod=HEAT,
)
e(
    "en",
    "C",
    "Full refund of £400 for the purifier and the two replacement filters please. That's what it all cost me.",
    prod=AIR,
)
e(
    "ja",
    "C",
    "炊飯器が保温中に止まってて、夕飯用のご飯と作り置きのおかず全部ダメにした。食材代払ってください。",
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "C",
    "I want USD 300 back for the heater plus the hotel night we had to book when the house was freezing.",
    prod=HEAT,
)
e(
    "ja",
    "C",
    "加湿器とフィルター、加湿器用の棚も一緒に買ったんで、全部で５万円弱です。全額返してください。",
    ch="form",
    prod=HUM,
)
e(
    "en",
    "C",
    "Refund the 40k yen, every bit of it, or replace with the premium model. Your choice.",
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "C",
    "加湿器の水漏れで床のフローリングが膨らみました。張り替えの見積もりが十二万円なので、払ってください。",
    prod=HUM,
)
e(
    "en",
    "C",
    "I paid €290 for the kettle bundle and want every cent back, including the €45 express shipping.",
    prod=KET,
)
e(
    "ja",
    "C",
    "飲食店なんですけど、ケトルが壊れて昨日ランチ営業できなかった。売上分補償して。",
    ch="phone",
    prod=KET,
    tier="vip",
)
e(
    "en",
    "C",
    "My electricity bill went up because your 'eco' heater is anything but. Reimburse the difference, ¥8,400, for the two months.",
    prod=HEAT,
)
e("ja", "C", "参万五千円、全額返金を求めます。", ch="form", prod=AIR)
e(
    "en",
    "C",
    "Taxi to the repair shop and back twice, 6,200 yen total. I expect you to cover it.",
    prod=RICE,
)
e(
    "ja",
    "C",
    "新幹線で実家に帰る予定をキャンセルして修理の立ち会いしたんよ。キャンセル料払ってもらえる？",
    ch="chat",
    prod=HEAT,
)

# ============================ repeat_contact (single) ============================
e(
    "ja",
    "X",
    "同じ件でもう三回目の連絡です。フィルターがまだ届きません。",
    ch="form",
    prod=SUB,
    cc=3,
)
e("en", "X", "Fourth email. Same kettle. Same leak. Same silence.", prod=KET, cc=4)
e(
    "ja",
    "X",
    "以前、上の方に引き継いでいただいた件がまた再発しました。炊飯器の保温エラーです。",
    prod=RICE,
    cc=2,
)
e(
    "en",
    "X",
    "Hi again — this is my third time contacting you about the humidifier refund. Reference is in the earlier emails.",
    prod=HUM,
    cc=3,
)
e("ja", "X", "何べん電話させんねん。これで四回目やで、同じ話すんの。", ch="phone", prod=AIR, cc=4)
e(
    "en",
    "X",
    "Your colleague escalated this to a supervisor in October and said it was fixed. It isn't. The heater's doing the same thing.",
    prod=HEAT,
)
e(
    "ja",
    "X",
    "お世話になります。先日来、計3回ご連絡しております定期便の二重請求の件、その後いかがでしょうか。",
    prod=SUB,
)
e("en", "X", "chat #5 about this. ffs", ch="chat", prod=SUB, cc=5)
e(
    "ja",
    "X",
    "すみません、何度もすみません、加湿器の件で、ええと、今日で3回目、ですかね、お電話するの",
    ch="phone",
    prod=HUM,
    cc=3,
)
e(
    "en",
    "X",
    "I've now rung your helpline on three separate days about the purifier. Each time I'm told someone will call back.",
    ch="phone",
    prod=AIR,
)
e(
    "ja",
    "X",
    "ケトルの件。問い合わせ番号3件目。まだ解決してません。",
    ch="form",
    prod=KET,
    cc=3,
    tier="premium",
)

# ============================ vulnerable_customer (single) ============================
e(
    "ja",
    "V",
    "ヒーターが動かなくて、八十五の母が一人で寒い部屋にいます。外は氷点下で、私は遠方で行けません。",
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "V",
    "honestly i don't see the point anymore. nothing works, not this, not anything. sorry, i know this is just a kettle",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "V",
    "すみません、ここはどこの会社でしたか。さっきから何の電話をしているのか分からなくなってしまって…加湿器？うちにあったかしら",
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "V",
    "my dad is on oxygen at home and the purifier died. he's struggling to breathe tonight and I don't know what to do",
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "V",
    "もう全部どうでもいい。消えたい。炊飯器のことなんてどうでもいいんです本当は",
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "V",
    "I'm 91 and I live alone. The heater stopped and the house is very cold. My hands are shaking, I can't work the buttons.",
    ch="phone",
    prod=HEAT,
)
e(
    "ja",
    "V",
    "胸がぎゅーっと痛くて、息がしにくいです。加湿器の…あの…すみません",
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "V",
    "I've ordered the same filter three times this week, my daughter says, but I don't remember doing it. I don't know what's happening to me.",
    ch="phone",
    prod=SUB,
)
e(
    "ja",
    "V",
    "持病があって、加湿器なしだと喉から血が出るんです。一人暮らしで、今夜どうしたらいいか分からない",
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "V",
    "my baby has a fever of 40 and is floppy and the humidifier broke. please just tell me what to do",
    ch="chat",
    prod=HUM,
)
e(
    "ja",
    "V",
    "ばあちゃん、寒くて布団から出られないって電話してきた。ヒーター壊れて、雪で誰も行けんのよ。",
    ch="sns",
    prod=HEAT,
)

# ============================ multi-flag (single message) ============================
e(
    "ja",
    "S L",
    "ヒーターのコードから火が出てカーテンに燃え移りました。幸い消し止めましたが、すでに弁護士に相談しており、今後は代理人を通してご連絡します。",
    prod=HEAT,
)
e(
    "en",
    "S R",
    "The kettle base went black and there was a crackling sound and a flash. I've reported it to NITE with photos.",
    prod=KET,
)
e(
    "ja",
    "M H",
    "金返せやボケ。返さへんかったらお前の名前ごとSNSに晒したるからな",
    ch="chat",
    prod=AIR,
)
e(
    "en",
    "C H",
    "I want ten times what I paid, ¥128,000, in cash, delivered by your manager to my door. And he bows. Properly.",
    ch="phone",
    prod=HEAT,
)
e(
    "ja",
    "P R",
    "私の個人情報が別の人に送られてたってことですよね？個人情報保護委員会に報告します。",
    prod=SUB,
)
e(
    "en",
    "X C",
    "Third time I've written. I've lost a week's wages over this heater — £620 — and I want it paid.",
    prod=HEAT,
    cc=3,
)
e(
    "ja",
    "V S",
    "ケトルのお湯がかかって、父の足が真っ赤に腫れてます。父は認知症で、痛いって言えないんです。どうしたら",
    ch="phone",
    prod=KET,
)
e(
    "en",
    "L M",
    "My lawyer's letter goes out Monday, and the story goes to the Evening Standard the same day.",
    prod=AIR,
)
e(
    "ja",
    "S C",
    "炊飯器の蒸気でやけどして皮膚科に通ってます。治療費と通院のタクシー代を請求します。",
    prod=RICE,
)
e(
    "en",
    "R M",
    "Consumer Affairs has my complaint and my YouTube video goes live tonight. 🎥",
    ch="sns",
    prod=HUM,
)
e(
    "ja",
    "H X",
    "何回電話させんだよ、これで五回目だぞ。てめえらみたいな給料泥棒、全員クビにしろ",
    ch="phone",
    prod=SUB,
    cc=5,
)
e(
    "en",
    "S V",
    "purifier is smoking and my mum who has dementia is alone in that room, I'm on the bus, 20 mins away, she won't pick up",
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "L C",
    "内容証明で、ヒーター代金と焦げた床の修繕費、合計十八万円を請求させていただきます。",
    prod=HEAT,
)
e(
    "en",
    "P L",
    "You sent my medical delivery notes and home address to a stranger. I have instructed a solicitor on a data protection claim.",
    prod=AIR,
)
e(
    "ja",
    "M C",
    "水漏れで張り替えた床の代金、七万円払わないなら、インスタとXでこの加湿器の動画拡散します。",
    ch="sns",
    prod=HUM,
)
e(
    "en",
    "H L M",
    "Listen you useless clown. Refund me 3x the price or I sue AND I put your name all over Twitter. Your choice, idiot.",
    ch="phone",
    prod=KET,
)
e(
    "ja",
    "S R L",
    "ヒーターが発火して壁が焦げました。消防と消費生活センターにも連絡済み、弁護士にも依頼しています。",
    prod=HEAT,
    tier="premium",
)
e(
    "en",
    "X M",
    "This is contact number four. If the fifth is needed, it'll be a public thread with all four transcripts.",
    prod=SUB,
    cc=4,
)
e(
    "ja",
    "V X",
    "何度目かわかりません…3回目？4回目？ごめんなさい、また電話してしまって。ヒーターがつかなくて、寒くて、手が冷たくて",
    ch="phone",
    prod=HEAT,
    cc=4,
)
e(
    "en",
    "S X",
    "Rang you twice already, this is the third time: the humidifier is STILL spitting boiling water out of the top. It scalded my hand again this morning.",
    ch="phone",
    prod=HUM,
    cc=3,
)
e(
    "ja",
    "P M",
    "他人の住所が書かれた納品書が入ってました。この写真、ネットに上げて個人情報の管理がどれだけずさんか晒します。",
    ch="sns",
    prod=RICE,
)
e(
    "en",
    "C R",
    "Refund the full $450 or I'm filing with the Attorney General's consumer protection division. Today.",
    prod=AIR,
)
e(
    "ja",
    "H C",
    "お詫びの品程度じゃ済まない。慰謝料百万、それと担当者は辞めさせろ",
    ch="email",
    prod=KET,
)
e(
    "en",
    "L R M",
    "My attorney, the state consumer office and a reporter at Channel 5 all have copies of this email.",
    prod=HEAT,
)
e(
    "ja",
    "S V",
    "加湿器がバチッて光って煙出て、祖母がびっくりして転んでしまって、頭を打ったみたいで今ぼーっとしてます",
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "H X",
    "Seventh call. I'm going to keep ringing every single hour until someone with authority grovels. Get used to my voice.",
    ch="phone",
    prod=AIR,
    cc=7,
)
e(
    "ja",
    "L X",
    "三度目のご連絡です。誠意あるご回答がなければ、訴訟を提起いたします。",
    prod=RICE,
    cc=3,
)
e(
    "en",
    "P C",
    "Because your site leaked my card details I had to cancel my card and missed a rent payment. I want the ¥50,000 late fee covered.",
    prod=SUB,
)

# ============================ multi-message: flag appears later or accumulates ============================
e(
    "ja",
    "S",
    [
        "加湿器のスチームが出ません。",
        "ご不便をおかけしております。タンクの水量とクエン酸洗浄の状況を教えていただけますか。",
        "洗浄したら出るようになりました。でもさっき、電源プラグのところがすごく熱くなってて、プラグの根元が茶色く焦げてました",
    ],
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "L",
    [
        "Hi, my rice cooker's inner pot coating is peeling after 4 months.",
        "I'm sorry to hear that. The coating is covered for one year; we can replace the pot.",
        "You told me the same in August and nothing arrived. I've now passed everything to my lawyer, she'll be in touch.",
    ],
    ch="email",
    prod=RICE,
    cc=2,
)
e(
    "ja",
    "M",
    [
        "フィルター届いてないよー",
        "申し訳ございません。配送状況をお調べいたします。",
        "…もう一週間です。今日中に返事なかったら、このやりとりXにそのまま貼ります",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "en",
    "H",
    [
        "Where's my refund.",
        "I'm sorry for the wait. Could you share the order number so I can check?",
        "You have it on your screen, you moron. Are you blind as well as thick? Find it yourself.",
    ],
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "C",
    [
        "ヒーターの交換、お願いします。",
        "承知いたしました。交換品を手配いたします。",
        "あと、ヒーターがない間に石油ストーブを買ったので、その代金28,000円も払ってもらえますか",
    ],
    ch="chat",
    prod=HEAT,
)
e(
    "en",
    "P",
    [
        "Can you resend my invoice?",
        "Of course. I've resent it to the email on your account.",
        "Uh, the invoice you just sent has a Mr. Okabe's name and address on it, not mine.",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "ja",
    "R",
    [
        "解約したのに請求がきます。",
        "ご迷惑をおかけしております。解約日を確認いたします。",
        "確認とかいいから。もう消費者センターに相談の予約入れたんで、そっちで話します",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "en",
    "V",
    [
        "The heater stopped working.",
        "I'm sorry. Could you check whether the tip-over switch light is on?",
        "I can't see it. I'm on the floor, I had a fall in the hallway earlier and I can't get up. My phone was in my pocket. It's so cold.",
    ],
    ch="phone",
    prod=HEAT,
)
e(
    "ja",
    "X",
    [
        "加湿器の件、前回と同じです。",
        "ご不便をおかけしております。前回のお問い合わせ番号はお分かりになりますか。",
        "前々回と前回の番号、どっちも送りました。これで三回目です。",
    ],
    ch="chat",
    prod=HUM,
    cc=3,
)
e(
    "en",
    "S R",
    [
        "Kettle's been making a fizzing noise.",
        "Thanks for letting us know. Is there any smell or visible damage?",
        "Yes, there's a burnt ring on my worktop under it now and it smelt like burning wire. I've reported it to Trading Standards.",
    ],
    ch="email",
    prod=KET,
)
e(
    "ja",
    "L H",
    [
        "炊飯器の件ですが。",
        "お問い合わせありがとうございます。どのような状況でしょうか。",
        "状況？お前ら何回説明させるんだよ、脳みそ入ってんのか。もう弁護士に全部任せたから、覚悟しとけよ",
    ],
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "M C",
    [
        "The humidifier leaked through the floor into the flat below.",
        "I'm very sorry. Has anyone been affected, and is the unit unplugged now?",
        "It's unplugged. My downstairs neighbour wants £900 for her ceiling and I want you to pay it. Otherwise I'm putting it all on Facebook.",
    ],
    ch="email",
    prod=HUM,
)
e(
    "ja",
    "",
    [
        "SNSで拡散してやるって思ってたけど",
        "お気持ちをお聞かせいただきありがとうございます。状況を詳しく伺えますか。",
        "いや、ちゃんと話聞いてくれたんでやめときます。交換だけお願いします。",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "en",
    "",
    [
        "I WILL sue you!!!",
        "I'm sorry you're this upset. Can you tell me what happened with your order?",
        "…ok sorry. Bad day. Not suing anyone. The wrong filter size came, that's all. Can you swap it?",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "ja",
    "",
    [
        "消費者センターに言うべきか迷ってます",
        "ご不安な思いをおかけしております。どのような点でお困りでしょうか。",
        "返金の時期が分からなかっただけです。7営業日以内なんですね。それならセンターには行きません。",
    ],
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "P",
    [
        "注文したケトル、届きました",
        "お届けできてよかったです。何かお困りのことはございますか。",
        "中に入ってた保証書に、知らない人の名前と住所が手書きで書いてあります。これ誰の？",
    ],
    ch="chat",
    prod=KET,
)
e(
    "en",
    "C X",
    [
        "Still no refund.",
        "I'm sorry. I can see this is your third contact. Let me escalate.",
        "Escalate all you like. I now want the ¥45,000 heater refunded AND compensation for the two weeks I've spent on this.",
    ],
    ch="chat",
    prod=HEAT,
    cc=3,
)
e(
    "ja",
    "S",
    [
        "空気清浄機、なんか変なにおいがする",
        "ご不便をおかけしております。どのようなにおいでしょうか。",
        "ビニールが焼けたみたいな。本体の裏が触れないくらい熱くて、ちょっと溶けてる",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "en",
    "V",
    [
        "Need help with the rice cooker settings please.",
        "Of course — which menu are you trying to use?",
        "Sorry, what was I asking? I've written it down somewhere. My son usually does this. What day is it today?",
    ],
    ch="phone",
    prod=RICE,
)
e(
    "ja",
    "H",
    [
        "責任者に代われ",
        "申し訳ございません、ただいま責任者は席を外しております。私がお伺いいたします。",
        "お前じゃダメだって言ってんだろ。お前の自宅の電話番号言え。夜中に電話してやる",
    ],
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "R",
    [
        "Why was I charged after cancelling?",
        "I'm sorry. I can see the cancellation was received on the 22nd, after the cutoff.",
        "Your cutoff isn't in the signup terms. I've filed a complaint with the state attorney general's consumer office.",
    ],
    ch="email",
    prod=SUB,
)
e(
    "ja",
    "M",
    [
        "加湿器、取説どおり使ってるのに水漏れします",
        "ご不便をおかけしております。交換いたします。",
        "前も交換したんですけど。同じの送られても困るんで、今度ダメなら口コミサイトに全部書きます",
    ],
    ch="email",
    prod=HUM,
    cc=2,
)
e(
    "en",
    "L",
    [
        "The purifier's fan stopped.",
        "I'm sorry. It's within warranty; we'll arrange a repair.",
        "Last time your 'repair' took six weeks. I've spoken to a lawyer this time and she's advised me to send a formal demand if it's more than 10 days.",
    ],
    ch="email",
    prod=AIR,
    cc=2,
)
e(
    "ja",
    "",
    [
        "お宅の製品で火事になったらどうしてくれるの？",
        "ご心配をおかけしております。何か異常がございましたか。",
        "いや、何も起きてない。ニュースで他社の暖房器具の火事を見て心配になっただけ。使い方の注意点を教えて",
    ],
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "",
    [
        "I'm a lawyer.",
        "Thank you. How can I help you today?",
        "Ha, sorry, that came out wrong — I mean I'm a lawyer and I work late, so I need the kettle delivered after 7pm. Is evening delivery possible?",
    ],
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "",
    [
        "二重請求されてるんだけど。三回目の連絡とかになったら嫌だから、今回で解決して",
        "ご迷惑をおかけしております。確認したところ、重複分1,980円を返金いたします。",
        "了解。ありがとう",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "en",
    "",
    [
        "This has been going on forever.",
        "I'm sorry for the trouble. What's happening with the humidifier?",
        "It's the second time I've had to ask about the descaling light. It stays on after descaling. Can you walk me through a reset?",
    ],
    ch="chat",
    prod=HUM,
    cc=2,
)
e(
    "ja",
    "S R L",
    [
        "ヒーター、焦げ臭いのが止まらなくて使えません",
        "大変ご心配をおかけしております。ただちに使用を中止し、プラグを抜いてください。",
        "もう抜いてます。正直この対応には不信感しかないので、消費者センターと、あと弁護士にも相談します",
    ],
    ch="email",
    prod=HEAT,
)
e(
    "en",
    "S",
    [
        "Hello, question about rice texture.",
        "Sure, what seems to be wrong?",
        "Rice is fine actually. But I found a small black rubbery piece in it tonight, looks like part of the lid gasket. My son nearly ate it.",
    ],
    ch="chat",
    prod=RICE,
)
e(
    "ja",
    "C",
    [
        "炊飯器の交換はわかったけど",
        "ありがとうございます。交換品は明後日お届け予定です。",
        "それとは別に、壊れてた一週間、毎日外食したんで、その分の食費出してもらえます？レシートあります",
    ],
    ch="chat",
    prod=RICE,
)
e(
    "en",
    "H",
    [
        "Listen carefully.",
        "I'm listening.",
        "You're going to stay on this line until I say so. I don't care if it's 3 hours. Hang up and I'll call back every 5 minutes all night. Got it, sweetheart?",
    ],
    ch="phone",
    prod=AIR,
)

# ============================ more: context-only repeats, privacy, vulnerable, mixed language ============================
e("ja", "X", "加湿器のスチームがまた出なくなりました。クエン酸洗浄はしています。", prod=HUM, cc=3)
e(
    "en",
    "X",
    "Hi, the purifier's filter light is still on after the reset.",
    ch="chat",
    prod=AIR,
    cc=4,
    tier="premium",
)
e("ja", "X", "定期便の件、どうなりましたか。", ch="form", prod=SUB, cc=3, tier="vip")
e(
    "en",
    "X V",
    "Hello dear, it's Margaret again. I'm sorry, I know I rang this morning, and yesterday. The heater. It still won't come on and I'm ever so cold. I can't remember what the young man told me to press.",
    ch="phone",
    prod=HEAT,
    cc=3,
)
e(
    "ja",
    "P",
    "ほのかストアから届いたメール、宛名は私なのに本文の住所と電話番号が全然知らない人のものです。その人にも私の情報が行ってるんじゃないですか？",
    prod=KET,
)
e(
    "en",
    "P",
    "hey so the delivery driver handed me a printout of like 30 customers' names and addresses by accident?? its on my kitchen table rn. what do i do with it",
    ch="sns",
    prod=AIR,
)
e(
    "ja",
    "P",
    "身に覚えのない定期便の申込み確認メールが来ました。誰かが私のメールアドレスと住所で勝手に登録してるみたいです。",
    prod=SUB,
)
e(
    "en",
    "P",
    "I asked you to delete my data in March. Today I got a 'welcome back' email with my old address in it. So you didn't.",
    prod=SUB,
)
e(
    "ja",
    "P",
    "電話で問い合わせたとき、オペレーターさんが私の前の問い合わせ内容を、隣にいた夫にも聞こえるように…いえ、違います、夫ではなく、別のお客様の内容を読み上げてました。別人の名前と住所でした。",
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "V",
    "I'm pregnant, 34 weeks, and the heater's been out for 2 days. It's -8 outside. I've got no one nearby and I'm starting to feel really unwell and dizzy.",
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "V",
    "夫が亡くなってから、何もかも一人でやらなきゃいけなくて…ケトルひとつ直せない自分が情けなくて、もう生きてる意味あるのかなって",
    ch="email",
    prod=KET,
)
e(
    "en",
    "V",
    "my grandma called me crying, she says strangers are in her house and the purifier is talking to her. there's nobody there. she's 88. i'm calling you bc the purifier voice thing — can you turn it off remotely?",
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "V",
    "もしもし…えっと…わたし、だれに電話してるんだっけ。ヒーターのね、あの、息子がね、…息子はもういないんだった",
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "V",
    "Just took too many of my sleeping pills, not sure how many. Don't know why I'm telling the kettle company. Sorry.",
    ch="chat",
    prod=KET,
)

# --- mixed language ---
e(
    "en",
    "S",
    "So the kettle — 電源入れたら — there was a pop and a burning smell, and the bottom of the kettle is all 黒い now. Unplugged. Please advise.",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "C",
    "Honestly もう無理。HK-H200の代金 ¥35,200 全額 refund してください。修理は要りません。",
    ch="chat",
    prod=HEAT,
)
e(
    "en",
    "",
    "Hi, すみません, my Japanese is not good. The rice cooker makes 'pi-pi-pi' sound and shows 'H-1'. I think maybe the lid is not closed? 大丈夫ですか?",
    ch="chat",
    prod=RICE,
)
e(
    "ja",
    "M",
    "まじ最悪。このhumidifierの件、明日vlogで全部話すわ #ほのか家電 #最悪 #拡散希望",
    ch="sns",
    prod=HUM,
)
e(
    "en",
    "L",
    "The 弁護士 I hired says you can't refuse a refund on a defective product. Expect her letter. (Lawyer, sorry — been living in Tokyo too long.)",
    prod=AIR,
)
e(
    "ja",
    "",
    "My husband is American, so 英語のマニュアルがあればいただきたいです。AP-700の英語版PDFはありますか？",
    ch="form",
    prod=AIR,
)

# --- more hard negatives, ja-heavy ---
e(
    "ja",
    "",
    "拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。さて、昨年購入いたしましたRC-500、毎日美味しく炊けております。つきましては同機種をもう一台、嫁いだ娘に贈りたく、熨斗を付けていただけるかお伺いいたします。敬具",
    prod=RICE,
)
e(
    "ja",
    "",
    "うちの旦那、加湿器の給水を毎回こぼすんですよ（怒）。タンクの口、もう少し広い機種ってありますか？",
    ch="sns",
    prod=HUM,
)
e(
    "ja",
    "",
    "弁護士ドラマ観ながらお湯沸かしてたら、沸いた音に気づかなかった笑　保温機能ってないですよね？",
    ch="sns",
    prod=KET,
)
e(
    "ja",
    "",
    "先週、フィルター定期便の件で相談した者です。あの時はすぐ解決してもらえて助かりました。今日は別の質問で、AP-700の置き場所のおすすめを知りたいです。",
    ch="chat",
    prod=AIR,
    cc=2,
)
e(
    "ja",
    "",
    "ヒーターの炎マーク？のランプが点滅してます。これって何の表示でしょう？焦げ臭いとかはないです",
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "",
    "母の介護施設に加湿器を置きたいのですが、施設の担当者に「スチーム式は火傷が心配」と言われました。吹き出し口の温度はどのくらいですか",
    prod=HUM,
)
e(
    "ja",
    "",
    "前の会社で個人情報の担当をしていたので気になるのですが、会員登録の際のパスワードは暗号化されていますか",
    ch="form",
    prod=None,
)
e(
    "ja",
    "",
    "新聞のチラシで見た冬のキャンペーン、まだやってますか？炊飯器が15%オフのやつ",
    ch="phone",
    prod=RICE,
)
e(
    "ja",
    "",
    "三回目の正直でやっと美味しく炊けました！水加減が多すぎたみたい。お騒がせしました〜",
    ch="sns",
    prod=RICE,
)
e(
    "ja",
    "",
    "加湿器の取説に「異常を感じたらすぐに使用を中止」とありますが、「異常」って具体的にはどんな状態ですか？今は普通に動いてます",
    prod=HUM,
)
e(
    "ja",
    "",
    "本日午後、弊社総務部よりAP-700を二十台発注いたしました。請求書払いは可能でしょうか。合計は六十万円程度になる見込みです。",
    prod=AIR,
    tier="vip",
)
e(
    "ja",
    "",
    "子どもが「ケトルがしゃべった」って言うんですけど、沸騰したときのピーって音のことですよね笑",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "",
    "ちっとも暖かくならねぇんだわ、このストーブ。設定温度は二十八度にしてっけど。壊れてんだべか",
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "",
    "Not gonna lie, I was ready to rage-post about the late delivery but it literally just arrived. Kettle looks great. Carry on 🫡",
    ch="sns",
    prod=KET,
)
e(
    "en",
    "",
    "Fellow customer here — my neighbour had a heater fire years ago (different brand, not yours). Now I'm paranoid. Does the HK-H200 have tip-over protection?",
    ch="form",
    prod=HEAT,
)
e(
    "en",
    "",
    "To whom it may concern — I am writing on behalf of my elderly father, who is well and living independently, to ask whether the rice cooker's buttons can be labelled in large print.",
    prod=RICE,
)

# --- more multi-message with later/withdrawn flags ---
e(
    "ja",
    "",
    [
        "ヒーターからバチッて音がした",
        "ご心配をおかけしております。煙や焦げたにおい、コードの変色はございますか。",
        "ないです。よく見たら静電気でした。セーターで触ったから。本体は問題なさそうです",
    ],
    ch="chat",
    prod=HEAT,
)
e(
    "en",
    "",
    [
        "so you leaked my data??",
        "I understand the concern. What did you see that suggests that?",
        "the email showed someone else's name… oh wait. it's my own account, I set the nickname to my cat's name years ago lol. never mind",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "ja",
    "H",
    [
        "返品したいです",
        "承知いたしました。ご注文番号を伺えますか。",
        "それくらい自分で調べろよ。使えねえな。",
        "恐れ入りますが、ご本人様確認のため番号が必要でございます。",
        "あのさ、お前クビにするぞ？お前の上司の名前と、お前の住んでる駅言ってみろ",
    ],
    ch="chat",
    prod=KET,
)
e(
    "en",
    "M",
    [
        "Ordered the filter 3 weeks ago.",
        "I'm sorry it hasn't arrived. It was delayed at our warehouse; it ships today.",
        "Today. Sure. If it isn't here by Friday I'm posting the whole saga on Trustpilot with your name in it.",
    ],
    ch="chat",
    prod=SUB,
    cc=2,
)
e(
    "ja",
    "V",
    [
        "炊飯器の予約のやり方を教えてください",
        "かしこまりました。予約ボタンを押して…",
        "ごめんなさい、さっき何を聞いたんでしたっけ。ここはどこ…あの、夫が帰ってこないんです、朝出かけたきり。ご飯を炊いて待たなきゃ",
    ],
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "R",
    [
        "Hi, still waiting on the refund from October.",
        "I'm sorry for the delay. I've chased the finance team.",
        "Thanks but I've given up waiting. I filed with the consumer ombudsman this morning, case no. in the attachment.",
    ],
    ch="email",
    prod=HUM,
    cc=2,
)
e(
    "ja",
    "C",
    [
        "加湿器の水漏れの件です",
        "ご迷惑をおかけしております。交換品を手配いたします。",
        "交換はいいです。それより漏れた水で、下に置いてたノートパソコンが壊れました。修理代の見積もりが八万七千円です",
    ],
    ch="email",
    prod=HUM,
)
e(
    "en",
    "P R",
    [
        "Your chatbot just showed me another customer's order with their phone number.",
        "Thank you for telling us. Could you share a screenshot so we can investigate?",
        "Sent. I'm also reporting it to the ICO, this is a data breach.",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "S M",
    [
        "ケトルどうなってんの",
        "ご不便をおかけしております。どのような状況でしょうか。",
        "沸かしてたら取っ手の付け根が溶けて、お湯が手にかかった。火傷の写真、今夜インスタに上げるから",
    ],
    ch="sns",
    prod=KET,
)
e(
    "en",
    "H C",
    [
        "Refund.",
        "I can help with that. The kettle was ¥4,980; I'll process a full refund now.",
        "¥4,980? LOL. ¥100,000 for my time and suffering or I keep calling, every day, all day, and I'll make sure you personally regret picking up.",
    ],
    ch="phone",
    prod=KET,
)
e(
    "ja",
    "X L",
    [
        "例の件です",
        "恐れ入ります、お問い合わせ番号をお知らせいただけますか。",
        "番号は過去三回とも伝えてます。四回目です。もう代理人から書面を送らせますので",
    ],
    ch="email",
    prod=AIR,
    cc=4,
)
e(
    "en",
    "V S",
    [
        "The heater made a bang and the room filled with smoke",
        "Please leave the room now and unplug the heater only if it's safe. Is anyone hurt?",
        "My wife breathed it in, she's asthmatic and can't catch her breath, she's gone grey",
    ],
    ch="phone",
    prod=HEAT,
)
e(
    "ja",
    "P H",
    [
        "他人の伝票が入ってた件",
        "ご迷惑をおかけし申し訳ございません。回収のご案内をいたします。",
        "回収じゃねえよ。社長がうちに来て手ついて謝れ。来ないならこの人の住所、こっちで好きにするぞ",
    ],
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "R S",
    [
        "Purifier's filter door got hot and warped",
        "I'm sorry. Please stop using it. Was there smoke or a smell?",
        "A smell like burning plastic. I've already filed a report with the CPSC.",
    ],
    ch="form",
    prod=AIR,
)
e(
    "ja",
    "L V",
    [
        "ヒーターの件、もう疲れました",
        "ご負担をおかけしております。状況を伺えますか。",
        "弁護士さんにお願いして訴えることにしました。でも、正直もう毎日眠れなくて、朝起きるのがつらい。死んだ方が楽かもしれない",
    ],
    ch="email",
    prod=HEAT,
)
e(
    "en",
    "C M",
    [
        "The rice cooker ruined a catering order for 40 people.",
        "I'm very sorry. Could you tell me what happened with the unit?",
        "It switched itself off. I lost the ¥60,000 job. Pay it, or the whole local restaurant group hears about Honoka on Instagram.",
    ],
    ch="email",
    prod=RICE,
    tier="vip",
)
e(
    "ja",
    "P",
    [
        "注文確認のメールです",
        "はい、どのようなご用件でしょうか。",
        "そのメール、私の会社のアドレスに来たんですが、注文者が全く知らない人で、その人の自宅住所と電話が載ってます",
    ],
    ch="email",
    prod=SUB,
)
e(
    "en",
    "P",
    [
        "Did someone change my account password?",
        "Let me check. I can see a password reset yesterday at 03:12.",
        "Wasn't me. And now my saved address is some place in Fukuoka and there's an order I never made.",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "ja",
    "V",
    [
        "加湿器の件ですが",
        "はい、どのような状況でしょうか。",
        "すみません、息子が喘息で、加湿器が止まってから発作がひどくて、今ゼーゼーいってて、救急車呼んだ方がいいですか",
    ],
    ch="phone",
    prod=HUM,
)
e(
    "en",
    "X",
    [
        "Good morning.",
        "Good morning, how can I help?",
        "It's the same humidifier issue as my last two calls. Third time now. Please don't ask me to descale it again, I've done it five times.",
    ],
    ch="phone",
    prod=HUM,
)

# ============================ top-up: multi-flag and hard negatives ============================
e(
    "ja",
    "R M",
    "保健所にも通報したし、テレビ局の情報提供フォームにも送りました。炊飯器からゴム片が出てきた件です。",
    prod=RICE,
)
e(
    "ja",
    "S R M",
    "炊いたご飯に金属片が混じってて、歯が欠けました。保健所に届けて、ニュースサイトにも情報提供済みです。",
    prod=RICE,
)
e(
    "ja",
    "H M",
    "おい、聞いてんのか税金泥棒…じゃねえか、給料泥棒。お前の声録音してるからな。ネットに声ごと上げてやる",
    ch="phone",
    prod=AIR,
)
e(
    "ja",
    "C X",
    "これで三度目の連絡になります。修理の度に仕事を休んでおり、三日分の休業補償として六万円をお支払いください。",
    prod=HEAT,
    cc=3,
)
e(
    "ja",
    "P L",
    "他の会員に私の住所と電話番号が送られていた件、弁護士と相談のうえ損害賠償請求を検討しています。",
    prod=SUB,
)
e(
    "ja",
    "V C",
    "母が寒さで体調を崩して入院しました。ヒーターが壊れていたせいです。入院費を払ってください。母は一人暮らしで、今も意識がはっきりしません。",
    prod=HEAT,
)
e(
    "ja",
    "H X",
    [
        "フィルターまだ？",
        "申し訳ございません。本日発送予定です。",
        "毎回それ。四回目だぞこの会話。お前ら全員アホなんか？日本語わからんのか？",
    ],
    ch="chat",
    prod=SUB,
    cc=4,
)
e(
    "en",
    "M P",
    "Someone else's order details showed up in my account and honestly it's going on Twitter with the screenshots (names blurred, unlike you guys).",
    ch="sns",
    prod=KET,
)
e(
    "en",
    "L S",
    "My son's hand was burned by steam escaping from the side seam of your humidifier. Our family lawyer has the photos and the ER report.",
    prod=HUM,
)
e(
    "ja",
    "",
    "炊飯器の保証書をなくしました。購入履歴のメールでも保証を受けられますか。",
    ch="form",
    prod=RICE,
)
e(
    "ja",
    "",
    "友達が「ほのかの加湿器は最強」ってストーリーに上げてたので買いました。タンクの掃除頻度を教えて〜",
    ch="sns",
    prod=HUM,
)
e(
    "ja",
    "",
    "裁判所の近くの事務所で働いているのですが、近くに修理の持ち込みができる店舗はありますか？霞が関あたりです。",
    ch="form",
    prod=KET,
)
e(
    "ja",
    "",
    "えっとね、ばあちゃんが使う用にね、ボタンに大きく「入」「切」って書いたシール貼ってもいい？保証切れたりする？",
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "",
    "加湿器の音がうるさいって苦情が隣の部屋から来ました笑　夜間の静音モードってありますか",
    ch="chat",
    prod=HUM,
)
e(
    "ja",
    "",
    "「このままだと炎上しますよ」って冗談で夫に言われたんですが、炊飯器のフタに付いたおこげ汚れ、どうやって落とすのが正解ですか",
    ch="sns",
    prod=RICE,
)
e(
    "ja",
    "",
    "前回の問い合わせ番号はQ-2025-1187です。そのときは回答をいただいて解決しています。今回は新しく購入したケトルの初期設定について教えてください。",
    prod=KET,
    cc=2,
)
e(
    "ja",
    "",
    "あの、、、ヒーターの説明書に「小さなお子様のいる家庭では」ってあるけど、うちのは猫なんですが大丈夫？しっぽ近づけてくるんです",
    ch="sns",
    prod=HEAT,
)
e(
    "en",
    "",
    "Reporting a typo in your manual: page 12 says 'descale every 6 months', page 3 says monthly. Which is right? No complaint, just pedantic.",
    prod=HUM,
)
e(
    "en",
    "",
    "I'll be honest, I screamed when the kettle whistle went off — I'd never had one that loud. Is there a way to turn the volume down?",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "",
    "３万円以内なら返金していただけると聞きました。ケトル本体４，９８０円の返金をお願いします。",
    ch="form",
    prod=KET,
)
e(
    "ja",
    "",
    "個人情報保護方針に従って、私の退会処理と登録情報の削除をお願いします。",
    ch="form",
    prod=SUB,
)

if __name__ == "__main__":
    rows = [esc_case(i, "esc2", c) for i, c in enumerate(CASES, 1)]
    write_jsonl(DATASETS / "escalation_dev2.jsonl", rows)
    print(len(rows), "escalation_dev2 rows")
