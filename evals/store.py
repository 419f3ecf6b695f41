"""Stored eval runs: ``<data dir>/evals/runs/<run_id>/`` with ``report.json``,
``report.html`` and a small ``summary.json`` that :func:`list_runs` reads (the QA page
lists runs without loading every case)."""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.settings import Settings

SUMMARY_METRICS = (
    "flag_micro_f1",
    "escalate_accuracy",
    "no_flag_fpr",
    "must_cite_recall",
    "mrr",
    "forbidden_violations",
    "language_match",
    "rubric_mean",
    "groundedness",
    "latency_p95_ms",
    "pass_rate",
)


def runs_dir(settings: Settings) -> Path:
    """Where runs are kept."""
    return settings.data_dir / "evals" / "runs"


def new_run_id() -> str:
    """A sortable, unique run id: UTC time then random hex."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


@dataclass(frozen=True)
class RunSummary:
    """One stored run, as a list of runs shows it.

    Attributes:
        run_id: The folder name under :func:`runs_dir`.
        tenant: The tenant the run used.
        dataset: The dataset file name.
        started_at: ISO 8601 UTC.
        duration_s: Wall time of the run.
        commit: The git commit the run was made at.
        cases: Number of cases.
        passed: Cases passed.
        gates_passed: ``None`` when the run had no gates.
        metrics: The headline metrics (:data:`SUMMARY_METRICS`).
        path: The run folder.
    """

    run_id: str
    tenant: str
    dataset: str
    started_at: str
    duration_s: float
    commit: str
    cases: int
    passed: int
    gates_passed: bool | None
    metrics: dict[str, Any]
    path: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def summarize(report: dict[str, Any], path: Path) -> RunSummary:
    """The summary of a report."""
    m = report.get("metrics", {})
    gates = report.get("gates")
    return RunSummary(
        run_id=str(report.get("run_id", path.name)),
        tenant=str(report.get("tenant", "")),
        dataset=str(report.get("dataset", "")),
        started_at=str(report.get("started_at", "")),
        duration_s=float(report.get("duration_s", 0.0)),
        commit=str(report.get("commit", "unknown")),
        cases=int(m.get("cases", len(report.get("cases", [])))),
        passed=int(m.get("cases_passed", 0)),
        gates_passed=None if not gates else all(g["passed"] for g in gates),
        metrics={k: m[k] for k in SUMMARY_METRICS if k in m},
        path=str(path),
    )


def save_run(settings: Settings, report: dict[str, Any], html: str) -> Path:
    """Write a run's files under :func:`runs_dir`; returns the run folder."""
    folder = runs_dir(settings) / report["run_id"]
    write_report(folder, report, html)
    (folder / "summary.json").write_text(
        json.dumps(summarize(report, folder).to_json(), ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return folder


def write_report(folder: Path, report: dict[str, Any], html: str) -> None:
    """``report.json`` and ``report.html`` into ``folder`` (created)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (folder / "report.html").write_text(html, encoding="utf-8")


def list_runs(settings: Settings, tenant: str | None = None) -> list[RunSummary]:
    """Stored runs, newest first; only ``tenant``'s when given. Unreadable runs are skipped."""
    root = runs_dir(settings)
    if not root.is_dir():
        return []
    out: list[RunSummary] = []
    for folder in root.iterdir():
        if not folder.is_dir():
            continue
        try:
            data = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
            summary = RunSummary(**data)
        except (OSError, ValueError, TypeError):
            continue
        if tenant is None or summary.tenant == tenant:
            out.append(summary)
    out.sort(key=lambda s: (s.started_at, s.run_id), reverse=True)
    return out


def run_path(settings: Settings, run_id: str) -> Path | None:
    """The folder of a stored run, or ``None`` (``run_id`` must be a plain folder name)."""
    if not run_id or "/" in run_id or "\\" in run_id or run_id.startswith("."):
        return None
    folder = runs_dir(settings) / run_id
    return folder if (folder / "report.json").is_file() else None
