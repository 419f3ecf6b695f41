"""Money in customer text: parsing, spans, and demanded vs. mentioned."""

from __future__ import annotations

import pytest

from guardrails.amounts import (
    JPY_PER_EUR,
    JPY_PER_GBP,
    JPY_PER_USD,
    demanded_amount,
    find_amounts,
    kanji_to_int,
)

# (text, the amount as written, yen, role)
AMOUNTS: list[tuple[str, str, int, str]] = [
    ("¥50,000返してください", "¥50,000", 50_000, "demand"),
    ("￥５０，０００を請求します", "￥５０，０００", 50_000, "demand"),
    ("50,000円を返金しろ", "50,000円", 50_000, "demand"),
    ("5万円払え", "5万円", 50_000, "demand"),
    ("慰謝料は5万でいい", "5万", 50_000, "demand"),
    ("3.5万円の返金を求めます", "3.5万円", 35_000, "demand"),
    ("十万円を補償しろ", "十万円", 100_000, "demand"),
    ("五万円払ってください", "五万円", 50_000, "demand"),
    ("３万５千円返してください", "３万５千円", 35_000, "demand"),
    ("1万5000円で購入しました", "1万5000円", 15_000, "price"),
    ("1,200ドルを返金してほしい", "1,200ドル", round(1200 * JPY_PER_USD), "demand"),
    ("Refund me $400 now", "$400", round(400 * JPY_PER_USD), "demand"),
    ("I want 50k yen for the trouble", "50k yen", 50_000, "demand"),
    ("I want ¥50,000 for the trouble this caused.", "¥50,000", 50_000, "demand"),
    ("I paid ¥45,000 for it", "¥45,000", 45_000, "price"),
    ("45,000円で購入したヒーターです", "45,000円", 45_000, "price"),
    ("The heater cost $300.", "$300", round(300 * JPY_PER_USD), "price"),
    ("My lawyer advised me to claim ¥300,000 for the damage.", "¥300,000", 300_000, "demand"),
]


@pytest.mark.parametrize(("text", "written", "jpy", "role"), AMOUNTS)
def test_find_amounts(text: str, written: str, jpy: int, role: str) -> None:
    (a,) = find_amounts(text)
    assert (a.text, a.jpy, a.role) == (written, jpy, role)
    assert text[a.start : a.end] == written


@pytest.mark.parametrize(
    "text",
    [
        "5万人が使っている",
        "3回目の連絡です",
        "2024年に買いました",
        "HK-H200の型番です",
        "10万回再生された動画",
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("kanji", "value"),
    [
        ("十", 10),
        ("十万", 100_000),
        ("三千五百", 3500),
        ("二〇〇〇", 2000),
        ("百二十万", 1_200_000),
    ],
)
def test_kanji_numerals(kanji: str, value: int) -> None:
    assert kanji_to_int(kanji) == value


# (text, demanded yen or None, implied)
DEMANDS: list[tuple[str, int | None, bool]] = [
    ("I paid ¥45,000, please repair it.", None, False),
    ("I paid ¥45,000 and I want a full refund.", 45_000, True),
    ("45,000円で購入しました。返金してください。", 45_000, True),
    ("45,000円で購入しました。返金ではなく交換を希望します。", None, False),
    ("I paid $40, I want $2,000 for the trouble.", 300_000, False),
    ("I'm not asking for ¥50,000, just a new unit.", None, False),
    ("２万円の返金をお願いします", 20_000, False),
]


@pytest.mark.parametrize(("text", "jpy", "implied"), DEMANDS)
def test_demanded_amount(text: str, jpy: int | None, implied: bool) -> None:
    d = demanded_amount(text)
    if jpy is None:
        assert d is None
    else:
        assert d is not None and (d.jpy, d.implied) == (jpy, implied)
        assert text[d.start : d.end] == d.evidence


# Other currencies at the fixed rates; totals; a weak "I want the …" cue.
MORE_AMOUNTS: list[tuple[str, str, int, str]] = [
    ("I want £250 back.", "£250", round(250 * JPY_PER_GBP), "demand"),
    ("It cost me 400 pounds to fix the floor.", "400 pounds", round(400 * JPY_PER_GBP), "price"),
    ("Refund me €300.", "€300", round(300 * JPY_PER_EUR), "demand"),
    ("I want USD 300 back for the heater.", "USD 300", round(300 * JPY_PER_USD), "demand"),
    ("全部で５万円弱です。", "５万円", 50_000, "price"),
    ("I want the ¥50,000 late fee covered.", "¥50,000", 50_000, "demand"),
    ("I need the ¥45,000 heater fixed.", "¥45,000", 45_000, "price"),
    ("七万円返さないなら、SNSに書きます。", "七万円", 70_000, "demand"),
]


@pytest.mark.parametrize(("text", "written", "jpy", "role"), MORE_AMOUNTS)
def test_other_currencies_and_cues(text: str, written: str, jpy: int, role: str) -> None:
    (a,) = find_amounts(text)
    assert (a.text, a.jpy, a.role) == (written, jpy, role)


@pytest.mark.parametrize(
    ("text", "jpy"),
    [
        ("加湿器と棚で全部で５万円弱です。全額返してください。", 50_000),
        ("I paid €290 for the bundle and want every cent back.", round(290 * JPY_PER_EUR)),
    ],
)
def test_refund_of_a_total_is_a_demand_for_it(text: str, jpy: int) -> None:
    d = demanded_amount(text)
    assert d is not None and (d.jpy, d.implied) == (jpy, True)
