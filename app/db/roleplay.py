"""Role-play storage: sessions and their turns, always read and written for one tenant.

A turn is stored with the session's next index only (a unique ``(session_id, idx)``), so
two replies racing for the same turn cannot both land: the loser gets
:class:`ConcurrentTurn`. Results are plain frozen dataclasses, detached from sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import RoleplaySession, RoleplayTurn, utcnow
from app.db.session import Database

__all__ = [
    "ConcurrentTurn",
    "RoleplayRepository",
    "SessionEnded",
    "SessionRecord",
    "TurnRecord",
    "UnknownSession",
]


class UnknownSession(LookupError):
    """No such session for this tenant."""


class SessionEnded(RuntimeError):
    """The session has ended; it takes no more turns."""


class ConcurrentTurn(RuntimeError):
    """Another reply was stored for the same turn first."""


@dataclass(frozen=True)
class SessionRecord:
    id: str
    tenant: str
    scenario_id: str
    trainee: str
    language: str
    status: str
    outcome: str | None
    success: bool | None
    mood: int
    turn_count: int
    mean_score: float | None
    state: dict[str, Any]
    report: dict[str, Any] | None
    created_at: datetime
    ended_at: datetime | None

    @classmethod
    def of(cls, row: RoleplaySession) -> SessionRecord:
        return cls(
            id=row.id,
            tenant=row.tenant,
            scenario_id=row.scenario_id,
            trainee=row.trainee,
            language=row.language,
            status=row.status,
            outcome=row.outcome,
            success=row.success,
            mood=row.mood,
            turn_count=row.turn_count,
            mean_score=row.mean_score,
            state=dict(row.state or {}),
            report=dict(row.report) if row.report else None,
            created_at=row.created_at,
            ended_at=row.ended_at,
        )


@dataclass(frozen=True)
class TurnRecord:
    idx: int
    trainee_text: str
    customer_text: str
    mood_before: int
    mood_after: int
    band: str
    score: int
    detail: dict[str, Any]
    created_at: datetime

    @classmethod
    def of(cls, row: RoleplayTurn) -> TurnRecord:
        return cls(
            idx=row.idx,
            trainee_text=row.trainee_text,
            customer_text=row.customer_text,
            mood_before=row.mood_before,
            mood_after=row.mood_after,
            band=row.band,
            score=row.score,
            detail=dict(row.detail or {}),
            created_at=row.created_at,
        )


class RoleplayRepository:
    """Sessions and turns of role-plays.

    Args:
        db: The database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self,
        *,
        tenant: str,
        scenario_id: str,
        trainee: str,
        language: str,
        mood: int,
        state: dict[str, Any],
    ) -> SessionRecord:
        with self.db.session() as s:
            row = RoleplaySession(
                tenant=tenant,
                scenario_id=scenario_id,
                trainee=trainee,
                language=language,
                status="active",
                mood=mood,
                turn_count=0,
                state=state,
            )
            s.add(row)
            s.flush()
            return SessionRecord.of(row)

    def _row(self, s: Session, tenant: str, session_id: str) -> RoleplaySession:
        row = s.execute(
            select(RoleplaySession).where(
                RoleplaySession.id == session_id, RoleplaySession.tenant == tenant
            )
        ).scalar_one_or_none()
        if row is None:
            raise UnknownSession(session_id)
        return row

    def get(self, session_id: str, *, tenant: str) -> SessionRecord:
        """The session ``session_id`` of ``tenant``.

        Raises:
            UnknownSession: none for this tenant (another tenant's id is unknown too).
        """
        with self.db.session() as s:
            return SessionRecord.of(self._row(s, tenant, session_id))

    def add_turn(
        self,
        session_id: str,
        *,
        tenant: str,
        idx: int,
        turn: dict[str, Any],
        state: dict[str, Any],
        mood: int,
        outcome: str | None,
        success: bool | None,
    ) -> SessionRecord:
        """Store turn ``idx`` (the session's next) and the session's new state at once.

        Raises:
            UnknownSession: no such session for this tenant.
            SessionEnded: the session has ended.
            ConcurrentTurn: turn ``idx`` was already stored.
        """
        try:
            with self.db.session() as s:
                row = self._row(s, tenant, session_id)
                if row.status != "active":
                    raise SessionEnded(session_id)
                if row.turn_count != idx - 1:
                    raise ConcurrentTurn(session_id)
                s.add(
                    RoleplayTurn(
                        tenant=tenant,
                        session_id=session_id,
                        idx=idx,
                        trainee_text=turn["trainee"],
                        customer_text=turn["customer"],
                        mood_before=turn["mood_before"],
                        mood_after=turn["mood_after"],
                        band=turn["band"],
                        score=turn["score"],
                        detail={
                            k: v
                            for k, v in turn.items()
                            if k not in ("trainee", "customer", "index")
                        },
                    )
                )
                s.flush()
                mean = s.execute(
                    select(func.avg(RoleplayTurn.score)).where(
                        RoleplayTurn.session_id == session_id
                    )
                ).scalar()
                row.turn_count = idx
                row.mood = mood
                row.state = state
                row.mean_score = float(mean) if mean is not None else None
                row.outcome = outcome
                row.success = success
                s.flush()
                return SessionRecord.of(row)
        except IntegrityError:
            raise ConcurrentTurn(session_id) from None

    def finish(self, session_id: str, *, tenant: str, report: dict[str, Any]) -> SessionRecord:
        """Mark the session ended with its report (idempotent: a second call keeps the first
        report)."""
        with self.db.session() as s:
            row = self._row(s, tenant, session_id)
            if row.status != "ended":
                row.status = "ended"
                row.report = report
                row.ended_at = utcnow()
                s.flush()
            return SessionRecord.of(row)

    def turns(self, session_id: str, *, tenant: str) -> list[TurnRecord]:
        with self.db.session() as s:
            rows = s.execute(
                select(RoleplayTurn)
                .where(RoleplayTurn.session_id == session_id, RoleplayTurn.tenant == tenant)
                .order_by(RoleplayTurn.idx)
            ).scalars()
            return [TurnRecord.of(r) for r in rows]

    def list(
        self, *, tenant: str, trainee: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[SessionRecord]:
        """The tenant's sessions, newest first."""
        with self.db.session() as s:
            q = select(RoleplaySession).where(RoleplaySession.tenant == tenant)
            if trainee is not None:
                q = q.where(RoleplaySession.trainee == trainee)
            q = q.order_by(RoleplaySession.created_at.desc()).limit(limit).offset(offset)
            return [SessionRecord.of(r) for r in s.execute(q).scalars()]
