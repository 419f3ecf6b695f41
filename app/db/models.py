"""SQLAlchemy models of what the service keeps: API keys, the suggestion log, feedback.

No table holds raw personal data or a ticket's full text: the suggestion log keeps a hash
of the ticket, its first sentence and the reply with personal data replaced by
placeholders; feedback texts are redacted the same way before they are stored. New tables (role-play sessions, eval runs)
subclass :class:`Base`, use the mixins, and get an Alembic revision.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so Alembic migrations are the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("agent", "trainer", "qa", "admin")
FEEDBACK_ACTIONS = ("accepted", "edited", "rejected")


def utcnow() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


def new_id() -> str:
    """A random 32-hex-digit identifier."""
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    """Declarative base of every teinei table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class TenantScoped:
    """Columns every tenant-owned row has: its tenant and when it was created."""

    tenant: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiKey(TenantScoped, Base):
    """An API key: only the sha256 of the secret is stored, with a short prefix to name it.

    Attributes:
        id: Public identifier of the key (for listing and revoking).
        key_hash: Hex sha256 of the whole secret.
        prefix: The first characters of the secret, shown in listings.
        role: ``agent``, ``trainer``, ``qa`` or ``admin``.
        name: A free label (``demo`` for the demo key).
        revoked_at: Set when the key was revoked; a revoked key authenticates nothing.
    """

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(String(100), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class SuggestionLog(TenantScoped, Base):
    """One suggestion that was served: what decided it, never the ticket's text.

    Attributes:
        ticket_hash: ``app.suggest.ticket_hash`` of the ticket.
        flags: Names of the escalation flags raised.
        cited_doc_ids: Documents the suggestion cited.
        fallback_kind: Why the template drafter was used (an error class, ``blocked``...).
        reply_redacted: The suggested reply with personal data as placeholders; the
            reference that feedback's edit distance is measured against.
        snippet_redacted: The first sentence of the customer's latest message, personal
            data as placeholders, at most ``SNIPPET_MAX_CHARS`` characters.
        product: The ticket's product, when given.
        topic: What the complaint is about (``app.drafting.topics.TOPICS``).
        agent_id: Id of the API key that asked for the suggestion.
        retrieval_top_score: The best retrieved source's fused score (``None``: unknown).
            Fused (RRF) scores rank sources within one search; they say little about
            whether the knowledge covers the question at all, hence the next column.
        retrieval_coverage: Share (0-1) of the ticket's content words found in the titles
            and snippets of the sources retrieved; low values are knowledge gaps.
        routes: Where the raised flags route to (legal, supervisor...), one per flag.
    """

    __tablename__ = "suggestion_log"

    suggestion_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(128))
    ticket_hash: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16))
    flags: Mapped[list[str]] = mapped_column(default=list)
    cited_doc_ids: Mapped[list[str]] = mapped_column(default=list)
    backend: Mapped[str] = mapped_column(String(64))
    fallback_used: Mapped[bool] = mapped_column(Boolean, default=False)
    fallback_kind: Mapped[str | None] = mapped_column(String(64), default=None)
    guardrail_action: Mapped[str] = mapped_column(String(8))
    timing_guardrails_ms: Mapped[int] = mapped_column(Integer, default=0)
    timing_retrieval_ms: Mapped[int] = mapped_column(Integer, default=0)
    timing_llm_ms: Mapped[int] = mapped_column(Integer, default=0)
    timing_total_ms: Mapped[int] = mapped_column(Integer, default=0)
    reply_redacted: Mapped[str] = mapped_column(Text, default="")
    # For the supervisors' dashboard (revision 0002): what the complaint was about, how well
    # the knowledge covered it and who handled it; redacted, never the ticket's text.
    snippet_redacted: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str | None] = mapped_column(String(64), default=None)
    topic: Mapped[str | None] = mapped_column(String(32), default=None)
    agent_id: Mapped[str | None] = mapped_column(String(64), default=None)
    retrieval_top_score: Mapped[float | None] = mapped_column(Float, default=None)
    retrieval_coverage: Mapped[float | None] = mapped_column(Float, default=None)
    routes: Mapped[list[str]] = mapped_column(default=list)

    __table_args__ = (Index("ix_suggestion_log_tenant_created", "tenant", "created_at"),)


class Feedback(TenantScoped, Base):
    """What the agent did with a suggestion.

    Attributes:
        action: ``accepted``, ``edited`` or ``rejected``.
        final_text: The text the agent sent (personal data as placeholders).
        edit_distance: Character Levenshtein distance between the suggested reply and the
            final text, divided by the longer length (0: unchanged, 1: rewritten);
            ``None`` when there is no final text to compare.
    """

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    suggestion_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("suggestion_log.suggestion_id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(16))
    final_text: Mapped[str | None] = mapped_column(Text, default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    edit_distance: Mapped[float | None] = mapped_column(Float, default=None)

    __table_args__ = (Index("ix_feedback_tenant_created", "tenant", "created_at"),)


class RoleplaySession(TenantScoped, Base):
    """A trainee's role-play of one scenario card.

    Attributes:
        scenario_id: The card played.
        trainee: Who played it (a name the trainer gives; empty when none).
        status: ``active`` until the session ends (by itself or by the trainer).
        outcome: ``resolved``, ``escalated`` or ``abandoned``; ``None`` when the trainer
            ended it before an ending.
        success: Whether the outcome is the card's goal.
        turn_count: Trainee replies so far; a turn is stored with the next index only.
        mean_score: Mean turn score (0–100) over the turns so far.
        state: The engine's state (mood, facts told, the conversation).
        report: The final report, once ended.
    """

    __tablename__ = "roleplay_sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    scenario_id: Mapped[str] = mapped_column(String(128))
    trainee: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="active")
    outcome: Mapped[str | None] = mapped_column(String(16), default=None)
    success: Mapped[bool | None] = mapped_column(Boolean, default=None)
    mood: Mapped[int] = mapped_column(Integer, default=0)
    turn_count: Mapped[int] = mapped_column(Integer, default=0)
    mean_score: Mapped[float | None] = mapped_column(Float, default=None)
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)

    __table_args__ = (
        Index("ix_roleplay_sessions_tenant_created", "tenant", "created_at"),
        Index("ix_roleplay_sessions_tenant_trainee", "tenant", "trainee"),
    )


class RoleplayTurn(TenantScoped, Base):
    """One trainee reply of a role-play and the customer's answer.

    Attributes:
        idx: 1-based turn number; unique per session, so two replies racing for the same
            turn cannot both be stored.
        trainee_text: The trainee's reply, personal data as placeholders.
        customer_text: The customer's line after it.
        score: The turn score (0–100).
        detail: Rubric, triggers, pitfalls, facts told, the coaching tip, the mood's parts.
    """

    __tablename__ = "roleplay_turns"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("roleplay_sessions.id", ondelete="CASCADE"), index=True
    )
    idx: Mapped[int] = mapped_column(Integer)
    trainee_text: Mapped[str] = mapped_column(Text)
    customer_text: Mapped[str] = mapped_column(Text)
    mood_before: Mapped[int] = mapped_column(Integer)
    mood_after: Mapped[int] = mapped_column(Integer)
    band: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (UniqueConstraint("session_id", "idx"),)
