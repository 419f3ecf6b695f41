"""The one result type every check returns: a ``Finding``, a span or a whole-text verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from guardrails.taxonomy import Severity

Stage = Literal["input", "output"]


@dataclass(frozen=True)
class Finding:
    """Something a guardrail check found in a text.

    Attributes:
        stage: ``"input"`` for the customer's text, ``"output"`` for a draft.
        check: The check that fired, e.g. ``"pii"``, ``"injection"``, ``"harassment"``.
        type: A sub-type of the check (``"PHONE"`` for PII, a signal name for injection),
            or ``None``.
        start: Start offset (Python string index) into the original text, or ``None`` when
            the finding is about the whole text.
        end: End offset (exclusive) into the original text, or ``None``.
        score: Confidence in ``[0, 1]``.
        severity: One of ``low``, ``medium``, ``high``, ``critical``.
        message: A short human-readable explanation.
    """

    stage: Stage
    check: str
    type: str | None
    start: int | None
    end: int | None
    score: float
    severity: Severity
    message: str

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must be within [0, 1], got {self.score}")
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end must both be set or both be None")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    @property
    def has_span(self) -> bool:
        """Whether the finding points at a span of the text."""
        return self.start is not None

    def span_text(self, text: str) -> str | None:
        """The covered part of ``text`` (the original the offsets refer to), if any."""
        if self.start is None or self.end is None:
            return None
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        """The finding in the JSON shape of DESIGN.md (``teinei guard --json``)."""
        return {
            "stage": self.stage,
            "check": self.check,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "severity": self.severity,
            "message": self.message,
        }
