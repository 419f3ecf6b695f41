"""Storage of a tenant's chunks: vectors in a vector store, texts and metadata in a chunk table.

Every tenant has its own Chroma collection (``teinei__<tenant>``) and its own chunk table,
so isolation does not depend on a filter being remembered. Both the lexical and the vector
side of search return chunk ids; the :class:`ChunkTable` resolves them to texts.

Chroma is always given our own vectors: collections are opened with
``embedding_function=None`` (Chroma's default function would download a model) and telemetry
is off. Metadata filters are applied on our side after an over-fetch, because Chroma's
``where`` clause costs tens of milliseconds on a large collection (see ``bench/retrieval.py``).
"""

from __future__ import annotations

import re
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from app.settings import Settings
from retrieval.chunking import Chunk

_TENANT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")
COLLECTION_PREFIX = "teinei__"


class StoreUnavailable(RuntimeError):
    """The vector store cannot be reached or answered with an error."""


def check_tenant(tenant: str) -> str:
    """Return ``tenant`` if it is a safe name (letters, digits, ``-``, ``_``), else raise.

    A tenant name becomes a directory and a collection name, so it must not be able to
    point anywhere else (``../other``).
    """
    if not _TENANT.match(tenant or ""):
        raise ValueError(
            f"invalid tenant name {tenant!r}: use 1-63 letters, digits, '-' or '_', "
            "starting with a letter or digit"
        )
    return tenant


def tenant_dir(settings: Settings, tenant: str) -> Path:
    """The directory of a tenant's local index files (chunk table, lexical index)."""
    return settings.index_path / check_tenant(tenant)


# --------------------------------------------------------------------------- vector store


