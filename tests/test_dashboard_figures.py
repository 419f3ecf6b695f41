"""The dashboard's figures equal what independent SQL over the database says.

The seeded demo fills a fresh SQLite database; every figure the JSON API returns is then
recomputed here with plain SQL through ``sqlite3`` (not the app's code), for the whole
view and for filtered views.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.dashboard.demo import generate
from app.db import Database
from app.main import create_app
from app.settings import SAMPLE_CORPUS, Settings

TODAY = datetime.now(UTC).date()
WEEKS = 6
START = TODAY - timedelta(days=WEEKS * 7 - 1)


@dataclass
class Seeded:
    client: TestClient
    db_path: Path
    keys: dict[str, dict[str, str]]
    tenant: str = "default"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    data = tmp_path_factory.mktemp("dash") / "data"
    settings = Settings(data_dir=data, embeddings="fake", llm_backend="template")
    db = Database.from_settings(settings)
    db.migrate()
    generate(db, corpus_dir=SAMPLE_CORPUS, tenant="default", weeks=WEEKS, seed=11, today=TODAY)
    generate(db, corpus_dir=SAMPLE_CORPUS, tenant="other", weeks=2, seed=3, today=TODAY)
    app = create_app(settings, database=db)
    with TestClient(app) as client:
        keys = {}
        for role in ("agent", "trainer", "qa", "admin"):
            created = app.state.repos.keys.create(tenant="default", role=role)
            keys[role] = {"Authorization": f"Bearer {created.key}"}
        other = app.state.repos.keys.create(tenant="other", role="admin")
        keys["other-admin"] = {"Authorization": f"Bearer {other.key}"}
        yield Seeded(client, Path(settings.sqlalchemy_url.removeprefix("sqlite:///")), keys)
    db.close()


# --------------------------------------------------------------------------- independent SQL

LATEST = """
WITH latest AS (
  SELECT f.suggestion_id, f.action, f.edit_distance FROM feedback f
  WHERE f.tenant = :tenant AND NOT EXISTS (
    SELECT 1 FROM feedback g WHERE g.suggestion_id = f.suggestion_id
      AND (g.created_at > f.created_at OR (g.created_at = f.created_at AND g.id > f.id))))
