"""Builds pii_dev2.jsonl: a second, more varied PII dev set (same format as pii_dev.jsonl).

Spans are written inline as [[TYPE|text]]; see validate.py for the span conventions
(building names, extensions, countries). All people, numbers and addresses are fictional.
"""

from common import DATASETS, cc, mn, pii_rows, write_jsonl

ITEMS = [
    # ---------------- PERSON: signatures, titles, romanised, katakana, family, 〜です ----------------
    (
        "ja",
        "お世話になっております。\nケトルの蓋が閉まらなくなった件でご連絡いたしました。\nお手数ですがご確認のほどよろしくお願いいたします。\n\n――――――――\n[[PERSON|小野寺 柚子]]\n[[EMAIL|yuzu.onodera@example.ne.jp]]\n――――――――",
    ),
    (
        "ja",
        "[[PERSON|河合]]です。昨日チャットで対応してくれた[[PERSON|森本]]さんに伝えてほしいんですが、加湿器直りました！",
    ),
    (
        "ja",
        "はじめまして、[[PERSON|ファン・ティ・ラン]]と申します。ベトナム出身で、日本語まだ勉強中です。炊飯器の説明書、英語版ありますか。",
    ),
    ("en", "Cheers,\n[[PERSON|Takeshi Nakamura]]\nSent from my iPhone"),
    (
        "en",
        "Hi, it's [[PERSON|NAKAMURA Rie]] (surname first, as on my passport). The kettle order is under my husband's name, [[PERSON|Daniel Whitfield]].",
    ),
    ("ja", "娘の[[PERSON|美咲]]が代わりに電話しますので、その時はよろしくお願いします。"),
    ("ja", "母（[[PERSON|田所 キヨ]]、八十七歳）の代理で問い合わせています。"),
    ("en", "My son [[PERSON|Hiroto]] set it up, he says the Wi-Fi light never goes solid."),
    (
        "en",
        "Dr. [[PERSON|Amelia Okafor]] here — I run a small dental practice and we've got two of your purifiers in the waiting room.",
    ),
    ("ja", "総務部長の[[PERSON|石黒]]より、空気清浄機の追加発注の件でご連絡いたします。"),
    (
        "ja",
        "[[PERSON|ジョナサン・リー]]様宛ての荷物が届いていないそうです。代理で確認しています、同僚の[[PERSON|北村]]です。",
    ),
    (
        "en",
        "Please ask for Ms. [[PERSON|Pereira]]… sorry, I mean ask for me, [[PERSON|Lucia Pereira]], when you call back.",
    ),
    ("ja", "うちのじいちゃん（[[PERSON|源蔵]]）が「ヒーターのつまみが固い」って言ってます"),
    ("ja", "[[PERSON|桜井]]先生（かかりつけの先生です）に加湿器を勧められました。"),
    (
        "en",
        "Kind regards,\n\n[[PERSON|Priya Raman]]\nOperations Manager, Lotus Yoga Studio\n[[PHONE|+44 20 7946 0321]]",
    ),
    (
        "ja",
        "ご担当　[[PERSON|ながい]]様\n先日はお電話ありがとうございました。ひらがなで失礼します、[[PERSON|さとう まい]]です。",
    ),
    ("en", "yo its [[PERSON|jake]] lol. kettle still leaking. same email as before"),
    ("ja", "主人の[[PERSON|博之]]が購入したものですが、私（[[PERSON|恵美]]）が使っています。"),
    (
        "en",
        "To: Customer Service\nFrom: [[PERSON|Harold J. Winthrop III]]\nRe: Rice cooker, order HN-2025-300145",
    ),
    ("ja", "オレ、[[PERSON|タカシ]]っす。ケトル壊れたんでよろしく〜"),
    (
        "en",
        "This is Mrs. [[PERSON|Chen]]'s daughter, [[PERSON|Wendy]]. Mum doesn't use email so please reply to me.",
    ),
    ("ja", "株式会社マルヤマ　営業部　[[PERSON|丸山 修一]]（マルヤマシュウイチ）"),
    (
        "en",
        'The courier said he gave it to "[[PERSON|K. Fujimoto]]" but nobody here has that name.',
    ),
    (
        "ja",
        "配達員の方が「[[PERSON|吉岡]]さんのお宅ですか」と言って隣に置いていきました。うちは[[PERSON|吉川]]です。",
    ),
    ("en", "Thanks so much [[PERSON|Aiko]]!! you were super helpful on the phone yesterday 🙏"),
    (
        "ja",
        "[[PERSON|Sato Kenta]]です。英語表記で登録してしまいましたが、漢字は[[PERSON|佐藤健太]]です。",
    ),
    ("en", "Regards, [[PERSON|Oleksandr Kovalenko]] (you can call me Sasha)"),
    ("ja", "問い合わせ者：[[PERSON|西園寺 麗華]]\n電話：[[PHONE|090-2841-6630]]"),
    (
        "ja",
        "[[PERSON|大樹]]（小４の息子）がケトルのボタンを勝手に押すので、ロックの方法を知りたいです。",
    ),
    (
        "en",
        "I'm writing on behalf of my neighbour, Mr. [[PERSON|Albert Nkemelu]], who doesn't have internet.",
    ),
    # ---------------- PHONE in many formats ----------------
    ("ja", "電話は[[PHONE|03(5412)7788]]の内線２１４までお願いします。"),
    ("ja", "日中はつながりにくいので、夜に[[PHONE|０９０ ８８１２ ４４０７]]へ。"),
    (
        "en",
        "Call me on [[PHONE|+81-90-3344-1287]] — I'm in Tokyo till Friday, then back in Sydney ([[PHONE|+61 412 555 019]]).",
    ),
    ("en", "office line [[PHONE|(03) 6204-1180]] ext. 33, mobile [[PHONE|080.2290.5561]]"),
    ("ja", "携帯[[PHONE|09012348765]]、ハイフンなしですみません"),
    ("ja", "れんらくさき　ぜろはちぜろの…あ、数字で書きます。[[PHONE|080-7721-3098]]"),
    ("en", "Reach me at [[PHONE|+1 (646) 555-0188]] after 6pm New York time please."),
    ("ja", "自宅　[[PHONE|０６－６３４５－２２１９]]（平日の昼間は留守です）"),
    (
        "en",
        "my number changed!! new one is [[PHONE|070 4451 8823]], old one was [[PHONE|070 4451 8832]] (i swapped two digits when i registered lol)",
    ),
    ("ja", "ＴＥＬ：[[PHONE|011-271-0394]]　ＦＡＸ：[[PHONE|011-271-0395]]"),
    ("en", "Landline: [[PHONE|+81 3-3561-7720]] (ask for extension 5), don't use the old one."),
    (
        "ja",
        "折り返しは会社の代表[[PHONE|052-961-4470]]、内線３０８の[[PERSON|柴田]]までお願いいたします。",
    ),
    ("en", "UK mobile [[PHONE|07700 900 461]] — whatsapp is fine too"),
    ("ja", "電話番号：[[PHONE|０７０（３３１２）８８４０]]"),
    (
        "en",
        "Tel. [[PHONE|+49 30 901820]], I'm in Berlin — the KT-100 won't work with our voltage, can I return it?",
    ),
    ("ja", "[[PHONE|090-1188-2034]]か、つながらなければ妻の[[PHONE|090-1188-2035]]へ"),
    # ---------------- POSTAL_ADDRESS (ja and en, with/without building) ----------------
    (
        "ja",
        "送り先：〒[[POSTAL_CODE|530-0012]] [[POSTAL_ADDRESS|大阪府大阪市北区芝田1丁目4番8号 サンライズ芝田ビル602号室]]",
    ),
    ("ja", "[[POSTAL_ADDRESS|東京都杉並区阿佐谷北三丁目二十一番五号]]に住んでいます。"),
    (
        "ja",
        "住所は[[POSTAL_ADDRESS|世田谷区三軒茶屋2-14-7 メゾン三茶301]]です。郵便番号はちょっと今わからないです",
    ),
    (
        "ja",
        "〒[[POSTAL_CODE|980-0811]]\n[[POSTAL_ADDRESS|宮城県仙台市青葉区一番町4-6-1 仙台第一生命タワービル18F]]\n株式会社東北ネクスト　[[PERSON|菅原]]",
    ),
    ("ja", "新住所→[[POSTAL_ADDRESS|福岡市博多区博多駅前2丁目9-28]]、旧住所は削除してください"),
    ("ja", "実家の住所：[[POSTAL_ADDRESS|長野県松本市中央1-15-3]]（父[[PERSON|一郎]]宛）"),
    (
        "en",
        "Ship to: [[POSTAL_ADDRESS|Apt 4B, 221 Maple Street, Brooklyn, NY]] [[POSTAL_CODE|11201]], USA",
    ),
    (
        "en",
        "Please send the replacement to [[POSTAL_ADDRESS|Room 1203, Park Axis Ebisu, 3-17-2 Ebisu, Shibuya-ku, Tokyo]] [[POSTAL_CODE|150-0013]]",
    ),
    ("en", "address: [[POSTAL_ADDRESS|14 Kingfisher Close, Harrogate]] [[POSTAL_CODE|HG1 5QT]]"),
    (
        "en",
        "I'm at [[POSTAL_ADDRESS|5-3-1 Shimomeguro, Meguro-ku, Tokyo]] (no building, it's a house)",
    ),
    (
        "ja",
        "〒[[POSTAL_CODE|０６０－０００５]]　[[POSTAL_ADDRESS|北海道札幌市中央区北五条西二丁目五番地　ＪＲタワーオフィスプラザさっぽろ１５階]]",
    ),
    ("ja", "[[POSTAL_ADDRESS|京都市中京区河原町通三条上る恵比須町427]]まで着払いで"),
    (
        "en",
        "Return address on the box should be [[POSTAL_ADDRESS|Unit 7, 88 Harbour Road, Wan Chai]], Hong Kong.",
    ),
    (
        "ja",
        "お届け先　[[POSTAL_ADDRESS|神奈川県川崎市中原区小杉町3-264-3 パークシティ武蔵小杉ミッドスカイタワー2407]]　[[PERSON|堀江 舞]]",
    ),
    (
        "en",
        "Deliver to my office instead: [[POSTAL_ADDRESS|Level 9, 120 Collins Street, Melbourne VIC]] [[POSTAL_CODE|3000]]",
    ),
    ("ja", "住所：[[POSTAL_ADDRESS|沖縄県うるま市石川2丁目23番1号]]、電話：[[PHONE|098-964-1170]]"),
    (
        "ja",
        "ええと、住所はですね、[[POSTAL_ADDRESS|埼玉県川口市栄町3の5の1]]、あ、マンション名いります？",
    ),
    (
        "en",
        "I moved to [[POSTAL_ADDRESS|2-8-14 Nakameguro, Meguro-ku]], can you update that? Same phone.",
    ),
    (
        "ja",
        "〒[[POSTAL_CODE|812-0011]] [[POSTAL_ADDRESS|福岡県福岡市博多区博多駅前3-2-1 日本生命博多駅前ビル1階]]（店舗宛て）",
    ),
    # ---------------- mixed, long emails, chat ----------------
    (
        "ja",
        "ほのか家電　お客様相談室　ご担当者様\n\n平素より大変お世話になっております。\n先月購入いたしました加湿器HM-300につきまして、スチームが出なくなりましたのでご相談申し上げます。\nクエン酸洗浄も試しましたが改善いたしませんでした。\n修理の際は下記までご連絡いただけますと幸いです。\n\n〒[[POSTAL_CODE|460-0003]]\n[[POSTAL_ADDRESS|愛知県名古屋市中区錦3丁目18番1号 錦パークハイツ807]]\n[[PERSON|水野 千景]]\nTEL [[PHONE|052-228-4431]]\nMAIL [[EMAIL|chikage.m@example.jp]]",
    ),
    (
        "en",
        "Hey! so the kettle arrived broken 😭 can u send another one to [[POSTAL_ADDRESS|Flat 2, 41 Albion Road, Bristol]] [[POSTAL_CODE|BS6 5ER]]? my name's [[PERSON|Ffion Hughes]], number [[PHONE|07700 900 118]] ty!!",
    ),
    (
        "ja",
        "なまえ [[PERSON|やまぐち そうた]]\nでんわ [[PHONE|080-5521-0874]]\nメール [[EMAIL|sota.yamaguchi2011@example.com]]\nおやにかわりにかいてもらってます",
    ),
    (
        "en",
        "Please refund to card [[CREDIT_CARD|"
        + cc("453201511283036")
        + "]], name on card [[PERSON|R. SUBRAMANIAN]].",
    ),
    (
        "ja",
        "返金先：ほのか銀行　渋谷支店　普通　[[BANK_ACCOUNT|4418207]]　名義　[[PERSON|コンドウ ユウキ]]",
    ),
    (
        "ja",
        "マイナンバーカードのコピーが必要と言われたのですが、番号は[[MY_NUMBER|"
        + mn("38172945601")
        + "]]です。本当に必要なんですか？",
    ),
    (
        "en",
        "Account name [[PERSON|Mei Ling Tan]], account no. [[BANK_ACCOUNT|0073915526]], please refund there.",
    ),
    (
        "ja",
        "クレジットカードは[[CREDIT_CARD|"
        + cc("354079000481629")
        + "]]で払いました。二重請求になってます",
    ),
    ("en", "email me at [[EMAIL|m.oconnor+honoka@example.ie]] not the gmail one"),
    (
        "ja",
        "連絡は[[EMAIL|tanaka_h@example.co.jp]]か、[[PHONE|０８０－９９１２－３３０１]]のどちらでも。[[PERSON|田中 春樹]]",
    ),
    (
        "en",
        "Hi — I'm [[PERSON|Sophie Laurent]], calling from Lyon. My number is [[PHONE|+33 4 72 10 55 38]] and I ordered to [[POSTAL_ADDRESS|12 rue de la République, Lyon]] [[POSTAL_CODE|69002]].",
    ),
    (
        "ja",
        "えっと、もしもし、[[PERSON|ひがしやま]]と申します、あの、東の山で東山です、電話番号は、えー、ゼロキューゼロの、いち、に…すみません、数字で言いますね",
    ),
    (
        "ja",
        "チャット担当の[[PERSON|ナカジマ]]さん、さっきはどうも。住所言い忘れてたんで追記します→[[POSTAL_ADDRESS|大阪市浪速区難波中1-10-4 南海難波ハイツ1110]]",
    ),
    (
        "en",
        "Customer: [[PERSON|Mohammed Al-Farsi]] | Phone: [[PHONE|+971 50 555 0172]] | Email: [[EMAIL|m.alfarsi@example.ae]]",
    ),
    (
        "ja",
        "[[PERSON|リチャード・ブラウン]]（英国籍）の妻の[[PERSON|ブラウン 由紀]]です。夫の名義で買ったケトルの件です。",
    ),
    (
        "en",
        "pls ship to my parents: [[PERSON|Kazuo]] & [[PERSON|Fumiko Ishida]], [[POSTAL_ADDRESS|3-4-12 Honcho, Kawagoe, Saitama]] [[POSTAL_CODE|350-0062]]",
    ),
    ("ja", "[[PERSON|岡]]です。[[PERSON|岡 晴美]]。ケトルの件で"),
    (
        "en",
        "Attn: Ms. [[PERSON|Yuki Matsuda]] (not Matsuda Trading, that's the company) — she's the one who placed the order.",
    ),
    ("ja", "宛名は[[PERSON|鈴木]]ではなく[[PERSON|鈴樹]]です。よく間違えられます。"),
    (
        "en",
        "The invoice should go to our bookkeeper, [[PERSON|Graham]], at [[EMAIL|accounts@example-bakery.co.uk]].",
    ),
    (
        "ja",
        "（電話メモ）[[PERSON|佐野]]様　[[PHONE|048-251-7716]]　ヒーター異音　折り返し希望　15時以降",
    ),
    (
        "en",
        "I'm [[PERSON|Bartholomew]], yes, like the apostle. Surname [[PERSON|Adeyemi]]. Kettle, broken, you know the drill.",
    ),
    ("ja", "ネットでの名前は「ほのかママ」ですが、本名は[[PERSON|井上 萌]]です笑"),
    ("en", "From: [[PERSON|Li Wei]] <[[EMAIL|liwei.design@example.cn]]>\nSubject: purifier noise"),
    (
        "ja",
        "このたびは大変お世話になりました。[[PERSON|藤原]]より。追伸：住所が変わりました。[[POSTAL_ADDRESS|兵庫県神戸市中央区三宮町1丁目9-1 三宮センタープラザ東館503]]",
    ),
    (
        "en",
        "Hiya, [[PERSON|Siobhan]] here (pronounced shiv-awn, everyone gets it wrong). Phone's [[PHONE|+353 87 555 2290]].",
    ),
    ("ja", "ご近所の[[PERSON|安藤]]さんに聞いたら、同じヒーターで同じ症状だったって"),
    ("en", "My partner [[PERSON|Jordan]] will be home for the delivery, I won't."),
    (
        "ja",
        "施設の職員の[[PERSON|宮本]]と申します。入居者の[[PERSON|千葉 タケ]]様の加湿器についてお電話しました。施設の番号は[[PHONE|0197-24-5518]]です。",
    ),
    (
        "en",
        "The name on the parcel was [[PERSON|Anna Kowalczyk]], not me. My name is [[PERSON|Anna Kowalski]]. Similar but not the same!",
    ),
    (
        "ja",
        "送り先は[[POSTAL_ADDRESS|岩手県盛岡市大通二丁目8番14号]]の[[PERSON|佐々木]]方でお願いします",
    ),
    (
        "en",
        "It's [[PERSON|Dave]] from the café again. Same address as before, [[POSTAL_ADDRESS|17 Market Square, Ludlow]].",
    ),
    (
        "ja",
        "携帯が壊れたので、しばらくは職場（[[PHONE|078-331-2048]] 内線11）に連絡ください。[[PERSON|森下]]",
    ),
    ("en", "Contact: [[PERSON|Guðrún Jónsdóttir]], [[PHONE|+354 555 4412]]"),
    ("ja", "あ、名前は[[PERSON|上田]]で予約してます。下の名前は[[PERSON|翔]]、「かける」です"),
    (
        "en",
        "Signed,\n[[PERSON|J. Okonkwo]], on behalf of Mrs. [[PERSON|Grace Okonkwo]] (my mother)",
    ),
    (
        "ja",
        "[[PERSON|ムハンマド・アリ・カーン]]です。日本に来て3年です。ヒーターの説明、むずかしいです。",
    ),
    (
        "en",
        "This is [[PERSON|Kenji]]. Well, [[PERSON|Kenji Watanabe-Moore]], my mum's Japanese. Anyway.",
    ),
    (
        "ja",
        "兄の[[PERSON|悠真]]に頼まれて問い合わせました。兄の番号は[[PHONE|090-6612-0047]]です。",
    ),
    (
        "en",
        "Invoice address: [[POSTAL_ADDRESS|Suite 300, 1455 Market Street, San Francisco, CA]] [[POSTAL_CODE|94103]]",
    ),
    (
        "ja",
        "住所変更です。旧：[[POSTAL_ADDRESS|千葉県船橋市本町4-2-10]]　新：[[POSTAL_ADDRESS|千葉県船橋市湊町2-5-1 コスモ船橋402]]",
    ),
    (
        "en",
        "The box went to [[POSTAL_ADDRESS|42 Oak Lane]] instead of [[POSTAL_ADDRESS|24 Oak Lane]]. Transposed digits again!",
    ),
    (
        "ja",
        "こちら[[POSTAL_ADDRESS|鹿児島県霧島市国分中央3-45-1]]、[[PERSON|有村]]です。電話は[[PHONE|0995-45-2210]]",
    ),
    (
        "en",
        "Name: [[PERSON|Takahashi Yuna]] / Tel: [[PHONE|080-4418-9920]] / Addr: [[POSTAL_ADDRESS|1-2-3 Minami-Aoyama, Minato-ku, Tokyo]]",
    ),
    ("ja", "差出人　[[PERSON|高木]]（[[EMAIL|takagi.office@example.jp]]）"),
    ("en", "please don't call [[PHONE|555-0147]], that's my work. use [[PHONE|555-0199]]"),
    ("ja", "[[PERSON|ジェシカ]]と申します。英語と日本語どちらでも大丈夫です。"),
    ("en", "Warm wishes from Osaka,\n[[PERSON|Marco]] & [[PERSON|Yumi]]"),
    # ---------------- distractor-only (no PII) ----------------
    ("ja", "ほのか家電さんのケトル、ほのかに甘い香りがするのは気のせい？笑"),
    ("ja", "ほのかストアで買った加湿器、注文番号HN-2025-300771です。"),
    (
        "en",
        "Will the KT-100 work in the UK? [[PERSON|Will]] from the shop said probably not, but I'd rather ask you.",
    ),
    ("en", "Grace period for the return — is it 30 days from delivery or purchase?"),
    (
        "ja",
        "型番はRC-500、シリアルは5500-3312-0981、購入は令和6年12月1日、価格は四万二千八百円です。",
    ),
    ("ja", "部品番号 090-1122-33 って電話番号みたいですね。これ内釜のパッキンですか？"),
    ("en", "Tracking 1Z 999 AA1 01 2345 6784 says delivered to front door, 13:42."),
    ("ja", "大阪の実家に送ってほしいんですが、住所は後でメールします。"),
    ("en", "I live in Manchester and bought it on your UK site. Does the warranty apply here?"),
    ("ja", "お客様相談室の受付時間は9:00〜18:00ですよね？土日はやってますか。"),
    ("en", "Rose gold or matte black — which finish hides fingerprints better?"),
    ("ja", "ロット2410Bは回収対象とのこと、交換受付番号RC-2411-0072で登録済みです。"),
    ("en", "Error code E-04, then H2, then it resets. Firmware 3.0.2."),
    ("ja", "松竹梅の「梅」コースで炊くと柔らかめになるって本当ですか？"),
    (
        "en",
        "The manual on page 14 says 'call 0120-XXX-XXX', but the number is blanked out in my copy.",
    ),
    ("ja", "東京駅の近くに修理受付の窓口はありますか？丸の内あたりで。"),
    ("en", "Bought it at Bic Camera Yurakucho, receipt no. 0412-118-2290, ¥12,800 incl. tax."),
    ("ja", "定期便の会員ID FC-00913377、次回発送予定は1月20日です。"),
    ("en", "Is it safe to run the humidifier on 100-120V? I'm in Taiwan (110V)."),
    ("ja", "「はるか」モードと「ほのか」モードの違いがわかりません（空気清浄機の風量？）"),
    (
        "en",
        "Dear Sir/Madam, I would like to know whether the AP-700 filter is HEPA H13. Yours faithfully.",
    ),
    (
        "ja",
        "２０２５年１月１５日（水）１４：００～１６：００で再配達を予約しました。伝票番号は３３９１－８８２０－１１４５。",
    ),
    ("en", "Coupon WINTER-25 applied, total went from ¥39,800 to ¥29,850. Thanks!"),
    ("ja", "サポートの方（お名前失念しました）に言われた通り、リセットボタンを5秒押しました。"),
    ("en", "Frank question: is the steam from the HM-300 hot enough to hurt a cat?"),
    (
        "ja",
        "消費者ホットライン188の番号が説明書に載ってたのでびっくりしました。御社の相談室はどこに書いてありますか？",
    ),
    (
        "en",
        "Order placed 2025-01-03 09:14 JST, amount USD 289.00, card ending **** (I won't type it here).",
    ),
    ("ja", "港区の倉庫から発送と書いてありましたが、到着まで何日かかりますか。"),
    ("en", "My building has a concierge, can the courier leave it at the front desk?"),
    ("ja", "加湿器の適用床面積は木造8.5畳／プレハブ14畳とありますが、うちは中間くらいです。"),
    ("en", "Serial AP7-2412-003318, lot 2412C, manufactured Dec 2024."),
    ("ja", "二丁目の電気屋さんで見て、ネットで買いました。"),
    ("en", "Case #INC-0049912 — any update? It's been 6 business days."),
    ("ja", "JANコード 4 589012 345685、品名 ケトルKT-100 ホワイト"),
    ("ja", "電話番号を変えたので、会員ページで更新しておきました。念のためお知らせです。"),
    ("en", "I'd like to change the delivery slot to Saturday 9-12. Reference HN-2025-301900."),
    ("ja", "昨日の１８時３０分頃、ヒーターのタイマーが１２０分のまま止まりました。"),
    (
        "en",
        "the humidifier says 'Hi' on the display lol. is that humidity high or just saying hello",
    ),
    ("ja", "取扱説明書 第３版（2024年10月）の23ページに記載の手順で行いました。"),
    (
        "en",
        "VAT number on the invoice is wrong for our company: it shows GB 123 4567 89 instead of ours.",
    ),
    ("ja", "社長さんによろしくお伝えください（冗談です）。加湿器とても気に入っています。"),
    ("en", "Prices: kettle ¥4,980, humidifier ¥15,800, purifier ¥39,800 — is there a bundle?"),
    ("ja", "北海道への配送は＋２日とのことですが、離島（利尻島）の場合は？"),
    ("en", "Mr. Coffee makes a similar kettle for half the price. Why should I pick yours?"),
]

if __name__ == "__main__":
    rows = pii_rows("pii2", ITEMS)
    write_jsonl(DATASETS / "pii_dev2.jsonl", rows)
    print(len(rows), "pii_dev2 rows", sum(1 for r in rows if not r["spans"]), "distractor-only")
