"""OpenAICompatibleClient against a mocked HTTP boundary (respx) and a stalling socket."""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import respx

from app.llm import (
    LLMBadOutput,
    LLMRequest,
    LLMStream,
    LLMTimeout,
    LLMUnavailable,
    OpenAICompatibleClient,
    RetryPolicy,
    Usage,
)
from app.llm.base import AsyncLLMStream
from app.llm.openai_client import parse_retry_after

BASE = "http://llm.test/v1"
CHAT = f"{BASE}/chat/completions"
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "reply": {"type": "string"},
        "escalate": {"type": "boolean"},
    },
    "required": ["reply", "escalate"],
    "additionalProperties": False,
}
HELLO = LLMRequest(
    messages=[{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Hi"}]
)
STRUCTURED = LLMRequest(
    messages=[
        {"role": "system", "content": "Draft a reply."},
        {"role": "user", "content": "Broken!"},
    ],
    response_schema=SCHEMA,
    schema_name="draft",
)


def completion(
    content: str, *, prompt_tokens: int = 11, completion_tokens: int = 7
) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "test-model-2024",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def sse(*deltas: str, usage: bool = True) -> bytes:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "test-model-2024",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": d}) for d in deltas]
    events.append(chunk({}, "stop"))
    if usage:
        events.append(
            {
                "id": "chatcmpl-1",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "test-model-2024",
                "choices": [],
                "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
            }
        )
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return body.encode()


def sse_response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})


def rejected(message: str, status: int = 400) -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"message": message, "type": "invalid_request_error"}}
    )


def sent(route: respx.Route, index: int = -1) -> dict[str, Any]:
    return json.loads(route.calls[index].request.content)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(sleeps: list[float]) -> Iterator[OpenAICompatibleClient]:
    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    llm = OpenAICompatibleClient(
        model="test-model",
        base_url=BASE,
        api_key="sk-test",
        timeout_s=5.0,
        retry=RetryPolicy(
            max_retries=2, backoff_base_s=0.5, backoff_max_s=4.0, retry_after_max_s=10
        ),
        sleep=sleeps.append,
        async_sleep=async_sleep,
        rng=random.Random(7),
    )
    yield llm
    llm.close()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        yield mock


# -- the HTTP boundary is really intercepted -------------------------------------------


