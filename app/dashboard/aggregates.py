"""The dashboard's figures: pure functions over the rows of one view.

Definitions (the page and the CSV export use the same ones):

- A suggestion's *verdict* is the agent's latest feedback on it. Rates of accepted, edited
  and rejected are shares of the suggestions that have a verdict; the feedback rate is the
  share of suggestions that have one.
- *Edit distance* is the mean normalised edit distance of the edited replies (0 unchanged,
  1 rewritten).
- *Fallback* and *guardrail block* rates are shares of all suggestions.
- Latency percentiles are nearest-rank: the value at position ``ceil(p * n)`` of the sorted
  values.
- An escalation is *open* while its suggestion has no verdict; it counts once per route
  its flags send it to.
- A suggestion belongs to the period of its creation; its verdict counts there too.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.dashboard.filters import DashboardFilters
from app.dashboard.rows import LogRow

STAGES = ("guardrails", "retrieval", "llm", "total")
ACTIONS = ("accepted", "edited", "rejected")


def rate(part: int, whole: int) -> float | None:
    """``part / whole`` rounded to 6 places; ``None`` when there is nothing to divide."""
    return round(part / whole, 6) if whole else None


def mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return round(sum(items) / len(items), 6) if items else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile (``p`` in 0..1) of ``values``; ``None`` when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(p * len(ordered)) - 1)])


@dataclass(frozen=True)
class Outcome:
    """Verdict counts and the rates over a group of suggestions."""

    suggestions: int
    with_feedback: int
    accepted: int
    edited: int
    rejected: int
    edit_distance_mean: float | None
    fallback: int
    blocked: int
    warned: int
    flagged: int
    open_escalations: int

    @classmethod
    def of(cls, rows: Sequence[LogRow]) -> Outcome:
        actions = Counter(r.action for r in rows if r.action)
        return cls(
            suggestions=len(rows),
            with_feedback=sum(actions.values()),
            accepted=actions["accepted"],
            edited=actions["edited"],
            rejected=actions["rejected"],
            edit_distance_mean=mean(
                r.edit_distance
                for r in rows
                if r.action == "edited" and r.edit_distance is not None
            ),
            fallback=sum(r.fallback_used for r in rows),
            blocked=sum(r.guardrail_action == "block" for r in rows),
            warned=sum(r.guardrail_action == "warn" for r in rows),
            flagged=sum(bool(r.flags) for r in rows),
            open_escalations=sum(bool(r.flags) and r.action is None for r in rows),
        )

    def to_json(self) -> dict[str, Any]:
        judged = self.with_feedback
        return {
            "suggestions": self.suggestions,
            "with_feedback": judged,
            "accepted": self.accepted,
            "edited": self.edited,
            "rejected": self.rejected,
            "feedback_rate": rate(judged, self.suggestions),
            "acceptance_rate": rate(self.accepted, judged),
            "edit_rate": rate(self.edited, judged),
            "reject_rate": rate(self.rejected, judged),
            "edit_distance_mean": self.edit_distance_mean,
            "fallback": self.fallback,
            "fallback_rate": rate(self.fallback, self.suggestions),
            "blocked": self.blocked,
            "block_rate": rate(self.blocked, self.suggestions),
            "warned": self.warned,
            "warn_rate": rate(self.warned, self.suggestions),
            "flagged": self.flagged,
            "flagged_rate": rate(self.flagged, self.suggestions),
            "open_escalations": self.open_escalations,
        }


def by_period(rows: Sequence[LogRow], filters: DashboardFilters) -> dict[str, list[LogRow]]:
    """Rows grouped by period (ISO date of its first day), every period present."""
    groups: dict[str, list[LogRow]] = {p.isoformat(): [] for p in filters.periods()}
    for r in rows:
        groups.setdefault(filters.period_of(r.created_at).isoformat(), []).append(r)
    return groups


def volume_series(rows: Sequence[LogRow], filters: DashboardFilters) -> list[dict[str, Any]]:
    """Per period: volume, verdict rates, edit distance, fallback and block rates."""
    return [
        {"period": period, **Outcome.of(group).to_json()}
        for period, group in by_period(rows, filters).items()
    ]


def flag_series(rows: Sequence[LogRow], filters: DashboardFilters) -> dict[str, Any]:
    """Suggestions raising each flag, per period; flags ordered by their total, largest first."""
    totals = Counter(f for r in rows for f in set(r.flags))
    names = [name for name, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    series = []
    for period, group in by_period(rows, filters).items():
        counts = Counter(f for r in group for f in set(r.flags))
        series.append({"period": period, "counts": {n: counts.get(n, 0) for n in names}})
    return {"names": names, "totals": {n: totals[n] for n in names}, "series": series}


def latency(rows: Sequence[LogRow]) -> list[dict[str, Any]]:
    """p50, p95 and mean of each stage's time in milliseconds."""
    out = []
    for stage in STAGES:
        values = [float(getattr(r, f"timing_{stage}_ms")) for r in rows]
        out.append(
            {
                "stage": stage,
                "p50": percentile(values, 0.5),
                "p95": percentile(values, 0.95),
                "mean": mean(values),
            }
        )
    return out


def open_escalations(rows: Sequence[LogRow]) -> list[dict[str, Any]]:
    """Flagged suggestions still without a verdict, per route, largest first."""
    per_route: Counter[str] = Counter()
    per_route_flags: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r.action is not None or not r.flags:
            continue
        # routes[i] is where flags[i] goes; rows logged before routes were kept have none
        pairs = (
            list(zip(r.flags, r.routes, strict=True))
            if len(r.routes) == len(r.flags)
            else [(flag, "unrouted") for flag in r.flags]
        )
        for route in {route for _, route in pairs}:
            per_route[route] += 1
        for flag, route in pairs:
            per_route_flags[route][flag] += 1
    return [
        {"route": route, "open": n, "flags": dict(per_route_flags[route].most_common())}
        for route, n in sorted(per_route.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def per_agent(rows: Sequence[LogRow]) -> list[dict[str, Any]]:
    """Figures per agent (the key that asked): for admins only, never shown to qa."""
    groups: dict[str, list[LogRow]] = defaultdict(list)
    for r in rows:
        groups[r.agent_id or "unknown"].append(r)
    out = []
    for agent, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        o = Outcome.of(group).to_json()
        out.append(
            {
                "agent_id": agent,
                "suggestions": o["suggestions"],
                "with_feedback": o["with_feedback"],
                "acceptance_rate": o["acceptance_rate"],
                "edit_rate": o["edit_rate"],
                "reject_rate": o["reject_rate"],
                "edit_distance_mean": o["edit_distance_mean"],
                "flagged": o["flagged"],
                "latency_p50_ms": percentile([float(r.timing_total_ms) for r in group], 0.5),
            }
        )
    return out


def summary(
    rows: Sequence[LogRow], filters: DashboardFilters, *, include_agents: bool
) -> dict[str, Any]:
    """Every figure of the dashboard's main view; per-agent figures only when asked."""
    out: dict[str, Any] = {
        "filters": filters.to_json(),
        "totals": Outcome.of(rows).to_json(),
        "series": volume_series(rows, filters),
        "flags": flag_series(rows, filters),
        "latency": latency(rows),
        "escalations": open_escalations(rows),
    }
    if include_agents:
        out["agents"] = per_agent(rows)
    return out
