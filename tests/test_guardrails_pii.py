"""PII detection (exact spans, both languages, innocent look-alikes) and redaction."""

from __future__ import annotations

import pytest

from guardrails.findings import Finding
from guardrails.pii import detect_pii, luhn_valid, my_number_valid
from guardrails.redact import redact, restore


def spans(text: str) -> list[tuple[str, str]]:
    """(type, covered text) of every finding, checking offsets index the original text."""
    out = []
    for f in detect_pii(text):
        assert f.start is not None and f.end is not None
        out.append((f.type or "", text[f.start : f.end]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ---- phones, Japanese
        ("折り返しは080-7788-1122にお願いします", [("PHONE", "080-7788-1122")]),
        ("ＴＥＬ：０７０－５５６６－７７８８", [("PHONE", "０７０－５５６６－７７８８")]),
        ("携帯は09055551234です", [("PHONE", "09055551234")]),
        ("会社の代表 06-6123-4567 までお願いします", [("PHONE", "06-6123-4567")]),
        ("自宅 0467(22)1234", [("PHONE", "0467(22)1234")]),
        ("海外からは+81 90 1234 5678へ", [("PHONE", "+81 90 1234 5678")]),
        ("電話 090ー1234ー5678", [("PHONE", "090ー1234ー5678")]),  # typed with the long-vowel mark
        # ---- phones, English
        ("call me at (555) 123-4567 after six", [("PHONE", "(555) 123-4567")]),
        ("my cell is +1 212 555 0187.", [("PHONE", "+1 212 555 0187")]),
        ("reach me on 415.555.0199", [("PHONE", "415.555.0199")]),
        ("UK mobile 07911 123456 please", [("PHONE", "07911 123456")]),
        # ---- email
        ("連絡はｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐへ", [("EMAIL", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")]),
        ("mail: j.doe+shop@mail.example.co.uk.", [("EMAIL", "j.doe+shop@mail.example.co.uk")]),
        # ---- cards (Luhn-valid, card groupings)
        ("カード 4242 4242 4242 4242 で払いました", [("CREDIT_CARD", "4242 4242 4242 4242")]),
        ("card 5105-1051-0510-5100 was charged", [("CREDIT_CARD", "5105-1051-0510-5100")]),
        ("Amex 371449635398431 please", [("CREDIT_CARD", "371449635398431")]),
        # ---- My Number (check digit) with and without context
        ("個人番号は123456789018です", [("MY_NUMBER", "123456789018")]),
        ("マイナンバー：１２３４ ５６７８ ９０１８", [("MY_NUMBER", "１２３４ ５６７８ ９０１８")]),
        # ---- postal codes and addresses
        (
            "〒150-0002 東京都渋谷区渋谷2丁目21番1号 ヒカリエハイツ1203号室へ",
            [
                ("POSTAL_CODE", "150-0002"),
                ("POSTAL_ADDRESS", "東京都渋谷区渋谷2丁目21番1号 ヒカリエハイツ1203号室"),
            ],
        ),
        (
            "住所は神奈川県川崎市中原区小杉町3-264-3です",
            [("POSTAL_ADDRESS", "神奈川県川崎市中原区小杉町3-264-3")],
        ),
        ("郵便番号 5300001 でお願いします", [("POSTAL_CODE", "5300001")]),
        (
            "Send it to 221B Baker Street, London NW1 6XE please",
            [("POSTAL_ADDRESS", "221B Baker Street, London"), ("POSTAL_CODE", "NW1 6XE")],
        ),
        (
            "New address: 55 Maple Ave, Apt 4B, Portland, OR 97205.",
            [("POSTAL_ADDRESS", "55 Maple Ave, Apt 4B, Portland, OR"), ("POSTAL_CODE", "97205")],
        ),
        # ---- people (honorifics and titles excluded from the span)
        ("担当の高橋様から連絡がありました", [("PERSON", "高橋")]),
        ("私、中村と申します。", [("PERSON", "中村")]),
        ("いつもお世話になっております。井上 美穂です。", [("PERSON", "井上 美穂")]),
        ("名前：スズキ イチロウ", [("PERSON", "スズキ イチロウ")]),
        ("Hello, my name is Olivia Turner and my kettle broke.", [("PERSON", "Olivia Turner")]),
        ("This is Raj from the Nagoya branch.", [("PERSON", "Raj")]),
        ("Please ask Dr. Helen Park to call.", [("PERSON", "Helen Park")]),
        ("It stopped working.\n\nBest regards,\nSamuel Ortiz", [("PERSON", "Samuel Ortiz")]),
        ("thanks\n--\nTaro Yamada", [("PERSON", "Taro Yamada")]),
        (
            "TEL. 03-1234-5678 / FAX 03-1234-5679",
            [("PHONE", "03-1234-5678"), ("PHONE", "03-1234-5679")],
        ),
        ("Diners 3056 9309 0259 04", [("CREDIT_CARD", "3056 9309 0259 04")]),
        ("ZIP: 10001", [("POSTAL_CODE", "10001")]),
        ("中央区銀座二丁目三番地まで", [("POSTAL_ADDRESS", "中央区銀座二丁目三番地")]),
        (
            "東京都千代田区丸の内1-1-1 パレスビル5F",
            [("POSTAL_ADDRESS", "東京都千代田区丸の内1-1-1 パレスビル5F")],
        ),
        ("山田 様、お世話になります", [("PERSON", "山田")]),
        ("田中部長から連絡がありました", [("PERSON", "田中")]),
        ("こんにちは、タナカです。", [("PERSON", "タナカ")]),
        ("hey it's jake again, still broken", [("PERSON", "jake")]),
        ("From: Taro Yamada\nSubject: heater", [("PERSON", "Taro Yamada")]),
        (
            "card: 5522 3344 1122 3341 / name LIAM FOSTER",
            [("CREDIT_CARD", "5522 3344 1122 3341"), ("PERSON", "LIAM FOSTER")],
        ),
        # ---- bank accounts (context needed)
        ("返金先：ABC銀行 本店 普通預金 1234567", [("BANK_ACCOUNT", "1234567")]),
        ("savings account no. 8812345 at Sakura Bank", [("BANK_ACCOUNT", "8812345")]),
    ],
)
def test_detects_pii_with_exact_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "注文番号 HN-2024-118833 の件です",
        "order #A12345 arrived broken",
        "型番HK-H200とRC-500を比較しています",
        "ロット2410Bは回収対象ですか",
        "価格は¥12,800、送料込みで12,800円でした",
        "It cost $129.99 plus tax.",
        "購入日は2024-11-03、2024/11/03、2024年11月3日のどれかです",
        "配達は14:30〜16:00の予定です",
        "追跡番号 1234-5678-9012 で調べてください",
        "tracking number 4471 2290 3385 says delivered",
        "S/N 123456789018 の本体です",  # a valid-looking My Number, but labelled a serial
        "製造番号 0901-2345-678 が消えかかっています",
        "エラーコードE3とH2が交互に出ます",
        "部品番号 090-1234-5678 のパッキン",
        "お客様相談室御中",
        "ご担当者様、皆様によろしくお伝えください",
        "This is unacceptable. I am Very disappointed.",
        "JANコード 4901234567894 の商品です",
        "口座番号は教えたくありません",
        # words that look like "name + honorific" (from the sample corpus and tickets)
        "赤ちゃんが火が付いたように泣きます",
        "ほのか家電さんをフォローしています",
        "大工さんに見てもらいました",
        "電源仕様が異なる場合があります",
        "担当者権限（3,000円まで）です",
        "受取人様からのお問い合わせ",
        "ガッカリです。エラーです。",
        "Honoka Home Appliances Customer Care",
        "Tokyo Customer Harassment Prevention Ordinance",
        "It's happening again, it's broken again",
        "the model number is 555-123-4567? no wait",
    ],
)
def test_innocent_look_alikes_are_not_pii(text: str) -> None:
    assert spans(text) == []


def test_offsets_survive_nfkc_expansion() -> None:
    text = "㈱ミナト 山本様 ０９０－１１１１－２２２２"
    assert spans(text) == [("PERSON", "山本"), ("PHONE", "０９０－１１１１－２２２２")]


# Categories that generalise beyond the dev set: each row is a layout, not a dev line.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ---- signatures in every common layout
        (
            "お世話になっております。\n何卒よろしくお願い申し上げます。\n\n木村拓也",
            [("PERSON", "木村拓也")],
        ),
        ("ご確認ください。以上です。\n横田 美咲", [("PERSON", "横田 美咲")]),
        ("Thanks for nothing.\n— Jane", [("PERSON", "Jane")]),
        ("Best, J. Smith", [("PERSON", "J. Smith")]),
        ("Sent by Kenji", [("PERSON", "Kenji")]),
        ("Thanks — Priyanka", [("PERSON", "Priyanka")]),
        ("返信は北村まで。", [("PERSON", "北村")]),
        ("Regards,\n\nHiroshi Watanabe", [("PERSON", "Hiroshi Watanabe")]),
        ("Cheers,\nmike", [("PERSON", "mike")]),
        ("Warm wishes,\nElodie Martin (happy customer until now)", [("PERSON", "Elodie Martin")]),
        ("電話ください。森下", [("PERSON", "森下")]),
        ("株式会社ミドリ商会　営業部　丸山 修一", [("PERSON", "丸山 修一")]),
        # ---- titles and roles
        ("Please have Ms Patel call me back.", [("PERSON", "Patel")]),
        ("営業部の森課長に伝えてください", [("PERSON", "森")]),
        ("総務部長の石黒より、追加注文のご連絡です", [("PERSON", "石黒")]),
        ("Spoke to your agent Marcus on the phone.", [("PERSON", "Marcus")]),
        ("Dana from the Osaka store said it was fine.", [("PERSON", "Dana")]),
        # ---- romanised Japanese and foreign names
        ("YAMADA Taro here. The heater broke.", [("PERSON", "YAMADA Taro")]),
        ("Watanabe Yukiです。英語名で登録しました", [("PERSON", "Watanabe Yuki")]),
        ("Please pass this to Emily Carter.", [("PERSON", "Emily Carter")]),
        ("The courier gave it to K. Fujimoto next door.", [("PERSON", "K. Fujimoto")]),
        (
            "先日、マイケル・ジョンソンさんから連絡がありました",
            [("PERSON", "マイケル・ジョンソン")],
        ),
        ("グエン・ヴァン・アンと申します。", [("PERSON", "グエン・ヴァン・アン")]),
        ("Contact: Søren Kierkegård, please", [("PERSON", "Søren Kierkegård")]),
        # ---- introductions
        ("寺島です。昨日電話した件です。", [("PERSON", "寺島")]),
        ("大和田の者ですが、加湿器の件で", [("PERSON", "大和田")]),
        ("もしもし、ひがしのと申します", [("PERSON", "ひがしの")]),
        ("はい、うちは吉川です。", [("PERSON", "吉川")]),
        # ---- family members
        ("母の田中花子が購入しました", [("PERSON", "田中花子")]),
        ("父の健太郎が使っています", [("PERSON", "健太郎")]),
        ("夫の浩二が電話しました", [("PERSON", "浩二")]),
        ("私（真由美）が使っています", [("PERSON", "真由美")]),
        ("my husband Tom Baker ordered it", [("PERSON", "Tom Baker")]),
        ("This is Mr. Lee's son, Daniel, writing.", [("PERSON", "Lee"), ("PERSON", "Daniel")]),
        # ---- form fields
        ("氏名：篠原　優子", [("PERSON", "篠原　優子")]),
        ("なまえ やまぐち そうた", [("PERSON", "やまぐち そうた")]),
        ("Surname: Okafor", [("PERSON", "Okafor")]),
        ("name on card A. KOWALSKI", [("PERSON", "A. KOWALSKI")]),
        (
            "送り先は盛岡市大通二丁目8番14号の佐々木方で",
            [
                ("POSTAL_ADDRESS", "盛岡市大通二丁目8番14号"),
                ("PERSON", "佐々木"),
            ],
        ),
        # ---- phones: extensions, brackets, international forms, spacing
        ("電話 03-3456-7890 内線 203", [("PHONE", "03-3456-7890")]),
        ("phone 212-555-0143 ext. 22", [("PHONE", "212-555-0143")]),
        ("call 212.555.0143x22", [("PHONE", "212.555.0143")]),
        ("日中は0081-90-1234-5678へ", [("PHONE", "0081-90-1234-5678")]),
        ("UK landline 020 7946 0958", [("PHONE", "020 7946 0958")]),
        ("TEL09012345678", [("PHONE", "09012345678")]),
        ("連絡先 080・1234・5678", [("PHONE", "080・1234・5678")]),
        ("(090)1234-5678までお願いします", [("PHONE", "(090)1234-5678")]),
        ("携帯 090 - 1234 - 5678", [("PHONE", "090 - 1234 - 5678")]),
        ("please don't call 555-0147, use the other one", [("PHONE", "555-0147")]),
        ("my number is 5552013344", [("PHONE", "5552013344")]),
        ("account no. 0073915526 for the refund", [("BANK_ACCOUNT", "0073915526")]),
        # ---- addresses: where they start and end
        (
            "我が家は大阪市中央区難波5丁目1-60です",
            [("POSTAL_ADDRESS", "大阪市中央区難波5丁目1-60")],
        ),
        (
            "東京都港区六本木6-10-1六本木ヒルズ森タワーまで",
            [("POSTAL_ADDRESS", "東京都港区六本木6-10-1六本木ヒルズ森タワー")],
        ),
        (
            "千葉県船橋市本町1-2-3 グリーンコート本町203です",
            [("POSTAL_ADDRESS", "千葉県船橋市本町1-2-3 グリーンコート本町203")],
        ),
        (
            "茨城県つくばみらい市陽光台1-2-3",
            [("POSTAL_ADDRESS", "茨城県つくばみらい市陽光台1-2-3")],
        ),
        ("埼玉県川口市本町2の3の4", [("POSTAL_ADDRESS", "埼玉県川口市本町2の3の4")]),
        (
            "京都市下京区烏丸通七条下る東塩小路町721",
            [("POSTAL_ADDRESS", "京都市下京区烏丸通七条下る東塩小路町721")],
        ),
        (
            "PO Box 1234, Austin, TX 78701",
            [("POSTAL_ADDRESS", "PO Box 1234, Austin, TX"), ("POSTAL_CODE", "78701")],
        ),
        ("Unit 5/22 King St, Sydney", [("POSTAL_ADDRESS", "Unit 5/22 King St, Sydney")]),
        (
            "Level 3, 200 George Street, Sydney NSW 2000",
            [("POSTAL_ADDRESS", "Level 3, 200 George Street, Sydney NSW"), ("POSTAL_CODE", "2000")],
        ),
        (
            "410 Terry Ave N, Seattle, WA 98109",
            [("POSTAL_ADDRESS", "410 Terry Ave N, Seattle, WA"), ("POSTAL_CODE", "98109")],
        ),
        (
            "Send it to 12 rue Victor Hugo, Lyon 69002.",
            [("POSTAL_ADDRESS", "12 rue Victor Hugo, Lyon"), ("POSTAL_CODE", "69002")],
        ),
        (
            "5-6-7 Chuo, Matsumoto, Nagano 390-0811",
            [("POSTAL_ADDRESS", "5-6-7 Chuo, Matsumoto, Nagano"), ("POSTAL_CODE", "390-0811")],
        ),
        (
            "I moved to 5 Elm Grove, Bristol BS8 1AA last week",
            [("POSTAL_ADDRESS", "5 Elm Grove, Bristol"), ("POSTAL_CODE", "BS8 1AA")],
        ),
    ],
)
def test_detects_wider_categories(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # innocent twins of the categories above
        "Apple Watchが壊れた。Jordan Brand のスニーカーも。",
        "Regards,\nHoneywell Customer Care",
        "Thanks,\nThe Support Team",
        "Best,\nAmazon Customer",
        "- Refund\n- Replace",
        "Sent from my iPhone",
        "I spoke to customer service twice.",
        "The driver left it outside.",
        "Someone from the shop said it's fine.",
        "I live in Tokyo near Shibuya Station.",
        "Mark Down sale items are non-refundable?",
        "田中電機に依頼しました",
        "母の日のプレゼントです",
        "妻のマイナンバーカードを更新しました",
        "息子（高校生）が使っています",
        "場所は玄関です",
        "東京の者ですが、質問があります",
        "以上、よろしくお願いします。\n追伸\n写真を添付します",
        "よろしくお願いします。\n返品希望",
        "its fine, im done",
        "注文番号 09012345678 の件",
        "order 555-0147 arrived late",
        "大阪市の天気は晴れでした",
        "Room 101 was cold",
        "Thanks again!\nSent from Outlook",
        "山田電機で買いました",
        "新宿店の店長さんに相談しました",
        "Grace period ends Monday, right?",
    ],
)
def test_wider_categories_leave_look_alikes_alone(text: str) -> None:
    assert spans(text) == []


