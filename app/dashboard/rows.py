"""Reading the suggestion log and feedback of one dashboard view.

This is the only module of the dashboard that queries the database. It reads the columns
the figures need (never ``final_text`` or comments) and pairs each suggestion with the
agent's latest verdict on it. Everything downstream is pure code over these rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.dashboard.filters import DashboardFilters, as_utc
from app.db.models import Feedback, SuggestionLog
from app.db.session import Database


@dataclass(frozen=True)
class LogRow:
    """One logged suggestion with the agent's latest verdict on it (if any)."""

    suggestion_id: str
    created_at: datetime
    language: str
    channel: str
    flags: tuple[str, ...]
    routes: tuple[str, ...]
    fallback_used: bool
    guardrail_action: str
    timing_guardrails_ms: int
    timing_retrieval_ms: int
    timing_llm_ms: int
    timing_total_ms: int
    snippet: str
    product: str | None
    topic: str | None
    agent_id: str | None
    retrieval_top_score: float | None
    retrieval_coverage: float | None = None
    action: str | None = None
    edit_distance: float | None = None


def load_rows(db: Database, filters: DashboardFilters) -> list[LogRow]:
    """The view's suggestions, oldest first, each with its latest feedback."""
    log = SuggestionLog
    query = (
        select(
            log.suggestion_id,
            log.created_at,
            log.language,
            log.channel,
            log.flags,
            log.routes,
            log.fallback_used,
            log.guardrail_action,
            log.timing_guardrails_ms,
            log.timing_retrieval_ms,
            log.timing_llm_ms,
            log.timing_total_ms,
            log.snippet_redacted,
            log.product,
            log.topic,
            log.agent_id,
            log.retrieval_top_score,
            log.retrieval_coverage,
        )
        .where(
            log.tenant == filters.tenant,
            log.created_at >= filters.since,
            log.created_at < filters.until,
        )
        .order_by(log.created_at, log.suggestion_id)
    )
    if filters.channel:
        query = query.where(log.channel == filters.channel)
    if filters.language:
        query = query.where(log.language == filters.language)
    verdicts = (
        select(Feedback.suggestion_id, Feedback.action, Feedback.edit_distance)
        .join(log, log.suggestion_id == Feedback.suggestion_id)
        .where(
            Feedback.tenant == filters.tenant,
            log.tenant == filters.tenant,
            log.created_at >= filters.since,
            log.created_at < filters.until,
        )
        .order_by(Feedback.created_at, Feedback.id)
    )
    with db.session() as s:
        latest: dict[str, tuple[str, float | None]] = {
            sid: (action, distance) for sid, action, distance in s.execute(verdicts)
        }  # ordered oldest first, so the last verdict of a suggestion wins
        rows = []
        for r in s.execute(query):
            action, distance = latest.get(r.suggestion_id, (None, None))
            rows.append(
                LogRow(
                    suggestion_id=r.suggestion_id,
                    created_at=as_utc(r.created_at),
                    language=r.language,
                    channel=r.channel,
                    flags=tuple(r.flags or ()),
                    routes=tuple(r.routes or ()),
                    fallback_used=bool(r.fallback_used),
                    guardrail_action=r.guardrail_action,
                    timing_guardrails_ms=r.timing_guardrails_ms,
                    timing_retrieval_ms=r.timing_retrieval_ms,
                    timing_llm_ms=r.timing_llm_ms,
                    timing_total_ms=r.timing_total_ms,
                    snippet=r.snippet_redacted or "",
                    product=r.product,
                    topic=r.topic,
                    agent_id=r.agent_id,
                    retrieval_top_score=r.retrieval_top_score,
                    retrieval_coverage=r.retrieval_coverage,
                    action=action,
                    edit_distance=distance,
                )
            )
    return rows
