"""Builds pii_dev.jsonl. Spans are written inline as [[TYPE|text]] and offsets computed."""

from common import DATASETS, bad_mn, cc, mn, pii_rows, write_jsonl

C1 = cc("453201511283036")
C2 = cc("535522001234567", sep="-")
C3 = cc("37828224631000", groups=(4, 6, 5))
C4 = cc("411111111111111", sep="")
C5 = cc("356600202036050", sep="-")
C6 = cc("601111111111111")
C7 = cc("490100123456789", sep="  ")
C8 = cc("540012345678901")
C9 = cc("355812349876543", sep="-")
C10 = cc("471600987654321")
C11 = cc("520082828282821")
C12 = cc("364381000593", groups=(4, 6, 3), sep=" ")  # 13? keep diners 14
C12 = cc("3643810005939", groups=(4, 6, 4))

ITEMS = [
    (
        "ja",
        "お世話になっております。[[PERSON|山田太郎]]です。折り返しは[[PHONE|090-1234-5678]]までお願いします。",
    ),
    (
        "ja",
        "加湿器HM-300の件で連絡しました。電話番号は[[PHONE|０８０－２２３３－４４５５]]です。注文番号はHN-2024-118833です。",
    ),
    (
        "ja",
        "[[PERSON|佐藤]]と申します。昼間は会社にいるので[[PHONE|03-5412-7788]]にお願いします、内線なしです",
    ),
    (
        "ja",
        "携帯[[PHONE|09012345679]]、メールは[[EMAIL|hanako.s1985@example.ne.jp]]です。どちらでも大丈夫です",
    ),
    (
        "en",
        "Hi, this is [[PERSON|Emily Carter]]. You can reach me at [[PHONE|+81 90-3344-5566]] or [[EMAIL|emily.carter@example.com]].",
    ),
    (
        "en",
        "My phone is [[PHONE|(415) 555-0132]], I'm in California so please mind the time difference.",
    ),
    (
        "ja",
        "返品の送り先を変更したいです。新住所：〒[[POSTAL_CODE|154-0017]] [[POSTAL_ADDRESS|東京都世田谷区世田谷4丁目21番3号]]",
    ),
    (
        "ja",
        "送り先は[[POSTAL_ADDRESS|大阪府大阪市北区梅田2-4-9]] ライオンズ梅田ではなく、実家の方にお願いします",
    ),
    (
        "ja",
        "ケトルKT-100が届いていません。届け先〒[[POSTAL_CODE|460-0008]][[POSTAL_ADDRESS|愛知県名古屋市中区栄3丁目5番12号]]、[[PERSON|鈴木一郎]]宛てです。",
    ),
    (
        "ja",
        f"先ほどの決済ですが、カード番号[[CREDIT_CARD|{C1}]]で二重に引き落とされています。利用日は2024年11月3日、金額は12,800円です。",
    ),
    (
        "en",
        f"I was charged twice on card [[CREDIT_CARD|{C2}]] for order HN-2024-120045 (¥12,800 each).",
    ),
    (
        "ja",
        f"マイナンバーの提出が必要と言われたのですが本当ですか？一応書いておきます。個人番号：[[MY_NUMBER|{mn('38104725916')}]]",
    ),
    (
        "ja",
        f"保証書の登録で「個人番号」の欄があったので入れてしまいました。[[MY_NUMBER|{mn('56027381940', sep=' ')}]] ←これ消してもらえますか",
    ),
    (
        "ja",
        "振込先は[[PERSON|高橋 美咲]]名義、みずほ銀行 渋谷支店 普通 口座番号[[BANK_ACCOUNT|1234567]]です。返金よろしくお願いします。",
    ),
    (
        "ja",
        "返金口座：三井住友銀行　梅田支店（普通）[[BANK_ACCOUNT|7654321]]　名義 [[PERSON|ナカムラ ケンジ]]",
    ),
    (
        "en",
        "Please refund to my account: Sakura Bank, Shinjuku branch, ordinary account no. [[BANK_ACCOUNT|3345120]], holder [[PERSON|Daniel Brooks]].",
    ),
    # distractor-only
    (
        "ja",
        "注文番号 HN-2024-118833 のHK-H200について、ロット2410Bは対象ですか？購入日は2024-11-03、価格は¥12,800でした。",
    ),
    ("ja", "RC-500の内釜の件です。エラーコードE03が出ます。シリアル番号はRC5-2309-004417です。"),
    (
        "en",
        "Order HN-2024-119902 arrived on 2024-10-28 at 14:35. Model AP-700, serial AP7-2311-000981, price ¥39,800.",
    ),
    (
        "ja",
        "追跡番号 4471-2290-3385 で調べても「配達中」のままです。11月5日の18:00-20:00指定でした。",
    ),
    (
        "ja",
        "フィルター定期便は月額1,980円ですよね？20日までに解約すれば翌月分は請求されないと聞きました。",
    ),
    (
        "en",
        "The heater shows error E3 and then H1. Lot number 2409A, bought 3 Nov 2024 for 12,800 yen. Is it part of the recall?",
    ),
    (
        "ja",
        "部品番号 0120-4455-67 のフィルターを注文したいです（AP-700用）。品番が電話番号みたいで紛らわしいですね笑",
    ),
    (
        "ja",
        "問い合わせ番号：INQ-20241103-0047、受付日時2024年11月3日 10:42。まだ回答がありません。",
    ),
    (
        "en",
        "Tracking no. 7781 2234 9901 shows delivered but nothing came. Order placed 11/02/2024, total $89.99.",
    ),
    (
        "ja",
        f"追跡番号{bad_mn('52331890742')}の荷物が届きません。ヤマトのサイトでは持ち戻りになっています。",
    ),
    (
        "ja",
        "型番HK-H200、製造番号 2410B-0033817、購入金額12,800円（税込）、保証期間は2025年11月2日まで。",
    ),
    (
        "en",
        "Warranty card says: Model RC-500 / Serial No. 5500-2231-8876 / Date of purchase 2024.09.14.",
    ),
    ("ja", "ポイントが1,280pt付くはずが128ptしか付いていません。会員番号はHM-00723311です。"),
    (
        "ja",
        "10時から12時の間に電話が来ると言われたけど、もう13:20です。受付番号は 20241105-117 です。",
    ),
    ("en", "Coupon code HONOKA-3000 didn't apply. Cart total ¥31,400, shipping ¥660."),
    ("ja", "エラー表示「E-12」と「F-07」が交互に出ます。取扱説明書p.23の手順3まではやりました。"),
    (
        "en",
        "The invoice (No. INV-2024-000812, 2024-11-01) lists 2 x AP-700 filters at ¥3,960 each.",
    ),
    ("ja", "JANコード4589012345678の商品と同じものですか？店頭で見た値札は¥9,980でした。"),
    (
        "ja",
        "１１月３日（日）の１５：３０頃、ケトルの電源が入らなくなりました。購入は２０２４年１０月１日です。",
    ),
    (
        "en",
        "Firmware version 2.1.03 is installed; release 2.1.04 was supposed to fix error code 0x3F2.",
    ),
    ("ja", "先月の請求額が3,960円と1,980円の2件になっています。定期便コースID SUB-558201。"),
    ("ja", "配送伝票番号 3980-1122-0451、お届け予定 11/6。置き配指定にしたはずです。"),
    (
        "en",
        "Receipt: store #0412, register 03, transaction 118833, 2024-11-03 16:02, total 12,800 JPY.",
    ),
    ("ja", "HM-300の取説に書いてある「0.8L/h」と「約350mL」の違いがよくわかりません。"),
    ("ja", "返品受付番号 RMA-240912-0071 で返送済み、発送日は9月12日、送料は1,100円でした。"),
    (
        "en",
        "Is model KT-100 (voltage 100V, 1250W) usable with a 220V adapter? Product code 4-589012-34567-8.",
    ),
    (
        "ja",
        "楽天の注文番号 288811-20241103-0912345678 で買いました。これでサポート対象になりますか？",
    ),
    (
        "en",
        "Case ref 2024/11/03-552 — still no update after 10 business days. Price paid: $249.00.",
    ),
    # mixed PII + distractors
    (
        "ja",
        "注文番号HN-2024-118833、[[PERSON|伊藤 さくら]]です。連絡は[[EMAIL|sakura.ito@example.jp]]へ。型番はRC-500、購入日2024年9月14日。",
    ),
    (
        "ja",
        "お客様相談室御中\n\nHK-H200（ロット2410B）を使っていますが、回収対象でしょうか。\n\n[[PERSON|渡辺 恵子]]\n〒[[POSTAL_CODE|220-0012]]\n[[POSTAL_ADDRESS|神奈川県横浜市西区みなとみらい2丁目3-1]]\nTEL [[PHONE|045-222-9087]]",
    ),
    (
        "en",
        "Order HN-2024-120311 / AP-700. Ship the replacement to [[POSTAL_ADDRESS|2-11-5 Kichijoji-Honcho, Musashino-shi, Tokyo]] [[POSTAL_CODE|180-0004]]. Thanks, [[PERSON|Mark Jensen]]",
    ),
    (
        "ja",
        "電話番号を[[PHONE|0120]]…じゃなくて、[[PHONE|090-8765-4321]]に変更してください".replace(
            "[[PHONE|0120]]", "0120"
        ),
    ),
    (
        "ja",
        "返金額12,800円は[[PERSON|小林]]名義のゆうちょ銀行 〇一八支店 普通[[BANK_ACCOUNT|2468013]]にお願いします。手続き番号RF-7781。",
    ),
    (
        "en",
        "hey its [[PERSON|jake]] again lol. new number [[PHONE|080 4455 6677]], the old one (ending 0912) is dead",
    ),
    (
        "ja",
        "わたくし[[PERSON|木村]]と申します。先日お電話した件（受付番号20241101-033）ですが、[[PHONE|０３－３２６１－５５８０]]までご連絡ください。",
    ),
    (
        "ja",
        "[[PERSON|田中]]さんという担当の方から折り返しがあるはずでした。私の番号は[[PHONE|070-1122-3344]]です。",
    ),
    (
        "en",
        "Please update my email from [[EMAIL|old.addr@example.org]] to [[EMAIL|k_nakamura+honoka@example.co.jp]] — order HN-2024-117420.",
    ),
    (
        "ja",
        "メアド変わりました→[[EMAIL|yuki-0821@example.ne.jp]]　スマホのキャリアメールだと届かないので",
    ),
    (
        "ja",
        f"カード番号[[CREDIT_CARD|{C5}]]、有効期限は12/27です。セキュリティコードは言わない方がいいですよね？",
    ),
    (
        "en",
        f"card number is [[CREDIT_CARD|{C4}]] exp 08/26, please charge the repair fee of ¥5,500 to it",
    ),
    (
        "en",
        f"AmEx [[CREDIT_CARD|{C3}]] was billed ¥39,800 on 2024-11-02 but the purifier never shipped.",
    ),
    (
        "ja",
        f"同じ内容が2回届いています。引き落としのカードは[[CREDIT_CARD|{C6}]]、請求日11/05、1,980円×2。",
    ),
    (
        "ja",
        "宛名が[[PERSON|松本 浩二]]様になっていますが私ではありません。私の名前は[[PERSON|松本 浩]]です。",
    ),
    (
        "en",
        "Regards,\n[[PERSON|Olivia Bennett]]\nCustomer since 2019 | Premium member\n[[PHONE|+44 20 7946 0958]]",
    ),
    (
        "ja",
        "よろしくお願いいたします。\n――――――――――\n[[PERSON|斎藤 健太]]\n[[EMAIL|k.saito@example-corp.co.jp]]\n携帯：[[PHONE|080-9012-3456]]\n――――――――――",
    ),
    (
        "ja",
        "〒[[POSTAL_CODE|060-0042]] [[POSTAL_ADDRESS|北海道札幌市中央区大通西5丁目8番地]]　[[PERSON|加藤 由美]]宛てに交換品を送ってください",
    ),
    (
        "ja",
        "郵便番号[[POSTAL_CODE|8100001]]、[[POSTAL_ADDRESS|福岡県福岡市中央区天神1-10-20]]です。前回の住所は古いので消してください",
    ),
    ("ja", "住所は[[POSTAL_ADDRESS|京都府京都市左京区下鴨本町15番地]]です（〒なしですみません）"),
    (
        "ja",
        "届け先：[[POSTAL_ADDRESS|埼玉県さいたま市浦和区高砂3-7-2 コーポ高砂102号室]]　電話：[[PHONE|048-833-1290]]",
    ),
    (
        "en",
        "Address: [[POSTAL_ADDRESS|742 Evergreen Terrace, Springfield, OR]] [[POSTAL_CODE|97403]], USA. Phone [[PHONE|+1 541-555-0147]].",
    ),
    (
        "en",
        "I moved. New address is [[POSTAL_ADDRESS|Flat 3, 18 Rosebery Avenue, London]] [[POSTAL_CODE|EC1R 4TD]].",
    ),
    (
        "ja",
        f"マイナンバーカードのコピーを送れと言われました。番号は[[MY_NUMBER|{mn('71029384756', sep='-')}]]ですが、家電の修理に必要なんですか？",
    ),
    (
        "ja",
        f"個人番号　[[MY_NUMBER|{mn('90817263544', fullwidth=True)}]]　（本人確認のためと言われたので）",
    ),
    (
        "en",
        f"Your form asked for my My Number, so here it is: [[MY_NUMBER|{mn('24681357902')}]]. Is that safe?",
    ),
    (
        "ja",
        "こんにちは、[[PERSON|ヨシダ]]です！ケトルの蓋が閉まらないです。電話は[[PHONE|090(1234)5670]]",
    ),
    (
        "ja",
        "おせわになります。[[PERSON|中島]]です。[[PHONE|0９0-７７６６-５５４４]]に連絡ください。夕方以降だと助かります",
    ),
    (
        "en",
        "My name is [[PERSON|Priya Raman]] and I bought two KT-100 kettles on 2024-10-19 (¥4,980 each).",
    ),
    (
        "en",
        "This is [[PERSON|Tom]] from the Osaka office of my company, calling about 3 RC-500 units, serials RC5-2401-00012 to 00014.",
    ),
    ("ja", "主人の[[PERSON|山本 隆]]の名前で注文しています。私は妻の[[PERSON|山本 京子]]です。"),
    ("ja", "@honoka_kaden 加湿器壊れた…DMで[[PHONE|09033332222]]に連絡ほしい #ほのか家電"),
    ("ja", "携帯番号　[[PHONE|０９０１１１１２２２３]]　※ハイフンなし全角ですみません"),
    (
        "en",
        "call me back on [[PHONE|090.5678.1234]] or my wife's mobile [[PHONE|+81-80-2345-6789]]",
    ),
    (
        "ja",
        "国際電話になりますが[[PHONE|+81 3 6820 1145]]がオフィスの直通です。[[PERSON|Lee]]宛てにお願いします。",
    ),
    (
        "ja",
        "お振込先　りそな銀行　高田馬場支店　普通預金　口座番号：[[BANK_ACCOUNT|0082915]]　口座名義：[[PERSON|ハヤシ ミドリ]]",
    ),
    (
        "ja",
        "返金は楽天銀行 第一営業支店 普通 [[BANK_ACCOUNT|7012458]]へ。注文番号HN-2024-117002、金額は¥12,800です。",
    ),
    (
        "en",
        "Bank: Mizuho, branch Ginza (code 022), savings/ordinary acct [[BANK_ACCOUNT|1093746]], name [[PERSON|Sarah Kim]].",
    ),
    (
        "ja",
        "前回伝えた口座（普通 [[BANK_ACCOUNT|5510238]]、横浜駅前支店）は解約したので、別の口座を伝えます。",
    ),
    ("ja", f"決済カードの番号：[[CREDIT_CARD|{C7}]]　ダブルスペースで区切ってます"),
    (
        "en",
        f"Visa ending 4242 is my old card; the new one is [[CREDIT_CARD|{C8}]]. Please switch the subscription (SUB-558201).",
    ),
    ("ja", f"ＪＣＢ　[[CREDIT_CARD|{C9}]]　で定期便を申し込んだのですが、確認メールが来ません"),
    (
        "ja",
        "[[PERSON|森田]]様から「HK-H200が焦げ臭い」との電話を受けました。[[PHONE|0778-52-3311]]（福井）。ロット2410A。",
    ),
    (
        "ja",
        "担当：[[PERSON|石井]]さん、お客様：[[PERSON|青木 真由美]]様、連絡先[[PHONE|090-3456-7812]]、注文HN-2024-118120",
    ),
    (
        "en",
        "Hello, I'm [[PERSON|Carlos Mendes]], order number HN-2024-120777. Contact: [[EMAIL|c.mendes@example.pt]] (not the one on file).",
    ),
    (
        "ja",
        "ご担当者様　いつもお世話になっております。株式会社ミナト商事の[[PERSON|岡田]]でございます。",
    ),
    (
        "ja",
        "〒[[POSTAL_CODE|１０６－００３２]]　[[POSTAL_ADDRESS|東京都港区六本木６丁目１０番１号]]　まで着払いで送ってください",
    ),
    (
        "ja",
        "実家（[[POSTAL_ADDRESS|宮城県仙台市青葉区一番町2-3-15]]）に送ったはずが、自宅に届きました。型番AP-700、2台。",
    ),
    (
        "ja",
        "住所：[[POSTAL_ADDRESS|沖縄県那覇市久茂地1丁目1番1号]]、電話：[[PHONE|098-867-4402]]、名前：[[PERSON|比嘉 誠]]",
    ),
    (
        "en",
        "ship to: [[PERSON|Hannah Schmidt]], [[POSTAL_ADDRESS|4-2-8 Shibakoen, Minato-ku, Tokyo]] [[POSTAL_CODE|105-0011]], phone [[PHONE|03-3433-5111]]",
    ),
    (
        "en",
        "Please send the invoice to [[EMAIL|accounts-payable@example-hotel.com]] and cc [[EMAIL|j.wong@example-hotel.com]]. PO number 4500112233.",
    ),
    (
        "ja",
        "[[EMAIL|TAKA.HASHIMOTO@EXAMPLE.JP]]宛に届いた請求書の金額が¥24,000になっています（正しくは¥12,000）",
    ),
    (
        "ja",
        "メールアドレス：[[EMAIL|mika_o@example.com]]（アンダーバーです）　電話：[[PHONE|0466-27-1180]]",
    ),
    (
        "en",
        "email me at [[EMAIL|ken.ogawa@example.net]] pls, I can't take calls at work (I'm on shift 9-18)",
    ),
    ("ja", "あのー、[[PERSON|西村]]ですけど、昨日のチャットの続きです。（チャットID: CH-77102）"),
    (
        "ja",
        "ワイの加湿器HM-300、また壊れたんやけど。[[PERSON|藤井]]や、[[PHONE|06-6345-2210]]に電話してや",
    ),
    (
        "ja",
        "おらの家さ届いたケトル、蓋こわれでる。[[PERSON|佐々木 ハナ]]、電話は[[PHONE|0178-22-4590]]だ",
    ),
    (
        "en",
        "I'm writing on behalf of my mother, [[PERSON|Margaret O'Brien]], who is 84. Her number is [[PHONE|07700 900123]].",
    ),
    (
        "ja",
        "私、[[PERSON|村上]]と申します。息子の[[PERSON|村上 翔太]]が代わりに問い合わせしました。",
    ),
    (
        "ja",
        f"マイナンバー（[[MY_NUMBER|{mn('11223344556')}]]）を修理申込書に書いてしまいました。シュレッダーしてください。",
    ),
    (
        "ja",
        f"個人番号カードの番号は[[MY_NUMBER|{mn('60718293045', sep=' ')}]]です。本人確認書類として使えますか？",
    ),
    (
        "en",
        f"Is it OK that I wrote my individual number (My Number) [[MY_NUMBER|{mn('33557799110')}]] on the warranty card?",
    ),
    (
        "ja",
        f"妻のマイナンバーは[[MY_NUMBER|{mn('48201937561', sep='-')}]]、私のは[[MY_NUMBER|{mn('48201937570', sep='-')}]]です。登録お願いします",
    ),
    (
        "ja",
        f"マイナンバー→[[MY_NUMBER|{mn('85236974108')}]] 電話→[[PHONE|090-2345-6789]] 名前→[[PERSON|大西 剛]]",
    ),
    (
        "ja",
        f"追跡番号 {bad_mn('36025814701')} と、私の個人番号 [[MY_NUMBER|{mn('36025814709')}]] を間違えて入力したかもしれません",
    ),
    (
        "ja",
        f"カード末尾1234ではなく、[[CREDIT_CARD|{C10}]]のカードで決済されています。注文日11月2日。",
    ),
    (
        "en",
        f"The payment page shows card [[CREDIT_CARD|{C11}]] but I paid with PayPay. Order HN-2024-121003.",
    ),
    ("en", f"Diners Club [[CREDIT_CARD|{C12}]], charged 2x ¥1,980 on 2024-11-20"),
    (
        "ja",
        "〒[[POSTAL_CODE|930-0083]] [[POSTAL_ADDRESS|富山県富山市総曲輪3丁目4番5号]] [[PERSON|清水 千尋]] [[PHONE|076-421-5566]] [[EMAIL|chihiro.s@example.jp]]",
    ),
    (
        "en",
        "Name: [[PERSON|Aiko Tanaka-Smith]]\nAddress: [[POSTAL_ADDRESS|1-7-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo]] [[POSTAL_CODE|160-0023]]\nTel: [[PHONE|+81 (0)3 5323 8811]]",
    ),
    (
        "ja",
        "返品伝票の控え：送り状番号 6612-0038-1177、依頼主[[PERSON|上田 聡]]、品名 HM-300 加湿器 1点",
    ),
    ("ja", "取説p.12のナビダイヤルにかけてもつながりません。折り返しは[[PHONE|080-3311-0909]]へ"),
    (
        "en",
        "Dear Sir/Madam, my name is [[PERSON|Benjamin Okafor]]. I purchased an HK-H200 (lot 2410C) on 2024-10-05 for ¥12,800.",
    ),
    (
        "ja",
        "LINEのIDは教えたくないのでメールで：[[EMAIL|tomo.yama@example.ne.jp]]。注文はHN-2024-118990です",
    ),
    (
        "en",
        "Contact person: [[PERSON|Ms. Yuko Ishida]]".replace(
            "[[PERSON|Ms. Yuko Ishida]]", "Ms. [[PERSON|Yuko Ishida]]"
        )
        + ", ext. 2231, [[EMAIL|y.ishida@example-works.jp]]",
    ),
    (
        "ja",
        "マイナンバーカードで本人確認してと言われたけど、カード番号なんて書けません。代わりに電話番号[[PHONE|090-6543-2109]]で確認して",
    ),
    ("ja", "楽天銀行の口座に返金って言われたけど口座番号は教えたくない。クーポンにしてください。"),
    (
        "en",
        "I don't want to give my card number over chat. Can I pay the ¥5,500 repair fee by bank transfer instead?",
    ),
    ("ja", "携帯の下4桁が5678の者です。昨日の件ですが、交換品はいつ届きますか？"),
    (
        "ja",
        "申込書の「電話番号」欄にシリアルの2410B-0033817を書いてしまいました…再提出が必要ですか",
    ),
    (
        "ja",
        "返金先口座　ゆうちょ銀行　記号10180　番号[[BANK_ACCOUNT|23456781]]　名義[[PERSON|ナガノ トモコ]]（ゆうちょなので支店名はわかりません）",
    ),
    (
        "ja",
        "口座変わりました！　PayPay銀行 ビジネス営業部 普通 [[BANK_ACCOUNT|4021937]] です。前のは使えません",
    ),
    (
        "en",
        "For the ¥12,800 refund: MUFG Bank, Kichijoji branch (branch no. 221), futsu account [[BANK_ACCOUNT|0458812]].",
    ),
    (
        "ja",
        "三菱UFJ銀行　新宿中央支店　当座　[[BANK_ACCOUNT|1100234]]　㈱サクラ工務店　経理部[[PERSON|杉山]]",
    ),
    ("ja", "返金はこちらへ→ 京都銀行 四条支店 普通 口座番号 [[BANK_ACCOUNT|３３８１０２７]]"),
    (
        "ja",
        "〒[[POSTAL_CODE|５３０－０００１]]　[[POSTAL_ADDRESS|大阪府大阪市北区梅田３丁目１番３号]]",
    ),
    ("ja", "郵便番号は[[POSTAL_CODE|330-0063]]です。住所は前回と同じです。"),
    (
        "en",
        "Zip code [[POSTAL_CODE|94107]] — the form keeps rejecting it because it expects 7 digits.",
    ),
    (
        "ja",
        "新住所 〒[[POSTAL_CODE|890-0053]] [[POSTAL_ADDRESS|鹿児島県鹿児島市中央町10番地]] [[PERSON|東 康介]]",
    ),
    (
        "en",
        "Thanks!!\n-- \n[[PERSON|Nora Lindqvist]] | Facilities Manager\n[[EMAIL|nora.lindqvist@example-office.se]]\nmobile [[PHONE|+46 70 123 45 67]]",
    ),
    (
        "ja",
        "受信できないので、こちらのアドレスに送り直してください：[[EMAIL|ryo.k_1990@example.com]]　さっきのは打ち間違いでした、すみません",
    ),
    ("en", "Reply to [[EMAIL|m.garcia@example.es]], NOT to support@ — I never get those."),
    (
        "ja",
        f"先月の請求分、カード番号[[CREDIT_CARD|{cc('498765432109876', sep='-')}]]ではなく法人カードに変えてください",
    ),
    (
        "en",
        f"card: [[CREDIT_CARD|{cc('552233441122334', sep=' ')}]] / exp 03/28 / name [[PERSON|LIAM FOSTER]]",
    ),
]

if __name__ == "__main__":
    rows = pii_rows("pii", ITEMS)
    write_jsonl(DATASETS / "pii_dev.jsonl", rows)
    print(len(rows), "pii_dev rows")
