"""The ``teinei`` command line. Each command group lives in ``app/commands/<name>.py`` and
registers itself through a ``register(app)`` function, so the CLI stays a thin shell."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="teinei",
    help="teinei (丁寧): agent-assist for complaint handling, Japanese and English.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES: tuple[str, ...] = (
    "retrieval",
    "guard",
    "suggest",
    "serve",
    "evals",
    "keys",
    "demo_data",
    "roleplay",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.commands.{name}").register(app)


_register_all()


def main() -> None:
    """Console-script entry point."""
    app()
