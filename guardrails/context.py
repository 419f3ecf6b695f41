"""Text folding and the context around a match: clauses, negation, innocent uses.

Detectors match on a *folded* copy of the customer's text (NFKC, lower case) so that
full-width letters and digits (ＳＮＳ, ３回目), half-width kana and capitals all meet the same
pattern. Every folded character remembers the index of the original character it came
from, so evidence is always quoted from what the customer actually wrote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each folded character, the index of its source character.

    Attributes:
        text: The NFKC-normalised, lower-cased text that patterns run on.
        source: The original text.
        index: ``index[i]`` is the offset in ``source`` of folded character ``i``; it has one
            extra entry (``len(source)``) so that end offsets map too.
    """

    text: str
    source: str
    index: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` back to offsets into :attr:`source`."""
        s = self.index[start]
        # The end maps to just past the source character that produced the last folded one.
        e = self.index[end - 1] + 1 if end > start else s
        return s, e


# Some characters NFKC leaves alone but customers use interchangeably.
_EXTRA = str.maketrans({"〜": "~", "～": "~", "’": "'", "‘": "'", "“": '"', "”": '"', "―": "-"})


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).translate(_EXTRA).lower()


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping an offset map back to it.

    Folding is per character, which keeps the map exact; the only thing lost is composing
    a half-width kana with a following half-width voicing mark, which is rare in tickets.
    """
    if text.isascii():
        # Fast path: most English tickets need nothing but lower-casing.
        return Folded(text.lower(), text, range(len(text) + 1))
    table = _TABLE
    chars = set(text)
    for ch in chars:
        if ord(ch) not in table:
            table[ord(ch)] = _fold_char(ch)
    folded = text.translate(table)
    if len(folded) == len(text) and all(len(table[ord(ch)]) == 1 for ch in chars):
        # Every character folded to exactly one: offsets are unchanged.
        return Folded(folded, text, range(len(text) + 1))
    index: list[int] = []
    for i, ch in enumerate(text):
        index.extend([i] * len(table[ord(ch)]))
    index.append(len(text))
    return Folded(folded, text, index)


# Folded form of every character seen so far (a few thousand distinct characters at most).
_TABLE: dict[int, str] = {}


# --------------------------------------------------------------------------- clauses

# A clause ends at sentence punctuation, a line break, or a contrastive turn ("but", が、).
# Negation and hypotheticals are scoped to one clause so that 「訴えるつもりはないが、
# 弁護士には相談済みです」 still carries its second, real signal.
_CLAUSE_END = re.compile(
    r"[。．！？!?\n;；]|\.(?:\s|$)|,\s*but\b|\bbut\s|けど|けれど|ですが、|が、|しかし"
)


@lru_cache(maxsize=32)
def _clause_marks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every clause boundary of ``text`` (found once per text)."""
    marks = list(_CLAUSE_END.finditer(text))
    return [m.start() for m in marks], [m.end() for m in marks]


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The ``[start, end)`` of the clause of ``text`` that holds the match ``[start, end)``."""
    starts, ends = _clause_marks(text)
    i = bisect_right(ends, start) - 1
    j = bisect_left(starts, end)
    return (ends[i] if i >= 0 else 0), (starts[j] if j < len(starts) else len(text))


# --------------------------------------------------------------------------- negation

# Japanese negates after the verb: 訴えるつもりは(ありません|ない), 訴えません, 考えていない.
# 「訴えるしかない」 ("nothing left but to sue") and 「…ないと」 ("unless") are the opposite
# of a negation, hence the lookbehind on しか and the lookahead on と/なら/場合.
_JA_NEG_AFTER = re.compile(
    r"^[^、。!?]{0,9}?(?<!しか)(?:"
    r"(?:つもり|気|予定|考え|こと|必要|意図|意思)(?:は|も|が)?(?:全く|まったく|毛頭|一切|特に)?"
    r"(?:ない|無い|ありません|ございません|ないです|なく)"
    r"|(?<!じゃ)(?<!では)(?<!辞さ)(?<!許さ)(?<!わから)(?<!分から)(?<!構わ)(?<!得)(?<!厭わ)(?<!いとわ)(?<!しか)(?<!限ら)(?:ません|ない|ず(?:に)?|なかった|ませんでした)(?!と|なら|場合|限り|で(?:くだ|下|しょう)|です?か|か|のか|もの|かしら|よう)"
    r"|わけ(?:では|じゃ)(?:ない|ありません|なく)|ではなく|じゃなく|ではありません|ではない(?!か|でしょう|の)|じゃない(?!の|か|です?か|でしょう)"
    r")",
)
# Before the term: 「まったく/特に/別に…」 alone do not negate; the Japanese cue words that
# do negate in front (e.g. 「〜なしで」) are rare enough to leave out.

# English negates before the verb: "not going to sue", "no intention of suing",
# "won't be contacting a lawyer", "never said I'd sue". The cue must be close (a few
# words) so that "If you don't fix this I'll sue" keeps its threat.
_EN_NEG_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nor|without|neither)\b|n't\b|\bno\s+(?:intention|plans?|need|desire|wish|interest)\b)"
    r"(?:\s+\S+){0,4}?\s*$"
)
_EN_COND = re.compile(r"\b(?:if|unless|until|or else|otherwise|before)\b")
_EN_NEG_AFTER = re.compile(r"^\W{0,2}(?:is|are|was|would be)?\s*(?:not|never)\b(?! only)")


def negated(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the match ``[start, end)`` of folded ``text`` is negated in its clause."""
    c_start, c_end = clause_bounds(text, start, end)
    after = text[end:c_end]
    if _JA_NEG_AFTER.match(after) and lang != "en_only":
        return True
    before = text[max(c_start, start - 48) : start]
    m = _EN_NEG_BEFORE.search(before)
    if m:
        # "If you don't refund me I'll sue": the negation belongs to a condition, not to
        # the threat, when a conditional word precedes it in the same clause.
        head = text[c_start : max(c_start, start - 48) + m.start()]
        return not _EN_COND.search(head)
    return bool(_EN_NEG_AFTER.match(after))


def window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """The folded text ``before`` characters left and ``after`` right of a match, within its clause."""
    c_start, c_end = clause_bounds(text, start, end)
    return text[max(c_start, start - before) : start], text[end : min(c_end, end + after)]
