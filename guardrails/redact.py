"""Redaction: apply operators to PII findings, and put the values back in a draft.

Detection (``guardrails.pii``) only finds spans; this module transforms text. The default
operator replaces each value with a typed, numbered placeholder (``<PHONE_1>``,
``<PERSON_2>``); the same value always gets the same placeholder, so the drafting model can
still tell "the same person" from "another person". ``restore`` reverses it for the draft
shown to the agent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from guardrails.findings import Finding

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")
"""What a placeholder looks like: ``<TYPE_N>``."""


@dataclass(frozen=True)
class Redaction:
    """A redacted text and what it takes to undo it.

    Attributes:
        text: The text with every finding replaced by its placeholder.
        mapping: Placeholder -> original value (e.g. ``{"<PHONE_1>": "090-1234-5678"}``).
        findings: The findings that were applied, in text order.
    """

    text: str
    mapping: dict[str, str] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()


def _spans(findings: Iterable[Finding]) -> list[Finding]:
    """Findings with spans, in text order, overlaps dropped (earliest, then longest wins)."""
    ordered = sorted(
        (f for f in findings if f.start is not None and f.end is not None and f.end > f.start),
        key=lambda f: (f.start, -(f.end or 0)),
    )
    kept: list[Finding] = []
    for f in ordered:
        if kept and (f.start or 0) < (kept[-1].end or 0):
            continue
        kept.append(f)
    return kept


def redact(
    text: str, findings: Iterable[Finding], mapping: Mapping[str, str] | None = None
) -> Redaction:
    """Replace each finding's span with a typed, numbered placeholder.

    Args:
        text: The text the findings' offsets refer to.
        findings: Span findings (usually from ``detect_pii``); findings without a span are
            ignored, and of overlapping spans the earliest (then the longest) wins.
        mapping: An existing placeholder mapping to extend, so that several messages of one
            ticket share placeholders (the same phone number is ``<PHONE_1>`` everywhere).

    Returns:
        The redacted text and the placeholder mapping.
    """
    placeholders = dict(mapping or {})
    by_value: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = {}
    for placeholder, value in placeholders.items():
        m = PLACEHOLDER.fullmatch(placeholder)
        if m is None:
            continue
        kind, number = m.group(1), int(m.group(2))
        by_value[(kind, value)] = placeholder
        counters[kind] = max(counters.get(kind, 0), number)

    applied = _spans(findings)
    pieces: list[str] = []
    cursor = 0
    for f in applied:
        start, end = f.start or 0, f.end or 0
        kind = (f.type or f.check).upper()
        value = text[start:end]
        if (kind, value) not in by_value:
            counters[kind] = counters.get(kind, 0) + 1
            by_value[(kind, value)] = f"<{kind}_{counters[kind]}>"
            placeholders[by_value[(kind, value)]] = value
        placeholder = by_value[(kind, value)]
        pieces.append(text[cursor:start])
        pieces.append(placeholder)
        cursor = end
    pieces.append(text[cursor:])
    return Redaction(text="".join(pieces), mapping=placeholders, findings=tuple(applied))


class StreamRestorer:
    """``restore`` for text that arrives in pieces: a placeholder split across two pieces
    (``<PHO`` + ``NE_1>``) is held back until it is complete."""

    _PARTIAL = re.compile(r"<[A-Z_0-9]{0,24}$")

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = mapping
        self._held = ""

    def feed(self, piece: str) -> str:
        """Restored text that is safe to show now."""
        text = self._held + piece
        m = self._PARTIAL.search(text)
        self._held = text[m.start() :] if m else ""
        ready = text[: m.start()] if m else text
        return restore(ready, self.mapping)

    def flush(self) -> str:
        """Whatever is still held back, restored."""
        text, self._held = self._held, ""
        return restore(text, self.mapping)


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Put the original values back in place of the placeholders of ``mapping``.

    Placeholders that are not in ``mapping`` (an LLM may invent ``<PHONE_9>``) are left as
    they are, so that nothing is made up.
    """
    return PLACEHOLDER.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