def test_requests_go_through_the_injected_httpx_client(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    route = router.post(CHAT).mock(return_value=httpx.Response(200, json=completion("Hello")))

    client.generate(HELLO)

    assert route.called and route.call_count == 1
    request = route.calls.last.request
    assert request.headers["authorization"] == "Bearer sk-test"
    body = sent(route)
    assert body["model"] == "test-model"
    assert body["messages"] == HELLO.messages
    assert body["temperature"] == HELLO.temperature
    assert body["max_tokens"] == HELLO.max_tokens
    assert "response_format" not in body


def test_an_unrouted_request_fails_loudly_instead_of_reaching_the_network(
    sleeps: list[float],
) -> None:
    llm = OpenAICompatibleClient(
        model="m", base_url=BASE, retry=RetryPolicy(max_retries=0), sleep=sleeps.append
    )
    with respx.mock(assert_all_mocked=True), pytest.raises(LLMUnavailable) as info:
        llm.generate(HELLO)

    chain: list[BaseException] = []
    cause: BaseException | None = info.value
    while cause is not None:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    assert any(type(c).__name__ == "AllMockedAssertionError" for c in chain), chain


# -- plain completions ---------------------------------------------------------------------


def test_generate_returns_text_usage_and_metadata(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    router.post(CHAT).mock(
        return_value=httpx.Response(
            200,
            json=completion(
                "お問い合わせありがとうございます。", prompt_tokens=42, completion_tokens=9
            ),
        )
    )

    response = client.generate(HELLO)

    assert response.text == "お問い合わせありがとうございます。"
    assert response.parsed is None
    assert response.usage == Usage(prompt_tokens=42, completion_tokens=9)
    assert response.usage.as_dict() == {"prompt_tokens": 42, "completion_tokens": 9}
    assert response.model == "test-model-2024"
    assert response.backend == "openai"
    assert response.finish_reason == "stop"
    assert response.latency_ms > 0


def test_agenerate_uses_the_async_transport(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    route = router.post(CHAT).mock(return_value=httpx.Response(200, json=completion("async hi")))

    response = asyncio.run(client.agenerate(HELLO))

    assert response.text == "async hi"
    assert response.usage.prompt_tokens == 11
    assert route.call_count == 1


def test_request_timeout_overrides_the_default(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    route = router.post(CHAT).mock(return_value=httpx.Response(200, json=completion("ok")))

    client.generate(LLMRequest(messages=HELLO.messages, timeout=1.5))

    assert route.calls.last.request.extensions["timeout"]["read"] == 1.5


# -- streaming ---------------------------------------------------------------------------


def test_stream_yields_deltas_then_a_response_with_usage(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    route = router.post(CHAT).mock(return_value=sse_response(sse("申し訳", "ございません")))

    stream = client.stream(HELLO)
    deltas = list(stream)

    assert deltas == ["申し訳", "ございません"]
    assert isinstance(stream, LLMStream) and stream.response is not None
    assert stream.response.text == "申し訳ございません"
    assert stream.response.usage == Usage(prompt_tokens=5, completion_tokens=3)
    assert stream.response.finish_reason == "stop"
    body = sent(route)
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}


def test_astream_yields_deltas_then_a_response_with_usage(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    router.post(CHAT).mock(return_value=sse_response(sse("Sorry", " about", " that")))

    async def run() -> tuple[list[str], AsyncLLMStream]:
        stream = client.astream(HELLO)
        return [d async for d in stream], stream

    deltas, stream = asyncio.run(run())

    assert deltas == ["Sorry", " about", " that"]
    assert stream.response is not None
    assert stream.response.text == "Sorry about that"
    assert stream.response.usage.completion_tokens == 3


def test_stream_options_rejection_streams_without_usage_and_is_remembered(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    route = router.post(CHAT).mock(
        side_effect=[
            rejected("Unrecognized request argument supplied: stream_options"),
            sse_response(sse("ok", usage=False)),
            sse_response(sse("again", usage=False)),
        ]
    )

    first = client.stream(HELLO)
    assert list(first) == ["ok"]
    assert list(client.stream(HELLO)) == ["again"]

    assert first.response is not None and first.response.usage == Usage()
    assert "stream_options" not in sent(route, 1)
    assert "stream_options" not in sent(route, 2)
    assert client.stream_usage is False


def test_stream_with_schema_yields_everything_then_rejects_bad_json(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    router.post(CHAT).mock(return_value=sse_response(sse('{"reply": ', '"cut')))

    stream = client.stream(STRUCTURED)
    received = []
    with pytest.raises(LLMBadOutput) as info:
        for delta in stream:
            received.append(delta)

    assert received == ['{"reply": ', '"cut']
    assert info.value.text == '{"reply": "cut'


class _StallingHandler(BaseHTTPRequestHandler):
    """Sends the SSE headers and one chunk, then goes silent."""

    release = threading.Event()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.end_headers()
        first = {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": "first"}, "finish_reason": None}],
        }
        self.wfile.write(f"data: {json.dumps(first)}\n\n".encode())
        self.wfile.flush()
        self.release.wait(timeout=5)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_stalled_stream_raises_llm_timeout() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StallingHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    llm = OpenAICompatibleClient(
        model="m",
        base_url=f"http://127.0.0.1:{server.server_address[1]}/v1",
        timeout_s=0.3,
        retry=RetryPolicy(max_retries=0),
    )
    try:
        stream = llm.stream(HELLO)
        assert next(stream) == "first"
        with pytest.raises(LLMTimeout, match="stalled"):
            next(stream)
    finally:
        _StallingHandler.release.set()
        llm.close()
        server.shutdown()
        server.server_close()


# -- structured output ------------------------------------------------------------------


def test_json_schema_is_requested_strictly_and_the_answer_parsed(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    answer = {"reply": "ご不便をおかけし申し訳ございません。", "escalate": False}
    route = router.post(CHAT).mock(
        return_value=httpx.Response(200, json=completion(json.dumps(answer, ensure_ascii=False)))
    )

    response = client.generate(STRUCTURED)

    assert response.parsed == answer
    assert sent(route)["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "draft", "schema": SCHEMA, "strict": True},
    }
    assert sent(route)["messages"] == STRUCTURED.messages


def test_rejected_json_schema_falls_back_to_json_object_and_remembers(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    answer = json.dumps({"reply": "We are sorry.", "escalate": True})
    route = router.post(CHAT).mock(
        side_effect=[
            rejected("response_format type 'json_schema' is not supported by this model"),
            httpx.Response(200, json=completion(answer)),
            httpx.Response(200, json=completion(answer)),
        ]
    )

    first = client.generate(STRUCTURED)
    second = client.generate(STRUCTURED)

    assert first.parsed == second.parsed == {"reply": "We are sorry.", "escalate": True}
    assert route.call_count == 3  # one rejection, then json_object straight away
    assert client.structured_mode == "json_object"
    assert sleeps == []  # a downgrade is not a retry
    for index in (1, 2):
        body = sent(route, index)
        assert body["response_format"] == {"type": "json_object"}
        system = body["messages"][0]
        assert system["role"] == "system"
        assert system["content"].startswith("Draft a reply.")
        assert json.dumps(SCHEMA) in system["content"]
        assert body["messages"][1:] == STRUCTURED.messages[1:]


def test_a_server_without_response_format_gets_the_schema_in_the_prompt(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    route = router.post(CHAT).mock(
        side_effect=[
            rejected("json_schema unsupported"),
            rejected("response_format is not supported"),
            httpx.Response(
                200, json=completion('```json\n{"reply": "Sorry.", "escalate": false}\n```')
            ),
        ]
    )

    response = client.generate(STRUCTURED)

    assert response.parsed == {"reply": "Sorry.", "escalate": False}
    assert "response_format" not in sent(route, 2)
    assert client.structured_mode == "prompt"


def test_fallback_output_is_still_validated_against_the_schema(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    client.structured_mode = "json_object"
    router.post(CHAT).mock(
        return_value=httpx.Response(200, json=completion('{"reply": "Sorry.", "escalate": "yes"}'))
    )

    with pytest.raises(LLMBadOutput, match="escalate"):
        client.generate(STRUCTURED)


def test_a_400_unrelated_to_structured_output_is_not_a_fallback(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    route = router.post(CHAT).mock(return_value=rejected("maximum context length exceeded"))

    with pytest.raises(LLMUnavailable) as info:
        client.generate(STRUCTURED)

    assert info.value.status_code == 400
    assert route.call_count == 1
    assert client.structured_mode == "json_schema"


@pytest.mark.parametrize(
    "content",
    ['{"reply": "Sorry.", "escalate": fal', "I am sorry, here is your JSON", '["reply"]'],
    ids=["truncated", "prose", "not-an-object"],
)
def test_malformed_json_raises_bad_output_with_the_raw_text(
    client: OpenAICompatibleClient, router: respx.MockRouter, content: str
) -> None:
    router.post(CHAT).mock(return_value=httpx.Response(200, json=completion(content)))

    with pytest.raises(LLMBadOutput) as info:
        client.generate(STRUCTURED)

    assert info.value.text == content


def test_a_non_json_body_raises_bad_output(
    client: OpenAICompatibleClient, router: respx.MockRouter
) -> None:
    router.post(CHAT).mock(return_value=httpx.Response(200, text="<html>proxy error</html>"))

    with pytest.raises(LLMBadOutput):
        client.generate(HELLO)


# -- retries -------------------------------------------------------------------------------


def test_429_honours_retry_after_then_succeeds(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    route = router.post(CHAT).mock(
        side_effect=[
            httpx.Response(
                429, headers={"retry-after": "3"}, json={"error": {"message": "slow down"}}
            ),
            httpx.Response(200, json=completion("ok")),
        ]
    )

    assert client.generate(HELLO).text == "ok"
    assert route.call_count == 2
    assert sleeps == [3.0]


def test_async_429_honours_retry_after_ms(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    router.post(CHAT).mock(
        side_effect=[
            httpx.Response(
                429, headers={"retry-after-ms": "250"}, json={"error": {"message": "x"}}
            ),
            httpx.Response(200, json=completion("ok")),
        ]
    )

    assert asyncio.run(client.agenerate(HELLO)).text == "ok"
    assert sleeps == [0.25]


def test_a_retry_after_beyond_the_limit_gives_up_at_once(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    route = router.post(CHAT).mock(
        return_value=httpx.Response(
            429, headers={"retry-after": "120"}, json={"error": {"message": "quota"}}
        )
    )

    with pytest.raises(LLMUnavailable, match="retry after 120s") as info:
        client.generate(HELLO)

    assert info.value.status_code == 429
    assert route.call_count == 1
    assert sleeps == []


def test_500_then_success_backs_off_with_jitter(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    route = router.post(CHAT).mock(
        side_effect=[
            httpx.Response(500, json={"error": {"message": "boom"}}),
            httpx.Response(200, json=completion("ok")),
        ]
    )

    assert client.generate(HELLO).text == "ok"
    assert route.call_count == 2
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.5


def test_repeated_500_gives_up_after_the_retry_budget(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    route = router.post(CHAT).mock(
        return_value=httpx.Response(503, json={"error": {"message": "down"}})
    )

    with pytest.raises(LLMUnavailable, match="gave up after 3 attempts") as info:
        client.generate(HELLO)

    assert info.value.status_code == 503
    assert route.call_count == 3
    assert len(sleeps) == 2
    assert 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0


def test_connection_errors_are_retried(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    route = router.post(CHAT).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=completion("ok"))]
    )

    assert client.generate(HELLO).text == "ok"
    assert route.call_count == 2 and len(sleeps) == 1


@pytest.mark.parametrize("status", [401, 403, 404])
def test_client_errors_are_not_retried(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float], status: int
) -> None:
    route = router.post(CHAT).mock(
        return_value=httpx.Response(status, json={"error": {"message": "no"}})
    )

    with pytest.raises(LLMUnavailable) as info:
        client.generate(HELLO)

    assert info.value.status_code == status
    assert route.call_count == 1 and sleeps == []


def test_a_timeout_raises_llm_timeout_without_retrying(
    client: OpenAICompatibleClient, router: respx.MockRouter, sleeps: list[float]
) -> None:
    route = router.post(CHAT).mock(side_effect=httpx.ReadTimeout("slow"))

    with pytest.raises(LLMTimeout):
        client.generate(HELLO)
    with pytest.raises(LLMTimeout):
        asyncio.run(client.agenerate(HELLO))

    assert route.call_count == 2 and sleeps == []


@pytest.mark.parametrize("attempt", range(8))
def test_backoff_grows_exponentially_and_stays_bounded(attempt: int) -> None:
    policy = RetryPolicy(backoff_base_s=0.5, backoff_max_s=4.0)
    cap = min(4.0, 0.5 * 2**attempt)
    rng = random.Random(attempt)

    delays = [policy.backoff(attempt, rng) for _ in range(50)]

    assert all(cap / 2 <= d <= cap for d in delays)
    assert max(delays) <= 4.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_parse_retry_after_as_an_http_date() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    header = format_datetime(now + timedelta(seconds=30), usegmt=True)

    assert parse_retry_after(httpx.Headers({"retry-after": header}), now=now.timestamp()) == 30.0
