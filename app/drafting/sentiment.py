"""How upset the customer is: a small bilingual lexicon, good enough to choose a register.

The level is shown to the agent and steers the template drafter's apology; it is never used
to decide a flag.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Level = Literal["calm", "annoyed", "angry", "furious"]

_SIGNALS: tuple[tuple[str, float], ...] = (
    # ja
    (r"ふざけ", 0.35),
    (r"最悪", 0.3),
    (r"いい加減に?し", 0.35),
    (r"許せ(ない|ません)", 0.3),
    (r"(怒|激怒|腹が立|頭にく|ムカつ|むかつ)", 0.3),
    (r"(何度|何回)(も|目)", 0.2),
    (r"(どうなって|どういうこと)", 0.2),
    (r"(信じられ|ありえ|あり得)", 0.25),
    (r"(誠意|責任者)", 0.15),
    (r"(早く|すぐに?)(しろ|して|対応)", 0.15),
    (r"(金返せ|返せよ|しろよ|だろ[!！]?$)", 0.35),
    (r"(困って|困り)", 0.1),
    (r"(残念|がっかり)", 0.15),
    # en
    (r"\b(ridiculous|unacceptable|outrageous|disgusting|pathetic)\b", 0.3),
    (r"\b(worst|terrible|awful|horrible)\b", 0.25),
    (r"\b(angry|furious|livid|fed up)\b", 0.3),
    (r"\b(again|still|how many times)\b", 0.1),
    (r"\b(now|immediately|asap)\b", 0.1),
    (r"\b(disappointed|frustrated|upset)\b", 0.15),
    (r"\b(idiot|stupid|useless|incompetent)\b", 0.4),
)
_COMPILED = tuple((re.compile(p, re.I | re.M), w) for p, w in _SIGNALS)


@dataclass(frozen=True)
class Sentiment:
    """Anger in ``[0, 1]`` and its band."""

    anger: float
    level: Level

    def to_dict(self) -> dict[str, float | str]:
        return {"anger": round(self.anger, 2), "level": self.level}


def level_of(anger: float) -> Level:
    if anger >= 0.75:
        return "furious"
    if anger >= 0.45:
        return "angry"
    if anger >= 0.2:
        return "annoyed"
    return "calm"


def analyze(text: str) -> Sentiment:
    """Anger of a customer's text from lexical signals, exclamation and shouting."""
    norm = unicodedata.normalize("NFKC", text)
    score = sum(w for rx, w in _COMPILED if rx.search(norm))
    bangs = norm.count("!") + norm.count("?!")
    score += min(bangs, 6) * 0.05
    letters = [c for c in norm if c.isascii() and c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        score += 0.25
    anger = min(score, 1.0)
    return Sentiment(anger=anger, level=level_of(anger))
