"""Fakes of teinei's own interfaces, for tests of the parts that use them."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from app.llm import (
    LLMClient,
    LLMError,
    LLMRequest,
    LLMResponse,
    LLMStream,
    Usage,
    parse_json_output,
)

Answer = str | dict[str, Any] | LLMResponse | LLMError


class FakeLLM(LLMClient):
    """An :class:`LLMClient` that answers from a queue and records every request.

    Each answer is used once, in order, by ``generate`` or ``stream`` (and their async
    twins, which run them in a thread):

    - a ``str`` is the model's text; for a request with a schema it is parsed and
      validated like a real backend does, so an invalid one raises ``LLMBadOutput``;
    - a ``dict`` is a JSON answer (its text is the dumped JSON);
    - an :class:`LLMResponse` is returned as it is;
    - an :class:`LLMError` instance is raised, to exercise fallbacks.

    Args:
        answers: The queue, consumed front first.
        default: Used once the queue is empty; without one, an empty queue fails the test.
        backend: The name reported in responses.

    Attributes:
        requests: Every request received, in order.
    """

    def __init__(
        self,
        answers: Iterable[Answer] = (),
        *,
        default: Answer | None = None,
        backend: str = "fake",
    ) -> None:
        self.answers: deque[Answer] = deque(answers)
        self.default = default
        self.backend = backend
        self.requests: list[LLMRequest] = []

    def add(self, *answers: Answer) -> FakeLLM:
        """Queue more answers; returns ``self`` for chaining."""
        self.answers.extend(answers)
        return self

    @property
    def prompts(self) -> list[str]:
        """The last user message of each request, for quick assertions."""
        return [
            next((m["content"] for m in reversed(r.messages) if m.get("role") == "user"), "")
            for r in self.requests
        ]

    def _next(self, req: LLMRequest) -> LLMResponse:
        self.requests.append(req)
        if self.answers:
            answer = self.answers.popleft()
        elif self.default is not None:
            answer = self.default
        else:
            raise AssertionError(f"FakeLLM has no answer left for request #{len(self.requests)}")
        if isinstance(answer, LLMError):
            raise answer
        if isinstance(answer, LLMResponse):
            return answer
        text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        parsed = parse_json_output(text, req.response_schema) if req.response_schema else None
        return LLMResponse(
            text=text,
            parsed=parsed,
            usage=Usage(
                prompt_tokens=sum(len(m.get("content", "")) for m in req.messages) // 4,
                completion_tokens=max(1, len(text) // 4),
            ),
            model="fake-model",
            backend=self.backend,
            latency_ms=0.0,
            finish_reason="stop",
        )

    def generate(self, req: LLMRequest) -> LLMResponse:
        """The next queued answer."""
        return self._next(req)

    def stream(self, req: LLMRequest) -> LLMStream:
        """The next queued answer's text in word-sized deltas.

        Like the real client, nothing happens until the first delta is asked for; a
        queued error (or invalid JSON for a schema) is raised then.
        """
        result: list[LLMResponse] = []

        def deltas() -> Iterator[str]:
            result.append(self._next(req))
            for i, word in enumerate(result[0].text.split(" ")):
                yield word if i == 0 else f" {word}"

        return LLMStream(deltas(), lambda _text: result[0])
