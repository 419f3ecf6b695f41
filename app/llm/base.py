"""The LLM contract: one request type, one response type, one small abstract client.

Every backend (an OpenAI-compatible endpoint, the in-process llama.cpp server, the
template drafter, the test fake) implements :class:`LLMClient`. Provider faults are
raised as :class:`LLMError` subclasses only, so a caller can fall back on one ``except``.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import jsonschema

Message = dict[str, str]


class LLMError(Exception):
    """Base of every provider fault; the suggest pipeline falls back on any of them.

    Attributes:
        status_code: The HTTP status the provider answered with, when there was one.
    """

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class LLMTimeout(LLMError):
    """The provider did not answer, or a stream stalled, within the allowed time."""


class LLMUnavailable(LLMError):
    """The provider cannot be reached, refused the request, or kept failing after retries."""


class LLMBadOutput(LLMError):
    """The provider answered, but the output is not valid JSON or does not match the schema.

    Attributes:
        text: The raw text the model produced, for logging and eval reports.
    """

    def __init__(self, message: str, *, text: str = "") -> None:
        super().__init__(message)
        self.text = text


@dataclass(frozen=True)
class Usage:
    """Token counts reported by the provider (zero when it reported none)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counts as the ``usage`` object of a suggestion."""
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens}


@dataclass(frozen=True)
class LLMRequest:
    """One chat completion request, independent of the backend.

    Attributes:
        messages: Chat messages, each ``{"role": "system"|"user"|"assistant", "content": ...}``.
        response_schema: A JSON schema the answer must satisfy; ``None`` for free text.
        schema_name: The name sent with the schema (``[a-zA-Z0-9_-]``, at most 64 chars).
        temperature: Sampling temperature.
        max_tokens: Upper bound on completion tokens.
        timeout: Seconds allowed for the whole call (or, when streaming, between two
            chunks); ``None`` uses the client's default.
    """

    messages: list[Message]
    response_schema: dict[str, Any] | None = None
    schema_name: str = "response"
    temperature: float = 0.2
    max_tokens: int = 1024
    timeout: float | None = None


@dataclass(frozen=True)
class LLMResponse:
    """The outcome of one completion.

    Attributes:
        text: The text the model produced.
        parsed: The JSON object, validated against the request's schema; ``None`` when
            the request had no schema.
        usage: Token counts.
        model: The model name the provider reported.
        backend: The registry name of the backend that answered.
        latency_ms: Wall time of the call, retries included.
        finish_reason: ``stop``, ``length``, ... as the provider reported it.
    """

    text: str
    parsed: dict[str, Any] | None = None
    usage: Usage = field(default_factory=Usage)
    model: str = ""
    backend: str = ""
    latency_ms: float = 0.0
    finish_reason: str | None = None


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_json_output(text: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Parse a model's JSON answer and validate it against ``schema``.

    A surrounding Markdown code fence is tolerated, since models asked for JSON in
    the prompt alone often add one.

    Raises:
        LLMBadOutput: The text is not a JSON object or does not satisfy the schema.
    """
    fenced = _FENCE.match(text)
    body = fenced.group(1) if fenced else text
    try:
        value = json.loads(body)
    except json.JSONDecodeError as exc:
        raise LLMBadOutput(f"model output is not valid JSON: {exc}", text=text) from exc
    if not isinstance(value, dict):
        raise LLMBadOutput(
            f"model output is JSON but not an object: {type(value).__name__}", text=text
        )
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        where = "; ".join(
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors[:5]
        )
        raise LLMBadOutput(f"model output does not match the schema: {where}", text=text)
    return value


class LLMStream(Iterator[str]):
    """Text deltas of a streamed completion; the full response once it is exhausted.

    Iterate it for the deltas; afterwards :attr:`response` holds the joined text, the
    usage (when the provider sent it), the finish reason and, for a request with a
    schema, the validated JSON. Invalid JSON is raised as :class:`LLMBadOutput` when
    the iteration ends, after every delta was delivered.
    """

    def __init__(self, deltas: Iterator[str], finish: Callable[[str], LLMResponse]) -> None:
        self._deltas = deltas
        self._finish = finish
        self._parts: list[str] = []
        self.response: LLMResponse | None = None

    def __iter__(self) -> LLMStream:
        return self

    def __next__(self) -> str:
        try:
            delta = next(self._deltas)
        except StopIteration:
            if self.response is None:
                self.response = self._finish("".join(self._parts))
            raise
        self._parts.append(delta)
        return delta


class LLMClient(ABC):
    """A chat model behind one small interface.

    Subclasses implement :meth:`generate` and :meth:`stream`; the async twins default
    to running those in a worker thread, and backends with a native async transport
    override them.

    Attributes:
        backend: The registry name reported in :attr:`LLMResponse.backend`.
    """

    backend: str = "unknown"

    @abstractmethod
    def generate(self, req: LLMRequest) -> LLMResponse:
        """Complete ``req`` and return the whole answer.

        Raises:
            LLMError: Any provider fault (:class:`LLMTimeout`, :class:`LLMUnavailable`,
                :class:`LLMBadOutput`).
        """

    @abstractmethod
    def stream(self, req: LLMRequest) -> Iterator[str]:
        """Complete ``req``, yielding text deltas as they arrive.

        Raises:
            LLMError: As :meth:`generate`, possibly after some deltas were yielded.
        """

    async def agenerate(self, req: LLMRequest) -> LLMResponse:
        """Async :meth:`generate`."""
        return await asyncio.to_thread(self.generate, req)

    async def astream(self, req: LLMRequest) -> AsyncIterator[str]:
        """Async :meth:`stream`: the sync stream is driven from a worker thread."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        stop = threading.Event()

        def pump() -> None:
            try:
                for delta in self.stream(req):
                    if stop.is_set():
                        return
                    loop.call_soon_threadsafe(queue.put_nowait, ("delta", delta))
            except BaseException as exc:
                loop.call_soon_threadsafe(queue.put_nowait, ("error", exc))
            else:
                loop.call_soon_threadsafe(queue.put_nowait, ("end", None))

        worker = loop.run_in_executor(None, pump)
        try:
            while True:
                kind, value = await queue.get()
                if kind == "delta":
                    yield value
                elif kind == "error":
                    raise value
                else:
                    break
        finally:
            stop.set()
            await worker

    def close(self) -> None:  # noqa: B027 - optional hook, most backends hold nothing
        """Release connections or processes the client holds."""


class AsyncLLMStream(AsyncIterator[str]):
    """Async twin of :class:`LLMStream`: deltas, then :attr:`response` once exhausted."""

    def __init__(self, deltas: AsyncIterator[str], finish: Callable[[str], LLMResponse]) -> None:
        self._deltas = deltas
        self._finish = finish
        self._parts: list[str] = []
        self.response: LLMResponse | None = None

    def __aiter__(self) -> AsyncLLMStream:
        return self

    async def __anext__(self) -> str:
        try:
            delta = await anext(self._deltas)
        except StopAsyncIteration:
            if self.response is None:
                self.response = self._finish("".join(self._parts))
            raise
        self._parts.append(delta)
        return delta
