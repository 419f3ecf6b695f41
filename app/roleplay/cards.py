"""Role-play scenario cards: the full schema, a loader with ``file:line`` errors, and the
library a session draws on (the cards plus the manuals they point trainees to).

``retrieval.corpus.Scenario`` only checks what ingest needs (id, title, lang, opening line);
this module validates everything the session engine relies on, so a broken card fails at
load time with the file and line of the problem, never halfway through a role-play.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from guardrails.taxonomy import BUILTIN_FLAGS
from retrieval.corpus import (
    CorpusError,
    Document,
    _first_error,
    _line_of,
    _strip_lines,
    _yaml_load,
    load_corpus,
)

Band = Literal["calm", "annoyed", "angry", "furious"]
BANDS: tuple[Band, ...] = ("calm", "annoyed", "angry", "furious")
Outcome = Literal["resolved", "escalated", "abandoned"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Persona(_Model):
    """Who the customer is; the LLM customer is told all of it."""

    name: str = Field(min_length=1)
    age: int | None = Field(default=None, ge=0, le=120)
    situation: str = Field(min_length=1)
    temperament: str = Field(min_length=1)
    speech_style: str = ""


class CustomerInfo(_Model):
    """The customer record the agent would see."""

    tier: Literal["standard", "premium", "vip"] = "standard"
    contact_count: int = Field(default=1, ge=1)


class Fact(_Model):
    """Something the customer knows. A hidden fact is told only when the trainee asks about
    it well: a question that uses one of ``reveal_when``.

    Attributes:
        says: How the customer puts it when telling it (default: ``text``).
    """

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    hidden: bool = True
    reveal_when: list[str] = Field(default_factory=list)
    says: str | None = None

    @model_validator(mode="after")
    def _hidden_needs_keywords(self) -> Fact:
        if self.hidden and not self.reveal_when:
            raise ValueError(f"hidden fact '{self.id}' needs 'reveal_when' keywords")
        return self


class Trigger(_Model):
    """Words in the trainee's reply that move the customer's mood by ``delta``."""

    keywords: list[str] = Field(min_length=1)
    delta: int = Field(ge=-50, le=50)
    note: str = ""


class CalmingTrigger(Trigger):
    @model_validator(mode="after")
    def _sign(self) -> CalmingTrigger:
        if self.delta >= 0:
            raise ValueError(f"a calming trigger must have a negative delta (got {self.delta})")
        return self


class AggravatingTrigger(Trigger):
    @model_validator(mode="after")
    def _sign(self) -> AggravatingTrigger:
        if self.delta <= 0:
            raise ValueError(
                f"an aggravating trigger must have a positive delta (got {self.delta})"
            )
        return self


class Triggers(_Model):
    calming: list[CalmingTrigger] = Field(default_factory=list)
    aggravating: list[AggravatingTrigger] = Field(default_factory=list)


class Mood(_Model):
    """The customer's mood, 0 (calm) to 100 (furious), and what moves it."""

    start: int = Field(ge=0, le=100)
    bands: dict[Band, tuple[int, int]]
    resolve_below: int = Field(ge=0, le=100)
    abandon_above: int = Field(ge=0, le=100)
    triggers: Triggers = Field(default_factory=Triggers)
    note: str = ""

    @field_validator("bands")
    @classmethod
    def _bands_cover_the_scale(
        cls, bands: dict[Band, tuple[int, int]]
    ) -> dict[Band, tuple[int, int]]:
        if set(bands) != set(BANDS):
            raise ValueError(f"'bands' must define exactly {', '.join(BANDS)}")
        expected_low = 0
        for name in BANDS:
            low, high = bands[name]
            if low != expected_low or high < low:
                raise ValueError(
                    f"band '{name}' must start at {expected_low} and not end before it starts "
                    "(bands cover 0–100 in order calm, annoyed, angry, furious)"
                )
            expected_low = high + 1
        if expected_low != 101:
            raise ValueError("the 'furious' band must end at 100")
        return bands

    @model_validator(mode="after")
    def _consistent(self) -> Mood:
        if not self.resolve_below < self.start < self.abandon_above:
            raise ValueError("need resolve_below < start < abandon_above")
        return self

    def band(self, mood: int) -> Band:
        """The band ``mood`` falls in."""
        for name in BANDS:
            low, high = self.bands[name]
            if low <= mood <= high:
                return name
        return "furious"


