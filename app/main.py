"""The FastAPI application: ``create_app()`` builds the heavy objects once in its lifespan."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api import dashboard, errors, feedback, health, ingest, roleplay, search, suggest, ui
from app.api.concurrency import SuggestLimiter
from app.api.health import Probes
from app.api.middleware import RequestEnvelope
from app.db import Database, Repositories
from app.logging import configure_logging
from app.metrics import Metrics
from app.services import Services
from app.settings import Settings, get_settings

DESCRIPTION = """Agent-assist for complaint handling (クレーム対応), Japanese and English.

**Authentication.** Every `/v1` route needs an API key (`Authorization: Bearer <key>`,
from `teinei keys create --tenant T --role R`). The key decides the tenant: a `tenant`
in a request body is ignored. Roles: `agent`, `qa`, `admin` may suggest, search and send
feedback; only `admin` may ingest. `/healthz`, `/readyz`, `/metrics` and `/docs` are open.

**Limits.** Bodies over 256 KiB → 413. A ticket has at most 50 messages of at most
20,000 characters each, and agent notes of at most 5,000 characters; over a limit → 413
naming the field. Other invalid input → 422 with each field path. Every response carries
`X-Request-ID` (yours, if you sent a safe one); every error body has `detail` and
`request_id`.

**Load.** A few suggestions are drafted at once per process; the rest queue. When the
queue is full → 503 with `Retry-After`.
"""


def create_app(
    settings: Settings | None = None,
    services: Services | None = None,
    database: Database | None = None,
) -> FastAPI:
    """Build the app. Tests pass their own ``settings``, prebuilt ``services`` or database."""
    settings = settings or get_settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        db = database or Database.from_settings(settings)
        db.migrate()
        repos = Repositories(db)
        if settings.demo_key:
            repos.keys.ensure(
                settings.demo_key, tenant=settings.default_tenant, role="agent", name="demo"
            )
        app.state.db = db
        app.state.repos = repos
        if services is None:
            app.state.services = Services.build(settings)
            await asyncio.to_thread(app.state.services.warm)
        else:
            app.state.services = services
        app.state.probes = Probes(settings)
        app.state.limiter = SuggestLimiter(
            settings.suggest_concurrency,
            settings.suggest_queue,
            settings.suggest_queue_timeout_s,
            metrics,
        )
        try:
            yield
        finally:
            app.state.services.close()
            if database is None:
                db.close()

    app = FastAPI(
        title="teinei",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.metrics = metrics
    errors.install(app)
    app.add_middleware(RequestEnvelope, metrics=metrics, max_body_bytes=settings.max_body_bytes)
    app.include_router(health.router)
    app.include_router(search.router, prefix="/v1")
    app.include_router(suggest.router, prefix="/v1")
    app.include_router(feedback.router, prefix="/v1")
    app.include_router(ingest.router, prefix="/v1")
    app.include_router(ui.router)
    app.include_router(dashboard.router)
    app.include_router(roleplay.router)
    return app
