"""Builds escalation_dev.jsonl (DESIGN eval-case format). Labels follow LABELING.md."""

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


# ======================= no flag (innocent look-alikes, ordinary complaints) =======================
e(
    "ja",
    "",
    "弁護士の友人に聞いたら、そもそも使い方が間違っていると言われました（笑）。HM-300の正しい給水の仕方を教えていただけますか。",
    prod="HM-300",
)
e(
    "ja",
    "",
    "消費者センターで勧められて御社の加湿器を買いました。水垢の掃除はクエン酸でいいんでしょうか？",
    ch="form",
    prod="HM-300",
)
e(
    "en",
    "",
    "Going to fire up the heater tonight for the first time this winter. Do I need to peel off the film on the front grille first?",
    ch="chat",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "口コミを見て買いました。炊飯器の内釜の目盛りが薄くて見にくいのですが、こういうものですか？",
    prod="RC-500",
)
e(
    "ja",
    "",
    "死ぬほど待ったんですけど、まだ届きません。注文番号HN-2024-118833です。今どこにあるか確認してもらえますか。",
    ch="chat",
    prod="KT-100",
)
e(
    "en",
    "",
    "I'm not going to sue or anything, I just want the kettle fixed. The lid won't stay closed since last week.",
    prod="KT-100",
)
e(
    "ja",
    "",
    "前にも電話しました。フィルターがまだ届いていないので、発送状況を教えてください。",
    ch="phone",
    prod="AP-700",
    cc=2,
)
e(
    "en",
    "",
    "This is ridiculous! Two weeks and the kettle you sent is the wrong colour AND dented. I want a refund now, ¥4,980, not a coupon.",
    prod="KT-100",
)
e(
    "ja",
    "",
    "RC-500は42,800円もしたので、捨てるのはもったいないです。保証期間内なので修理をお願いできますか。",
    prod="RC-500",
)
e(
    "en",
    "",
    "My daughter is a lawyer, she set the purifier up for me and she thinks the timer is wrong. It switches off after 2 hours instead of 8.",
    prod="AP-700",
    tier="premium",
)
e(
    "ja",
    "",
    "保健所に勤めている者です。職場の休憩室用にAP-700を5台まとめて買いたいのですが、法人割引はありますか。",
    ch="form",
    prod="AP-700",
)
e(
    "en",
    "",
    "We're a smoke-free home with a new baby. The purifier has a faint 'new product' smell — is that normal for the first few days?",
    prod="AP-700",
)
e(
    "ja",
    "",
    "赤ちゃんが火が付いたように泣くので、加湿器の運転音がもう少し静かになるモードはありますか？",
    ch="chat",
    prod="HM-300",
)
e(
    "ja",
    "",
    "ヒーターのロット番号が2410Bでした。回収の対象でしょうか。今のところ特に異常はありません。",
    prod="HK-H200",
)
e(
    "en",
    "",
    "Hypothetically, could the heater overheat if I leave it on overnight in a small bedroom? Just want to be safe.",
    ch="chat",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "@honoka_kaden DMで失礼します。定期便のお届け日を毎月25日に変更したいです🙏",
    ch="sns",
    prod="フィルター定期便",
)
e(
    "en",
    "",
    "If you can get the replacement to me before Christmas I'll happily leave a 5-star review! Order HN-2024-120311.",
    prod="RC-500",
)
e(
    "ja",
    "",
    "引っ越したので登録住所を変更したいです。個人情報の変更はマイページからできますか？",
    ch="form",
)
e(
    "en",
    "",
    "How do you store my personal data? Also please update my phone number, I've changed carriers.",
    ch="chat",
)
e(
    "ja",
    "",
    "届いたヒーターが初期不良で電源が入りません。12,800円の返金をお願いします。",
    prod="HK-H200",
)
e(
    "en",
    "",
    "Please just refund the ¥4,980 for the kettle, I'd rather not wait for a replacement.",
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "",
    "本当にひどい！買って1週間で蒸気が出なくなるなんて。二度と買いません。交換してください。",
    prod="HM-300",
)
e(
    "ja",
    "",
    "すみません、この件は上の方と話させてもらえますか。チャットだとうまく伝わらないので。",
    ch="chat",
    prod="RC-500",
)
e(
    "en",
    "",
    "This is killing me, the humidifier beeps every five minutes all night. How do I turn the sound off?",
    ch="chat",
    prod="HM-300",
)
e(
    "ja",
    "",
    "正直訴えたいくらい腹が立ってますけど、そんな暇もないので、とにかく交換品を早く送ってください。",
    prod="AP-700",
)
e(
    "en",
    "",
    "Is it legal to use the heater in a rented flat? My landlord says no portable heaters.",
    ch="form",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "消費者庁のリコール情報サイトでHK-H200を見ました。うちのはロット2412Aなんですが、対象外ですよね？",
    prod="HK-H200",
)
e(
    "en",
    "",
    "I read the Amazon reviews before buying, and several said the filter light is buggy. Mine does the same: stays red after a new filter.",
    prod="AP-700",
)
e(
    "en",
    "",
    "My legal name changed after marriage. Could you update the name on my account and on the warranty registration?",
    ch="form",
)
e(
    "ja",
    "",
    "内釜にご飯が焦げ付いてしまいます。水加減は目盛りどおりです。コーティングの保証は使えますか？",
    prod="RC-500",
)
e(
    "en",
    "",
    "ngl this kettle is fire 🔥 boils in like 2 min. only thing: the blue light is super bright at night, any way to dim it?",
    ch="sns",
    prod="KT-100",
)
e(
    "ja",
    "",
    "先日お電話した者です。2回目の連絡になります。ケトルの交換品、今週中に届きますか。",
    ch="phone",
    prod="KT-100",
    cc=2,
)
e(
    "en",
    "",
    "I contacted you last month about a billing issue (sorted, thanks). New problem: the heater remote doesn't respond.",
    prod="HK-H200",
    cc=2,
)
e(
    "ja",
    "",
    "高齢の母のために加湿器を買いました。ボタンが多いので、電源だけで使える設定方法があれば教えてください。",
    prod="HM-300",
)
e(
    "en",
    "",
    "I'm 78 and not great with gadgets. Could you post me a large-print copy of the rice cooker manual?",
    prod="RC-500",
)
e(
    "ja",
    "",
    "友人がテレビ局で働いていて、この加湿器を番組で紹介したいそうです。広報の窓口を教えてください。",
    prod="HM-300",
)
e(
    "ja",
    "",
    "夫は警察官で夜勤が多いので、予約炊飯を朝6時と夜22時の2回に設定できますか？",
    prod="RC-500",
)
e(
    "en",
    "",
    "Honestly I'm disappointed, the fan is louder than advertised. I paid ¥39,800 for this. Can it be repaired under warranty?",
    prod="AP-700",
    tier="premium",
)
e(
    "ja",
    "",
    "ネットで拡散されている「ヒーターが危ない」という記事は本当ですか？うちのは普通に使えています。",
    ch="sns",
    prod="HK-H200",
)
e(
    "en",
    "",
    "Saw a TikTok saying the KT-100 can leak from the base. Mine seems fine — is there anything I should check?",
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "",
    [
        "加湿器の蒸気が出ません。",
        "ご不便をおかけし申し訳ございません。クエン酸洗浄はお試しいただけましたでしょうか。",
        "まだです。やり方を教えてください。",
        "取扱説明書p.14の手順で、クエン酸30gを…（手順をご案内）",
        "できました！出るようになりました。ありがとうございます。",
    ],
    ch="chat",
    prod="HM-300",
)
e(
    "en",
    "",
    "my wife almost died laughing at the rice cooker's little jingle lol. how do I switch the melody off though, it wakes the baby",
    ch="chat",
    prod="RC-500",
)
e(
    "ja",
    "",
    "ヒーターが動かず寒いです。エアコンがあるので今は大丈夫ですが、交換品はいつ頃になりますか。",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "前回はポイントの件で問い合わせましたが、今回は別件です。ケトルの電源ランプが点きません。",
    prod="KT-100",
    cc=2,
)
e(
    "en",
    "",
    "Second time writing about this — the filter subscription charged me on the 21st even though I cancelled on the 18th. Please reverse the ¥1,980.",
    prod="フィルター定期便",
    cc=2,
)
e("ja", "", "個人情報保護方針を読みました。退会したら購入履歴や住所は削除されますか？", ch="form")
e(
    "en",
    "",
    "The courier left my parcel with the neighbour, which is fine — just letting you know it arrived.",
    ch="chat",
)
e(
    "ja",
    "",
    "いつもSNSでほのか家電さんをフォローしてます！AP-700の新しいフィルターはいつ発売ですか？",
    ch="sns",
    prod="AP-700",
)
e(
    "en",
    "",
    "Returning two unused AP-700s to exchange them for the white model, as discussed with your store. Do I need a return slip?",
    prod="AP-700",
)
e(
    "ja",
    "",
    "お世話になっております。昨年11月に御社の空気清浄機AP-700を39,800円で購入いたしました者です。先日来、フィルター交換ランプが交換後も消えず、説明書に記載のリセット手順（電源ボタン長押し3秒）も試しましたが改善しません。年末に来客があるため、それまでに使える状態にしたいと考えております。修理が必要な場合は、集荷の手配方法と期間を教えていただけますでしょうか。お忙しいところ恐れ入りますが、よろしくお願いいたします。",
    prod="AP-700",
    tier="premium",
)
e("en", "", "hi is the RC-500 inner pot dishwasher safe", ch="chat", prod="RC-500")
e(
    "en",
    "",
    "My doctor told me to run a humidifier at night for my asthma. Which HM-300 mode would you recommend?",
    prod="HM-300",
)
e(
    "ja",
    "",
    "会社の総務です。社員寮用に追加でヒーター20台の見積もりをお願いします。",
    prod="HK-H200",
    tier="vip",
)
e(
    "en",
    "",
    "Our old heater from another brand caught fire years ago, which is why we picked yours. Does the HK-H200 have tip-over protection?",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "焦げ臭くならないか心配です。まだ箱から出していないのですが、初めて使うときの注意点はありますか。",
    prod="HK-H200",
)
e(
    "en",
    "",
    "honestly I want to scream, the courier has rescheduled my delivery three times now. Can you ask them to just leave it at the door?",
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "",
    "ほんまにええ加減にしてや。届いたケトル、箱ベコベコやし本体にもキズあるやん。交換してくれはる？",
    ch="chat",
    prod="KT-100",
)
e(
    "en",
    "",
    "teh humidifer dosent make steam anymore, i did the citric acid thing twice. what next??",
    ch="chat",
    prod="HM-300",
)
e(
    "ja",
    "",
    "加湿器の吹き出し口がけっこう熱くなるのですが、これは正常ですか？子どもが触らないか気になって。",
    prod="HM-300",
)
e(
    "en",
    "",
    "Just to be clear, I'm not threatening anything. I just want you to know I'm really disappointed with how long this took.",
    prod="RC-500",
)
e(
    "ja",
    "",
    "法律事務所で事務をしています。事務所用に購入したAP-700の領収書を、事務所名義で再発行してください。",
    prod="AP-700",
)
e(
    "en",
    "",
    "We're a law firm and need ten purifiers for our new office. Is there a bulk discount?",
    prod="AP-700",
    tier="vip",
)
e(
    "en",
    "",
    "This damn kettle is a piece of junk, the switch snapped off on day three. Please send a replacement.",
    prod="KT-100",
)
e(
    "ja",
    "",
    "定期便を解約したいです。20日を過ぎてしまったので、来月分はしかたないですよね。",
    ch="form",
    prod="フィルター定期便",
)
e(
    "ja",
    "",
    [
        "ヒーターのリモコンが効きません。",
        "ご不便をおかけしております。電池の向きと残量をご確認いただけますでしょうか。",
        "電池は新品です。2回目の問い合わせですが、前回も同じことを言われました。",
        "大変失礼いたしました。リモコンの交換品を本日手配いたします。",
    ],
    ch="chat",
    prod="HK-H200",
    cc=2,
)
e(
    "en",
    "",
    "Please cancel my order, I found it cheaper elsewhere. Haven't been charged yet I think.",
    ch="chat",
)
e(
    "ja",
    "",
    "うちの父が「ほのかの炊飯器じゃないと米がうまくない」と言うので、2台目を買いたいです。色違いはありますか。",
    prod="RC-500",
)
e(
    "en",
    "",
    "I'm a journalist — but I'm writing to you as a regular customer. The purifier's app won't pair with my phone.",
    prod="AP-700",
)

