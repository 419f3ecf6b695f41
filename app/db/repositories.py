"""Repositories: the only code that reads and writes the tables.

Every read of tenant-owned rows takes the tenant as an argument and filters on it, so a
caller cannot forget it. Results are plain frozen dataclasses, detached from sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db.edit_distance import align_placeholders, normalized_edit_distance
from app.db.models import FEEDBACK_ACTIONS, ROLES, ApiKey, Feedback, SuggestionLog, utcnow
from app.db.session import Database
from app.schemas import Suggestion, Ticket

KEY_PREFIX = "tn_"
PREFIX_CHARS = 10


def generate_key() -> str:
    """A new API key secret: ``tn_`` and 43 URL-safe characters (256 random bits)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(secret: str) -> str:
    """The stored form of a key: hex sha256 of the secret."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def redact_for_storage(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with detected personal data (and the given names) as placeholders."""
    from guardrails.findings import Finding
    from guardrails.pii import detect_pii
    from guardrails.redact import redact

    findings = list(detect_pii(text))
    for name in {n.strip() for n in names if n and n.strip()}:
        i = text.find(name)
        while i >= 0:
            findings.append(
                Finding(
                    stage="output",
                    check="pii",
                    type="PERSON",
                    start=i,
                    end=i + len(name),
                    score=1.0,
                    severity="low",
                    message="customer name",
                )
            )
            i = text.find(name, i + len(name))
    return redact(text, findings).text


@dataclass(frozen=True)
class KeyRecord:
    """An API key as the service sees it (never the secret)."""

    id: str
    tenant: str
    role: str
    prefix: str
    name: str | None
    created_at: datetime
    revoked_at: datetime | None

    @classmethod
    def of(cls, row: ApiKey) -> KeyRecord:
        return cls(
            id=row.id,
            tenant=row.tenant,
            role=row.role,
            prefix=row.prefix,
            name=row.name,
            created_at=row.created_at,
            revoked_at=row.revoked_at,
        )


@dataclass(frozen=True)
class CreatedKey:
    """A key just created: the secret is shown this once and never stored."""

    key: str
    record: KeyRecord


@dataclass(frozen=True)
class FeedbackRecord:
    """A stored feedback row."""

    id: str
    suggestion_id: str
    tenant: str
    action: str
    edit_distance: float | None
    created_at: datetime


class UnknownSuggestion(LookupError):
    """No suggestion with that id exists for the tenant."""


class KeyRepository:
    """API keys, stored hashed.

    Args:
        db: The database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self, *, tenant: str, role: str, name: str | None = None, secret: str | None = None
    ) -> CreatedKey:
        """A new key for ``tenant`` with ``role``; ``secret`` fixes its value (demo keys)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
        secret = secret or generate_key()
        row = ApiKey(
            key_hash=hash_key(secret),
            prefix=secret[:PREFIX_CHARS],
            tenant=tenant,
            role=role,
            name=name,
        )
        with self.db.session() as s:
            s.add(row)
            s.flush()
            record = KeyRecord.of(row)
        return CreatedKey(key=secret, record=record)

    def ensure(self, secret: str, *, tenant: str, role: str, name: str | None = None) -> KeyRecord:
        """The key with this secret, created when absent (safe to run from many workers)."""
        found = self._by_hash(hash_key(secret))
        if found is not None:
            return found
        try:
            return self.create(tenant=tenant, role=role, name=name, secret=secret).record
        except IntegrityError:  # another worker created it first
            again = self._by_hash(hash_key(secret))
            assert again is not None
            return again

    def _by_hash(self, digest: str) -> KeyRecord | None:
        with self.db.session() as s:
            row = s.scalar(select(ApiKey).where(ApiKey.key_hash == digest))
            return None if row is None else KeyRecord.of(row)

    def authenticate(self, secret: str) -> KeyRecord | None:
        """The live key with this secret, or ``None`` (unknown or revoked)."""
        digest = hash_key(secret)
        record = self._by_hash(digest)
        if record is None or record.revoked_at is not None:
            return None
        # The lookup is by an indexed hash; compare again in constant time for good measure.
        return record if hmac.compare_digest(hash_key(secret), digest) else None

    def list(self, tenant: str | None = None) -> list[KeyRecord]:
        """Every key (of one tenant when given), oldest first."""
        with self.db.session() as s:
            q = select(ApiKey).order_by(ApiKey.created_at)
            if tenant is not None:
                q = q.where(ApiKey.tenant == tenant)
            return [KeyRecord.of(r) for r in s.scalars(q)]

    def revoke(self, key_id: str) -> bool:
        """Revoke a key by id; ``False`` when there is no such live key."""
        with self.db.session() as s:
            row = s.get(ApiKey, key_id)
            if row is None or row.revoked_at is not None:
                return False
            row.revoked_at = utcnow()
            return True


class SuggestionLogRepository:
    """The log of served suggestions (no ticket text, no raw personal data)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self,
        suggestion: Suggestion,
        *,
        ticket: Ticket,
        tenant: str,
        ticket_hash: str,
        agent_id: str | None = None,
    ) -> None:
        """Log ``suggestion`` for ``tenant``; ``agent_id`` is the calling key's id."""
        reason = suggestion.backend.fallback_reason
        names = [ticket.customer.name] if ticket.customer.name else []
        row = SuggestionLog(
            suggestion_id=suggestion.suggestion_id,
            tenant=tenant,
            ticket_id=ticket.ticket_id,
            ticket_hash=ticket_hash,
            language=suggestion.language,
            channel=ticket.channel,
            flags=[f.flag for f in suggestion.escalation.flags],
            cited_doc_ids=list(dict.fromkeys(c.doc_id for c in suggestion.citations)),
            backend=suggestion.backend.llm,
            fallback_used=suggestion.backend.fallback_used,
            fallback_kind=fallback_kind(reason) if suggestion.backend.fallback_used else None,
            guardrail_action=suggestion.guardrails.action,
            timing_guardrails_ms=suggestion.timing_ms.guardrails,
            timing_retrieval_ms=suggestion.timing_ms.retrieval,
            timing_llm_ms=suggestion.timing_ms.llm,
            timing_total_ms=suggestion.timing_ms.total,
            reply_redacted=redact_for_storage(suggestion.reply, names),
            # --- dashboard fields (revision 0002): themes, knowledge gaps, per-agent ---
            **dashboard_fields(suggestion, ticket, names),
            agent_id=agent_id,
        )
        with self.db.session() as s:
            s.add(row)

    def exists(self, suggestion_id: str, *, tenant: str) -> bool:
        """Whether ``tenant`` has a suggestion with this id."""
        with self.db.session() as s:
            found = s.scalar(
                select(SuggestionLog.suggestion_id).where(
                    SuggestionLog.suggestion_id == suggestion_id, SuggestionLog.tenant == tenant
                )
            )
            return found is not None


SNIPPET_MAX_CHARS = 160
# Opening courtesies say nothing about the complaint; the snippet skips them.
_GREETINGS = re.compile(
    r"^(?:お世話にな|いつもお世話|お疲れ様|はじめまして|初めまして|突然のご連絡|"
    r"(?:hi|hello|dear|good (?:morning|afternoon|evening)|to whom)\b[^.!?]{0,30}[,.!]?$)",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[。！？!?])|(?<=\.)(?=\s)|\n")


def first_sentence(text: str, limit: int = SNIPPET_MAX_CHARS) -> str:
    """The first sentence of ``text`` that is not a greeting, at most ``limit`` characters.

    Example:
        >>> first_sentence("お世話になります。ケトルが届きません。至急確認してください。")
        'ケトルが届きません。'
    """
    sentences = [" ".join(p.split()) for p in _SENTENCE_BREAK.split(text)]
    sentences = [s for s in sentences if s]
    chosen = next((s for s in sentences if not _GREETINGS.match(s)), None)
    chosen = chosen or (sentences[0] if sentences else "")
    return chosen if len(chosen) <= limit else chosen[: limit - 1].rstrip() + "…"


def dashboard_fields(suggestion: Suggestion, ticket: Ticket, names: list[str]) -> dict[str, Any]:
    """The suggestion log's dashboard columns: a redacted snippet, topic, product, score, routes.

    The snippet is redacted after it is cut, so a cut cannot split a phone number in a way
    the detector no longer recognises; the customer's name is redacted wherever it appears.
    """
    from app.drafting.topics import classify

    latest = ticket.latest_customer_text()
    snippet = redact_for_storage(first_sentence(latest), names)
    flags = [f.flag for f in suggestion.escalation.flags]
    scores = [c.score for c in suggestion.citations]
    return {
        "snippet_redacted": snippet,
        "product": ticket.product,
        "topic": classify(latest, flags=flags),
        "retrieval_top_score": max(scores) if scores else None,
        "retrieval_coverage": retrieval_coverage(
            redact_for_storage(latest[:COVERAGE_MAX_CHARS], names),
            [f"{c.title} {c.snippet}" for c in suggestion.citations],
        ),
        "routes": [f.route for f in suggestion.escalation.flags],
    }


COVERAGE_MAX_CHARS = 2_000
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def retrieval_coverage(text: str, sources: list[str]) -> float | None:
    """Share of the content words of ``text`` that occur in ``sources`` (0 to 1).

    A question the knowledge covers shares its key words (product, symptom, procedure)
    with what retrieval found; one it does not cover (a feature no manual describes)
    shares few. ``None`` when nothing was retrieved or ``text`` has no content words.
    """
    from retrieval.lexical import analyze

    words = {w for w in analyze(_PLACEHOLDER.sub(" ", text)) if not w.isdigit()}
    if not words or not sources:
        return None
    found = set(analyze(" ".join(sources)))
    return round(len(words & found) / len(words), 4)


class FeedbackRepository:
    """Agents' feedback on suggestions."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self,
        *,
        tenant: str,
        suggestion_id: str,
        action: str,
        final_text: str | None = None,
        comment: str | None = None,
    ) -> FeedbackRecord:
        """Store feedback on one of ``tenant``'s suggestions.

        Raises:
            UnknownSuggestion: ``tenant`` has no suggestion ``suggestion_id``.
        """
        if action not in FEEDBACK_ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        final = redact_for_storage(final_text) if final_text is not None else None
        with self.db.session() as s:
            log_row = s.scalar(
                select(SuggestionLog).where(
                    SuggestionLog.suggestion_id == suggestion_id, SuggestionLog.tenant == tenant
                )
            )
            if log_row is None:
                raise UnknownSuggestion(suggestion_id)
            distance: float | None = None
            if final is not None:
                final = align_placeholders(log_row.reply_redacted, final)
                distance = normalized_edit_distance(log_row.reply_redacted, final)
            elif action == "accepted":
                distance = 0.0
            row = Feedback(
                tenant=tenant,
                suggestion_id=suggestion_id,
                action=action,
                final_text=final,
                comment=redact_for_storage(comment) if comment else None,
                edit_distance=distance,
            )
            s.add(row)
            s.flush()
            return FeedbackRecord(
                id=row.id,
                suggestion_id=row.suggestion_id,
                tenant=row.tenant,
                action=row.action,
                edit_distance=row.edit_distance,
                created_at=row.created_at,
            )

    def for_suggestion(self, suggestion_id: str, *, tenant: str) -> list[Feedback]:
        """The feedback rows of one of ``tenant``'s suggestions, oldest first."""
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(Feedback)
                    .where(Feedback.suggestion_id == suggestion_id, Feedback.tenant == tenant)
                    .order_by(Feedback.created_at)
                )
            )


FALLBACK_KINDS = {
    "LLMTimeout": "timeout",
    "LLMUnavailable": "unavailable",
    "LLMBadOutput": "bad_output",
}


def fallback_kind(reason: str | None) -> str:
    """A short, bounded label for why the template drafter was used (no free text)."""
    if not reason:
        return "other"
    head = reason.split(":", 1)[0].strip()
    if head in FALLBACK_KINDS:
        return FALLBACK_KINDS[head]
    if "blocked" in reason:
        return "blocked"
    if "injection" in reason:
        return "injection"
    return "other"


class Repositories:
    """All repositories over one database.

    Args:
        db: The database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.keys = KeyRepository(db)
        self.suggestions = SuggestionLogRepository(db)
        self.feedback = FeedbackRepository(db)
