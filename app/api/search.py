"""``POST /v1/search``: hybrid retrieval over the tenant's knowledge."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from app.api.errors import ERROR_RESPONSES
from app.auth import AgentPrincipal
from app.deps import MetricsDep, SearcherDep
from retrieval.search import SearchFilters

router = APIRouter(tags=["search"])


class Filters(BaseModel):
    """Exact-match filters; each set field narrows the hits."""

    model_config = ConfigDict(extra="forbid")

    doc_type: list[Literal["manual", "resolution", "policy"]] | None = None
    lang: Literal["ja", "en"] | None = None
    product: str | None = Field(default=None, max_length=64)


class SearchRequest(BaseModel):
    """A query against the key's tenant's knowledge."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"query": "ヒーターから焦げ臭いにおいがする", "k": 5}]},
    )

    query: str = Field(min_length=1, max_length=2000)
    k: int = Field(default=8, ge=1, le=50)
    filters: Filters | None = None


class Hit(BaseModel):
    """One retrieved chunk."""

    doc_id: str
    chunk_id: str
    doc_type: str
    title: str
    snippet: str
    score: float


class SearchResponse(BaseModel):
    """Ranked hits, best first."""

    query: str
    language: str
    hits: list[Hit]
    degraded: bool = False


@router.post("/search", response_model=SearchResponse, responses=ERROR_RESPONSES)
def search(
    body: SearchRequest, principal: AgentPrincipal, searcher: SearcherDep, metrics: MetricsDep
) -> SearchResponse:
    """Ranked sources of the key's tenant for a query (lexical + vector, fused).

    ``degraded: true`` means the vector side was unavailable and the hits are lexical only.
    """
    filters = None
    if body.filters is not None:
        filters = SearchFilters(
            doc_type=tuple(body.filters.doc_type) if body.filters.doc_type else None,
            lang=body.filters.lang,
            product=body.filters.product,
        )
    result = searcher.search(body.query, tenant=principal.tenant, k=body.k, filters=filters)
    if result.degraded:
        metrics.search_degraded.inc()
    return SearchResponse(
        query=result.query,
        language=result.language,
        hits=[
            Hit(
                doc_id=h.doc_id,
                chunk_id=h.chunk_id,
                doc_type=h.doc_type,
                title=h.title,
                snippet=h.snippet,
                score=h.score,
            )
            for h in result.hits
        ],
        degraded=result.degraded,
    )
