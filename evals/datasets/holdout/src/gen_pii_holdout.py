"""Builds holdout/pii_holdout.jsonl (held out: not for detector development)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from common import DATASETS, bad_mn, cc, mn, pii_rows, write_jsonl

ITEMS = [
    (
        "ja",
        "夜分にすみません。[[PERSON|宮崎 亜希子]]です。昼は出られないので、[[PHONE|０７０－８８２１－３３０４]]に１９時以降お願いします。",
    ),
    (
        "ja",
        "ご返信は下記まで\n――\n株式会社みどり設計　総務課\n[[PERSON|坂本 直樹]]\nTEL：[[PHONE|052-961-4418]]　FAX：052-961-4419\nMail：[[EMAIL|n-sakamoto@example-midori.co.jp]]".replace(
            "FAX：052-961-4419", "FAX：[[PHONE|052-961-4419]]"
        ),
    ),
    (
        "en",
        "Heya, [[PERSON|Chloe]] here 👋 my cell is [[PHONE|(206) 555-0178]], text is better than calls",
    ),
    (
        "en",
        "You can ring me on [[PHONE|0412 345 678]] (Australian mobile) — I'm travelling with the kettle, long story.",
    ),
    (
        "ja",
        "住所変更です。旧：[[POSTAL_ADDRESS|千葉県船橋市本町1-3-1]]　新：〒[[POSTAL_CODE|273-0011]] [[POSTAL_ADDRESS|千葉県船橋市湊町2丁目10番25号]]",
    ),
    (
        "ja",
        "お届け先は[[POSTAL_ADDRESS|広島県広島市中区紙屋町一丁目2番22号]]のトモエビル5Fの受付までお願いします",
    ),
    (
        "en",
        "Deliver to [[POSTAL_ADDRESS|55 Queen Street West, Toronto, ON]] [[POSTAL_CODE|M5H 2M9]] — it's a hotel, ask for reception.",
    ),
    (
        "ja",
        f"支払いに使ったカードは[[CREDIT_CARD|{cc('37641111222233', groups=(4, 6, 5), sep='-')}]]（アメックス）です。返金はこのカードに戻りますか？",
    ),
    (
        "en",
        f"cc# [[CREDIT_CARD|{cc('444433332222111', sep='')}]] got declined but I still got an order confirmation?",
    ),
    (
        "ja",
        f"「マイナンバーを教えて」って電話が来たんですが御社ですか？詐欺かと思って…念のため言いませんでしたが、私の個人番号は[[MY_NUMBER|{mn('20406080103', sep=' ')}]]です。",
    ),
    (
        "en",
        f"Your technician wrote my My Number ([[MY_NUMBER|{mn('91827364501', sep='-')}]]) on the repair slip. Why would he need that?",
    ),
    (
        "ja",
        "返金口座：北洋銀行　札幌駅前支店　普通　[[BANK_ACCOUNT|5093318]]　カ）ホッカイショウジ",
    ),
    (
        "ja",
        "[[PERSON|長谷川]]です〜。メールアドレスは[[EMAIL|hase.gawa_88@example.ne.jp]]です、よろしくです",
    ),
    (
        "en",
        "I, [[PERSON|Rajesh Kumar Iyer]], authorise my colleague [[PERSON|Mei Lin]] to collect the replacement unit on my behalf.",
    ),
    (
        "ja",
        "荷受人：[[PERSON|野口 信子]] 様／[[POSTAL_ADDRESS|長野県松本市中央2-5-17]]／[[PHONE|0263-32-7741]]",
    ),
    ("ja", "ＴＥＬ［[[PHONE|０４２－３５８－９０１２]]］　※日中は留守がちです"),
    (
        "en",
        "my email's [[EMAIL|b.nguyen.92@example.net]] & phone [[PHONE|+84 912 345 678]] (I'm in Hanoi till Dec)",
    ),
    (
        "ja",
        "主人（[[PERSON|吉川 修]]）のスマホ[[PHONE|080 6612 9034]]でも大丈夫です。私は[[PERSON|吉川 明美]]です。",
    ),
    (
        "en",
        "Please remove [[EMAIL|old_mail@example.org]] from your list, I unsubscribed twice already.",
    ),
    (
        "ja",
        "〒[[POSTAL_CODE|7600023]]　[[POSTAL_ADDRESS|香川県高松市寿町2丁目4番20号]]　までお願いします（〒はハイフンなしで失礼します）",
    ),
    (
        "ja",
        f"クレジットカード：[[CREDIT_CARD|{cc('353012345678901', sep=' ')}]]、名義：[[PERSON|SHOTA INOUE]]、有効期限：09/29",
    ),
    (
        "en",
        "Bank details for the refund: Resona Bank, Ikebukuro Branch, Ordinary, Account No. [[BANK_ACCOUNT|6620183]]",
    ),
    (
        "ja",
        f"申請書の番号欄に、保証書のシリアル（SN-2410B-88123）とマイナンバー[[MY_NUMBER|{mn('77665544332')}]]を並べて書いてしまいました",
    ),
    (
        "ja",
        "わし、[[PERSON|松田]]いうもんじゃが、電話は[[PHONE|082-241-6530]]じゃけ、かけてくれんさい",
    ),
    (
        "en",
        "Regards\n[[PERSON|Dr. Fiona MacLeod]]\n[[POSTAL_ADDRESS|12 Harbour Road, Inverness]] [[POSTAL_CODE|IV1 1SY]]".replace(
            "[[PERSON|Dr. Fiona MacLeod]]", "Dr. [[PERSON|Fiona MacLeod]]"
        ),
    ),
    (
        "ja",
        "送り主[[PERSON|川口 拓海]]、[[POSTAL_ADDRESS|兵庫県神戸市中央区三宮町1丁目9-1]]、品名：空気清浄機AP-700（返品）",
    ),
    (
        "ja",
        "口座は「ゆうちょ 〇二八店 普通 [[BANK_ACCOUNT|1357924]]」です、名義はカタカナで[[PERSON|オオタ ユウジ]]",
    ),
    ("en", "I go by [[PERSON|Sam]] but the account is under [[PERSON|Samantha Reyes-Whitfield]]."),
    (
        "ja",
        "連絡先変更：[[EMAIL|m.fukuda@example.jp]] → [[EMAIL|mfukuda.home@example.com]]、電話は変わらず[[PHONE|090-4411-2380]]",
    ),
    (
        "en",
        f"Paid with Mastercard [[CREDIT_CARD|{cc('510510510510510', sep='-')}]] on 2024-11-18, order HN-2024-124410, amount ¥42,800.",
    ),
    (
        "ja",
        "マイナンバーの提出は不要とのことで安心しました。電話番号だけ伝えます：[[PHONE|+81-90-7321-5508]]",
    ),
    (
        "ja",
        f"夫の個人番号 [[MY_NUMBER|{mn('50403020107', fullwidth=True)}]] を書いた紙を修理品と一緒に送ってしまいました。返してください。",
    ),
    (
        "en",
        "Ship it to my office: [[POSTAL_ADDRESS|Level 12, 1-9-2 Otemachi, Chiyoda-ku, Tokyo]] [[POSTAL_CODE|100-0004]].",
    ),
    (
        "ja",
        "アドレス[[EMAIL|kenta.o@example.co.jp]]宛てに、請求書PDF（INV-2024-001207、金額¥3,960）を送ってください",
    ),
    # distractor-only
    ("ja", "受付番号 SR-2024-11-0815、型番RC-500、製造ロット2408C、修理見積り8,800円（税込）。"),
    (
        "en",
        "Ticket #55213 — model HM-300, firmware 3.0.12, error code E-21, purchased 2024/08/30 for ¥16,800.",
    ),
    ("ja", "荷物の問い合わせ番号は 5521-8830-4417 です。12月1日（日）午前中の配達予定でした。"),
    ("ja", f"伝票番号{bad_mn('44092817365')}で送りました。到着は11/28の予定です。"),
    (
        "en",
        "Serial 0903-2211-4567 is printed on the bottom label next to the barcode. Is the unit still under warranty?",
    ),
    ("ja", "定期便の会員ID「HF-090-1234-567」でログインできません。パスワードは再設定済みです。"),
    (
        "en",
        "Price on the site: ¥12,800 → ¥9,980 on Black Friday (2024-11-29 00:00–23:59 JST). Can I get the difference?",
    ),
    ("ja", "エラー「E7-02」が表示された後、「H-10」に変わりました。時刻は22時15分ごろです。"),
    (
        "en",
        "Parts ordered: AP7-FLT-02 x2, AP7-PRE-01 x1. Total 5,940 yen incl. tax, order HN-2024-125509.",
    ),
    ("ja", "レシートには「2024.11.23 14:05 ﾎﾉｶｽﾄｱ ｼﾌﾞﾔ ﾚｼﾞ02 #0088」と印字されています。"),
    ("ja", "製品登録番号 1234-5678-9012 を入力すると「無効な番号です」と表示されます。"),
    (
        "en",
        "Batch 2411C, manufactured 11/2024, 230 units affected according to your notice 2024-12-02.",
    ),
    ("ja", "前回の修理番号 RP-24-03391、今回 RP-24-04107。同じ箇所の故障です。"),
    # mixed
    (
        "ja",
        "HN-2024-126001の件で[[PERSON|丸山]]です。携帯[[PHONE|09065437788]]、届け先は[[POSTAL_ADDRESS|静岡県浜松市中区砂山町6-1]]です。ロット2410Cでした。",
    ),
    (
        "en",
        "Order HN-2024-125870 (¥4,980). Contact: [[EMAIL|ivan.petrov@example.ru]], phone [[PHONE|+7 912 345-67-89]]. Tracking 7788 9911 2201.",
    ),
    (
        "ja",
        "ｲﾄｳ ｼﾞｭﾝｲﾁ と申します。ﾃﾞﾝﾜは[[PHONE|0467-22-0943]]です".replace(
            "ｲﾄｳ ｼﾞｭﾝｲﾁ", "[[PERSON|ｲﾄｳ ｼﾞｭﾝｲﾁ]]"
        ),
    ),
    (
        "ja",
        "先日の担当の[[PERSON|平野]]さんにお伝えください。交換品の受け取りは12月3日の午後でお願いします。",
    ),
    (
        "en",
        "From: [[PERSON|Grace Adeyemi]] <[[EMAIL|grace.adeyemi@example.ng]]>\nSubject: Re: Case 2024-11-19-0033",
    ),
    (
        "ja",
        "【緊急】[[PERSON|酒井]]様（[[PHONE|011-231-5560]]）から、HK-H200の件で再度お電話がありました。注文番号HN-2024-117733。",
    ),
]

if __name__ == "__main__":
    rows = pii_rows("pii-h", ITEMS)
    write_jsonl(DATASETS / "holdout" / "pii_holdout.jsonl", rows)
    print(len(rows), "pii_holdout rows")
