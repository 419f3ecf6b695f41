"""Liveness (``/healthz``), readiness (``/readyz``) and metrics (``/metrics``); no key needed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import httpx
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from app import __version__
from app.db import Database
from app.deps import DatabaseDep, MetricsDep, PipelineDep
from app.settings import Settings

router = APIRouter(tags=["health"])

PROBE_TIMEOUT_S = 3.0
CACHE_S = 5.0

Status = Literal["ok", "down"]


class Component(BaseModel):
    """One dependency's state."""

    status: Status
    detail: str | None = None
    required: bool = True


class Readiness(BaseModel):
    """``ready`` (all ok), ``degraded`` (serving, with lexical search or template drafts) or
    ``not_ready`` (a required component is down)."""

    status: Literal["ready", "degraded", "not_ready"]
    components: dict[str, Component]


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok", "version": __version__}


@dataclass
class Probes:
    """Checks of the database, Chroma and the LLM, each cached for a few seconds.

    The database is required (keys, feedback). Chroma and the LLM are not: without Chroma
    search is lexical-only, without the LLM drafts come from the template drafter; the
    service then reports ``degraded`` with status 200 (``?strict=true`` makes it 503).
    """

    settings: Settings
    _chroma: Any = None
    _cache: dict[str, tuple[float, Component]] = field(default_factory=dict)

    def database(self, db: Database) -> Component:
        db.ping()
        return Component(status="ok", detail=db.dialect)

    def chroma(self) -> Component:
        from retrieval.store import chroma_client

        try:
            if self._chroma is None:
                self._chroma = chroma_client(self.settings)
            self._chroma.heartbeat()
        except Exception:
            self._chroma = None
            raise
        where = self.settings.chroma_url or "embedded"
        return Component(status="ok", detail=where, required=False)

    def llm(self, drafter: Any) -> Component:
        client = getattr(drafter, "client", None)
        if client is None:
            return Component(
                status="ok",
                detail=f"{getattr(drafter, 'name', 'template')} (embedded)",
                required=False,
            )
        server = getattr(client, "server", None)
        if server is not None:  # the local backend starts its server on first use
            state = "running" if getattr(server, "running", False) else "starts on first request"
            return Component(status="ok", detail=f"local: {state}", required=False)
        base = getattr(client, "base_url", None) or "https://api.openai.com/v1"
        headers = {}
        if self.settings.llm_api_key:
            headers["Authorization"] = f"Bearer {self.settings.llm_api_key}"
        r = httpx.get(f"{str(base).rstrip('/')}/models", headers=headers, timeout=PROBE_TIMEOUT_S)
        if r.status_code >= 400:
            raise RuntimeError(f"{base} answered {r.status_code}; drafts fall back to the template")
        return Component(status="ok", detail=str(base), required=False)

    async def run(self, name: str, fn: Callable[[], Component], required: bool) -> Component:
        cached = self._cache.get(name)
        now = time.monotonic()
        if cached is not None and now - cached[0] < CACHE_S:
            return cached[1]
        try:
            result = await asyncio.wait_for(asyncio.to_thread(fn), PROBE_TIMEOUT_S + 1)
        except Exception as e:
            detail = f"{type(e).__name__}: {e}"[:300] if str(e) else type(e).__name__
            result = Component(status="down", detail=detail, required=required)
        self._cache[name] = (now, result)
        return result


def get_probes(request: Request) -> Probes:
    probes: Probes = request.app.state.probes
    return probes


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "A required component is down"}},
)
async def readyz(
    probes: Annotated[Probes, Depends(get_probes)],
    pipeline: PipelineDep,
    db: DatabaseDep,
    strict: bool = Query(False, description="Also 503 when an optional component is down"),
) -> JSONResponse:
    """Each component's state: database (required), Chroma and the LLM (degraded when down)."""
    database, chroma, llm = await asyncio.gather(
        probes.run("database", lambda: probes.database(db), True),
        probes.run("chroma", probes.chroma, False),
        probes.run("llm", lambda: probes.llm(getattr(pipeline, "drafter", None)), False),
    )
    components = {"database": database, "chroma": chroma, "llm": llm}
    down = [c for c in components.values() if c.status == "down"]
    if any(c.required for c in down):
        status: Literal["ready", "degraded", "not_ready"] = "not_ready"
    elif down:
        status = "degraded"
    else:
        status = "ready"
    code = 503 if status == "not_ready" or (strict and status != "ready") else 200
    body = Readiness(status=status, components=components)
    return JSONResponse(body.model_dump(), status_code=code)


@router.get("/metrics", response_class=Response)
def metrics(m: MetricsDep) -> Response:
    """Prometheus metrics of this process."""
    payload, content_type = m.render()
    return Response(payload, media_type=content_type)
