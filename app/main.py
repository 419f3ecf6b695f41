"""The FastAPI application: ``create_app()`` builds the heavy objects once in its lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api import health, search
from app.services import Services
from app.settings import Settings, get_settings


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app. Tests pass their own ``settings`` or prebuilt ``services``."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = services or Services.build(settings)
        try:
            yield
        finally:
            app.state.services.close()

    app = FastAPI(
        title="teinei",
        version=__version__,
        description="Agent-assist for complaint handling (クレーム対応), Japanese and English.",
        lifespan=lifespan,
    )
    app.include_router(health.router)
    app.include_router(search.router, prefix="/v1")
    return app
