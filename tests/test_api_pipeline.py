"""The API over the real pipeline: end to end, provider faults, Chroma down, tenant isolation.

Provider faults come from ``FakeLLM`` inside a real ``SuggestPipeline`` (through an
``LLMDrafter``), and a stalled stream from the real OpenAI-compatible client talking to a
local server that stops sending. None of them may reach the catch-all 500.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from _api_support import Api, parse_sse
from _retrieval_corpus import other_tenant_corpus, write_corpus
from fakes import FakeLLM
from fastapi.testclient import TestClient

from app.deps import get_pipeline
from app.drafting.llm import LLMDrafter
from app.llm import LLMTimeout, LLMUnavailable
from app.llm.openai_client import OpenAICompatibleClient, RetryPolicy
from app.main import create_app
from app.settings import Settings
from app.suggest import SuggestPipeline
from retrieval.ingest import ingest

EN_TICKET: dict[str, Any] = {
    "ticket_id": "T-9",
    "channel": "email",
    "language": "en",
    "customer": {"name": "John Smith", "tier": "standard", "contact_count": 1},
    "messages": [
        {
            "role": "customer",
            "text": "The heater I bought smokes. My lawyer will hear about this. "
            "Call me at john.smith@example.com.",
        }
    ],
}

GOOD_DRAFT = {
    "reply": "Dear customer, we are sorry. Please stop using the heater and unplug it.",
    "next_steps": ["Route to quality assurance"],
    "cited_sources": ["S1"],
    "additional_flags": [],
}


@pytest.fixture
def ingested(settings: Settings, tmp_path: Path) -> Settings:
    """The small corpus ingested for the default tenant (fake embeddings, embedded Chroma)."""
    ingest(write_corpus(tmp_path / "corpus"), tenant="default", settings=settings)
    return settings


def _api(settings: Settings, llm: Any = None) -> Iterator[Api]:
    app = create_app(settings)
    with TestClient(app) as client:
        services = app.state.services
        if llm is not None:
            pipeline = SuggestPipeline(
                searcher=services.searcher,
                drafter=LLMDrafter(llm),
                policy_for=services.policies.get,
            )
            app.dependency_overrides[get_pipeline] = lambda: pipeline
        else:
            pipeline = services.pipeline
        yield Api(app, client, pipeline, services.searcher)


def _no_unhandled(caplog: pytest.LogCaptureFixture) -> None:
    assert not [r for r in caplog.records if r.getMessage() == "unhandled error"]


# ----------------------------------------------------------------------------- end to end


def test_end_to_end_with_the_real_services(ingested: Settings) -> None:
    for api in _api(ingested):
        headers = api.key()
        r = api.client.post("/v1/suggest", json=EN_TICKET, headers=headers)
        assert r.status_code == 200, r.text
        s = r.json()
        assert "legal_threat" in {f["flag"] for f in s["escalation"]["flags"]}
        assert s["citations"], "the draft cites retrieved sources"
        assert s["backend"] == {"llm": "template", "fallback_used": False, "fallback_reason": None}
        with api.client.stream(
            "POST", "/v1/suggest/stream", json=EN_TICKET, headers=headers
        ) as stream:
            events = parse_sse(stream.read().decode())
        assert events[-1][0] == "suggestion"
        assert sum(1 for e, _ in events if e == "token") >= 1
        fb = api.client.post(
            "/v1/feedback",
            json={
                "suggestion_id": s["suggestion_id"],
                "action": "edited",
                "final_text": s["reply"] + " Thanks.",
            },
            headers=headers,
        )
        assert fb.status_code == 201
        assert 0 < fb.json()["edit_distance"] < 0.2
        search = api.client.post(
            "/v1/search", json={"query": "ヒーターから煙が出た"}, headers=headers
        )
        assert search.json()["hits"][0]["doc_id"] == "man-heater-ja"
        assert api.client.get("/readyz").json()["status"] == "ready"


# ----------------------------------------------------------------------------- provider faults


FAULTS = {
    "timeout": LLMTimeout("LLM request timed out"),
    "http_500": LLMUnavailable("LLM provider answered 500: boom", status_code=500),
    "garbage": "Sure! Here is your reply: not JSON at all",
    "wrong_schema": {"reply": "", "next_steps": "no"},
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("path", ["/v1/suggest", "/v1/suggest/stream"])
def test_provider_faults_still_give_a_suggestion(
    ingested: Settings, caplog: pytest.LogCaptureFixture, fault: str, path: str
) -> None:
    llm = FakeLLM(default=FAULTS[fault])
    for api in _api(ingested, llm):
        with caplog.at_level(logging.INFO):
            r = api.client.post(path, json=EN_TICKET, headers=api.key())
        assert r.status_code == 200
        s = r.json() if path == "/v1/suggest" else parse_sse(r.text)[-1][1]
        assert s["backend"]["fallback_used"] is True, s["backend"]
        assert s["reply"]
        assert "legal_threat" in {f["flag"] for f in s["escalation"]["flags"]}
        assert llm.requests, "the LLM was asked first"
        _no_unhandled(caplog)
        metrics = api.client.get("/metrics").text
        assert "teinei_suggest_fallbacks_total{" in metrics


def test_a_good_llm_draft_is_used(ingested: Settings) -> None:
    for api in _api(ingested, FakeLLM(default=GOOD_DRAFT)):
        s = api.client.post("/v1/suggest", json=EN_TICKET, headers=api.key()).json()
        assert s["backend"]["fallback_used"] is False
        assert s["reply"].startswith("Dear customer")


class _StallingHandler(BaseHTTPRequestHandler):
    """An OpenAI-compatible endpoint that sends one chunk of a stream, then nothing."""

    protocol_version = "HTTP/1.0"
    release = threading.Event()

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", 0))
        body = json.loads(self.rfile.read(length))
        chunk = {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "stall",
            "choices": [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": '{"reply": "Dear cus'},
                    "finish_reason": None,
                }
            ],
        }
        self.send_response(200)
        if body.get("stream"):
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
        else:
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.flush()
        self.release.wait(10)  # stall


@pytest.fixture
def stalling_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StallingHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        _StallingHandler.release.set()
        server.shutdown()
        server.server_close()
        _StallingHandler.release.clear()


def test_a_stalled_llm_stream_falls_back(
    ingested: Settings, stalling_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = OpenAICompatibleClient(
        model="stall", base_url=stalling_server, timeout_s=0.5, retry=RetryPolicy(max_retries=0)
    )
    for api in _api(ingested, client):
        started = time.monotonic()
        with caplog.at_level(logging.INFO):
            r = api.client.post("/v1/suggest/stream", json=EN_TICKET, headers=api.key())
        events = parse_sse(r.text)
        assert events[0] == ("token", {"text": "Dear cus"})  # the provisional text came through
        kind, s = events[-1]
        assert kind == "suggestion"
        assert s["backend"]["fallback_used"] is True
        assert "LLMTimeout" in s["backend"]["fallback_reason"]
        assert time.monotonic() - started < 10
        _no_unhandled(caplog)
    client.close()


# ----------------------------------------------------------------------------- chroma down


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_chroma_down_readyz_says_so_and_search_degrades(ingested: Settings) -> None:
    down = ingested.model_copy(update={"chroma_url": f"http://127.0.0.1:{_closed_port()}"})
    for api in _api(down):
        ready = api.client.get("/readyz")
        assert ready.status_code == 200
        body = ready.json()
        assert body["status"] == "degraded"
        assert body["components"]["chroma"]["status"] == "down"
        assert body["components"]["database"]["status"] == "ok"
        assert api.client.get("/readyz?strict=true").status_code == 503
        headers = api.key()
        r = api.client.post("/v1/search", json={"query": "ヒーターから煙が出た"}, headers=headers)
        assert r.status_code == 200
        assert r.json()["degraded"] is True
        assert r.json()["hits"][0]["doc_id"] == "man-heater-ja"
        s = api.client.post("/v1/suggest", json=EN_TICKET, headers=headers)
        assert s.status_code == 200
        assert s.json()["citations"]


# ----------------------------------------------------------------------------- tenants end to end


def test_tenants_are_isolated_end_to_end(settings: Settings, tmp_path: Path) -> None:
    acme_dir = write_corpus(tmp_path / "acme")
    other_dir = other_tenant_corpus(tmp_path / "other")
    for api in _api(settings):
        acme_admin, other_admin = api.key("acme", "admin"), api.key("other", "admin")
        r = api.client.post("/v1/ingest", json={"corpus_dir": str(acme_dir)}, headers=acme_admin)
        assert r.status_code == 200, r.text
        assert r.json()["tenant"] == "acme"
        assert (
            api.client.post(
                "/v1/ingest", json={"corpus_dir": str(other_dir)}, headers=other_admin
            ).json()["tenant"]
            == "other"
        )
        missing = api.client.post("/v1/ingest", json={}, headers=other_admin)
        assert missing.status_code == 422 and "corpus_dir is required" in missing.json()["detail"]

        acme, other = api.key("acme"), api.key("other")
        query = {"query": "heater refund 返品 ヒーター", "k": 20}
        acme_docs = {
            h["doc_id"]
            for h in api.client.post("/v1/search", json=query, headers=acme).json()["hits"]
        }
        other_docs = {
            h["doc_id"]
            for h in api.client.post("/v1/search", json=query, headers=other).json()["hits"]
        }
        assert acme_docs and "other-refunds" not in acme_docs
        assert other_docs == {"other-refunds"}

        ticket = {**EN_TICKET, "tenant": "acme"}  # a body tenant is ignored
        s = api.client.post("/v1/suggest", json=ticket, headers=other).json()
        assert {c["doc_id"] for c in s["citations"]} <= {"other-refunds"}
        s_acme = api.client.post("/v1/suggest", json=EN_TICKET, headers=acme).json()
        assert "other-refunds" not in {c["doc_id"] for c in s_acme["citations"]}
        cross = api.client.post(
            "/v1/feedback",
            json={"suggestion_id": s_acme["suggestion_id"], "action": "accepted"},
            headers=other,
        )
        assert cross.status_code == 404
