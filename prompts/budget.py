"""Token budgeting: fit prompt material into a model's context window, most important first.

Priority (DESIGN / drafting issue): policy > flags > latest messages > manuals > past
resolutions. Pure functions over plain dataclasses; token counts come from the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    """Lower value = kept first."""

    POLICY = 0
    FLAGS = 1
    MESSAGES = 2
    MANUAL = 3
    RESOLUTION = 4


@dataclass(frozen=True)
class BudgetItem:
    """One piece of prompt material that may be kept or dropped whole.

    ``order`` breaks ties inside a priority: lower is more important (for messages, the
    newest gets order 0). A ``required`` item is truncated rather than dropped.
    """

    key: str
    priority: Priority
    text: str
    tokens: int
    order: int = 0
    required: bool = False


@dataclass
class Selection:
    """What fits: the kept items (in their original order), what was dropped, tokens used."""

    kept: list[BudgetItem] = field(default_factory=list)
    dropped: list[BudgetItem] = field(default_factory=list)
    truncated: list[str] = field(default_factory=list)
    used: int = 0


def fit(
    items: Sequence[BudgetItem],
    budget: int,
    *,
    count: Callable[[str], int],
) -> Selection:
    """Keep the most important items whose total tokens fit ``budget``.

    Items are taken by (priority, order); one that does not fit is skipped and smaller, less
    important ones may still fit. A required item that does not fit is cut from its start
    (the end of a message is where the customer's current ask usually is) down to what is left.
    """
    ranked = sorted(range(len(items)), key=lambda i: (items[i].priority, items[i].order))
    keep: dict[int, BudgetItem] = {}
    sel = Selection()
    left = budget
    for i in ranked:
        item = items[i]
        if item.tokens <= left:
            keep[i] = item
            left -= item.tokens
        elif item.required and left > 0:
            cut = truncate_head(item.text, left, count)
            keep[i] = BudgetItem(item.key, item.priority, cut, count(cut), item.order, True)
            left -= keep[i].tokens
            sel.truncated.append(item.key)
        else:
            sel.dropped.append(item)
    sel.kept = [keep[i] for i in sorted(keep)]
    sel.used = budget - left
    return sel


def truncate_head(text: str, budget: int, count: Callable[[str], int]) -> str:
    """The longest suffix of ``text`` (marked with a leading ellipsis) within ``budget`` tokens."""
    if count(text) <= budget:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # smallest start index whose suffix fits
        mid = (lo + hi) // 2
        if count("…" + text[mid:]) <= budget:
            hi = mid
        else:
            lo = mid + 1
    return "…" + text[lo:] if lo < len(text) else ""
