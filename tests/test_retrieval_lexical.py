"""The lexical analyzer (ja/en/mixed) and the BM25 index."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.lexical import LexicalEntry, LexicalIndex, analyze, stem_en


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HK-H200のヒーターが発火しました", ["hk-h200", "hk", "h200", "ヒーター", "発火"]),
        ("返品したいです！", ["返品"]),
        ("電源が入らなかった", ["電源", "入る"]),
        ("ＨＫ－Ｈ２００", ["hk-h200", "hk", "h200"]),
        ("The kettles stopped working", ["kettle", "stop", "work"]),
        ("I want a refund of 30,000 yen", ["want", "refund", "30000", "yen"]),
        ("返金額は30,000円まで", ["返金", "額", "30000", "円"]),
        ("My order 注文番号 123 never came", ["order", "注文", "番号", "123", "never", "came"]),
    ],
)
def test_analyze(text: str, expected: list[str]) -> None:
    assert analyze(text) == expected


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("refunds", "refund"),
        ("refunded", "refund"),
        ("refunding", "refund"),
        ("shipped", "ship"),
        ("deliveries", "delivery"),
        ("class", "class"),
        ("yes", "yes"),
        ("boxes", "box"),
        ("kettles", "kettle"),
    ],
)
def test_stem_en(word: str, stem: str) -> None:
    assert stem_en(word) == stem


def _index() -> LexicalIndex:
    docs = [
        ("c-heat", "manual", "ja", "HK-H200", "ヒーターから煙が出て発火した場合の対応"),
        ("c-ret", "manual", "en", None, "Refunds are paid within seven business days"),
        ("c-ship", "resolution", "ja", "HM-300", "加湿器の配送が遅れた"),
    ]
    entries = [LexicalEntry(cid, f"doc-{cid}", t, lang, p) for cid, t, lang, p, _ in docs]
    return LexicalIndex.build(entries, [analyze(d[-1]) for d in docs])


def test_index_ranks_matching_chunks_and_ignores_unknown_words() -> None:
    idx = _index()
    assert [cid for cid, _ in idx.query(analyze("ヒーターが発火"), 5)] == ["c-heat"]
    assert [cid for cid, _ in idx.query(analyze("refund"), 5)] == ["c-ret"]
    assert idx.query(analyze("zzz unknown"), 5) == []
    assert idx.query(analyze("refund"), 0) == []


def test_index_filters_are_exact(tmp_path: Path) -> None:
    idx = _index()
    q = analyze("ヒーター 加湿器 配送 発火")
    assert {cid for cid, _ in idx.query(q, 5)} == {"c-heat", "c-ship"}
    only_res = idx.query(q, 5, allowed={"doc_type": frozenset({"resolution"})})
    assert [cid for cid, _ in only_res] == ["c-ship"]
    by_product = idx.query(q, 5, allowed={"product": frozenset({"HK-H200"})})
    assert [cid for cid, _ in by_product] == ["c-heat"]


def test_index_round_trips_through_disk(tmp_path: Path) -> None:
    idx = _index()
    idx.save(tmp_path / "bm25")
    idx.save(tmp_path / "bm25")  # overwriting an existing index works
    loaded = LexicalIndex.load(tmp_path / "bm25")
    q = analyze("配送 遅れ")
    assert loaded.query(q, 3) == idx.query(q, 3)
    assert len(LexicalIndex.load(tmp_path / "missing")) == 0


def test_empty_index() -> None:
    empty = LexicalIndex.build([], [])
    assert empty.query(["refund"], 5) == []
