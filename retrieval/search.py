"""Hybrid search: BM25 and vector retrieval fused with reciprocal rank fusion.

A :class:`HybridSearcher` is built once per process from settings; it opens the embedder,
the vector store and each tenant's lexical index lazily, on first use, and reloads a
tenant's lexical index when an ingest has written a new one. Every tenant has its own
collection, chunk table and lexical index, so a search can only ever see its tenant's chunks.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from app.settings import Settings
from retrieval.chunking import Chunk
from retrieval.fusion import (
    RRF_K,
    apply_quotas,
    cap_per_group,
    fuse_by_group,
    reciprocal_rank_fusion,
)
from retrieval.lang import detect_language
from retrieval.lexical import INDEX_DIRNAME, LexicalIndex, analyze
from retrieval.store import (
    ChunkTable,
    StoreFactory,
    StoreUnavailable,
    check_tenant,
    tenant_dir,
)

log = logging.getLogger(__name__)

Mode = Literal["hybrid", "lexical", "vector"]
MODES: tuple[str, ...] = ("hybrid", "lexical", "vector")
VERSION_FILE = "VERSION"
QUERY_CACHE_SIZE = 512
SNIPPET_CHARS = 200


@dataclass(frozen=True)
class SearchFilters:
    """Exact-match filters; each field is one value or several (any of them matches).

    Attributes:
        doc_type: ``manual``, ``resolution`` or ``policy``.
        lang: ``ja`` or ``en``.
        product: A product model, e.g. ``HK-H200``.
    """

    doc_type: str | Sequence[str] | None = None
    lang: str | Sequence[str] | None = None
    product: str | Sequence[str] | None = None

    def allowed(self) -> dict[str, frozenset[str]]:
        """The filters as ``field -> allowed values`` (fields that are not set are left out)."""
        out: dict[str, frozenset[str]] = {}
        for name in ("doc_type", "lang", "product"):
            value = getattr(self, name)
            if value is None:
                continue
            values = frozenset([value] if isinstance(value, str) else value)
            if values:
                out[name] = values
        return out

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> SearchFilters | None:
        """Filters from a JSON-like mapping; unknown keys are an error."""
        if not data:
            return None
        unknown = set(data) - {"doc_type", "lang", "product"}
        if unknown:
            raise ValueError(f"unknown filter {sorted(unknown)[0]!r} (use doc_type, lang, product)")
        return cls(**{k: v for k, v in data.items()})


@dataclass(frozen=True)
class SearchHit:
    """One retrieved chunk.

    Attributes:
        score: The fused RRF score (higher is better); comparable within one result only.
        snippet: The start of the chunk text, about 200 characters, on one line.
    """

    doc_id: str
    chunk_id: str
    doc_type: str
    title: str
    heading: str
    snippet: str
    text: str
    score: float
    lang: str
    product: str | None

    def to_json(self) -> dict[str, Any]:
        """The DESIGN ``--json`` shape of a hit."""
        return {
            "doc_id": self.doc_id,
            "chunk_id": self.chunk_id,
            "doc_type": self.doc_type,
            "title": self.title,
            "snippet": self.snippet,
            "score": round(self.score, 6),
        }


@dataclass(frozen=True)
class SearchResult:
    """The ranked hits of one query.

    Attributes:
        language: Detected language of the query (``ja`` or ``en``).
        degraded: True when the vector side failed and only lexical results are given.
        notes: Why the result is degraded, for logs and the UI.
        timing_ms: Time spent per stage.
    """

    query: str
    language: str
    hits: list[SearchHit]
    mode: str = "hybrid"
    degraded: bool = False
    notes: list[str] = field(default_factory=list)
    timing_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The DESIGN ``--json`` shape (plus ``degraded`` when it is true)."""
        out: dict[str, Any] = {
            "query": self.query,
            "language": self.language,
            "hits": [h.to_json() for h in self.hits],
        }
        if self.degraded:
            out["degraded"] = True
            out["notes"] = list(self.notes)
        return out


@dataclass(frozen=True)
class SearchConfig:
    """Ranking knobs, tuned on the dev set (``python -m evals.retrieval_eval``).

    Attributes:
        rrf_k: RRF damping constant.
        weights: RRF weight of each side.
        fetch_min: Candidates fetched from each side at least.
        fetch_factor: Candidates fetched from each side per requested hit.
        max_per_doc: At most this many chunks of one document (0: no cap).
        default_quotas: Quotas used when a search passes ``quotas=None``: a reply needs the
            procedure (manuals), the rule (policy) and a precedent (a past resolution);
            without them past cases, one chunk each, crowd out the manuals.
        exact_max_rows: A filter that leaves at most this many chunks is served by exact
            search over the local vector copy.
        fuse_documents: Fuse at document level (see ``fusion.fuse_by_group``), not per chunk.
        max_overfetch: Largest plain vector query used to serve a filter before Chroma's
            ``where`` is used instead.
        same_language_boost: Multiplier of the fused score of chunks in the query's language.
    """

    rrf_k: int = RRF_K
    weights: Mapping[str, float] = field(default_factory=lambda: {"lexical": 1.0, "vector": 0.7})
    fetch_min: int = 40
    fetch_factor: int = 5
    max_per_doc: int = 1
    max_overfetch: int = 1500
    exact_max_rows: int = 8000
    fuse_documents: bool = True
    default_quotas: Mapping[str, int] = field(
        default_factory=lambda: {"manual": 4, "policy": 1, "resolution": 1}
    )
    same_language_boost: float = 1.5


