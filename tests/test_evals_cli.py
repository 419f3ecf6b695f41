"""``teinei eval run`` end to end with a scripted pipeline: reports, gates, baselines, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from app.cli import app
from app.settings import Settings
from evals.fakes import KeywordPipeline
from evals.store import list_runs

runner = CliRunner()

FIXTURES = Path(__file__).parent / "fixtures"

CASES: list[dict[str, Any]] = [
    {
        "id": "legal-en",
        "ticket": {
            "ticket_id": "T1",
            "channel": "email",
            "language": "en",
            "messages": [
                {"role": "customer", "text": "My lawyer will contact you about the refund."}
            ],
        },
        "expect": {
            "escalate": True,
            "flags": ["legal_threat"],
            "must_cite": ["man-returns-en"],
            "language": "en",
            "forbidden": ["(?i)it is our fault"],
        },
    },
    {
        "id": "smoke-ja",
        "ticket": {
            "ticket_id": "T2",
            "channel": "chat",
            "language": "ja",
            "messages": [{"role": "customer", "text": "ヒーターから煙が出ました。"}],
        },
        "expect": {
            "escalate": True,
            "flags": ["safety_incident"],
            "must_cite": ["man-product-safety-ja"],
            "language": "ja",
        },
    },
    {
        "id": "smoke-en",
        "ticket": {
            "ticket_id": "T3",
            "channel": "email",
            "language": "en",
            "messages": [
                {"role": "customer", "text": "There was smoke coming out of the kettle base."}
            ],
        },
        "expect": {"flags": ["safety_incident"], "language": "en"},
    },
    {
        "id": "refund-en",
        "ticket": {
            "ticket_id": "T4",
            "channel": "form",
            "language": "en",
            "messages": [
                {"role": "customer", "text": "How do I return an unused kettle for a refund?"}
            ],
        },
        "expect": {
            "escalate": False,
            "flags": [],
            "must_cite": ["man-returns-en"],
            "language": "en",
        },
    },
]
CITES = {"man-returns-en": ["refund"], "man-product-safety-ja": ["煙"]}


def write_dataset(path: Path, cases: list[dict[str, Any]] = CASES) -> Path:
    path.write_text(
        "\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "cases.jsonl")


def use_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Any) -> None:
    monkeypatch.setattr("evals.runner.build_pipeline", lambda settings: pipeline)


def run(*args: str) -> Any:
    return runner.invoke(app, ["eval", "run", *args])


def test_run_writes_report_json_in_the_design_shape(
    settings: Settings, dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = KeywordPipeline(cite_words=CITES)
    use_pipeline(monkeypatch, fake)
    out = tmp_path / "out"
    result = run("--dataset", str(dataset), "--out", str(out), "--tenant", "qa")
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(report) >= {"metrics", "cases", "commit", "settings", "started_at", "duration_s"}
    m = report["metrics"]
    for name in (
        "flag_micro_f1",
        "flag_precision",
        "flag_recall",
        "escalate_accuracy",
        "no_flag_fpr",
        "must_cite_recall",
        "mrr",
        "forbidden_violations",
        "language_match",
        "latency_p50_ms",
        "latency_p95_ms",
        "per_flag",
    ):
        assert name in m, name
    assert (
        m["flag_micro_f1"] == 1.0
        and m["must_cite_recall"] == 1.0
        and m["forbidden_violations"] == 0
    )
    assert m["per_flag"]["safety_incident"]["support"] == 2
    assert {"rubric_mean", "groundedness", "guardrail_actions", "tokens_per_case"} <= set(m)
    case = report["cases"][0]
    assert set(case) >= {"id", "passed", "expected", "actual", "failures"}
    assert (
        case["actual"]["escalation"]["flags"][0]["flag"] == "legal_threat"
    )  # the whole suggestion
    assert report["settings"]["tenant"] == "qa" and all(t == "qa" for _, t in fake.calls)
    assert report["commit"] and isinstance(report["duration_s"], float)
    # stored in the data dir and indexable
    runs = list_runs(settings, "qa")
    assert [r.run_id for r in runs] == [report["run_id"]]
    assert (Path(runs[0].path) / "report.html").is_file()
    assert list_runs(settings, "other") == []


def test_html_report_has_the_plots_and_failing_cases(
    settings: Settings, dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES, drop_flags={"safety_incident"}))
    out = tmp_path / "out"
    assert run("--dataset", str(dataset), "--out", str(out)).exit_code == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    for chart in (
        "chart-flag-f1",
        "chart-confusion",
        "chart-latency",
        "chart-rubric",
        "chart-groundedness",
    ):
        assert f'id="{chart}"' in html
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert "Failing cases (2)" in html
    assert 'id="case-smoke-ja"' in html and "missing flag safety_incident" in html
    assert "ヒーターから煙が出ました。" in html  # expected vs actual shows the customer's words


@pytest.mark.parametrize(
    ("gate_args", "code", "named"),
    [
        (["--fail-under", "flag_micro_f1=0.5"], 0, None),
        (["--fail-under", "flag_recall=0.9"], 1, "flag_recall"),
        (["--fail-under", "per_flag.safety_incident.f1=0.5"], 1, "per_flag.safety_incident.f1"),
        (["--fail-over", "no_flag_fpr=0"], 0, None),
        (["--fail-over", "latency_p95_ms=0.000001"], 1, "latency_p95_ms"),
        (["--fail-under", "no_flag_fpr=0.1"], 2, "use --fail-over"),
        (["--fail-over", "mrr=0.1"], 2, "use --fail-under"),
        (["--fail-under", "flag_f1"], 2, "METRIC=VALUE"),
        (["--fail-under", "no_such_metric=0.5"], 1, "no_such_metric = missing"),
    ],
)
def test_fail_under_and_over_exit_codes(
    settings: Settings,
    dataset: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    gate_args: list[str],
    code: int,
    named: str | None,
) -> None:
    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES, drop_flags={"safety_incident"}))
    result = run("--dataset", str(dataset), "--out", str(tmp_path / "o"), *gate_args)
    assert result.exit_code == code, result.output
    if named:
        assert named in result.stderr
    if code:
        assert "Traceback" not in result.output


def test_thresholds_file(
    settings: Settings, dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES))
    toml = tmp_path / "t.toml"
    toml.write_text(
        "[fail_under]\nflag_micro_f1 = 0.99\n[fail_over]\nforbidden_violations = 0\n",
        encoding="utf-8",
    )
    assert run("--dataset", str(dataset), "--thresholds", str(toml)).exit_code == 0
    assert (
        run(
            "--dataset", str(dataset), "--thresholds", str(toml), "--fail-under", "rubric_mean=1.01"
        ).exit_code
        == 1
    )
    toml.write_text("[fail_under]\nno_flag_fpr = 0.1\n", encoding="utf-8")
    bad = run("--dataset", str(dataset), "--thresholds", str(toml))
    assert bad.exit_code == 2 and "t.toml" in bad.stderr and "--fail-over" in bad.stderr


def test_regression_gate_fails_and_names_the_flipped_cases(
    settings: Settings, dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipeline whose escalation starts missing one flag: the gate fails, the cases are named."""
    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES))
    base = tmp_path / "base"
    assert (
        run(
            "--dataset", str(dataset), "--out", str(base), "--fail-under", "flag_recall=0.95"
        ).exit_code
        == 0
    )

    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES, drop_flags={"safety_incident"}))
    out = tmp_path / "new"
    result = run(
        "--dataset",
        str(dataset),
        "--out",
        str(out),
        "--baseline",
        str(base),
        "--fail-under",
        "flag_recall=0.95",
    )
    assert result.exit_code == 1
    assert "flag_recall = 0.3333 (needs >= 0.95)" in result.stderr
    assert "regressed cases: smoke-ja, smoke-en" in result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    cmp = report["comparison"]
    assert [c["id"] for c in cmp["regressed"]] == ["smoke-ja", "smoke-en"]
    assert cmp["regressed"][0]["failures"][0] == "missing flag safety_incident"
    assert cmp["fixed"] == []
    assert cmp["deltas"]["flag_recall"] == {
        "baseline": 1.0,
        "current": 0.3333,
        "delta": -0.6667,
        "better": False,
    }
    assert cmp["deltas"]["per_flag.safety_incident.f1"]["better"] is False
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Regressed (passed → failed): 2" in html and 'href="#case-smoke-en"' in html

    # and back: the same comparison the other way names them as fixed
    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES))
    again = run("--dataset", str(dataset), "--baseline", str(out / "report.json"), "--json")
    assert again.exit_code == 0
    assert json.loads(again.stdout)["comparison"]["fixed"] == ["smoke-ja", "smoke-en"]


