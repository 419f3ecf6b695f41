"""``teinei roleplay``: a role-play in the terminal, stored like the web page's sessions.

The trainee's replies are read line by line from stdin (so a test or a script can drive
it); ``/end`` or the end of input ends the session and prints the report.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from app.commands.common import emit_json, fail

if TYPE_CHECKING:
    from rich.console import Console

    from app.roleplay.service import RoleplayService

END_COMMANDS = frozenset({"/end", "/quit", "/exit", "/終了"})


def _service() -> RoleplayService:
    from app.db import Database
    from app.roleplay.service import RoleplayService
    from app.settings import get_settings
    from retrieval.corpus import CorpusError

    settings = get_settings()
    db = Database.from_settings(settings)
    db.migrate()
    try:
        return RoleplayService.build(settings, db)
    except CorpusError as e:
        fail(str(e))


def _read_line() -> str | None:
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\r\n")


def _pick(console: Console, service: RoleplayService) -> str:
    scenarios = service.scenarios()
    for i, s in enumerate(scenarios, start=1):
        console.print(
            f"[bold]{i:>2}[/bold]  {s['id']}  [dim]({s['lang']}, {s['difficulty']})[/dim]  {s['title']}"
        )
    console.print("Scenario (number or id):", end=" ")
    choice = (_read_line() or "").strip()
    if choice.isdigit() and 1 <= int(choice) <= len(scenarios):
        return str(scenarios[int(choice) - 1]["id"])
    if any(s["id"] == choice for s in scenarios):
        return choice
    fail(f"no scenario {choice!r}")


def _print_turn(console: Console, out: dict[str, Any]) -> None:
    from rich.markup import escape

    turn = out["turn"]
    console.print(f"[bold red]お客様 / Customer:[/bold red] {escape(out['customer'])}")
    tip = turn["tip"]
    section = tip.get("section")
    where = ""
    if section:
        where = section["title"] + (f" — {section['heading']}" if section.get("heading") else "")
    console.print(
        f"[dim]score {turn['score']}/100 · mood {out['mood']} ({out['band']}) · "
        f"{turn['delta']:+d}[/dim]"
    )
    console.print(f"[yellow]tip:[/yellow] {escape(tip['text'])}")
    if where:
        console.print(f"[yellow]reread:[/yellow] {escape(where)}")
    for fact in turn["assessment"]["revealed"]:
        console.print(f"[green]fact uncovered:[/green] {escape(fact['text'])}")


def _print_report(console: Console, report: dict[str, Any]) -> None:
    from rich.markup import escape

    verdict = "[green]goal reached[/green]" if report["success"] else "[red]goal not reached[/red]"
    console.rule("Report")
    console.print(
        f"{verdict} · outcome {report['outcome'] or '—'} (goal {report['goal']}) · "
        f"{report['turns']} turns · mean score {report['mean_score']}"
    )
    console.print("scores: " + " ".join(str(s) for s in report["scores"]))
    console.print("[bold]What went well[/bold]")
    for item in report["went_well"]:
        console.print(f"  + {escape(item)}")
    console.print("[bold]What to fix[/bold]")
    for item in report["to_fix"]:
        console.print(f"  - {escape(item)}")
    console.print("[bold]Manual sections to reread[/bold]")
    for s in report["manual_sections"]:
        console.print(f"  * {escape(s['label'])} [dim]({s['doc_id']})[/dim]")


def register(app: typer.Typer) -> None:
    @app.command()
    def roleplay(
        scenario: Annotated[
            str | None, typer.Option("--scenario", help="Scenario card id (asked when omitted).")
        ] = None,
        trainee: Annotated[str, typer.Option("--trainee", help="Who is training.")] = "",
        tenant: Annotated[
            str | None, typer.Option(help="Tenant the session is stored under.")
        ] = None,
        seed: Annotated[
            int | None, typer.Option(help="Seed of the scripted customer's lines (replayable).")
        ] = None,
        as_json: Annotated[
            bool, typer.Option("--json", help="Machine output: the session and report at the end.")
        ] = False,
    ) -> None:
        """A role-play in the terminal: replies from stdin, one per line; /end ends it."""
        from rich.console import Console
        from rich.markup import escape

        from app.settings import get_settings

        console = Console(stderr=as_json, highlight=False)
        service = _service()
        tenant_name = tenant or get_settings().default_tenant
        scenario_id = scenario or _pick(console, service)
        if service.library.get(scenario_id) is None:
            fail(f"no scenario {scenario_id!r} (known: {', '.join(service.library.cards)})")
        session = service.start(
            tenant=tenant_name, scenario_id=scenario_id, trainee=trainee, seed=seed
        )
        console.rule(escape(session["title"]))
        console.print(f"[bold red]お客様 / Customer:[/bold red] {escape(session['opening_line'])}")
        console.print("[dim]Type your reply and press Enter; /end to finish.[/dim]")
        turns: list[dict[str, Any]] = []
        report: dict[str, Any] | None = None
        while True:
            console.print("[bold blue]>[/bold blue]", end=" ")
            line = _read_line()
            if line is None or line.strip() in END_COMMANDS:
                break
            if not line.strip():
                continue
            out = service.reply(tenant=tenant_name, session_id=session["session_id"], text=line)
            turns.append(out["turn"])
            _print_turn(console, out)
            if out["ended"]:
                report = out["report"]
                break
        if report is None:
            report = service.end(tenant=tenant_name, session_id=session["session_id"])
        _print_report(console, report)
        service.close()
        if as_json:
            emit_json(
                {
                    "session_id": session["session_id"],
                    "scenario_id": scenario_id,
                    "turns": turns,
                    "report": {k: v for k, v in report.items() if k != "chart_svg"},
                }
            )