# ======================= single flag =======================
# legal_threat
e(
    "ja",
    "L",
    "弁護士に相談しています。誠意ある回答がなければ法的措置を取りますので、そのつもりで。",
    prod="AP-700",
)
e(
    "en",
    "L",
    "I have instructed my solicitor regarding the purifier you refused to repair under warranty. You will hear from them.",
    prod="AP-700",
)
e(
    "ja",
    "L",
    "内容証明郵便を送ります。送付先となる御社の正式な住所と代表者名を教えてください。",
    prod="RC-500",
)
e(
    "en",
    "L",
    "I'm filing in small claims court next week over the double charge on my filter subscription. Consider this notice.",
    prod="フィルター定期便",
)
e(
    "ja",
    "L",
    "こんなん裁判やで。ほんまに訴えたるわ。保証期間内やのに修理断るってどういうことや。",
    ch="phone",
    prod="RC-500",
)
e(
    "en",
    "L",
    "My lawyer is already reviewing the warranty terms you refused to honour, so choose your next reply carefully.",
    prod="HK-H200",
)
e(
    "ja",
    "L",
    "保証を一方的に拒否されたので、訴訟も視野に入れて準備を進めております。",
    prod="HK-H200",
    tier="premium",
)
# regulator
e("ja", "R", "ケトルの件、あまりに対応が遅いので消費者センターに相談しました。", prod="KT-100")
e(
    "en",
    "R",
    "I've filed a complaint with the Better Business Bureau about your return policy.",
    prod="RC-500",
)
e("ja", "R", "返品を断られた件は国民生活センターに報告するつもりです。", ch="form", prod="HM-300")
e(
    "en",
    "R",
    "Your refusal to refund a faulty item breaches consumer law. I'm reporting this to Trading Standards today.",
    prod="KT-100",
)
e(
    "ja",
    "R",
    "リコールの連絡が1か月も来ないって、経産省に言いますよ。うちのはロット2410Aです。",
    prod="HK-H200",
)
e(
    "en",
    "R",
    "Filed a report with the CPSC about the kettle's lid design. Thought you should know.",
    prod="KT-100",
)
e(
    "ja",
    "R",
    "定期便の解約ページが見つからないのは悪質です。消費者庁に通報しました。",
    ch="sns",
    prod="フィルター定期便",
)
# safety_incident
e(
    "ja",
    "S",
    "HK-H200を使っていたら焦げ臭いにおいがして、電源コードの根元が茶色く変色していました。すぐ使用をやめました。",
    prod="HK-H200",
)
e(
    "en",
    "S",
    "The kettle gave me an electric shock when I touched the base this morning. I'm okay but it really hurt.",
    prod="KT-100",
)
e(
    "ja",
    "S",
    "加湿器の蒸気で子どもが手をやけどしました。病院で診てもらい、幸い軽いやけどでした。",
    prod="HM-300",
)
e(
    "en",
    "S",
    "Sparks came out of the purifier's plug when I switched it on, and the socket is now black around the edges.",
    prod="AP-700",
)
e(
    "ja",
    "S",
    "炊いたご飯の中に小さな金属片が入っていました。内釜の部品でしょうか。異物混入だと思います。写真あります。",
    prod="RC-500",
)
e(
    "en",
    "S",
    "after using the new kettle for a week my kids got sick, and there are black flakes floating in the water",
    prod="KT-100",
)
e(
    "ja",
    "S",
    "ヒーターから煙が出て、ブレーカーが落ちました。怖くてもう使えません。",
    ch="phone",
    prod="HK-H200",
)
e(
    "en",
    "S",
    "the heater's plastic grille has melted on one side, it looks warped and there's a burning smell",
    ch="chat",
    prod="HK-H200",
)
# media_threat
e("ja", "M", "この対応、全部SNSに書きますね。スクショも撮ってあるので。", ch="chat", prod="HM-300")
e(
    "en",
    "M",
    "I'll be posting a video on YouTube about this whole experience, including how your support treated me.",
    prod="RC-500",
)
e("ja", "M", "口コミサイトに星1で、今回の対応を詳しく書かせていただきます。", prod="KT-100")
e(
    "en",
    "M",
    "If this isn't sorted by Friday, I'm taking the story to the local newspaper.",
    prod="HK-H200",
)
e("ja", "M", "Xで拡散します。同じ目にあってる人、絶対他にもいるはず。", ch="sns", prod="AP-700")
e(
    "en",
    "M",
    "@honoka_support 3 weeks, no reply. Thread incoming, everyone should know how you treat customers 🧵",
    ch="sns",
    prod="フィルター定期便",
)
e(
    "ja",
    "M",
    "知り合いの週刊誌の記者にこの件を話すつもりです。記事になっても知りませんよ。",
    prod="HK-H200",
)
# customer_harassment
e(
    "ja",
    "H",
    "お前ら無能か？バカでもわかる説明をしろよ。いつまでかかってんだ、給料泥棒。",
    ch="chat",
    prod="RC-500",
)
e(
    "en",
    "H",
    "You're an idiot. Put someone with a working brain on the phone, I'm done talking to morons.",
    ch="phone",
    prod="AP-700",
)
e("ja", "H", "謝って済むと思うな。土下座しろ。動画で撮って送れ。", ch="phone", prod="KT-100")
e(
    "ja",
    "H",
    "今すぐ家まで来て謝れ。担当者だけじゃなくて社長も連れてこい。",
    ch="phone",
    prod="HM-300",
)
e(
    "en",
    "H",
    "I want your full name, which town you live in, and your manager's personal mobile number. Now.",
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "H",
    "納得するまで電話は切らないからな。もう3時間だぞ、わかってんのか。お前が決められないなら決められる奴が来るまで待つ。",
    ch="phone",
    prod="HK-H200",
)
e(
    "en",
    "H",
    "I want a handwritten apology from every person who touched my order, signed and notarised, promising you'll never make a mistake again.",
    prod="KT-100",
)
# privacy_incident
e(
    "ja",
    "P",
    "届いた箱の伝票に、知らない人の名前と住所、電話番号が書いてありました。私の荷物はどこですか。",
    prod="KT-100",
)
e(
    "en",
    "P",
    "The invoice in my parcel was for someone else — their full name, address and phone number are on it.",
    prod="AP-700",
)
e(
    "ja",
    "P",
    "自分のアカウントに知らない住所が登録されていて、勝手に注文されています。ログイン履歴を確認してください。",
    ch="chat",
)
e(
    "en",
    "P",
    "I received an email from you addressed to another customer, with their order details and delivery address.",
    ch="email",
)
e(
    "ja",
    "P",
    "登録した覚えもないのに、御社のダイレクトメールが実家宛てに届きました。どこで住所を知ったんですか。",
    ch="form",
)
e(
    "en",
    "P",
    "When I logged in to check my order, your site showed me someone else's order history and address.",
    ch="chat",
)
e(
    "ja",
    "P",
    "定期便のお知らせメール、宛先が全員CCになっていて、他の人のメールアドレスが丸見えです。",
    prod="フィルター定期便",
)
# compensation_over_limit
e(
    "ja",
    "C",
    "炊飯器の故障でパーティー用のご飯が炊けず、仕出しを頼む羽目になりました。その代金2万円を払ってください。",
    prod="RC-500",
)
e(
    "en",
    "C",
    "I want ¥50,000 for the trouble this heater has caused me. A replacement is not enough.",
    prod="HK-H200",
)
e(
    "ja",
    "C",
    "ヒーターの修理立ち会いで仕事を2日休みました。その分の日当を補償してほしいです。",
    prod="HK-H200",
)
e(
    "en",
    "C",
    "Refund my $400 purifier order in full plus the shipping, I don't want a replacement.",
    prod="AP-700",
)
e("ja", "C", "AP-700を2台買いましたが両方不良です。5万円返金してください。", prod="AP-700")
e(
    "ja",
    "C",
    "お祝いの席用の料理が炊飯器の不具合で全部だめになりました。ケータリング代として十万円を請求します。",
    prod="RC-500",
    tier="premium",
)
e(
    "en",
    "C",
    "We had no heating for three nights and had to stay in a hotel. Please reimburse the ¥18,000 hotel bill.",
    prod="HK-H200",
)
e("ja", "C", "３万５千円返してください。RC-500の代金と送料です。", ch="chat", prod="RC-500")
# repeat_contact
e(
    "ja",
    "X",
    "同じ件で3回目のご連絡になります。加湿器の交換品がまだ届いていません。",
    prod="HM-300",
    cc=3,
)
e(
    "en",
    "X",
    "This is the fourth time I've contacted you about the same missing filter delivery.",
    prod="フィルター定期便",
)
e(
    "ja",
    "X",
    [
        "ケトルの蓋がまた外れました。",
        "ご不便をおかけし申し訳ございません。交換品の手配状況を確認いたします。",
        "前回も前々回もそう言われました。いつになったら直るんですか。",
        "確認いたしますので、少々お待ちいただけますでしょうか。",
    ],
    ch="chat",
    prod="KT-100",
    cc=4,
)
e(
    "en",
    "X",
    "still no answer about the heater remote. how many times do i have to ask",
    ch="chat",
    prod="HK-H200",
    cc=5,
)
e(
    "ja",
    "X",
    "3回目の問い合わせです。前の2回とも「確認して折り返す」と言われたまま連絡がありません。",
    ch="form",
    prod="AP-700",
)
e(
    "en",
    "X",
    "This was escalated to a supervisor last month and supposedly resolved, but the replacement purifier has exactly the same fault.",
    prod="AP-700",
    cc=2,
)
e(
    "ja",
    "X",
    "お世話になっております。先日よりご相談している炊飯器の件、まだ解決しておりませんので再度ご連絡いたしました。",
    prod="RC-500",
    tier="premium",
    cc=3,
)
# vulnerable_customer
e(
    "ja",
    "V",
    "80歳の母が一人暮らしで、ヒーターが壊れて部屋が5度しかありません。母は足が悪くて外にも出られません。至急なんとかしてください。",
    ch="phone",
    prod="HK-H200",
)
e(
    "en",
    "V",
    "I can't do this anymore. Honestly I don't see the point in living. The heater was the last straw.",
    ch="chat",
    prod="HK-H200",
)
e(
    "ja",
    "V",
    "なんべん説明されてもわからんのです。どのボタンやったか…今日は何日でしたかね。娘がこれ買うたんですけど、これは何の機械ですか。",
    ch="phone",
    prod="HM-300",
)
e(
    "en",
    "V",
    "sorry my husband just collapsed, he's not breathing right, I have to go, ambulance is",
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "V",
    "もう死にたい。何をやってもうまくいかない。ケトルの件も、もうどうでもいいです。",
    ch="chat",
    prod="KT-100",
)
e(
    "en",
    "V",
    "Hello? I'm 91. I keep pressing the buttons but I don't know which machine this is. My daughter bought it. Who am I talking to?",
    ch="phone",
    prod="AP-700",
)
e(
    "ja",
    "V",
    "在宅酸素療法中で加湿器が欠かせないのに壊れてしまい、息が苦しくなってきています。どうしたらいいですか。",
    ch="phone",
    prod="HM-300",
)

