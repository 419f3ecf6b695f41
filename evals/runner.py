"""Running eval cases through the suggest pipeline and scoring them.

The pipeline is anything with ``run(ticket, tenant=...) -> Suggestion``; the real one is
built by :func:`build_pipeline`, tests pass a fake of their own. Scoring is the metrics'
business (:mod:`evals.metrics`); this module only runs, times and collects.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.schemas import Suggestion, Ticket
from evals.dataset import EvalCase
from evals.metrics import EvalResult, Metric, MetricResult, confusion_matrix, default_metrics

if TYPE_CHECKING:
    from app.settings import Settings

EVAL_TENANT = "eval"


class Pipeline(Protocol):
    """What the suite needs of a suggest pipeline."""

    def run(self, ticket: Ticket, *, tenant: str | None = None) -> Suggestion: ...


ChunkLookup = Callable[[Sequence[str]], dict[str, str]]
Progress = Callable[["CaseOutcome"], None]


class PipelineUnavailable(RuntimeError):
    """The real suggest pipeline cannot be built (a part is missing or misconfigured)."""


def build_pipeline(settings: Settings) -> Pipeline:
    """The real suggest pipeline for ``settings``, through :class:`app.services.Services`.

    Imported lazily: the services load the embedder and stores, which the unit tests of
    the metrics never need.

    Raises:
        PipelineUnavailable: when the services cannot provide a pipeline.
    """
    try:
        from app.services import Services

        services = Services.build(settings)
    except Exception as exc:  # any fault here is "cannot build", said once and cleanly
        raise PipelineUnavailable(
            f"the suggest pipeline cannot be built: {type(exc).__name__}: {exc}"
        ) from exc
    pipeline = getattr(services, "pipeline", None)
    if pipeline is None:
        raise PipelineUnavailable("app.services.Services has no suggest pipeline yet")
    return pipeline


def corpus_workspace(settings: Settings, corpus_dir: Path | str) -> Path:
    """An isolated data dir for evals over ``corpus_dir`` (one per corpus path, reused so
    the incremental ingest embeds only what changed)."""
    key = hashlib.sha256(str(Path(corpus_dir).resolve()).encode()).hexdigest()[:12]
    return settings.data_dir / "evals" / "corpora" / f"{Path(corpus_dir).name}-{key}"


def prepare_corpus(
    settings: Settings, corpus_dir: Path | str, tenant: str | None = None
) -> tuple[Settings, str, Any]:
    """Ingest ``corpus_dir`` into an isolated data dir and tenant.

    Returns:
        The settings pointing at that data dir (and corpus), the tenant, and the ingest report.

    Raises:
        retrieval.corpus.CorpusError: when the corpus is malformed.
    """
    from retrieval.ingest import ingest

    isolated = settings.model_copy(
        update={"data_dir": corpus_workspace(settings, corpus_dir), "corpus_dir": Path(corpus_dir)}
    )
    tenant_name = tenant or EVAL_TENANT
    report = ingest(corpus_dir, tenant=tenant_name, settings=isolated)
    return isolated, tenant_name, report


def chunk_lookup(settings: Settings, tenant: str) -> ChunkLookup:
    """Full chunk texts from a tenant's chunk table (empty when it cannot be read)."""

    def lookup(chunk_ids: Sequence[str]) -> dict[str, str]:
        try:
            from retrieval.store import ChunkTable

            table = ChunkTable.for_tenant(settings, tenant)
            if not table.exists():
                return {}
            try:
                return {cid: c.text for cid, c in table.get(chunk_ids).items()}
            finally:
                table.close()
        except Exception:  # groundedness falls back to the snippets
            return {}

    return lookup


@dataclass
class CaseOutcome:
    """One case after running and scoring.

    Attributes:
        case: The eval case.
        result: What the pipeline produced.
        scores: Each metric's result, by metric name.
    """

    case: EvalCase
    result: EvalResult
    scores: dict[str, MetricResult] = field(default_factory=dict)

    @property
    def failures(self) -> list[str]:
        if self.result.error:
            # the metrics' misses all follow from the error; naming it alone is clearer
            return [f"pipeline error: {self.result.error.splitlines()[0]}"]
        out: list[str] = []
        for r in self.scores.values():
            if r.passed is False:
                out.extend(r.failures)
        return out

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass
class SuiteResult:
    """A whole run: every case outcome and the aggregate figures."""

    outcomes: list[CaseOutcome]
    metrics: dict[str, Any]
    confusion: dict[str, dict[str, int]]
    started_at: str
    duration_s: float


def run_case(
    case: EvalCase,
    pipeline: Pipeline,
    tenant: str,
    metrics: Sequence[Metric],
    lookup: ChunkLookup | None = None,
) -> CaseOutcome:
    """Run one case through the pipeline and score it. A pipeline exception fails the case,
    never the run."""
    ticket = case.ticket.model_copy(update={"tenant": tenant})
    t0 = time.perf_counter()
    try:
        suggestion: Suggestion | None = pipeline.run(ticket, tenant=tenant)
        error = None
    except Exception as exc:  # one broken case must not hide the other 149
        suggestion, error = None, f"{type(exc).__name__}: {exc}"[:500]
    latency = (time.perf_counter() - t0) * 1000
    contexts: dict[str, str] = {}
    if suggestion is not None and lookup is not None and suggestion.citations:
        contexts = lookup([c.chunk_id for c in suggestion.citations])
    result = EvalResult(suggestion=suggestion, latency_ms=latency, error=error, contexts=contexts)
    return CaseOutcome(case, result, {m.name: m.score(case, result) for m in metrics})


def aggregate(outcomes: Sequence[CaseOutcome], metrics: Sequence[Metric]) -> dict[str, Any]:
    """The report's ``metrics`` object from the case outcomes."""
    out: dict[str, Any] = {
        "cases": len(outcomes),
        "cases_passed": sum(1 for o in outcomes if o.passed),
        "pass_rate": round(sum(1 for o in outcomes if o.passed) / len(outcomes), 4)
        if outcomes
        else 0.0,
        "pipeline_errors": sum(1 for o in outcomes if o.result.error),
    }
    for m in metrics:
        out.update(m.aggregate([o.scores[m.name] for o in outcomes]))
    return out


def run_suite(
    cases: Sequence[EvalCase],
    pipeline: Pipeline,
    *,
    tenant: str,
    metrics: Sequence[Metric] | None = None,
    lookup: ChunkLookup | None = None,
    workers: int = 1,
    progress: Progress | None = None,
) -> SuiteResult:
    """Run and score every case, in dataset order.

    Args:
        cases: The eval cases.
        pipeline: Anything with ``run(ticket, tenant=...)``.
        tenant: The tenant whose knowledge the pipeline retrieves from.
        metrics: The metrics (default: :func:`evals.metrics.default_metrics`).
        lookup: Reads full chunk texts for groundedness (default: snippets only).
        workers: Cases run concurrently (the pipeline serves many threads).
        progress: Called after each case.
    """
    ms = list(metrics) if metrics is not None else default_metrics()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()

    def one(case: EvalCase) -> CaseOutcome:
        outcome = run_case(case, pipeline, tenant, ms, lookup)
        if progress is not None:
            progress(outcome)
        return outcome

    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            outcomes = list(pool.map(one, cases))
    else:
        outcomes = [one(c) for c in cases]
    flag_results = [o.scores["flags"] for o in outcomes if "flags" in o.scores]
    return SuiteResult(
        outcomes=outcomes,
        metrics=aggregate(outcomes, ms),
        confusion=confusion_matrix(flag_results),
        started_at=started,
        duration_s=round(time.perf_counter() - t0, 3),
    )
