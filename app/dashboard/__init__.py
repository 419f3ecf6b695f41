"""The supervisors' dashboard (見える化): figures, voice of the customer, knowledge gaps.

Public API::

    from app.dashboard import DashboardFilters, load_rows, summary, themes, gaps

    filters = DashboardFilters.build("default", channel="email")
    rows = load_rows(db, filters)
    data = summary(rows, filters, include_agents=False)
"""

from __future__ import annotations

from app.dashboard.aggregates import summary
from app.dashboard.export import TABLES, table_rows, to_csv
from app.dashboard.filters import DashboardFilters
from app.dashboard.rows import LogRow, load_rows
from app.dashboard.themes import gaps, themes

__all__ = [
    "TABLES",
    "DashboardFilters",
    "LogRow",
    "gaps",
    "load_rows",
    "summary",
    "table_rows",
    "themes",
    "to_csv",
]