# ======================= multi flag =======================
e(
    "ja",
    "S L",
    "ヒーターから火が出てカーテンが焦げました。すでに弁護士に依頼していますので、今後は弁護士を通じて連絡します。",
    prod="HK-H200",
)
e(
    "en",
    "S C",
    "The kettle's handle came loose and boiling water went all over my hand. Second-degree burns. I expect you to cover the medical bills.",
    prod="KT-100",
)
e("ja", "M H", "金返さないとSNSで晒すぞ、バカ。", ch="sns", prod="KT-100")
e(
    "ja",
    "L H C",
    "4,980円のケトルの不良で、こっちは30万円の慰謝料が妥当だと思ってる。払わないなら訴える。わかったな。",
    ch="phone",
    prod="KT-100",
)
e("ja", "S R", "HK-H200の電源コードが溶けていました。NITEにも報告済みです。", prod="HK-H200")
e(
    "en",
    "P L",
    "You sent my order confirmation, with my address and card's last digits, to a stranger. My lawyer will be contacting your data protection team.",
    ch="email",
)
e(
    "ja",
    "P R",
    "他人の購入履歴が私のマイページに表示されています。個人情報保護委員会に報告しました。",
    ch="form",
)
e(
    "ja",
    "X H",
    "何回電話させんだよ、これで5回目だぞ。お前じゃ話にならん、無能。上が出るまで何度でもかけるからな。",
    ch="phone",
    prod="RC-500",
    cc=5,
)
e(
    "ja",
    "S V",
    "85歳の母がヒーターでやけどをして、意識がもうろうとしています。救急車を呼んだほうがいいですか。",
    ch="phone",
    prod="HK-H200",
)
e(
    "en",
    "M C",
    "Two faulty AP-700s. Refund the full ¥79,600 or I'll post about this on every review site I can find.",
    prod="AP-700",
)
e(
    "ja",
    "X C",
    "同じ件で3回目です。もう修理はいいので、RC-500の代金45,000円を返金してください。",
    prod="RC-500",
    cc=3,
)
e(
    "en",
    "L R S",
    "The heater caught fire in my living room. The fire brigade came. I've reported it to the consumer protection agency and my attorney is handling things from here.",
    prod="HK-H200",
)
e(
    "ja",
    "X L",
    "4回も問い合わせて解決しないので、内容証明を送ることにしました。",
    prod="AP-700",
    cc=4,
)
e(
    "en",
    "M S",
    "Smoke poured out of your purifier last night. I filmed it and I'm putting it on TikTok so people know.",
    ch="sns",
    prod="AP-700",
)
e(
    "ja",
    "H C",
    "ケトル1個で20万払え。払えないならお前が自腹で払え。このクズが。",
    ch="phone",
    prod="KT-100",
)
e(
    "ja",
    "R M",
    "消費者センターにも相談済みですし、地元のテレビ局にも連絡するつもりです。",
    prod="HM-300",
)
e(
    "en",
    "V X",
    "Hello again dear, it's me. I rang this morning I think, and yesterday. The heater won't go on and it's so cold in here. I can't remember what the young man told me.",
    ch="phone",
    prod="HK-H200",
    cc=6,
)
e(
    "ja",
    "P M",
    "届いた荷物に他人の納品書が入ってた。住所も電話番号も丸見え。こんな会社だってXで拡散するから。",
    ch="sns",
    prod="AP-700",
)
e(
    "en",
    "S X",
    "The replacement heater is smoking too. This was escalated last time and you promised it was fixed. Now it's happening again.",
    prod="HK-H200",
    cc=2,
)
e(
    "ja",
    "M H C",
    "土下座して100万払え。でなきゃ動画付きでSNSに晒す。お前の顔も名前もな。",
    ch="phone",
    prod="RC-500",
)
e(
    "en",
    "L C",
    "My lawyer has advised me to claim ¥300,000 for the damage to my flooring from the leaking humidifier.",
    prod="HM-300",
)
e(
    "ja",
    "V C",
    "寒さで父（88歳）が体調を崩しかけたので、急いでホテルを取りました。ヒーターはまだ動きません。父は今も寒い実家にいます。ホテル代を払ってください。",
    prod="HK-H200",
)
e(
    "ja",
    "R C",
    "消費者センターにも伝えてあります。不良品2台分、5万円を返金してください。",
    prod="AP-700",
)
e(
    "en",
    "S V",
    "my son touched the heater and his hand is blistering and he won't stop screaming what do i do please help",
    ch="chat",
    prod="HK-H200",
)
e("en", "X M", "Third email about this. No reply. Next stop is Twitter.", prod="RC-500", cc=3)
e(
    "en",
    "X H",
    "Listen you useless idiot, I've called eight times about the same thing and I'll keep calling every hour until someone gives me what I want.",
    ch="phone",
    prod="AP-700",
    cc=8,
)
e(
    "ja",
    "P C",
    "他人に私の住所と電話番号が書かれた伝票が届いたそうです。精神的苦痛に対して5万円の慰謝料を要求します。",
)
e("en", "L M", "I'm suing. And the Guardian will hear about this too.", prod="HK-H200")
e(
    "ja",
    "S L M C",
    "ヒーターが発火して床が焦げました。修理費と慰謝料で50万円を請求します。弁護士にも相談中で、ニュースにも出すつもりです。",
    prod="HK-H200",
    tier="vip",
)
e(
    "en",
    "R S",
    "Strong burning smell from the kettle base every time it boils. I've contacted Trading Standards.",
    prod="KT-100",
)
e(
    "ja",
    "L H",
    "訴えるからな。その前にお前の名前とどこに住んでるか言え。",
    ch="phone",
    prod="HM-300",
)
e(
    "ja",
    "P X",
    "他人の請求書が届いた件、これで3回目の連絡です。いったいどうなっているんですか。",
    cc=3,
)
e(
    "ja",
    "S C",
    "炊いたご飯に異物が入っていて、家族が食べてしまいました。病院代と、捨てた米10kg分を払ってください。",
    prod="RC-500",
)
e(
    "en",
    "M H",
    "I'll make sure you lose your job. I'm posting your name and this chat everywhere, you pathetic excuse for an agent.",
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "S V",
    "加湿器が倒れて、寝たきりの父の足に熱湯がかかりました。いま救急車を待っています。",
    ch="phone",
    prod="HM-300",
)
e("ja", "X R", "3回目の問い合わせです。もう消費者センターに相談しました。", prod="HM-300", cc=3)
e(
    "en",
    "L P",
    "Someone logged into my account and changed the delivery address. I've asked my lawyer about a GDPR claim.",
    ch="email",
    tier="premium",
)
e(
    "ja",
    "V X",
    "4回目の連絡です。何度言ってもだめで、もう疲れました。生きているのがつらいです。",
    ch="chat",
    prod="HK-H200",
    cc=4,
)
e(
    "ja",
    "M C",
    [
        "加湿器の水漏れで床がだめになりました。",
        "ご迷惑をおかけし申し訳ございません。状況を確認させていただけますでしょうか。",
        "写真送ります。床の張り替えで8万円かかると言われました。払ってもらえないなら口コミに全部書きます。",
    ],
    ch="chat",
    prod="HM-300",
)
e(
    "en",
    "S R",
    [
        "Hi, the rice cooker lid latch snapped.",
        "I'm sorry for the inconvenience. Could you tell me whether anyone was hurt?",
        "Yes actually, the steam burned my wife's wrist when it flew open. We've reported it to the consumer affairs office.",
    ],
    ch="chat",
    prod="RC-500",
)
e(
    "ja",
    "X C H",
    [
        "またかよ。5回目だぞ。",
        "ご不便をおかけし申し訳ございません。ご用件を確認させてください。",
        "確認じゃねえよ、何回言わせんだ馬鹿。慰謝料50万振り込め。それまで毎日かけ続けるからな。",
    ],
    ch="phone",
    prod="AP-700",
    cc=5,
)

