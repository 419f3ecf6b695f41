"""Fakes and helpers shared by the API tests: a fake pipeline and searcher, clients with keys."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.deps import get_pipeline, get_searcher
from app.main import create_app
from app.schemas import BackendInfo, Escalation, FlagOut, Suggestion, Ticket, Timing
from app.settings import Settings
from app.suggest import RewriteResult
from retrieval.search import SearchHit, SearchResult

TICKET: dict[str, Any] = {
    "ticket_id": "T-1",
    "channel": "email",
    "language": "en",
    "customer": {"name": "Hanako Yamada", "tier": "standard", "contact_count": 1},
    "messages": [
        {
            "role": "customer",
            "text": "My heater smoked and I will call my lawyer. Call me on 090-1234-5678.",
        }
    ],
}


class FakePipeline:
    """Stands in for :class:`app.suggest.SuggestPipeline`: ``run``, ``stream`` and ``rewrite``.

    Args:
        tokens: Pieces ``stream`` yields before the suggestion.
        flags: Flag names of every suggestion.
        fail: Raised by ``run`` / by ``stream`` after the tokens.
        gate: When given, drafting waits until it is set (to hold requests in flight).
        delay: Seconds each draft takes.
        fallback_reason: Makes suggestions look like template fallbacks.
    """

    def __init__(
        self,
        *,
        tokens: tuple[str, ...] = ("Thank you ", "for ", "writing."),
        flags: tuple[str, ...] = ("legal_threat",),
        fail: BaseException | None = None,
        gate: threading.Event | None = None,
        delay: float = 0.0,
        fallback_reason: str | None = None,
    ) -> None:
        self.tokens = tokens
        self.flags = flags
        self.fail = fail
        self.gate = gate
        self.delay = delay
        self.fallback_reason = fallback_reason
        self.calls: list[tuple[Ticket, str | None]] = []
        self.lock = threading.Lock()
        self.running = 0
        self.max_running = 0

    def suggestion(self, ticket: Ticket) -> Suggestion:
        name = ticket.customer.name or "customer"
        return Suggestion(
            suggestion_id=uuid.uuid4().hex,
            ticket_id=ticket.ticket_id,
            language="en",
            reply=f"Dear {name}, thank you for writing. We are sorry about the heater.",
            next_steps=["Ask the customer to stop using the heater"],
            escalation=Escalation(
                escalate=bool(self.flags),
                flags=[
                    FlagOut(flag=f, severity="high", route="legal", reason="test")
                    for f in self.flags
                ],
            ),
            backend=BackendInfo(
                llm="fake→template" if self.fallback_reason else "fake",
                fallback_used=self.fallback_reason is not None,
                fallback_reason=self.fallback_reason,
            ),
            timing_ms=Timing(guardrails=3, retrieval=12, llm=40, total=60),
        )

    def _work(self, ticket: Ticket, tenant: str | None) -> None:
        with self.lock:
            self.calls.append((ticket, tenant))
            self.running += 1
            self.max_running = max(self.max_running, self.running)
        try:
            if self.gate is not None:
                self.gate.wait(10)
            if self.delay:
                time.sleep(self.delay)
        finally:
            with self.lock:
                self.running -= 1

    def run(self, ticket: Ticket, *, tenant: str | None = None) -> Suggestion:
        self._work(ticket, tenant)
        if self.fail is not None:
            raise self.fail
        return self.suggestion(ticket)

    def stream(self, ticket: Ticket, *, tenant: str | None = None) -> Iterator[str | Suggestion]:
        self._work(ticket, tenant)
        yield from self.tokens
        if self.fail is not None:
            raise self.fail
        yield self.suggestion(ticket)

    def rewrite(self, text: str, style: str, *, language: str, tenant: str) -> RewriteResult:
        return RewriteResult(text, style, "pass", [], "fake")


@dataclass
class FakeSearcher:
    """Stands in for :class:`retrieval.search.HybridSearcher`; one document per tenant."""

    degraded: bool = False
    calls: list[str] = field(default_factory=list)

    def search(self, query: str, *, tenant: str, k: int = 8, **_: Any) -> SearchResult:
        self.calls.append(tenant)
        hit = SearchHit(
            doc_id=f"doc-of-{tenant}",
            chunk_id=f"doc-of-{tenant}#0",
            doc_type="manual",
            title="Manual",
            heading="",
            snippet="snippet",
            text="text",
            score=1.0,
            lang="en",
            product=None,
        )
        notes = ["vector search unavailable"] if self.degraded else []
        return SearchResult(query, "en", [hit][:k], degraded=self.degraded, notes=notes)


@dataclass
class Api:
    """A test client over an app with a fake pipeline and searcher, and a key per need."""

    app: FastAPI
    client: TestClient
    pipeline: Any
    searcher: Any

    def key(self, tenant: str = "default", role: str = "agent") -> dict[str, str]:
        """Headers carrying a new key of ``tenant`` with ``role``."""
        created = self.app.state.repos.keys.create(tenant=tenant, role=role)
        return {"Authorization": f"Bearer {created.key}"}


def make_api(
    settings: Settings,
    *,
    pipeline: Any | None = None,
    searcher: Any | None = None,
    raise_server_exceptions: bool = True,
) -> Iterator[Api]:
    """Yield an :class:`Api` with the lifespan running; fakes are wired by dependency overrides."""
    app = create_app(settings)
    pipeline = pipeline if pipeline is not None else FakePipeline()
    searcher = searcher if searcher is not None else FakeSearcher()
    app.dependency_overrides[get_pipeline] = lambda: pipeline
    app.dependency_overrides[get_searcher] = lambda: searcher
    with TestClient(app, raise_server_exceptions=raise_server_exceptions) as client:
        yield Api(app, client, pipeline, searcher)


def parse_sse(text: str) -> list[tuple[str, Any]]:
    """``[(event, data)]`` of a server-sent event stream (JSON data; comments skipped)."""
    events: list[tuple[str, Any]] = []
    for block in text.split("\n\n"):
        event, data = None, []
        for line in block.splitlines():
            if line.startswith("event: "):
                event = line[len("event: ") :]
            elif line.startswith("data: "):
                data.append(line[len("data: ") :])
        if event is not None:
            events.append((event, json.loads("\n".join(data))))
    return events