def test_baseline_by_stored_run_id(
    settings: Settings, dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES))
    first = json.loads(run("--dataset", str(dataset), "--json").stdout)
    second = run("--dataset", str(dataset), "--json", "--baseline", first["run_id"])
    assert second.exit_code == 0
    assert json.loads(second.stdout)["comparison"]["baseline"]["run_id"] == first["run_id"]
    missing = run("--dataset", str(dataset), "--baseline", "no-such-run")
    assert missing.exit_code == 2 and "cannot read" in missing.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "each line must be a JSON object"),
        ('{"id": "x"}', "'ticket' is missing"),
        ('{"id": "x", "ticket": {"ticket_id": "t", "messages": []}}', "ticket.messages"),
        (
            '{"id": "x", "ticket": {"ticket_id": "t", "channel": "fax", "messages": [{"role": "customer", "text": "hi"}]}}',
            "ticket.channel",
        ),
        (
            '{"id": "x", "ticket": {"ticket_id": "t", "messages": [{"role": "customer", "text": "hi"}]}, "expect": {"forbidden": ["(unclosed"]}}',
            "does not compile",
        ),
        (
            '{"id": "x", "ticket": {"ticket_id": "t", "messages": [{"role": "customer", "text": "hi"}]}, "expect": {"flag": []}}',
            "expect.flag",
        ),
        (
            '{"id": "legal-en", "ticket": {"ticket_id": "t", "messages": [{"role": "customer", "text": "hi"}]}}',
            "duplicate id 'legal-en' (first on line 1)",
        ),
    ],
)
def test_bad_dataset_line_stops_with_file_and_line(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, message: str
) -> None:
    use_pipeline(monkeypatch, KeywordPipeline())
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(CASES[0]) + "\n\n" + line + "\n", encoding="utf-8")
    result = run("--dataset", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"teinei: error: {path}:3: ")
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_missing_dataset_and_empty_dataset(settings: Settings, tmp_path: Path) -> None:
    missing = run("--dataset", str(tmp_path / "nope.jsonl"))
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert "no cases" in run("--dataset", str(empty)).stderr


