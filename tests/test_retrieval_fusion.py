"""Pure fusion: reciprocal rank fusion, the per-document cap and doc_type quotas."""

from __future__ import annotations

import pytest

from retrieval.fusion import apply_quotas, cap_per_group, reciprocal_rank_fusion


def test_rrf_scores_are_weighted_reciprocal_ranks() -> None:
    fused = reciprocal_rank_fusion({"a": ["x", "y"], "b": ["y", "z"]}, k=60)
    scores = {f.id: f.score for f in fused}
    assert scores["y"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["x"] == pytest.approx(1 / 61)
    assert scores["z"] == pytest.approx(1 / 62)
    assert [f.id for f in fused] == ["y", "x", "z"]
    assert fused[0].ranks == {"a": 2, "b": 1}


def test_rrf_weights_change_the_order() -> None:
    lists = {"lexical": ["lex"], "vector": ["vec"]}
    assert reciprocal_rank_fusion(lists, weights={"lexical": 2.0})[0].id == "lex"
    assert reciprocal_rank_fusion(lists, weights={"vector": 2.0})[0].id == "vec"


def test_rrf_ties_are_deterministic_and_duplicates_count_once() -> None:
    fused = reciprocal_rank_fusion({"a": ["q", "p", "q"], "b": ["p", "q"]})
    # p and q tie (ranks 1+2 each); the tie breaks on best rank, then on id
    assert [f.id for f in fused] == ["p", "q"]
    assert fused[0].score == fused[1].score
    assert reciprocal_rank_fusion({}) == []


def test_rrf_rejects_negative_k() -> None:
    with pytest.raises(ValueError):
        reciprocal_rank_fusion({"a": ["x"]}, k=-1)


def test_cap_per_group_keeps_order_and_limits_each_group() -> None:
    items = [("d1", 1), ("d1", 2), ("d2", 3), ("d1", 4), ("d2", 5), ("d3", 6)]
    assert cap_per_group(items, lambda i: i[0], 1) == [("d1", 1), ("d2", 3), ("d3", 6)]
    assert cap_per_group(items, lambda i: i[0], 2) == [
        ("d1", 1),
        ("d1", 2),
        ("d2", 3),
        ("d2", 5),
        ("d3", 6),
    ]
    assert cap_per_group(items, lambda i: i[0], 0) == items


@pytest.mark.parametrize(
    ("quotas", "k", "expected"),
    [
        ({}, 3, ["m1", "m2", "m3"]),
        ({"policy": 1}, 3, ["m1", "m2", "p1"]),
        ({"policy": 1, "resolution": 1}, 3, ["m1", "r1", "p1"]),
        ({"policy": 5}, 3, ["m1", "p1", "p2"]),  # a quota can't take what doesn't exist
        ({"unknown": 2}, 2, ["m1", "m2"]),
        ({"policy": 1}, 0, []),
    ],
)
def test_quotas_reserve_slots_per_kind_in_rank_order(
    quotas: dict[str, int], k: int, expected: list[str]
) -> None:
    items = ["m1", "m2", "m3", "r1", "m4", "p1", "p2"]
    kind = {"m": "manual", "r": "resolution", "p": "policy"}
    assert apply_quotas(items, lambda i: kind[i[0]], quotas, k) == expected
