"""CSV export of every table the dashboard shows.

Each table is a list of flat rows built from the same JSON the page draws, so the file a
supervisor downloads says what the page says. Files are UTF-8 with a byte-order mark, so
spreadsheet programs open Japanese text correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

TABLES: tuple[str, ...] = (
    "overview",
    "volume",
    "flags",
    "latency",
    "escalations",
    "themes",
    "gaps",
    "agents",
)
ADMIN_TABLES = frozenset({"agents"})
SUMMARY_TABLES = frozenset({"overview", "volume", "flags", "latency", "escalations", "agents"})


def _overview(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"metric": k, "value": v} for k, v in data["totals"].items()]


def _volume(data: dict[str, Any]) -> list[dict[str, Any]]:
    return list(data["series"])


def _flags(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"period": p["period"], "flag": flag, "suggestions": n}
        for p in data["flags"]["series"]
        for flag, n in p["counts"].items()
    ]


def _latency(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**row} for row in data["latency"]]


def _escalations(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "route": e["route"],
            "open": e["open"],
            "flags": ";".join(f"{k}={v}" for k, v in e["flags"].items()),
        }
        for e in data["escalations"]
    ]


def _themes(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "theme": t["id"],
            "label": t["label"],
            "terms_ja": " ".join(t["terms"]["ja"]),
            "terms_en": " ".join(t["terms"]["en"]),
            "count": t["count"],
            "share": t["share"],
            "weekly": ";".join(f"{w['week']}={w['count']}" for w in t["trend"]),
            "examples": " | ".join(e["snippet"] for e in t["examples"]),
        }
        for t in data["themes"]
    ]


def _gaps(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "group": g["id"],
            "label": g["label"],
            "terms_ja": " ".join(g["terms"]["ja"]),
            "terms_en": " ".join(g["terms"]["en"]),
            "count": g["count"],
            "mean_coverage": g["mean_coverage"],
            "topics": ";".join(f"{k}={v}" for k, v in g["topics"].items()),
            "products": ";".join(f"{k}={v}" for k, v in g["products"].items()),
            "examples": " | ".join(e["snippet"] for e in g["examples"]),
        }
        for g in data["groups"]
    ]


def _agents(data: dict[str, Any]) -> list[dict[str, Any]]:
    return list(data.get("agents", []))


BUILDERS: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
    "overview": _overview,
    "volume": _volume,
    "flags": _flags,
    "latency": _latency,
    "escalations": _escalations,
    "themes": _themes,
    "gaps": _gaps,
    "agents": _agents,
}

# Columns of tables that may come out empty, so an empty export still has its header.
EMPTY_HEADERS: dict[str, list[str]] = {
    "flags": ["period", "flag", "suggestions"],
    "escalations": ["route", "open", "flags"],
    "themes": ["theme", "label", "terms_ja", "terms_en", "count", "share", "weekly", "examples"],
    "gaps": [
        "group",
        "label",
        "terms_ja",
        "terms_en",
        "count",
        "mean_coverage",
        "topics",
        "products",
        "examples",
    ],
    "agents": [
        "agent_id",
        "suggestions",
        "with_feedback",
        "acceptance_rate",
        "edit_rate",
        "reject_rate",
        "edit_distance_mean",
        "flagged",
        "latency_p50_ms",
    ],
}


def table_rows(table: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The flat rows of ``table`` built from the view's JSON."""
    return BUILDERS[table](data)


def to_csv(table: str, rows: list[dict[str, Any]]) -> str:
    """``rows`` as CSV text with a header line (and a BOM for spreadsheets)."""
    header = list(rows[0]) if rows else EMPTY_HEADERS.get(table, [])
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buf.getvalue()
