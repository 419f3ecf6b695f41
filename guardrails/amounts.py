"""Money in customer text: amounts with spans, and whether each is demanded or just mentioned.

``50,000円``, ``¥50,000``, ``5万円``, ``3.5万``, ``十万円``, ``$400``, ``1,200ドル``, ``50k yen``
all parse to yen; ``$``, ``€`` and ``£`` convert at fixed, documented rates
(:data:`JPY_PER_USD`, :data:`JPY_PER_EUR`, :data:`JPY_PER_GBP`) because
the check is a routing threshold, not accounting. An amount is *demanded* when the customer
asks for that money (返金しろ, 払え, 請求, 補償, "refund me", "I want $…"), and a *price* when
it is what they paid (「45,000円で購入」, "I paid ¥45,000"). LABELING.md: a price alone is no
demand, but a refund demand over the price is a demand for that price.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from guardrails.context import Folded, clause_bounds, fold, negated

JPY_PER_USD = 150.0
"""Fixed conversion rate for dollar amounts (JPY per USD). A setting, not a market rate."""

JPY_PER_EUR = 160.0
"""Fixed conversion rate for euro amounts (JPY per EUR)."""

JPY_PER_GBP = 190.0
"""Fixed conversion rate for pound sterling amounts (JPY per GBP)."""

_CURRENCY_BY_RATE = {JPY_PER_USD: "USD", JPY_PER_EUR: "EUR", JPY_PER_GBP: "GBP"}

Role = Literal["demand", "price", "mention"]

_KANJI_DIGIT = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壱": 1,
    "弐": 2,
    "参": 3,
}
_KANJI_SMALL = {"十": 10, "百": 100, "千": 1000}
_KANJI_BIG = {"万": 10_000, "億": 100_000_000}


def kanji_to_int(s: str) -> int | None:
    """``"十万"`` → 100000, ``"三千五百"`` → 3500, ``"二〇〇〇"`` → 2000; ``None`` if not a numeral."""
    if not s:
        return None
    total = section = digit = 0
    seen_digit = False
    for ch in s:
        if ch in _KANJI_DIGIT:
            digit = digit * 10 + _KANJI_DIGIT[ch] if seen_digit else _KANJI_DIGIT[ch]
            seen_digit = True
        elif ch in _KANJI_SMALL:
            section += (digit if seen_digit else 1) * _KANJI_SMALL[ch]
            digit, seen_digit = 0, False
        elif ch in _KANJI_BIG:
            section += digit
            total += (section or 1) * _KANJI_BIG[ch]
            section = digit = 0
            seen_digit = False
        else:
            return None
    return total + section + digit


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_KNUM = r"[〇零一二三四五六七八九十百千壱弐参]+"
# Folded text: ￥ → ¥, full-width digits → ASCII, ＄ → $.
_AMOUNT = re.compile(
    rf"(?P<yen_pre>[¥\\]\s?(?P<n1>{_NUM})(?:\s?(?P<m1>万|千|k(?![a-z])))?)"
    rf"|(?P<usd_pre>(?:us\s?)?\$\s?(?P<n2>{_NUM})(?:\s?(?P<m2>k|thousand)\b)?)"
    rf"|(?P<eur_pre>€\s?(?P<n5>{_NUM})(?:\s?(?P<m5>k)\b)?)"
    rf"|(?P<gbp_pre>£\s?(?P<n6>{_NUM})(?:\s?(?P<m6>k|grand)\b)?)"
    rf"|(?P<code_pre>\b(?P<code>usd|gbp|eur|jpy)\s?(?P<n7>{_NUM})(?:\s?(?P<m7>k)\b)?)"
    rf"|(?P<ja>(?P<n3>{_NUM}|{_KNUM})\s?(?P<m3>億|万|千)?(?P<n3b>{_NUM}|{_KNUM})?(?P<m3b>千|百)?\s?(?P<u3>円|えん|ドル|ユーロ|ポンド|万円|万(?!人|回|台|件|歩|個|本|枚|時間|年|分|km)))"
    rf"|(?P<en>\b(?P<n4>{_NUM})\s?(?P<m4>k|thousand|grand)?\s?(?P<u4>yen|jpy|dollars?|usd|bucks|euros?|eur|pounds?|quid|gbp)\b)"
)

_UNIT_RATE = {
    "yen": 1.0,
    "jpy": 1.0,
    "円": 1.0,
    "えん": 1.0,
    "ドル": JPY_PER_USD,
    "dollar": JPY_PER_USD,
    "dollars": JPY_PER_USD,
    "bucks": JPY_PER_USD,
    "ユーロ": JPY_PER_EUR,
    "euro": JPY_PER_EUR,
    "euros": JPY_PER_EUR,
    "eur": JPY_PER_EUR,
    "ポンド": JPY_PER_GBP,
    "pound": JPY_PER_GBP,
    "pounds": JPY_PER_GBP,
    "quid": JPY_PER_GBP,
    "gbp": JPY_PER_GBP,
    "usd": JPY_PER_USD,
}
_MULT = {
    None: 1,
    "": 1,
    "k": 1000,
    "thousand": 1000,
    "grand": 1000,
    "千": 1000,
    "万": 10_000,
    "億": 100_000_000,
}


@dataclass(frozen=True)
class Amount:
    """A money amount found in a text.

    Attributes:
        start: Offset of the amount in the original text.
        end: End offset (exclusive) in the original text.
        text: The amount as written.
        jpy: The amount in yen (other currencies converted at the fixed rates above).
        currency: ``"JPY"``, ``"USD"``, ``"EUR"`` or ``"GBP"`` as written.
        role: ``"demand"`` when the customer asks for this money, ``"price"`` when it is what
            they paid, ``"mention"`` otherwise.
    """

    start: int
    end: int
    text: str
    jpy: int
    currency: str
    role: Role


def _num(s: str | None) -> float | None:
    if not s:
        return None
    if s[0].isdigit():
        return float(s.replace(",", ""))
    k = kanji_to_int(s)
    return float(k) if k is not None else None


def _value(m: re.Match[str]) -> tuple[float, str] | None:
    g = m.groupdict()
    if g["yen_pre"]:
        n = _num(g["n1"])
        return (n * _MULT[g["m1"]], "JPY") if n is not None else None
    if g["usd_pre"]:
        n = _num(g["n2"])
        return (n * _MULT[g["m2"]] * JPY_PER_USD, "USD") if n is not None else None
    if g["eur_pre"]:
        n = _num(g["n5"])
        return (n * _MULT[g["m5"]] * JPY_PER_EUR, "EUR") if n is not None else None
    if g["gbp_pre"]:
        n = _num(g["n6"])
        return (n * _MULT[g["m6"]] * JPY_PER_GBP, "GBP") if n is not None else None
    if g["code_pre"]:
        n = _num(g["n7"])
        rate = _UNIT_RATE[g["code"]]
        return (
            (n * _MULT[g["m7"]] * rate, _CURRENCY_BY_RATE.get(rate, "JPY"))
            if n is not None
            else None
        )
    if g["ja"]:
        n = _num(g["n3"])
        if n is None:
            return None
        unit = g["u3"]
        mult = _MULT[g["m3"]]
        value = n * mult
        if g["n3b"]:  # 1万5000円, 三万五千円
            rest = _num(g["n3b"])
            if rest is None or not g["m3"]:
                return None
            value += rest * _MULT.get(g["m3b"], 1) if g["m3b"] != "百" else rest * 100
        if unit.startswith("万"):
            value *= 10_000
            unit = "円"
        rate = _UNIT_RATE[unit]
        return value * rate, _CURRENCY_BY_RATE.get(rate, "JPY")
    n = _num(g["n4"])
    if n is None:
        return None
    unit = g["u4"]
    rate = _UNIT_RATE[unit]
    return n * _MULT[g["m4"]] * rate, _CURRENCY_BY_RATE.get(rate, "JPY")


# Cues are looked for in the amount's clause. Demand cues: the customer asks for money.
_DEMAND_AFTER = re.compile(
    r"^.{0,16}?(?:返金|返して|返せ|返さ(?:ない|なければ|ねえ|ん)|かえせ|払え|払って|支払って|支払え|払いなさい|支払いを(?:求|要求|請求)|支払(?:うべき|われるべき)|請求(?:します|する|いたします|させ)|補償|賠償|弁償|要求|を求め|求めます|よこせ|出せ|出して(?:くだ|下|ほし|もら)|振り?込(?:め|んで(?:くだ|下|ほし|もら))|頂きたい|いただきたい|もらいたい|欲しい|ほしい|を希望|希望します|で手を打|なら許|で(?:示談|和解))"
    r"|^\s*(?:refund(?:ed)?|back|in (?:compensation|damages)|compensation|as compensation|for (?:my|the) (?:trouble|time|inconvenience|damages?|losses?))\b"
)
_DEMAND_BEFORE = re.compile(
    r"(?:返金|補償|賠償|慰謝料|迷惑料|弁償|請求|見舞金|損害)(?:額|金)?(?:として|は|で|に|を|の)?(?:最低|少なくとも|せめて)?\s*$"
    r"|\b(?:refund(?:ed)?(?: me)?(?: the)?(?: full)?|compensat(?:e|ion)(?: me)?(?: of)?|reimburse(?: me)?|pay (?:me|us)(?: back)?|give (?:me|us)(?: back)?|i (?:want|demand|expect|need|deserve|require)(?: a refund of| compensation of| damages of| my| the full| at least)?|(?:you )?owe (?:me|us)|damages of|claim(?:ing)?(?: for)?|sue (?:you )?for|(?:at least|no less than|minimum of|nothing less than))\s*$"
)
# A weak demand cue ("I want the ¥…"), read only when no price cue follows the amount
# ("I want the ¥45,000 heater fixed" names a price).
_DEMAND_BEFORE_WEAK = re.compile(
    r"\bi (?:want|expect|need|demand|deserve) (?:the|my|a|an|that)\s*$"
)
# A total of what was bought (「全部で5万円弱です」, "in total £420"): a price unless demanded.
_TOTAL = re.compile(
    r"(?:全部で|合計(?:で)?|総額(?:で)?|しめて|トータルで|\btotal(?: of)?|\bin total|\baltogether)\s*$"
)
_TOTAL_AFTER = re.compile(
    r"^(?:弱|強|ほど|くらい|ぐらい|程度|近く)?(?:です|でした|かかりました|かかった|もしました|しました)"
)
# Price cues: what was paid. Checked nearest to the amount, so "I paid $400, refund me"
# reads the $400 as a price even with a refund later in the sentence.
_PRICE_AFTER = re.compile(
    r"^.{0,6}?(?:で(?:購入|買|注文|契約|申し込)|の(?:商品|製品|品|もの|ヒーター|ケトル|加湿器|炊飯器|空気清浄機|買い物|お買い物|注文|支払い)|も(?:した|する|払った|出した)|を(?:支払|払)(?:った|いました|いま)|払った|支払った|しました|した(?:商品|製品|のに)|(?:税込|税抜|送料込)|(?:です|でした)(?:が|けど|のに)|も出して|の買い物)"
    r"|^\s*(?:for (?:a|an|the|this|that|my)\b|(?:on|at) (?:your|the) (?:store|shop|site)|(?:heater|kettle|purchase|order|item|product|unit|model))"
)
_PRICE_BEFORE = re.compile(
    r"(?:価格|値段|代金|定価|購入(?:価格|金額)|金額|購入時|支払(?:い|った)(?:額|金額)?|払った(?:額|金額)?)(?:は|が|で|:|：)?\s*$"
    r"|\b(?:paid|pay|spent|spend|cost(?:s|ing)?|costs? me|priced at|price (?:was|is|of)|bought (?:it|this|one) for|purchased (?:it|this|one)? ?for|for|worth|retail(?:s)? (?:at|for)|charged(?: me)?|shelled out|forked out|dropped)\s*$"
)
# A refund demand with no amount of its own: the refund is then of the price paid.
_REFUND_DEMAND = re.compile(
    r"返金(?:して|しろ|せよ|を(?:お願い|希望|求め|要求|請求|して)|希望|願い|してほし|して欲し|してもら|してくだ|して下さ|対応を|いただ|頂|に応じ)|全額(?:返金|返して|返せ)|お金を返(?:して|せ)|金(?:を)?返せ|代金を返"
    r"|全額(?:を)?(?:返し|払い戻)|\b(?:refund(?:ed)?|money back|my money)\b|\bevery (?:penny|cent|yen)\b|\b(?:want|get) (?:it|everything|the lot|all of it) back\b|\bfull amount back\b"
)
_REFUND_NOT_DEMAND = re.compile(
    r"(?:返金|refund)(?:ではなく|じゃなく|ではありません|は(?:不要|いりません|結構|求めていません|希望しません)|(?:より|よりも)(?:交換|修理))|\b(?:not|no|don't|do not|without)\b.{0,15}\b(?:a refund|refund|my money back)\b|\brefund (?:policy|period|window|process)\b|\b(?:instead of|rather than) (?:a )?refund\b"
)


def _role(f: Folded, start: int, end: int) -> Role:
    t = f.text
    c_start, c_end = clause_bounds(t, start, end)
    before = t[max(c_start, start - 40) : start]
    after = t[end : min(c_end, end + 24)]
    # Nearest cue wins: the words right before the amount ("I paid", "I want") decide first,
    # then the words right after it ("で購入", "返して", "for the trouble").
    if _PRICE_BEFORE.search(before[-14:]):
        return "price"
    if _DEMAND_BEFORE.search(before):
        return "demand"
    if _PRICE_AFTER.match(after):
        return "price"
    if _DEMAND_AFTER.match(after):
        return "demand"
    if _DEMAND_BEFORE_WEAK.search(before):
        return "demand"
    if _TOTAL.search(before) or _TOTAL_AFTER.match(after):
        return "price"
    # A demand verb elsewhere in the clause ("I want $500 back", "50万円を払ってもらう").
    clause = t[c_start:c_end]
    if re.search(
        r"返金|払え|払って|支払って|請求|補償|賠償|弁償|慰謝料|要求|よこせ|\b(?:refund|compensat\w*|reimburs\w*|owe|demand|damages)\b|\bi (?:want|expect|demand|deserve)\b|\bin cash\b|\bpay me\b",
        clause,
    ):
        return "demand"
    return "mention"


def find_amounts(text: str, folded: Folded | None = None) -> list[Amount]:
    """All money amounts in ``text`` with their role.

    Args:
        text: The customer's text.
        folded: The folded text, when the caller already has it.

    Returns:
        Amounts in order of appearance.
    """
    f = folded or fold(text)
    out: list[Amount] = []
    for m in _AMOUNT.finditer(f.text):
        v = _value(m)
        if v is None or v[0] <= 0:
            continue
        s, e = f.span(m.start(), m.end())
        out.append(Amount(s, e, text[s:e].strip(), round(v[0]), v[1], _role(f, m.start(), m.end())))
    return out


@dataclass(frozen=True)
class Demand:
    """The money a text demands.

    Attributes:
        jpy: The largest amount demanded, in yen.
        evidence: The amount (or the refund demand) as the customer wrote it.
        start: Offset of the evidence in the original text.
        end: End offset (exclusive).
        implied: True when no amount is named with the demand and the refund is read as one
            of the price paid ("I paid ¥45,000 … I want a refund").
    """

    jpy: int
    evidence: str
    start: int
    end: int
    implied: bool = False


def demanded_amount(
    text: str, folded: Folded | None = None, amounts: list[Amount] | None = None
) -> Demand | None:
    """The largest money demand in ``text``, or ``None`` when nothing is demanded.

    Args:
        text: The customer's text.
        folded: Its folded form, when the caller has it.
        amounts: ``find_amounts(text)``, when the caller has it.
    """
    f = folded or fold(text)
    if amounts is None:
        amounts = find_amounts(text, f)
    demands = [
        a for a in amounts if a.role == "demand" and not negated(f.text, *_folded_span(f, a), "any")
    ]
    if demands:
        best = max(demands, key=lambda a: a.jpy)
        return Demand(best.jpy, best.text, best.start, best.end)
    prices = [a for a in amounts if a.role == "price"]
    refund = refund_request(text, f)
    if not prices or refund is None:
        return None
    best = max(prices, key=lambda a: a.jpy)
    return Demand(best.jpy, refund[2], refund[0], refund[1], implied=True)


def refund_request(text: str, folded: Folded | None = None) -> tuple[int, int, str] | None:
    """The first refund request without an amount of its own (``(start, end, text)``), if any.

    A ticket may give the price in one message and ask for the refund in a later one; the
    engine joins the two.
    """
    f = folded or fold(text)
    for m in _REFUND_DEMAND.finditer(f.text):
        if _REFUND_NOT_DEMAND.search(
            f.text, max(0, m.start() - 20), min(len(f.text), m.end() + 14)
        ):
            continue
        if negated(f.text, m.start(), m.end(), "any"):
            continue
        s, e = f.span(m.start(), m.end())
        return s, e, text[s:e]
    return None


def _folded_span(f: Folded, a: Amount) -> tuple[int, int]:
    """Folded offsets of an amount (the first folded char at or after its source start)."""
    idx = f.index
    start = next(i for i, src in enumerate(idx) if src >= a.start)
    end = next((i for i in range(start, len(idx)) if idx[i] >= a.end), len(f.text))
    return start, end
