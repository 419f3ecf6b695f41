"""Who speaks for the customer: the card's scripted lines, or an LLM playing the persona.

Both only voice what the state machine decided: the mood band, the facts the trainee's
questions uncovered this turn, whether the reply appeased. The LLM never sees a hidden
fact before it is uncovered, so it cannot let one slip. Backends are found by name in
:data:`VOICES`; the ``template`` LLM backend means the scripted voice.
"""

from __future__ import annotations

import logging
import random
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Literal

from app.llm import LLMClient, LLMError, LLMRequest
from app.roleplay.cards import Band, Card, Fact
from prompts.render import render

log = logging.getLogger("teinei.roleplay")

MAX_LINE_CHARS = 600
Direction = Literal["calmer", "angrier", "same"]


@dataclass(frozen=True)
class Line:
    """One line of the conversation."""

    role: Literal["customer", "trainee"]
    text: str


@dataclass(frozen=True)
class CustomerCue:
    """What the customer's next line must convey.

    Attributes:
        card: The scenario.
        band: The mood band after the trainee's reply.
        direction: ``calmer``, ``angrier`` or ``same`` compared with before the reply.
        pushed: The reply appeased a coercive demand: press for more.
        revealed_now: Facts to tell now (the trainee asked about them).
        known: Facts the customer may mention (told at the start or already revealed).
        history: The conversation so far, the trainee's last reply included.
        turn: The trainee's reply number (1-based), for the seeded choice.
        seed: The session's seed.
        used: Scripted lines already said (not repeated while others are left).
    """

    card: Card
    band: Band
    direction: Direction
    pushed: bool
    revealed_now: list[Fact]
    known: list[Fact]
    history: list[Line]
    turn: int
    seed: int
    used: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Spoken:
    """The customer's line and how it was produced."""

    text: str
    voice: str
    script_line: str | None = None


class CustomerVoice(ABC):
    """Voices the customer for one turn."""

    name: str = "unknown"

    @abstractmethod
    def speak(self, cue: CustomerCue) -> Spoken:
        """The customer's next line."""


def fact_speech(fact: Fact) -> str:
    return fact.says or fact.text


class ScriptedCustomer(CustomerVoice):
    """The card's lines for the mood band, chosen by a seeded generator (same seed, same
    session), followed by any fact the trainee just uncovered. Offline and deterministic."""

    name = "scripted"

    def speak(self, cue: CustomerCue) -> Spoken:
        band: Band = "furious" if cue.pushed else cue.band
        pool = cue.card.script.lines(band)
        fresh = [line for line in pool if line not in cue.used] or pool
        line = random.Random(f"{cue.seed}:{cue.turn}:{cue.card.id}").choice(fresh)
        parts = [line, *(fact_speech(f) for f in cue.revealed_now)]
        sep = "" if cue.card.lang == "ja" else " "
        return Spoken(sep.join(parts), self.name, line)


_QUOTES = re.compile(r"^[\s「『\"']+|[\s」』\"']+$")
_SPEAKER = re.compile(r"^(?:customer|お客様|顧客)\s*[:：]\s*", re.I)


def clean_line(text: str) -> str:
    """A model's answer as a single spoken line: no speaker label, no quotes, bounded."""
    text = _SPEAKER.sub("", text.strip())
    text = _QUOTES.sub("", text).strip()
    return text[:MAX_LINE_CHARS]


class LLMCustomer(CustomerVoice):
    """An LLM plays the persona (``prompts/templates/roleplay_customer.{ja,en}.j2``); the
    trainee's words are passed as delimited data. Falls back to the script on any fault.

    Args:
        client: Any :class:`app.llm.LLMClient`.
        fallback: Used when the model fails or answers nothing.
    """

    name = "llm"

    def __init__(self, client: LLMClient, fallback: CustomerVoice | None = None) -> None:
        self.client = client
        self.fallback = fallback or ScriptedCustomer()

    def messages(self, cue: CustomerCue) -> list[dict[str, str]]:
        card = cue.card
        system = render(
            "roleplay_customer",
            card.lang,
            card=card,
            band=cue.band,
            direction=cue.direction,
            pushed=cue.pushed,
            known=[fact_speech(f) for f in cue.known],
            revealed_now=[fact_speech(f) for f in cue.revealed_now],
            examples=card.script.lines(cue.band),
        )
        user = render(
            "roleplay_turn",
            card.lang,
            history=[{"role": line.role, "text": line.text} for line in cue.history[:-1]],
            reply=cue.history[-1].text if cue.history else "",
        )
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def speak(self, cue: CustomerCue) -> Spoken:
        try:
            response = self.client.generate(
                LLMRequest(messages=self.messages(cue), temperature=0.7, max_tokens=300)
            )
        except LLMError as exc:
            log.warning("roleplay customer fell back to the script: %s", type(exc).__name__)
            return self._fallback(cue)
        text = clean_line(response.text)
        if not text:
            return self._fallback(cue)
        return Spoken(text, f"llm:{response.backend or self.client.backend}")

    def _fallback(self, cue: CustomerCue) -> Spoken:
        spoken = self.fallback.speak(cue)
        return Spoken(spoken.text, f"{spoken.voice} (fallback)", spoken.script_line)
