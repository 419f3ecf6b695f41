"""Role-play sessions for a tenant: start, reply, end, list, open. Used by the HTTP API and
the ``teinei roleplay`` command alike, so both store the same sessions the same way.

The trainee's replies are scored as typed but stored with personal data replaced by
placeholders (a trainee may paste a real customer's details into a practice run).
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from typing import Any

from app.db.repositories import redact_for_storage
from app.db.roleplay import RoleplayRepository, SessionEnded, SessionRecord, TurnRecord
from app.db.session import Database
from app.llm import LLMClient, LLMError, get_llm
from app.roleplay.cards import Card, ScenarioLibrary
from app.roleplay.customer import Line, LLMCustomer, ScriptedCustomer
from app.roleplay.engine import RoleplayEngine, SessionState
from app.roleplay.judge import LLMJudge
from app.roleplay.machine import MoodState
from app.roleplay.report import build_report
from app.settings import Settings

log = logging.getLogger("teinei.roleplay")

SCRIPTED_BACKENDS = frozenset({"template"})


class UnknownScenario(LookupError):
    """No scenario card with that id."""


@dataclass
class RoleplayService:
    """Role-play sessions over one library, one engine and one store.

    Args:
        library: The scenario cards and manuals.
        engine: Plays the sessions.
        repo: Stores them.
    """

    library: ScenarioLibrary
    engine: RoleplayEngine
    repo: RoleplayRepository
    llm: LLMClient | None = None

    @classmethod
    def build(
        cls, settings: Settings, db: Database, *, llm: LLMClient | None = None
    ) -> RoleplayService:
        """The service of ``settings``: cards from the corpus folder; the LLM plays the
        customer (and judges) when ``llm_backend`` is not ``template``, else the script."""
        library = ScenarioLibrary.load(settings.corpus_dir)
        if settings.llm_backend in SCRIPTED_BACKENDS:
            llm = None
        elif llm is None:
            try:
                llm = get_llm(settings)
            except LLMError as exc:
                log.warning("role-play uses the scripted customer: %s", exc)
        engine = RoleplayEngine(
            library,
            voice=LLMCustomer(llm) if llm else ScriptedCustomer(),
            judge=LLMJudge(llm) if llm else None,
            authority_limit_jpy=settings.authority_limit_jpy,
        )
        return cls(library=library, engine=engine, repo=RoleplayRepository(db), llm=llm)

    def close(self) -> None:
        if self.llm is not None:
            self.llm.close()

    # ------------------------------------------------------------------ cards

    def scenarios(self) -> list[dict[str, Any]]:
        return [c.summary() for c in self.library.cards.values()]

    def card(self, scenario_id: str) -> Card:
        card = self.library.get(scenario_id)
        if card is None:
            raise UnknownScenario(scenario_id)
        return card

    # ------------------------------------------------------------------ sessions

    def start(
        self, *, tenant: str, scenario_id: str, trainee: str = "", seed: int | None = None
    ) -> dict[str, Any]:
        """A new session; the customer has said the opening line."""
        card = self.card(scenario_id)
        state = self.engine.open(card, seed if seed is not None else secrets.randbelow(2**31))
        record = self.repo.create(
            tenant=tenant,
            scenario_id=card.id,
            trainee=trainee.strip(),
            language=card.lang,
            mood=state.mood.mood,
            state=state.to_json(),
        )
        return self.view(record, [])

    def reply(self, *, tenant: str, session_id: str, text: str) -> dict[str, Any]:
        """Apply the trainee's reply: the customer's answer and the coaching score.

        Raises:
            UnknownSession, SessionEnded, ConcurrentTurn: from the store.
        """
        record = self.repo.get(session_id, tenant=tenant)
        if record.status != "active" or record.outcome is not None:
            raise SessionEnded(session_id)
        card = self.card(record.scenario_id)
        state = SessionState.from_json(record.state)
        new_state, result = self.engine.reply(card, state, text)
        stored_text = redact_for_storage(text)
        history = list(new_state.history)
        history[-2] = Line("trainee", stored_text)
        new_state.history = history
        turn = {**result.to_json(), "trainee": stored_text}
        record = self.repo.add_turn(
            session_id,
            tenant=tenant,
            idx=result.index,
            turn=turn,
            state=new_state.to_json(),
            mood=new_state.mood.mood,
            outcome=new_state.mood.outcome,
            success=new_state.mood.success,
        )
        report = None
        if new_state.mood.ended:
            report = self._finish(record, card).report
        return {
            "session_id": session_id,
            "turn": turn,
            "customer": result.customer,
            "mood": new_state.mood.mood,
            "band": result.transition.band,
            "ended": new_state.mood.ended,
            "outcome": new_state.mood.outcome,
            "success": new_state.mood.success,
            "report": report,
        }

    def _finish(self, record: SessionRecord, card: Card) -> SessionRecord:
        turns = self.repo.turns(record.id, tenant=record.tenant)
        mood = MoodState.from_json(record.state["mood"])
        report = build_report(card, self.library, mood, [turn_json(t) for t in turns])
        report["trainee"] = record.trainee
        report["session_id"] = record.id
        return self.repo.finish(record.id, tenant=record.tenant, report=report)

    def end(self, *, tenant: str, session_id: str) -> dict[str, Any]:
        """End the session (if it has not ended by itself) and return the final report."""
        record = self.repo.get(session_id, tenant=tenant)
        if record.report is None:
            record = self._finish(record, self.card(record.scenario_id))
        assert record.report is not None
        return record.report

    def get(self, *, tenant: str, session_id: str) -> dict[str, Any]:
        record = self.repo.get(session_id, tenant=tenant)
        return self.view(record, self.repo.turns(session_id, tenant=tenant))

    def sessions(
        self, *, tenant: str, trainee: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        records = self.repo.list(tenant=tenant, trainee=trainee, limit=limit, offset=offset)
        return [self.summary(r) for r in records]

    # ------------------------------------------------------------------ views

    def summary(self, r: SessionRecord) -> dict[str, Any]:
        card = self.library.get(r.scenario_id)
        return {
            "session_id": r.id,
            "scenario_id": r.scenario_id,
            "title": card.title if card else r.scenario_id,
            "trainee": r.trainee,
            "language": r.language,
            "status": r.status,
            "outcome": r.outcome,
            "success": r.success,
            "mood": r.mood,
            "band": card.mood.band(r.mood) if card else None,
            "turns": r.turn_count,
            "mean_score": r.mean_score,
            "created_at": r.created_at.isoformat(),
            "ended_at": r.ended_at.isoformat() if r.ended_at else None,
        }

    def view(self, r: SessionRecord, turns: list[TurnRecord]) -> dict[str, Any]:
        card = self.library.get(r.scenario_id)
        return {
            **self.summary(r),
            "scenario": card.summary() if card else None,
            "opening_line": card.opening_line if card else "",
            "messages": r.state.get("history", []),
            "turns_detail": [turn_json(t) for t in turns],
            "report": r.report,
        }


def turn_json(t: TurnRecord) -> dict[str, Any]:
    """A stored turn in ``TurnResult.to_json`` shape."""
    return {
        **t.detail,
        "index": t.idx,
        "trainee": t.trainee_text,
        "customer": t.customer_text,
        "mood_before": t.mood_before,
        "mood_after": t.mood_after,
        "band": t.band,
        "score": t.score,
    }