class VectorStore(ABC):
    """Nearest-neighbour search over one tenant's chunk vectors.

    Implementations hold one tenant's vectors only. Scores are cosine similarities (higher is
    better). ``where`` is an exact-match filter on chunk metadata (``doc_type``, ``lang``,
    ``product``, ``doc_id``); callers prefer over-fetching and filtering themselves.
    """

    @abstractmethod
    def query(
        self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` nearest chunks to ``vector`` as ``(chunk_id, score)``, best first."""

    @abstractmethod
    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Insert or replace chunks with their vectors (row ``i`` belongs to ``chunks[i]``)."""

    @abstractmethod
    def delete(self, chunk_ids: Sequence[str]) -> None:
        """Remove chunks by id (unknown ids are ignored)."""

    @abstractmethod
    def ids(self) -> set[str]:
        """Every stored chunk id."""

    def count(self) -> int:
        """How many vectors are stored."""
        return len(self.ids())

    def clear(self) -> None:
        """Remove every vector (and whatever fixes the dimension, where there is such)."""
        self.delete(sorted(self.ids()))


def collection_name(tenant: str) -> str:
    """The Chroma collection of a tenant."""
    return f"{COLLECTION_PREFIX}{check_tenant(tenant)}"


def chroma_client(settings: Settings) -> Any:
    """A Chroma client: ``HttpClient`` when ``settings.chroma_url`` is set, else persistent.

    Raises:
        StoreUnavailable: the server cannot be reached.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            ssl = url.scheme == "https"
            return chromadb.HttpClient(
                host=url.hostname or "localhost",
                port=url.port or (443 if ssl else 8000),
                ssl=ssl,
                settings=chroma_settings,
            )
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except Exception as e:  # chromadb raises ValueError/ConnectionError/httpx errors
        raise StoreUnavailable(f"vector store unavailable: {e}") from e


def _meta(chunk: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_id": chunk.doc_id,
        "doc_type": chunk.doc_type,
        "lang": chunk.lang,
        "ordinal": chunk.ordinal,
    }
    if chunk.product:
        meta["product"] = chunk.product
    return meta


class ChromaStore(VectorStore):
    """A tenant's vectors in its own Chroma collection (cosine space, our vectors only).

    Args:
        client: A Chroma client (see :func:`chroma_client`).
        tenant: The tenant whose collection this is.
    """

    def __init__(self, client: Any, tenant: str) -> None:
        self.tenant = check_tenant(tenant)
        self._client = client
        self._collection: Any | None = None

    @property
    def collection(self) -> Any:
        if self._collection is None:
            try:
                self._collection = self._client.get_or_create_collection(
                    collection_name(self.tenant),
                    embedding_function=None,  # never Chroma's default model
                    configuration={"hnsw": {"space": "cosine", "ef_search": 100}},
                )
            except Exception as e:
                raise StoreUnavailable(f"vector store unavailable: {e}") from e
        return self._collection

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except StoreUnavailable:
            raise
        except Exception as e:
            self._collection = None  # reopen next time (the server may have restarted)
            raise StoreUnavailable(f"vector store error: {e}") from e

    def query(
        self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        if k <= 0:
            return []
        col = self.collection
        clause = _where_clause(where) if where else None
        res = self._call(
            lambda: col.query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=k,
                where=clause,
                include=["distances"],
            )
        )
        ids = res["ids"][0] if res["ids"] else []
        dists = res["distances"][0] if res.get("distances") else [0.0] * len(ids)
        return [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=True)]

    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        if len(chunks) != len(vectors):
            raise ValueError("chunks and vectors must have the same length")
        if not chunks:
            return
        col = self.collection
        batch = int(self._call(self._client.get_max_batch_size))
        for start in range(0, len(chunks), batch):
            part = chunks[start : start + batch]
            vecs = np.asarray(vectors[start : start + batch], dtype=np.float32)
            self._call(
                partial(
                    col.upsert,
                    ids=[c.chunk_id for c in part],
                    embeddings=vecs,
                    metadatas=[_meta(c) for c in part],
                )
            )

    def delete(self, chunk_ids: Sequence[str]) -> None:
        if not chunk_ids:
            return
        col = self.collection
        batch = int(self._call(self._client.get_max_batch_size))
        ids = list(chunk_ids)
        for start in range(0, len(ids), batch):
            part = ids[start : start + batch]
            self._call(partial(col.delete, ids=part))

    def ids(self) -> set[str]:
        col = self.collection
        out: set[str] = set()
        offset, page = 0, 5000
        while True:
            res = self._call(partial(col.get, include=[], limit=page, offset=offset))
            out.update(res["ids"])
            if len(res["ids"]) < page:
                return out
            offset += page

    def count(self) -> int:
        col = self.collection
        return int(self._call(col.count))

    def clear(self) -> None:
        # Dropping the collection also drops its dimension, so a new embedder can move in.
        name = collection_name(self.tenant)
        self._call(partial(self._client.delete_collection, name))
        self._collection = None


def _where_clause(where: Mapping[str, Any]) -> dict[str, Any]:
    terms: list[dict[str, Any]] = []
    for key, value in where.items():
        if isinstance(value, list | tuple | set | frozenset):
            terms.append({key: {"$in": sorted(value)}})
        else:
            terms.append({key: value})
    return terms[0] if len(terms) == 1 else {"$and": terms}


class StoreFactory:
    """Opens a tenant's :class:`VectorStore`, reusing one client per process.

    Args:
        settings: Where Chroma lives (``chroma_url`` or ``chroma_path``).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any | None = None
        self._stores: dict[str, VectorStore] = {}

    def for_tenant(self, tenant: str) -> VectorStore:
        """The tenant's store (raises :class:`StoreUnavailable` if Chroma is unreachable)."""
        if tenant not in self._stores:
            if self._client is None:
                self._client = chroma_client(self.settings)
            self._stores[tenant] = ChromaStore(self._client, tenant)
        return self._stores[tenant]

    def reset(self) -> None:
        """Forget the client, so the next call reconnects."""
        self._client = None
        self._stores.clear()


# --------------------------------------------------------------------------- chunk table

_COLUMNS = (
    "chunk_id",
    "doc_id",
    "doc_type",
    "lang",
    "title",
    "heading",
    "text",
    "ordinal",
    "product",
    "source",
    "token_count",
)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, doc_type TEXT NOT NULL, lang TEXT NOT NULL,
    title TEXT NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL, ordinal INTEGER NOT NULL,
    product TEXT, source TEXT NOT NULL, token_count INTEGER NOT NULL,
    tokens TEXT NOT NULL DEFAULT '',
    vector BLOB
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- columns: {", ".join(_COLUMNS)}
"""


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as the table holds it, with its analyzed lexical tokens and its vector.

    The vector (float16 bytes, half the size; precision is not what ranking needs) is a
    local copy of what the vector store holds, from which the lexical index's exact
    subset search is built (see ``HybridSearcher``).
    """

    chunk: Chunk
    tokens: str
    vector: bytes | None = None


class ChunkTable:
    """A tenant's chunks (texts and metadata) in SQLite, keyed by chunk id.

    Args:
        path: The SQLite file (created with its folder on first use).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def for_tenant(cls, settings: Settings, tenant: str) -> ChunkTable:
        """The chunk table of a tenant under ``settings.index_path``."""
        return cls(tenant_dir(settings, tenant) / "chunks.sqlite3")

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.executescript(_SCHEMA)
            self._conn = conn
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def exists(self) -> bool:
        return self.path.exists()

    def doc_chunks(self) -> dict[str, set[str]]:
        """Chunk ids of every stored document, by doc id."""
        out: dict[str, set[str]] = {}
        for doc_id, chunk_id in self.conn.execute("SELECT doc_id, chunk_id FROM chunks"):
            out.setdefault(doc_id, set()).add(chunk_id)
        return out

    def ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT chunk_id FROM chunks")}

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    def apply(self, upserts: Iterable[StoredChunk], deletes: Iterable[str]) -> None:
        """Insert/replace and delete rows in one transaction."""
        rows = [(*(getattr(s.chunk, c) for c in _COLUMNS), s.tokens, s.vector) for s in upserts]
        dels = [(i,) for i in deletes]
        with self.conn:
            self.conn.executemany("DELETE FROM chunks WHERE chunk_id = ?", dels)
            self.conn.executemany(
                f"INSERT OR REPLACE INTO chunks ({', '.join(_COLUMNS)}, tokens, vector) "
                f"VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})",
                rows,
            )

    def set_vectors(self, vectors: Mapping[str, bytes]) -> None:
        """Store the local vector copy of existing rows."""
        with self.conn:
            self.conn.executemany(
                "UPDATE chunks SET vector = ? WHERE chunk_id = ?",
                [(v, cid) for cid, v in vectors.items()],
            )

    def ids_with_vector(self) -> set[str]:
        return {
            r[0] for r in self.conn.execute("SELECT chunk_id FROM chunks WHERE vector IS NOT NULL")
        }

    def index_rows(self) -> list[tuple[str, str, str, str, str | None, str, bytes | None]]:
        """``(chunk_id, doc_id, doc_type, lang, product, tokens, vector)`` of every chunk, in
        document and reading order: what the lexical index is built from, without the texts."""
        cur = self.conn.execute(
            "SELECT chunk_id, doc_id, doc_type, lang, product, tokens, vector FROM chunks "
            "ORDER BY doc_id, ordinal, chunk_id"
        )
        return list(cur)

    def all(self) -> list[StoredChunk]:
        """Every stored chunk, in document and reading order."""
        cur = self.conn.execute(
            f"SELECT {', '.join(_COLUMNS)}, tokens, vector FROM chunks "
            "ORDER BY doc_id, ordinal, chunk_id"
        )
        return [StoredChunk(Chunk(*row[:-2]), row[-2], row[-1]) for row in cur]

    def get(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        """The stored chunks among ``chunk_ids`` (missing ids are left out)."""
        out: dict[str, Chunk] = {}
        if not chunk_ids or (self._conn is None and not self.path.exists()):
            return out  # a search must not create a table for a tenant that has none
        ids = list(dict.fromkeys(chunk_ids))
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            cur = self.conn.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM chunks "
                f"WHERE chunk_id IN ({', '.join('?' * len(part))})",
                part,
            )
            for row in cur:
                out[row[0]] = Chunk(*row)
        return out

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value)
            )
