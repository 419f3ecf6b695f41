"""``report.json``: building it, gating on it and comparing two of them.

The shape is DESIGN.md's: ``metrics`` (the fixed names plus extras), ``cases`` (id, passed,
expected, actual, failures, plus scores), ``commit``, ``settings``, ``started_at``,
``duration_s``; this module adds ``run_id``, ``dataset``, ``tenant``, ``confusion``,
``gates`` and, with a baseline, ``comparison``.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from evals.metrics import LOWER_IS_BETTER
from evals.runner import CaseOutcome, SuiteResult

REPORT_VERSION = 1


def git_commit(cwd: Path | str | None = None) -> str:
    """``git rev-parse HEAD`` of the working tree, or ``"unknown"``."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def case_entry(o: CaseOutcome) -> dict[str, Any]:
    """One entry of ``cases``."""
    s = o.result.suggestion
    customer = o.case.ticket.customer_texts()
    return {
        "id": o.case.id,
        "passed": o.passed,
        "expected": o.case.expect.model_dump(mode="json"),
        "actual": s.model_dump(mode="json") if s is not None else None,
        "failures": o.failures,
        "error": o.result.error,
        "latency_ms": round(o.result.latency_ms, 1),
        "channel": o.case.ticket.channel,
        "customer_text": customer[-1] if customer else o.case.ticket.messages[-1].text,
        "reference_reply": o.case.reference_reply,
        "scores": {name: r.value for name, r in o.scores.items() if r.value is not None},
        "rubric": o.scores["rubric"].details if "rubric" in o.scores else None,
        "groundedness": o.scores["groundedness"].details if "groundedness" in o.scores else None,
    }


def build_report(
    suite: SuiteResult,
    *,
    run_id: str,
    dataset: str,
    tenant: str,
    settings: dict[str, Any],
    commit: str,
) -> dict[str, Any]:
    """The ``report.json`` document of a run."""
    return {
        "version": REPORT_VERSION,
        "run_id": run_id,
        "dataset": dataset,
        "tenant": tenant,
        "metrics": suite.metrics,
        "cases": [case_entry(o) for o in suite.outcomes],
        "confusion": suite.confusion,
        "commit": commit,
        "settings": settings,
        "started_at": suite.started_at,
        "duration_s": suite.duration_s,
    }


# --------------------------------------------------------------------------- gates


class GateError(ValueError):
    """A threshold is malformed or names an unknown metric."""


@dataclass(frozen=True)
class Gate:
    """A threshold on one metric.

    Attributes:
        metric: A metric name of ``report.json``; dotted for nested figures
            (``per_flag.legal_threat.f1``, ``guardrail_actions.block``).
        kind: ``under`` fails when the value is below ``threshold`` (higher is better);
            ``over`` fails when it is above (lower is better).
        threshold: The bound.
    """

    metric: str
    kind: Literal["under", "over"]
    threshold: float


@dataclass(frozen=True)
class GateResult:
    """A gate checked against a run."""

    metric: str
    kind: str
    threshold: float
    value: float | None
    passed: bool

    def describe(self) -> str:
        op = ">=" if self.kind == "under" else "<="
        shown = "missing" if self.value is None else f"{self.value:g}"
        return f"{self.metric} = {shown} (needs {op} {self.threshold:g})"


def lookup_metric(metrics: dict[str, Any], name: str) -> float | None:
    """The numeric value of ``name`` (dotted for nested) in ``metrics``, or ``None``."""
    node: Any = metrics
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    if isinstance(node, bool) or not isinstance(node, int | float):
        return None
    return float(node)


def _is_lower_better(name: str) -> bool:
    leaf = name.split(".")[-1]
    if name.startswith("guardrail_actions."):
        return leaf != "pass"
    return name in LOWER_IS_BETTER or name.startswith("guardrail_findings.") or leaf in {"fp", "fn"}


def parse_gate(spec: str, kind: Literal["under", "over"]) -> Gate:
    """``METRIC=VALUE`` as a gate. ``--fail-under`` takes higher-is-better metrics only and
    ``--fail-over`` lower-is-better ones, so a typo cannot silently invert a gate."""
    m = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*=\s*([-+0-9.eE]+)\s*", spec)
    if not m:
        raise GateError(f"{spec!r}: expected METRIC=VALUE, e.g. flag_micro_f1=0.9")
    name, raw = m.group(1), m.group(2)
    try:
        value = float(raw)
    except ValueError:
        raise GateError(f"{spec!r}: {raw!r} is not a number") from None
    if not math.isfinite(value):
        raise GateError(f"{spec!r}: the threshold must be finite")
    lower = _is_lower_better(name)
    if kind == "under" and lower:
        raise GateError(f"{name} is lower-is-better: use --fail-over {name}={raw}")
    if kind == "over" and not lower:
        raise GateError(f"{name} is higher-is-better: use --fail-under {name}={raw}")
    return Gate(name, kind, value)


