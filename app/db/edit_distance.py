"""Normalised character edit distance between a suggested reply and what the agent sent."""

from __future__ import annotations

import difflib
import re

# Beyond this many DP cells (after the common prefix and suffix are cut), an estimate
# from difflib's matching blocks is used; feedback texts that long are rare.
MAX_CELLS = 4_000_000


PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
CONTEXTS = (12, 6, 3, 1)
MAX_VALUE_CHARS = 120


def align_placeholders(reference: str, text: str) -> str:
    """Put ``reference``'s placeholders into ``text`` where ``text`` has a value instead.

    The stored reply has ``<PERSON_1>`` where the agent's final text has the customer's
    name, which no detector may recognise. Each placeholder is located in ``text`` by the
    characters around it in ``reference`` (a long context first, then shorter ones, since
    the agent may have edited nearby); the span between is replaced. A placeholder whose
    context cannot be found is left alone (the distance then counts that edit).
    """
    spans = list(PLACEHOLDER.finditer(reference))
    out = text
    cursor = 0
    for i, m in enumerate(spans):
        prev_end = spans[i - 1].end() if i else 0
        next_start = spans[i + 1].start() if i + 1 < len(spans) else len(reference)
        for n in CONTEXTS:
            before = reference[max(prev_end, m.start() - n) : m.start()]
            after = reference[m.end() : min(next_start, m.end() + n)]
            found = _locate(out, before, after, cursor)
            if found is None:
                continue
            value_start, value_end = found
            if out[value_start:value_end] != m.group(0):
                out = out[:value_start] + m.group(0) + out[value_end:]
            cursor = value_start + len(m.group(0))
            break
    return out


def _locate(text: str, before: str, after: str, cursor: int) -> tuple[int, int] | None:
    """The span between ``before`` and ``after`` in ``text`` from ``cursor``, if plausible."""
    if not before and not after:
        return None
    start = text.find(before, cursor) if before else cursor
    if start < 0:
        return None
    value_start = start + len(before)
    value_end = text.find(after, value_start + 1) if after else len(text)
    if value_end < 0:
        return None
    value = text[value_start:value_end]
    if not value or len(value) > MAX_VALUE_CHARS or "\n" in value:
        return None
    return value_start, value_end


def levenshtein(a: str, b: str) -> int:
    """Character Levenshtein distance (insertions, deletions, substitutions cost 1)."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    if len(a) * len(b) > MAX_CELLS:
        matched = sum(
            m.size
            for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        )
        return len(a) - matched
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def normalized_edit_distance(suggested: str, final: str) -> float:
    """Levenshtein distance divided by the longer length: 0.0 unchanged, 1.0 rewritten."""
    longest = max(len(suggested), len(final))
    if longest == 0:
        return 0.0
    return round(levenshtein(suggested, final) / longest, 6)
