"""Builds holdout/escalation_holdout.jsonl (held out: not for detector development)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
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


# ---------------- no flag ----------------
e(
    "ja",
    "",
    "義理の兄が弁護士なんですが、家電には詳しくないそうで…。炊飯器の早炊きモードの使い方を教えてください。",
    prod="RC-500",
)
e(
    "ja",
    "",
    "消費生活センターの出前講座で「製品登録はしておきましょう」と聞いたので、登録方法を知りたいです。",
    ch="form",
    prod="HK-H200",
)
e(
    "en",
    "",
    "Quick q — the heater's 'turbo' setting: does it burn more electricity or just blow harder?",
    ch="chat",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "レビュー見て決めました！届くの楽しみにしてます。発送予定日だけ教えてください。",
    ch="sns",
    prod="AP-700",
)
e(
    "ja",
    "",
    "届くまで待ちくたびれて干からびるかと思いましたよ（笑）。無事届きました、ありがとう。",
    ch="chat",
    prod="HM-300",
)
e(
    "en",
    "",
    "No need to involve anyone's legal department, I just want the missing power cord posted out.",
    prod="AP-700",
)
e(
    "ja",
    "",
    "2回目の連絡です。先週の電話で言われた書類、どこに送ればいいか聞きそびれました。",
    ch="phone",
    prod="RC-500",
    cc=2,
)
e(
    "en",
    "",
    "Honestly this is the worst delivery experience I've had all year. Box soaked, manual ruined. Kettle seems OK. Can you email me a PDF manual?",
    prod="KT-100",
)
e(
    "ja",
    "",
    "プレミアム会員です。RC-500は46,000円でしたので長く使いたいです。内釜だけ交換できますか。",
    prod="RC-500",
    tier="premium",
)
e(
    "en",
    "",
    "My niece works for the consumer affairs office and she suggested I ask you directly: is the warranty transferable if I give the heater to my mum?",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "炎のようなオレンジ色のランプが点くのは正常ですか？説明書には「運転中」としか書いてなくて。",
    prod="HK-H200",
)
e(
    "en",
    "",
    "We went to the fire station open day and they recommended tip-over switches — does your heater have one?",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "Xで見た「加湿器の掃除方法」の動画、御社公式ですか？やり方が説明書と違うので。",
    ch="sns",
    prod="HM-300",
)
e(
    "en",
    "",
    "Will post my honest thoughts on my cooking blog after a month of use — fingers crossed it keeps working this well!",
    prod="RC-500",
)
e(
    "ja",
    "",
    "メールアドレスを変えたので、注文確認の送り先を新しいアドレスにしてください。",
    ch="form",
)
e(
    "en",
    "",
    "What happens to my card details if I cancel the filter subscription? Are they deleted?",
    prod="フィルター定期便",
)
e("ja", "", "ケトルが初期不良でした。4,980円を返金してもらえればそれで大丈夫です。", prod="KT-100")
e(
    "en",
    "",
    "I bought the purifier for $280 in your US pop-up store. Can I get it serviced in Japan when I move back?",
    prod="AP-700",
)
e(
    "ja",
    "",
    "ちょっと！説明書の日本語が分かりにくすぎる！図を入れてほしい！…で、フィルターはどっち向きに入れるの？",
    ch="chat",
    prod="AP-700",
)
e(
    "en",
    "",
    "Could I speak to a supervisor about the warranty wording? Not angry, I just think the first agent misunderstood.",
    ch="phone",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "この加湿器、うるさすぎて頭おかしなるわ。静音モードってどこ？",
    ch="chat",
    prod="HM-300",
)
e(
    "en",
    "",
    "I could kill for a working kettle right now haha. Replacement ETA?",
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "",
    "92歳の祖母が毎日使っています。フィルター交換のお知らせを私のメールにも届くようにできますか？",
    prod="AP-700",
)
e(
    "en",
    "",
    "I work as a paramedic and need the humidifier on a timer while I'm on night shifts. How do I set it?",
    prod="HM-300",
)
e(
    "ja",
    "",
    "以前、別の商品でお世話になりました。今回は炊飯器のパッキンの注文です。",
    prod="RC-500",
    cc=2,
)
e(
    "en",
    "",
    "Last time I called about the subscription; today it's about the heater. Error E3 again after cleaning.",
    prod="HK-H200",
    cc=2,
)
e(
    "ja",
    "",
    "いつもお世話になっております。法人契約の更新手続きについて、担当者様からご連絡をいただけますでしょうか。",
    tier="vip",
)
e(
    "en",
    "",
    "Smoke alarm keeps chirping in the same room as the purifier — it's the alarm's battery, I know, but could the purifier's ion mode set it off?",
    prod="AP-700",
)
e(
    "ja",
    "",
    "煙草を吸う家族がいるので空気清浄機を買いました。フィルターの交換目安はどれくらいですか。",
    prod="AP-700",
)
e(
    "en",
    "",
    "The review I saw said the kettle 'exploded with flavour' — lol, marketing. Is the tea filter removable?",
    prod="KT-100",
)
e(
    "ja",
    "",
    "訴訟とかそういう話ではないです。ただ、保証書の日付が間違っているので直してほしいだけです。",
    prod="HK-H200",
)
e(
    "en",
    "",
    "I moved in with my partner. Can I add her as a second delivery contact on my account? I've already updated the address myself.",
    prod="フィルター定期便",
)
e(
    "ja",
    "",
    [
        "蒸気が出ないんです。",
        "ご不便をおかけし申し訳ございません。最後にお手入れされたのはいつ頃でしょうか。",
        "2か月前かな。",
        "クエン酸洗浄で改善することが多いです。手順をご案内いたします。",
        "やってみます、ありがとう。",
    ],
    ch="chat",
    prod="HM-300",
)
e(
    "en",
    "",
    "AP-700 x3 for our clinic waiting room, ¥119,400 total. Invoice please, not a receipt.",
    prod="AP-700",
    tier="vip",
)
e(
    "ja",
    "",
    "雪国なので暖房は命綱です、と言いたいところですが、ストーブもあるので交換は来週でも大丈夫です。",
    prod="HK-H200",
)

# ---------------- single flag ----------------
e(
    "ja",
    "L",
    "このまま保証を認めないなら、少額訴訟を起こします。書類はもう揃っています。",
    prod="RC-500",
)
e("en", "L", "Consider this a formal letter before action. My attorney has a copy.", prod="AP-700")
e(
    "ja",
    "L",
    "弁護士と話して、御社に内容証明を出すことに決めました。",
    prod="HM-300",
    tier="premium",
)
e(
    "en",
    "L",
    "I'll be taking you to court over the subscription charges you refused to reverse.",
    prod="フィルター定期便",
)
e(
    "ja",
    "R",
    "地域の消費生活センターの相談員さんに、この件はもう全部話してあります。",
    prod="KT-100",
)
e(
    "en",
    "R",
    "I've lodged a complaint with the FTC about the auto-renewal on my filter plan.",
    prod="フィルター定期便",
)
e(
    "ja",
    "R S",
    "保健所に連絡しました。炊飯器の内側から剥がれた塗装が食品に混じるのは衛生上問題だと思うので。",
    prod="RC-500",
)
e(
    "en",
    "R",
    "Reported you to the state attorney general's consumer protection division.",
    prod="HK-H200",
)
e(
    "ja",
    "S",
    "使用中のヒーターの裏側から「パン」という音がして、黒い煤がついていました。",
    prod="HK-H200",
)
e(
    "en",
    "S",
    "Got a nasty jolt from the humidifier's power switch — my arm tingled for an hour.",
    prod="HM-300",
)
e(
    "ja",
    "S",
    "ケトルで沸かしたお湯を飲んだら、ガラス片のようなものが口に入りました。口の中を少し切りました。",
    prod="KT-100",
)
e(
    "en",
    "S",
    "There's a scorched smell every time the rice cooker finishes, and the power cord is hot to the touch. The plug looks slightly melted.",
    prod="RC-500",
)
e("ja", "M", "今回の件、動画にまとめてYouTubeに上げます。タイトルはもう決めてます。", prod="AP-700")
e(
    "en",
    "M",
    "I have 40k followers. They'll all hear about this by tonight.",
    ch="sns",
    prod="KT-100",
)
e("ja", "M", "地元の新聞社に投書します。こういう会社があるって知ってもらわないと。", prod="HK-H200")
e(
    "en",
    "M",
    "Expect a very detailed one-star review on every site that sells your products.",
    prod="RC-500",
)
e(
    "ja",
    "H",
    "ボケ、カス、何回同じこと言わせんねん。お前なんか辞めてまえ。",
    ch="phone",
    prod="HM-300",
)
e(
    "en",
    "H",
    "I'll be waiting outside your office at 6pm. Tell the girl I spoke to that I know what she looks like.",
    ch="phone",
    prod="HK-H200",
)
e(
    "ja",
    "H",
    "誠意見せろって言ってんだよ。誓約書書いて、役員のハンコ押して、うちまで持ってこい。",
    ch="phone",
    prod="KT-100",
)
e(
    "en",
    "H",
    "Keep me on hold again and I'll tie up your line all day. Every day. I've got nothing better to do.",
    ch="phone",
    prod="AP-700",
)
e("ja", "P", "注文確認メールに、なぜか別の人の配送先住所が載っていました。", ch="email")
e(
    "en",
    "P",
    "Somebody used my account to order three purifiers to an address in Osaka. I never placed those orders.",
    ch="chat",
)
e(
    "ja",
    "P",
    "修理から戻ってきた炊飯器の中に、他のお客さんの修理伝票（名前と電話番号入り）が入っていました。",
    prod="RC-500",
)
e(
    "en",
    "P",
    "Your courier read my full name, address and order out loud to my neighbour over the intercom. Not OK.",
    prod="KT-100",
)
e(
    "ja",
    "C",
    "ヒーターが壊れて水道管が凍結し、修理に6万円かかりました。こちらを負担してください。",
    prod="HK-H200",
)
e(
    "en",
    "C",
    "I'd like ¥40,000 back: the purifier plus two filter packs I no longer need.",
    prod="AP-700",
)
e(
    "ja",
    "C",
    "炊飯器の不具合でお弁当屋の仕込みができず、1日分の売上が飛びました。補償をお願いします。",
    prod="RC-500",
    tier="vip",
)
e("en", "C", "I want $600 for the ruined hardwood floor under the humidifier.", prod="HM-300")
e(
    "ja",
    "X",
    "加湿器の件、4回目です。毎回担当者が違って一から説明させられます。",
    prod="HM-300",
    cc=4,
)
e(
    "en",
    "X",
    "Calling again — that's three times this week about the same broken lid.",
    ch="phone",
    prod="KT-100",
)
e(
    "ja",
    "X",
    "前回上の方に上げてもらって解決したはずの件が、また同じ症状で再発しました。",
    prod="AP-700",
    cc=2,
)
e(
    "en",
    "X",
    "hello?? anyone?? same question as my last messages",
    ch="chat",
    prod="フィルター定期便",
    cc=3,
)
e(
    "ja",
    "V",
    "一人暮らしの父（90）が、電話で「ストーブがつかない、寒い」と繰り返すばかりで要領を得ません。私は遠方です。ヒーターは御社のものです。",
    ch="phone",
    prod="HK-H200",
)
e(
    "en",
    "V",
    "Honestly I've been thinking everyone would be better off without me. Sorry, I know you're just support.",
    ch="chat",
)
e("ja", "V", "胸が痛くて息ができない…すみません、電話どころじゃないかも", ch="chat", prod="HM-300")
e(
    "en",
    "V",
    "My mum has dementia and she's been unplugging and replugging the heater all night; it's freezing and she won't let me in.",
    ch="phone",
    prod="HK-H200",
)

# ---------------- multi flag ----------------
e(
    "ja",
    "S L",
    "ケトルの取っ手が外れて熱湯で子どもがやけどしました。弁護士に相談して、法的措置を検討しています。",
    prod="KT-100",
)
e(
    "en",
    "M H",
    "Give me my money back or I'll post your staff's names and faces online. Useless, the lot of you.",
    ch="sns",
    prod="KT-100",
)
e(
    "ja",
    "R S",
    "加湿器から火花が出て壁紙が焦げました。消防と消費者センターには連絡済みです。",
    prod="HM-300",
)
e(
    "en",
    "P M",
    "You emailed my home address to a stranger. I'm telling everyone on Reddit how you handle data.",
    ch="email",
)
e(
    "ja",
    "X C",
    "5回目の連絡です。もう交換は結構なので、AP-700の代金39,800円を返してください。",
    prod="AP-700",
    cc=5,
)
e(
    "en",
    "L C",
    "My solicitor says I'm entitled to £500 for the damage. Pay it or we go to court.",
    prod="HM-300",
)
e(
    "ja",
    "H C",
    "1万円の加湿器で50万払え。払わんのなら毎日会社に電話かけたるからな。",
    ch="phone",
    prod="HM-300",
)
e(
    "en",
    "S V",
    "the heater sparked and my grandad fell trying to get away from it, he's on the floor and confused, what do I do",
    ch="chat",
    prod="HK-H200",
)
e(
    "ja",
    "L R M",
    "弁護士に依頼済み、国民生活センターにも報告済み。あとはマスコミに流すだけです。",
    prod="HK-H200",
)
e(
    "en",
    "X V",
    "I keep ringing because I can't remember what you said. Is the heater coming? It's very cold. I'm 87.",
    ch="phone",
    prod="HK-H200",
    cc=4,
)
e("ja", "P L", "他人に私の住所が送られていた件、個人情報の問題として弁護士に相談中です。")
e(
    "en",
    "S C",
    "Foreign object — a metal shard — in rice from your cooker. Dentist bill was ¥45,000. I expect you to pay it.",
    prod="RC-500",
)
e(
    "ja",
    "M C",
    "7万円返金しないなら口コミにありのまま書きます。二台分なんで当然ですよね。",
    prod="AP-700",
)
e(
    "en",
    "R X",
    "Fourth contact. I've now complained to Trading Standards as well.",
    prod="RC-500",
    cc=4,
)
e(
    "ja",
    "H L",
    "お前の名前フルネームで言え。訴えるときに必要だからな。あとお前の上司の携帯番号もだ。",
    ch="phone",
    prod="RC-500",
)
e(
    "en",
    "S R L",
    [
        "My kettle base caught fire on the counter.",
        "I'm so sorry — is everyone safe?",
        "Yes, but the counter is damaged. I've reported it to the CPSC and my lawyer is involved.",
    ],
    ch="chat",
    prod="KT-100",
)
e(
    "ja",
    "X H M",
    [
        "何回目だと思ってんだ。",
        "ご不便をおかけし申し訳ございません。",
        "謝罪はいらねえ。今から本社行って土下座させるからな。その動画もネットに上げてやる。",
    ],
    ch="phone",
    prod="HK-H200",
    cc=6,
)
e(
    "en",
    "V C",
    "My 84-year-old mother has had no heating for two nights in -5°C, she's alone and shivering and says she feels faint. Cover the hotel I'm booking for her tonight.",
    prod="HK-H200",
)

# ---------------- additional Japanese ----------------
e(
    "ja",
    "",
    "マスコミでも紹介されていたので購入しました。説明書をなくしたのでPDFはありますか。",
    prod="HM-300",
)
e(
    "ja",
    "",
    "ヒーター、めっちゃあったかいです！ただ風向きを変えられるか知りたくて。",
    ch="sns",
    prod="HK-H200",
)
e(
    "ja",
    "",
    "警察から落とし物として戻ってきた荷物なんですが、中身のケトルは使っても大丈夫でしょうか。箱は少し濡れています。",
    prod="KT-100",
)
e(
    "ja",
    "",
    "腹立つわー、アプリがまた落ちた。再インストールしたら設定は消えますか？",
    ch="chat",
    prod="AP-700",
)
e(
    "ja",
    "",
    "先日はご対応ありがとうございました。2度目の連絡で恐縮ですが、交換品の伝票番号を教えていただけますか。",
    prod="RC-500",
    cc=2,
)
e(
    "ja",
    "P",
    "私のマイページに、知らない人の定期便の契約内容とクレジットカード下4桁が表示されています。",
    ch="chat",
    prod="フィルター定期便",
)
e(
    "ja",
    "V",
    "認知症の母が加湿器の水を何度も飲もうとします。止めても分からなくて、いま目を離せません。どうしたら…",
    ch="phone",
    prod="HM-300",
)
e(
    "ja",
    "R",
    "御社の定期便の解約の仕組みについては、県の消費生活センターに苦情として申し立てました。",
    prod="フィルター定期便",
)
e("ja", "H", "てめえ、名前覚えたからな。帰り道には気をつけろよ。", ch="phone", prod="RC-500")
e(
    "ja",
    "X",
    "また同じ内容で連絡しています。三度目です。前の受付番号も控えてあります。",
    ch="form",
    prod="KT-100",
)
e(
    "ja",
    "C S",
    "ヒーターのコードが焦げて、コンセント周りの壁が黒くなりました。壁の修繕費8万円を請求します。",
    prod="HK-H200",
)

if __name__ == "__main__":
    rows = [esc_case(i, "esc-h", c) for i, c in enumerate(CASES, 1)]
    write_jsonl(DATASETS / "holdout" / "escalation_holdout.jsonl", rows)
    print(len(rows), "escalation_holdout rows")
