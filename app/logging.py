"""Structured JSON logs, one object a line, each with the request id of the request it serves.

Log calls pass data in ``extra={"fields": {...}}``; the formatter merges it into the
object. Callers log identifiers, hashes, flags and timings, never a ticket's text.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

request_id_var: ContextVar[str | None] = ContextVar("teinei_request_id", default=None)

_HANDLER_NAME = "teinei-json"


class JsonFormatter(logging.Formatter):
    """Formats records as one JSON object: time, level, logger, message, request id, fields."""

    def format(self, record: logging.LogRecord) -> str:
        obj: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or request_id_var.get()
        if rid:
            obj["request_id"] = rid
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            obj.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            obj["exc_type"] = record.exc_info[0].__name__
            obj["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(obj, ensure_ascii=False, default=str)


_factory_installed = False


def _install_record_factory() -> None:
    """Stamp each record with the request id when it is created, in the caller's context."""
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        record.request_id = request_id_var.get()
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True


def configure_logging(level: str = "INFO") -> None:
    """Send the root logger's records to stderr as JSON (idempotent)."""
    _install_record_factory()
    root = logging.getLogger()
    for handler in root.handlers:
        if handler.get_name() == _HANDLER_NAME:
            break
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
    root.setLevel(level.upper())
    # Our middleware writes one access line per request, with route, status and timing.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    for noisy in ("alembic", "httpx", "httpx2", "bm25s", "chromadb"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
