"""A LangChain retriever over teinei's hybrid search, for chains built with ``langchain-core``."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from retrieval.search import HybridSearcher, SearchFilters, SearchHit


def hit_to_document(hit: SearchHit) -> Document:
    """A LangChain ``Document`` of a hit: the chunk text, and everything else as metadata."""
    return Document(
        page_content=hit.text,
        metadata={
            "doc_id": hit.doc_id,
            "chunk_id": hit.chunk_id,
            "doc_type": hit.doc_type,
            "title": hit.title,
            "heading": hit.heading,
            "lang": hit.lang,
            "product": hit.product,
            "score": hit.score,
        },
    )


class TeineiRetriever(BaseRetriever):
    """``BaseRetriever`` adapter of :class:`~retrieval.search.HybridSearcher`.

    Example:
        >>> retriever = TeineiRetriever(searcher=HybridSearcher(settings), tenant="default")
        >>> docs = retriever.invoke("返品の送料は？")

    Attributes:
        searcher: The process's searcher.
        tenant: Whose documents to search.
        k: How many documents to return.
        filters: Optional doc_type / lang / product filters.
        quotas: Optional minimum hits per doc_type.
    """

    searcher: Any
    tenant: str
    k: int = 8
    filters: SearchFilters | None = None
    quotas: dict[str, int] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        searcher: HybridSearcher = self.searcher
        result = searcher.search(
            query, tenant=self.tenant, k=self.k, filters=self.filters, quotas=self.quotas
        )
        return [hit_to_document(h) for h in result.hits]
