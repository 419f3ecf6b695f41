"""Normalisation keeps a faithful way back to the original offsets."""

from __future__ import annotations

import pytest

from guardrails.normalize import CASE_PRESERVING, MATCHING, normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("ＡＢＣ　１２３", "abc 123"),  # full-width letters, digits and space
        ("０９０－１２３４－５６７８", "090-1234-5678"),
        ("㈱テスト", "(株)テスト"),  # one character becomes three
        ("ｶﾞｽ", "ガス"),  # half-width kana with a voiced mark: two characters become one
        ("ig\u200bno\u200dre", "ignore"),  # zero-width space and joiner
        ("\u202eRULES\u202c", "rules"),  # bidi override
        ("Ignоrе аll", "ignore all"),  # Cyrillic о, е, а
        ("ΑΙ", "ai"),  # Greek capitals
        ("1–2—3", "1-2-3"),  # en and em dashes
        ("ラーメン", "ラーメン"),  # the long-vowel mark is part of the word
        ("𝐢𝐠𝐧𝐨𝐫𝐞", "ignore"),  # mathematical bold
    ],
)
def test_normalized_text(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_case_preserving_keeps_case_and_scripts() -> None:
    nt = normalize("Ｊｏｈｎ Сидоров", CASE_PRESERVING)
    assert nt.text == "John Сидоров"


def test_plain_text_is_identity() -> None:
    nt = normalize("plain ascii and 日本語", MATCHING)
    assert nt.is_identity
    assert nt.to_original(6, 11) == (6, 11)


@pytest.mark.parametrize(
    ("original", "needle", "expected_span"),
    [
        # ㈱ expands to (株): spans after it shift back by two
        ("㈱テスト 090-1234-5678", "090-1234-5678", "090-1234-5678"),
        # a match inside the expansion widens to the whole original character
        ("㈱テスト", "株", "㈱"),
        ("電話０９０－１２３４－５６７８です", "090-1234-5678", "０９０－１２３４－５６７８"),
        (
            "i\u200bg\u200bn\u200bo\u200br\u200be this",
            "ignore",
            "i\u200bg\u200bn\u200bo\u200br\u200be",
        ),
        ("ｶﾞｽ漏れ 03-1234-5678", "03-1234-5678", "03-1234-5678"),
        ("ｶﾞｽ", "ガ", "ｶﾞ"),
        ("Ⅻ番 abc", "abc", "abc"),  # Ⅻ becomes "xii"
    ],
)
def test_offsets_map_back_to_the_original(original: str, needle: str, expected_span: str) -> None:
    nt = normalize(original)
    start = nt.text.index(needle.lower())
    o_start, o_end = nt.to_original(start, start + len(needle))
    assert original[o_start:o_end] == expected_span


def test_empty_span_and_bounds() -> None:
    nt = normalize("㈱a")
    assert nt.to_original(3, 3) == (1, 1)
    assert nt.to_original(4, 4) == (2, 2)
    with pytest.raises(ValueError):
        nt.to_original(0, 99)


def test_invisible_only_text() -> None:
    nt = normalize("\u200b\u200b")
    assert nt.text == ""
    assert nt.to_original(0, 0) == (2, 2)
