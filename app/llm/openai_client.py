"""A client for any OpenAI-compatible chat completions endpoint.

OpenAI, Azure OpenAI, vLLM, Ollama and llama.cpp's server all speak
``/v1/chat/completions``; they differ in what they accept for structured output and
streaming usage. The client asks for the strictest form first (``json_schema``), steps
down once a server rejects it (``json_object`` with the schema in the system message,
then the schema in the prompt alone) and remembers the step for later requests.

The SDK's own retries are off: this client retries 429, 5xx and connection errors a
bounded number of times with exponential backoff and jitter, honouring ``Retry-After``,
so the retry budget is visible and testable. The SDK always gets an injected ``httpx``
client: that keeps the HTTP boundary in one place, where respx intercepts it in tests.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import openai
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from app.llm.base import (
    AsyncLLMStream,
    LLMBadOutput,
    LLMClient,
    LLMError,
    LLMRequest,
    LLMResponse,
    LLMStream,
    LLMTimeout,
    LLMUnavailable,
    Message,
    Usage,
    parse_json_output,
)

if TYPE_CHECKING:
    from app.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")

# Structured-output modes, strictest first; a client only ever moves down this list.
JSON_SCHEMA, JSON_OBJECT, PROMPT_ONLY = "json_schema", "json_object", "prompt"
STRUCTURED_MODES = (JSON_SCHEMA, JSON_OBJECT, PROMPT_ONLY)

SCHEMA_INSTRUCTION = (
    "Answer with one JSON object only, no prose and no code fence. "
    "It must conform to this JSON schema:\n{schema}"
)

_STRUCTURED_REJECTION_HINTS = (
    "response_format",
    "json_schema",
    "json_object",
    "unsupported",
    "not supported",
)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before trying a failed call again.

    Attributes:
        max_retries: Retries after the first attempt (so ``max_retries + 1`` attempts).
        backoff_base_s: The first backoff; it doubles on each retry.
        backoff_max_s: Upper bound of one backoff.
        retry_after_max_s: The longest ``Retry-After`` honoured; a server asking for
            more is treated as unavailable rather than waited for.
    """

    max_retries: int = 2
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    retry_after_max_s: float = 20.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Equal-jitter exponential backoff for retry number ``attempt`` (0-based)."""
        cap = min(self.backoff_max_s, self.backoff_base_s * 2**attempt)
        return cap / 2 + rng.uniform(0, cap / 2)


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, or ``retry-after``
    as seconds or as an HTTP date. ``None`` when absent or unreadable."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True)
class _Fault:
    error: LLMError
    retryable: bool
    retry_after: float | None = None


def _classify(exc: Exception) -> _Fault:
    """Map an SDK or transport exception to our error, and whether to retry it."""
    if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
        return _Fault(LLMTimeout(f"LLM request timed out: {exc}"), retryable=False)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        retryable = status in (408, 429) or status >= 500
        error = LLMUnavailable(f"LLM provider answered {status}: {exc.message}", status_code=status)
        return _Fault(error, retryable, parse_retry_after(exc.response.headers))
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError):
        return _Fault(LLMUnavailable(f"LLM provider unreachable: {exc!r}"), retryable=True)
    if isinstance(exc, openai.APIResponseValidationError | json.JSONDecodeError):
        return _Fault(LLMBadOutput(f"LLM provider sent an unreadable response: {exc}"), False)
    return _Fault(LLMUnavailable(f"LLM call failed: {exc!r}"), retryable=False)


def _error_text(exc: openai.APIStatusError) -> str:
    body = exc.body if exc.body is not None else ""
    return f"{exc.message} {json.dumps(body, default=str)}".lower()


def _rejects(exc: Exception, hints: tuple[str, ...]) -> bool:
    """A 400/422 whose message names one of ``hints``: the server does not accept a field."""
    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (400, 422):
        return False
    text = _error_text(exc)
    return any(hint in text for hint in hints)


def _usage(raw: Any) -> Usage:
    if raw is None:
        return Usage()
    return Usage(
        prompt_tokens=int(getattr(raw, "prompt_tokens", 0) or 0),
        completion_tokens=int(getattr(raw, "completion_tokens", 0) or 0),
    )


def with_schema_instruction(messages: list[Message], schema: dict[str, Any]) -> list[Message]:
    """The messages with the schema described in the system message (added if absent)."""
    instruction = SCHEMA_INSTRUCTION.format(schema=json.dumps(schema, ensure_ascii=False))
    if messages and messages[0].get("role") == "system":
        first = dict(messages[0])
        first["content"] = f"{first.get('content', '')}\n\n{instruction}"
        return [first, *messages[1:]]
    return [{"role": "system", "content": instruction}, *messages]


class OpenAICompatibleClient(LLMClient):
    """An :class:`LLMClient` over the official ``openai`` SDK and any compatible server.

    Args:
        base_url: The API root, e.g. ``https://api.openai.com/v1`` or
            ``http://127.0.0.1:8080/v1``; ``None`` uses the SDK's default.
        api_key: The bearer token; servers that need none accept any placeholder.
        model: The model name sent with every request.
        timeout_s: Default seconds for a call, and between two chunks of a stream.
        retry: The retry budget and backoff.
        backend: The registry name reported in responses.
        http_client: The sync transport; one is created when omitted.
        async_http_client: The async transport; one is created when omitted.
        sleep: Called with the seconds to wait between retries (tests pass a recorder).
        async_sleep: The async twin of ``sleep``.
        rng: Source of jitter.

    Attributes:
        base_url: The API root requests go to (``None``: the SDK's default).
        structured_mode: The structured-output form this client currently uses.
        stream_usage: Whether ``stream_options.include_usage`` is still sent.
    """

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout_s: float = 30.0,
        retry: RetryPolicy | None = None,
        backend: str = "openai",
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self.backend = backend
        self.timeout_s = timeout_s
        self.retry = retry or RetryPolicy()
        self.structured_mode = JSON_SCHEMA
        self.stream_usage = True
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._rng = rng or random.Random()
        self._owned: list[httpx.Client] = []
        self._aowned: list[httpx.AsyncClient] = []
        if http_client is None:
            http_client = httpx.Client(timeout=timeout_s)
            self._owned.append(http_client)
        if async_http_client is None:
            async_http_client = httpx.AsyncClient(timeout=timeout_s)
            self._aowned.append(async_http_client)
        # A placeholder key keeps keyless local servers working; the SDK insists on one.
        key = api_key or "not-needed"
        self._client = openai.OpenAI(
            base_url=base_url,
            api_key=key,
            timeout=timeout_s,
            max_retries=0,
            http_client=http_client,
        )
        self._aclient = openai.AsyncOpenAI(
            base_url=base_url,
            api_key=key,
            timeout=timeout_s,
            max_retries=0,
            http_client=async_http_client,
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAICompatibleClient:
        """The ``openai`` backend as configured by ``TEINEI_LLM_*``."""
        return cls(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key,
            timeout_s=settings.llm_timeout_s,
            retry=RetryPolicy(max_retries=settings.llm_max_retries),
        )

    # -- request building -------------------------------------------------------------

    def _kwargs(self, req: LLMRequest, *, stream: bool) -> dict[str, Any]:
        timeout = req.timeout if req.timeout is not None else self.timeout_s
        messages = req.messages
        kwargs: dict[str, Any] = {
            "model": self.model,
            "temperature": req.temperature,
            "max_tokens": req.max_tokens,
            # For a stream this bounds each read, so a stalled stream times out.
            "timeout": httpx.Timeout(timeout),
        }
        schema = req.response_schema
        if schema is not None:
            if self.structured_mode == JSON_SCHEMA:
                kwargs["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": req.schema_name, "schema": schema, "strict": True},
                }
            else:
                messages = with_schema_instruction(messages, schema)
                if self.structured_mode == JSON_OBJECT:
                    kwargs["response_format"] = {"type": "json_object"}
        kwargs["messages"] = messages
        if stream:
            kwargs["stream"] = True
            if self.stream_usage:
                kwargs["stream_options"] = {"include_usage": True}
        return kwargs

    def _step_down(self, exc: Exception, req: LLMRequest, *, stream: bool) -> bool:
        """Adapt to a server that rejected a request field; ``True`` if worth resending."""
        if stream and self.stream_usage and _rejects(exc, ("stream_options", "include_usage")):
            log.warning("%s: server rejects stream_options; streaming without usage", self.backend)
            self.stream_usage = False
            return True
        if req.response_schema is None or self.structured_mode == PROMPT_ONLY:
            return False
        if not _rejects(exc, _STRUCTURED_REJECTION_HINTS):
            return False
        following = STRUCTURED_MODES[STRUCTURED_MODES.index(self.structured_mode) + 1]
        log.warning(
            "%s: server rejects %s output; falling back to %s",
            self.backend,
            self.structured_mode,
            following,
        )
        self.structured_mode = following
        return True

    def _delay(self, exc: Exception, attempt: int) -> float:
        """Seconds to wait before retry ``attempt``; raises our error when not retrying."""
        fault = _classify(exc)
        if not fault.retryable:
            raise fault.error from exc
        if attempt >= self.retry.max_retries:
            fault.error.args = (f"{fault.error} (gave up after {attempt + 1} attempts)",)
            raise fault.error from exc
        if fault.retry_after is not None:
            if fault.retry_after > self.retry.retry_after_max_s:
                fault.error.args = (f"{fault.error} (asked to retry after {fault.retry_after:g}s)",)
                raise fault.error from exc
            delay = fault.retry_after
        else:
            delay = self.retry.backoff(attempt, self._rng)
        log.warning("%s: %s; retry %d in %.2fs", self.backend, fault.error, attempt + 1, delay)
        return delay

    def _send(self, req: LLMRequest, *, stream: bool) -> Any:
        attempt = 0
        while True:
            try:
                return self._client.chat.completions.create(**self._kwargs(req, stream=stream))
            except (openai.OpenAIError, httpx.HTTPError) as exc:
                if self._step_down(exc, req, stream=stream):
                    continue
                self._sleep(self._delay(exc, attempt))
                attempt += 1

    async def _asend(self, req: LLMRequest, *, stream: bool) -> Any:
        attempt = 0
        while True:
            try:
                return await self._aclient.chat.completions.create(
                    **self._kwargs(req, stream=stream)
                )
            except (openai.OpenAIError, httpx.HTTPError) as exc:
                if self._step_down(exc, req, stream=stream):
                    continue
                await self._async_sleep(self._delay(exc, attempt))
                attempt += 1

    # -- responses ----------------------------------------------------------------------

    def _response(self, completion: ChatCompletion, req: LLMRequest, started: float) -> LLMResponse:
        if not isinstance(completion, ChatCompletion) or not completion.choices:
            raise LLMBadOutput("LLM provider sent a completion without choices")
        choice = completion.choices[0]
        text = choice.message.content or ""
        return LLMResponse(
            text=text,
            parsed=parse_json_output(text, req.response_schema) if req.response_schema else None,
            usage=_usage(completion.usage),
            model=completion.model or self.model,
            backend=self.backend,
            latency_ms=(time.perf_counter() - started) * 1000,
            finish_reason=choice.finish_reason,
        )

    def generate(self, req: LLMRequest) -> LLMResponse:
        """Complete ``req``; see :meth:`LLMClient.generate`."""
        started = time.perf_counter()
        return self._response(self._send(req, stream=False), req, started)

    async def agenerate(self, req: LLMRequest) -> LLMResponse:
        """Async :meth:`generate` over the SDK's async client."""
        started = time.perf_counter()
        return self._response(await self._asend(req, stream=False), req, started)

    def stream(self, req: LLMRequest) -> LLMStream:
        """Stream ``req``'s deltas; the returned stream's ``response`` has usage and JSON.

        Raises:
            LLMTimeout: No chunk arrived within the timeout (a stalled stream).
        """
        started = time.perf_counter()
        state = _StreamState(model=self.model)

        def deltas() -> Iterator[str]:
            chunks = self._send(req, stream=True)
            try:
                for chunk in chunks:
                    delta = state.absorb(chunk)
                    if delta:
                        yield delta
            except (openai.OpenAIError, httpx.HTTPError) as exc:
                raise self._stream_error(exc, req) from exc
            finally:
                chunks.close()

        return LLMStream(deltas(), lambda text: state.finish(text, req, self.backend, started))

    def astream(self, req: LLMRequest) -> AsyncLLMStream:
        """Async :meth:`stream` over the SDK's async client."""
        started = time.perf_counter()
        state = _StreamState(model=self.model)

        async def deltas() -> AsyncIterator[str]:
            chunks = await self._asend(req, stream=True)
            try:
                async for chunk in chunks:
                    delta = state.absorb(chunk)
                    if delta:
                        yield delta
            except (openai.OpenAIError, httpx.HTTPError) as exc:
                raise self._stream_error(exc, req) from exc
            finally:
                await chunks.close()

        return AsyncLLMStream(deltas(), lambda text: state.finish(text, req, self.backend, started))

    def _stream_error(self, exc: Exception, req: LLMRequest) -> LLMError:
        if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
            idle = req.timeout if req.timeout is not None else self.timeout_s
            return LLMTimeout(f"LLM stream stalled: no chunk for {idle:g}s")
        return _classify(exc).error

    def close(self) -> None:
        """Close the sync transport if this client created it."""
        for client in self._owned:
            client.close()

    async def aclose(self) -> None:
        """Close both transports this client created."""
        self.close()
        for aclient in self._aowned:
            await aclient.aclose()


@dataclass
class _StreamState:
    """What a stream's chunks told us besides the text."""

    model: str
    usage: Usage | None = None
    finish_reason: str | None = None

    def absorb(self, chunk: ChatCompletionChunk) -> str:
        if chunk.model:
            self.model = chunk.model
        if chunk.usage is not None:
            self.usage = _usage(chunk.usage)
        text = ""
        for choice in chunk.choices:
            if choice.index != 0:
                continue
            text += choice.delta.content or ""
            if choice.finish_reason:
                self.finish_reason = choice.finish_reason
        return text

    def finish(self, text: str, req: LLMRequest, backend: str, started: float) -> LLMResponse:
        return LLMResponse(
            text=text,
            parsed=parse_json_output(text, req.response_schema) if req.response_schema else None,
            usage=self.usage or Usage(),
            model=self.model,
            backend=backend,
            latency_ms=(time.perf_counter() - started) * 1000,
            finish_reason=self.finish_reason,
        )