"""


def where(channel: str | None = None, language: str | None = None) -> str:
    clause = "s.tenant = :tenant AND s.created_at >= :since AND s.created_at < :until"
    if channel:
        clause += " AND s.channel = :channel"
    if language:
        clause += " AND s.language = :language"
    return clause


def params(
    tenant: str = "default",
    start: date = START,
    end: date = TODAY,
    channel: str | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    return {
        "tenant": tenant,
        "since": start.isoformat(),
        "until": (end + timedelta(days=1)).isoformat(),
        "channel": channel,
        "language": language,
    }


def sql_totals(db_path: Path, **kw: Any) -> dict[str, Any]:
    """The overview figures, computed with SQL only."""
    p = params(**kw)
    w = where(kw.get("channel"), kw.get("language"))
    con = sqlite3.connect(db_path)
    try:
        n, fallback, blocked, flagged = con.execute(
            f"SELECT COUNT(*), SUM(fallback_used), SUM(guardrail_action = 'block'), "
            f"SUM(json_array_length(flags) > 0) FROM suggestion_log s WHERE {w}",
            p,
        ).fetchone()
        (open_escalations,) = con.execute(
            f"SELECT COUNT(*) FROM suggestion_log s WHERE {w} "
            "AND json_array_length(s.flags) > 0 AND NOT EXISTS "
            "(SELECT 1 FROM feedback f WHERE f.suggestion_id = s.suggestion_id)",
            p,
        ).fetchone()
        verdicts = dict(
            con.execute(
                f"{LATEST} SELECT l.action, COUNT(*) FROM latest l "
                f"JOIN suggestion_log s ON s.suggestion_id = l.suggestion_id WHERE {w} "
                "GROUP BY l.action",
                p,
            ).fetchall()
        )
        (edit_mean,) = con.execute(
            f"{LATEST} SELECT AVG(l.edit_distance) FROM latest l "
            f"JOIN suggestion_log s ON s.suggestion_id = l.suggestion_id "
            f"WHERE {w} AND l.action = 'edited' AND l.edit_distance IS NOT NULL",
            p,
        ).fetchone()
        flags = dict(
            con.execute(
                f"SELECT j.value, COUNT(DISTINCT s.suggestion_id) FROM suggestion_log s, "
                f"json_each(s.flags) j WHERE {w} GROUP BY j.value",
                p,
            ).fetchall()
        )
        open_by_route = dict(
            con.execute(
                f"SELECT j.value, COUNT(DISTINCT s.suggestion_id) FROM suggestion_log s, "
                f"json_each(s.routes) j WHERE {w} AND NOT EXISTS "
                "(SELECT 1 FROM feedback f WHERE f.suggestion_id = s.suggestion_id) "
                "GROUP BY j.value",
                p,
            ).fetchall()
        )
        weekly = dict(
            con.execute(
                "SELECT date(s.created_at, 'weekday 0', '-6 days') AS wk, COUNT(*) "
                f"FROM suggestion_log s WHERE {w} GROUP BY wk",
                p,
            ).fetchall()
        )
        latency = {}
        for stage in ("guardrails", "retrieval", "llm", "total"):
            values = {}
            for q in (0.5, 0.95):
                offset = max(0, math.ceil(q * n) - 1)
                (values[q],) = con.execute(
                    f"SELECT timing_{stage}_ms FROM suggestion_log s WHERE {w} "
                    f"ORDER BY timing_{stage}_ms LIMIT 1 OFFSET {offset}",
                    p,
                ).fetchone()
            latency[stage] = values
        agents = dict(
            con.execute(
                f"SELECT s.agent_id, COUNT(*) FROM suggestion_log s WHERE {w} GROUP BY s.agent_id",
                p,
            ).fetchall()
        )
    finally:
        con.close()
    judged = sum(verdicts.values())
    return {
        "suggestions": n,
        "with_feedback": judged,
        "accepted": verdicts.get("accepted", 0),
        "edited": verdicts.get("edited", 0),
        "rejected": verdicts.get("rejected", 0),
        "acceptance_rate": verdicts.get("accepted", 0) / judged,
        "edit_rate": verdicts.get("edited", 0) / judged,
        "reject_rate": verdicts.get("rejected", 0) / judged,
        "feedback_rate": judged / n,
        "edit_distance_mean": edit_mean,
        "fallback_rate": fallback / n,
        "block_rate": blocked / n,
        "flagged": flagged,
        "open_escalations": open_escalations,
        "flags": flags,
        "open_by_route": open_by_route,
        "weekly": weekly,
        "latency": latency,
        "agents": agents,
    }


def api_summary(s: Seeded, role: str = "qa", **query: str) -> dict[str, Any]:
    q = {"start": START.isoformat(), "end": TODAY.isoformat(), **query}
    r = s.client.get("/v1/dashboard/summary", params=q, headers=s.keys[role])
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize(
    "query",
    [{}, {"channel": "email"}, {"language": "ja"}, {"channel": "chat", "language": "en"}],
)
def test_figures_match_independent_sql(seeded: Seeded, query: dict[str, str]) -> None:
    data = api_summary(seeded, **query)
    want = sql_totals(seeded.db_path, **query)
    got = data["totals"]
    assert want["suggestions"] > 0
    for key in (
        "suggestions",
        "with_feedback",
        "accepted",
        "edited",
        "rejected",
        "flagged",
        "open_escalations",
    ):
        assert got[key] == want[key], key
    for key in ("acceptance_rate", "edit_rate", "reject_rate", "feedback_rate"):
        assert got[key] == round(want[key], 6), key
    for key in ("fallback_rate", "block_rate", "edit_distance_mean"):
        assert got[key] == pytest.approx(want[key], abs=1e-6), key
    assert data["flags"]["totals"] == want["flags"]
    assert {e["route"]: e["open"] for e in data["escalations"]} == want["open_by_route"]
    weekly = {p["period"]: p["suggestions"] for p in data["series"] if p["suggestions"]}
    assert weekly == want["weekly"]
    for row in data["latency"]:
        assert row["p50"] == want["latency"][row["stage"]][0.5]
        assert row["p95"] == want["latency"][row["stage"]][0.95]


def test_series_add_up_to_the_totals(seeded: Seeded) -> None:
    data = api_summary(seeded)
    assert data["filters"]["granularity"] == "week"
    assert sum(p["suggestions"] for p in data["series"]) == data["totals"]["suggestions"]
    assert sum(p["rejected"] for p in data["series"]) == data["totals"]["rejected"]
    flag_sum = sum(sum(p["counts"].values()) for p in data["flags"]["series"])
    assert flag_sum == sum(data["flags"]["totals"].values())


def test_short_range_is_daily(seeded: Seeded) -> None:
    start = TODAY - timedelta(days=6)
    data = api_summary(seeded, start=start.isoformat())
    assert data["filters"]["granularity"] == "day"
    assert data["series"][0]["period"] == start.isoformat()
    assert len(data["series"]) == 7
    want = sql_totals(seeded.db_path, start=start)
    assert data["totals"]["suggestions"] == want["suggestions"]


def test_demo_rates_look_like_a_real_desk(seeded: Seeded) -> None:
    t = api_summary(seeded)["totals"]
    assert t["acceptance_rate"] + t["edit_rate"] > 0.7  # most drafts are used
    assert 0.03 < t["reject_rate"] < 0.3
    assert 0.0 < t["edit_distance_mean"] < 0.5
    assert 0.0 < t["fallback_rate"] < 0.15


def test_admin_gets_per_agent_figures_and_qa_does_not(seeded: Seeded) -> None:
    qa = api_summary(seeded, "qa")
    assert "agents" not in qa
    assert "demo-agent" not in str(qa)
    admin = api_summary(seeded, "admin")
    want = sql_totals(seeded.db_path)["agents"]
    assert {a["agent_id"]: a["suggestions"] for a in admin["agents"]} == want
    r = seeded.client.get("/v1/dashboard/export/agents.csv", headers=seeded.keys["qa"])
    assert r.status_code == 403
    r = seeded.client.get(
        "/v1/dashboard/export/agents.csv",
        params={"start": START.isoformat()},
        headers=seeded.keys["admin"],
    )
    assert r.status_code == 200
    assert "demo-agent-01" in r.text


@pytest.mark.parametrize("role", ["agent", "trainer"])
def test_other_roles_may_not_read_the_dashboard(seeded: Seeded, role: str) -> None:
    for path in ("summary", "themes", "gaps", "export/overview.csv"):
        r = seeded.client.get(f"/v1/dashboard/{path}", headers=seeded.keys[role])
        assert r.status_code == 403, path
    assert seeded.client.get("/v1/dashboard/summary").status_code == 401


def test_a_tenant_sees_only_its_own_rows(seeded: Seeded) -> None:
    mine = api_summary(seeded, "admin")["totals"]["suggestions"]
    theirs = api_summary(seeded, "other-admin")
    assert theirs["tenant"] == "other"
    assert (
        theirs["totals"]["suggestions"] == sql_totals(seeded.db_path, tenant="other")["suggestions"]
    )
    assert theirs["totals"]["suggestions"] != mine


@pytest.mark.parametrize(
    "table", ["overview", "volume", "flags", "latency", "escalations", "themes", "gaps"]
)
def test_every_table_exports_as_csv(seeded: Seeded, table: str) -> None:
    r = seeded.client.get(
        f"/v1/dashboard/export/{table}.csv",
        params={"start": START.isoformat()},
        headers=seeded.keys["qa"],
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    lines = r.text.lstrip("\ufeff").splitlines()
    assert len(lines) >= 2, lines  # a header and at least one row


def test_overview_csv_says_what_the_json_says(seeded: Seeded) -> None:
    r = seeded.client.get(
        "/v1/dashboard/export/overview.csv",
        params={"start": START.isoformat()},
        headers=seeded.keys["qa"],
    )
    rows = dict(line.split(",", 1) for line in r.text.lstrip("\ufeff").splitlines()[1:])
    want = sql_totals(seeded.db_path)
    assert int(rows["suggestions"]) == want["suggestions"]
    assert float(rows["acceptance_rate"]) == round(want["acceptance_rate"], 6)


def test_unknown_table_and_bad_filters_are_refused(seeded: Seeded) -> None:
    qa = seeded.keys["qa"]
    assert seeded.client.get("/v1/dashboard/export/nope.csv", headers=qa).status_code == 404
    bad = [
        {"channel": "fax"},
        {"language": "fr"},
        {"start": "2026-02-01", "end": "2026-01-01"},
        {"start": "2020-01-01", "end": "2026-01-01"},
        {"start": "yesterday"},
    ]
    for q in bad:
        assert seeded.client.get("/v1/dashboard/summary", params=q, headers=qa).status_code == 422


def test_the_page_loads_without_a_key_and_loads_nothing_from_elsewhere(seeded: Seeded) -> None:
    r = seeded.client.get("/dashboard")
    assert r.status_code == 200
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "/static/dashboard.js" in r.text
    assert "http://" not in r.text and "https://" not in r.text
    for name in ("dashboard.js", "dashboard.css"):
        asset = seeded.client.get(f"/static/{name}")
        assert asset.status_code == 200
        assert "https://" not in asset.text
