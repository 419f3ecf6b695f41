"""JSON errors with clear messages: every error body has ``detail`` and ``request_id``.

Validation errors list each problem with its field path (``messages[0].text``). A value
over a documented size limit (too many messages, a text too long) is 413, not 422, so a
client can tell "shorten it" from "fix it".
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api.concurrency import Busy

TOO_LARGE_TYPES = frozenset({"too_long", "string_too_long"})


def _request_id(request: Request) -> str | None:
    rid = getattr(request.state, "request_id", None)
    return rid if isinstance(rid, str) else None


def field_path(loc: tuple[Any, ...] | list[Any]) -> str:
    """``("body", "messages", 0, "text")`` → ``messages[0].text``."""
    parts = list(loc)
    where = ""
    if parts and parts[0] in ("body", "query", "path", "header"):
        where = "" if parts[0] == "body" else f"{parts[0]}:"
        parts = parts[1:]
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += f".{p}" if out else str(p)
    return where + (out or "<body>")


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "field": field_path(e.get("loc", ())),
            "message": e.get("msg", ""),
            "type": e.get("type", ""),
        }
        for e in exc.errors()
    ]
    too_large = [e for e in errors if e["type"] in TOO_LARGE_TYPES]
    status = 413 if too_large else 422
    shown = too_large or errors
    summary = "; ".join(f"{e['field']}: {e['message']}" for e in shown[:5])
    prefix = "request too large" if too_large else "invalid request"
    return JSONResponse(
        {"detail": f"{prefix}: {summary}", "errors": errors, "request_id": _request_id(request)},
        status_code=status,
    )


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return JSONResponse(
        {"detail": exc.detail, "request_id": _request_id(request)},
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


async def busy_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Busy)
    return JSONResponse(
        {"detail": str(exc), "request_id": _request_id(request)},
        status_code=503,
        headers={"Retry-After": str(exc.retry_after)},
    )


def install(app: FastAPI) -> None:
    """Register the JSON error handlers on ``app``."""
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Busy, busy_error)


def _schema(description: str, example: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"example": {**example, "request_id": "3f9c0d4e5a6b"}}},
    }


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: _schema("Missing, unknown or revoked API key", {"detail": "invalid or revoked API key"}),
    403: _schema(
        "The key's role may not call this endpoint",
        {"detail": "a key with role 'agent' may not call this endpoint (allowed roles: admin)"},
    ),
    413: _schema(
        "Body over 256 KiB, or a value over a documented limit",
        {
            "detail": "request too large: messages: List should have at most 50 items after validation, not 51"
        },
    ),
    422: _schema(
        "Invalid request, with each field path",
        {
            "detail": "invalid request: messages[0].role: Input should be 'customer' or 'agent'",
            "errors": [
                {
                    "field": "messages[0].role",
                    "message": "Input should be 'customer' or 'agent'",
                    "type": "literal_error",
                }
            ],
        },
    ),
}

BUSY_RESPONSE: dict[int | str, dict[str, Any]] = {
    503: _schema(
        "Too many suggestions in progress; retry after the Retry-After header's seconds",
        {"detail": "the service is busy: 32 suggestions are already waiting; retry shortly"},
    )
}
