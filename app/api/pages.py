"""What the HTML pages share: the templates, their security headers and static files.

Every page loads nothing from elsewhere, and the key may sit in its URL, so no Referer
leaves. Static files are served from ``app/web/static`` by bare name only, so nothing
outside that folder can be reached.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
STATIC_DIR = WEB_DIR / "static"

templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))

PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}

_MEDIA_TYPES = {"js": "text/javascript", "css": "text/css", "svg": "image/svg+xml"}


def render_page(request: Request, template: str, context: Mapping[str, Any]) -> HTMLResponse:
    """``template`` rendered with ``context``, sent with the pages' security headers."""
    response = templates.TemplateResponse(request, template, dict(context))
    response.headers.update(PAGE_HEADERS)
    return response


def static_file(name: str, allowed: re.Pattern[str]) -> FileResponse:
    """The file ``name`` of ``app/web/static``; 404 unless ``allowed`` matches the bare name.

    ``allowed`` must only accept names ending in an extension of ``_MEDIA_TYPES``.
    """
    path = STATIC_DIR / name
    if not allowed.match(name) or not path.is_file():
        raise HTTPException(404, "not found")
    return FileResponse(
        path,
        media_type=_MEDIA_TYPES[name.rsplit(".", 1)[1]],
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )
