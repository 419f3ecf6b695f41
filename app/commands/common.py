"""Helpers shared by CLI commands: JSON output and clean errors."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer


def emit_json(obj: Any) -> None:
    """Print one JSON document (UTF-8, not ASCII-escaped) on stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``teinei: error: message`` on stderr and exit with ``code``."""
    typer.echo(f"teinei: error: {message}", err=True)
    raise typer.Exit(code)
