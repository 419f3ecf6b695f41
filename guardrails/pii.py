"""PII detection for Japanese and English text: recognizers as data, one small analyzer.

Following presidio's split, this module only *finds* spans (``detect_pii``); replacing them
is ``guardrails.redact``. A recognizer is a regex with a base score, context words that
raise it, context words that veto it (``注文番号``, ``tracking``...), and an optional
validator (Luhn for cards, the My Number check digit). Named groups whose name is a PII type
let one pattern report several entities (an address followed by its postal code).

People's names are found by patterns of context (honorifics, labels, self-introductions,
signatures, family words) whose name slot is vouched for by the shipped name lists or, for
Japanese names on no list, by unidic's part-of-speech tags (fugashi + unidic-lite); only
those short slots are tagged, never the whole message.

Matching runs on a normalised copy of the text (NFKC: full-width digits and hyphens become
ASCII; invisible characters are dropped); every span is mapped back, so offsets are exact
Python string indices into the text the caller gave.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from guardrails.findings import Finding, Stage
from guardrails.normalize import CASE_PRESERVING, NormalizedText, normalize
from guardrails.taxonomy import Severity

PII_TYPES: tuple[str, ...] = (
    "PHONE",
    "EMAIL",
    "CREDIT_CARD",
    "MY_NUMBER",
    "POSTAL_CODE",
    "POSTAL_ADDRESS",
    "PERSON",
    "BANK_ACCOUNT",
)

SEVERITY_BY_TYPE: dict[str, Severity] = {
    "MY_NUMBER": "critical",
    "CREDIT_CARD": "critical",
    "BANK_ACCOUNT": "high",
    "PHONE": "medium",
    "EMAIL": "medium",
    "POSTAL_ADDRESS": "medium",
    "POSTAL_CODE": "low",
    "PERSON": "low",
}

DEFAULT_THRESHOLD = 0.5
"""Candidates scoring below this are dropped."""

CONTEXT_WINDOW = 40
"""How many characters before a match are searched for context words."""


# --------------------------------------------------------------------------- validators


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def luhn_valid(value: str) -> bool:
    """Whether the digits of ``value`` pass the Luhn (mod 10) check of payment cards."""
    digits = [int(c) for c in _digits(value)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return bool(digits) and total % 10 == 0


def my_number_valid(value: str) -> bool:
    """Whether ``value`` holds 12 digits whose last is the My Number check digit.

    The first 11 digits, counted from the right as n = 1..11, carry weights n+1 (n <= 6)
    and n-5 (n >= 7); the check digit is 11 - (sum mod 11), or 0 when the remainder is 0
    or 1.
    """
    digits = [int(c) for c in _digits(value)]
    if len(digits) != 12:
        return False
    body = reversed(digits[:11])
    total = sum(d * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(body, start=1))
    remainder = total % 11
    return digits[11] == (0 if remainder <= 1 else 11 - remainder)


_CARD_GROUPINGS = frozenset(
    {
        (4, 4, 4, 4),
        (4, 6, 5),
        (4, 6, 4),
        (4, 4, 4, 2),
        (4, 4, 4, 3),
        (4, 4, 4, 4, 2),
        (4, 4, 4, 4, 3),
    }
)


def card_valid(value: str) -> bool:
    """A payment card: 13-19 digits, a known issuer prefix, a card grouping, Luhn-valid."""
    digits = _digits(value)
    groups = tuple(len(g) for g in re.split(r"[ -]+", value.strip()))
    plausible = len(digits) in (15, 16) if len(groups) == 1 else groups in _CARD_GROUPINGS
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and plausible and luhn_valid(digits)


def digit_count(low: int, high: int) -> Callable[[str], bool]:
    """A validator: between ``low`` and ``high`` digits (inclusive)."""

    def check(value: str) -> bool:
        return low <= len(_digits(value)) <= high

    return check


def _address_has_block(value: str) -> bool:
    # A Japanese address must reach the block level (丁目, 番地, 1-2-3) to be one.
    # Kyoto writes the street and the direction instead (河原町通三条上る恵比須町427).
    return bool(
        re.search(r"\d\s*(?:丁目|番|号|-\s*\d|の\d)|[一二三四五六七八九十]丁目", value)
        or re.search(r"(?:上る|下る|入る|上ル|下ル|入ル)[^\d]*\d", value)
    )


# --------------------------------------------------------------------------- recognizers


@dataclass(frozen=True)
class Recognizer:
    """One regex detector, as data.

    Attributes:
        name: A unique name, for debugging and tests.
        type: The PII type of the whole match (or of group ``group``).
        pattern: The regex, matched on the NFKC-normalised text. Named groups whose name
            is a PII type report extra entities from the same match.
        score: The base score of a match.
        group: The group (name or number) that is the entity; 0 for the whole match.
        context: Words that, found shortly before the match, raise the score by
            ``context_boost``.
        negative_context: Words that, found before the match and closer than any positive
            context word, veto it (order, tracking, serial numbers...).
        requires_context: Drop the match unless a positive context word is near.
        validator: A check of the entity text (checksum, digit count).
        flags: Regex flags.
        anchors: Literal strings (lower-case) without which the pattern cannot match; when
            given, the regex only runs in ``window`` (chars before, after) around them.
            A speed-up only: costly patterns stay off most of a long text.
        window: Characters before and after each anchor that the regex may span.
    """

    name: str
    type: str
    pattern: str
    score: float
    group: int | str = 0
    context: tuple[str, ...] = ()
    negative_context: tuple[str, ...] = ()
    requires_context: bool = False
    validator: Callable[[str], bool] | None = None
    context_boost: float = 0.3
    flags: int = 0
    anchors: tuple[str, ...] = ()
    window: tuple[int, int] = (60, 60)
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern, self.flags))


# Building blocks (on NFKC text: digits and "-" are ASCII here).
_B = r"(?<![0-9A-Za-z+])(?<![0-9A-Za-z][-/.])"  # a number starts here, not inside a code
_E = r"(?![0-9A-Za-z])(?![-/.][0-9A-Za-z])"  # ... and ends here
# A phone number may be glued to its label (TEL09012345678, 携帯09012345678) and followed by
# an extension (212-555-0143x22, ext.22); the extension is not part of the span.
_D = r"\d"
_PAREN = r"\("


def _lead(first: str, glued: bool = False) -> str:
    """The first character of a number (a one-character regex) and the _B check before it.

    The check is written after the character so that the pattern starts with a literal or a
    class, which lets the regex engine skip to candidate positions: five to twenty times
    faster than a leading look-behind on a 2,000-character message.
    """
    guard = rf"(?<![0-9A-Za-z+]{first})(?<![0-9A-Za-z][-/.]{first})"
    if glued:
        guard = rf"(?:(?<=[Tt][Ee][Ll]{first})|(?<=[Ff][Aa][Xx]{first})|{guard})"
    return first + guard


_EP = r"(?:(?=\s?(?:x|ext|EXT|Ext)\.?\s?\d)|(?![0-9A-Za-z])(?![-/.][0-9A-Za-z]))"
_SEP = r"[-ー ・]"  # separators people type inside phone numbers (ー: IME long-vowel mark)
_KANJI = r"[\u4e00-\u9fff々〆ヶ]"
_UP = "A-ZÀ-ÖØ-Þ"  # Latin capitals, accented ones included (Guðrún, Élodie)
_LO = "a-zß-öø-ÿ"
_KANA = r"[\u3041-\u3096\u30a1-\u30fa\u30fc]"
_HIRA = r"[\u3041-\u3096]"
_KATA = r"[\u30a1-\u30fa\u30fc]"

# Words before a number that say what it is *not*.
_NOT_PERSONAL_NUMBER = (
    "注文番号", "注文", "オーダー", "受付番号", "問い合わせ番号", "お問い合わせ番号",
    "追跡番号", "追跡", "伝票番号", "送り状", "問合せ番号", "お荷物番号",
    "製造番号", "シリアル", "型番", "品番", "部品番号", "ロット", "会員番号", "管理番号",
    "jan", "商品コード", "品目", "請求書番号", "取引番号", "レシート",
    "order", "tracking", "serial", "s/n", "model", "part", "lot", "invoice", "ref",
    "case", "ticket", "po number", "transaction", "receipt", "product code", "sku",
    "model number", "order number", "serial number", "part number", "tracking number",
    "case number", "ticket number", "reference number", "invoice number", "ref number",
    "confirmation number", "membership number", "member number", "item number", "lot number",
)  # fmt: skip

_NOT_PHONE = (*_NOT_PERSONAL_NUMBER, "account", "acct", "a/c", "口座", "普通", "当座", "iban")
_PHONE_CONTEXT = (
    "電話", "tel", "携帯", "連絡先", "番号", "折り返し", "fax", "phone", "call", "mobile",
    "cell", "contact", "reach", "number", "直通", "ケータイ", "スマホ", "自宅", "text me",
    "whatsapp", "landline", "ring", "dial", "内線", "代表", "連絡",
)  # fmt: skip

_PREFECTURES = (
    "北海道|東京都|京都府|大阪府|"
    "(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|"
    "長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|"
    "高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県"
)
# City names are kanji (with katakana in a few: 南アルプス市); the hiragana ones are listed, so
# that a particle before the city (我が家は大阪市) is not taken into it.
_HIRA_CITY = (
    r"(?:さいたま|つくば|つくばみらい|いわき|ひたちなか|かすみがうら|みどり|あきる野|いなべ|かほく|"
    r"あわら|南あわじ|たつの|うきは|みやま|えびの|いちき串木野|さくら|むつ|にかほ|かつらぎ|みよし|"
    r"せたな|むかわ|ニセコ)"
)
_CITY = (
    rf"(?:(?:{_HIRA_CITY}|(?:{_KANJI}|{_KATA}){{1,6}}?)[市郡](?:{_KANJI}{{1,4}}?[区町村])?"
    rf"|{_KANJI}{{1,4}}?区|{_KANJI}{{1,4}}?[町村])"
)
_TOWN = rf"(?:{_KANJI}|{_KANA}|\d+(?=条)){{1,20}}?"  # 条: Sapporo-style 北1条西
_KNUM = r"[一二三四五六七八九十]+"
_BLOCK = (
    rf"(?:(?:\d+|{_KNUM})(?:丁目|番地|番|号|-|の(?=\d))(?:\d+(?:丁目|番地の?|番|号|-|の(?=\d))?"
    rf"|{_KNUM}(?:丁目|番地|番|号))*"
    # Kyoto: a bare lot number after the direction words (…上る恵比須町427)
    rf"|(?<=[町通])\d{{1,4}}(?![\d-]))"
)
_BUILDING_WORD = (
    "マンション|ハイツ|ビル|コーポ|荘|レジデンス|タワー|アパート|ハイム|コート|ヒルズ|パレス|"
    "メゾン|ハウス|テラス|プラザ|ガーデン|団地|寮|棟|カーサ|パーク"
)
_BUILDING = (
    rf"(?:[ 　]?[^\s、。,,()（）]{{0,12}}?(?:{_BUILDING_WORD})[^\s、。,,()（）]{{0,10}}?"
    rf"[ 　]?\d{{1,4}}(?:号室|号|階|F)?(?!\d)|[ 　]?\d{{1,4}}号室"
    # a building named without a room (森タワー), up to the end of its name
    rf"|[ 　]?(?:{_KANJI}|{_KATA}|[A-Za-z]){{1,12}}?(?:{_BUILDING_WORD})(?=$|[\s、。,,()（）]|[にへまでのをが])"
    # any building name after a space (ライオンズ梅田, コスモ船橋402): katakana in it, or a room
    rf"|[ 　](?=[^\s、。]{{0,20}}?{_KATA})(?:{_KANJI}|{_KATA}|[A-Za-z0-9・&'-]){{2,30}}"
    rf"(?:[ 　]\d{{1,4}}(?:号室|号)?(?![\d-]))?)"
)
_JA_ADDRESS = (
    rf"(?:(?:{_PREFECTURES})(?:{_KANA}{{2,6}}[市町村]|{_CITY})|(?<!{_KANJI}){_CITY}){_TOWN}{_BLOCK}"
    rf"(?<!-)(?:{_BUILDING})?(?:[ 　]?\d{{1,2}}(?:階|F))?"
)

_EN_WORD = r"[A-Z][a-z][A-Za-z'’.-]*"
_STREET_TYPE = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Crescent|Close|Row|Gardens|"
    r"Hill|Walk|Mews|Grove|Rise|Vale|Quay|Alley|Trail|Loop|Pike|Esplanade|Crossing|Point|"
    r"Heights|View)\.?"
)
_UNIT = r"(?:Flat|Apt|Apartment|Unit|Suite|Ste|Room|Rm|Floor|Fl|Level|Lvl|#)\.?\s*#?[0-9A-Za-z-]+"
_STREET_NAME = (
    r"(?:(?:[NSEW]\.?|North|South|East|West|Old|New)\s+)?"
    r"(?:(?:[A-Z][a-z][A-Za-z'’.-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,3}"
)
_US_STATE = r"(?:[A-Z]{2}|NSW|VIC|QLD|TAS|ACT)(?=[\s,.]|$)"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_EN_ADDRESS = (
    rf"(?P<POSTAL_ADDRESS>(?:{_UNIT}(?:,?\s+|/))?\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+{_STREET_NAME}"
    rf"{_STREET_TYPE}(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?(?:,?\s+{_UNIT})?"
    rf"(?:,\s*{_EN_WORD}(?:\s{_EN_WORD})?)?(?:,?\s+{_US_STATE})?)"
    rf"(?:,?\s+(?P<POSTAL_CODE>\d{{5}}(?:-\d{{4}})?|(?<=[A-Z] )\d{{4}}|{_UK_POSTCODE})(?![0-9A-Za-z]))?"
)
_PO_BOX = (
    rf"(?P<POSTAL_ADDRESS>(?:P\.?\s?O\.?\s?Box|Post Office Box|PO BOX)\s+\d{{1,6}}"
    rf"(?:,\s*{_EN_WORD}(?:\s{_EN_WORD})?)?(?:,?\s+{_US_STATE})?)"
    rf"(?:,?\s+(?P<POSTAL_CODE>\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE})(?![0-9A-Za-z]))?"
)
# Japanese addresses written in Latin letters: 2-11-5 Kichijoji-Honcho, Musashino-shi, Tokyo.
_JP_PREF_ROMAN = (
    r"(?:Tokyo|Osaka|Kyoto|Hokkaido|Aomori|Iwate|Miyagi|Akita|Yamagata|Fukushima|Ibaraki|"
    r"Tochigi|Gunma|Saitama|Chiba|Kanagawa|Niigata|Toyama|Ishikawa|Fukui|Yamanashi|Nagano|Gifu|"
    r"Shizuoka|Aichi|Mie|Shiga|Hyogo|Nara|Wakayama|Tottori|Shimane|Okayama|Hiroshima|Yamaguchi|"
    r"Tokushima|Kagawa|Ehime|Kochi|Fukuoka|Saga|Nagasaki|Kumamoto|Oita|Miyazaki|Kagoshima|"
    r"Okinawa)(?:-ken|-fu|-to|\s+Prefecture)?"
)
_JP_ROMAN_ADDRESS = (
    rf"(?P<POSTAL_ADDRESS>(?:{_UNIT},\s*(?:[A-Z][\w'’-]*\s?){{1,4}},\s*)?"
    r"\d{1,4}-\d{1,4}(?:-\d{1,4})?,?\s+[A-Z][A-Za-z-]+"
    r"(?:(?:,\s*[A-Z][A-Za-z]+-(?:ku|shi|cho|machi|gun|mura|son))+"
    rf"(?:,\s*(?:{_JP_PREF_ROMAN}|[A-Z][a-z]+(?:-ken|-fu|\s+Prefecture)))?"
    rf"|(?:,\s*[A-Z][A-Za-z]+){{0,2}},\s*{_JP_PREF_ROMAN}))"
    r"(?:,?\s+(?P<POSTAL_CODE>\d{3}-\d{4})(?![0-9]))?"
)
# Continental European streets: 12 rue de la République, Lyon 69002 / Hauptstraße 5, Berlin
_EU_ADDRESS = (
    rf"(?P<POSTAL_ADDRESS>\d{{1,4}}(?:bis|ter)?,?\s+(?i:rue|avenue|boulevard|bd|place|chemin|allée|"
    rf"impasse|quai|via|viale|piazza|corso|calle|avenida|carrer|rua)\s+(?:[\w'’-]+\s){{0,4}}"
    rf"[{_UP}][\w'’-]+(?:,\s*[{_UP}][{_LO}-]+)?"
    rf"|[{_UP}][{_LO}]+(?:straße|strasse|weg|platz|allee|gasse|ring|damm)\s\d{{1,4}}[a-z]?"
    rf"(?:,\s*[{_UP}][{_LO}-]+)?)"
    r"(?:,?\s+(?P<POSTAL_CODE>\d{5}|\d{4})(?![0-9A-Za-z]))?"
)


RECOGNIZERS: tuple[Recognizer, ...] = (
    # ---------------------------------------------------------------- EMAIL
    Recognizer(
        "email",
        "EMAIL",
        r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
        r"(?![A-Za-z0-9-])",
        0.95,
        anchors=("@",),
        window=(64, 255),
    ),
    # ---------------------------------------------------------------- PHONE (Japan)
    Recognizer(
        "phone_jp_mobile",
        "PHONE",
        rf"{_lead('0', glued=True)}[5789]0(?:{_SEP}?\d{{4}}{_SEP}?|\(\d{{4}}\)|\.\d{{4}}\."
        rf"| ?[-ー] ?\d{{4}} ?[-ー] ?)\d{{4}}{_EP}",
        0.8,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
    ),
    Recognizer(
        "phone_jp_landline",
        "PHONE",
        rf"{_lead('0', glued=True)}\d{{1,4}}(?:{_SEP}\d{{1,4}}{_SEP}|\(\d{{1,4}}\))\d{{4}}{_EP}",
        0.7,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
        validator=digit_count(10, 10),
    ),
    Recognizer(
        "phone_jp_paren",
        "PHONE",
        rf"{_lead(_PAREN, glued=True)}0(?:[5789]0\) ?\d{{4}}{_SEP}?|\d{{1,4}}\)\s?\d{{1,4}}[- ]?)\d{{4}}{_EP}",
        0.7,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
        validator=digit_count(10, 11),
    ),
    Recognizer(
        "phone_jp_tollfree",
        "PHONE",
        rf"{_lead('0', glued=True)}(?:120|800|570){_SEP}?\d{{3}}{_SEP}?\d{{3,4}}{_EP}",
        0.6,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
    ),
    Recognizer(
        "phone_jp_landline_compact",
        "PHONE",
        rf"{_lead('0', glued=True)}[1-9]\d{{8}}{_EP}",
        0.3,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
        requires_context=True,
    ),
    # ---------------------------------------------------------------- PHONE (international)
    Recognizer(
        "phone_international",
        "PHONE",
        r"(?<![A-Za-z0-9+])(?:\+|00(?=[1-9]\d{0,2}[ .-]))\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(?\d{1,4}\)?)"
        r"(?:[ .-]?\d{2,4}){1,4}(?!\d)(?![-.]\d)",
        0.85,
        validator=digit_count(9, 15),
    ),
    Recognizer(
        "phone_nanp",
        "PHONE",
        rf"{_lead('[1-9(]')}(?:(?<=1)[ .-]?(?:\([2-9]\d{{2}}\)[ .-]?|[2-9]\d{{2}}[ .-])"
        rf"|(?<=\()[2-9]\d{{2}}\)[ .-]?|(?<=[2-9])\d{{2}}[ .-])\d{{3}}[ .-]\d{{4}}{_EP}",
        0.75,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
    ),
    Recognizer(
        "phone_uk",
        "PHONE",
        rf"{_lead('0')}(?:(?:7\d{{3}}|1\d{{3}})[ -]?\d{{3}}[ -]?\d{{3}}|(?:2\d|1\d{{2}})[ -]\d{{3,4}}[ -]\d{{4}}"
        rf"|(?:3|8)\d{{2}}[ -]\d{{3}}[ -]\d{{4}}){_EP}",
        0.7,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
        validator=digit_count(11, 11),
    ),
    Recognizer(
        "phone_us_local",
        "PHONE",
        rf"{_lead('[2-9]')}\d{{2}}-\d{{4}}{_EP}",
        0.3,
        context=("call", "phone", "tel", "text", "dial", "reach", "cell", "mobile", "extension"),
        negative_context=_NOT_PHONE,
        requires_context=True,
    ),
    Recognizer(
        "phone_nanp_compact",
        "PHONE",
        rf"{_lead('[1-9]', glued=True)}(?:(?<=1)[2-9]\d{{2}}|(?<=[2-9])\d{{2}})[2-9]\d{{6}}{_EP}",
        0.3,
        context=_PHONE_CONTEXT,
        negative_context=_NOT_PHONE,
        requires_context=True,
    ),
    # ---------------------------------------------------------------- CREDIT_CARD
    Recognizer(
        "credit_card",
        "CREDIT_CARD",
        rf"{_lead(_D)}\d{{3}}(?:(?:[ -]{{1,2}})?\d{{1,6}}){{2,4}}{_E}",
        0.85,
        context=("カード", "card", "visa", "master", "amex", "jcb", "diners", "決済", "クレジット"),
        negative_context=_NOT_PERSONAL_NUMBER,
        validator=card_valid,
        context_boost=0.1,
    ),
    # ---------------------------------------------------------------- MY_NUMBER
    Recognizer(
        "my_number",
        "MY_NUMBER",
        rf"{_lead(_D)}\d{{3}}[ -]?\d{{4}}[ -]?\d{{4}}{_E}",
        0.55,
        context=("マイナンバー", "個人番号", "my number", "individual number", "mynumber"),
        negative_context=_NOT_PERSONAL_NUMBER,
        validator=my_number_valid,
        context_boost=0.4,
    ),
    # ---------------------------------------------------------------- POSTAL_CODE
    Recognizer("postal_jp_mark", "POSTAL_CODE", r"〒\s?(\d{3}-?\d{4})(?!\d)", 0.95, group=1),
    Recognizer(
        "postal_jp_context",
        "POSTAL_CODE",
        rf"{_lead(_D)}\d{{2}}-?\d{{4}}{_E}",
        0.3,
        context=("郵便番号", "zip", "postal code", "postcode", "post code", "〒"),
        negative_context=_NOT_PERSONAL_NUMBER,
        requires_context=True,
    ),
    Recognizer(
        "postal_us_context",
        "POSTAL_CODE",
        rf"{_lead(_D)}\d{{4}}(?:-\d{{4}})?{_E}",
        0.3,
        context=("zip", "postal code", "postcode"),
        negative_context=_NOT_PERSONAL_NUMBER,
        requires_context=True,
    ),
    Recognizer(
        "postal_uk",
        "POSTAL_CODE",
        rf"(?<![A-Za-z0-9]){_UK_POSTCODE}(?![A-Za-z0-9])",
        0.3,
        context=("postcode", "post code", "postal code", "london", "uk", "address"),
        requires_context=True,
    ),
    # ---------------------------------------------------------------- POSTAL_ADDRESS
    Recognizer(
        "address_ja",
        "POSTAL_ADDRESS",
        _JA_ADDRESS,
        0.85,
        validator=_address_has_block,
        anchors=("市", "区", "郡", "町", "村"),
        window=(12, 60),
    ),
    Recognizer(
        "address_en",
        "POSTAL_ADDRESS",
        _EN_ADDRESS,
        0.8,
        group="POSTAL_ADDRESS",
        anchors=tuple(
            f" {word}{end}"
            for word in (
                "st", "street", "ave", "avenue", "road", "rd", "blvd", "boulevard", "dr",
                "drive", "lane", "ln", "way", "court", "ct", "place", "pl", "terrace", "ter",
                "pkwy", "parkway", "circle", "cir", "hwy", "highway", "square", "sq",
                "crescent", "close", "row", "gardens", "hill", "walk", "mews", "grove", "rise",
                "vale", "quay", "alley", "trail", "loop", "pike", "esplanade", "crossing",
                "point", "heights", "view",
            )
            for end in (" ", ",", ".", "\n")
        ),
        window=(60, 60),
    ),
    Recognizer(
        "address_po_box",
        "POSTAL_ADDRESS",
        _PO_BOX,
        0.8,
        group="POSTAL_ADDRESS",
        anchors=("box",),
        window=(20, 60),
    ),
    Recognizer(
        "address_eu",
        "POSTAL_ADDRESS",
        _EU_ADDRESS,
        0.75,
        group="POSTAL_ADDRESS",
        anchors=(
            "rue ", "avenue ", "boulevard ", "bd ", "place ", "chemin ", "allée ", "impasse ",
            "quai ", "via ", "viale ", "piazza ", "corso ", "calle ", "avenida ", "carrer ",
            "rua ", "straße ", "strasse ", "weg ", "platz ", "allee ", "gasse ", "ring ", "damm ",
        ),
        window=(30, 60),
    ),
    Recognizer(
        "address_jp_roman",
        "POSTAL_ADDRESS",
        _JP_ROMAN_ADDRESS,
        0.8,
        group="POSTAL_ADDRESS",
        anchors=(
            "-ku", "-shi", "-cho", "-machi", "-gun", "-mura", "-son", "tokyo", "osaka", "kyoto",
            "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki",
            "tochigi", "gunma", "saitama", "chiba", "kanagawa", "niigata", "toyama", "ishikawa",
            "fukui", "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie", "shiga", "hyogo",
            "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima", "yamaguchi",
            "tokushima", "kagawa", "ehime", "kochi", "fukuoka", "saga", "nagasaki", "kumamoto",
            "oita", "miyazaki", "kagoshima", "okinawa",
        ),
        window=(70, 40),
    ),
    # ---------------------------------------------------------------- BANK_ACCOUNT
    Recognizer(
        "bank_account_ja",
        "BANK_ACCOUNT",
        rf"{_lead(_D)}\d{{6,7}}{_E}",
        0.2,
        context=("口座番号", "普通預金", "当座預金", "普通", "当座", "口座", "支店", "貯蓄", "ゆうちょ"),
        negative_context=_NOT_PERSONAL_NUMBER,
        requires_context=True,
        context_boost=0.6,
    ),
    Recognizer(
        "bank_account_en",
        "BANK_ACCOUNT",
        rf"{_lead(_D)}\d{{5,11}}{_E}",
        0.2,
        context=(
            "account", "acct", "a/c", "ordinary", "futsu", "savings", "checking", "routing",
            "bank", "branch",
        ),
        negative_context=_NOT_PERSONAL_NUMBER,
        requires_context=True,
        context_boost=0.6,
    ),
)  # fmt: skip


# --------------------------------------------------------------------------- names


def _word_set(words: str) -> frozenset[str]:
    """A word list written as white-space separated text (easier to keep than a literal)."""
    return frozenset(words.split())


DATA_DIR = Path(__file__).parent / "data"
"""Word lists shipped with the package (one or more white-space separated words a line)."""


@cache
def load_words(name: str) -> frozenset[str]:
    """The words of ``DATA_DIR/name``; lines starting with ``#`` are comments."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