def test_a_pipeline_error_fails_the_case_not_the_run(
    settings: Settings, dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Flaky(KeywordPipeline):
        def run(self, ticket: Any, *, tenant: str | None = None) -> Any:
            if ticket.ticket_id == "T2":
                raise RuntimeError("store offline")
            return super().run(ticket, tenant=tenant)

    use_pipeline(monkeypatch, Flaky(cite_words=CITES))
    result = run("--dataset", str(dataset), "--json")
    assert result.exit_code == 0
    report = json.loads(Path(json.loads(result.stdout)["report"]).read_text(encoding="utf-8"))
    bad = next(c for c in report["cases"] if c["id"] == "smoke-ja")
    assert not bad["passed"] and bad["failures"][0] == "pipeline error: RuntimeError: store offline"
    assert report["metrics"]["pipeline_errors"] == 1


def test_foreign_corpus_dataset_is_checked_and_ingested(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A corpus of another business with its own flag: ids and flags are checked against it,
    it is ingested into an isolated data dir, and the custom flag is scored per flag."""
    fake = KeywordPipeline(
        flag_words={"allergen_exposure": ["allergic reaction"], "legal_threat": ["sue"]},
        cite_words={
            "mugi-allergens-en": ["allergic"],
            "mugi-delivery-ja": ["配達"],
            "mugi-refunds-en": ["refund"],
        },
    )
    use_pipeline(monkeypatch, fake)
    out = tmp_path / "out"
    result = run(
        "--dataset",
        str(FIXTURES / "foreign_eval.jsonl"),
        "--corpus",
        str(FIXTURES / "foreign_corpus"),
        "--out",
        str(out),
        "--fail-under",
        "per_flag.allergen_exposure.f1=1",
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["tenant"] == "eval" and report["settings"]["documents"] == 7
    assert report["settings"]["authority_limit_jpy"] == 5000
    assert report["metrics"]["per_flag"]["allergen_exposure"]["support"] == 1
    assert all(t == "eval" for _, t in fake.calls)

    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps(
            {"id": "x", "ticket": CASES[0]["ticket"], "expect": {"must_cite": ["man-returns-en"]}}
        )
        + "\n",
        encoding="utf-8",
    )
    wrong = run("--dataset", str(bad), "--corpus", str(FIXTURES / "foreign_corpus"))
    assert wrong.exit_code == 2
    assert f"{bad}:1: expect.must_cite: 'man-returns-en' is not a document of" in wrong.stderr


def test_foreign_corpus_through_the_real_pipeline(settings: Settings, tmp_path: Path) -> None:
    """The suite runs unchanged on another business's corpus and dataset with the real parts."""
    from evals.runner import PipelineUnavailable, build_pipeline

    try:
        build_pipeline(settings)
    except PipelineUnavailable as exc:
        pytest.skip(f"the real suggest pipeline is not runnable yet: {exc}")
    out = tmp_path / "out"
    result = run(
        "--dataset",
        str(FIXTURES / "foreign_eval.jsonl"),
        "--corpus",
        str(FIXTURES / "foreign_corpus"),
        "--out",
        str(out),
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["cases"]) == 5
    errors = {c["id"]: c["error"] for c in report["cases"] if c["error"]}
    assert not errors, errors
    cited = {c["doc_id"] for case in report["cases"] for c in case["actual"]["citations"]}
    assert cited and all(d.startswith("mugi-") for d in cited)  # nothing leaks from another tenant


def test_eval_list(settings: Settings, dataset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_pipeline(monkeypatch, KeywordPipeline(cite_words=CITES))
    run("--dataset", str(dataset), "--tenant", "qa")
    listed = runner.invoke(app, ["eval", "list", "--json", "--tenant", "qa"])
    assert listed.exit_code == 0
    rows = json.loads(listed.stdout)
    assert len(rows) == 1 and rows[0]["tenant"] == "qa" and rows[0]["cases"] == 4
