"""``teinei demo-data``: seeded, idempotent per seed, realistic and redacted."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select
from typer.testing import CliRunner

from app.cli import app as cli
from app.dashboard.demo import CONTACTS, demo_prefix, generate
from app.db import Database, Feedback, SuggestionLog
from app.settings import SAMPLE_CORPUS, Settings

DAY = date(2026, 11, 20)


def _counts(db: Database, tenant: str = "default") -> tuple[int, int]:
    with db.session() as s:
        logs = s.scalar(
            select(func.count()).select_from(SuggestionLog).where(SuggestionLog.tenant == tenant)
        )
        fbs = s.scalar(select(func.count()).select_from(Feedback).where(Feedback.tenant == tenant))
    return int(logs or 0), int(fbs or 0)


def _ids(db: Database) -> list[tuple[str, str, str]]:
    with db.session() as s:
        return [
            (r.suggestion_id, r.snippet_redacted, str(r.created_at))
            for r in s.scalars(select(SuggestionLog).order_by(SuggestionLog.suggestion_id))
        ]


def test_same_seed_same_rows_and_no_duplicates(settings: Settings) -> None:
    db = Database.from_settings(settings)
    db.migrate()
    first = generate(db, corpus_dir=SAMPLE_CORPUS, tenant="default", weeks=2, seed=9, today=DAY)
    rows = _ids(db)
    counts = _counts(db)
    again = generate(db, corpus_dir=SAMPLE_CORPUS, tenant="default", weeks=2, seed=9, today=DAY)
    assert _ids(db) == rows
    assert _counts(db) == counts == (first.suggestions, first.feedback)
    assert again.replaced == first.suggestions
    other = generate(db, corpus_dir=SAMPLE_CORPUS, tenant="default", weeks=2, seed=10, today=DAY)
    assert _counts(db)[0] == first.suggestions + other.suggestions
    assert all(r[0].startswith(demo_prefix(9)) for r in rows)
    db.close()


def test_demo_rows_are_redacted_and_varied(settings: Settings) -> None:
    db = Database.from_settings(settings)
    db.migrate()
    report = generate(db, corpus_dir=SAMPLE_CORPUS, tenant="default", weeks=3, seed=1, today=DAY)
    assert report.gaps > 0
    with db.session() as s:
        logs = list(s.scalars(select(SuggestionLog)))
        finals = [f.final_text or "" for f in s.scalars(select(Feedback))]
    stored = " ".join([*(r.snippet_redacted + r.reply_redacted for r in logs), *finals])
    for contact in CONTACTS["ja"] + CONTACTS["en"]:
        raw = contact.split("は")[-1] if "は" in contact else contact.split()[-1]
        assert raw.rstrip("。.") not in stored
    assert len({r.language for r in logs}) == 2
    assert len({r.channel for r in logs}) >= 4
    assert len({r.agent_id for r in logs}) == 6
    assert any(r.flags for r in logs) and any(not r.flags for r in logs)
    assert all(len(r.routes) == len(r.flags) for r in logs)
    assert {r.created_at.date() for r in logs} <= {
        date.fromordinal(DAY.toordinal() - i) for i in range(21)
    }
    db.close()


def test_cli_writes_and_reports(settings: Settings) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["demo-data", "--tenant", "acme", "--weeks", "1", "--seed", "3", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["tenant"] == "acme" and out["suggestions"] > 0 and out["replaced"] == 0
    again = runner.invoke(cli, ["demo-data", "--tenant", "acme", "--weeks", "1", "--seed", "3"])
    assert again.exit_code == 0
    assert f"replaced {out['suggestions']} earlier rows" in again.stdout
    bad = runner.invoke(cli, ["demo-data", "--tenant", "../x"])
    assert bad.exit_code == 2
