"""The customer's mood, turn by turn: a small, pure state machine.

State: ``mood`` 0–100 (the card's bands: calm 0–29, annoyed 30–54, angry 55–79,
furious 80–100), the turn number, the hidden facts already told, and the outcome once the
session has ended. One trainee reply moves it once::

    delta = Σ card triggers hit by the reply (calming < 0, aggravating > 0; each once)
          + quality     round((0.5 − rubric score) × 20)        −10 (perfect) … +10 (nothing right)
          + pitfalls    +15 each (+20 on a カスハラ card: appeasing makes them push harder)
          + boundary    −10 on a カスハラ card when a calm boundary is set (they back off)
    mood  = clamp(mood + delta, 0, 100)

Then, in this order, the first rule that holds ends the session::

    カスハラ card, boundary set and case handed over, no pitfall   → escalated  (success)
    other card whose goal is escalation, handed over, no pitfall,
      and the customer no longer angry (mood < angry band)        → escalated  (success)
    mood ≤ resolve_below                                          → resolved   (success if the
                                                                                card's goal)
    mood ≥ abandon_above, no pitfall this turn                    → abandoned  (failure)
    turn = MAX_TURNS                                              → abandoned  (failure)

An appeased customer does not hang up: when a pitfall pushed the mood over
``abandon_above`` it stays just below it and the customer presses for more.

                 ┌────────── reply ──────────┐
                 ▼                           │
    start ──► active(mood, band) ────────────┘
                 │ boundary+handover │ mood ≤ resolve │ mood ≥ abandon / turn limit
                 ▼                   ▼                ▼
             escalated           resolved         abandoned
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from app.roleplay.assess import Assessment
from app.roleplay.cards import Band, Card, Outcome

QUALITY_WEIGHT = 20
PITFALL_DELTA = 15
HARASSMENT_PITFALL_DELTA = 20
BOUNDARY_RELIEF = -10
MAX_TURNS = 12


@dataclass(frozen=True)
class MoodState:
    """Where a session stands.

    Attributes:
        mood: 0 (calm) to 100 (furious).
        turn: Trainee replies so far.
        revealed: Ids of hidden facts the customer has told.
        outcome: ``resolved``, ``escalated`` or ``abandoned`` once ended; ``None`` while active.
        success: Whether the ending is the card's goal (``None`` while active).
        pitfalls: Pitfalls hit so far.
    """

    mood: int
    turn: int = 0
    revealed: tuple[str, ...] = ()
    outcome: Outcome | None = None
    success: bool | None = None
    pitfalls: int = 0

    @property
    def ended(self) -> bool:
        return self.outcome is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "mood": self.mood,
            "turn": self.turn,
            "revealed": list(self.revealed),
            "outcome": self.outcome,
            "success": self.success,
            "pitfalls": self.pitfalls,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MoodState:
        return cls(
            mood=int(data["mood"]),
            turn=int(data.get("turn", 0)),
            revealed=tuple(data.get("revealed", ())),
            outcome=data.get("outcome"),
            success=data.get("success"),
            pitfalls=int(data.get("pitfalls", 0)),
        )


@dataclass(frozen=True)
class Transition:
    """One step of the machine: the new state and why the mood moved.

    Attributes:
        before: State before the reply.
        after: State after it.
        parts: ``(reason, delta)`` pairs that add up to the change (before clamping).
        band: The band of the new mood.
        pushed: The reply appeased (hit a pitfall): the customer presses harder.
    """

    before: MoodState
    after: MoodState
    parts: list[tuple[str, int]] = field(default_factory=list)
    band: Band = "annoyed"
    pushed: bool = False

    @property
    def delta(self) -> int:
        return self.after.mood - self.before.mood


def start(card: Card) -> MoodState:
    """The state before the first reply."""
    return MoodState(mood=card.mood.start)


def quality_delta(rubric_score: float) -> int:
    """−10 for a perfect reply, +10 for one that gets nothing right."""
    return round((0.5 - rubric_score) * QUALITY_WEIGHT)


def step(card: Card, state: MoodState, a: Assessment) -> Transition:
    """Apply one assessed trainee reply to ``state``.

    Raises:
        ValueError: The session has already ended.
    """
    if state.ended:
        raise ValueError("the session has ended")
    parts: list[tuple[str, int]] = [(f"{t.kind}: {t.keyword}", t.delta) for t in a.triggers]
    parts.append(("reply quality", quality_delta(a.rubric.score)))
    per_pitfall = HARASSMENT_PITFALL_DELTA if card.is_harassment else PITFALL_DELTA
    parts.extend((f"pitfall: {p.keyword}", per_pitfall) for p in a.pitfalls)
    if card.is_harassment and a.boundary:
        parts.append(("calm boundary", BOUNDARY_RELIEF))
    mood = max(0, min(100, state.mood + sum(d for _, d in parts)))
    pushed = bool(a.pitfalls)
    turn = state.turn + 1
    revealed = state.revealed + tuple(f.id for f in a.revealed if f.id not in state.revealed)
    outcome: Outcome | None = None
    angry_low = card.mood.bands["angry"][0]
    if (card.is_harassment and a.boundary and a.handover and not pushed) or (
        not card.is_harassment
        and card.success_closing == "escalated"
        and a.handover
        and not pushed
        and mood < angry_low
    ):
        outcome = "escalated"
    elif mood <= card.mood.resolve_below:
        outcome = "resolved"
    elif mood >= card.mood.abandon_above:
        if pushed:
            mood = card.mood.abandon_above - 1
        else:
            outcome = "abandoned"
    if outcome is None and turn >= MAX_TURNS:
        outcome = "abandoned"
    after = replace(
        state,
        mood=mood,
        turn=turn,
        revealed=revealed,
        outcome=outcome,
        success=None if outcome is None else outcome == card.success_closing,
        pitfalls=state.pitfalls + len(a.pitfalls),
    )
    return Transition(state, after, parts, card.mood.band(mood), pushed)
