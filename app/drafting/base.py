"""The drafter interface: the template drafter and the LLM drafter both implement it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field

from prompts.models import DraftInput, DraftOutput


@dataclass
class DraftResult:
    """A draft and how it was made."""

    output: DraftOutput
    backend: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: int = 0
    notes: list[str] = field(default_factory=list)


class Drafter(ABC):
    """Turns a :class:`DraftInput` into a :class:`DraftOutput`."""

    name: str = "drafter"

    @abstractmethod
    def draft(self, inp: DraftInput) -> DraftResult:
        """One complete draft."""

    def stream(self, inp: DraftInput) -> Iterator[str | DraftResult]:
        """Reply text in pieces as it is produced, then the :class:`DraftResult`.

        The default drafts at once and yields the reply line by line.
        """
        result = self.draft(inp)
        yield from result.output.reply.splitlines(keepends=True)
        yield result