def test_zero_width_characters_inside_a_number() -> None:
    text = "電話 090-12\u200b34-5678"
    assert spans(text) == [("PHONE", "090-12\u200b34-5678")]


def test_types_filter_and_finding_shape() -> None:
    findings = detect_pii("山田様 090-1234-5678", types=["PHONE"])
    assert [f.type for f in findings] == ["PHONE"]
    as_dict = findings[0].to_dict()
    assert as_dict["check"] == "pii" and as_dict["stage"] == "input"
    assert (as_dict["start"], as_dict["end"]) == (4, 17)


@pytest.mark.parametrize(
    ("number", "valid"),
    [("123456789018", True), ("123456789012", False), ("381047259162", True)],
)
def test_my_number_check_digit(number: str, valid: bool) -> None:
    assert my_number_valid(number) is valid


def test_luhn() -> None:
    assert luhn_valid("4111 1111 1111 1111")
    assert not luhn_valid("4111 1111 1111 1112")


# --------------------------------------------------------------------------- redaction


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "山田太郎です。090-1234-5678にお願いします。山田太郎宛てで。",
            "<PERSON_1>です。<PHONE_1>にお願いします。<PERSON_1>宛てで。",
        ),
        (
            "My name is Anna Kowalski, email anna.k@example.com or anna@example.org.",
            "My name is <PERSON_1>, email <EMAIL_1> or <EMAIL_2>.",
        ),
        (
            "〒１０６－００３２ 東京都港区六本木６丁目１０番１号",
            "〒<POSTAL_CODE_1> <POSTAL_ADDRESS_1>",
        ),
        ("何もありません", "何もありません"),
    ],
)
def test_redact_and_restore_round_trip(text: str, redacted: str) -> None:
    result = redact(text, detect_pii(text))
    assert result.text == redacted
    assert restore(result.text, result.mapping) == text


