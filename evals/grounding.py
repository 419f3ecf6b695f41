"""Groundedness without a judge: is each claim sentence of a reply backed by a cited chunk?

A sentence's content tokens are English words (3+ letters, not stopwords, lowercased) and
Japanese bigrams of kanji, katakana and digits (hiragana carries grammar, not content). A
sentence is *supported* when at least ``threshold`` of its tokens occur in one cited chunk.
Sentences with fewer than ``MIN_TOKENS`` tokens (greetings, sign-offs) are not claims.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from evals.rubric import sentences

MIN_TOKENS = 3

_EN_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "you",
        "your",
        "our",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "this",
        "that",
        "these",
        "those",
        "from",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "please",
        "thank",
        "thanks",
        "about",
        "into",
        "onto",
        "over",
        "under",
        "than",
        "then",
        "them",
        "they",
        "their",
        "there",
        "here",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "why",
        "how",
        "all",
        "any",
        "each",
        "more",
        "most",
        "some",
        "such",
        "not",
        "only",
        "own",
        "same",
        "very",
        "just",
        "also",
        "been",
        "being",
        "did",
        "does",
        "doing",
        "let",
        "know",
        "sorry",
        "apologize",
        "apologise",
        "inconvenience",
        "understand",
        "hear",
        "dear",
        "regards",
        "kind",
        "best",
        "team",
    ]
)
_EN_WORD = re.compile(r"[a-z0-9][a-z0-9\-']{2,}")
_JA_CONTENT = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー々A-Za-z0-9０-９]")


def tokens(text: str, language: str) -> set[str]:
    """The content tokens of ``text``."""
    if language == "ja":
        out: set[str] = set()
        for a, b in itertools.pairwise(text):
            if _JA_CONTENT.match(a) and _JA_CONTENT.match(b):
                out.add(a + b)
        out.update(w for w in _EN_WORD.findall(text.lower()) if w not in _EN_STOP)
        return out
    return {w for w in _EN_WORD.findall(text.lower()) if w not in _EN_STOP}


@dataclass(frozen=True)
class SentenceSupport:
    """One claim sentence and how well the best cited chunk covers it."""

    sentence: str
    overlap: float
    supported: bool
    source: int | None = None


@dataclass(frozen=True)
class Support:
    """Lexical groundedness of a reply.

    Attributes:
        claims: The claim sentences with their support.
        share: Supported claims / claims (1.0 when there are no claims).
    """

    claims: list[SentenceSupport] = field(default_factory=list)

    @property
    def share(self) -> float:
        if not self.claims:
            return 1.0
        return sum(1 for c in self.claims if c.supported) / len(self.claims)

    def to_json(self) -> dict[str, Any]:
        return {
            "share": round(self.share, 4),
            "unsupported": [c.sentence for c in self.claims if not c.supported],
            "claims": len(self.claims),
        }


def lexical_support(
    reply: str, contexts: list[str], *, language: str, threshold: float = 0.5
) -> Support:
    """Score each claim sentence of ``reply`` against the ``contexts`` (cited chunk texts)."""
    lang = "ja" if language == "ja" else "en"
    ctx_tokens = [tokens(c, lang) for c in contexts]
    claims: list[SentenceSupport] = []
    for s in sentences(reply, lang):
        toks = tokens(s, lang)
        if len(toks) < MIN_TOKENS:
            continue
        best, where = 0.0, None
        for i, ct in enumerate(ctx_tokens):
            overlap = len(toks & ct) / len(toks)
            if overlap > best:
                best, where = overlap, i
        claims.append(SentenceSupport(s, round(best, 4), best >= threshold, where))
    return Support(claims)