# Common Japanese surnames: a kanji name found next to 様/です/と申します is only trusted when
# it starts with one of these or sits in a strong context (名前：, 名義, と申します).
JA_SURNAMES: frozenset[str] = load_words("ja_surnames.txt")
# Latin-letter lists (lower case): given names and surnames seen in English-language text,
# and Japanese names written in Latin letters ("Taro Yamada", "YAMADA Taro").
EN_GIVEN_NAMES: frozenset[str] = load_words("en_given_names.txt") | load_words(
    "ja_given_romaji.txt"
)
EN_SURNAMES: frozenset[str] = load_words("en_surnames.txt") | load_words("ja_surnames_romaji.txt")
JA_SURNAMES_ROMAJI: frozenset[str] = load_words("ja_surnames_romaji.txt")
# Everyday words brands put after a title (Mr. Coffee, Mr. Clean).
EN_COMMON_WORDS: frozenset[str] = load_words("en_common_words.txt")


@cache
def load_lines(name: str) -> frozenset[str]:
    """The non-empty, non-comment lines of ``DATA_DIR/name``, lower-cased."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


# Brands named after people (Tom Ford, ルイ・ヴィトン): such a "name" is a product or a shop.
BRAND_NAMES: frozenset[str] = load_lines("brand_names.txt")
_BRAND_KEY = re.compile(r"[\s.&・'’]+|\band\b|\bn\b")


def _brand_key(value: str) -> str:
    """``value`` lower-cased with dots, ampersands and spacing removed (Mr. Coffee -> mrcoffee)."""
    return _BRAND_KEY.sub("", value.lower())


_BRAND_KEYS: frozenset[str] = frozenset(_brand_key(b) for b in BRAND_NAMES)

_HONORIFIC = r"(?:様|さま|さん|氏|殿|くん|君|ちゃん)"
_JA_FULLNAME = (
    rf"{_KATA}{{2,3}}子(?!{_KANJI})"  # キヨ子, ハル子
    rf"|(?:{_KANJI}ノ)?{_KANJI}{{1,4}}(?:[ 　]?{_KANJI}{{1,3}}|[ 　]{_KATA}{{2,5}}|[ 　]{_HIRA}{{2,4}})?"
    rf"|{_KATA}{{2,6}}(?:[ 　・=＝]{_KATA}{{1,6}}){{0,2}}(?![ァ-ヺー])"
    rf"|{_KATA}{{2,6}}[ 　]{_KANJI}{{1,3}}"  # ブラウン 由紀 (a foreign family name, a kanji given name)
)
# Words that stand before 様/さん but are not names.
_NOT_NAMES: frozenset[str] = _word_set(
    """
    客 お客 皆 皆々 奥 子 お子 神 王 担当 担当者 ご担当者 店長 部長 社長 課長 係長 先生 業者 配達員
    運転手 会社 御社 貴社 母 父 お母 お父 兄 姉 弟 妹 息子 娘 相手 先方 方 各位 ドライバー スタッフ
    オペレーター メーカー 店員 大家 管理人 隣 近所 友達 友人 お隣 宅配 郵便 同僚 上司 窓口 本人
    ご本人 主人 ご主人 担当 ご担当 家族 ご家族 親 旦那 嫁 医者 看護師 受付 係 係員 担当様 お世話 ユーザー
    東京 大阪 京都 名古屋 横浜 神戸 福岡 札幌 仙台 広島 北海道 日本 海外 関東 関西 東北 九州 四国
    本社 本店 支店 地元 近所 東日本 西日本 南口 北口 東口 西口 中央
    """
)
_NOT_NAME_SUFFIXES = (
    "者", "員", "長", "社", "店", "部", "課", "係", "屋", "局", "所", "会", "様", "御中", "室",
    "人", "家電", "電機", "商事", "運輸", "急便", "銀行", "工業", "製作所", "電気", "商店",
)  # fmt: skip
# Words that end in 様 but are not "name + 様" (仕様 "specification", 同様 "likewise"); the
# part before 様 is listed.
# Endings of business and place names, rejected even after a known surname (田中電機).
_ORG_SUFFIXES_JA = (
    "電機", "電気", "商事", "運輸", "急便", "銀行", "工業", "製作所", "商店", "店", "社", "屋",
    "病院", "医院", "駅", "線", "通り", "市", "区", "町", "村", "県", "製", "館", "堂", "院",
    "局", "署", "会", "所", "室", "課", "部", "係", "産業", "建設", "不動産", "薬局",
)  # fmt: skip
_WORDS_BEFORE_SAMA = ("仕", "同", "模", "多", "異", "紋", "殿")
_NAME_TAIL = re.compile(r"(?:宛て?|名義|方|より|から|様|氏|殿|君)$")

_EN_NAME_TOKEN = rf"(?:[{_UP}][{_LO}]*['’])?[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_EN_NAME = (
    rf"{_EN_NAME_TOKEN}(?:[ ](?:[A-Z]\.[ ])?{_EN_NAME_TOKEN}){{0,2}}"
    r"(?:,? (?:Jr\.?|Sr\.?|II|III|IV)(?![A-Za-z]))?"
)
# Capitalised words that follow "this is", "I'm" or a greeting but are not names.
_NOT_EN_NAMES: frozenset[str] = _word_set(
    """
    I The This That It A An Support Customer Team Service Services Sales Manager Sir Madam Order
    Model Hello Hi Dear Thanks Thank Please Japan Tokyo Osaka Kyoto English Japanese Sorry Very
    So Not Just Really Still Also Here There Your My Our We You He She They Mr Mrs Ms Dr Regards
    Best Sincerely Cheers Inc Ltd Co Corp Company Customer Premium Member Account Bank Branch
    Visa Mastercard Amex Order Invoice Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Writing Calling Contacting Emailing Following Happy Unhappy Disappointed Frustrated Okay Ok
    Urgent Re Fw Fwd Yes No None Unknown Nobody Someone Anyone Everyone Warranty Address Phone
    Email Tel Fax Name Holder Ship Deliver Attn Attention Contact Person Me Us Him Her Them All
    Back Gone Out Now Done Here Again Fine Good Bad Sure Going Getting Coming Trying
    """
)
# Given names that are also everyday words: not trusted in lower case ("its will be fine").
_AMBIGUOUS_LOWER: frozenset[str] = _word_set(
    "will mark grace joy faith summer ray rose sue bill pat jean ivy lily june april max dean "
    "hope art may sky rob jack frank bob ken tim dan sam chris ben kim victor"
)
# Characters kanji given names commonly end with (美咲, 博之, 悠真, 一郎): used where a given
# name stands without a surname to vouch for it.
_GIVEN_NAME_ENDINGS = (
    "子美恵香奈菜花郎太介輔樹也哉斗翔真彦男夫雄司之志史平蔵助治希乃音葉咲華里佳代絵穂紀江枝輝"
    "一二三朗吾亮誠剛健勇翼陽"
)
# Words that make a capitalised phrase an organisation, a team, a place or a product rather
# than a person ("Honeywell Customer Care", "Victoria Station", "Jordan Shoes").
_ORG_WORDS: frozenset[str] = _word_set(
    """
    Team Care Support Service Services Customer Customers Desk Office Department Dept Group
    Center Centre Staff Crew Store Stores Shop Inc Ltd LLC Llc Corp Co Company Corporation
    Bank Hotel Station Street St Road Rd Avenue Ave Hospital Clinic University College
    School Electric Electronics Motors Airlines Airways Express Delivery Logistics Mart Market
    Online Admin Help Helpdesk Manager Representative Agent Operator Desk Line Club Mall
    Airport Tower Building Plaza Square Bridge Lake River Mountain City County State Prefecture
    District Ward Japan Tokyo Osaka Kyoto America Kingdom Day Week Month Year Edition Series
    Pro Max Plus Mini Ultra Air Watch Phone Pad Book Shoes Card Points Rewards Prime Premium
    Period Policy Warranty Plan Account Order Orders Number Model Version Update Refund Refunds
    Please Thanks Regards Best Cheers Hello Hi Dear Sorry Brand Down Up Sale Sales Deals
    Collection Kit Set Pack Black Friday Cyber Monday New Old
    Pacific Atlantic Beach Coast Valley Heights Springs Falls Harbor Harbour Island Islands
    Gulf Creek Lakes Gardens Canyon Peninsula Central Northern Southern Eastern Western Highlands
    Outlet Outlets Factory Boutique Studio Studios Bakery Cafe Restaurant Kitchen Pharmacy Salon
    Garage Foods Goods Supply Supplies Trading Holdings Partners Brothers Bros Sons Co.
    """
)


@dataclass(frozen=True)
class NamePattern:
    """A regex whose group ``name`` is a person's name, and how much to trust it.

    Attributes:
        name: A unique name for debugging.
        pattern: The regex; group ``name`` is the person's name.
        score: The score of a match.
        needs_surname: For Japanese names: only accept when the name starts with a known
            surname (JA_SURNAMES). Katakana and Latin names are exempt if ``kana_ok``.
        kana_ok: Accept katakana names (which the surname list cannot vouch for).
        trim_start: Where a kanji name does not start with a known surname, start it at the
            first one (「…の山田」 matched from too early). Off where a label fixes the start
            (氏名：篠原 優子).
        single_given: A Latin name of one word must be a listed given name ("— Jane", but
            not "— Refund").
        lexicon: A Latin name must start with a listed given name or end with a listed
            surname (where the context alone is weak).
        tail: Also search the last ``tail`` characters of the text (a sign-off), besides the
            anchor windows.
        flags: Regex flags.
        anchors: As for ``Recognizer``: literals that gate where the regex runs.
        window: Characters before and after each anchor that the regex may span.
        pos: Use the part-of-speech tags of unidic for Japanese names: ``"fallback"``
            accepts a name the lists reject when its words are tagged as person names;
            ``"require"`` accepts only such names (the lists are not asked); ``"veto"``
            rejects a name the lists accept when the tagger knows it as an ordinary word
            (こんにちは、カスタマーです).
        pos_side: Which person-name words the span keeps: ``"right"`` the run that ends
            the slot (the slot ends at a honorific), ``"left"`` the run that starts it (the
            slot follows a label), ``"all"`` only a slot made of person-name words alone.
        pos_label: After a name label (名前は): proper nouns of any kind and one short
            common noun (下の名前は涼) count as a name.
        joint: Groups ``name`` and ``also`` (健一と美香, Marco & Yumi) are both names, or
            neither is reported.
        after_title: The name follows Mr/Mrs/Dr: an everyday word there is a brand
            (Mr. Coffee, Mr. Clean), not a surname.
    """

    name: str
    pattern: str
    score: float
    needs_surname: bool = False
    kana_ok: bool = True
    trim_start: bool = True
    single_given: bool = False
    lexicon: bool = False
    tail: int = 0
    flags: int = 0
    anchors: tuple[str, ...] = ()
    window: tuple[int, int] = (30, 30)
    pos: str = ""
    pos_side: str = "all"
    pos_label: bool = False
    joint: bool = False
    after_title: bool = False
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern, self.flags))


_CLAUSE_START = r"(?:^|(?<=[\n。！!？?、,:：「（(]))[ 　]*"
_NAME_LABEL_JA = (
    r"(?:お?名前|なまえ|名字|苗字|フルネーム|氏名|ご?芳名|名義|口座名義|契約者名?|購入者名?|依頼主|宛名|受取人|送り主|差出人|"
    r"申込者|担当|担当者)"
)
_NAME_LABEL_ANCHORS_JA = (
    "名前", "なまえ", "名字", "苗字", "フルネーム", "氏名", "芳名", "名義", "契約者", "購入者", "依頼主", "宛名", "受取人", "送り主",
    "差出人", "申込者", "担当",
)  # fmt: skip
_NAME_LABEL_EN = (
    r"(?i:name|holder|account holder|ship to|deliver to|send to|attn|contact person|recipient|"
    r"signed|signature|addressee|purchaser|buyer|policyholder|cardholder|surname|last name|"
    r"first name|family name|given name|full name|contact|name on (?:the )?card|desk of)"
)
# Literal prefilter anchors of the English name-label patterns.
_NAME_LABEL_EN_ANCHORS: tuple[str, ...] = (
    "name",
    "holder",
    "ship to",
    "deliver to",
    "send to",
    "attn",
    "attention",
    "contact person",
    "customer",
    "recipient",
    "from",
    "contact",
    "sign",
    "addressee",
    "purchaser",
    "buyer",
)

NAME_PATTERNS: tuple[NamePattern, ...] = (
    # 山田様, 青木 真由美様, 田中さん (honorific excluded from the span)
    NamePattern(
        "ja_honorific",
        rf"(?<!{_KANJI})(?<!{_KATA})(?P<name>{_JA_FULLNAME})(?=[ 　]?(?:様|さま|氏|殿))",
        0.7,
        anchors=("様", "さま", "氏", "殿"),
        window=(16, 4),
    ),
    # 石井さん: さん/くん/ちゃん also follow trades and companies (大工さん, 家電さん,
    # 赤ちゃん), so a kanji name needs a known surname here.
    NamePattern(
        "ja_familiar_honorific",
        rf"(?<!{_KANJI})(?<!{_KATA})(?P<name>{_JA_FULLNAME})(?=さん|くん|君|ちゃん)",
        0.7,
        needs_surname=True,
        anchors=("さん", "くん", "君", "ちゃん"),
        window=(16, 4),
        pos="fallback",
        pos_side="right",
    ),
    # 田中部長, 佐藤先生 (a known surname and a title; the title is not part of the name)
    NamePattern(
        "ja_title",
        rf"(?<!{_KANJI})(?P<name>{_KANJI}{{1,4}})(?=部長|課長|社長|店長|係長|主任|先生|医師|弁護士)",
        0.65,
        needs_surname=True,
        anchors=("部長", "課長", "社長", "店長", "係長", "主任", "先生", "医師", "弁護士"),
        window=(6, 4),
        pos="fallback",
    ),
    # 私、山田と申します / 岡田でございます / 山田太郎です (clause-initial)
    NamePattern(
        "ja_self_intro",
        rf"(?:{_CLAUSE_START}|(?<=私)|(?<=私は)|(?<=わたくし)|(?<=わたし)|(?<=の))"
        rf"(?P<name>{_JA_FULLNAME}|{_HIRA}{{2,6}}(?:[ 　]{_HIRA}{{2,5}})?)"
        r"(?=と申します|と申す|といいます|と言います|でございます)",
        0.85,
        anchors=("と申", "といいます", "と言います", "でございます"),
        window=(16, 8),
    ),
    NamePattern(
        "ja_copula",
        rf"(?:{_CLAUSE_START}|(?<=私は)|(?<=私、)|(?<=わたしは)|(?<=わたくしは)|(?<=の)|(?<=は)"
        rf"|(?<=[ぁ-ん]、))"
        rf"(?P<name>{_JA_FULLNAME}|{_HIRA}{{2,5}}[ 　]{_HIRA}{{2,5}})"
        r"(?=です(?:けど|が)?[。！!、,\s]|です$|っす|や[、,]|だ[。、,]|だけど)",
        0.75,
        needs_surname=True,
        kana_ok=False,
        anchors=("です", "っす", "や、", "や,", "だ。", "だ、", "だ,", "だけど"),
        window=(14, 6),
        pos="fallback",
    ),
    # こんにちは、ヨシダです (a katakana name: only after a greeting)
    NamePattern(
        "ja_copula_kana",
        r"(?:こんにちは|こんばんは|おはようございます|はじめまして|お世話になっております|"
        r"お世話になります|おせわになります|もしもし|私は|わたしは)[、。,!！\s]*"
        rf"(?P<name>{_KATA}{{2,6}}(?:[ 　・]{_KATA}{{2,6}})?)(?=です|と申します|でございます)",
        0.7,
        pos="veto",
        anchors=(
            "こんにちは",
            "こんばんは",
            "おはよう",
            "はじめまして",
            "世話に",
            "せわに",
            "もしもし",
            "私は",
            "わたしは",
        ),
        window=(2, 24),
    ),
    # 名前：比嘉 誠 / 口座名義：ハヤシ ミドリ (a label and a separator: any name)
    NamePattern(
        "ja_labelled",
        rf"{_NAME_LABEL_JA}(?:[ 　]*[:：→][ 　]*(?P<name>{_JA_FULLNAME}|{_HIRA}{{2,5}}[ 　]{_HIRA}{{2,5}})"
        rf"|[ 　]+(?P<name2>{_HIRA}{{2,5}}[ 　]{_HIRA}{{2,5}}))"
        rf"(?=$|[\s、。,.()（）宛様さ]|です|の|が|と)",
        0.8,
        trim_start=False,
        anchors=_NAME_LABEL_ANCHORS_JA,
        window=(4, 24),
    ),
    # 依頼主上田 聡 / 私の名前は松本 浩です / 小林名義 (no separator: a known surname only)
    NamePattern(
        "ja_labelled_direct",
        rf"{_NAME_LABEL_JA}(?:は|が)?[ 　]*(?P<name>{_JA_FULLNAME})"
        rf"(?=$|[\s、。,.()（）宛様さ]|です|の|が|と|で)",
        0.75,
        needs_surname=True,
        anchors=_NAME_LABEL_ANCHORS_JA,
        window=(4, 24),
        pos="fallback",
        pos_side="left",
    ),
    # 渡辺 恵子 (a known surname, a space, a given name) standing on its own
    NamePattern(
        "ja_full_name_spaced",
        rf"(?P<name>{_KANJI}(?<![\u4e00-\u9fff0-9]{_KANJI}){_KANJI}{{0,2}}[ 　](?:{_KANJI}{{1,3}}|{_KATA}{{2,5}}"
        rf"|{_HIRA}{{2,4}}(?=です|さん|様|$|[\s、。]))|{_KATA}{{2,6}}[ 　]{_KATA}{{2,6}}(?=$|[\s、。]))"
        rf"(?!{_KANJI})",
        0.7,
        needs_surname=True,
        pos="fallback",
    ),
    # 鈴木一郎宛て / 小林名義 / Lee宛て
    NamePattern(
        "ja_addressee",
        rf"(?<!{_KANJI})(?P<name>{_JA_FULLNAME}|{_EN_NAME})(?=宛|名義|方(?:$|で|に|へ|まで|[、。\s]))",
        0.7,
        needs_surname=True,
        anchors=("宛", "名義", "方"),
        window=(16, 4),
        pos="fallback",
        pos_side="right",
    ),
    # my name is John Smith / I'm Carlos Mendes / this is Emily Carter
    NamePattern(
        "en_self_intro",
        rf"(?i:\bmy name is|\bmy name's|\bi am|\bi'm|\bthis is|\bit's|\bits)\s+(?P<name>{_EN_NAME})\b",
        0.8,
        anchors=("my name", "i am", "i'm", "this is", "it's", "its"),
        window=(4, 40),
    ),
    # hey its jake again (chat: a lower-case first name between "it's" and "again/here")
    NamePattern(
        "en_casual_intro",
        r"(?i:\b(?:it's|its|it’s|this is|im|i'm|i’m))\s+(?P<name>[a-z]{2,12})\b"
        r"(?=\s*(?:again|here|lol|from|[,.!;]|$))",
        0.6,
        anchors=("it's", "its", "it’s", "this is", "im ", "i'm", "i’m"),
        window=(4, 30),
    ),
    # Name: Aiko Tanaka-Smith / holder Daniel Brooks / ship to: Hannah Schmidt
    NamePattern(
        "en_labelled",
        rf"\b{_NAME_LABEL_EN}\s*[:：-]?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?P<name>{_EN_NAME})\b",
        0.75,
        anchors=_NAME_LABEL_EN_ANCHORS,
        window=(4, 50),
    ),
    # card: ... / name LIAM FOSTER (card holder names are embossed in capitals)
    NamePattern(
        "en_labelled_caps",
        rf"\b{_NAME_LABEL_EN}\s*[:：-]?\s*(?P<name>(?:[A-Z]\.[ ]?|[A-Z]{{2,}}[ ])(?:[A-Z]{{2,}}[ ]){{0,1}}[A-Z]{{2,}})\b",
        0.7,
        anchors=_NAME_LABEL_EN_ANCHORS,
        window=(4, 50),
    ),
    # 経理部杉山 (a signature: department, then a surname, at the end of a line)
    NamePattern(
        "ja_after_department",
        rf"(?:(?<=[部課室係])|(?<=[部課室係][ 　])|(?:株式会社|有限会社|合同会社|\(株\))[^\s、。]{{1,20}}[ 　]+)"
        rf"(?!{_KANJI}{{0,4}}[部課室係](?:[ 　]|$))"
        rf"(?P<name>{_KANJI}{{1,3}}(?:[ 　]{_KANJI}{{1,3}})?)(?=$|\n|[ 　、。(（])",
        0.65,
        needs_surname=True,
        anchors=("部", "課", "室", "係", "会社", "(株)"),
        window=(24, 12),
        pos="fallback",
    ),
    # From: Taro Yamada <taro@example.com> (mail headers)
    NamePattern(
        "en_header",
        rf"(?im:^[ \t>]*(?:from|to|cc|sender|customer|signed)[ \t]*:)[ \t]*(?P<name>{_EN_NAME})\b",
        0.75,
        anchors=("from", "to", "cc", "sender", "customer", "signed"),
        window=(4, 40),
    ),
    # Mr. Smith / Ms. Yuko Ishida (title excluded from the span)
    NamePattern(
        "en_title",
        rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?P<name>{_EN_NAME})\b",
        0.8,
        after_title=True,
        anchors=("mr", "ms", "miss", "mx", "dr", "prof"),
        window=(2, 40),
    ),
    # my mother, Margaret O'Brien / my husband John
    NamePattern(
        "en_relation",
        r"(?i:(?:\b(?:my|our|his|her|their)|['’]s) (?:mother|father|mom|mum|dad|wife|husband|son|"
        r"daughter|brother|sister|partner|friend|colleague|neighbou?r|grandmother|grandfather|"
        r"grandson|granddaughter|grandma|grandpa|nan|aunt|uncle|niece|nephew|cousin|fianc[ée]e?|"
        r"boyfriend|girlfriend|flatmate|roommate|carer|caregiver|bookkeeper|accountant|"
        r"secretary|assistant|boss|manager|landlord|tenant|child|kid|baby))[,:]?\s+"
        rf"(?P<name>{_EN_NAME})\b",
        0.75,
        anchors=("my ", "our ", "his ", "her ", "their ", "'s ", "’s "),
        window=(2, 60),
    ),
    # Regards,\nJane Doe / Thanks, Mark Jensen / --\nTaro Yamada / --\n山田太郎
    NamePattern(
        "signature",
        r"(?:(?i:regards|best regards|kind regards|warm regards|best wishes|sincerely|"
        r"yours sincerely|yours truly|yours faithfully|thanks|thank you|many thanks|cheers|best|"
        r"respectfully|よろしくお願いします|よろしくお願いいたします)[,.!、。]?|^-{2,}|^[―—━─_=]{3,})"
        rf"[ \t]*\n?[ \t]*(?P<name>{_EN_NAME}|{_JA_FULLNAME})[ \t]*(?=\n|$|[|/,])",
        0.8,
        needs_surname=True,
        flags=re.MULTILINE,
        anchors=(
            "regards",
            "sincerely",
            "yours",
            "thanks",
            "thank you",
            "cheers",
            "best",
            "respectfully",
            "よろしくお願い",
            "--",
            "―",
            "—",
            "━",
            "─",
            "__",
            "==",
        ),
        window=(4, 60),
        pos="fallback",
    ),
    # Regards,\n\nJane Doe / Best, J. Smith / Cheers,\nmike / 以上、よろしくお願い申し上げます。\n木村拓也
    NamePattern(
        "signature_closing",
        r"(?:(?i:regards|sincerely|yours truly|yours faithfully|thanks(?: again| so much)?|"
        r"thank you(?: again| so much)?|many thanks|cheers|best|warmly|take care|all the best|"
        r"respectfully|appreciated|thx|ty|signed|warm wishes|best wishes|love|xoxo|"
        r"with thanks|kindest regards|greetings)[,.!:]?|"
        r"(?:よろしく|宜しく)お願い(?:いた|致)?します|お願い申し上げます|以上(?:です)?|敬具|草々|"
        r"失礼(?:いた|致)?します)[,.!、。]?"
        rf"(?:[ \t]*\n){{0,3}}[ \t]*(?:[—–-]{{1,2}}[ \t]*)?"
        rf"(?P<name>{_EN_NAME}|[A-Z]\.[ ]?{_EN_NAME_TOKEN}|[a-z]{{2,12}}"
        rf"|{_JA_FULLNAME})(?:[ \t]*より)?[ \t]*(?=\n|$|[|/,!.(]|\s\()",
        0.75,
        needs_surname=True,
        flags=re.MULTILINE,
        anchors=(
            "regards",
            "sincerely",
            "yours",
            "thank",
            "thx",
            "ty",
            "cheers",
            "best",
            "warmly",
            "take care",
            "respectfully",
            "appreciated",
            "signed",
            "wishes",
            "love",
            "xoxo",
            "greetings",
            "よろしく",
            "宜しく",
            "申し上げます",
            "以上",
            "敬具",
            "草々",
            "失礼",
        ),
        window=(12, 50),
        pos="fallback",
    ),
    # — Jane / -- Kenji Sato / ～山田 (a dash before a name alone on its line)
    NamePattern(
        "signature_dash",
        rf"(?m:^[ \t]*(?:[—–―~〜-]{{1,3}}|[―—━─_=]{{3,}}\n)[ \t]*)(?P<name>{_EN_NAME}|"
        rf"[A-Z]\.[ ]?{_EN_NAME_TOKEN}|{_JA_FULLNAME})[ \t]*$",
        0.75,
        needs_surname=True,
        single_given=True,
        flags=re.MULTILINE,
        anchors=("-", "—", "–", "―", "~", "〜", "━", "─", "_", "="),
        window=(4, 40),
        pos="fallback",
    ),
    # Sent by Kenji / Signed: Maria Lopez / written by my son Daniel
    NamePattern(
        "sent_by",
        rf"(?i:\b(?:sent|written|submitted|posted|signed|typed) by)[ \t:]+(?:my \w+,? )?"
        rf"(?P<name>{_EN_NAME})\b",
        0.75,
        single_given=True,
        anchors=("by",),
        window=(12, 40),
    ),
    # your agent Marcus / the driver, Ken Ito / a technician named Sam
    NamePattern(
        "en_role_name",
        r"(?i:\b(?:agent|representative|rep|operator|technician|engineer|driver|courier|employee|"
        r"clerk|associate|advisor|adviser|supervisor|manager|specialist|cashier|installer|"
        r"landlord|neighbou?r|tenant|roommate|assistant|nurse|doctor|lawyer|colleague)"
        r"(?:,| named| called| by the name of)?)[ \t]+(?P<name>" + _EN_NAME + r")\b",
        0.7,
        single_given=True,
        lexicon=True,
        anchors=(
            "agent",
            "rep",
            "operator",
            "technician",
            "engineer",
            "driver",
            "courier",
            "employee",
            "clerk",
            "associate",
            "advis",
            "supervisor",
            "manager",
            "specialist",
            "cashier",
            "installer",
            "landlord",
            "neighbo",
            "tenant",
            "roommate",
            "assistant",
            "nurse",
            "doctor",
            "lawyer",
            "colleague",
        ),
        window=(4, 40),
    ),
    # the courier, Bartholomew, left it / our installer, Ngozi, was rude (a name set off by
    # commas after a role: the commas vouch for it, no list needed)
    NamePattern(
        "en_role_apposition",
        r"(?i:\b(?:the|your|my|our|his|her|their|a) (?:agent|representative|rep|operator|"
        r"technician|engineer|driver|courier|delivery (?:man|woman|guy|person)|employee|clerk|"
        r"associate|advisor|adviser|supervisor|manager|specialist|cashier|installer|landlord|"
        r"neighbou?r|nurse|doctor|lawyer|colleague|salesman|saleswoman|salesperson|plumber|"
        r"electrician|postman|mailman|tech)),[ \t]+"
        rf"(?P<name>{_EN_NAME}),",
        0.7,
        anchors=(", ",),
        window=(40, 40),
    ),
    # spoke to Marcus / talked with Priya Raman
    NamePattern(
        "en_spoke_to",
        rf"(?i:\b(?:spoke|speaking|talked|talking|chatted|dealt) (?:to|with))[ \t]+(?P<name>{_EN_NAME})\b",
        0.7,
        single_given=True,
        anchors=("spoke", "speaking", "talk", "chatted", "dealt"),
        window=(4, 40),
    ),
    # 母の田中花子が / 妻、エミリーが / 父である佐藤一郎の名義で
    NamePattern(
        "ja_family",
        r"(?:母|父|妻|夫|主人|家内|嫁|息子|娘|長男|長女|次男|次女|兄|姉|弟|妹|祖母|祖父|義母|義父|"
        r"孫|叔母|叔父|伯母|伯父|子供|子ども|家族|親戚|友人|同居人|旦那|彼氏|彼女|友達|相方|同僚)"
        r"(?:の|、|である)[ 　]?"
        rf"(?P<name>{_JA_FULLNAME}|{_HIRA}{{2,5}}(?=[がはにもをと]))(?=[がはにのもをと、。,\s]|です|名義|宛|様|さん)",
        0.75,
        needs_surname=True,
        kana_ok=False,
        anchors=(
            "母",
            "父",
            "妻",
            "夫",
            "主人",
            "家内",
            "嫁",
            "息子",
            "娘",
            "長",
            "次",
            "兄",
            "姉",
            "弟",
            "妹",
            "孫",
            "叔",
            "伯",
            "子供",
            "子ども",
            "家族",
            "親戚",
            "友人",
            "同居人",
            "旦那",
            "彼氏",
            "彼女",
            "友達",
            "相方",
            "同僚",
        ),
        window=(2, 20),
        pos="fallback",
    ),
    # 大和田の者ですが (a family name introducing the caller)
    NamePattern(
        "ja_no_mono",
        rf"(?<!{_KANJI})(?P<name>{_JA_FULLNAME})(?=の者(?:です|ですが|でございます|だ))",
        0.75,
        needs_surname=True,
        kana_ok=False,
        anchors=("の者",),
        window=(16, 4),
        pos="fallback",
    ),
    # 木村拓也 (a known surname alone on its line: a signature or a header)
    NamePattern(
        "ja_name_line",
        rf"(?m:^[ \t　]*)(?P<name>{_KANJI}{{2,4}}(?:[ 　]?{_KANJI}{{1,3}})?)(?:[ \t　]*より)?"
        # ... that ends the text or is followed by contact details
        r"[ \t　]*(?=\s*\Z|\n[^\n]*[0-9@])",
        0.7,
        needs_surname=True,
        kana_ok=False,
        flags=re.MULTILINE,
        tail=24,
        anchors=("\n",),
        window=(12, 30),
        pos="fallback",
    ),
    # 総務部長の石黒より / 担当の森が / 内線308の柴田まで (a role or an extension, の, a surname)
    NamePattern(
        "ja_role_no",
        r"(?:部長|課長|社長|店長|係長|主任|担当|担当者|代表|専務|常務|取締役|室長|所長|院長|支店長|"
        r"マネージャー|内線\d{1,5}|事務|受付|秘書)の"
        rf"(?P<name>{_KANJI}{{1,4}})(?=より|から|が|は|です|と申します|に|まで|宛|、|。|さん|様)",
        0.7,
        needs_surname=True,
        anchors=(
            "長の",
            "任の",
            "当の",
            "者の",
            "表の",
            "務の",
            "役の",
            "ーの",
            "線",
            "務の",
            "付の",
            "書の",
        ),
        window=(8, 12),
        pos="fallback",
    ),
    # …の柴田まで / 柴田宛に (a surname after の that the message is routed to)
    NamePattern(
        "ja_route_to",
        rf"(?<=[のは])(?P<name>{_KANJI}{{1,4}})(?=まで(?:お願い|ご連絡|連絡|お電話|電話|[。、！!]|$)|宛に|宛て)",
        0.7,
        needs_surname=True,
        anchors=("まで", "宛"),
        window=(8, 8),
        pos="fallback",
    ),
    # 藤原より。 / …連絡ください。森下 (a surname signing off a one-line message)
    NamePattern(
        "ja_sign_off",
        rf"(?:{_CLAUSE_START}|(?<=[。！!?？]))[ 　]*(?P<name>{_KANJI}{{2,4}}(?:[ 　]?{_KANJI}{{1,3}})?)"
        r"(?:より(?=[。、\n]|$)|[ 　]*(?=\Z))",
        0.7,
        needs_surname=True,
        kana_ok=False,
        tail=24,
        anchors=("より",),
        window=(12, 4),
        pos="fallback",
    ),
    # 私（恵美）/ じいちゃん（源蔵）/ 大樹（小４の息子） (a name in brackets next to who it is)
    NamePattern(
        "ja_bracketed",
        r"(?:(?:私|わたし|僕|俺|母|父|妻|夫|主人|家内|息子|娘|兄|姉|弟|妹|祖母|祖父|じいちゃん|ばあちゃん|"
        r"おじいちゃん|おばあちゃん|祖父母|孫|子供|子ども)[（(](?P<name>"
        + _KANJI
        + r"{0,3}["
        + _GIVEN_NAME_ENDINGS
        + r"]|"
        + _KATA
        + r"{2,6}|"
        + _HIRA
        + r"{2,5})[）)]"
        r"|(?P<name2>"
        + _KANJI
        + r"{2,3})(?=[（(][^）)\n]{0,12}(?:息子|娘|母|父|妻|夫|兄|姉|弟|妹|祖母|"
        r"祖父|孫)[）)]))",
        0.7,
        anchors=("（", "("),
        window=(8, 20),
    ),
    # 娘の美咲が / 主人の博之が (a family word, の, a given name: no surname to vouch for it)
    NamePattern(
        "ja_family_given",
        r"(?:母|父|妻|夫|主人|家内|嫁|息子|娘|長男|長女|次男|次女|兄|姉|弟|妹|祖母|祖父|孫)の"
        rf"(?P<name>{_KANJI}{{1,2}}[{_GIVEN_NAME_ENDINGS}])(?=[がはにもをと、。]|です|名義|宛)",
        0.7,
        anchors=(
            "母の",
            "父の",
            "妻の",
            "夫の",
            "人の",
            "内の",
            "嫁の",
            "子の",
            "娘の",
            "男の",
            "女の",
            "兄の",
            "姉の",
            "弟の",
            "妹の",
            "孫の",
        ),
        window=(4, 8),
    ),
    # Siobhan here / Hiya, Siobhan here
    NamePattern(
        "en_here",
        rf"(?:^|(?<=[,.!?]\s)|(?<=[,.!?]))\s*(?P<name>{_EN_NAME}) here\b",
        0.7,
        flags=re.MULTILINE,
        anchors=(" here",),
        window=(30, 2),
    ),
    # Will from the shop said / Dana at your Osaka store
    NamePattern(
        "en_from_the",
        rf"\b(?P<name>{_EN_NAME}) (?:from|at|in) (?:the|your|our) (?:\w+ )?(?:shop|store|branch|"
        r"support|office|counter|desk|team|call cent(?:er|re)|service cent(?:er|re)|helpline)\b",
        0.7,
        lexicon=True,
        anchors=(
            " from the",
            " at the",
            " from your",
            " at your",
            " in the",
            " from our",
            " at our",
        ),
        window=(30, 40),
    ),
    # ゆうこちゃん / みさきさん (a hiragana given name: the tagger must call it one)
    NamePattern(
        "ja_hira_honorific",
        rf"(?<!{_HIRA})(?P<name>{_HIRA}{{2,6}})(?=さん|くん|ちゃん|様|さま)",
        0.7,
        pos="require",
        pos_side="right",
        anchors=("さん", "くん", "ちゃん", "様", "さま"),
        window=(8, 4),
    ),
    # オレ、タカシっす / 俺リョウだけど (a casual self-introduction in kana)
    NamePattern(
        "ja_kana_intro",
        rf"(?:{_CLAUSE_START}|(?<=私は)|(?<=私、)|(?<=オレ)|(?<=俺)|(?<=僕)|(?<=あたし)|(?<=うち))"
        rf"[、 　]?(?P<name>{_KATA}{{2,8}}|{_HIRA}{{2,5}})"
        r"(?=っす|だけど|だよ|です(?:けど|が)?[。！!、,\s]|です$|と申|でーす)",
        0.7,
        pos="require",
        pos_side="right",
        anchors=("っす", "だけど", "だよ", "です", "と申", "でーす"),
        window=(12, 4),
    ),
    # 健一と美香で / ケンとマリが (two names joined: each must be tagged as one)
    NamePattern(
        "ja_join",
        rf"(?<![\u4e00-\u9fff々〆ヶ\u30a1-\u30fa\u30fc])(?P<name>{_KANJI}{{1,4}}|{_KATA}{{2,6}})"
        rf"(?:と|&|＆)(?P<also>{_KANJI}{{1,4}}|{_KATA}{{2,6}})"
        r"(?=[がはにのもをで、。,\s]|さん|ちゃん|くん|様|です|より|から|$)",
        0.7,
        pos="require",
        pos_side="all",
        joint=True,
        anchors=("と", "&", "＆"),
        window=(6, 8),
    ),
    # リチャード・ブラウン（英国籍）/ アンナ・ペトロワです (a foreign name: given・family)
    NamePattern(
        "ja_katakana_dot",
        rf"(?<![\u30a1-\u30fa\u30fc・])(?P<name>{_KATA}{{2,8}}(?:・{_KATA}{{2,8}}){{1,2}})(?![\u30a1-\u30fa\u30fc])"
        r"(?=[(（]|です|と申|と言|でございます|の(?:妻|夫|母|父|息子|娘|名義|代理|代わり|家族|者)|名義|宛|"
        r"さん|様|氏|"
        r"から|より|[ 　]*$)",
        0.7,
        pos="require",
        pos_side="all",
        anchors=("・",),
        window=(20, 20),
    ),
    # 名前は堀之内です / 下の名前は翔、… (a name label: proper nouns of any kind)
    NamePattern(
        "ja_name_label_pos",
        r"(?:下の名前|名前|なまえ|名字|苗字|フルネーム|氏名)(?:は|が|[ 　]*[:：])[ 　]*"
        rf"(?P<name>{_KANJI}{{1,4}}(?:[ 　]{_KANJI}{{1,3}})?|{_KATA}{{2,6}}|{_HIRA}{{2,5}})"
        r"(?=です|でした|で[、。 ]|で予約|って|、|。|[ 　]*$|と(?:いい|言い|申)|[(（「])",
        0.7,
        trim_start=False,
        pos="require",
        pos_side="all",
        pos_label=True,
        anchors=("名前", "なまえ", "名字", "苗字", "フルネーム", "氏名"),
        window=(4, 20),
    ),
    # Warm wishes,\nMarco & Yumi / Cheers,\nMarisol and Diego Ferreira (a couple signing off)
    NamePattern(
        "en_pair_signature",
        r"(?:(?i:regards|sincerely|wishes|thanks|thank you|cheers|best|love|xoxo|warmly|"
        r"take care|yours)[^\n]{0,30}\n[ \t]*)"
        rf"(?P<name>{_EN_NAME_TOKEN}) (?:&|and|\+) (?P<also>{_EN_NAME})[ \t]*(?=\n|$)",
        0.75,
        joint=True,
        anchors=(" & ", " and ", " + "),
        window=(60, 40),
    ),
    # ship to my parents: Kazuo & Fumiko Ishida / my grandparents, Haruto & Sakura Ito
    NamePattern(
        "en_pair_relation",
        r"(?i:\b(?:parents|grandparents|in-laws|kids|children|sons|daughters|twins|"
        r"friends|neighbou?rs|family|ship to|deliver to|send to|recipients?|names?)[,:]?)"
        rf"[ \t]+(?P<name>{_EN_NAME_TOKEN}) (?:&|and|\+) (?P<also>{_EN_NAME})\b",
        0.75,
        joint=True,
        anchors=(" & ", " and ", " + "),
        window=(40, 40),
    ),
)


def _is_ja(name: str) -> bool:
    return any("\u3041" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in name)


def _surname_start(name: str) -> int | None:
    """The offset in ``name`` where a known surname begins (kanji names), or None."""
    for i in range(len(name)):
        for length in (3, 2, 1):
            if name[i : i + length] in JA_SURNAMES:
                return i
        if i >= 3:
            break
    return None


def _org_after_surname(name: str) -> bool:
    """Whether what follows a leading known surname ends like a business or place name."""
    for length in (3, 2, 1):
        if name[:length] in JA_SURNAMES:
            rest = name[length:].strip(" 　")
            return bool(rest) and rest.endswith(_ORG_SUFFIXES_JA)
    return False


def _accept_latin(name: str, single_given: bool, lexicon: bool = False) -> bool:
    tokens = name.split()
    first = tokens[0].split("'")[0]
    if first.islower() and (first not in EN_GIVEN_NAMES or first in _AMBIGUOUS_LOWER):
        return False  # a lower-case name is only trusted when it is a common first name
    if lexicon and not (
        first.lower() in EN_GIVEN_NAMES or tokens[-1].lower().strip(".") in EN_SURNAMES
    ):
        return False
    if first.capitalize() in _NOT_EN_NAMES or any(t.strip(".") in _ORG_WORDS for t in tokens):
        return False
    return not (single_given and len(tokens) == 1 and first.lower() not in EN_GIVEN_NAMES)


def _accept_name(name: str, pat: NamePattern) -> tuple[int, int] | None:
    """Trim a name candidate; return its (start, end) within ``name`` or None to reject."""
    needs_surname, kana_ok = pat.needs_surname, pat.kana_ok
    tail = _NAME_TAIL.search(name)
    end = tail.start() if tail else len(name)
    name = name[:end]
    stripped = name.strip(" 　・")
    if not stripped:
        return None
    head, _, rest = stripped.replace("　", " ").partition(" ")
    kata_then_surname = (
        bool(rest) and re.fullmatch(_KATA + "+", head) is not None and _surname_start(rest) == 0
    )
    if rest and (head in _NOT_NAMES or head.endswith("担当") or kata_then_surname):
        # 「ご担当　ながい様」, 「㈱ミナト 山本様」: the word before the space is a role or a
        # company, not part of the name
        offset = name.index(stripped) + len(head) + 1
        inner = _accept_name(name[offset:], pat)
        return None if inner is None else (offset + inner[0], offset + inner[1])
    if not _is_ja(stripped):
        return (0, end) if _accept_latin(stripped, pat.single_given, pat.lexicon) else None
    is_kanji = "\u4e00" <= stripped[0] <= "\u9fff"
    if is_kanji and _org_after_surname(stripped):
        return None  # 田中電機, 山本店: a business named after a family
    if stripped in _NOT_NAMES:
        return None
    starts_with_surname = is_kanji and _surname_start(stripped) == 0
    if not starts_with_surname and (
        stripped in _NOT_NAMES
        or stripped.endswith(_NOT_NAME_SUFFIXES)
        or any(stripped.endswith(w) for w in _WORDS_BEFORE_SAMA)
    ):
        return None
    if not is_kanji:
        # a katakana word may be anything (マイナンバー); given + family name (ジョン・スミス)
        # is a name wherever it stands
        return (0, end) if kana_ok or any(c in stripped for c in "・ 　") else None
    start = _surname_start(stripped)
    if start is None:
        # a lone kanji before 様 is a word (神様), not a name, unless it is a surname
        return None if needs_surname or len(stripped) == 1 else (0, end)
    if not pat.trim_start:
        return (0, end)
    if start > 0 and not any(
        len(stripped) >= start + n and stripped[start : start + n] in JA_SURNAMES for n in (2, 3)
    ):
        return None  # a one-kanji surname inside a word (玄関) is no evidence
    space = min((stripped.find(c) for c in " 　" if c in stripped), default=len(stripped))
    if start >= space:
        # the surname is in what looked like the given name: the match began too early
        return None
    return (start, end)


# --------------------------------------------------------------------------- part of speech
#
# unidic tags surnames and given names that are on no list (宮園, 大翔, タカシ, アンナ) as
# 名詞,固有名詞,人名,{姓,名,一般}. A tagged word alone proves little (unidic also tags 大塚 in
# 大塚商店, ほのか, サクラ), so the tags only vouch for a slot that a cue already found:
# a honorific after it, a label or a family word before it, a self-introduction, a signature
# line, a join with another name. Only those short slots are tokenised, never the message.


@cache
def _tagger() -> Any:
    """The unidic-lite tagger, loaded on first use; None when fugashi is not installed."""
    try:
        import fugashi  # loads the dictionary: imported on first use only
    except ImportError:  # pragma: no cover - fugashi is a declared dependency
        return None
    return fugashi.Tagger()


_TAGGER_LOCK = threading.Lock()


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    surface: str
    pos1: str
    pos2: str
    pos3: str
    pos4: str
    unk: bool

    @property
    def person(self) -> bool:
        return self.pos2 == "固有名詞" and self.pos3 == "人名"


@lru_cache(maxsize=4096)
def _tokens(segment: str) -> tuple[_Token, ...]:
    """The words of ``segment`` with their offsets in it and their POS fields."""
    tagger = _tagger()
    if tagger is None:
        return ()
    with _TAGGER_LOCK:  # one MeCab lattice per tagger: not safe across threads
        words = tagger(segment)
    out = []
    pos = 0
    for word in words:
        surface = word.surface
        start = segment.find(surface, pos)
        if start < 0:  # pragma: no cover - the tagger keeps the surface as given
            return ()
        pos = start + len(surface)
        feature = word.feature
        out.append(
            _Token(
                start,
                pos,
                surface,
                feature.pos1,
                feature.pos2,
                feature.pos3,
                feature.pos4,
                word.is_unk,
            )
        )
    return tuple(out)


def clear_caches() -> None:
    """Forget the tagged slots (for benchmarks that must not reuse an earlier message's)."""
    _tokens.cache_clear()
    _judge_slot.cache_clear()


# Words a name label is often followed by that are not names (名前は本名です, 名前は不明).
_NOT_LABELLED_NAMES: frozenset[str] = _word_set(
    """
    本名 旧姓 不明 未定 記載 別 非公開 結構 一緒 同じ 間違い 漢字 カタカナ ひらがな 平仮名 片仮名
    ローマ字 英語 英字 空欄 無記名 匿名 登録 変更 入力 伏せ字 省略 仮名 偽名 通称 以下 上記 下記
    """
)
_KATA_RE = re.compile(_KATA + "+")


def _is_name_word(tok: _Token, label: bool) -> bool:
    if tok.person:
        return True
    return label and tok.pos2 == "固有名詞"


_PATTERNS_BY_NAME: dict[str, NamePattern] = {p.name: p for p in NAME_PATTERNS}


@lru_cache(maxsize=8192)
def _judge_slot(pattern: str, slot: str, after: str) -> tuple[int, int] | None:
    """The name's (start, end) in ``slot`` as matched by ``pattern``, or None to reject.

    The lists decide first; the part-of-speech tags then rescue, veto or alone decide, as
    the pattern says. Cached: a slot and the few characters after it decide everything.
    """
    pat = _PATTERNS_BY_NAME[pattern]
    accepted = None if pat.pos == "require" else _accept_name(slot, pat)
    if pat.pos == "veto":
        return None if accepted is not None and _pos_vetoes(slot) else accepted
    if accepted is None and pat.pos:
        return _pos_accept(slot + after, 0, len(slot), pat)
    return accepted


def _pos_accept(text: str, start: int, end: int, pat: NamePattern) -> tuple[int, int] | None:
    """(start, end) of the person-name words in the slot ``text[start:end]``, or None.

    A slot that its own sentence reads as ordinary nouns (のセットです) is refused, except
    after a name label or in a join, where the other name or the label is the context.

    The slot is tokenised followed by さん: the question is whether its words can be a
    person's name (美咲 before で reads as a place, 美咲さん as a person), while big places
    stay places (大阪さん) and a slot that ends inside a word still does (鈴樹 -> 鈴 + 樹).
    """
    slot = text[start:end]
    tail = _NAME_TAIL.search(slot)
    if tail:
        end = start + tail.start()
        slot = slot[: tail.start()]
    if not slot.strip(" 　・") or not _is_ja(slot):
        return None
    words = [t for t in _tokens(slot + "さん") if t.start < len(slot)]
    if not words or words[-1].end != len(slot):
        return None  # the slot ends inside a word (鈴樹です -> 鈴 + 樹)
    if not (pat.pos_label or pat.joint) and _common_in_context(slot, text[end : end + 4]):
        return None  # のセットです: さん makes a person of it, its own sentence does not
    flags = [_is_name_word(t, pat.pos_label) for t in words]
    # a katakana name cut in two (ペト + ロワ): the piece glued to a name word is part of it
    for i in range(1, len(words)):
        glued = words[i].start == words[i - 1].end
        if not flags[i] and flags[i - 1] and glued and _KATA_RE.fullmatch(words[i].surface):
            flags[i] = True
    # the middle dot between two name words (ジョン・スミス)
    for i in range(1, len(words) - 1):
        if words[i].surface == "・" and flags[i - 1] and flags[i + 1]:
            flags[i] = True
    if pat.pos_side == "all":
        lo, hi = (0, len(words)) if all(flags) else (0, 0)
    elif pat.pos_side == "left":
        hi = next((i for i, f in enumerate(flags) if not f), len(words))
        lo = 0
    else:
        lo = next((i + 1 for i in range(len(words) - 1, -1, -1) if not flags[i]), 0)
        hi = len(words)
    if lo >= hi:
        return None
    run = words[lo:hi]
    name = slot[run[0].start : run[-1].end]
    if not (pat.pos_label or any(t.person for t in run)):
        return None
    if len(name) < 2 and not pat.pos_label:
        return None  # 一方, 部長: one kanji is too little for the tagger to vouch for
    if name in _NOT_NAMES or name in _NOT_LABELLED_NAMES or run[0].surface in _NOT_NAMES:
        return None
    return run[0].start, run[-1].end


def _common_in_context(slot: str, after: str) -> bool:
    """Whether the slot, read with what follows it, is all ordinary known nouns."""
    words = [t for t in _tokens(slot + after) if t.start < len(slot)]
    return bool(words) and all(t.pos2 == "普通名詞" and not t.unk and not t.person for t in words)


def _pos_vetoes(slot: str) -> bool:
    """Whether the tagger knows ``slot`` as an ordinary word (not a name, not unknown)."""
    words = [t for t in _tokens(slot + "さん") if t.start < len(slot)]
    return bool(words) and all(not t.person and not t.unk and t.pos1 == "名詞" for t in words)


def _given_like(name: str) -> bool:
    """Whether ``name`` reads as a given name (健太, 美咲, アレックス) rather than a surname."""
    words = [t for t in _tokens(name + "さん") if t.start < len(name)]
    return bool(words) and all(t.person and t.pos4 in ("名", "一般") for t in words)


def _persons_in_context(text: str, start: int, end: int) -> bool:
    """Whether the tagger, reading ``text[start:end]`` as written, finds only persons.

    Every proper noun must be a person's name: 田中と鈴木が, but not 青山と渋谷が.
    """
    words = _tokens(text[start : end + 2])
    return not any(t.pos2 == "固有名詞" and not t.person for t in words if t.start < end - start)


_PERSON_FOLLOWS = re.compile(r"[ 　]*(?:が|は|も|さん|ちゃん|くん|君|様|さま|氏|です|より|から)")


# --------------------------------------------------------------------------- analyzer


@dataclass(frozen=True)
class _Candidate:
    type: str
    start: int
    end: int
    score: float
    source: str


_CLAUSE_BREAKS = "、。)）\n;；"


def _context_score(
    window: str, positive: Sequence[str], negative: Sequence[str]
) -> tuple[bool, bool]:
    """(positive context present, vetoed): the nearest context word decides."""
    last_pos = max((window.rfind(w) + len(w) for w in positive if w in window), default=-1)
    # A negative word only counts within the current clause: 「受付番号…）ですが、03-…」
    # names the reference number, not the phone number after it.
    clause_start = max(window.rfind(c) for c in _CLAUSE_BREAKS) + 1
    clause = window[clause_start:]
    last_neg = max(
        (clause_start + clause.rfind(w) + len(w) for w in negative if w in clause), default=-1
    )
    # ">=": a positive word inside a negative one (番号 in 部品番号) does not rescue it.
    vetoed = last_neg >= 0 and last_neg >= last_pos
    return last_pos >= 0, vetoed


_WHITE_SPACE = re.compile(r"\s")


class _AnchorIndex:
    """The lower-cased text and, per set of anchors, the windows around them (cached)."""

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self.n = len(lowered)
        self._haystack = lowered + "\n"  # an anchor may end with the text ("Main St")

    def windows(self, anchors: Sequence[str], before: int, after: int) -> list[tuple[int, int]]:
        """Merged [start, end) windows around every occurrence of the anchors.

        A window ends at white space (or the end of the text) so that ``$`` at its end
        means what it means in the whole text for our patterns, which treat ``$`` and a
        space alike.
        """
        n = self.n
        # One scan for all anchors; the longest anchor at a position wins, and the window
        # (``after`` counted from its end) covers what a shorter one would have.
        spans = [
            (max(0, m.start() - before), min(n, m.end() + after))
            for m in _anchor_regex(tuple(anchors)).finditer(self._haystack)
        ]
        if not spans:
            return []
        merged = [spans[0]]
        for start, end in spans[1:]:
            if start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        out = []
        for start, end in merged:
            space = _WHITE_SPACE.search(self.lowered, end)
            out.append((start, space.start() if space else n))
        return out


_WHITE_SPACE = re.compile(r"\s")


@cache
def _anchor_regex(anchors: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(set(anchors), key=len, reverse=True)
    return re.compile("|".join(re.escape(a) for a in ordered))


def _finditer(
    pattern: re.Pattern[str],
    text: str,
    index: _AnchorIndex,
    anchors: Sequence[str],
    window: tuple[int, int],
) -> Iterator[re.Match[str]]:
    if not anchors:
        yield from pattern.finditer(text)
        return
    last_end = -1
    for start, end in index.windows(anchors, *window):
        for m in pattern.finditer(text, max(start, last_end), end):
            yield m
            last_end = max(last_end, m.end())


def _lower(text: str) -> str:
    """Lower-case with one character per character, so offsets stay valid (İ -> i)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[:1] for c in text)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _pattern_candidates(
    nt: NormalizedText, recognizers: Iterable[Recognizer], index: _AnchorIndex | None = None
) -> list[_Candidate]:
    text = nt.text
    index = index or _AnchorIndex(_lower(text))
    lowered = index.lowered
    out: list[_Candidate] = []
    for rec in recognizers:
        anchors, window = rec.anchors, rec.window
        if not anchors and rec.requires_context:
            # The context words are required, so they are anchors: the match follows them.
            anchors, window = rec.context, (0, CONTEXT_WINDOW + 30)
        for m in _finditer(rec.compiled, text, index, anchors, window):
            start, end = m.span(rec.group)
            if start < 0 or start == end:
                continue
            value = text[start:end]
            if rec.validator is not None and not rec.validator(value):
                continue
            score = rec.score
            if rec.context or rec.negative_context:
                preceding = lowered[max(0, start - CONTEXT_WINDOW) : start]
                has_context, vetoed = _context_score(preceding, rec.context, rec.negative_context)
                if vetoed:
                    continue
                if rec.requires_context and not has_context:
                    continue
                if has_context:
                    score = min(1.0, score + rec.context_boost)
            start, end = _strip_span(text, start, end)
            out.append(_Candidate(rec.type, start, end, score, rec.name))
            # Other PII types reported by named groups of the same match.
            for group_name, (g_start, g_end) in (
                (g, m.span(g)) for g in m.re.groupindex if g in PII_TYPES and g != rec.group
            ):
                g_start, g_end = _strip_span(text, g_start, g_end)
                if g_start >= 0 and g_end > g_start:
                    out.append(_Candidate(group_name, g_start, g_end, rec.score, rec.name))
    return out


_ADDRESS_LEAD = re.compile(
    r"^.*?(?:住所|住まい|届け先|届先|送付先|配送先|送り先|宛先|所在地|実家|自宅|転居先|引っ?越し?先|"
    r"勤務先|会社|返送先|発送先|請求先|居住地|在住|現住所|新住所|旧住所|お届け)[はがをの:：\s]*"
)


_ABBREVIATIONS = _word_set(
    "St Ave Rd Blvd Dr Ln Ct Pl Ter Pkwy Cir Hwy Sq Apt Ste Rm Fl Co Inc Ltd"
)


def _trim_address(text: str, cand: _Candidate) -> _Candidate:
    value = text[cand.start : cand.end]
    if value.endswith(".") and value[:-1].split()[-1].strip(",") not in _ABBREVIATIONS:
        # the full stop ends the sentence, not an abbreviation ("..., Springfield.")
        cand = _Candidate(cand.type, cand.start, cand.end - 1, cand.score, cand.source)
        value = value[:-1]
    lead = _ADDRESS_LEAD.match(value)
    if lead is None or lead.end() >= len(value):
        return cand
    return _Candidate(cand.type, cand.start + lead.end(), cand.end, cand.score, cand.source)


def _name_candidates(nt: NormalizedText, index: _AnchorIndex | None = None) -> list[_Candidate]:
    text = nt.text
    index = index or _AnchorIndex(_lower(text))
    out: list[_Candidate] = []
    for pat in NAME_PATTERNS:
        matches = list(_finditer(pat.compiled, text, index, pat.anchors, pat.window))
        if pat.tail and len(text) > 0:
            seen = {m.span() for m in matches}
            tail_start = max(0, len(text) - pat.tail)
            matches += [m for m in pat.compiled.finditer(text, tail_start) if m.span() not in seen]
        groups = [g for g in ("name", "name2", "also") if g in pat.compiled.groupindex]
        for m in matches:
            found: list[_Candidate] = []
            for group in groups:
                if m.group(group) is None:
                    continue
                start, end = m.span(group)
                accepted = _judge_slot(pat.name, text[start:end], text[end : end + 4])
                if accepted is None:
                    if pat.joint:
                        found = []
                        break
                    continue
                rel_start, rel_end = accepted
                value = text[start + rel_start : start + rel_end]
                lead = len(value) - len(value.lstrip(" 　・"))
                trail = len(value) - len(value.rstrip(" 　・"))
                s, e = start + rel_start + lead, start + rel_end - trail
                if e > s:
                    score = pat.score
                    if _is_ja(text[s:e]) and _surname_start(text[s:e]) == 0:
                        score = min(1.0, score + 0.1)
                    found.append(_Candidate("PERSON", s, e, score, pat.name))
            if found and _is_brand(text, found, pat):
                continue
            if pat.joint and len(found) == 2 and _is_ja(text[found[0].start : found[0].end]):
                # 大塚と池袋の間, 佐賀と長崎に: surnames that are also places need a person's
                # particle after them; given names (健太と美咲で) do not
                given = all(_given_like(text[c.start : c.end]) for c in found)
                if not given and not (
                    _PERSON_FOLLOWS.match(text, found[1].end)
                    and _persons_in_context(text, found[0].start, found[1].end)
                ):
                    continue
            out.extend(found)
    out.extend(_known_name_candidates(text))
    return out


_TITLE_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s*$")


def _is_brand(text: str, found: Sequence[_Candidate], pat: NamePattern) -> bool:
    """Whether the names of one match are a brand (Tom Ford, Mr. Coffee, ルイ・ヴィトン)."""
    start, end = found[0].start, found[-1].end
    value = text[start:end]
    title = _TITLE_BEFORE.search(text, max(0, start - 6), start)
    if _brand_key(value) in _BRAND_KEYS or (
        title is not None and _brand_key(title.group() + value) in _BRAND_KEYS
    ):
        return True
    if pat.after_title:
        first = value.split()[0].lower()
        return first in EN_COMMON_WORDS and first not in EN_SURNAMES and first not in EN_GIVEN_NAMES
    return False


# Two or three capitalised words (or an all-capitals surname): checked against the name lists.
_LATIN_NAME_RUN = re.compile(
    r"(?P<a>[A-Z](?<![A-Za-z0-9@.'’-][A-Z])(?:[a-z]+|[A-Z]+|\.))(?: (?P<mid>[A-Z]\.|[A-Z][a-z]+))?"
    r" (?P<b>(?:O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,})(?![A-Za-z0-9@'’-])"
)


def _is_known_name(a: str, b: str) -> bool:
    """Whether the words ``a b`` make a person's name according to the name lists.

    "Emily Carter" (listed given name + listed surname), "Taro Yamada", "YAMADA Taro" (a
    Japanese surname and given name in Latin letters, either order), "Priya Raman" (listed
    given name + a capitalised word that is no organisation, place or product word).
    """
    la, lb = a.lower(), b.lower()
    if a.endswith("."):
        return lb in EN_SURNAMES and not b.isupper()  # K. Fujimoto, J. Smith
    if a in _NOT_EN_NAMES or b in _NOT_EN_NAMES or a.capitalize() in _ORG_WORDS:
        return False
    if b.capitalize() in _ORG_WORDS or b in _ORG_WORDS:
        return False
    if la in EN_GIVEN_NAMES and lb in EN_SURNAMES:
        return True
    if la in JA_SURNAMES_ROMAJI and lb in EN_GIVEN_NAMES:
        return True  # YAMADA Taro, Sato Kenji
    if a.isupper() or b.isupper():
        return False  # an acronym next to a word ("USB Cable") unless both are listed
    return la in EN_GIVEN_NAMES and len(b) >= 3 and lb not in EN_GIVEN_NAMES


def _known_name_candidates(text: str) -> list[_Candidate]:
    """Names in running text without any cue, vouched for by the name lists."""
    out: list[_Candidate] = []
    for m in _LATIN_NAME_RUN.finditer(text):
        a, b = m.group("a"), m.group("b")
        mid = m.group("mid")
        if mid and not mid.endswith(".") and not _is_known_name(a, mid):
            # "Mary Ann Smith" is one name; "Thanks Emily Carter" is not three words of it
            if _is_known_name(mid, b):
                out.append(_Candidate("PERSON", m.start("mid"), m.end("b"), 0.65, "known_name"))
            continue
        if _is_known_name(a, b) and _brand_key(m.group()) not in _BRAND_KEYS:
            out.append(_Candidate("PERSON", m.start("a"), m.end("b"), 0.65, "known_name"))
    return out


def _resolve(candidates: list[_Candidate], threshold: float) -> list[_Candidate]:
    """Non-overlapping spans: the highest score wins, then the longest.

    A span inside a longer span of the same type (``541-555-0147`` in ``+1 541-555-0147``)
    gives way to it, and lends it its score.
    """
    by_type: dict[str, dict[tuple[int, int], _Candidate]] = {}
    for cand in candidates:
        # one candidate per span: the best-scoring (several patterns often agree)
        spans = by_type.setdefault(cand.type, {})
        held = spans.get((cand.start, cand.end))
        if held is None or cand.score > held.score:
            spans[(cand.start, cand.end)] = cand
    merged: list[_Candidate] = []
    for spans in by_type.values():
        same = sorted(spans.values(), key=lambda c: (c.start, -c.end))
        # one sweep finds the spans inside a longer one: every earlier span starts no later
        max_end, start_at_max = -1, -1
        outer: list[_Candidate] = []
        for cand in same:
            inside = max_end > cand.end or (max_end == cand.end and start_at_max < cand.start)
            if cand.end > max_end:
                max_end, start_at_max = cand.end, cand.start
            if not inside:
                outer.append(cand)
        starts = [c.start for c in same]
        for cand in outer:
            lo, hi = bisect_left(starts, cand.start), bisect_left(starts, cand.end)
            inner = max(o.score for o in same[lo:hi] if o.end <= cand.end)
            merged.append(_Candidate(cand.type, cand.start, cand.end, inner, cand.source))
    ranked = sorted(
        (c for c in merged if c.score >= threshold),
        key=lambda c: (-c.score, -(c.end - c.start), c.start),
    )
    taken: list[_Candidate] = []
    for cand in ranked:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def detect_pii(
    text: str,
    lang: str | None = None,
    *,
    types: Iterable[str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    stage: Stage = "input",
) -> list[Finding]:
    """Find personal data in ``text``.

    Args:
        text: The text to scan (Japanese, English or mixed).
        lang: ``"ja"``, ``"en"`` or None. Accepted for the common check signature; every
            recognizer runs regardless, because customers mix scripts.
        types: Restrict to these PII types (default: all).
        threshold: Minimum score of a reported span.
        stage: ``"input"`` or ``"output"``, copied into the findings.

    Returns:
        Non-overlapping findings sorted by start, offsets into ``text`` as given.
    """
    del lang  # every recognizer runs: mixed-language tickets are common
    wanted = frozenset(types) if types is not None else frozenset(PII_TYPES)
    nt = normalize(text, CASE_PRESERVING)
    index = _AnchorIndex(_lower(nt.text))
    candidates = _pattern_candidates(nt, (r for r in RECOGNIZERS if r.type in wanted), index)
    candidates = [
        _trim_address(nt.text, c) if c.type == "POSTAL_ADDRESS" else c for c in candidates
    ]
    if "PERSON" in wanted:
        candidates.extend(_name_candidates(nt, index))
    findings: list[Finding] = []
    for cand in _resolve([c for c in candidates if c.type in wanted], threshold):
        start, end = nt.to_original(cand.start, cand.end)
        findings.append(
            Finding(
                stage=stage,
                check="pii",
                type=cand.type,
                start=start,
                end=end,
                score=round(cand.score, 4),
                severity=SEVERITY_BY_TYPE.get(cand.type, "medium"),
                message=f"{cand.type} detected ({cand.source})",
            )
        )
    return findings