def test_redaction_shares_placeholders_across_messages() -> None:
    first = redact("090-1234-5678", detect_pii("電話 090-1234-5678")[:0])
    assert first.text == "090-1234-5678"  # no findings, nothing changes
    one = redact("電話 090-1234-5678", detect_pii("電話 090-1234-5678"))
    two_text = "別の番号 080-0000-1111 と 090-1234-5678"
    two = redact(two_text, detect_pii(two_text), mapping=one.mapping)
    assert two.text == "別の番号 <PHONE_2> と <PHONE_1>"
    assert two.mapping == {"<PHONE_1>": "090-1234-5678", "<PHONE_2>": "080-0000-1111"}


def test_redact_ignores_spanless_and_overlapping_findings() -> None:
    text = "abcdef"
    findings = [
        Finding("input", "pii", "PERSON", 0, 4, 0.9, "low", "x"),
        Finding("input", "pii", "PHONE", 2, 6, 0.9, "low", "overlaps the first"),
        Finding("input", "injection", None, None, None, 0.9, "high", "whole text"),
    ]
    assert redact(text, findings).text == "<PERSON_1>ef"


def test_restore_leaves_unknown_placeholders() -> None:
    assert restore("call <PHONE_1> or <PHONE_9>", {"<PHONE_1>": "090"}) == "call 090 or <PHONE_9>"


