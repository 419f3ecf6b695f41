"""A role-play session: the opening line, then one step per trainee reply.

The engine glues the pure parts together (assessment → state machine → coaching tip) and
asks the customer voice for the line. Its state is a plain JSON-able object, so a session
can live in the database between HTTP requests and resume in any worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.roleplay import machine
from app.roleplay.assess import assess
from app.roleplay.cards import Card, ScenarioLibrary
from app.roleplay.coaching import tip_for
from app.roleplay.customer import CustomerCue, CustomerVoice, Direction, Line, ScriptedCustomer
from app.roleplay.judge import LLMJudge
from guardrails.escalation import EscalationEngine


@lru_cache(maxsize=1)
def default_escalation() -> EscalationEngine:
    """The built-in escalation detectors, compiled once per process."""
    return EscalationEngine()


@dataclass
class SessionState:
    """Everything needed to continue a session.

    Attributes:
        scenario_id: The card played.
        seed: Seeds the scripted customer's choice of lines.
        mood: The state machine's state.
        flags: Escalation flags in play: the card's expected flags plus any the customer's
            lines raised (the rubric's boundary criterion depends on them).
        history: The conversation, opening line first.
        used: Scripted lines already said.
    """

    scenario_id: str
    seed: int
    mood: machine.MoodState
    flags: list[str] = field(default_factory=list)
    history: list[Line] = field(default_factory=list)
    used: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "scenario_id": self.scenario_id,
            "seed": self.seed,
            "mood": self.mood.to_json(),
            "flags": list(self.flags),
            "history": [{"role": h.role, "text": h.text} for h in self.history],
            "used": list(self.used),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SessionState:
        return cls(
            scenario_id=data["scenario_id"],
            seed=int(data["seed"]),
            mood=machine.MoodState.from_json(data["mood"]),
            flags=list(data.get("flags", [])),
            history=[Line(h["role"], h["text"]) for h in data.get("history", [])],
            used=list(data.get("used", [])),
        )


@dataclass(frozen=True)
class TurnResult:
    """One trainee reply and what came of it (the API's turn response, minus ids)."""

    index: int
    trainee: str
    customer: str
    voice: str
    transition: machine.Transition
    assessment: dict[str, Any]
    tip: dict[str, Any]
    judge: dict[str, Any] | None = None

    @property
    def ended(self) -> bool:
        return self.transition.after.ended

    def to_json(self) -> dict[str, Any]:
        t = self.transition
        return {
            "index": self.index,
            "trainee": self.trainee,
            "customer": self.customer,
            "voice": self.voice,
            "mood_before": t.before.mood,
            "mood_after": t.after.mood,
            "band": t.band,
            "delta": t.delta,
            "parts": [[reason, d] for reason, d in t.parts],
            "pushed": t.pushed,
            "score": self.assessment["score"],
            "assessment": self.assessment,
            "tip": self.tip,
            "judge": self.judge,
            "ended": t.after.ended,
            "outcome": t.after.outcome,
            "success": t.after.success,
        }


class RoleplayEngine:
    """Plays sessions of the library's cards.

    Args:
        library: The cards and manuals.
        voice: Who speaks for the customer (default: the card's script).
        judge: An optional LLM judge (only when an LLM backend is configured).
        escalation: Raises flags from the customer's lines.
        authority_limit_jpy: What a trainee may promise in money.
    """

    def __init__(
        self,
        library: ScenarioLibrary,
        *,
        voice: CustomerVoice | None = None,
        judge: LLMJudge | None = None,
        escalation: EscalationEngine | None = None,
        authority_limit_jpy: int = 30_000,
    ) -> None:
        self.library = library
        self.voice = voice or ScriptedCustomer()
        self.judge = judge
        self.escalation = escalation or default_escalation()
        self.authority_limit_jpy = authority_limit_jpy

    def _flags(self, card: Card, text: str, current: list[str]) -> list[str]:
        found = {f.flag for f in self.escalation.detect_text(text, card.lang)}
        return sorted(set(current) | set(card.expected_flags) | found)

    def open(self, card: Card, seed: int) -> SessionState:
        """A new session: the customer has said the opening line."""
        return SessionState(
            scenario_id=card.id,
            seed=seed,
            mood=machine.start(card),
            flags=self._flags(card, card.opening_line, []),
            history=[Line("customer", card.opening_line)],
        )

    def reply(self, card: Card, state: SessionState, text: str) -> tuple[SessionState, TurnResult]:
        """Apply one trainee reply; the new state and the turn's result.

        Raises:
            ValueError: The session has ended or the reply is empty.
        """
        if not text.strip():
            raise ValueError("the reply is empty")
        if state.mood.ended:
            raise ValueError("the session has ended")
        a = assess(
            card,
            text,
            flags=state.flags,
            revealed_before=set(state.mood.revealed),
            authority_limit_jpy=self.authority_limit_jpy,
        )
        t = machine.step(card, state.mood, a)
        hidden_left = (
            0
            if t.after.ended
            else sum(1 for f in card.facts if f.hidden and f.id not in t.after.revealed)
        )
        tip = tip_for(card, self.library, a, hidden_left=hidden_left)
        history = [*state.history, Line("trainee", text)]
        last_customer = next((h.text for h in reversed(state.history) if h.role == "customer"), "")
        if t.after.outcome is not None:
            spoken_text, voice, script_line = card.closing.line(t.after.outcome), "closing", None
        else:
            direction: Direction = "calmer" if t.delta < 0 else "angrier" if t.delta > 0 else "same"
            known_ids = set(t.before.revealed)
            cue = CustomerCue(
                card=card,
                band=t.band,
                direction=direction,
                pushed=t.pushed,
                revealed_now=list(a.revealed),
                known=[f for f in card.facts if not f.hidden or f.id in known_ids],
                history=history,
                turn=t.after.turn,
                seed=state.seed,
                used=state.used,
            )
            spoken = self.voice.speak(cue)
            spoken_text, voice, script_line = spoken.text, spoken.voice, spoken.script_line
        judge = self.judge.judge(card, last_customer, text) if self.judge else None
        new_state = SessionState(
            scenario_id=state.scenario_id,
            seed=state.seed,
            mood=t.after,
            flags=self._flags(card, spoken_text, state.flags),
            history=[*history, Line("customer", spoken_text)],
            used=[*state.used, script_line] if script_line else list(state.used),
        )
        result = TurnResult(
            index=t.after.turn,
            trainee=text,
            customer=spoken_text,
            voice=voice,
            transition=t,
            assessment=a.to_json(),
            tip=tip.to_json(),
            judge=judge,
        )
        return new_state, result