class Pitfall(_Model):
    """A move the trainee must not make (appeasing, admitting liability, ...)."""

    keywords: list[str] = Field(min_length=1)
    note: str = Field(min_length=1)


class Script(_Model):
    """The scripted customer's lines per mood band (at least one each)."""

    calm: list[str] = Field(min_length=1)
    annoyed: list[str] = Field(min_length=1)
    angry: list[str] = Field(min_length=1)
    furious: list[str] = Field(min_length=1)

    def lines(self, band: Band) -> list[str]:
        lines: list[str] = getattr(self, band)
        return lines


class Closing(_Model):
    """What the customer says when the session ends each way."""

    resolved: str = Field(min_length=1)
    escalated: str = Field(min_length=1)
    abandoned: str = Field(min_length=1)

    def line(self, outcome: Outcome) -> str:
        text: str = getattr(self, outcome)
        return text


class Card(_Model):
    """A role-play scenario card (``knowledge_corpus/roleplay/*.yaml``), fully validated."""

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    lang: Literal["ja", "en"]
    difficulty: Literal["easy", "medium", "hard"] = "medium"
    channel: Literal["email", "chat", "phone", "sns", "form"] = "phone"
    product: str | None = None
    persona: Persona
    customer: CustomerInfo = Field(default_factory=CustomerInfo)
    opening_line: str = Field(min_length=1)
    facts: list[Fact] = Field(default_factory=list)
    mood: Mood
    harassment_level: Literal["none", "low", "medium", "high"] = "none"
    goals: list[str] = Field(min_length=1)
    success_closing: Literal["resolved", "escalated"]
    pitfalls: list[Pitfall] = Field(default_factory=list)
    expected_flags: list[str] = Field(default_factory=list)
    manual_refs: list[str] = Field(min_length=1)
    script: Script
    closing: Closing
    source: str = ""
    line: int = 1

    @model_validator(mode="after")
    def _unique_fact_ids(self) -> Card:
        seen: set[str] = set()
        for f in self.facts:
            if f.id in seen:
                raise ValueError(f"duplicate fact id '{f.id}'")
            seen.add(f.id)
        return self

    @property
    def is_harassment(self) -> bool:
        """A カスハラ card: the right ending is a boundary and a handover, not appeasement."""
        return self.success_closing == "escalated" and self.harassment_level in ("medium", "high")

    def fact(self, fact_id: str) -> Fact:
        return next(f for f in self.facts if f.id == fact_id)

    def summary(self) -> dict[str, Any]:
        """What a scenario list shows (no hidden facts, no script)."""
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "difficulty": self.difficulty,
            "channel": self.channel,
            "product": self.product,
            "harassment_level": self.harassment_level,
            "success_closing": self.success_closing,
            "goals": list(self.goals),
            "persona": self.persona.name,
        }


def _key_line(text: str, key: str, default: int) -> int:
    """The line of a top-level ``key:`` in a card file (for cross-field errors)."""
    for i, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"^{re.escape(key)}\s*:", line):
            return i
    return default


def _error_line(item: dict[str, Any], text: str, loc: tuple[Any, ...], default: int) -> int:
    """The line of the innermost mapping on ``loc``; a top-level field's own line."""
    line = _line_of(item, loc, default)
    if loc and line == item.get("__line__", default) and loc[0] != "id":
        return _key_line(text, str(loc[0]), line)
    return line