# ---- names the surname lists do not know, vouched for by unidic's part-of-speech tags, and
# their innocent twins (places, shops, products, companies, staff roles in the same frames)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("担当の宮園さんにつないでください", ["宮園"]),  # surname on no list, before さん
        ("オレ、タカシっす。ケトル壊れたんで", ["タカシ"]),  # casual katakana self-introduction
        ("俺リョウだけど、まだ届かない", ["リョウ"]),
        ("ゆうこちゃんが欲しがっていた色です", ["ゆうこ"]),  # a hiragana given name
        ("妹のさやかが使っていたら止まりました", ["さやか"]),
        ("息子の大翔がケトルで火傷しそうになりました", ["大翔"]),
        ("母和子宛に送ってください", ["和子"]),
        ("健太と美咲で選んだ掃除機です", ["健太", "美咲"]),  # two given names joined by と
        ("田中と鈴木が対応しました", ["田中", "鈴木"]),
        ("あ、名前は上田で予約してます。下の名前は翔、「かける」です", ["上田", "翔"]),
        ("名前は堀之内です。", ["堀之内"]),
        ("リチャード・ブラウン（英国籍）の妻です", ["リチャード・ブラウン"]),
        ("アンナ・ペトロワと申します。", ["アンナ・ペトロワ"]),
        ("株式会社マルヤマ\u3000営業部\u3000丸山 修一（マルヤマシュウイチ）", ["丸山 修一"]),
        ("以上です。\n一ノ瀬 琴音", ["一ノ瀬 琴音"]),
        ("祖母のキヨ子が一人で使えるか心配です", ["キヨ子"]),
        ("Warm wishes from Osaka,\nMarco & Yumi", ["Marco", "Yumi"]),
        ("Cheers,\nMarisol and Diego Ferreira", ["Marisol", "Diego Ferreira"]),
        (
            "pls ship to my parents: Kazuo & Fumiko Ishida, Kawagoe",
            ["Kazuo", "Fumiko Ishida"],
        ),
        ("The courier, Bartholomew, left it in the rain.", ["Bartholomew"]),
        ("From the desk of Priyanka Raghunathan: no refund yet.", ["Priyanka Raghunathan"]),
        ("Ms. Okonkwo from accounts will call you.", ["Okonkwo"]),
    ],
)
def test_names_vouched_for_by_the_tagger(text: str, expected: list[str]) -> None:
    assert [v for t, v in spans(text) if t == "PERSON"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # places and shops that unidic also tags as surnames, in the same frames
        "大塚と池袋の間で荷物が止まっています",
        "佐賀と長崎に発送をお願いしたいです",
        "品川と目黒で在庫を確認してください",
        "青山と渋谷が好きで、よく買い物に行きます",
        "大塚と巣鴨は近いので、どちらの店舗でも構いません",
        "新宿駅の近くの大塚商店で買いました",
        "梅田のヨドバシで買いました",
        "渋谷区の青山通り沿いの店舗に行きました",
        "小林製薬の薬を飲んでから調子が悪いです",
        "ヤマダ電機で購入した冷蔵庫です",
        # products, brands and ordinary words
        "ルイ・ヴィトンの財布が届くはずでした",
        "ニンテンドー・スイッチの充電ができません",
        "アイロンとミシンを同時に買いました",
        "時間と手間をかけて設定しました",
        "こんにちは、カスタマーです。",
        "私はサクラ色を頼んだのに、届いたのは白でした",
        "雑菌が繁殖しにくい一方、水道水に含まれる成分が残ります",
        "お名前は不明です。",
        "下の名前はひらがなです。",
        # staff roles and family words before honorifics and joins
        "店長さんに相談しましたが、本社に聞いてくれと言われました",
        "配達員さんと管理人さんの両方に確認しました",
        "おねえちゃんが言うには壊れているそうです",
        "赤ちゃんとお母さんが使う加湿器です",
        "エスカレーション先はお客様サービス部長です",
        # English brands after titles, brands named after people, places
        "Mr. Coffee makes a similar kettle for half the price.",
        "Mr. Clean works better than your cleaner.",
        "Mr. Potato Head toys were in the wrong box.",
        "Mrs. Butterworth syrup was in the same box and it leaked.",
        "Tom Ford sunglasses arrived scratched.",
        "Jordan Shoes and Georgia Pacific are not the issue here.",
        "The Virginia Beach store refused the return.",
        "Johnson & Johnson bandages were missing from the kit.",
        "Cheers,\nFish & Chips Co.",
    ],
)
def test_tagged_look_alikes_are_not_names(text: str) -> None:
    assert [v for t, v in spans(text) if t == "PERSON"] == []
