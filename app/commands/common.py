"""Helpers shared by CLI commands: JSON output and clean errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer


def read_jsonl_objects(path: Path, what: str = "a JSON object") -> list[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of a batch file, all read up front.

    A missing file, a broken line or a line that is not an object stops the command with
    ``FILE:LINE: what is wrong`` before any line is processed, so no work is half done.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        fail(f"{path}: file not found")
    except OSError as e:
        fail(f"{path}: cannot read: {e.strerror or e}")
    out: list[tuple[int, dict[str, Any]]] = []
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            fail(f"{path}:{lineno}: invalid JSON: {e.msg} (column {e.colno})")
        if not isinstance(obj, dict):
            fail(f"{path}:{lineno}: each line must be {what}")
        out.append((lineno, obj))
    return out


def emit_json(obj: Any) -> None:
    """Print one JSON document (UTF-8, not ASCII-escaped) on stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``teinei: error: message`` on stderr and exit with ``code``."""
    typer.echo(f"teinei: error: {message}", err=True)
    raise typer.Exit(code)
