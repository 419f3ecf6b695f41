"""What one trainee reply does, judged without any model: the shared rubric plus what only a
role-play knows (the card's triggers and pitfalls, the facts a question uncovers, whether a
boundary was set and the case handed over). Pure functions over the card and the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from app.roleplay.cards import Card, Fact
from evals.rubric import BOUNDARY, HANDOVER, RubricScore, score_reply, sentences
from guardrails.context import negated

PITFALL_PENALTY = 30  # turn-score points lost per pitfall
FACT_BONUS = 10  # turn-score points for uncovering a hidden fact

QUESTION = {
    "ja": re.compile(
        r"(?:[?？]|(?:でしょうか|ますか|ですか|ませんか|ございますか|いかがですか)[。]?$"
        r"|(?:お聞かせ|お教え|教えて|お知らせ|伺って|お伺いして)(?:ください|いただけ|よろしい))"
    ),
    "en": re.compile(
        r"(?:\?|^(?:what|when|where|which|who|how|did|does|do|is|are|was|were|could|can|would|have|has)\b"
        r"|\b(?:could|can|would) you (?:tell|share|confirm|let me know|send)\b"
        r"|\bplease (?:tell|share|confirm|let me know)\b)",
        re.IGNORECASE,
    ),
}

# A refusal around a pitfall phrase (「ご自宅へ伺うことはいたしかねます」, "I cannot pay you
# for your time") is not the pitfall.
_JA_REFUSAL_AFTER = re.compile(r"^[^。！？!?\n]{0,16}?(?:かね|ません|ない|ず|お断り)")
_EN_REFUSAL_BEFORE = re.compile(
    r"\b(?:cannot|unable to|won't|will not|decline to)\b[^.!?\n]{0,40}$"
)


def normalize(text: str) -> str:
    """NFKC and lower case: full-width and half-width forms match the same keyword."""
    return unicodedata.normalize("NFKC", text).lower()


def find_keyword(text: str, keyword: str) -> re.Match[str] | None:
    """``keyword`` in normalized ``text``; ASCII words match on word boundaries only."""
    kw = normalize(keyword)
    if re.fullmatch(r"[\w' ,.¥$-]+", kw) and kw[:1].isascii() and kw[:1].isalnum():
        return re.search(rf"(?<![a-z0-9]){re.escape(kw)}(?![a-z0-9])", text)
    return re.search(re.escape(kw), text)


@dataclass(frozen=True)
class TriggerHit:
    """A card trigger the reply set off."""

    kind: Literal["calming", "aggravating"]
    keyword: str
    delta: int
    note: str


@dataclass(frozen=True)
class PitfallHit:
    """A card pitfall the reply fell into."""

    keyword: str
    note: str


@dataclass(frozen=True)
class Assessment:
    """The deterministic verdict on one trainee reply.

    Attributes:
        rubric: The shared rubric (``evals.rubric.score_reply``).
        triggers: Card triggers hit (each at most once per reply).
        pitfalls: Card pitfalls hit (negated or refused mentions do not count).
        revealed: Hidden facts this reply's questions uncovered.
        asked: Whether the reply asks the customer anything.
        boundary: A calm boundary: the rubric's boundary/handover criterion passed and no
            pitfall was hit.
        handover: The reply names who takes the case over (supervisor, team, ...).
        score: The turn score, 0–100 (rubric share, minus pitfalls, plus facts found).
    """

    rubric: RubricScore
    triggers: list[TriggerHit] = field(default_factory=list)
    pitfalls: list[PitfallHit] = field(default_factory=list)
    revealed: list[Fact] = field(default_factory=list)
    asked: bool = False
    boundary: bool = False
    handover: bool = False
    score: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "rubric": self.rubric.to_json(),
            "triggers": [t.__dict__ for t in self.triggers],
            "pitfalls": [p.__dict__ for p in self.pitfalls],
            "revealed": [{"id": f.id, "text": f.text} for f in self.revealed],
            "asked": self.asked,
            "boundary": self.boundary,
            "handover": self.handover,
        }


def triggers_hit(card: Card, text: str) -> list[TriggerHit]:
    norm = normalize(text)
    hits: list[TriggerHit] = []
    for kind, triggers in (
        ("calming", card.mood.triggers.calming),
        ("aggravating", card.mood.triggers.aggravating),
    ):
        for t in triggers:
            for kw in t.keywords:
                if find_keyword(norm, kw):
                    hits.append(TriggerHit(kind, kw, t.delta, t.note))  # type: ignore[arg-type]
                    break
    return hits


def _refused(norm: str, m: re.Match[str], lang: str) -> bool:
    if negated(norm, m.start(), m.end(), lang):
        return True
    if lang == "ja":
        return bool(_JA_REFUSAL_AFTER.match(norm[m.end() :]))
    return bool(_EN_REFUSAL_BEFORE.search(norm[: m.start()]))


def pitfalls_hit(card: Card, text: str) -> list[PitfallHit]:
    norm = normalize(text)
    hits: list[PitfallHit] = []
    for p in card.pitfalls:
        for kw in p.keywords:
            m = find_keyword(norm, kw)
            if m and not _refused(norm, m, card.lang):
                hits.append(PitfallHit(kw, p.note))
                break
    return hits


def questions(text: str, lang: str) -> list[str]:
    """The sentences of ``text`` that ask the customer something."""
    rx = QUESTION["ja" if lang == "ja" else "en"]
    return [s for s in sentences(text, lang) if rx.search(s.strip())]


def facts_revealed(card: Card, text: str, already: set[str]) -> list[Fact]:
    """Hidden facts not yet told whose ``reveal_when`` words appear in a question."""
    asked = [normalize(q) for q in questions(text, card.lang)]
    if not asked:
        return []
    out: list[Fact] = []
    for f in card.facts:
        if not f.hidden or f.id in already:
            continue
        if any(find_keyword(q, kw) for q in asked for kw in f.reveal_when):
            out.append(f)
    return out


def assess(
    card: Card,
    text: str,
    *,
    flags: list[str] | set[str],
    revealed_before: set[str],
    authority_limit_jpy: int = 30_000,
) -> Assessment:
    """Judge one trainee reply on ``card``, given the flags raised so far."""
    rubric = score_reply(
        text,
        language=card.lang,
        flags=flags,
        channel=card.channel,
        authority_limit_jpy=authority_limit_jpy,
    )
    pitfalls = pitfalls_hit(card, text)
    revealed = facts_revealed(card, text, revealed_before)
    lang = card.lang
    handover = bool(HANDOVER[lang].search(text))
    boundary_rx = bool(BOUNDARY[lang].search(text))
    criterion = rubric.get("escalation_boundary").passed
    boundary = not pitfalls and (criterion is True or (criterion is None and boundary_rx))
    score = round(rubric.score * 100) - PITFALL_PENALTY * len(pitfalls)
    score += FACT_BONUS if revealed else 0
    return Assessment(
        rubric=rubric,
        triggers=triggers_hit(card, text),
        pitfalls=pitfalls,
        revealed=revealed,
        asked=bool(questions(text, lang)),
        boundary=boundary,
        handover=handover,
        score=max(0, min(100, score)),
    )
