"""``teinei serve``: the HTTP service and web UI."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: str = typer.Option("127.0.0.1", help="Interface to bind."),
        port: int = typer.Option(8000, help="Port to listen on."),
        workers: int = typer.Option(1, help="uvicorn worker processes."),
    ) -> None:
        """Serve the HTTP API and the web UI."""
        import uvicorn

        typer.echo(
            f"teinei: serving on http://{host}:{port}/  (API docs: http://{host}:{port}/docs)"
        )
        uvicorn.run(
            "app.main:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_config=None,  # uvicorn's records go through the app's JSON log handler
        )