@dataclass
class _TenantIndex:
    version: str
    lexical: LexicalIndex
    table: ChunkTable


def snippet_of(text: str, limit: int = SNIPPET_CHARS) -> str:
    """A one-line preview of ``text`` of at most about ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


class HybridSearcher:
    """Searches a tenant's chunks lexically, by vector, or both fused.

    Construction is cheap; the embedder, the vector store client and each tenant's index are
    opened on first use. One instance serves many tenants and threads.

    Args:
        settings: Data dir, embedder and Chroma settings.
        embedder: An embedder to use instead of ``get_embedder(settings)`` (tests, bench).
        stores: A store factory to use instead of Chroma from ``settings``.
        config: Ranking knobs.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Any | None = None,
        stores: StoreFactory | None = None,
        config: SearchConfig | None = None,
    ) -> None:
        self.settings = settings
        self.config = config or SearchConfig()
        self._embedder = embedder
        self._stores = stores or StoreFactory(settings)
        self._tenants: dict[str, _TenantIndex] = {}
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._query_lock = threading.Lock()
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Any:
        """The query embedder (created on first use)."""
        if self._embedder is None:
            from retrieval.embedders import get_embedder

            self._embedder = get_embedder(self.settings)
        return self._embedder

    # ------------------------------------------------------------------ index cache

    def _tenant(self, tenant: str) -> _TenantIndex:
        directory = tenant_dir(self.settings, tenant)
        version_file = directory / VERSION_FILE
        try:
            version = version_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            version = ""
        cached = self._tenants.get(tenant)
        if cached is not None and cached.version == version:
            return cached
        with self._lock:
            cached = self._tenants.get(tenant)
            if cached is not None and cached.version == version:
                return cached
            lexical = (
                LexicalIndex.load(directory / INDEX_DIRNAME) if version else LexicalIndex([], None)
            )
            table = (
                cached.table if cached is not None else ChunkTable.for_tenant(self.settings, tenant)
            )
            entry = _TenantIndex(version, lexical, table)
            self._tenants[tenant] = entry
            return entry

    def invalidate(self, tenant: str | None = None) -> None:
        """Drop cached indexes (all tenants when ``tenant`` is None)."""
        with self._lock:
            if tenant is None:
                self._tenants.clear()
            else:
                self._tenants.pop(tenant, None)

    # ------------------------------------------------------------------ search

    def search(
        self,
        query: str,
        *,
        tenant: str,
        k: int = 8,
        filters: SearchFilters | None = None,
        quotas: Mapping[str, int] | None = None,
        mode: Mode = "hybrid",
    ) -> SearchResult:
        """The ``k`` best chunks of ``tenant`` for ``query``.

        Args:
            query: Free text in Japanese, English or both.
            tenant: Whose chunks to search.
            k: How many hits to return.
            filters: Exact-match filters on doc_type, lang, product.
            quotas: Minimum hits per doc_type when available, e.g.
                ``{"manual": 2, "resolution": 2, "policy": 1}``.
            mode: ``hybrid`` (default), ``lexical`` or ``vector``.

        Returns:
            The hits, best first. If the vector side fails (store unreachable, embedder
            error), the result holds lexical hits only and ``degraded`` is true.
        """
        check_tenant(tenant)
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r} (use {', '.join(MODES)})")
        cfg = self.config
        t0 = time.perf_counter()
        timing: dict[str, float] = {}
        language = detect_language(query)
        notes: list[str] = []
        degraded = False
        if k <= 0 or not query.strip():
            return SearchResult(query, language, [], mode=mode)
        index = self._tenant(tenant)
        allowed = filters.allowed() if filters else {}
        fetch = max(cfg.fetch_min, cfg.fetch_factor * k)
        ranked: dict[str, list[str]] = {}

        if mode in ("hybrid", "lexical"):
            t = time.perf_counter()
            ranked["lexical"] = [
                cid for cid, _ in index.lexical.query(analyze(query), fetch, allowed=allowed)
            ]
            timing["lexical"] = _ms(t)
        if mode in ("hybrid", "vector"):
            t = time.perf_counter()
            try:
                ranked["vector"] = self._vector(query, tenant, index, fetch, allowed, need=k)
            except StoreUnavailable as e:
                degraded = True
                notes.append(f"vector search unavailable, lexical results only ({e})")
                log.warning("tenant %s: %s", tenant, notes[-1])
                self._stores.reset()
            except Exception as e:  # an embedder fault must not take search down
                degraded = True
                notes.append(f"query embedding failed, lexical results only ({e})")
                log.warning("tenant %s: %s", tenant, notes[-1])
            timing["vector"] = _ms(t)
            if degraded and "lexical" not in ranked:
                t = time.perf_counter()
                ranked["lexical"] = [
                    cid for cid, _ in index.lexical.query(analyze(query), fetch, allowed=allowed)
                ]
                timing["lexical"] = _ms(t)

        t = time.perf_counter()
        entry = index.lexical.entry
        meta = {cid: m for ids in ranked.values() for cid in ids if (m := entry(cid)) is not None}
        lists = {name: [cid for cid in ids if cid in meta] for name, ids in ranked.items()}
        if cfg.fuse_documents:
            fused = fuse_by_group(
                lists, lambda cid: meta[cid].doc_id, weights=cfg.weights, k=cfg.rrf_k
            )
        else:
            fused = reciprocal_rank_fusion(lists, weights=cfg.weights, k=cfg.rrf_k)
        boost = cfg.same_language_boost
        scored = [(f.score * (boost if meta[f.id].lang == language else 1.0), f.id) for f in fused]
        scored.sort(key=lambda s: -s[0])
        capped = cap_per_group(scored, lambda s: meta[s[1]].doc_id, cfg.max_per_doc)
        chosen = apply_quotas(
            capped,
            lambda s: meta[s[1]].doc_type,
            cfg.default_quotas if quotas is None else quotas,
            k,
        )
        chunks = index.table.get([cid for _, cid in chosen])
        chosen = [(score, cid) for score, cid in chosen if cid in chunks]
        hits = [_hit(chunks[cid], score) for score, cid in chosen]
        timing["fusion"] = _ms(t)
        timing["total"] = _ms(t0)
        return SearchResult(
            query, language, hits, mode=mode, degraded=degraded, notes=notes, timing_ms=timing
        )

    def _query_vector(self, query: str) -> np.ndarray:
        """The query's embedding; recent ones are kept, since the same queries recur (the
        suggest pipeline asks the same question for every ticket with a given flag)."""
        with self._query_lock:
            cached = self._query_cache.get(query)
            if cached is not None:
                self._query_cache.move_to_end(query)
                return cached
        vector = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
        with self._query_lock:
            self._query_cache[query] = vector
            while len(self._query_cache) > QUERY_CACHE_SIZE:
                self._query_cache.popitem(last=False)
        return vector

    def _vector(
        self,
        query: str,
        tenant: str,
        index: _TenantIndex,
        fetch: int,
        allowed: dict[str, frozenset[str]],
        need: int,
    ) -> list[str]:
        """Vector candidates, filtered on our side after an over-fetch.

        Chroma's ``where`` costs tens of milliseconds on a large collection. The lexical
        index holds every chunk's filter fields in memory, so it knows how selective a filter
        is. A small subset (``exact_max_rows``) is searched exactly against the index's local
        copy of the vectors. Otherwise the plain query over-fetches in proportion to
        the selectivity (enough to keep ``fetch`` candidates on average) and the candidates
        are filtered in memory. ``where`` is the last resort when there is no local copy.
        """
        if not index.version:
            return []
        store = self._stores.for_tenant(tenant)
        vector = self._query_vector(query)
        lexical = index.lexical
        if not allowed:
            raw = store.query(vector, fetch)
            return lexical.passing([cid for cid, _ in raw], {})
        size, passing = len(lexical), lexical.count(allowed)
        if passing == 0:
            return []
        if passing <= self.config.exact_max_rows:
            exact = lexical.nearest(vector, fetch, allowed)
            if exact is not None:
                return [cid for cid, _ in exact]
        over = min(size, math.ceil(fetch * 1.5 * size / passing))
        if over <= self.config.max_overfetch:
            raw = store.query(vector, over)
            kept = lexical.passing([cid for cid, _ in raw], allowed)
            if len(kept) >= min(need, passing) or over >= size:
                return kept[:fetch]
        exact = lexical.nearest(vector, fetch, allowed)
        if exact is not None:
            return [cid for cid, _ in exact]
        where = {name: sorted(values) for name, values in allowed.items()}
        raw = store.query(vector, min(fetch, passing), where=where)
        return lexical.passing([cid for cid, _ in raw], allowed)[:fetch]


def _hit(chunk: Chunk, score: float) -> SearchHit:
    return SearchHit(
        doc_id=chunk.doc_id,
        chunk_id=chunk.chunk_id,
        doc_type=chunk.doc_type,
        title=chunk.title,
        heading=chunk.heading,
        snippet=snippet_of(chunk.text),
        text=chunk.text,
        score=score,
        lang=chunk.lang,
        product=chunk.product,
    )


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000.0, 3)
