"""Alembic environment: runs on the connection the app hands over, or on the settings' URL."""

from __future__ import annotations

from sqlalchemy import Connection

from alembic import context
from app.db.models import Base
from app.db.session import make_engine
from app.settings import get_settings

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(get_settings().sqlalchemy_url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `alembic upgrade head`")
run_migrations_online()
