"""``teinei suggest``: one suggestion for a ticket file, or a batch from JSONL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError

from app.commands.common import emit_json, fail, read_jsonl_objects
from app.schemas import Ticket


def _validation_message(err: ValidationError) -> str:
    e = err.errors()[0]
    where = ".".join(str(p) for p in e["loc"])
    return f"{where}: {e['msg']}" if where else e["msg"]


def load_ticket_file(path: Path) -> Ticket:
    """A ticket from a JSON file; errors name the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        fail(f"{path}: file not found")
    except json.JSONDecodeError as e:
        fail(f"{path}:{e.lineno}: invalid JSON: {e.msg}")
    if isinstance(data, dict) and "ticket" in data and "messages" not in data:
        data = data["ticket"]
    try:
        return Ticket.model_validate(data)
    except ValidationError as err:
        fail(f"{path}:1: invalid ticket: {_validation_message(err)}")


def load_ticket_lines(path: Path) -> list[tuple[str, Ticket]]:
    """``(id, ticket)`` for each line: a ticket, or an eval case with a ``ticket``.

    Every line is validated before any is processed, so a bad line loses no work.
    """
    out: list[tuple[str, Ticket]] = []
    for lineno, obj in read_jsonl_objects(path):
        data = obj.get("ticket", obj) if "messages" not in obj else obj
        try:
            ticket = Ticket.model_validate(data)
        except ValidationError as err:
            fail(f"{path}:{lineno}: invalid ticket: {_validation_message(err)}")
        out.append((str(obj.get("id") or ticket.ticket_id), ticket))
    return out


def register(app: typer.Typer) -> None:
    @app.command()
    def suggest(
        ticket: Path | None = typer.Option(None, "--ticket", help="A ticket JSON file."),
        jsonl: Path | None = typer.Option(None, "--jsonl", help="JSONL of tickets or eval cases."),
        tenant: str | None = typer.Option(
            None, help="Tenant (default: the ticket's, else 'default')."
        ),
        as_json: bool = typer.Option(False, "--json", help="Machine output (JSON)."),
    ) -> None:
        """Suggest a reply, next steps and escalation flags for a ticket."""
        if (ticket is None) == (jsonl is None):
            fail("give exactly one of --ticket FILE or --jsonl FILE")
        from app.services import Services
        from app.settings import get_settings

        items = [("", load_ticket_file(ticket))] if ticket else load_ticket_lines(jsonl)  # type: ignore[arg-type]
        services = Services.build(get_settings())
        try:
            for item_id, t in items:
                s = services.pipeline.run(t, tenant=tenant or t.tenant)
                if jsonl is not None:
                    emit_json({"id": item_id, **s.model_dump(mode="json")})
                elif as_json:
                    emit_json(s.model_dump(mode="json"))
                else:
                    _print_human(s)
        finally:
            services.close()


def _print_human(s: Any) -> None:
    from rich.console import Console
    from rich.panel import Panel

    console = Console()
    flags = ", ".join(f"{f.flag} ({f.severity} → {f.route})" for f in s.escalation.flags) or "none"
    console.print(Panel(s.reply, title=f"draft [{s.language}] via {s.backend.llm}", expand=False))
    console.print(f"[bold]escalation:[/bold] {flags}")
    for f in s.escalation.flags:
        console.print(f"  - {f.flag}: {f.reason} «{f.evidence}»")
    console.print("[bold]next steps:[/bold]")
    for step in s.next_steps:
        console.print(f"  - {step}")
    console.print("[bold]sources:[/bold]")
    for c in s.citations[:5]:
        console.print(f"  - {c.doc_id} ({c.doc_type}) {c.title}")
    console.print(f"[bold]guardrails:[/bold] {s.guardrails.action}")
    for g in s.guardrails.findings:
        console.print(f"  - [{g.severity}] {g.check}: {g.message}")
