"""Retrieval: corpus loading, chunking, embedders, the Chroma store, BM25 and hybrid search.

Public API::

    from retrieval import HybridSearcher, SearchFilters, ingest

    report = ingest("knowledge_corpus", tenant="default", settings=settings)
    result = HybridSearcher(settings).search("返品の送料は？", tenant="default", k=8)

Nothing heavy is imported here: the embedders, Chroma and fugashi load on first use.
"""

from __future__ import annotations

from retrieval.corpus import Corpus, CorpusError, Document, load_corpus
from retrieval.fusion import Fused, apply_quotas, cap_per_group, reciprocal_rank_fusion
from retrieval.ingest import IngestReport, ingest
from retrieval.lexical import LexicalIndex, analyze
from retrieval.search import (
    HybridSearcher,
    SearchConfig,
    SearchFilters,
    SearchHit,
    SearchResult,
)
from retrieval.store import (
    ChromaStore,
    ChunkTable,
    StoreFactory,
    StoreUnavailable,
    VectorStore,
)

__all__ = [
    "ChromaStore",
    "ChunkTable",
    "Corpus",
    "CorpusError",
    "Document",
    "Fused",
    "HybridSearcher",
    "IngestReport",
    "LexicalIndex",
    "SearchConfig",
    "SearchFilters",
    "SearchHit",
    "SearchResult",
    "StoreFactory",
    "StoreUnavailable",
    "VectorStore",
    "analyze",
    "apply_quotas",
    "cap_per_group",
    "ingest",
    "load_corpus",
    "reciprocal_rank_fusion",
]
