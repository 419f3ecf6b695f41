"""``POST /v1/suggest`` and ``POST /v1/suggest/stream``: a ticket in, a suggestion out.

The tenant is the API key's; a ``tenant`` in the ticket is overwritten. Drafting runs in a
worker thread under the :class:`~app.api.concurrency.SuggestLimiter`. The log line of a
suggestion holds the ticket's hash, flags and timings, never its text.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import StreamingResponse

from app.api.errors import BUSY_RESPONSE, ERROR_RESPONSES
from app.auth import AgentPrincipal
from app.db import Repositories
from app.deps import LimiterDep, MetricsDep, PipelineDep, ReposDep, SettingsDep
from app.metrics import Metrics
from app.schemas import Suggestion, Ticket
from app.suggest import ticket_hash

router = APIRouter(tags=["suggest"])
log = logging.getLogger("teinei.api.suggest")

KEEPALIVE_S = 15.0

SSE_DESCRIPTION = """Server-sent events (`text/event-stream`):

- `event: token` — `data: {"text": "..."}`, a piece of the provisional reply as it is drafted;
- `event: suggestion` — `data:` the final suggestion JSON (as `POST /v1/suggest` returns);
  its `reply` is what passed the output checks and may differ from the tokens;
- `event: error` — `data: {"detail": "...", "request_id": "..."}`, then the stream ends.

Comment lines (`: keep-alive`) are sent every 15 s while the draft is in progress.
Exactly one `suggestion` or one `error` event ends every stream."""


def _record(
    repos: Repositories,
    metrics: Metrics,
    suggestion: Suggestion,
    ticket: Ticket,
    tenant: str,
    agent_id: str | None = None,
) -> None:
    """Log, count and store a served suggestion; a storage fault is logged, not raised."""
    digest = ticket_hash(ticket)
    metrics.observe_suggestion(suggestion)
    log.info(
        "suggestion",
        extra={
            "fields": {
                "tenant": tenant,
                "suggestion_id": suggestion.suggestion_id,
                "ticket_hash": digest,
                "language": suggestion.language,
                "channel": ticket.channel,
                "flags": [f.flag for f in suggestion.escalation.flags],
                "guardrail_action": suggestion.guardrails.action,
                "backend": suggestion.backend.llm,
                "fallback_used": suggestion.backend.fallback_used,
                "timing_ms": suggestion.timing_ms.model_dump(),
            }
        },
    )
    try:
        # dashboard: the calling key's id is the agent of the per-agent figures (admin only)
        repos.suggestions.record(
            suggestion, ticket=ticket, tenant=tenant, ticket_hash=digest, agent_id=agent_id
        )
    except Exception:
        log.exception(
            "could not store the suggestion log row",
            extra={"fields": {"suggestion_id": suggestion.suggestion_id}},
        )


def _timeout_error(settings_timeout: float) -> HTTPException:
    return HTTPException(
        504, f"the suggestion took longer than {settings_timeout:g} s; please retry"
    )


@router.post(
    "/suggest",
    response_model=Suggestion,
    responses={**ERROR_RESPONSES, **BUSY_RESPONSE, 504: {"description": "Drafting took too long"}},
)
async def suggest(
    ticket: Ticket,
    principal: AgentPrincipal,
    pipeline: PipelineDep,
    repos: ReposDep,
    metrics: MetricsDep,
    limiter: LimiterDep,
    settings: SettingsDep,
) -> Suggestion:
    """A suggested reply, next steps, escalation flags and sources for a ticket.

    The draft is in the customer's language and the channel's register. When the LLM
    fails, a grounded template draft is returned with ``backend.fallback_used: true``.
    """
    tenant = principal.tenant
    ticket = ticket.model_copy(update={"tenant": tenant})
    await limiter.acquire()
    future = limiter.start(lambda: pipeline.run(ticket, tenant=tenant))
    try:
        suggestion: Suggestion = await asyncio.wait_for(
            asyncio.shield(future), settings.suggest_timeout_s
        )
    except TimeoutError:
        raise _timeout_error(settings.suggest_timeout_s) from None
    await asyncio.to_thread(_record, repos, metrics, suggestion, ticket, tenant, principal.key_id)
    return suggestion


def sse(event: str, data: Any) -> bytes:
    """One server-sent event with a JSON payload."""
    payload = json.dumps(data, ensure_ascii=False)
    return f"event: {event}\ndata: {payload}\n\n".encode()


@router.post(
    "/suggest/stream",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": SSE_DESCRIPTION,
            "content": {
                "text/event-stream": {
                    "example": 'event: token\ndata: {"text": "このたびは"}\n\n'
                    'event: suggestion\ndata: {"suggestion_id": "...", "reply": "..."}\n\n'
                }
            },
        },
        **ERROR_RESPONSES,
        **BUSY_RESPONSE,
    },
)
async def suggest_stream(
    request: Request,
    ticket: Ticket,
    principal: AgentPrincipal,
    pipeline: PipelineDep,
    repos: ReposDep,
    metrics: MetricsDep,
    limiter: LimiterDep,
    settings: SettingsDep,
) -> StreamingResponse:
    """The suggestion as server-sent events: provisional reply tokens, then the final JSON."""
    tenant = principal.tenant
    ticket = ticket.model_copy(update={"tenant": tenant})
    request_id = getattr(request.state, "request_id", None)
    await limiter.acquire()  # before the response starts, so "busy" is a real 503
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
    stop = False

    def put(kind: str, value: Any) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, (kind, value))

    def pump() -> None:
        try:
            for item in pipeline.stream(ticket, tenant=tenant):
                if stop:
                    return
                if isinstance(item, Suggestion):
                    _record(repos, metrics, item, ticket, tenant, principal.key_id)
                    put("suggestion", item)
                else:
                    put("token", item)
        except Exception as exc:
            log.exception("suggest stream failed")
            put("error", exc)
        finally:
            put("end", None)

    limiter.start(pump)

    async def events() -> AsyncIterator[bytes]:
        nonlocal stop
        deadline = loop.time() + settings.suggest_timeout_s
        done = False
        try:
            while True:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    yield sse(
                        "error",
                        {
                            "detail": f"the suggestion took longer than "
                            f"{settings.suggest_timeout_s:g} s; please retry",
                            "request_id": request_id,
                        },
                    )
                    return
                try:
                    kind, value = await asyncio.wait_for(queue.get(), min(KEEPALIVE_S, remaining))
                except TimeoutError:
                    yield b": keep-alive\n\n"
                    continue
                if kind == "token":
                    yield sse("token", {"text": value})
                elif kind == "suggestion":
                    done = True
                    yield sse("suggestion", value.model_dump(mode="json"))
                elif kind == "error":
                    done = True
                    yield sse(
                        "error",
                        {
                            "detail": "the suggestion could not be completed; the request id "
                            "identifies the error in the service's logs",
                            "request_id": request_id,
                        },
                    )
                else:
                    if not done:
                        yield sse(
                            "error",
                            {
                                "detail": "the draft ended without a suggestion",
                                "request_id": request_id,
                            },
                        )
                    return
        finally:
            stop = True

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
