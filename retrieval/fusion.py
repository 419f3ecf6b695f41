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


def fuse_by_group(
    ranked: Mapping[str, Sequence[str]],
    group: Callable[[str], str],
    *,
    weights: Mapping[str, float] | None = None,
    k: int = RRF_K,
) -> list[Fused]:
    """Reciprocal rank fusion at the level of groups (documents), then items within them.

    Chunk-level fusion favours documents that are a single chunk: a long manual may be
    found by its best chunk lexically and by another chunk semantically, and neither chunk
    collects both votes. Here each list is first reduced to a ranking of groups (a group
    ranks where its best item does), the groups are fused, and each group's items follow
    in their own fused order. The first item of a group carries the group's score; a later
    item carries the group's score scaled by how it compares to the first.

    Args:
        ranked: Named ranked lists of item ids, best first.
        group: The group (document id) of an item.
        weights: Weight per list name (missing names weigh 1.0).
        k: The RRF damping constant.

    Returns:
        Every item, best first, with the ranks of the item itself.
    """
    items = reciprocal_rank_fusion(ranked, weights=weights, k=k)
    grouped = {name: list(dict.fromkeys(group(i) for i in ids)) for name, ids in ranked.items()}
    group_score = {f.id: f.score for f in reciprocal_rank_fusion(grouped, weights=weights, k=k)}
    first: dict[str, float] = {}
    out: list[Fused] = []
    for item in items:  # best first, so the first item seen of a group is its best
        g = group(item.id)
        lead = first.setdefault(g, item.score)
        out.append(Fused(item.id, group_score[g] * item.score / lead, item.ranks))
    order = {f.id: n for n, f in enumerate(items)}
    out.sort(key=lambda f: (-f.score, order[f.id]))
    return out


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
