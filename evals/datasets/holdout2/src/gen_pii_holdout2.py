"""Builds pii_holdout2.jsonl (same format as pii_dev.jsonl), written after the dev2 sets.
Span conventions: see tools/validate.py. All data fictional. Not for detector development."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from common import cc, mn, pii_rows, write_jsonl

OUT = Path(__file__).resolve().parents[1]

ITEMS = [
    (
        "ja",
        "毎度おおきに。[[PERSON|東 浩二]]ですわ。電話は[[PHONE|06-4862-3390]]、昼は店におるさかい",
    ),
    (
        "ja",
        "孫の[[PERSON|陽菜]]に代わりに書いてもらってます。ばあちゃんの名前は[[PERSON|金城 ツル]]です。",
    ),
    (
        "en",
        "Many thanks,\n[[PERSON|Ravi Shankar Iyer]]\nSenior Accountant\n[[PHONE|+91 98450 55123]]",
    ),
    (
        "ja",
        "[[PERSON|ウィリアムズ・エミリー]]と申します。住所は[[POSTAL_ADDRESS|横浜市中区山下町25-15 グランドメゾン山下1402]]です。",
    ),
    (
        "en",
        "hey it's [[PERSON|mackenzie]] (the girl with the pink kettle lol). new addy: [[POSTAL_ADDRESS|88 Dundas St W, Toronto, ON]] [[POSTAL_CODE|M5G 1C3]]",
    ),
    ("ja", "ＴＥＬ　[[PHONE|０２２－２６１－７７８３]]　内線　４０５　[[PERSON|阿部]]あて"),
    (
        "ja",
        "宛先：〒[[POSTAL_CODE|730-0011]]　[[POSTAL_ADDRESS|広島県広島市中区基町6番78号 基町クレド5F]]　株式会社カープ通商　総務課　[[PERSON|新井 恭平]]",
    ),
    (
        "en",
        "Per my assistant [[PERSON|Colette]]'s note, please call [[PHONE|+33 1 42 68 53 00]] before 5pm CET.",
    ),
    (
        "ja",
        "オカンの携帯[[PHONE|090ー3318ー7462]]にかけてもらっていいですか（長音記号ですみません）",
    ),
    (
        "en",
        "Re: order. Sgt. [[PERSON|Mike Donnelly]] is not me — sorry, I mean: my name on the order is [[PERSON|Michael Donnelly]]; 'Sgt.' was a joke my son added.",
    ),
    (
        "ja",
        "住所　[[POSTAL_ADDRESS|熊本市中央区手取本町5-1]]（郵便番号は不明）、氏名　[[PERSON|松永 輝]]",
    ),
    (
        "en",
        "Send it to my mum, [[PERSON|Noor Haddad]], at [[POSTAL_ADDRESS|Flat 12B, Kestrel House, 9 Canal Street, Manchester]] [[POSTAL_CODE|M1 3HE]].",
    ),
    ("ja", "こんにちは！[[PERSON|りさ]]です🌸 [[EMAIL|risa.hm300@example.jp]] にお返事ください"),
    (
        "en",
        "The account holder is my late father, [[PERSON|Leonard Fitzgerald]]. I'm [[PERSON|Claire]], his executor.",
    ),
    (
        "ja",
        "振込先：みずほ銀行　新宿支店　普通預金　口座番号[[BANK_ACCOUNT|２２０９８７１]]　口座名義　[[PERSON|ハラダ トモコ]]",
    ),
    (
        "en",
        "card on file ends 4421 but please use this one instead: [[CREDIT_CARD|"
        + cc("511198020157721")
        + "]]",
    ),
    (
        "ja",
        "個人番号は[[MY_NUMBER|"
        + mn("52184073316", sep=" ")
        + "]]です（申請書に必要と言われたので）",
    ),
    (
        "en",
        "[[PERSON|Bjørn Halvorsen]] | [[POSTAL_ADDRESS|Storgata 14, Oslo]] [[POSTAL_CODE|0155]] | [[PHONE|+47 22 33 44 55]]",
    ),
    ("ja", "うちのが言うとりました、[[PERSON|和夫]]が。ヒーターのつまみが取れたって"),
    ("ja", "[[PERSON|チャン・ミン]]です。[[PHONE|080-2214-7730]]。日本語すこしだけです"),
    ("en", "phone me on [[PHONE|0412 555 873]] — that's an Aussie mobile, I'm in Perth"),
    (
        "ja",
        "お届け先　[[POSTAL_ADDRESS|静岡県浜松市中央区板屋町111-2 浜松アクトタワー30階]]　受付　[[PERSON|杉山]]様",
    ),
    (
        "en",
        "Hi, [[PERSON|Fatima Zahra Benali]] here, calling about the heater. Best number: [[PHONE|+212 661 555 204]].",
    ),
    (
        "ja",
        "折り返しは[[PHONE|092-713-5508]]（[[PERSON|中村]]の自宅）か、[[EMAIL|nakamura.fam@example.ne.jp]]へ",
    ),
    (
        "en",
        "Please note change of address: from [[POSTAL_ADDRESS|3-14-9 Kitazawa, Setagaya-ku, Tokyo]] to [[POSTAL_ADDRESS|1-22-5 Jiyugaoka, Meguro-ku, Tokyo]].",
    ),
    ("ja", "実家（[[POSTAL_ADDRESS|青森県弘前市土手町31]]）の母、[[PERSON|工藤 スミ]]宛てで"),
    ("en", "My daughter [[PERSON|Isla]] and her husband [[PERSON|Tomoya]] will pick it up."),
    ("ja", "[[PERSON|小林]]です、小さい林の。下の名前は[[PERSON|一茶]]。俳人と同じ名前です笑"),
    ("en", "Bill to: [[PERSON|Hernández, María José]]. Phone [[PHONE|+34 612 55 09 87]]."),
    ("ja", "連絡先　[[EMAIL|ken-1988@example.com]]　/　[[PHONE|０８０（７７１２）０３５６]]"),
    ("en", "From: [[PERSON|O'Sullivan, Patrick]] <[[EMAIL|p.osullivan@example.ie]]>"),
    (
        "ja",
        "[[PERSON|マリア]]（フィリピン出身、介護士）が使う加湿器です。施設の住所は[[POSTAL_ADDRESS|宮城県石巻市中央2丁目7番3号]]です。",
    ),
    ("en", "Shipping: [[POSTAL_ADDRESS|PO Box 4471, Anchorage, AK]] [[POSTAL_CODE|99509]]"),
    ("ja", "担当してくれた[[PERSON|ヤマダ]]さん（カタカナで名乗ってた方）にお礼を伝えてください"),
    (
        "en",
        "This is [[PERSON|Tran Van Duc]], or [[PERSON|Duc]] is fine. Mobile [[PHONE|070-8832-1195]].",
    ),
    (
        "ja",
        "名前：[[PERSON|比嘉 あかり]]　住所：[[POSTAL_ADDRESS|沖縄県宜野湾市大山7-10-23 シーサイド大山B棟201]]　電話：[[PHONE|098-897-2214]]",
    ),
    ("en", "Ask for [[PERSON|Nana]] at reception, she'll sign for it."),
    (
        "ja",
        "[[PERSON|斎藤]]でございます。先ほどお電話いたしました件、[[PHONE|03-3288-1140]]までご連絡くださいませ。",
    ),
    (
        "en",
        "Note from building super: deliver to unit of [[PERSON|A. Kuznetsova]], [[POSTAL_ADDRESS|Apt 7C, 310 West 86th Street, New York, NY]] [[POSTAL_CODE|10024]]",
    ),
    (
        "ja",
        "今後はこちらへ→[[EMAIL|yoshida.kaoru@example.co.jp]]　[[PERSON|吉田 薫]]（旧姓：[[PERSON|石原]]）",
    ),
    ("en", "I'm the guy from the café, [[PERSON|Ade]] — short for [[PERSON|Adewale]]."),
    (
        "ja",
        "[[PERSON|尚美]]と[[PERSON|健]]の二人暮らしです、届け先は[[POSTAL_ADDRESS|札幌市北区北七条西4丁目3-1]]",
    ),
    ("en", "Tel (home) [[PHONE|(011) 555-0139]], tel (work) [[PHONE|(011) 555-0176]] x 22"),
    ("ja", "[[PERSON|近藤]]部長からの依頼で連絡しています。私は[[PERSON|野口]]です。"),
    (
        "en",
        "Drop it at [[POSTAL_ADDRESS|221 Harbourfront Road, Auckland]] [[POSTAL_CODE|1010]], c/o [[PERSON|Whetu Parata]].",
    ),
    # distractor-only
    ("ja", "ほのか家電さん、毎度おおきに。ケトルの件です、注文番号はHN-2025-402117。"),
    ("en", "Grace under pressure, your team. Truly. Anyway, purifier filter size?"),
    ("ja", "大阪府内なら翌日配送ですか？うちは大阪市内です。"),
    ("en", "Model AP-700, serial AP7-2501-007712, bought 12 Jan 2025, ¥39,800."),
    ("ja", "品番0120-3344-5の部品、まだ在庫ありますか？"),
    ("en", "Error E-09 on the rice cooker, appears at 05:40 every morning."),
    ("ja", "ロット番号２４１１Ｃ、回収受付番号ＲＣ－２５０１－０１１８です。"),
    ("en", "Paid with Apple Pay, receipt #88120-44, total ¥15,800."),
    ("ja", "霞が関の役所で働いてますが、加湿器は自宅用です。"),
    ("en", "Is Victoria Station near your repair drop-off point in London?"),
    ("ja", "令和七年一月二十日（月）午後三時頃、ヒーターが止まりました。"),
    (
        "en",
        "Jack the plug into a grounded socket? The manual says 'jack', not sure what that means here.",
    ),
    ("ja", "ポイント会員番号 PT-0048812、保有ポイントは3,210ptです。"),
    ("en", "Honoka, the brand, not my sister — ha. Does Honoka ship to Guam?"),
    ("ja", "電話がつながらないので（受付は9時から18時と書いてありますが）、こちらから失礼します。"),
    (
        "en",
        "My flat number is on the account already, no need to ask. Just confirm delivery day please.",
    ),
    ("ja", "取扱説明書２４ページ、図３の「Ａ」部分のことです。"),
    ("en", "Order 300-1182-7745 on your Amazon store, delivered 02/03."),
]

if __name__ == "__main__":
    rows = pii_rows("piih2", ITEMS)
    write_jsonl(OUT / "pii_holdout2.jsonl", rows)
    print(len(rows), "pii_holdout2 rows", sum(1 for r in rows if not r["spans"]), "distractor-only")