def load_thresholds(path: Path | str) -> list[Gate]:
    """Gates from a TOML file with ``[fail_under]`` and ``[fail_over]`` tables."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise GateError(f"{path}: cannot read: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise GateError(f"{path}: {e}") from None
    unknown = set(data) - {"fail_under", "fail_over"}
    if unknown:
        raise GateError(
            f"{path}: unknown table(s) {', '.join(sorted(unknown))}; use [fail_under] and [fail_over]"
        )
    gates: list[Gate] = []
    for kind in ("under", "over"):
        table = data.get(f"fail_{kind}", {})
        for name, value in _flatten(table):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise GateError(f"{path}: fail_{kind}.{name} must be a number")
            try:
                gates.append(parse_gate(f"{name}={value}", kind))
            except GateError as e:
                raise GateError(f"{path}: {e}") from None
    return gates


def _flatten(table: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in table.items():
        if isinstance(v, dict):
            out.extend(_flatten(v, f"{prefix}{k}."))
        else:
            out.append((f"{prefix}{k}", v))
    return out


def merge_gates(*groups: list[Gate]) -> list[Gate]:
    """Later groups override earlier ones for the same metric and kind."""
    merged: dict[tuple[str, str], Gate] = {}
    for group in groups:
        for g in group:
            merged[(g.metric, g.kind)] = g
    return list(merged.values())


def check_gates(metrics: dict[str, Any], gates: list[Gate]) -> list[GateResult]:
    """Each gate against ``metrics``; a metric missing from the run fails its gate."""
    out = []
    for g in gates:
        value = lookup_metric(metrics, g.metric)
        if value is None:
            ok = False
        elif g.kind == "under":
            ok = value >= g.threshold
        else:
            ok = value <= g.threshold
        out.append(GateResult(g.metric, g.kind, g.threshold, value, ok))
    return out


def gates_json(results: list[GateResult]) -> list[dict[str, Any]]:
    return [asdict(r) for r in results]


# --------------------------------------------------------------------------- baseline


class BaselineError(ValueError):
    """The baseline report cannot be read."""


def load_report(path: Path | str) -> dict[str, Any]:
    """A ``report.json`` given as the file or its folder."""
    p = Path(path)
    if p.is_dir():
        p = p / "report.json"
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise BaselineError(f"{p}: cannot read: {e.strerror or e}") from None
    except json.JSONDecodeError as e:
        raise BaselineError(f"{p}: not a report.json: {e.msg}") from None
    if not isinstance(data, dict) or "metrics" not in data or "cases" not in data:
        raise BaselineError(f"{p}: not a report.json (no 'metrics' and 'cases')")
    return data


def _numeric_leaves(metrics: dict[str, Any], prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in metrics.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_numeric_leaves(v, f"{name}."))
        elif isinstance(v, int | float) and not isinstance(v, bool):
            out[name] = float(v)
    return out


def compare(current: dict[str, Any], baseline: dict[str, Any]) -> dict[str, Any]:
    """Per-metric deltas and the cases whose verdict flipped.

    Returns:
        ``{"baseline": {run_id, commit, started_at}, "deltas": {metric: {baseline, current,
        delta, better}}, "regressed": [{id, failures}], "fixed": [id], "added": [id],
        "removed": [id]}``. ``better`` is ``True``/``False``/``None`` (unchanged), taking
        lower-is-better metrics into account. Only top-level and ``per_flag`` figures
        are compared.
    """
    cur = _numeric_leaves(current["metrics"])
    base = _numeric_leaves(baseline["metrics"])
    deltas: dict[str, dict[str, Any]] = {}
    for name in cur:
        if name not in base:
            continue
        if "." in name and not name.startswith(
            ("per_flag.", "rubric_criteria.", "guardrail_actions.")
        ):
            continue
        if name.startswith("per_flag.") and name.split(".")[-1] not in {
            "f1",
            "precision",
            "recall",
        }:
            continue
        d = cur[name] - base[name]
        better: bool | None = None
        if abs(d) > 1e-9:
            better = (d < 0) if _is_lower_better(name) else (d > 0)
        deltas[name] = {
            "baseline": base[name],
            "current": cur[name],
            "delta": round(d, 4),
            "better": better,
        }
    now = {c["id"]: c for c in current["cases"]}
    before = {c["id"]: c for c in baseline["cases"]}
    regressed = [
        {"id": cid, "failures": now[cid]["failures"]}
        for cid in now
        if cid in before and before[cid]["passed"] and not now[cid]["passed"]
    ]
    fixed = [
        cid for cid in now if cid in before and not before[cid]["passed"] and now[cid]["passed"]
    ]
    return {
        "baseline": {k: baseline.get(k) for k in ("run_id", "commit", "started_at", "dataset")},
        "deltas": deltas,
        "regressed": regressed,
        "fixed": fixed,
        "added": [cid for cid in now if cid not in before],
        "removed": [cid for cid in before if cid not in now],
    }
