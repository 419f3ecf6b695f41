"""``python -m evals.retrieval_eval`` on a corpus and dataset it has never seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _retrieval_corpus import write_corpus

from app.settings import Settings
from evals.retrieval_eval import main, recall_at, reciprocal_rank


def test_metrics() -> None:
    assert recall_at(["a", "b"], ["b", "c"]) == 0.5
    assert reciprocal_rank(["a", "b"], ["b", "c"]) == 0.5
    assert reciprocal_rank(["a"], ["z"]) == 0.0


def test_eval_runs_on_an_unseen_corpus(
    settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    dataset = tmp_path / "dev.jsonl"
    cases = [
        {"id": "a", "query": "ヒーターから煙が出た", "lang": "ja", "relevant": ["man-heater-ja"]},
        {
            "id": "b",
            "query": "refund limit for agents",
            "lang": "en",
            "relevant": ["man-returns-en"],
        },
        {
            "id": "c",
            "query": "customer threatens to sue",
            "lang": "en",
            "relevant": ["pol-escalation-en"],
        },
    ]
    dataset.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8"
    )
    assert main(["--corpus", str(corpus), "--dataset", str(dataset), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["cases"] == 3 and out["embeddings"] == "fake"
    assert set(out["modes"]) == {"lexical", "vector", "hybrid"}
    assert out["modes"]["hybrid"]["recall"] == 1.0
    assert not (settings.data_dir / "index").exists()  # the real data dir is left alone
