"""The HTTP API with a fake pipeline and searcher: auth, roles, tenants, errors, limits,
streaming, request ids, metrics and logs."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from _api_support import TICKET, Api, FakePipeline, FakeSearcher, make_api, parse_sse
from sqlalchemy import select

from app.db import ApiKey, Feedback, SuggestionLog
from app.schemas import Ticket
from app.settings import Settings
from app.suggest import ticket_hash


@pytest.fixture
def api(settings: Settings) -> Iterator[Api]:
    yield from make_api(settings)


def suggest(api: Api, headers: dict[str, str], ticket: dict[str, Any] | None = None) -> Any:
    return api.client.post("/v1/suggest", json=ticket or TICKET, headers=headers)


# ----------------------------------------------------------------------------- open routes


def test_open_routes_need_no_key(api: Api) -> None:
    assert api.client.get("/healthz").json()["status"] == "ok"
    ready = api.client.get("/readyz")
    assert ready.status_code == 200
    body = ready.json()
    assert set(body["components"]) == {"database", "chroma", "llm"}
    assert body["components"]["database"]["status"] == "ok"
    assert api.client.get("/metrics").status_code == 200
    assert api.client.get("/docs").status_code == 200


def test_openapi_documents_examples_auth_and_errors(api: Api) -> None:
    spec = api.client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/v1/suggest", "/v1/suggest/stream", "/v1/feedback", "/v1/search", "/v1/ingest"):
        op = paths[path]["post"]
        assert op["security"] == [{"APIKey": []}], path
        assert {"401", "403", "413", "422"} <= set(op["responses"]), path
    assert "503" in paths["/v1/suggest"]["post"]["responses"]
    assert "text/event-stream" in paths["/v1/suggest/stream"]["post"]["responses"]["200"]["content"]
    ticket = spec["components"]["schemas"]["Ticket"]
    assert ticket["examples"][0]["messages"][0]["text"]
    assert "security" not in paths["/healthz"]["get"]


# ----------------------------------------------------------------------------- request id


def test_request_id_generated_and_honoured(api: Api) -> None:
    generated = api.client.get("/healthz").headers["x-request-id"]
    assert len(generated) == 32
    given = api.client.get("/healthz", headers={"X-Request-ID": "req-42"})
    assert given.headers["x-request-id"] == "req-42"
    unsafe = api.client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"[:10]})
    assert unsafe.headers["x-request-id"] != "bad id\nwit"


def test_errors_carry_the_request_id(api: Api) -> None:
    r = api.client.post("/v1/suggest", json=TICKET, headers={"X-Request-ID": "abc-1"})
    assert r.status_code == 401
    assert r.headers["x-request-id"] == "abc-1"
    assert r.json()["request_id"] == "abc-1"


# ----------------------------------------------------------------------------- auth


def test_missing_unknown_and_revoked_keys_are_401(api: Api) -> None:
    r = api.client.post("/v1/search", json={"query": "refund"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert "Authorization: Bearer" in r.json()["detail"]
    r = api.client.post(
        "/v1/search", json={"query": "refund"}, headers={"Authorization": "Bearer tn_nope"}
    )
    assert r.status_code == 401
    assert r.json()["detail"] == "invalid or revoked API key"
    created = api.app.state.repos.keys.create(tenant="default", role="agent")
    headers = {"Authorization": f"Bearer {created.key}"}
    assert api.client.post("/v1/search", json={"query": "x"}, headers=headers).status_code == 200
    assert api.app.state.repos.keys.revoke(created.record.id)
    assert api.client.post("/v1/search", json={"query": "x"}, headers=headers).status_code == 401


def test_keys_are_stored_hashed(api: Api) -> None:
    created = api.app.state.repos.keys.create(tenant="default", role="agent")
    with api.app.state.db.session() as s:
        rows = s.execute(select(*ApiKey.__table__.c)).all()
    flat = json.dumps([list(map(str, r)) for r in rows])
    assert created.key not in flat
    assert created.key[:10] in flat  # the prefix only


ROUTES: dict[str, tuple[str, dict[str, Any]]] = {
    "suggest": ("/v1/suggest", TICKET),
    "suggest_stream": ("/v1/suggest/stream", TICKET),
    "feedback": ("/v1/feedback", {"suggestion_id": "nope", "action": "rejected"}),
    "search": ("/v1/search", {"query": "refund"}),
    "ingest": ("/v1/ingest", {"corpus_dir": "/definitely/not/here"}),
}
ALLOWED = {
    "suggest": {"agent", "qa", "admin"},
    "suggest_stream": {"agent", "qa", "admin"},
    "feedback": {"agent", "qa", "admin"},
    "search": {"agent", "qa", "admin"},
    "ingest": {"admin"},
}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_each_route_checks_its_role(api: Api, route: str) -> None:
    path, body = ROUTES[route]
    for role in ("agent", "trainer", "qa", "admin"):
        r = api.client.post(path, json=body, headers=api.key(role=role))
        if role in ALLOWED[route]:
            assert r.status_code not in (401, 403), (route, role, r.text)
        else:
            assert r.status_code == 403, (route, role, r.text)
            assert f"role '{role}'" in r.json()["detail"]


def test_demo_key_setting_creates_an_agent_key(settings: Settings) -> None:
    demo = settings.model_copy(update={"demo_key": "tn_demo-key-for-tests"})
    for api in make_api(demo):
        headers = {"Authorization": "Bearer tn_demo-key-for-tests"}
        assert (
            api.client.post("/v1/search", json={"query": "x"}, headers=headers).status_code == 200
        )
        assert api.client.post("/v1/ingest", json={}, headers=headers).status_code == 403


# ----------------------------------------------------------------------------- tenants


def test_tenant_comes_from_the_key_not_the_body(api: Api) -> None:
    r = suggest(api, api.key("acme"), {**TICKET, "tenant": "globex"})
    assert r.status_code == 200
    ticket, tenant = api.pipeline.calls[-1]
    assert tenant == "acme"
    assert ticket.tenant == "acme"
    r = api.client.post("/v1/search", json={"query": "x"}, headers=api.key("acme"))
    assert api.searcher.calls[-1] == "acme"
    assert [h["doc_id"] for h in r.json()["hits"]] == ["doc-of-acme"]


def test_feedback_on_another_tenants_suggestion_is_404(api: Api) -> None:
    sid = suggest(api, api.key("acme")).json()["suggestion_id"]
    r = api.client.post(
        "/v1/feedback", json={"suggestion_id": sid, "action": "accepted"}, headers=api.key("globex")
    )
    assert r.status_code == 404
    assert sid in r.json()["detail"]
    r = api.client.post(
        "/v1/feedback", json={"suggestion_id": sid, "action": "accepted"}, headers=api.key("acme")
    )
    assert r.status_code == 201
    with api.app.state.db.session() as s:
        assert [f.tenant for f in s.scalars(select(Feedback))] == ["acme"]


# ----------------------------------------------------------------------------- feedback + log


def test_feedback_actions_and_edit_distance(api: Api) -> None:
    headers = api.key()
    s = suggest(api, headers).json()
    base = {"suggestion_id": s["suggestion_id"]}
    accepted = api.client.post("/v1/feedback", json={**base, "action": "accepted"}, headers=headers)
    assert accepted.status_code == 201
    assert accepted.json()["edit_distance"] == 0.0
    same = api.client.post(
        "/v1/feedback", json={**base, "action": "edited", "final_text": s["reply"]}, headers=headers
    )
    assert same.json()["edit_distance"] == 0.0
    edited = s["reply"].replace("sorry", "SORRY")
    r = api.client.post(
        "/v1/feedback", json={**base, "action": "edited", "final_text": edited}, headers=headers
    )
    assert r.status_code == 201
    assert 0 < r.json()["edit_distance"] < 0.1
    rejected = api.client.post(
        "/v1/feedback", json={**base, "action": "rejected", "comment": "tone"}, headers=headers
    )
    assert rejected.json()["edit_distance"] is None
    missing = api.client.post("/v1/feedback", json={**base, "action": "edited"}, headers=headers)
    assert missing.status_code == 422
    assert "final_text is required" in missing.json()["detail"]
    bad = api.client.post("/v1/feedback", json={**base, "action": "liked"}, headers=headers)
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "action"


def test_suggestion_log_and_feedback_hold_no_raw_pii(api: Api) -> None:
    headers = api.key()
    s = suggest(api, headers).json()
    assert "Hanako Yamada" in s["reply"]  # the agent sees the name
    api.client.post(
        "/v1/feedback",
        json={
            "suggestion_id": s["suggestion_id"],
            "action": "edited",
            "final_text": "Dear Hanako Yamada, please call 090-1234-5678 or mail h.yamada@example.com.",
        },
        headers=headers,
    )
    with api.app.state.db.session() as session:
        log_row = session.get(SuggestionLog, s["suggestion_id"])
        assert log_row is not None
        # The dashboard keeps one redacted sentence of the ticket (snippet_redacted),
        # checked below; no other column holds ticket text.
        stored = json.dumps(
            {
                c.name: str(getattr(log_row, c.name))
                for c in SuggestionLog.__table__.c
                if c.name != "snippet_redacted"
            }
        )
        fb = session.scalars(select(Feedback)).one()
        stored += fb.final_text or ""
    assert log_row.ticket_hash == ticket_hash(Ticket(**TICKET))
    assert log_row.flags == ["legal_threat"]
    assert log_row.timing_total_ms == 60
    for secret in ("Hanako Yamada", "090-1234-5678", "h.yamada@example.com", "heater smoked"):
        assert secret not in stored, secret
    assert "<PERSON_1>" in stored
    assert log_row.snippet_redacted == "My heater smoked and I will call my lawyer."


# ----------------------------------------------------------------------------- errors and limits


def test_validation_errors_name_the_field(api: Api) -> None:
    bad = {**TICKET, "messages": [{"role": "boss", "text": "hi"}]}
    r = suggest(api, api.key(), bad)
    assert r.status_code == 422
    body = r.json()
    assert body["errors"][0]["field"] == "messages[0].role"
    assert "messages[0].role" in body["detail"]
    r = api.client.post(
        "/v1/suggest",
        content=b"{not json",
        headers={**api.key(), "Content-Type": "application/json"},
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["type"] == "json_invalid"


def test_oversized_body_is_413(api: Api) -> None:
    big = {**TICKET, "agent_notes": "x" * (300 * 1024)}
    r = api.client.post("/v1/suggest", json=big, headers=api.key())
    assert r.status_code == 413
    assert "262144 bytes" in r.json()["detail"]
    assert r.json()["request_id"] == r.headers["x-request-id"]
    assert api.pipeline.calls == []


def test_oversized_chunked_body_is_413(api: Api) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b" " * 10_000

    r = api.client.post(
        "/v1/suggest", content=chunks(), headers={**api.key(), "Content-Type": "application/json"}
    )
    assert r.status_code == 413


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"messages": [{"role": "customer", "text": "hi"}] * 51}, "messages"),
        ({"messages": [{"role": "customer", "text": "あ" * 20_001}]}, "messages[0].text"),
        ({"agent_notes": "n" * 5_001}, "agent_notes"),
    ],
)
def test_schema_size_limits_are_413_with_the_field(
    api: Api, change: dict[str, Any], field: str
) -> None:
    r = suggest(api, api.key(), {**TICKET, **change})
    assert r.status_code == 413, r.text
    assert r.json()["errors"][0]["field"] == field


def test_unexpected_error_is_a_json_500_without_a_trace(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    pipeline = FakePipeline(fail=RuntimeError("boom in a place nobody expected"))
    for api in make_api(settings, pipeline=pipeline, raise_server_exceptions=False):
        with caplog.at_level(logging.ERROR):
            r = api.client.post(
                "/v1/suggest", json=TICKET, headers={**api.key(), "X-Request-ID": "crash-1"}
            )
        assert r.status_code == 500
        body = r.json()
        assert body["request_id"] == "crash-1"
        assert "boom" not in r.text and "Traceback" not in r.text
        errors = [rec for rec in caplog.records if rec.levelno >= logging.ERROR]
        assert errors and errors[0].exc_info is not None
        # the slot was given back: the next request is served
        api.pipeline.fail = None
        assert api.client.post("/v1/suggest", json=TICKET, headers=api.key()).status_code == 200


# ----------------------------------------------------------------------------- streaming


def test_stream_sends_tokens_then_the_suggestion(api: Api) -> None:
    with api.client.stream("POST", "/v1/suggest/stream", json=TICKET, headers=api.key()) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        events = parse_sse(r.read().decode())
    kinds = [e for e, _ in events]
    assert kinds == ["token", "token", "token", "suggestion"]
    assert "".join(d["text"] for e, d in events if e == "token") == "Thank you for writing."
    final = events[-1][1]
    assert final["ticket_id"] == "T-1"
    with api.app.state.db.session() as s:
        assert s.get(SuggestionLog, final["suggestion_id"]) is not None


def test_stream_failure_ends_with_an_error_event(settings: Settings) -> None:
    pipeline = FakePipeline(fail=RuntimeError("secret internals"))
    for api in make_api(settings, pipeline=pipeline):
        with api.client.stream(
            "POST", "/v1/suggest/stream", json=TICKET, headers={**api.key(), "X-Request-ID": "s-1"}
        ) as r:
            events = parse_sse(r.read().decode())
        assert [e for e, _ in events] == ["token", "token", "token", "error"]
        assert events[-1][1]["request_id"] == "s-1"
        assert "secret internals" not in json.dumps(events)


def test_stream_deadline_sends_an_error_event(settings: Settings) -> None:
    gate = threading.Event()
    quick = settings.model_copy(update={"suggest_timeout_s": 0.5})
    for api in make_api(quick, pipeline=FakePipeline(gate=gate)):
        started = time.monotonic()
        with api.client.stream("POST", "/v1/suggest/stream", json=TICKET, headers=api.key()) as r:
            events = parse_sse(r.read().decode())
        gate.set()
        assert events[-1][0] == "error"
        assert "took longer than 0.5 s" in events[-1][1]["detail"]
        assert time.monotonic() - started < 5


def test_stream_checks_auth_before_streaming(api: Api) -> None:
    r = api.client.post("/v1/suggest/stream", json=TICKET)
    assert r.status_code == 401
    assert r.headers["content-type"] == "application/json"


# ----------------------------------------------------------------------------- concurrency


def test_burst_queues_then_503_with_retry_after(settings: Settings) -> None:
    gate = threading.Event()
    limited = settings.model_copy(
        update={"suggest_concurrency": 2, "suggest_queue": 1, "suggest_queue_timeout_s": 10}
    )
    pipeline = FakePipeline(gate=gate)
    for api in make_api(limited, pipeline=pipeline):
        headers = api.key()
        with ThreadPoolExecutor(4) as pool:
            first = [pool.submit(suggest, api, headers) for _ in range(3)]
            deadline = time.monotonic() + 5
            limiter = api.app.state.limiter
            while (limiter.waiting, pipeline.running) != (1, 2) and time.monotonic() < deadline:
                time.sleep(0.01)
            assert pipeline.running == 2
            rejected = suggest(api, headers)
            gate.set()
            statuses = sorted(f.result().status_code for f in first)
        assert rejected.status_code == 503
        assert int(rejected.headers["retry-after"]) >= 1
        assert "busy" in rejected.json()["detail"]
        assert statuses == [200, 200, 200]
        assert pipeline.max_running == 2
        metrics = api.client.get("/metrics").text
        assert "teinei_suggest_rejected_total 1.0" in metrics


def test_suggest_timeout_is_504_json(settings: Settings) -> None:
    gate = threading.Event()
    quick = settings.model_copy(update={"suggest_timeout_s": 0.3})
    for api in make_api(quick, pipeline=FakePipeline(gate=gate)):
        r = suggest(api, api.key())
        gate.set()
        assert r.status_code == 504
        assert "took longer" in r.json()["detail"]


# ----------------------------------------------------------------------------- metrics and logs


def test_metrics_cover_stages_flags_fallbacks_actions_and_routes(settings: Settings) -> None:
    pipeline = FakePipeline(fallback_reason="LLMTimeout: the model did not answer in 30 s")
    for api in make_api(settings, pipeline=pipeline):
        assert suggest(api, api.key()).status_code == 200
        api.client.post("/v1/search", json={"query": "x"})
        text = api.client.get("/metrics").text
    for line in (
        'teinei_suggest_stage_seconds_count{stage="llm"} 1.0',
        'teinei_suggest_stage_seconds_count{stage="total"} 1.0',
        'teinei_suggest_stage_seconds_count{stage="retrieval"} 1.0',
        'teinei_suggest_stage_seconds_count{stage="guardrails"} 1.0',
        'teinei_suggest_flags_total{flag="legal_threat"} 1.0',
        'teinei_suggest_fallbacks_total{kind="timeout"} 1.0',
        'teinei_guardrail_actions_total{action="pass"} 1.0',
        'teinei_http_requests_total{method="POST",route="/v1/suggest",status="200"} 1.0',
        'teinei_http_requests_total{method="POST",route="/v1/search",status="401"} 1.0',
    ):
        assert line in text, line


def test_search_degraded_is_counted_and_reported(settings: Settings) -> None:
    for api in make_api(settings, searcher=FakeSearcher(degraded=True)):
        r = api.client.post("/v1/search", json={"query": "x"}, headers=api.key())
        assert r.json()["degraded"] is True
        assert "teinei_search_degraded_total 1.0" in api.client.get("/metrics").text


def test_logs_are_json_without_ticket_text_or_pii(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    from app.logging import JsonFormatter

    with caplog.at_level(logging.INFO):
        r = suggest(api, {**api.key(), "X-Request-ID": "log-1"})
        with api.client.stream("POST", "/v1/suggest/stream", json=TICKET, headers=api.key()) as s:
            s.read()
    assert r.status_code == 200
    formatter = JsonFormatter()
    lines = [formatter.format(rec) for rec in caplog.records]
    joined = "\n".join(lines)
    for secret in ("Hanako", "090-1234-5678", "heater smoked", "lawyer"):
        assert secret not in joined, secret
    parsed = [json.loads(line) for line in lines]
    suggestion_logs = [p for p in parsed if p["msg"] == "suggestion"]
    assert suggestion_logs[0]["request_id"] == "log-1"
    assert suggestion_logs[0]["ticket_hash"] == ticket_hash(Ticket(**TICKET))
    assert suggestion_logs[0]["flags"] == ["legal_threat"]
    assert suggestion_logs[0]["timing_ms"]["total"] == 60
    access = [p for p in parsed if p["msg"] == "request" and p.get("route") == "/v1/suggest"]
    assert access and access[0]["status"] == 200 and access[0]["tenant"] == "default"


def test_readyz_is_503_when_the_database_is_down(settings: Settings) -> None:
    from app.deps import get_database

    class DownDatabase:
        dialect = "sqlite"

        def ping(self) -> None:
            raise OSError("disk gone")

    for api in make_api(settings):
        api.app.dependency_overrides[get_database] = DownDatabase
        r = api.client.get("/readyz")
        assert r.status_code == 503
        body = r.json()
        assert body["status"] == "not_ready"
        assert body["components"]["database"]["status"] == "down"
        assert "disk gone" in body["components"]["database"]["detail"]
