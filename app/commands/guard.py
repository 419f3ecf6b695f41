"""``teinei guard``: the input guardrails' findings for a text, or a batch from JSONL."""

from __future__ import annotations

from pathlib import Path

import typer

from app.commands.common import emit_json, fail, read_jsonl_objects


def _engine(tenant: str | None) -> object:
    from app.settings import get_settings
    from guardrails.escalation import EscalationEngine
    from retrieval.policy_store import load_policy

    settings = get_settings()
    policy = load_policy(settings, tenant or settings.default_tenant)
    limit = policy.profile.refund_limit_jpy or settings.authority_limit_jpy
    return EscalationEngine(rules=policy.rules, flags=policy.flags, authority_limit_jpy=limit)


def _read_jsonl(path: Path) -> list[tuple[str, str]]:
    """``(id, text)`` per line; every line is checked before any is processed."""
    items: list[tuple[str, str]] = []
    for lineno, obj in read_jsonl_objects(path, "an object with a string 'text'"):
        if not isinstance(obj.get("text"), str):
            fail(f"{path}:{lineno}: each line must be an object with a string 'text'")
        items.append((str(obj.get("id", lineno)), obj["text"]))
    return items


def register(app: typer.Typer) -> None:
    @app.command()
    def guard(
        text: str | None = typer.Argument(None, help="The text to check."),
        jsonl: Path | None = typer.Option(None, "--jsonl", help='JSONL of {"id", "text"} lines.'),
        tenant: str | None = typer.Option(None, help="Whose policy rules to apply."),
        as_json: bool = typer.Option(False, "--json", help="Machine output (JSON)."),
    ) -> None:
        """Input guardrail findings: personal data, prompt injection, escalation flags."""
        from guardrails.pipeline import guard_text

        if (text is None) == (jsonl is None):
            fail("give exactly one of TEXT or --jsonl FILE")
        engine = _engine(tenant)
        if jsonl is not None:
            for item_id, item_text in _read_jsonl(jsonl):
                emit_json({"id": item_id, **guard_text(item_text, engine).to_dict()})  # type: ignore[arg-type]
            return
        report = guard_text(text or "", engine)  # type: ignore[arg-type]
        if as_json:
            emit_json(report.to_dict())
            return
        typer.echo(f"action: {report.action}   language: {report.language}")
        typer.echo(f"redacted: {report.sanitized}")
        for f in report.findings:
            span = f" «{f.span_text(report.text)}»" if f.has_span and f.check != "pii" else ""
            typer.echo(
                f"  [{f.severity}] {f.check}{'/' + f.type if f.type else ''}{span}: {f.message}"
            )
        for fl in report.flags:
            typer.echo(
                f"  flag {fl.flag} ({fl.severity} → {fl.route}): {fl.reason} «{fl.evidence}»"
            )
