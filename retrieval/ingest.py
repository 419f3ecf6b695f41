"""``teinei ingest``: load a corpus, chunk it and bring a tenant's indexes up to date.

The corpus is loaded and validated whole before anything is written, so a
:class:`~retrieval.corpus.CorpusError` leaves the previous indexes untouched. Chunk ids are
content hashes: only chunks that are new are embedded, chunks that disappeared are deleted,
and the lexical index is rebuilt from the chunk table (cheap: tokens are stored with the
chunks). A second ingest of an unchanged corpus embeds nothing.
"""

from __future__ import annotations

import fcntl
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.settings import Settings
from retrieval.chunking import Chunk, chunk_corpus
from retrieval.corpus import load_corpus
from retrieval.lexical import (
    ANALYZER_VERSION,
    INDEX_DIRNAME,
    LexicalEntry,
    LexicalIndex,
    analyze,
    text_to_tokens,
    tokens_to_text,
)
from retrieval.policy_store import TenantPolicy, save_policy
from retrieval.search import VERSION_FILE
from retrieval.store import ChunkTable, StoredChunk, StoreFactory, VectorStore, tenant_dir

EMBED_BATCH = 64


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did.

    ``added``, ``updated``, ``deleted`` and ``unchanged`` count documents; ``embedded``
    counts chunks that were embedded (0 when nothing changed).
    """

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

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _embedder_key(embedder: Any) -> str:
    return f"{embedder.name}:{embedder.dim}"


def ingest(
    corpus_dir: Path | str,
    *,
    tenant: str,
    settings: Settings,
    embedder: Any | None = None,
    stores: StoreFactory | None = None,
) -> IngestReport:
    """Bring ``tenant``'s chunk table, vectors and lexical index in line with a corpus.

    Args:
        corpus_dir: A folder in the DESIGN corpus format.
        tenant: Whose indexes to update.
        settings: Data dir, embedder and Chroma settings.
        embedder: Use this embedder instead of ``get_embedder(settings)``.
        stores: Use this store factory instead of Chroma from ``settings``.

    Raises:
        CorpusError: the corpus is malformed (nothing has been written).
        StoreUnavailable: the vector store cannot be reached (nothing has been written).
    """
    t0 = time.perf_counter()
    corpus = load_corpus(corpus_dir)  # whole or nothing: raises before any write
    chunks = list({c.chunk_id: c for c in chunk_corpus(corpus)}.values())

    if embedder is None:
        from retrieval.embedders import get_embedder

        embedder = get_embedder(settings)
    store = (stores or StoreFactory(settings)).for_tenant(tenant)
    directory = tenant_dir(settings, tenant)
    directory.mkdir(parents=True, exist_ok=True)
    # One ingest per tenant at a time (two would each delete what the other adds).
    with (directory / ".ingest.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        table = ChunkTable.for_tenant(settings, tenant)
        try:
            report = _sync(corpus.documents, chunks, tenant, settings, embedder, store, table, t0)
        finally:
            table.close()
        # The tenant is judged by its own escalation rules and company profile from now on.
        save_policy(settings, tenant, TenantPolicy.from_corpus(corpus))
        return report


def _sync(
    documents: list[Any],
    chunks: list[Chunk],
    tenant: str,
    settings: Settings,
    embedder: Any,
    store: VectorStore,
    table: ChunkTable,
    t0: float,
) -> IngestReport:
    before = table.doc_chunks()
    stored_ids = set().union(*before.values()) if before else set()
    key = _embedder_key(embedder)
    wanted = {c.chunk_id for c in chunks}
    # Vectors of another embedder cannot be compared with ours (nor have the same
    # dimension): the collection is dropped and everything is embedded again.
    switched = table.get_meta("embedder") not in (None, key)
    vector_ids = set() if switched else store.ids()
    to_delete_vectors = sorted(vector_ids - wanted)
    # A chunk is embedded unless both the store and the table's local copy have its vector.
    has_vector = vector_ids & table.ids_with_vector()
    to_embed = [c for c in chunks if c.chunk_id not in has_vector]
    if table.get_meta("analyzer") == ANALYZER_VERSION:
        new_rows = [c for c in chunks if c.chunk_id not in stored_ids]
    else:  # tokens stored by another analyzer version: analyze everything again
        new_rows = chunks
    stale_rows = sorted(stored_ids - wanted)

    # Embed everything first: a failure here leaves every index as it was.
    vectors = embed_chunks(embedder, to_embed)
    if switched:
        store.clear()
    store.delete(to_delete_vectors)
    store.upsert(to_embed, vectors)
    table.apply(
        (StoredChunk(c, tokens_to_text(analyze(_lexical_text(c)))) for c in new_rows),
        stale_rows,
    )
    table.set_vectors(
        {c.chunk_id: v.astype(np.float16).tobytes() for c, v in zip(to_embed, vectors, strict=True)}
    )
    table.set_meta("embedder", key)
    table.set_meta("analyzer", ANALYZER_VERSION)
    rebuild_lexical(settings, tenant, table)

    after: dict[str, set[str]] = {}
    for c in chunks:
        after.setdefault(c.doc_id, set()).add(c.chunk_id)
    added = sum(1 for d in after if d not in before)
    updated = sum(1 for d in after if d in before and before[d] != after[d])
    unchanged = sum(1 for d in after if d in before and before[d] == after[d])
    deleted = sum(1 for d in before if d not in after)
    return IngestReport(
        tenant=tenant,
        documents=len(documents),
        chunks=len(chunks),
        added=added,
        updated=updated,
        deleted=deleted,
        unchanged=unchanged,
        embedded=len(to_embed),
        chunks_deleted=len(stale_rows),
        seconds=round(time.perf_counter() - t0, 3),
    )


def embed_chunks(embedder: Any, chunks: Sequence[Chunk]) -> np.ndarray:
    """Passage vectors of ``chunks``, in their order.

    Chunks are embedded shortest first so that each batch holds texts of similar length
    (less padding work for the local models), then put back in order.
    """
    if not chunks:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].embed_text))
    texts = [chunks[i].embed_text for i in order]
    vectors = np.asarray(embedder.embed_passages(texts, EMBED_BATCH), dtype=np.float32)
    out = np.empty_like(vectors)
    out[np.asarray(order)] = vectors
    return out


def _lexical_text(chunk: Chunk) -> str:
    """What BM25 sees: the section path (title and headings) and the text."""
    return f"{chunk.heading}\n{chunk.text}"


def rebuild_lexical(settings: Settings, tenant: str, table: ChunkTable) -> None:
    """Rebuild a tenant's BM25 index from its chunk table and publish a new version."""
    rows = table.index_rows()
    entries = [
        LexicalEntry(cid, doc, dtype, lang, product)
        for cid, doc, dtype, lang, product, _, _ in rows
    ]
    index = LexicalIndex.build(entries, [text_to_tokens(r[5]) for r in rows])
    if rows and all(r[6] for r in rows):
        index.vectors = np.stack(
            [np.frombuffer(r[6] or b"", dtype=np.float16) for r in rows]
        ).astype(np.float32)
    directory = tenant_dir(settings, tenant)
    index.save(directory / INDEX_DIRNAME)
    # The version file is written last: searchers reload when it changes.
    tmp = directory / f".{VERSION_FILE}.tmp"
    tmp.write_text(uuid.uuid4().hex, encoding="utf-8")
    tmp.replace(directory / VERSION_FILE)
