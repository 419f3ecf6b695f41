"""Pure rank fusion and result shaping: reciprocal rank fusion, a per-document cap and
per-doc_type quotas. No I/O; everything here works on plain ids, scores and mappings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")

RRF_K = 60


@dataclass(frozen=True)
class Fused:
    """One item after fusion.

    Attributes:
        id: The item id (a chunk id).
        score: The fused score, higher is better.
        ranks: 1-based rank of the item in each input list it appeared in, by list name.
    """

    id: str
    score: float
    ranks: Mapping[str, int] = field(default_factory=dict)


def reciprocal_rank_fusion(
    ranked: Mapping[str, Sequence[str]],
    *,
    weights: Mapping[str, float] | None = None,
    k: int = RRF_K,
) -> list[Fused]:
    """Fuse ranked lists with weighted reciprocal rank fusion (Cormack et al., 2009).

    ``score(d) = Σ_lists weight_list / (k + rank_list(d))`` with 1-based ranks. Ties are
    broken by the best single rank, then by id, so the result is deterministic.

    Args:
        ranked: Named ranked lists of ids, best first (duplicates after the first are ignored).
        weights: Weight per list name (missing names weigh 1.0).
        k: The RRF damping constant.

    Returns:
        Every id found in any list, best first.
    """
    if k < 0:
        raise ValueError("k must be >= 0")
    weights = weights or {}
    scores: dict[str, float] = {}
    ranks: dict[str, dict[str, int]] = {}
    for name, ids in ranked.items():
        w = float(weights.get(name, 1.0))
        seen: set[str] = set()
        for rank, item in enumerate(ids, start=1):
            if item in seen:
                continue
            seen.add(item)
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
            ranks.setdefault(item, {})[name] = rank
    order = sorted(scores, key=lambda i: (-scores[i], min(ranks[i].values()), i))
    return [Fused(i, scores[i], ranks[i]) for i in order]


def cap_per_group(items: Sequence[T], group: Callable[[T], str], max_per_group: int) -> list[T]:
    """Keep at most ``max_per_group`` items of each group, preserving order.

    Used to keep one long document from filling all the slots (``group`` = its doc id).
    ``max_per_group <= 0`` disables the cap.
    """
    if max_per_group <= 0:
        return list(items)
    counts: Counter[str] = Counter()
    out: list[T] = []
    for item in items:
        g = group(item)
        if counts[g] < max_per_group:
            counts[g] += 1
            out.append(item)
    return out


def apply_quotas(
    items: Sequence[T], kind: Callable[[T], str], quotas: Mapping[str, int], k: int
) -> list[T]:
    """The best ``k`` items such that each kind gets at least its quota when it can.

    ``quotas`` maps a kind (doc_type) to a minimum number of slots. For each kind the best
    ``quota`` items of that kind are reserved first (in rank order, up to what exists); the
    remaining slots go to the best of the rest. The result keeps the input order, so a
    reserved item never jumps above a better one. Quotas that add up to more than ``k`` are
    served in the order of each kind's best item.

    Args:
        items: Candidates, best first.
        kind: The kind of an item.
        quotas: Minimum slots per kind.
        k: How many items to return.
    """
    if k <= 0:
        return []
    chosen: set[int] = set()
    if quotas:
        taken: Counter[str] = Counter()
        for i, item in enumerate(items):
            if len(chosen) >= k:
                break
            c = kind(item)
            if taken[c] < quotas.get(c, 0):
                taken[c] += 1
                chosen.add(i)
    for i in range(len(items)):
        if len(chosen) >= k:
            break
        chosen.add(i)
    return [items[i] for i in sorted(chosen)]
