"""The database: an engine per process, sessions per unit of work, migrations on startup.

SQLite (the default, under the data dir) runs in WAL mode with ``synchronous=FULL``, so
a write that was acknowledged survives ``kill -9`` and power loss; PostgreSQL is used when
``TEINEI_DATABASE_URL`` names it. Both are brought to the newest Alembic revision by
:meth:`Database.migrate`; on PostgreSQL an advisory lock keeps workers that start
together from migrating at the same time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.settings import REPO_ROOT, Settings

log = logging.getLogger("teinei.db")

ALEMBIC_DIR = REPO_ROOT / "alembic"
ALEMBIC_INI = REPO_ROOT / "alembic.ini"
# Any constant works; it only has to be the same in every worker.
MIGRATION_LOCK_ID = 0x7E1E1


def normalize_url(url: str) -> str:
    """Use psycopg 3 for ``postgresql://`` URLs (SQLAlchemy's default driver is psycopg2)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with teinei's connection settings."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


class Database:
    """An engine and its session factory.

    Args:
        url: A SQLAlchemy URL (``sqlite:///...`` or ``postgresql://...``).

    Attributes:
        engine: The process-wide engine.
        dialect: ``sqlite`` or ``postgresql``.
    """

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        """The database of ``settings`` (``TEINEI_DATABASE_URL`` or SQLite in the data dir)."""
        return cls(settings.sqlalchemy_url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed when the block ends normally and rolled back otherwise."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def ping(self) -> None:
        """Raise if the database cannot answer ``SELECT 1``."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to ``revision`` with Alembic (idempotent)."""
        from alembic.config import Config

        from alembic import command

        cfg = Config(str(ALEMBIC_INI))
        cfg.set_main_option("script_location", str(ALEMBIC_DIR))
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
