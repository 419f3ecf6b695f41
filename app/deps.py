"""Request dependencies as ``Annotated`` aliases, overridable in tests.

Tests swap a part with ``app.dependency_overrides[get_pipeline] = lambda: FakePipeline()``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request

from app.api.concurrency import SuggestLimiter
from app.db import Database, Repositories
from app.metrics import Metrics
from app.services import Services
from app.settings import Settings


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_app_settings(request: Request) -> Settings:
    return get_services(request).settings


def get_pipeline(request: Request) -> Any:
    """The suggest pipeline: anything with ``.run(ticket, tenant=)`` and ``.stream(ticket, tenant=)``."""
    return get_services(request).pipeline


def get_searcher(request: Request) -> Any:
    """The hybrid searcher: anything with ``.search(query, tenant=, k=, filters=)``."""
    return get_services(request).searcher


def get_ingester() -> Any:
    """The ingest function: ``(corpus_dir, *, tenant, settings, embedder) -> IngestReport``."""
    from retrieval.ingest import ingest

    return ingest


def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_repos(request: Request) -> Repositories:
    repos: Repositories = request.app.state.repos
    return repos


def get_metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.metrics
    return metrics


def get_limiter(request: Request) -> SuggestLimiter:
    limiter: SuggestLimiter = request.app.state.limiter
    return limiter


ServicesDep = Annotated[Services, Depends(get_services)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
PipelineDep = Annotated[Any, Depends(get_pipeline)]
SearcherDep = Annotated[Any, Depends(get_searcher)]
IngesterDep = Annotated[Any, Depends(get_ingester)]
DatabaseDep = Annotated[Database, Depends(get_database)]
ReposDep = Annotated[Repositories, Depends(get_repos)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
LimiterDep = Annotated[SuggestLimiter, Depends(get_limiter)]
