"""Builds escalation_holdout2.jsonl: a second held-out escalation set, written after the dev2
sets with other voices. Labels follow LABELING.md. Not for detector development."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from common import esc_case, write_jsonl

OUT = Path(__file__).resolve().parents[1]
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


# ---------------- no flag ----------------
e(
    "ja",
    "",
    "わし広島なんじゃけど、ヒーターの温風が足元にしか来んのよ。角度って変えられるんかいの？",
    ch="phone",
    prod=HEAT,
)
e(
    "ja",
    "",
    "うちは農家で、冬場は作業小屋でケトル使いよるけど、土ぼこりが多いところでも大丈夫ね？",
    ch="form",
    prod=KET,
)
e(
    "ja",
    "",
    "なんくるないさーって思ってたけど、加湿器のランプが点滅しっぱなしさ。これ何のサイン？",
    ch="chat",
    prod=HUM,
)
e(
    "ja",
    "",
    "大学の寮で使う予定です。寮の規則で「電熱器具は要届出」とあるので、ケトルの消費電力を教えてください。",
    ch="form",
    prod=KET,
)
e(
    "ja",
    "",
    "看護師をしています。夜勤明けに炊けているように予約したいのですが、最長何時間後まで予約できますか。",
    prod=RICE,
)
e(
    "ja",
    "",
    "民泊をやっていて、ゲスト用に空気清浄機を置きたいです。フィルター定期便は複数台分まとめられますか。",
    prod=SUB,
    tier="premium",
)
e(
    "ja",
    "",
    "昨日テレビの法律相談番組を見てたら、ケトルのお湯が沸いたのに気づかなかった笑　沸騰のお知らせ音って大きくできますか",
    ch="sns",
    prod=KET,
)
e(
    "ja",
    "",
    "火の用心の季節ですね。ヒーターの転倒時自動停止は、どのくらい傾いたら作動しますか？",
    prod=HEAT,
)
e(
    "ja",
    "",
    "ネットで炎上してる別メーカーの加湿器とは違う製品ですよね？念のため。",
    ch="chat",
    prod=HUM,
)
e(
    "ja",
    "",
    "母がよく「消費者センターの出前講座」に行ってて、そこで御社の炊飯器の話が出たらしいです。良い評判だったそうで。保温の電気代ってどのくらいですか",
    prod=RICE,
)
e(
    "ja",
    "",
    "二回目の連絡です。前回教わった通りにやったら直りました、お礼だけ言いたくて。",
    ch="chat",
    prod=AIR,
    cc=2,
)
e(
    "ja",
    "",
    "４２，８００円の炊飯器、買ってよかったです。ただ、内ぶたの外し方がいまいち分からないので教えてください。",
    prod=RICE,
)
e(
    "ja",
    "",
    "個人情報の取り扱いについて、退会したらデータはいつ消えるのか知りたいです。",
    ch="form",
    prod=None,
)
e(
    "ja",
    "",
    "マジ卍〜ケトル届いた！色かわいすぎ。取説なくしたからPDFちょうだい🙏",
    ch="sns",
    prod=KET,
)
e("ja", "", "燃えるような赤のケトルって限定色ですか？まだ買えます？", ch="chat", prod=KET)
e(
    "ja",
    "",
    "死ぬまでにもう一度あの炊飯器のご飯が食べたい、って父が言うので、同じ型を探してます笑。まだ売ってますか",
    ch="email",
    prod=RICE,
)
e(
    "ja",
    "",
    "謝罪はいりません、担当の方のせいじゃないので。交換品の発送日だけ教えてください。",
    ch="form",
    prod=HUM,
)
e(
    "ja",
    "",
    "会社の顧問弁護士の事務所にも一台置きたいと言われまして、AP-700を追加で1台お願いします。",
    prod=AIR,
    tier="vip",
)
e(
    "ja",
    "",
    "拝啓　寒さ厳しき折、皆様にはご健勝のことと存じます。先般ご対応いただいた加湿器は快調でございます。御礼まで。敬具",
    prod=HUM,
)
e(
    "ja",
    "",
    "えーっと、あの、フィルター？の、定期便の、あ、解約じゃなくて、お休み？一時停止ってできますか",
    ch="phone",
    prod=SUB,
)
e(
    "ja",
    "",
    "三十年使った前の炊飯器よりだいぶ軽いですね。内釜の重さって何グラムですか",
    ch="form",
    prod=RICE,
)
e(
    "ja",
    "",
    "ヒーターをつけると、最初の数分だけカタカタ音がします。そのあとは静かです。ファンの音ですか？",
    prod=HEAT,
)
e(
    "en",
    "",
    "G'day, the kettle's a ripper but the cord's a bit short for my bench. Any extension-safe advice or a longer cord?",
    ch="chat",
    prod=KET,
)
e(
    "en",
    "",
    "Kindly do the needful and share the manual for the AP-700 in PDF format. I have misplaced the paper copy.",
    prod=AIR,
)
e(
    "en",
    "",
    "gg ez, set up the purifier in 2 mins. but the app keeps saying 'device offline' even tho its right next to the router",
    ch="sns",
    prod=AIR,
)
e(
    "en",
    "",
    "I'm a paralegal, so forgive the formality: please confirm in writing the date my warranty expires. No dispute, I just keep records.",
    prod=RICE,
)
e(
    "en",
    "",
    "The steam from the humidifier fogs up my glasses lol. Is there a way to point the nozzle away?",
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "",
    "Read every review on three sites before buying. Still got the one with the squeaky lid, ha. Can I just get a new lid?",
    prod=KET,
)
e(
    "en",
    "",
    "I'm deaf — please reply by email or chat only, not phone. The filter club shipment is late this month.",
    ch="form",
    prod=SUB,
)
e(
    "en",
    "",
    "This heater is the bomb. Seriously. Best purchase of the winter. Does it come in white?",
    ch="sns",
    prod=HEAT,
)
e(
    "en",
    "",
    "My landlord is a retired judge, funny enough, and he wants to know if the heater is OK for the old wiring in our flat. What's the wattage?",
    prod=HEAT,
)
e(
    "en",
    "",
    "We had a fire drill at work and I realised I don't know: does the purifier keep running on its own after a power cut?",
    ch="chat",
    prod=AIR,
)
e(
    "en",
    "",
    "Price was $129. Not asking for anything back, just want the lid latch fixed under warranty.",
    ch="form",
    prod=RICE,
)
e(
    "en",
    "",
    "No offence to your staff — you've all been lovely — but the app is rubbish. Any plans to update it?",
    ch="chat",
    prod=AIR,
)
e(
    "en",
    "",
    "I'm 78 and quite handy, thank you very much. I just need the part number for the humidifier tank cap.",
    prod=HUM,
)
e(
    "en",
    "",
    "Sorry for shouting in my last email, it wasn't your fault. The replacement arrived and works.",
    prod=KET,
    cc=2,
)
e(
    "en",
    "",
    [
        "Is my data safe with you guys?",
        "We store only what's needed to deliver orders; you can request deletion anytime.",
        "Cool, that's all I wanted to know. Signing up for the filter club now.",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "ja",
    "",
    [
        "やばい、ケトルから煙！？",
        "大変ご心配をおかけしております。すぐに電源を切り、プラグを抜いてください。",
        "あ、ごめんなさい、湯気でした。暗い部屋だったから煙に見えただけ。普通に動いてます笑",
    ],
    ch="chat",
    prod=KET,
)
e(
    "en",
    "",
    [
        "I'm going to name and shame you on every platform!!",
        "I'm sorry you're this frustrated. What happened?",
        "Ugh, I read the tracking wrong, it's out for delivery today. Retracting that. Sorry.",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "",
    [
        "この件、弁護士に相談しようか迷ってる",
        "ご不安な思いをおかけしております。状況を伺えますか。",
        "いや、よく考えたら大げさでした。相談はしません。修理の予約だけ取ってください",
    ],
    ch="chat",
    prod=RICE,
)
e(
    "ja",
    "",
    [
        "加湿器、床が濡れた",
        "ご迷惑をおかけしております。本体から漏れておりますでしょうか。",
        "タンクのキャップ閉め忘れてただけでした。床も拭いたし大丈夫。ありがとう",
    ],
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "",
    [
        "The purifier's data — does it get sent to you?",
        "Only anonymous usage stats if you opted in during app setup.",
        "Great, I did not opt in. All good.",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "",
    "先月までの件は解決済みです。今日は新しく買ったヒーターのタイマーの質問です。",
    prod=HEAT,
    cc=2,
)
e(
    "ja",
    "",
    "保健所のイベントで配られたうちわに御社のロゴがありました。協賛してるんですか？",
    ch="sns",
    prod=None,
)
e(
    "en",
    "",
    "Hoping not to have to contact you a third time — so, to be thorough: the filter you sent is the right one, correct? AP-700, rev B?",
    prod=SUB,
    cc=2,
)
e(
    "en",
    "",
    "This rice cooker is criminally good. Whoever designed the keep-warm should get a medal.",
    ch="sns",
    prod=RICE,
)
e(
    "ja",
    "",
    "上司が「ほのかの対応はいいぞ」って言ってたので問い合わせました。加湿器の適用畳数を教えてください",
    ch="form",
    prod=HUM,
)
e(
    "ja",
    "",
    "年金暮らしなので、できれば修理代が安く済むと助かります。保証は切れています。見積もりをお願いします。",
    prod=HEAT,
)
e(
    "en",
    "",
    "Three kettles for our three offices — first one arrived, two to come. Just checking the other two shipped.",
    prod=KET,
    tier="vip",
)

# ---------------- single flags ----------------
e(
    "ja",
    "L",
    "代理人弁護士を通じて、正式に損害賠償を請求する予定です。窓口となる部署を教えてください。",
    prod=HEAT,
)
e(
    "ja",
    "L",
    "ええか、もう裁判するで。うちの甥っ子、弁護士やねん。ほんで今回の件、もう話してあるからな。",
    ch="phone",
    prod=AIR,
)
e(
    "en",
    "L",
    "Consider this notice that I intend to pursue legal remedies. My attorney will be in contact within the week.",
    prod=SUB,
)
e(
    "en",
    "L",
    "pretty sure this is a class action waiting to happen. already joined a group of owners, we've got a lawyer.",
    ch="sns",
    prod=HEAT,
)
e("ja", "R", "区役所の消費生活相談窓口に、経緯をまとめて持って行きました。", prod=SUB)
e(
    "en",
    "R",
    "I've escalated this to the Australian Competition and Consumer Commission. Expect to hear from them.",
    prod=KET,
)
e(
    "ja",
    "R",
    "警察に被害届出しました。頼んでない定期便で毎月お金引かれてるんで。",
    ch="phone",
    prod=SUB,
)
e(
    "en",
    "R",
    "The Office of Fair Trading has my file now. I'm done talking to you directly.",
    prod=HUM,
)
e(
    "ja",
    "S",
    "ケトルの取っ手がぐにゃっと柔らかくなって、持ったら指に水ぶくれができました。",
    prod=KET,
)
e(
    "ja",
    "S",
    "炊飯器の蓋を開けたら、ご飯に細い針金みたいなのが刺さってました。",
    ch="form",
    prod=RICE,
)
e(
    "en",
    "S",
    "There was a sharp crack and a blue flash from the heater's cord, then the whole room went dark. Smells like a burnt match.",
    prod=HEAT,
)
e(
    "en",
    "S",
    "Everyone who drank tea from the new kettle on Sunday was sick that night — 4 of us, vomiting.",
    prod=KET,
)
e("ja", "M", "ほのか家電の神対応（皮肉）ってタイトルでnoteに書きます。", ch="sns", prod=AIR)
e(
    "en",
    "M",
    "If I don't hear back by 5, the thread goes up. 12 tweets. Already written. With photos.",
    ch="sns",
    prod=HUM,
)
e("ja", "M", "週刊誌の記者さんに連絡取りました。興味あるって言ってました。", ch="phone", prod=HEAT)
e(
    "en",
    "M",
    "Google review incoming. One star. Possibly zero if they let me.",
    ch="form",
    prod=RICE,
)
e(
    "ja",
    "H",
    "お前さ、何年その仕事してんの？こんなこともわかんねえの？人間やめたら？",
    ch="phone",
    prod=SUB,
)
e(
    "en",
    "H",
    "I know your first name now. Won't be hard to find the rest. Think about that before you say no again.",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "H",
    "今から会社に行くから、担当者全員並ばせとけ。全員に頭下げさせるまで帰らねえからな",
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "H",
    "You're a worthless little parrot reading a script. Pathetic. Put your boss on, and tell him his staff are trash.",
    ch="phone",
    prod=AIR,
)
e(
    "ja",
    "P",
    "届いた段ボールの中に、ほかのお客さんの注文明細（名前・住所・電話）が入ってました。",
    prod=HUM,
)
e(
    "en",
    "P",
    "Your password reset email for MY account came to a stranger — she forwarded it to me. How does she have my reset link?",
    prod=SUB,
)
e(
    "ja",
    "P",
    "会員ページのレビュー欄に、私の本名と住んでる市が勝手に表示されてます。ニックネームにしてたはずです。",
    prod=RICE,
)
e(
    "ja",
    "C",
    "ケトルの故障でコーヒー教室を一回中止しました。参加費の返金分、二万四千円と材料費を補填してください。",
    prod=KET,
    tier="vip",
)
e("en", "C", "Refund me AUD 550 for the purifier and the filters. Full amount.", prod=AIR)
e(
    "ja",
    "S C",
    "加湿器の空焚きで棚が焦げて、棚の買い替えに一万五千円かかりました。払ってください。",
    prod=HUM,
)
e("en", "C", "I'd like 35,000 JPY for the trouble, in addition to a replacement.", prod=HEAT)
e(
    "ja",
    "X",
    "これで四回目のお問い合わせになります。定期便のフィルターサイズ違いの件です。",
    ch="form",
    prod=SUB,
    cc=4,
)
e(
    "en",
    "X",
    "I spoke to three different people last week about this, and each one told me something different.",
    ch="phone",
    prod=RICE,
)
e(
    "ja",
    "X",
    "前回、責任者の方に上げてもらった件ですが、結局また同じ状態に戻りました。",
    prod=AIR,
    cc=2,
)
e("en", "X", "Hello again.", ch="chat", prod=HEAT, cc=3)
e(
    "ja",
    "V",
    "一人暮らしの父と連絡が取れません。最後の電話で「ヒーターが壊れて寒い、手が動かない」と言ってました。雪で道が閉ざされてます。",
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "V",
    "i cant stop crying. everything is falling apart and now the kettle too. i dont want to be here anymore",
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "V",
    "あのね、炊飯器がね、おかしいの。さっきもご飯炊いたの。あら、炊いてなかったかしら。今日は何日だったかしら",
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "V",
    "My wife just collapsed next to the heater, she's breathing but not answering me. What do I do?",
    ch="phone",
    prod=HEAT,
)

# ---------------- multi-flag ----------------
e(
    "ja",
    "S L",
    "加湿器の蒸気で子どもが顔にやけどをしました。すでに弁護士に依頼しています。",
    prod=HUM,
)
e(
    "ja",
    "M H",
    "おいコラ、返金せんかったらお前の名前と声、TikTokに上げたるからな。ナメんなよ",
    ch="phone",
    prod=KET,
)
e(
    "ja",
    "C X",
    "三回目の連絡です。故障のせいで仕事に穴をあけました。十万円の補償を求めます。",
    prod=AIR,
    cc=3,
)
e("ja", "P R", "他人の個人情報が私のところに届いた件、個人情報保護委員会に報告しました。", prod=SUB)
e(
    "ja",
    "S V",
    "ヒーターから煙が出て、寝たきりの母が咳き込んで止まりません。私一人で動かせません",
    ch="phone",
    prod=HEAT,
)
e("ja", "L M", "訴訟の準備を進めていますし、地元のテレビ局にも話すつもりです。", prod=RICE)
e(
    "ja",
    "R S",
    "ケトルのスイッチで感電しました。製品評価技術基盤機構（NITE）に事故報告を出しました。",
    prod=KET,
)
e("ja", "H C", "土下座して、迷惑料五十万払え。それで許してやる。", ch="phone", prod=HEAT)
e("ja", "X M", "五回目ですよ、これ。もう全部ブログに時系列でまとめて公開します。", prod=HUM, cc=5)
e(
    "en",
    "S C",
    "The kettle spat boiling water on my arm — second-degree burn. I want my hospital bill covered, ¥68,000.",
    prod=KET,
)
e(
    "en",
    "L R",
    "My lawyer and the state consumer protection office both have the paperwork. We'll proceed from there.",
    prod=AIR,
)
e(
    "en",
    "H M",
    "Pay up or I'll plaster your stupid face all over Insta. Yeah, YOU, the useless one answering the phone.",
    ch="phone",
    prod=SUB,
)
e(
    "en",
    "P L",
    "My home address was printed on another customer's invoice. My solicitor is drafting a data claim.",
    prod=RICE,
)
e(
    "en",
    "V X",
    "I've called so many times. I'm sorry. I'm 90. I keep forgetting what they told me. The heater won't go and it's so cold.",
    ch="phone",
    prod=HEAT,
    cc=5,
)
e(
    "en",
    "S R M",
    "Purifier caught fire on my desk. Fire brigade came. Reported to CPSC and my local news station is doing a piece tomorrow.",
    prod=AIR,
)
e(
    "en",
    "C M",
    "Refund all $430 I spent on the purifier and a year of filters, or the unboxing-to-breakdown video goes live on my channel (220k subs).",
    ch="sns",
    prod=AIR,
)
e(
    "en",
    "H X",
    "Sixth call today. I'll keep calling every ten minutes until one of you idiots gets fired.",
    ch="phone",
    prod=KET,
    cc=6,
)

# ---------------- multi-message with later flags ----------------
e(
    "ja",
    "S",
    [
        "炊飯器のボタンが反応しにくいです",
        "ご不便をおかけしております。どのボタンでしょうか。",
        "炊飯ボタンです。あと、今押したら指先にピリッと電気が来ました。ちょっと怖いです",
    ],
    ch="chat",
    prod=RICE,
)
e(
    "ja",
    "M",
    [
        "交換の件どうなりました？",
        "申し訳ございません、現在在庫を確認中です。",
        "もう二週間確認中。今夜中に答えがなかったら、インスタのフォロワー全員にこの会社のこと話しますね",
    ],
    ch="chat",
    prod=HUM,
)
e(
    "ja",
    "H",
    [
        "返品したい",
        "承知いたしました。ご注文番号を伺えますか。",
        "はぁ？番号とか知らんし。お前バカなの？何回言わせんだよボケが。いちいち聞くなカス",
    ],
    ch="chat",
    prod=KET,
)
e(
    "en",
    "C",
    [
        "The rice cooker died the day of my daughter's party.",
        "I'm so sorry. We'll send a replacement right away.",
        "Thanks, but we had to order catering instead, $420. I'd like that reimbursed.",
    ],
    ch="email",
    prod=RICE,
)
e(
    "en",
    "P",
    [
        "Got my order, thanks.",
        "Glad it arrived! Anything else?",
        "Actually yes — the packing slip has a different customer's name, address and phone on it. Want me to shred it?",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "R",
    [
        "返金まだですか",
        "お待たせして申し訳ございません。経理にて処理中です。",
        "もういいです。消費生活センターに相談して、あっせんしてもらうことにしました",
    ],
    ch="chat",
    prod=SUB,
)
e(
    "en",
    "V",
    [
        "how do i reset the heater",
        "Hold the power button for 5 seconds, then switch it back on.",
        "ok. it doesnt matter anyway. i've written letters to everyone. tonight's the night. thanks for being nice",
    ],
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "L",
    [
        "ケトルの件、前回のお返事に納得できません",
        "ご不満な点を詳しく伺えますでしょうか。",
        "詳しくは内容証明でお送りします。もう準備できていますので",
    ],
    ch="email",
    prod=KET,
    cc=2,
)
e(
    "en",
    "X",
    [
        "Same question as the last two times.",
        "I'm sorry you've had to come back. Could you remind me of the issue?",
        "That's the problem, isn't it. Third time explaining: the filter light won't reset.",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "S C",
    [
        "加湿器を使ったら、床が",
        "どうされましたか。",
        "お湯が噴き出して、犬が足をやけどしました。動物病院代三万八千円かかってます。払ってください",
    ],
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "",
    [
        "Your heater nearly killed me!",
        "I'm very sorry — are you hurt? What happened?",
        "Sorry, figure of speech. It blasted cold air for 10 minutes before warming up, gave me a fright in the shower room. Is that normal?",
    ],
    ch="chat",
    prod=HEAT,
)
e(
    "ja",
    "",
    [
        "マスコミに言うべきかなって一瞬思った",
        "ご不安な思いをさせてしまい申し訳ございません。どのような状況でしょうか。",
        "いや、交換品がちゃんと届いたのでもう大丈夫です。言いません笑",
    ],
    ch="chat",
    prod=KET,
)
e(
    "ja",
    "H V",
    [
        "ヒーター壊れた",
        "ご不便をおかけしております。",
        "ご不便とかどうでもいいんだよ、マニュアル読むしか能がねえのかこの役立たずが。こっちは八十の親父が凍えてんだよ。親父もう意識がぼんやりしてるって言ってんだぞ",
    ],
    ch="phone",
    prod=HEAT,
)
e(
    "en",
    "P M",
    [
        "Why does your app show my order history to my flatmate?",
        "That's concerning. Are you both logged into the same device?",
        "No. Separate phones, separate accounts. He can see my stuff. This is going on Reddit tonight.",
    ],
    ch="chat",
    prod=AIR,
)
e(
    "ja",
    "C L",
    [
        "修理は結構です",
        "承知いたしました。返金をご希望でしょうか。",
        "ヒーターの代金と、寒さで体調崩した分の治療費、合わせて六万円。払わないなら法的措置をとります",
    ],
    ch="email",
    prod=HEAT,
)
# ---------------- top-up ----------------
e(
    "ja",
    "P",
    "ほのかストアからのメール、CCに知らない人のアドレスが十数件並んでます。私のアドレスも向こうに見えてるってことですよね",
    prod=None,
)
e(
    "en",
    "P",
    "Called to update my address and the agent read out someone else's address as 'the one on file'. That's not me, and now I know where a stranger lives.",
    ch="phone",
    prod=KET,
)
e(
    "ja",
    "P X",
    "個人情報が他人に送られた件、これで三回目の問い合わせです。まだ調査結果をもらっていません。",
    prod=SUB,
    cc=3,
)
e(
    "ja",
    "V",
    "もう何日も眠れてなくて、加湿器のこととか、どうでもよくなってきました。いなくなりたい",
    ch="chat",
    prod=HUM,
)
e(
    "en",
    "V",
    "Sorry, I'm a bit muddled. Who are you again? I found this number on a box in my kitchen. My husband handles these things but he died in 2009… didn't he?",
    ch="phone",
    prod=AIR,
)
e(
    "ja",
    "X",
    "何回目やったっけな、もう数えとらんけど、少なくとも三回はかけとるよ。炊飯器の件じゃ。",
    ch="phone",
    prod=RICE,
)
e(
    "en",
    "R",
    "I've filed a report with the Consumer Council about your subscription practices.",
    ch="form",
    prod=SUB,
)
e(
    "ja",
    "R P",
    "個人情報が漏れてる疑いがあるので、消費者庁と個人情報保護委員会の両方に通報しました。",
    prod=SUB,
)
e(
    "en",
    "X C",
    "4th contact. I've lost three days of work to this kettle. ¥75,000 for my time.",
    prod=KET,
    cc=4,
)
e("ja", "L", "少額訴訟の手続き、もう簡易裁判所に書類を出してきました。", ch="form", prod=AIR)
e(
    "ja",
    "",
    "父は九十二ですが元気にひとりで暮らしています。ボタンの大きいリモコンがあれば買いたいです",
    prod=AIR,
)
e(
    "en",
    "",
    "I won't be leaving a bad review, don't worry — I'm just after a replacement seal for the kettle lid.",
    ch="chat",
    prod=KET,
)


if __name__ == "__main__":
    rows = [esc_case(i, "esch2", c) for i, c in enumerate(CASES, 1)]
    write_jsonl(OUT / "escalation_holdout2.jsonl", rows)
    print(len(rows), "escalation_holdout2 rows")
