"""``teinei ingest`` and ``teinei search`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _retrieval_corpus import write_corpus
from typer.testing import CliRunner

from app.cli import app
from app.settings import Settings

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def _ingest(corpus: Path, *extra: str) -> dict[str, object]:
    result = runner.invoke(app, ["ingest", "--corpus", str(corpus), "--json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_json_counts(settings: Settings, corpus: Path) -> None:
    first = _ingest(corpus)
    assert first["documents"] == 5 and first["added"] == 5 and first["tenant"] == "default"
    second = _ingest(corpus)
    assert second["embedded"] == 0 and second["unchanged"] == 5


def test_ingest_human_output(settings: Settings, corpus: Path) -> None:
    result = runner.invoke(app, ["ingest", "--corpus", str(corpus), "--tenant", "acme"])
    assert result.exit_code == 0
    assert "acme: 5 documents" in result.stdout
    assert "added 5" in result.stdout


def test_corpus_error_is_one_clean_line(settings: Settings, corpus: Path) -> None:
    bad = corpus / "manuals" / "bad.md"
    bad.write_text("---\nid: man-bad\ntitle: Bad\nlang: fr\n---\n\nBody\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--corpus", str(corpus)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"teinei: error: {bad}:4: field 'lang'")
    assert "Traceback" not in result.output


def test_bad_tenant_name_exits_2(settings: Settings, corpus: Path) -> None:
    result = runner.invoke(app, ["ingest", "--corpus", str(corpus), "--tenant", "../x"])
    assert result.exit_code == 2
    assert "invalid tenant name" in result.stderr


def test_search_json_shape(settings: Settings, corpus: Path) -> None:
    _ingest(corpus)
    result = runner.invoke(app, ["search", "ヒーターが発火した", "--k", "2", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["query"] == "ヒーターが発火した" and out["language"] == "ja"
    assert len(out["hits"]) == 2
    assert out["hits"][0]["doc_id"] == "man-heater-ja"
    assert set(out["hits"][0]) == {"doc_id", "chunk_id", "doc_type", "title", "snippet", "score"}


def test_search_human_output(settings: Settings, corpus: Path) -> None:
    _ingest(corpus)
    result = runner.invoke(app, ["search", "refund authority", "--k", "1"])
    assert result.exit_code == 0
    assert "man-returns-en" in result.stdout


def test_search_jsonl_batch(settings: Settings, corpus: Path, tmp_path: Path) -> None:
    _ingest(corpus, "--tenant", "acme")
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"id": "q1", "query": "refund authority"}\n\n{"id": "q2", "query": "加湿器が届かない"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["search", "--jsonl", str(batch), "--tenant", "acme", "--k", "1"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["q1", "q2"]
    assert lines[0]["hits"][0]["doc_id"] == "man-returns-en"
    assert lines[1]["hits"][0]["doc_id"] == "res-ja-001"
    assert lines[1]["language"] == "ja"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "q1", "query": "ok"}\n{"id": "q2"\n', ":2: invalid JSON"),
        ('{"id": "q1", "query": "ok"}\n["q2"]\n', ":2: each line must be a JSON object"),
        ('{"id": "q1", "query": ""}\n', ":1: 'query' must be a non-empty string"),
        ('{"query": "no id"}\n', ":1: 'id' is missing"),
    ],
)
def test_search_jsonl_bad_line(
    settings: Settings, tmp_path: Path, content: str, message: str
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["search", "--jsonl", str(batch)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"teinei: error: {batch}{message}")
    assert result.stdout == ""  # nothing is searched before every line is valid


def test_search_needs_exactly_one_input(settings: Settings, tmp_path: Path) -> None:
    assert runner.invoke(app, ["search"]).exit_code == 2
    batch = tmp_path / "q.jsonl"
    batch.write_text("", encoding="utf-8")
    assert runner.invoke(app, ["search", "x", "--jsonl", str(batch)]).exit_code == 2