def load_cards(path: Path, known_flags: set[str] | None = None) -> list[Card]:
    """Load one card file (a card, or a list under ``scenarios``), fully validated.

    Raises:
        CorpusError: naming the file and the line of the first problem.
    """
    text = path.read_text(encoding="utf-8")
    data = _yaml_load(text, path)
    items = data.get("scenarios", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CorpusError(path, 1, "a scenario file must hold a card or a 'scenarios' list")
    flags = known_flags if known_flags is not None else set(BUILTIN_FLAGS)
    cards: list[Card] = []
    for item in items:
        if not isinstance(item, dict):
            raise CorpusError(path, 1, "each scenario card must be a mapping")
        line = int(item.get("__line__", 1))
        try:
            card = Card.model_validate({**_strip_lines(item), "source": str(path), "line": line})
        except ValidationError as err:
            loc, msg = _first_error(err)
            raise CorpusError(path, _error_line(item, text, loc, line), msg) from None
        for flag in card.expected_flags:
            if flag not in flags:
                raise CorpusError(
                    path, _key_line(text, "expected_flags", line), f"unknown flag '{flag}'"
                )
        cards.append(card)
    return cards


@dataclass(frozen=True)
class ManualSection:
    """A part of a manual a trainee is sent back to."""

    doc_id: str
    title: str
    heading: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "heading": self.heading}

    def label(self) -> str:
        return f"{self.title} — {self.heading}" if self.heading else self.title


_HEADING = re.compile(r"^(#{2,4})\s+(.+?)\s*$", re.M)


def headings(doc: Document) -> list[str]:
    """The ``##``–``####`` headings of a manual, in reading order."""
    return [m.group(2) for m in _HEADING.finditer(doc.text)]


@dataclass
class ScenarioLibrary:
    """The cards of a corpus and the manuals and policies they cite.

    Attributes:
        cards: By id, in file order.
        documents: Manuals and policies by id (for titles and headings).
    """

    cards: dict[str, Card]
    documents: dict[str, Document] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path | str) -> ScenarioLibrary:
        """Load a corpus folder's cards and check each card's manual references.

        Raises:
            CorpusError: a malformed card, a duplicate id, or a ``manual_refs`` entry that
                names no document of the corpus.
        """
        root = Path(root)
        corpus = load_corpus(root)
        docs = {d.id: d for d in corpus.documents if d.doc_type in ("manual", "policy")}
        cards: dict[str, Card] = {}
        paths = sorted([*(root / "roleplay").glob("*.yaml"), *(root / "roleplay").glob("*.yml")])
        for path in paths:
            text = path.read_text(encoding="utf-8")
            for card in load_cards(path, set(corpus.flags)):
                if card.id in cards:
                    raise CorpusError(path, card.line, f"duplicate scenario id '{card.id}'")
                for ref in card.manual_refs:
                    if ref not in docs:
                        raise CorpusError(
                            path,
                            _key_line(text, "manual_refs", card.line),
                            f"manual_refs: no manual or policy with id '{ref}' in the corpus",
                        )
                cards[card.id] = card
        return cls(cards=cards, documents=docs)

    def get(self, scenario_id: str) -> Card | None:
        return self.cards.get(scenario_id)

    def section(self, refs: list[str], pattern: re.Pattern[str] | None) -> ManualSection | None:
        """The first heading matching ``pattern`` in the manuals ``refs``, in order; without
        a match, the first manual itself (no heading)."""
        known = [self.documents[r] for r in refs if r in self.documents]
        if not known:
            return None
        if pattern is not None:
            for doc in known:
                # The most specific heading wins: 「3. 事実確認」 over the overview above it.
                found = sorted((h for h in headings(doc) if pattern.search(h)), key=len)
                if found:
                    return ManualSection(doc.id, doc.title, found[0])
        return ManualSection(known[0].id, known[0].title, None)
