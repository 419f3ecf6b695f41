"""What the suggestion log keeps for the dashboard, the migration that added it, and the
promise that no raw personal data reaches the dashboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from _api_support import Api, FakePipeline, make_api
from sqlalchemy import inspect, text

from app.dashboard import DashboardFilters, load_rows, summary
from app.db import Database, SuggestionLog
from app.db.repositories import first_sentence, retrieval_coverage
from app.schemas import Citation, Suggestion, Ticket
from app.settings import Settings

PII_TICKET = {
    "ticket_id": "T-PII",
    "channel": "chat",
    "language": "en",
    "product": "HK-H200",
    "customer": {"name": "Hanako Yamada", "tier": "standard", "contact_count": 1},
    "messages": [
        {
            "role": "customer",
            "text": "Hello,\nThis is Hanako Yamada (090-1234-5678, h.yamada@example.com): "
            "my heater smoked last night. I will call my lawyer.",
        }
    ],
}
SECRETS = ("Hanako", "Yamada", "090-1234-5678", "h.yamada@example.com")


@pytest.fixture
def api(settings: Settings) -> Iterator[Api]:
    yield from make_api(settings, pipeline=FakePipeline(flags=("legal_threat",)))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("お世話になります。ケトルが届きません。至急確認してください。", "ケトルが届きません。"),
        ("Hi,\nMy kettle is late. Tracking is stuck.", "My kettle is late."),
        ("Hello, I was charged twice.", "Hello, I was charged twice."),
        ("煙が出ました！すぐ来てください", "煙が出ました！"),
        ("", ""),
    ],
)
def test_first_sentence_skips_greetings(text: str, first: str) -> None:
    assert first_sentence(text) == first


def test_long_first_sentences_are_cut() -> None:
    cut = first_sentence("a" * 500)
    assert len(cut) == 160 and cut.endswith("…")


def test_the_log_keeps_a_redacted_snippet_topic_product_agent_and_routes(api: Api) -> None:
    headers = api.key(role="agent")
    r = api.client.post("/v1/suggest", json=PII_TICKET, headers=headers)
    assert r.status_code == 200
    key_id = api.app.state.repos.keys.list("default")[-1].id
    with api.app.state.db.session() as s:
        row = s.get(SuggestionLog, r.json()["suggestion_id"])
        assert row is not None
        assert row.snippet_redacted.startswith("This is <PERSON_1> (<PHONE_1>, <EMAIL_1>)")
        for secret in SECRETS:
            assert secret not in row.snippet_redacted
        assert row.product == "HK-H200"
        assert row.topic == "safety" or row.topic == "general"
        assert row.agent_id == key_id
        assert row.routes == ["legal"]
        assert row.retrieval_top_score is None  # the fake pipeline cites nothing
        assert row.retrieval_coverage is None


def test_no_raw_personal_data_anywhere_on_the_dashboard(api: Api) -> None:
    agent = api.key(role="agent")
    for i in range(3):
        ticket = {**PII_TICKET, "ticket_id": f"T-{i}"}
        assert api.client.post("/v1/suggest", json=ticket, headers=agent).status_code == 200
    admin = api.key(role="admin")
    bodies = [api.client.get("/dashboard").text]
    for path in ("summary", "themes", "gaps?threshold=1"):
        r = api.client.get(f"/v1/dashboard/{path}", headers=admin)
        assert r.status_code == 200
        bodies.append(r.text)
    for table in (
        "overview",
        "volume",
        "flags",
        "latency",
        "escalations",
        "themes",
        "gaps",
        "agents",
    ):
        r = api.client.get(f"/v1/dashboard/export/{table}.csv", headers=admin)
        assert r.status_code == 200
        bodies.append(r.text)
    joined = "\n".join(bodies)
    assert "<PERSON_1>" in joined  # the snippet is there, redacted
    for secret in SECRETS:
        assert secret not in joined, secret


def test_migration_adds_the_columns_to_an_existing_log(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    db.migrate("0001")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO suggestion_log (suggestion_id, ticket_id, ticket_hash, language, "
                "channel, flags, cited_doc_ids, backend, fallback_used, guardrail_action, "
                "timing_guardrails_ms, timing_retrieval_ms, timing_llm_ms, timing_total_ms, "
                "reply_redacted, tenant, created_at) VALUES ('s1', 'T', 'h', 'ja', 'email', "
                "'[\"legal_threat\"]', '[]', 'template', 0, 'pass', 1, 2, 3, 6, '', 'default', "
                "'2026-11-02 01:00:00')"
            )
        )
    db.migrate()
    columns = {c["name"] for c in inspect(db.engine).get_columns("suggestion_log")}
    assert {
        "snippet_redacted",
        "product",
        "topic",
        "agent_id",
        "retrieval_top_score",
        "retrieval_coverage",
        "routes",
    } <= columns
    with db.session() as s:
        row = s.get(SuggestionLog, "s1")
        assert row is not None
        assert row.routes == [] and row.snippet_redacted == "" and row.agent_id is None
    filters = DashboardFilters.build("default", start=date(2026, 11, 1), end=date(2026, 11, 7))
    data = summary(load_rows(db, filters), filters, include_agents=True)
    assert data["totals"]["suggestions"] == 1
    assert data["escalations"] == [{"route": "unrouted", "open": 1, "flags": {"legal_threat": 1}}]
    from alembic.config import Config

    from alembic import command
    from app.db.session import ALEMBIC_DIR, ALEMBIC_INI

    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(ALEMBIC_DIR))
    with db.engine.begin() as conn:  # the downgrade works too
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    columns = {c["name"] for c in inspect(db.engine).get_columns("suggestion_log")}
    assert "snippet_redacted" not in columns
    db.close()


@pytest.mark.parametrize(
    ("text", "sources", "coverage"),
    [
        ("ケトルが届きません", ["配送遅延の対応: ケトルが届かない場合"], 1.0),
        ("スマホアプリとWi-Fi接続できません", ["配送遅延の対応: ケトルが届かない場合"], 0.0),
        ("My kettle delivery was late", ["Shipping: late delivery of a kettle"], 1.0),
        ("Call <PHONE_1> about my gift card code", ["Returns: refund to the card"], 0.25),
        ("ケトル", [], None),
        ("<PHONE_1>", ["anything"], None),
    ],
)
def test_coverage_is_the_share_of_words_the_sources_contain(
    text: str, sources: list[str], coverage: float | None
) -> None:
    assert retrieval_coverage(text, sources) == coverage


class CitingPipeline(FakePipeline):
    """Cites one shipping source, as retrieval would for a delivery question."""

    def suggestion(self, ticket: Ticket) -> Suggestion:
        s = super().suggestion(ticket)
        cite = Citation(
            doc_id="man-shipping-en",
            chunk_id="man-shipping-en#0",
            doc_type="manual",
            title="Shipping — late deliveries",
            snippet="When a parcel is late, check the tracking and the carrier.",
            score=0.0418,
        )
        return s.model_copy(update={"citations": [cite]})


def test_the_log_measures_how_well_the_sources_cover_the_ticket(settings: Settings) -> None:
    for api in make_api(settings, pipeline=CitingPipeline(flags=())):
        headers = api.key(role="agent")
        covered = {**PII_TICKET, "messages": [{"role": "customer", "text": "My parcel is late."}]}
        gap = {**PII_TICKET, "messages": [{"role": "customer", "text": "The app won't pair."}]}
        ids = [
            api.client.post("/v1/suggest", json=t, headers=headers).json()["suggestion_id"]
            for t in (covered, gap)
        ]
        with api.app.state.db.session() as s:
            rows = [s.get(SuggestionLog, i) for i in ids]
        assert rows[0] is not None and rows[1] is not None
        assert rows[0].retrieval_coverage == 1.0
        assert rows[1].retrieval_coverage == 0.0
        assert rows[0].retrieval_top_score == pytest.approx(0.0418)
        gaps = api.client.get("/v1/dashboard/gaps", headers=api.key(role="qa")).json()
        assert gaps["count"] == 1
        assert gaps["groups"][0]["examples"][0]["snippet"] == "The app won't pair."
