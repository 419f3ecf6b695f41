"""``teinei ingest`` and ``teinei search``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.commands.common import emit_json, fail, read_jsonl_objects
from app.settings import get_settings
from retrieval.corpus import CorpusError
from retrieval.store import StoreUnavailable, check_tenant

CorpusOpt = Annotated[
    Path | None, typer.Option("--corpus", help="Corpus folder (default: the settings' corpus).")
]
TenantOpt = Annotated[str | None, typer.Option("--tenant", help="Tenant (default: settings).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine output (one JSON document).")]


def _tenant(value: str | None) -> str:
    tenant = value or get_settings().default_tenant
    try:
        return check_tenant(tenant)
    except ValueError as e:
        fail(str(e))


def ingest_command(
    corpus: CorpusOpt = None,
    tenant: TenantOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Build or refresh a tenant's indexes from a corpus folder (idempotent, incremental)."""
    from retrieval.ingest import ingest

    settings = get_settings()
    tenant_name = _tenant(tenant)
    try:
        report = ingest(corpus or settings.corpus_dir, tenant=tenant_name, settings=settings)
    except CorpusError as e:
        fail(str(e))
    except StoreUnavailable as e:
        fail(str(e), code=1)
    if as_json:
        emit_json(report.to_json())
        return
    from rich.console import Console

    Console().print(
        f"[bold]{report.tenant}[/]: {report.documents} documents, {report.chunks} chunks — "
        f"added {report.added}, updated {report.updated}, deleted {report.deleted}, "
        f"unchanged {report.unchanged}; embedded {report.embedded} chunks "
        f"in {report.seconds:.1f} s"
    )


def _read_jsonl_queries(path: Path) -> list[tuple[str, str]]:
    """``(id, query)`` of each line; a bad line fails with ``FILE:LINE: what is wrong``."""
    out: list[tuple[str, str]] = []
    for lineno, obj in read_jsonl_objects(path, "a JSON object with 'id' and 'query'"):
        query = obj.get("query")
        if not isinstance(query, str) or not query.strip():
            fail(f"{path}:{lineno}: 'query' must be a non-empty string")
        if "id" not in obj or not isinstance(obj["id"], str | int):
            fail(f"{path}:{lineno}: 'id' is missing (a string)")
        out.append((str(obj["id"]), query))
    return out


def search_command(
    query: Annotated[str | None, typer.Argument(help="The query text.")] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="How many hits.")] = 8,
    tenant: TenantOpt = None,
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help='Batch: lines {"id", "query"}.')
    ] = None,
    mode: Annotated[str, typer.Option("--mode", help="hybrid, lexical or vector.")] = "hybrid",
    as_json: JsonOpt = False,
) -> None:
    """Hybrid retrieval over a tenant's manuals, past resolutions and policies."""
    from retrieval.search import MODES, HybridSearcher

    if (query is None) == (jsonl is None):
        fail("give a QUERY or --jsonl FILE (not both)")
    if mode not in MODES:
        fail(f"--mode must be one of {', '.join(MODES)}")
    tenant_name = _tenant(tenant)
    searcher = HybridSearcher(get_settings())
    if jsonl is not None:
        batch = _read_jsonl_queries(jsonl)  # validate every line before searching
        for qid, text in batch:
            result = searcher.search(text, tenant=tenant_name, k=k, mode=mode)  # type: ignore[arg-type]
            emit_json({"id": qid, **result.to_json()})
        return
    assert query is not None
    result = searcher.search(query, tenant=tenant_name, k=k, mode=mode)  # type: ignore[arg-type]
    if as_json:
        emit_json(result.to_json())
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if result.degraded:
        for note in result.notes:
            console.print(f"[yellow]warning:[/] {note}")
    table = Table(title=f"{query}  [{result.language}]", show_lines=False)
    table.add_column("#", justify="right")
    table.add_column("score", justify="right")
    table.add_column("type")
    table.add_column("doc")
    table.add_column("section / snippet", overflow="fold")
    for i, hit in enumerate(result.hits, start=1):
        table.add_row(
            str(i),
            f"{hit.score:.4f}",
            hit.doc_type,
            hit.doc_id,
            f"[bold]{hit.heading}[/]\n{hit.snippet}",
        )
    console.print(table)
    if not result.hits:
        console.print("no hits (has the tenant been ingested? run `teinei ingest`)")


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``search`` to the CLI."""
    app.command("ingest")(ingest_command)
    app.command("search")(search_command)
