"""``report.html``: one self-contained page a QA lead reads — headline metrics, thresholds,
the comparison with a baseline, inline-SVG plots and the failing cases, expected vs actual."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from evals import svg

TEMPLATE_DIR = Path(__file__).parent / "templates"

HEADLINE: tuple[tuple[str, str], ...] = (
    ("flag_micro_f1", "flag micro F1"),
    ("flag_precision", "flag precision"),
    ("flag_recall", "flag recall"),
    ("escalate_accuracy", "escalate accuracy"),
    ("no_flag_fpr", "no-flag FPR"),
    ("must_cite_recall", "must-cite recall"),
    ("mrr", "MRR"),
    ("forbidden_violations", "forbidden violations"),
    ("language_match", "language match"),
    ("rubric_mean", "rubric (mean)"),
    ("groundedness", "groundedness (lexical)"),
    ("groundedness_judge", "groundedness (judge)"),
    ("latency_p50_ms", "latency p50 ms"),
    ("latency_p95_ms", "latency p95 ms"),
    ("tokens_per_case", "tokens / case"),
    ("fallback_rate", "fallback rate"),
    ("pass_rate", "cases passed"),
)


def fmt(value: Any) -> str:
    """A metric value for people: integers as is, fractions to 3 places, ``—`` for none."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int) or (
        isinstance(value, float) and value.is_integer() and abs(value) >= 10
    ):
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def charts(report: dict[str, Any]) -> dict[str, str]:
    """The report's plots as inline SVG, by name."""
    m = report["metrics"]
    per_flag = m.get("per_flag", {})
    flag_items = [(n, float(f["f1"]), f"(n={f['support']})") for n, f in per_flag.items()]
    labels = [n for n in per_flag if n != "none"]
    conf = report.get("confusion", {})
    extra = sorted(
        {k for k in conf} | {c for row in conf.values() for c in row} - set(labels) - {"none"}
    )
    axis = [*labels, *extra, "none"]
    cases = report["cases"]
    latencies = [float(c["latency_ms"]) for c in cases if c.get("latency_ms") is not None]
    rubric = [float(c["scores"]["rubric"]) for c in cases if "rubric" in c.get("scores", {})]
    grounded = [
        float(c["scores"]["groundedness"]) for c in cases if "groundedness" in c.get("scores", {})
    ]
    crit = m.get("rubric_criteria", {})
    return {
        "flag_f1": svg.hbar_chart(flag_items, title="F1 per flag", css_id="chart-flag-f1"),
        "confusion": svg.heatmap(
            axis,
            axis,
            conf,
            title="Flag confusion (expected × predicted)",
            css_id="chart-confusion",
        ),
        "latency": svg.histogram(
            latencies,
            title="Latency per case (ms)",
            bins=20,
            lo=0.0,
            unit="",
            css_id="chart-latency",
            marks=[("p50", m.get("latency_p50_ms", 0.0)), ("p95", m.get("latency_p95_ms", 0.0))],
        ),
        "rubric": svg.histogram(
            rubric, title="Rubric score per case", bins=10, lo=0.0, hi=1.0, css_id="chart-rubric"
        ),
        "groundedness": svg.histogram(
            grounded,
            title="Groundedness per case (lexical)",
            bins=10,
            lo=0.0,
            hi=1.0,
            css_id="chart-groundedness",
        ),
        "criteria": svg.hbar_chart(
            [(n, float(v), "") for n, v in crit.items()],
            title="Rubric criteria pass rate",
            css_id="chart-criteria",
        ),
    }


def render_html(report: dict[str, Any]) -> str:
    """The self-contained HTML page of a report (with ``gates`` and ``comparison`` if present)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    failing = []
    for c in report["cases"]:
        if c["passed"]:
            continue
        actual = c.get("actual") or {}
        failing.append(
            {
                **c,
                "actual_flags": sorted(
                    f["flag"] for f in actual.get("escalation", {}).get("flags", [])
                ),
                "cited": list(dict.fromkeys(x["doc_id"] for x in actual.get("citations", []))),
                "reference_reply": c.get("reference_reply"),
            }
        )
    comparison = report.get("comparison")
    gates = report.get("gates") or []
    return env.get_template("report.html.j2").render(
        r=report,
        m=report["metrics"],
        headline=HEADLINE,
        gates=gates,
        gates_ok=all(g["passed"] for g in gates),
        cmp=comparison,
        regressed_ids={c["id"] for c in comparison["regressed"]} if comparison else set(),
        charts=charts(report),
        failing=failing,
        fmt=fmt,
    )
