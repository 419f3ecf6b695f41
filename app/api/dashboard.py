"""The supervisors' dashboard: ``GET /dashboard`` and its JSON and CSV routes.

The page loads without a key (it asks for one, like the sidebar, and sends it as
``Authorization: Bearer …``). Every data route needs a ``qa`` or ``admin`` key and shows
that key's tenant only. Figures are aggregates; texts are the redacted snippets the log
keeps. Per-agent figures are for ``admin`` keys only: ``qa`` keys never receive them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from app import __version__
from app.api.errors import ERROR_RESPONSES
from app.api.pages import render_page
from app.auth import Principal, QAPrincipal, Role
from app.dashboard import DashboardFilters, gaps, load_rows, summary, table_rows, themes, to_csv
from app.dashboard.export import ADMIN_TABLES, SUMMARY_TABLES, TABLES
from app.dashboard.rows import LogRow
from app.dashboard.themes import Embeds
from app.deps import DatabaseDep, SettingsDep

router = APIRouter(tags=["dashboard"])


def get_dashboard_embedder(settings: SettingsDep) -> Embeds:
    """The embedder that places snippets for clustering (the service's own)."""
    from retrieval.embedders import get_embedder

    return get_embedder(settings)


EmbedderDep = Annotated[Embeds, Depends(get_dashboard_embedder)]


def view(
    principal: QAPrincipal,
    start: Annotated[date | None, Query(description="First day (UTC), default 8 weeks ago")] = None,
    end: Annotated[date | None, Query(description="Last day included (UTC), default today")] = None,
    channel: Annotated[
        Literal["email", "chat", "phone", "sns", "form"] | None, Query(description="One channel")
    ] = None,
    language: Annotated[Literal["ja", "en"] | None, Query(description="One language")] = None,
) -> DashboardFilters:
    """The filters of a request, always on the key's tenant."""
    try:
        return DashboardFilters.build(
            principal.tenant, start=start, end=end, channel=channel, language=language
        )
    except ValueError as e:
        raise HTTPException(422, str(e)) from None


ViewDep = Annotated[DashboardFilters, Depends(view)]


class _ClusterCache:
    """Recent theme and gap results, so reloading a view does not embed its snippets again.

    A result is keyed by the view and by the rows it was computed from (count and last id),
    so new suggestions invalidate it.
    """

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> dict[str, Any] | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], value: dict[str, Any]) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


_cache = _ClusterCache()


def _key(
    kind: str, filters: DashboardFilters, rows: list[LogRow], extra: Any = None
) -> tuple[Any, ...]:
    last = rows[-1].suggestion_id if rows else ""
    return (kind, filters, len(rows), last, extra)


def _themes(filters: DashboardFilters, rows: list[LogRow], embedder: Embeds) -> dict[str, Any]:
    key = _key("themes", filters, rows, id(embedder))
    found = _cache.get(key)
    if found is None:
        found = themes(rows, filters, embedder)
        _cache.put(key, found)
    return found


def _gaps(
    filters: DashboardFilters, rows: list[LogRow], embedder: Embeds, threshold: float | None
) -> dict[str, Any]:
    key = _key("gaps", filters, rows, (id(embedder), threshold))
    found = _cache.get(key)
    if found is None:
        found = gaps(rows, filters, embedder, threshold=threshold)
        _cache.put(key, found)
    return found


def _is_admin(principal: Principal) -> bool:
    return principal.role == Role.ADMIN


# --------------------------------------------------------------------------- page


@router.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
def page(request: Request) -> HTMLResponse:
    """The dashboard page; it asks for a qa or admin key and loads the figures itself."""
    accept = request.headers.get("accept-language", "").lower()
    lang = "ja" if accept.startswith("ja") else "en"
    return render_page(request, "dashboard.html", {"lang": lang, "version": __version__})


# --------------------------------------------------------------------------- JSON


@router.get("/v1/dashboard/summary", responses=ERROR_RESPONSES)
def dashboard_summary(principal: QAPrincipal, filters: ViewDep, db: DatabaseDep) -> dict[str, Any]:
    """Volume, verdict rates, edit distance, flags over time, fallback and block rates,
    latency per stage and open escalations by route; per-agent figures for admin keys only."""
    rows = load_rows(db, filters)
    out = summary(rows, filters, include_agents=_is_admin(principal))
    out["role"] = principal.role.value
    out["tenant"] = principal.tenant
    return out


@router.get("/v1/dashboard/themes", responses=ERROR_RESPONSES)
def dashboard_themes(
    principal: QAPrincipal, filters: ViewDep, db: DatabaseDep, embedder: EmbedderDep
) -> dict[str, Any]:
    """Complaint themes clustered from the redacted snippets, with weekly trend and examples."""
    return _themes(filters, load_rows(db, filters), embedder)


@router.get("/v1/dashboard/gaps", responses=ERROR_RESPONSES)
def dashboard_gaps(
    principal: QAPrincipal,
    filters: ViewDep,
    db: DatabaseDep,
    embedder: EmbedderDep,
    threshold: Annotated[
        float | None,
        Query(
            ge=0,
            le=1,
            description="A ticket is a gap when its sources cover less than this share of "
            "its content words (default 0.6)",
        ),
    ] = None,
) -> dict[str, Any]:
    """Tickets whose retrieval scored low, grouped: which manual to write next."""
    return _gaps(filters, load_rows(db, filters), embedder, threshold)


@router.get(
    "/v1/dashboard/export/{table}.csv",
    response_class=Response,
    responses={
        **ERROR_RESPONSES,
        200: {"content": {"text/csv": {}}, "description": "The table as CSV (UTF-8 with BOM)"},
        404: {"description": "No such table"},
    },
)
def dashboard_export(
    table: Annotated[str, PathParam(description=f"One of: {', '.join(TABLES)}")],
    principal: QAPrincipal,
    filters: ViewDep,
    db: DatabaseDep,
    embedder: EmbedderDep,
) -> Response:
    """One of the dashboard's tables as CSV, for the same filters as the page."""
    if table not in TABLES:
        raise HTTPException(404, f"no table {table!r}; tables: {', '.join(TABLES)}")
    if table in ADMIN_TABLES and not _is_admin(principal):
        raise HTTPException(403, "per-agent figures are for admin keys only")
    rows = load_rows(db, filters)
    data: dict[str, Any]
    if table in SUMMARY_TABLES:
        data = summary(rows, filters, include_agents=_is_admin(principal))
    elif table == "themes":
        data = _themes(filters, rows, embedder)
    else:
        data = _gaps(filters, rows, embedder, None)
    body = to_csv(table, table_rows(table, data))
    name = f"teinei-{filters.tenant}-{table}-{filters.start}-{filters.end}.csv"
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )
