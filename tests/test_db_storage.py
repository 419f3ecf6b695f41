"""Storage on SQLite and on a real PostgreSQL server (``TEINEI_TEST_POSTGRES_URL``).

Start one with ``export TEINEI_TEST_POSTGRES_URL="$(sudo scripts/ci_postgres.sh)"``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from app.db import Database, Feedback, Repositories, SuggestionLog, UnknownSuggestion
from app.db.edit_distance import align_placeholders, levenshtein, normalized_edit_distance
from app.db.models import Base
from app.db.repositories import fallback_kind, hash_key
from app.schemas import BackendInfo, Escalation, FlagOut, Suggestion, Ticket, Timing

PG_URL = os.environ.get("TEINEI_TEST_POSTGRES_URL")


def _reset_postgres(url: str) -> None:
    db = Database(url)
    with db.engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'teinei.db'}")
    else:
        if not PG_URL:
            pytest.skip(
                "TEINEI_TEST_POSTGRES_URL is not set; start a server with "
                "`sudo scripts/ci_postgres.sh` and export the URL it prints"
            )
        _reset_postgres(PG_URL)
        database = Database(PG_URL)
    database.migrate()
    yield database
    database.close()
    if request.param == "postgresql" and PG_URL:
        _reset_postgres(PG_URL)


def _ticket(name: str = "Hanako Yamada") -> Ticket:
    return Ticket(
        ticket_id="T-7",
        channel="chat",
        customer={"name": name},
        messages=[
            {"role": "customer", "text": f"I am {name}, call 090-1234-5678. The heater smoked."}
        ],
    )


def _suggestion(reply: str = "Dear Hanako Yamada, we are sorry.") -> Suggestion:
    return Suggestion(
        suggestion_id=os.urandom(16).hex(),
        ticket_id="T-7",
        language="en",
        reply=reply,
        escalation=Escalation(
            escalate=True,
            flags=[FlagOut(flag="safety_incident", severity="high", route="qa", reason="smoke")],
        ),
        backend=BackendInfo(
            llm="openai→template", fallback_used=True, fallback_reason="LLMTimeout: slow"
        ),
        timing_ms=Timing(guardrails=1, retrieval=2, llm=3, total=7),
    )


def test_migrations_create_the_tables_and_are_idempotent(db: Database) -> None:
    db.migrate()  # a second run is a no-op
    names = set(inspect(db.engine).get_table_names())
    assert {"api_keys", "suggestion_log", "feedback", "alembic_version"} <= names
    with db.engine.connect() as conn:
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert current == _head_revision()


def _head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.db.session import ALEMBIC_DIR, ALEMBIC_INI

    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(ALEMBIC_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def test_models_match_the_migrations(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_keys_hashed_authenticate_revoke_ensure(db: Database) -> None:
    repos = Repositories(db)
    created = repos.keys.create(tenant="acme", role="qa", name="ci")
    assert created.key.startswith("tn_") and len(created.key) > 40
    found = repos.keys.authenticate(created.key)
    assert found is not None and (found.tenant, found.role) == ("acme", "qa")
    assert repos.keys.authenticate(created.key + "x") is None
    with db.session() as s:
        stored = s.execute(text("SELECT key_hash, prefix FROM api_keys")).one()
    assert stored == (hash_key(created.key), created.key[:10])
    again = repos.keys.ensure("tn_fixed", tenant="default", role="agent", name="demo")
    assert repos.keys.ensure("tn_fixed", tenant="default", role="agent").id == again.id
    assert repos.keys.revoke(created.record.id)
    assert not repos.keys.revoke(created.record.id)
    assert repos.keys.authenticate(created.key) is None
    assert [k.tenant for k in repos.keys.list("default")] == ["default"]
    with pytest.raises(ValueError, match="unknown role"):
        repos.keys.create(tenant="acme", role="root")


def test_suggestion_log_and_feedback_per_tenant(db: Database) -> None:
    repos = Repositories(db)
    s = _suggestion()
    repos.suggestions.record(s, ticket=_ticket(), tenant="acme", ticket_hash="abc123")
    assert repos.suggestions.exists(s.suggestion_id, tenant="acme")
    assert not repos.suggestions.exists(s.suggestion_id, tenant="globex")
    with pytest.raises(UnknownSuggestion):
        repos.feedback.record(tenant="globex", suggestion_id=s.suggestion_id, action="accepted")
    fb = repos.feedback.record(
        tenant="acme",
        suggestion_id=s.suggestion_id,
        action="edited",
        final_text="Dear Hanako Yamada, we are very sorry.",
        comment="call 090-1234-5678 back",
    )
    assert fb.edit_distance == pytest.approx(
        len("very ") / len("Dear <PERSON_1>, we are very sorry."), abs=1e-6
    )
    with db.session() as session:
        row = session.get(SuggestionLog, s.suggestion_id)
        assert row is not None
        assert (row.flags, row.fallback_kind, row.timing_total_ms) == (
            ["safety_incident"],
            "timeout",
            7,
        )
        assert row.reply_redacted == "Dear <PERSON_1>, we are sorry."
        stored = session.scalars(select(Feedback)).one()
        assert stored.final_text == "Dear <PERSON_1>, we are very sorry."
        assert stored.comment is not None and "090-1234-5678" not in stored.comment
    assert len(repos.feedback.for_suggestion(s.suggestion_id, tenant="acme")) == 1
    assert repos.feedback.for_suggestion(s.suggestion_id, tenant="globex") == []


def test_sqlite_is_wal_with_full_sync(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x' / 'teinei.db'}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.close()


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("abc", "abc", 0),
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("ご迷惑をおかけしました", "ご迷惑をおかけし、申し訳ございません", 9),
        ("flaw", "lawn", 2),
    ],
)
def test_levenshtein(a: str, b: str, distance: int) -> None:
    assert levenshtein(a, b) == distance
    assert levenshtein(b, a) == distance


def test_normalized_edit_distance_bounds() -> None:
    assert normalized_edit_distance("same", "same") == 0.0
    assert normalized_edit_distance("abc", "xyz") == 1.0
    assert normalized_edit_distance("", "") == 0.0
    assert normalized_edit_distance("abcd", "abce") == 0.25


@pytest.mark.parametrize(
    ("reference", "text", "expected"),
    [
        ("Dear <PERSON_1>, thanks.", "Dear Hanako Yamada, thanks.", "Dear <PERSON_1>, thanks."),
        ("<PERSON_1>様\nこのたびは", "山田太郎様\nこのたびは大変", "<PERSON_1>様\nこのたびは大変"),
        (
            "Hi <PERSON_1>, call <PHONE_1>.",
            "Hi Ann Lee, call <PHONE_1>.",
            "Hi <PERSON_1>, call <PHONE_1>.",
        ),
        ("Dear <PERSON_1>, thanks.", "Completely different.", "Completely different."),
    ],
)
def test_align_placeholders(reference: str, text: str, expected: str) -> None:
    assert align_placeholders(reference, text) == expected


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("LLMTimeout: slow", "timeout"),
        ("LLMUnavailable: 500", "unavailable"),
        ("LLMBadOutput: not json", "bad_output"),
        ("the model's drafts were blocked twice by the output checks", "blocked"),
        ("suspected prompt injection in the customer's message", "injection"),
        (None, "other"),
    ],
)
def test_fallback_kind(reason: str | None, kind: str) -> None:
    assert fallback_kind(reason) == kind