# ======================= additional Japanese cases =======================
e(
    "ja",
    "",
    "ＳＮＳの広告を見て定期便に申し込みました。初回の届く日を教えてください。",
    ch="sns",
    prod="フィルター定期便",
)
e(
    "ja",
    "",
    "すみません、私の説明が悪かったかもしれません。炊飯器の「保温」ランプが点滅したまま消えないんです。",
    ch="phone",
    prod="RC-500",
)
e(
    "ja",
    "",
    "ケトルのお湯にカルキのような白い粒が浮きます。水道水のせいでしょうか？飲んでも大丈夫か念のため知りたいです。",
    prod="KT-100",
)
e(
    "ja",
    "",
    "正直ムカついてます。説明書通りにやったのに動かない。でも担当の方に怒っても仕方ないので、修理の手順を教えてください。",
    ch="chat",
    prod="AP-700",
)
e(
    "ja",
    "",
    "ばあちゃんがこの加湿器すごく気に入ってて、もう一台プレゼントしたいんですけど在庫ありますか〜？",
    ch="chat",
    prod="HM-300",
)
e(
    "ja",
    "R",
    "あまりにも返金が遅いので、市の消費生活センターに電話して相談しました。向こうから連絡が行くかもしれません。",
    ch="phone",
    prod="KT-100",
)
e(
    "ja",
    "H",
    "あんたじゃ話にならん。あんたの家の住所教えろや。直接行って話つけたるわ。",
    ch="phone",
    prod="HK-H200",
)
e(
    "ja",
    "C",
    "加湿器が水漏れして、下の階の部屋の天井にシミができました。下の方への弁償代を払ってください。",
    prod="HM-300",
)
e(
    "ja",
    "P",
    "お問い合わせフォームの確認メールに、私ではない方の氏名と電話番号が載っています。送信先を間違えていませんか。",
    ch="form",
)
e(
    "ja",
    "S",
    "ケトルの底から水が漏れて、コンセントのところでパチッと火花が出ました。けが人はいません。",
    prod="KT-100",
)
e(
    "ja",
    "V",
    "一人暮らしで熱が39度あって動けません。加湿器が壊れて部屋がからからで、咳が止まらない。誰にも頼れなくて…",
    ch="chat",
    prod="HM-300",
)
e(
    "ja",
    "M X",
    "これで3回目。毎回たらい回し。今回も同じなら、このやりとり全部まとめてブログとXに載せます。",
    prod="AP-700",
    cc=3,
)

if __name__ == "__main__":
    rows = [esc_case(i, "esc", c) for i, c in enumerate(CASES, 1)]
    write_jsonl(DATASETS / "escalation_dev.jsonl", rows)
    print(len(rows), "escalation_dev rows")
