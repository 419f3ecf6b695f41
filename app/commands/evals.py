"""``teinei eval run``: the QA eval suite over the real suggest pipeline, and ``teinei eval
list``: the stored runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from app.commands.common import emit_json, fail

if TYPE_CHECKING:
    from rich.console import Console

    from evals.runner import SuiteResult

eval_app = typer.Typer(
    name="eval",
    help="The QA eval suite: run it on a dataset, list stored runs.",
    no_args_is_help=True,
)

JUDGES = ("openai",)

RUN_HELP = (
    "Run every case of a dataset through the suggest pipeline and score it. Writes "
    "OUT/report.json and OUT/report.html, and stores the run under DATA_DIR/evals/runs/RUN_ID/."
    "\n\n"
    "Thresholds: --fail-under METRIC=VALUE fails the run when a higher-is-better metric is "
    "below VALUE (flag_micro_f1, flag_recall, escalate_accuracy, must_cite_recall, mrr, "
    "language_match, rubric_mean, groundedness, per_flag.FLAG.f1, ...). Lower-is-better "
    "metrics (no_flag_fpr, forbidden_violations, latency_p50_ms, latency_p95_ms, fallback_rate, "
    "guardrail_actions.block) take --fail-over METRIC=VALUE instead, which fails when the "
    "metric is above VALUE. Giving a metric to the other option is an error, so a gate cannot "
    "be silently inverted. --thresholds FILE reads the fail_under and fail_over tables of a "
    "TOML file; options on the command line override it."
    "\n\n"
    "Exit codes: 0 all thresholds met; 1 a threshold failed (the metrics are named, and with "
    "--baseline the cases that flipped); 2 bad input (dataset line, corpus, threshold, baseline)."
)


def _console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _load_inputs(
    dataset: Path,
    fail_under: list[str],
    fail_over: list[str],
    thresholds: Path | None,
    baseline: Path | None,
    settings: Any,
) -> tuple[list[Any], list[Any], dict[str, Any] | None]:
    from evals.dataset import DatasetError, load_dataset
    from evals.report import (
        BaselineError,
        GateError,
        load_report,
        load_thresholds,
        merge_gates,
        parse_gate,
    )
    from evals.store import run_path

    try:
        cases = load_dataset(dataset)
    except DatasetError as e:
        fail(str(e))
    try:
        from_file = load_thresholds(thresholds) if thresholds else []
        from_cli = [parse_gate(s, "under") for s in fail_under] + [
            parse_gate(s, "over") for s in fail_over
        ]
        gates = merge_gates(from_file, from_cli)
    except GateError as e:
        fail(str(e))
    base = None
    if baseline is not None:
        where = baseline
        if not where.exists():  # a stored run id
            where = run_path(settings, str(baseline)) or baseline
        try:
            base = load_report(where)
        except BaselineError as e:
            fail(str(e))
    return cases, gates, base


def _check_against_corpus(
    cases: list[Any], dataset: Path, corpus_dir: Path
) -> tuple[set[str], Any]:
    """Every ``must_cite`` id is a document and every flag is known to the corpus."""
    from retrieval.corpus import CorpusError, load_corpus

    try:
        corpus = load_corpus(corpus_dir)
    except CorpusError as e:
        fail(str(e))
    ids = set(corpus.by_id())
    flags = set(corpus.flags)
    for c in cases:
        for doc_id in c.expect.must_cite:
            if doc_id not in ids:
                fail(
                    f"{dataset}:{c.line}: expect.must_cite: {doc_id!r} is not a document of {corpus_dir}"
                )
        for flag in c.expect.flags or []:
            if flag not in flags:
                fail(
                    f"{dataset}:{c.line}: expect.flags: unknown flag {flag!r} (known: {', '.join(sorted(flags))})"
                )
    return flags, corpus


def _print_summary(
    console: Console, report: dict[str, Any], out_dir: Path | None, run_dir: Path
) -> None:
    from rich.table import Table

    from evals.html import HEADLINE, fmt

    m = report["metrics"]
    cmp = report.get("comparison")
    console.print(
        f"[bold]eval {report['run_id']}[/] — {m['cases_passed']}/{m['cases']} cases passed"
    )
    table = Table()
    table.add_column("metric")
    table.add_column("value", justify="right")
    if cmp:
        table.add_column("Δ baseline", justify="right")
    for key, label in HEADLINE:
        if key not in m:
            continue
        row = [label, fmt(m[key])]
        if cmp:
            d = cmp["deltas"].get(key)
            if d is None or d["better"] is None:
                row.append("")
            else:
                row.append(f"[{'green' if d['better'] else 'red'}]{d['delta']:+.4g}[/]")
        table.add_row(*row)
    console.print(table)
    weak = [
        f"{n} {f['f1']:.2f}"
        for n, f in m.get("per_flag", {}).items()
        if f["support"] and f["f1"] < 0.9
    ]
    if weak:
        console.print("[yellow]flags under 0.9 F1:[/] " + ", ".join(weak))
    failing = [c for c in report["cases"] if not c["passed"]]
    for c in failing[:10]:
        console.print(f"  [red]✗[/] {c['id']}: " + "; ".join(c["failures"])[:160])
    if len(failing) > 10:
        console.print(f"  … and {len(failing) - 10} more failing cases (see report.html)")
    if cmp:
        if cmp["regressed"]:
            console.print(
                "[red]regressed (passed → failed):[/] "
                + ", ".join(c["id"] for c in cmp["regressed"])
            )
        if cmp["fixed"]:
            console.print("[green]fixed (failed → passed):[/] " + ", ".join(cmp["fixed"]))
    for g in report.get("gates", []):
        mark = "[green]✓[/]" if g["passed"] else "[red]✗[/]"
        op = ">=" if g["kind"] == "under" else "<="
        shown = "missing" if g["value"] is None else f"{g['value']:.4g}"
        console.print(f"  {mark} {g['metric']} {op} {g['threshold']:g} (is {shown})")
    where = f"{out_dir}/report.html" if out_dir else f"{run_dir}/report.html"
    console.print(f"report: {where}  (stored as {run_dir})")


def _run_with_progress(
    cases: list[Any],
    pipeline: Any,
    tenant: str,
    metrics: list[Any],
    lookup: Any,
    workers: int,
    quiet: bool,
) -> SuiteResult:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from evals.runner import run_suite

    if quiet:
        return run_suite(
            cases, pipeline, tenant=tenant, metrics=metrics, lookup=lookup, workers=workers
        )
    with Progress(
        TextColumn("[bold]eval[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failing"),
        TimeElapsedColumn(),
        console=_console(),
        transient=True,
    ) as bar:
        task = bar.add_task("cases", total=len(cases), failed=0)
        failed = 0

        def tick(outcome: Any) -> None:
            nonlocal failed
            failed += 0 if outcome.passed else 1
            bar.update(task, advance=1, failed=failed)

        return run_suite(
            cases,
            pipeline,
            tenant=tenant,
            metrics=metrics,
            lookup=lookup,
            workers=workers,
            progress=tick,
        )


def run_command(
    dataset: Annotated[Path, typer.Option("--dataset", help="Eval cases, JSONL (DESIGN format).")],
    out: Annotated[
        Path | None, typer.Option("--out", help="Write report.json and report.html here.")
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus", help="Ingest this corpus into an isolated data dir and tenant first."
        ),
    ] = None,
    tenant: Annotated[
        str | None,
        typer.Option("--tenant", help="Tenant (default: settings; 'eval' with --corpus)."),
    ] = None,
    backend: Annotated[
        str | None, typer.Option("--backend", help="Drafter: template, openai or local.")
    ] = None,
    judge: Annotated[
        str | None, typer.Option("--judge", help="LLM judge for groundedness: openai.")
    ] = None,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under", help="METRIC=VALUE: fail if a higher-is-better metric is below."
        ),
    ] = None,
    fail_over: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-over", help="METRIC=VALUE: fail if a lower-is-better metric is above."
        ),
    ] = None,
    thresholds: Annotated[
        Path | None,
        typer.Option("--thresholds", help="TOML with [fail_under] and [fail_over] tables."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline", help="A previous run (its folder, report.json or stored run id)."
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=32, help="Cases run concurrently.")
    ] = 1,
    as_json: Annotated[
        bool, typer.Option("--json", help="Machine output: metrics, gates and paths.")
    ] = False,
) -> None:
    from app.settings import get_settings
    from evals.html import render_html
    from evals.metrics import default_metrics
    from evals.report import build_report, check_gates, compare, gates_json, git_commit
    from evals.runner import PipelineUnavailable, build_pipeline, chunk_lookup, prepare_corpus
    from evals.store import new_run_id, save_run, write_report
    from retrieval.corpus import CorpusError
    from retrieval.store import StoreUnavailable, check_tenant

    base_settings = get_settings()
    settings = base_settings
    if backend is not None:
        from app.llm import BACKENDS

        known = sorted({"template", *BACKENDS})
        if backend not in known:
            fail(f"--backend must be one of {', '.join(known)}")
        settings = settings.model_copy(update={"llm_backend": backend})
    if judge is not None and judge not in JUDGES:
        fail(f"--judge must be one of {', '.join(JUDGES)}")
    cases, gates, base = _load_inputs(
        dataset, fail_under or [], fail_over or [], thresholds, baseline, base_settings
    )
    try:
        tenant_name = check_tenant(tenant) if tenant else None
    except ValueError as e:
        fail(str(e))

    console = _console()
    quiet = as_json
    flag_names: set[str] = set()
    corpus_info: dict[str, Any] = {}
    if corpus is not None:
        flag_names, loaded = _check_against_corpus(cases, dataset, corpus)
        try:
            if not quiet:
                console.print(f"ingesting {corpus} into an isolated data dir…")
            settings, tenant_name, ingested = prepare_corpus(settings, corpus, tenant_name)
        except CorpusError as e:
            fail(str(e))
        except StoreUnavailable as e:
            fail(str(e), code=1)
        corpus_info = {
            "corpus": str(corpus),
            "documents": ingested.documents,
            "chunks": ingested.chunks,
        }
        limit = loaded.profile.refund_limit_jpy or settings.authority_limit_jpy
    else:
        from guardrails.taxonomy import BUILTIN_FLAGS

        flag_names = set(BUILTIN_FLAGS)
        tenant_name = tenant_name or settings.default_tenant
        limit = settings.authority_limit_jpy

    try:
        pipeline = build_pipeline(settings)
    except PipelineUnavailable as e:
        fail(str(e))
    metrics = default_metrics(sorted(flag_names), authority_limit_jpy=limit)
    if judge is not None:
        from app.llm import LLMError, get_llm
        from evals.judge import JudgeGroundedness

        try:
            metrics.append(
                JudgeGroundedness(get_llm(settings.model_copy(update={"llm_backend": judge})))
            )
        except LLMError as e:
            fail(f"--judge {judge}: {e}")

    suite = _run_with_progress(
        cases, pipeline, tenant_name, metrics, chunk_lookup(settings, tenant_name), workers, quiet
    )
    run_id = new_run_id()
    recorded = {
        "llm_backend": settings.llm_backend,
        "llm_model": settings.llm_model if settings.llm_backend != "template" else None,
        "embeddings": settings.embeddings,
        "judge": judge,
        "tenant": tenant_name,
        "workers": workers,
        "authority_limit_jpy": limit,
        **corpus_info,
    }
    report = build_report(
        suite,
        run_id=run_id,
        dataset=str(dataset),
        tenant=tenant_name,
        settings=recorded,
        commit=git_commit(),
    )
    results = check_gates(report["metrics"], gates)
    report["gates"] = gates_json(results)
    if base is not None:
        report["comparison"] = compare(report, base)
    html = render_html(report)
    run_dir = save_run(base_settings, report, html)
    if out is not None:
        write_report(out, report, html)

    failed = [r for r in results if not r.passed]
    if as_json:
        emit_json(
            {
                "run_id": run_id,
                "metrics": report["metrics"],
                "gates": report["gates"],
                "comparison": report.get("comparison"),
                "report": str((out or run_dir) / "report.json"),
                "passed": not failed,
            }
        )
    else:
        from rich.console import Console

        _print_summary(Console(), report, out, run_dir)
    if failed:
        msg = "thresholds failed: " + "; ".join(r.describe() for r in failed)
        cmp = report.get("comparison")
        if cmp and cmp["regressed"]:
            msg += "; regressed cases: " + ", ".join(c["id"] for c in cmp["regressed"])
        fail(msg, code=1)


run_command.__doc__ = RUN_HELP


def list_command(
    tenant: Annotated[str | None, typer.Option("--tenant", help="Only this tenant's runs.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine output.")] = False,
) -> None:
    """Stored eval runs, newest first."""
    from app.settings import get_settings
    from evals.store import list_runs

    runs = list_runs(get_settings(), tenant)
    if as_json:
        emit_json([r.to_json() for r in runs])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="eval runs")
    for col in ("run", "tenant", "dataset", "cases", "passed", "flag F1", "gates"):
        table.add_column(col)
    for r in runs:
        gates = "—" if r.gates_passed is None else ("pass" if r.gates_passed else "FAIL")
        f1 = r.metrics.get("flag_micro_f1")
        table.add_row(
            r.run_id,
            r.tenant,
            Path(r.dataset).name,
            str(r.cases),
            str(r.passed),
            f"{f1:.3f}" if f1 is not None else "—",
            gates,
        )
    Console().print(table)


def register(app: typer.Typer) -> None:
    """Add the ``eval`` group to the CLI."""
    eval_app.command("run", help=RUN_HELP)(run_command)
    eval_app.command("list")(list_command)
    app.add_typer(eval_app, name="eval")
