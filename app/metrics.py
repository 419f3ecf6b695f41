"""Prometheus metrics of one app instance (its own registry, so tests can build many apps)."""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from app.db.repositories import fallback_kind
from app.schemas import Suggestion

STAGES = ("guardrails", "retrieval", "llm", "total")
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120)


class Metrics:
    """The service's metrics.

    Args:
        registry: Where to register; a fresh registry when omitted.

    Attributes:
        requests: Requests by route template, method and status.
        request_seconds: Request latency by route template and method.
        stage_seconds: Suggest latency per pipeline stage (from ``suggestion.timing_ms``).
        flags: Escalation flags raised, by flag.
        fallbacks: Suggestions that fell back to the template drafter, by kind.
        guardrail_actions: Final guardrail action of each suggestion.
        suggest_rejected: Suggest requests refused because the queue was full.
        suggest_inflight: Suggest requests being drafted now.
        suggest_waiting: Suggest requests queued for a slot.
        search_degraded: Searches answered lexical-only because the vector side failed.
    """

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "teinei_http_requests", "HTTP requests", ["route", "method", "status"], registry=r
        )
        self.request_seconds = Histogram(
            "teinei_http_request_duration_seconds",
            "HTTP request latency",
            ["route", "method"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.stage_seconds = Histogram(
            "teinei_suggest_stage_seconds",
            "Suggest latency per pipeline stage",
            ["stage"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.suggestions = Counter(
            "teinei_suggestions", "Suggestions served", ["backend"], registry=r
        )
        self.flags = Counter(
            "teinei_suggest_flags", "Escalation flags raised", ["flag"], registry=r
        )
        self.fallbacks = Counter(
            "teinei_suggest_fallbacks", "Template fallbacks", ["kind"], registry=r
        )
        self.guardrail_actions = Counter(
            "teinei_guardrail_actions",
            "Guardrail action of each suggestion",
            ["action"],
            registry=r,
        )
        self.suggest_rejected = Counter(
            "teinei_suggest_rejected", "Suggest requests refused (queue full)", registry=r
        )
        self.suggest_inflight = Gauge(
            "teinei_suggest_inflight", "Suggest requests being drafted", registry=r
        )
        self.suggest_waiting = Gauge(
            "teinei_suggest_waiting", "Suggest requests waiting for a slot", registry=r
        )
        self.search_degraded = Counter(
            "teinei_search_degraded", "Searches answered lexical-only", registry=r
        )

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        """Count one HTTP request."""
        self.requests.labels(route, method, str(status)).inc()
        self.request_seconds.labels(route, method).observe(seconds)

    def observe_suggestion(self, suggestion: Suggestion) -> None:
        """Record a served suggestion's stage timings, flags, fallback and guardrail action."""
        timing = suggestion.timing_ms
        for stage in STAGES:
            self.stage_seconds.labels(stage).observe(getattr(timing, stage) / 1000.0)
        self.suggestions.labels(suggestion.backend.llm).inc()
        for flag in suggestion.escalation.flags:
            self.flags.labels(flag.flag).inc()
        if suggestion.backend.fallback_used:
            self.fallbacks.labels(fallback_kind(suggestion.backend.fallback_reason)).inc()
        self.guardrail_actions.labels(suggestion.guardrails.action).inc()

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
