"""report.json helpers: gates, thresholds files, baseline comparison, HTML pieces, the judge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.llm import LLMUnavailable
from evals.dataset import EvalCase, Expect, load_dataset
from evals.fakes import make_suggestion as sug
from evals.html import fmt
from evals.judge import JudgeGroundedness, render_prompt
from evals.metrics import EvalResult
from evals.report import Gate, GateError, check_gates, compare, load_thresholds, parse_gate
from evals.svg import hbar_chart, heatmap, histogram
from tests.fakes import FakeLLM

METRICS: dict[str, Any] = {
    "flag_micro_f1": 0.8,
    "no_flag_fpr": 0.2,
    "forbidden_violations": 1,
    "per_flag": {"legal_threat": {"f1": 0.5, "support": 2}},
    "guardrail_actions": {"pass": 3, "block": 1},
}


@pytest.mark.parametrize(
    ("spec", "kind", "gate"),
    [
        ("flag_micro_f1=0.9", "under", Gate("flag_micro_f1", "under", 0.9)),
        (" mrr = 0.5 ", "under", Gate("mrr", "under", 0.5)),
        ("per_flag.legal_threat.f1=0.7", "under", Gate("per_flag.legal_threat.f1", "under", 0.7)),
        ("no_flag_fpr=0.05", "over", Gate("no_flag_fpr", "over", 0.05)),
        ("latency_p95_ms=1500", "over", Gate("latency_p95_ms", "over", 1500.0)),
        ("guardrail_actions.block=0", "over", Gate("guardrail_actions.block", "over", 0.0)),
    ],
)
def test_parse_gate(spec: str, kind: Any, gate: Gate) -> None:
    assert parse_gate(spec, kind) == gate


@pytest.mark.parametrize(
    ("spec", "kind", "message"),
    [
        ("flag_micro_f1", "under", "expected METRIC=VALUE"),
        ("flag_micro_f1=high", "under", "expected METRIC=VALUE"),
        ("flag_micro_f1=nan", "under", "expected METRIC=VALUE"),
        ("forbidden_violations=0", "under", "use --fail-over forbidden_violations=0"),
        ("escalate_accuracy=0.9", "over", "use --fail-under escalate_accuracy=0.9"),
    ],
)
def test_parse_gate_rejects(spec: str, kind: Any, message: str) -> None:
    with pytest.raises(GateError, match=message):
        parse_gate(spec, kind)


def test_check_gates() -> None:
    gates = [
        Gate("flag_micro_f1", "under", 0.8),  # equal passes
        Gate("per_flag.legal_threat.f1", "under", 0.6),
        Gate("no_flag_fpr", "over", 0.1),
        Gate("forbidden_violations", "over", 1),
        Gate("mrr", "under", 0.1),  # missing fails
    ]
    results = check_gates(METRICS, gates)
    assert [r.passed for r in results] == [True, False, False, True, False]
    assert results[1].describe() == "per_flag.legal_threat.f1 = 0.5 (needs >= 0.6)"
    assert results[4].describe() == "mrr = missing (needs >= 0.1)"


def test_thresholds_toml_with_nested_tables(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        "[fail_under]\nflag_micro_f1 = 0.9\n[fail_under.per_flag.legal_threat]\nf1 = 0.8\n"
        "[fail_over]\nlatency_p95_ms = 2000\n",
        encoding="utf-8",
    )
    assert load_thresholds(path) == [
        Gate("flag_micro_f1", "under", 0.9),
        Gate("per_flag.legal_threat.f1", "under", 0.8),
        Gate("latency_p95_ms", "over", 2000.0),
    ]
    path.write_text("[fail_below]\nx = 1\n", encoding="utf-8")
    with pytest.raises(GateError, match="unknown table"):
        load_thresholds(path)


def test_the_repository_thresholds_and_dataset_load() -> None:
    root = Path(__file__).resolve().parent.parent
    assert load_thresholds(root / "evals" / "thresholds.toml")
    cases = load_dataset(root / "evals" / "datasets" / "suggest_eval.jsonl")
    assert len(cases) >= 150
    langs = [c.expect.language for c in cases]
    assert 0.55 <= langs.count("ja") / len(cases) <= 0.7


def _report(cases: dict[str, bool], **metrics: Any) -> dict[str, Any]:
    return {
        "run_id": "r",
        "metrics": metrics,
        "cases": [
            {"id": k, "passed": v, "failures": [] if v else ["missing flag x"]}
            for k, v in cases.items()
        ],
    }


def test_compare_deltas_respect_lower_is_better_and_name_flips() -> None:
    base = _report(
        {"a": True, "b": False, "c": True, "gone": True},
        flag_micro_f1=0.9,
        no_flag_fpr=0.1,
        mrr=0.5,
    )
    cur = _report(
        {"a": False, "b": True, "c": True, "new": False},
        flag_micro_f1=0.8,
        no_flag_fpr=0.05,
        mrr=0.5,
    )
    cmp = compare(cur, base)
    assert cmp["deltas"]["flag_micro_f1"] == {
        "baseline": 0.9,
        "current": 0.8,
        "delta": -0.1,
        "better": False,
    }
    assert cmp["deltas"]["no_flag_fpr"]["better"] is True  # lower is better
    assert cmp["deltas"]["mrr"]["better"] is None
    assert cmp["regressed"] == [{"id": "a", "failures": ["missing flag x"]}]
    assert cmp["fixed"] == ["b"]
    assert cmp["added"] == ["new"] and cmp["removed"] == ["gone"]


def test_svg_charts_escape_labels() -> None:
    evil = "<script>x</script>"
    for svg in (
        hbar_chart([(evil, 0.5, "")], title=evil),
        heatmap([evil], [evil], {evil: {evil: 1}}, title="t"),
        histogram([1.0, 2.0], title=evil),
    ):
        assert svg.startswith("<svg") and "<script>" not in svg


@pytest.mark.parametrize(
    ("value", "shown"), [(None, "—"), (0, "0"), (12, "12"), (0.5, "0.500"), (1234.0, "1,234")]
)
def test_fmt(value: Any, shown: str) -> None:
    assert fmt(value) == shown


def test_judge_groundedness_with_a_fake_llm() -> None:
    llm = FakeLLM(
        [
            {
                "claims": [
                    {"claim": "Refunds take 7 days", "supported": True},
                    {"claim": "Free gift", "supported": False},
                ]
            },
            LLMUnavailable("judge down"),
        ]
    )
    metric = JudgeGroundedness(llm)
    case = EvalCase(
        id="c",
        ticket={"ticket_id": "t", "messages": [{"role": "customer", "text": "hi"}]},  # type: ignore[arg-type]
        expect=Expect(),
    )
    r = metric.score(
        case, EvalResult(suggestion=sug(cites=("man-returns-en",), reply="Refunds take 7 days."))
    )
    assert r.value == 0.5 and r.details["unsupported"] == ["Free gift"]
    assert "<sources>" in llm.requests[0].messages[0]["content"]
    # a judge failure leaves the case unscored and is counted
    r2 = metric.score(case, EvalResult(suggestion=sug(reply="x")))
    assert r2.value is None
    agg = metric.aggregate([r, r2])
    assert agg["groundedness_judge"] == 0.5 and agg["judge_errors"] == 1 and agg["judge_tokens"] > 0


def test_judge_prompt_is_a_file_with_strict_inputs() -> None:
    text = render_prompt("Reply.", ["chunk one"], "en")
    assert "[S1] chunk one" in text and "Reply." in text
