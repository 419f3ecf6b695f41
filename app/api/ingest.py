"""``POST /v1/ingest`` (admin): re-ingest the key's tenant's corpus."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, ConfigDict, Field

from app.api.errors import ERROR_RESPONSES
from app.auth import AdminPrincipal
from app.deps import IngesterDep, SearcherDep, SettingsDep

router = APIRouter(tags=["ingest"])

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _tenant_lock(tenant: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(tenant, threading.Lock())


class IngestRequest(BaseModel):
    """Which corpus to ingest: a folder on the server, or (default tenant) the sample corpus."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{}, {"corpus_dir": "/srv/teinei/acme-corpus"}]},
    )

    corpus_dir: str | None = Field(
        default=None,
        max_length=1024,
        description="A corpus folder that exists on the server. Optional for the default "
        "tenant (the sample corpus); required for every other tenant.",
    )


class IngestResponse(BaseModel):
    """What the ingest did (documents added, updated, deleted; chunks embedded)."""

    tenant: str
    documents: int
    chunks: int
    added: int
    updated: int
    deleted: int
    unchanged: int
    embedded: int
    chunks_deleted: int
    seconds: float


@router.post(
    "/ingest",
    response_model=IngestResponse,
    responses={
        **ERROR_RESPONSES,
        409: {"description": "An ingest of this tenant is already running in this process"},
        503: {"description": "The vector store is unavailable"},
    },
)
def ingest(
    principal: AdminPrincipal,
    settings: SettingsDep,
    searcher: SearcherDep,
    run_ingest: IngesterDep,
    body: IngestRequest | None = None,
) -> IngestResponse:
    """Bring the tenant's indexes in line with its corpus (idempotent, incremental)."""
    from retrieval.corpus import CorpusError
    from retrieval.store import StoreUnavailable

    tenant = principal.tenant
    given = body.corpus_dir if body is not None else None
    if given is None:
        if tenant != settings.default_tenant:
            raise HTTPException(
                422,
                f"corpus_dir is required for tenant {tenant!r}: the sample corpus belongs "
                "to the default tenant",
            )
        corpus = Path(settings.corpus_dir)
    else:
        corpus = Path(given)
        if not corpus.is_absolute() or not corpus.is_dir():
            raise HTTPException(
                422, f"corpus_dir {given!r} is not an absolute path to a folder on the server"
            )
    lock = _tenant_lock(tenant)
    if not lock.acquire(blocking=False):
        raise HTTPException(409, f"an ingest of tenant {tenant!r} is already running")
    try:
        embedder = getattr(searcher, "embedder", None)
        report = run_ingest(corpus, tenant=tenant, settings=settings, embedder=embedder)
    except CorpusError as e:
        raise HTTPException(422, f"the corpus is invalid: {e}") from None
    except StoreUnavailable as e:
        raise HTTPException(503, f"the vector store is unavailable: {e}") from None
    finally:
        lock.release()
    invalidate = getattr(searcher, "invalidate", None)
    if invalidate is not None:
        invalidate(tenant)
    return IngestResponse(**report.to_json())
