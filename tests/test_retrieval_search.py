"""Ingest and hybrid search end to end, with the fake embedder and a local Chroma."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from _retrieval_corpus import (
    HEATER_JA,
    long_parcel_manual,
    other_tenant_corpus,
    write_corpus,
)

from app.settings import Settings
from retrieval import (
    CorpusError,
    HybridSearcher,
    SearchConfig,
    SearchFilters,
    StoreFactory,
    StoreUnavailable,
    VectorStore,
    ingest,
)
from retrieval.chunking import Chunk
from retrieval.langchain import TeineiRetriever
from retrieval.search import Mode
from retrieval.store import ChunkTable, check_tenant

MODES: tuple[Mode, ...] = ("lexical", "vector", "hybrid")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def _docs(result: object) -> list[str]:
    return [h.doc_id for h in result.hits]  # type: ignore[attr-defined]


def test_ingest_then_search_small_corpus(settings: Settings, corpus: Path) -> None:
    report = ingest(corpus, tenant="acme", settings=settings)
    assert (report.documents, report.added, report.deleted) == (5, 5, 0)
    assert report.embedded == report.chunks >= 5

    searcher = HybridSearcher(settings)
    ja = searcher.search("ヒーターから煙が出て焦げ臭い", tenant="acme", k=3)
    assert ja.language == "ja"
    assert ja.hits[0].doc_id == "man-heater-ja"
    assert ja.hits[0].product == "HK-H200"
    assert not ja.degraded

    en = searcher.search("how much refund can an agent approve?", tenant="acme", k=3)
    assert en.language == "en"
    assert en.hits[0].doc_id == "man-returns-en"
    assert "30,000" in en.hits[0].text
    assert len(en.hits[0].snippet) <= 201

    legal = searcher.search("the customer says they will call a lawyer", tenant="acme")
    assert legal.hits[0].doc_type == "policy"


@pytest.mark.parametrize("mode", ["lexical", "vector", "hybrid"])
def test_every_mode_finds_the_obvious_document(
    settings: Settings, corpus: Path, mode: Mode
) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    result = HybridSearcher(settings).search(
        "filter subscription charged twice",
        tenant="acme",
        k=3,
        mode=mode,
    )
    assert result.hits[0].doc_id == "res-en-001"
    assert result.mode == mode


def test_search_sample_corpus(settings: Settings, sample_corpus_dir: Path) -> None:
    report = ingest(sample_corpus_dir, tenant="default", settings=settings)
    assert report.documents > 10
    searcher = HybridSearcher(settings)
    result = searcher.search("担当者が承認できる返金の上限はいくらですか", tenant="default", k=8)
    assert result.language == "ja"
    assert len(result.hits) == 8
    assert len(set(_docs(result))) == 8  # one chunk per document by default
    assert any(h.doc_id.startswith("man-returns") for h in result.hits[:3])
    en = searcher.search("refund authority of an agent", tenant="default", k=5)
    assert any(h.doc_id == "man-returns-en" for h in en.hits[:3])


def test_second_ingest_embeds_nothing(settings: Settings, corpus: Path) -> None:
    first = ingest(corpus, tenant="acme", settings=settings)
    second = ingest(corpus, tenant="acme", settings=settings)
    assert second.embedded == 0
    assert (second.added, second.updated, second.deleted) == (0, 0, 0)
    assert second.unchanged == first.documents
    assert second.chunks == first.chunks


def test_changed_document_re_embeds_only_its_chunks(settings: Settings, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    heater = corpus / "manuals" / "heater-ja.md"
    heater.write_text(
        HEATER_JA.replace(
            "無償交換の対象です。", "無償交換の対象です。交換品は3日以内に発送します。"
        ),
        encoding="utf-8",
    )
    report = ingest(corpus, tenant="acme", settings=settings)
    assert (report.added, report.updated, report.deleted) == (0, 1, 0)
    assert report.embedded == 1  # only the changed section
    assert report.chunks_deleted == 1
    result = HybridSearcher(settings).search("交換品は3日以内に発送", tenant="acme", k=1)
    assert "3日以内に発送" in result.hits[0].text


def test_removed_document_is_deleted_everywhere(settings: Settings, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    (corpus / "policies" / "escalation-en.md").unlink()
    report = ingest(corpus, tenant="acme", settings=settings)
    assert (report.deleted, report.embedded, report.added) == (1, 0, 0)
    searcher = HybridSearcher(settings)
    for mode in MODES:
        result = searcher.search("lawyer lawsuit legal", tenant="acme", mode=mode)
        assert "pol-escalation-en" not in _docs(result)
    store = StoreFactory(settings).for_tenant("acme")
    assert store.ids() == ChunkTable.for_tenant(settings, "acme").ids()


def test_corpus_error_writes_nothing(settings: Settings, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    before = ChunkTable.for_tenant(settings, "acme").ids()
    (corpus / "manuals" / "new-en.md").write_text(
        "---\nid: man-new\ntitle: New\nlang: en\n---\n\nNew text about parcels.\n", encoding="utf-8"
    )
    with (corpus / "resolutions" / "cases.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    with pytest.raises(CorpusError) as err:
        ingest(corpus, tenant="acme", settings=settings)
    assert str(err.value).endswith(
        "cases.jsonl:3: invalid JSON: Expecting property name enclosed in double quotes (column 2)"
    )
    assert ChunkTable.for_tenant(settings, "acme").ids() == before
    assert StoreFactory(settings).for_tenant("acme").ids() == before


def test_tenants_are_isolated(settings: Settings, tmp_path: Path, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    ingest(other_tenant_corpus(tmp_path / "other"), tenant="other", settings=settings)
    searcher = HybridSearcher(settings)
    for mode in MODES:
        for query in ("Other Co refunds any heater within 90 days", "ヒーター 返金 90日"):
            acme = searcher.search(query, tenant="acme", k=20, mode=mode)
            assert "other-refunds" not in _docs(acme)
            other = searcher.search(query, tenant="other", k=20, mode=mode)
            assert set(_docs(other)) <= {"other-refunds"}
    assert searcher.search("anything", tenant="nobody").hits == []


@pytest.mark.parametrize("bad", ["../acme", "a/b", "", "x" * 80, ".hidden"])
def test_unsafe_tenant_names_are_refused(settings: Settings, bad: str) -> None:
    with pytest.raises(ValueError):
        check_tenant(bad)
    with pytest.raises(ValueError):
        HybridSearcher(settings).search("refund", tenant=bad)


@pytest.mark.parametrize("mode", ["lexical", "vector", "hybrid"])
def test_filters(settings: Settings, corpus: Path, mode: Mode) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    searcher = HybridSearcher(settings)
    query = "refund heater shipping 返金 ヒーター 配送 lawyer"
    only_ja = searcher.search(
        query, tenant="acme", k=10, mode=mode, filters=SearchFilters(lang="ja")
    )
    assert only_ja.hits and {h.lang for h in only_ja.hits} == {"ja"}
    manuals = searcher.search(
        query,
        tenant="acme",
        k=10,
        mode=mode,
        filters=SearchFilters(doc_type=["manual", "policy"]),
    )
    assert manuals.hits and {h.doc_type for h in manuals.hits} <= {"manual", "policy"}
    product = searcher.search(
        query,
        tenant="acme",
        k=10,
        mode=mode,
        filters=SearchFilters(product="HM-300"),
    )
    assert _docs(product) == ["res-ja-001"]


def test_filters_from_mapping() -> None:
    assert SearchFilters.from_mapping(None) is None
    f = SearchFilters.from_mapping({"lang": "ja", "doc_type": ["manual"]})
    assert f is not None and f.allowed() == {"lang": {"ja"}, "doc_type": {"manual"}}
    with pytest.raises(ValueError, match="unknown filter"):
        SearchFilters.from_mapping({"colour": "red"})


def test_per_document_cap(settings: Settings, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", extra_manuals={"parcels-en.md": long_parcel_manual(6)})
    ingest(corpus, tenant="acme", settings=settings)
    capped = HybridSearcher(settings).search("parcel late lost tracking", tenant="acme", k=5)
    assert _docs(capped).count("man-parcels-en") == 1
    loose = HybridSearcher(settings, config=SearchConfig(max_per_doc=3)).search(
        "parcel late lost tracking", tenant="acme", k=5
    )
    assert _docs(loose).count("man-parcels-en") == 3


def test_quotas_bring_in_every_doc_type(settings: Settings, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    searcher = HybridSearcher(settings)
    query = "refund for a late parcel"
    plain = searcher.search(query, tenant="acme", k=3, filters=SearchFilters(lang="en"))
    quota = searcher.search(
        query,
        tenant="acme",
        k=3,
        filters=SearchFilters(lang="en"),
        quotas={"policy": 1, "resolution": 1},
    )
    types = [h.doc_type for h in quota.hits]
    assert "policy" in types and "resolution" in types
    assert len(quota.hits) == 3
    assert quota.hits[0].doc_id == plain.hits[0].doc_id


def test_search_sees_a_new_ingest_without_restart(settings: Settings, corpus: Path) -> None:
    searcher = HybridSearcher(settings)
    assert searcher.search("refund", tenant="acme").hits == []
    ingest(corpus, tenant="acme", settings=settings)
    assert searcher.search("refund", tenant="acme").hits


class _DownStore(VectorStore):
    """A vector store whose server is gone."""

    def query(self, vector: np.ndarray, k: int, where: object = None) -> list[tuple[str, float]]:
        raise StoreUnavailable("connection refused")

    def upsert(self, chunks: object, vectors: np.ndarray) -> None:
        raise StoreUnavailable("connection refused")

    def delete(self, chunk_ids: object) -> None:
        raise StoreUnavailable("connection refused")

    def ids(self) -> set[str]:
        raise StoreUnavailable("connection refused")


class _DownFactory(StoreFactory):
    def for_tenant(self, tenant: str) -> VectorStore:
        return _DownStore()


def test_unreachable_vector_store_degrades_to_lexical(settings: Settings, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    searcher = HybridSearcher(settings, stores=_DownFactory(settings))
    result = searcher.search("refund authority", tenant="acme", k=3)
    assert result.degraded
    assert "vector search unavailable" in result.notes[0]
    assert result.hits[0].doc_id == "man-returns-en"
    assert result.to_json()["degraded"] is True
    vector_only = searcher.search("refund authority", tenant="acme", k=3, mode="vector")
    assert vector_only.degraded and vector_only.hits


def test_ingest_with_unreachable_store_fails_before_writing(
    settings: Settings, corpus: Path
) -> None:
    with pytest.raises(StoreUnavailable):
        ingest(corpus, tenant="acme", settings=settings, stores=_DownFactory(settings))
    assert ChunkTable.for_tenant(settings, "acme").ids() == set()


def test_result_json_shape(settings: Settings, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    out = HybridSearcher(settings).search("refund", tenant="acme", k=2).to_json()
    assert set(out) == {"query", "language", "hits"}
    assert set(out["hits"][0]) == {"doc_id", "chunk_id", "doc_type", "title", "snippet", "score"}
    json.dumps(out)


def test_langchain_retriever(settings: Settings, corpus: Path) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    retriever = TeineiRetriever(searcher=HybridSearcher(settings), tenant="acme", k=2)
    docs = retriever.invoke("ヒーターの自主回収ロット")
    assert len(docs) == 2
    assert docs[0].metadata["doc_id"] == "man-heater-ja"
    assert "2409A" in docs[0].page_content
    assert set(docs[0].metadata) >= {"chunk_id", "doc_type", "title", "score", "lang"}
    only_en = TeineiRetriever(
        searcher=HybridSearcher(settings), tenant="acme", k=5, filters=SearchFilters(lang="en")
    ).invoke("refund")
    assert only_en and {d.metadata["lang"] for d in only_en} == {"en"}


class _Recording(VectorStore):
    """Wraps a real store and records the ``(k, where)`` of every query."""

    def __init__(self, inner: VectorStore, calls: list[tuple[int, object]]) -> None:
        self.inner, self.calls = inner, calls

    def query(
        self, vector: np.ndarray, k: int, where: Mapping[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        self.calls.append((k, where))
        return self.inner.query(vector, k, where)

    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        self.inner.upsert(chunks, vectors)

    def delete(self, chunk_ids: Sequence[str]) -> None:
        self.inner.delete(chunk_ids)

    def ids(self) -> set[str]:
        return self.inner.ids()


class _RecordingFactory(StoreFactory):
    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.calls: list[tuple[int, object]] = []

    def for_tenant(self, tenant: str) -> VectorStore:
        return _Recording(super().for_tenant(tenant), self.calls)


@pytest.mark.parametrize(
    ("config", "drop_local_vectors", "expected_path"),
    [
        (SearchConfig(exact_max_rows=0), False, "overfetch"),
        (SearchConfig(), False, "local-exact"),
        (SearchConfig(exact_max_rows=0, max_overfetch=1), True, "chroma-where"),
    ],
    ids=["overfetch", "local-exact", "chroma-where"],
)
def test_filtered_vector_paths_agree(
    settings: Settings,
    corpus: Path,
    config: SearchConfig,
    drop_local_vectors: bool,
    expected_path: str,
) -> None:
    ingest(corpus, tenant="acme", settings=settings)
    if drop_local_vectors:
        (settings.index_path / "acme" / "bm25" / "vectors.f32.npy").unlink()
    stores = _RecordingFactory(settings)
    searcher = HybridSearcher(settings, config=config, stores=stores)
    result = searcher.search(
        "ヒーターから煙",
        tenant="acme",
        k=3,
        mode="vector",
        filters=SearchFilters(product="HK-H200"),
    )
    assert {h.doc_id for h in result.hits} == {"man-heater-ja"}
    assert result.hits[0].text.startswith("ヒーターから煙")
    paths = {
        "overfetch": [(len(ChunkTable.for_tenant(settings, "acme").ids()), None)],
        "local-exact": [],
        "chroma-where": [(2, {"product": ["HK-H200"]})],
    }
    assert stores.calls == paths[expected_path]
    en = searcher.search(
        "refund",
        tenant="acme",
        k=5,
        mode="vector",
        filters=SearchFilters(lang="en", doc_type="manual"),
    )
    assert _docs(en) == ["man-returns-en"]
    assert (
        searcher.search(
            "refund", tenant="acme", mode="vector", filters=SearchFilters(product="NO-SUCH")
        ).hits
        == []
    )


def test_switching_embedder_re_embeds_everything(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from retrieval.embedders import FakeEmbedder

    first = ingest(corpus, tenant="acme", settings=settings, embedder=FakeEmbedder(512))
    other = ingest(corpus, tenant="acme", settings=settings, embedder=FakeEmbedder(256))
    assert other.embedded == first.chunks  # 256-d vectors cannot mix with 512-d ones
    result = HybridSearcher(settings, embedder=FakeEmbedder(256)).search(
        "refund authority", tenant="acme", k=1, mode="vector"
    )
    assert result.hits[0].doc_id == "man-returns-en"


def test_searching_an_unknown_tenant_creates_nothing(settings: Settings) -> None:
    assert HybridSearcher(settings).search("refund", tenant="ghost").hits == []
    assert not (settings.index_path / "ghost").exists()
