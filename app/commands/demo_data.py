"""``teinei demo-data``: a few weeks of seeded activity for trying the dashboard."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.commands.common import emit_json, fail


def demo_data(
    tenant: Annotated[
        str | None, typer.Option("--tenant", help="Whose activity (default: the default tenant).")
    ] = None,
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=52, help="Weeks up to today.")] = 6,
    seed: Annotated[int, typer.Option("--seed", help="The same seed writes the same rows.")] = 7,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Corpus whose past cases become tickets.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine output.")] = False,
) -> None:
    """Fill the suggestion log and feedback with seeded demo activity (idempotent per seed).

    Tickets are the corpus's past cases, varied, plus a few about topics it has no manual
    for; texts are redacted as the live log redacts them. Running it again with the same
    seed replaces that seed's rows; other rows are left alone.
    """
    from app.dashboard.demo import generate
    from app.db import Database
    from app.settings import get_settings
    from retrieval.store import check_tenant

    settings = get_settings()
    tenant = tenant or settings.default_tenant
    try:
        check_tenant(tenant)
    except ValueError as e:
        fail(str(e))
    corpus_dir = corpus or settings.corpus_dir
    if not (corpus_dir / "resolutions").is_dir():
        fail(f"{corpus_dir}: no resolutions/ folder to build tickets from")
    db = Database.from_settings(settings)
    try:
        db.migrate()
        report = generate(db, corpus_dir=corpus_dir, tenant=tenant, weeks=weeks, seed=seed)
    finally:
        db.close()
    if as_json:
        emit_json(report.to_json())
        return
    typer.echo(
        f"teinei: demo data for tenant {tenant!r} (seed {seed}): {report.suggestions} "
        f"suggestions, {report.feedback} feedback, {report.gaps} knowledge-gap tickets, "
        f"{report.start} to {report.end}"
        + (f"; replaced {report.replaced} earlier rows of this seed" if report.replaced else "")
    )
    typer.echo("open /dashboard with a qa or admin key: teinei keys create --tenant T --role qa")


def register(app: typer.Typer) -> None:
    """Add ``demo-data`` to the CLI."""
    app.command("demo-data")(demo_data)
