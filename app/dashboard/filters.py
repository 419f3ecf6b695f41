"""What a dashboard view covers: a tenant, a date range, optional channel and language.

Days are UTC calendar days; a range is inclusive of both ends. Periods are days for
ranges up to :data:`DAY_GRANULARITY_MAX_DAYS` and weeks (starting Monday) beyond.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

Granularity = Literal["day", "week"]

DEFAULT_RANGE_DAYS = 56
MAX_RANGE_DAYS = 366
DAY_GRANULARITY_MAX_DAYS = 31
CHANNELS = ("email", "chat", "phone", "sns", "form")
LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class DashboardFilters:
    """One view of one tenant's activity.

    Attributes:
        tenant: Whose rows (always the API key's tenant).
        start: First day included (UTC).
        end: Last day included (UTC).
        channel: Only this channel, or every channel.
        language: Only this language, or both.
    """

    tenant: str
    start: date
    end: date
    channel: str | None = None
    language: str | None = None

    @classmethod
    def build(
        cls,
        tenant: str,
        *,
        start: date | None = None,
        end: date | None = None,
        channel: str | None = None,
        language: str | None = None,
        today: date | None = None,
    ) -> DashboardFilters:
        """Filters with defaults filled in (the last eight weeks up to today).

        Raises:
            ValueError: An unknown channel or language, an inverted or too long range.
        """
        today = today or datetime.now(UTC).date()
        end = end or today
        start = start or end - timedelta(days=DEFAULT_RANGE_DAYS - 1)
        if start > end:
            raise ValueError("start must not be after end")
        if (end - start).days + 1 > MAX_RANGE_DAYS:
            raise ValueError(f"a range spans at most {MAX_RANGE_DAYS} days")
        if channel is not None and channel not in CHANNELS:
            raise ValueError(f"channel must be one of {', '.join(CHANNELS)}")
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        return cls(tenant=tenant, start=start, end=end, channel=channel, language=language)

    @property
    def since(self) -> datetime:
        """The first instant included."""
        return datetime.combine(self.start, time.min, tzinfo=UTC)

    @property
    def until(self) -> datetime:
        """The first instant after the range."""
        return datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=UTC)

    @property
    def granularity(self) -> Granularity:
        return "day" if (self.end - self.start).days < DAY_GRANULARITY_MAX_DAYS else "week"

    def period_of(self, moment: datetime) -> date:
        """The first day of the period ``moment`` falls in."""
        day = as_utc(moment).date()
        if self.granularity == "week":
            return day - timedelta(days=day.weekday())
        return day

    def periods(self) -> list[date]:
        """Every period of the range, in order, empty ones included."""
        first = self.period_of(self.since)
        step = timedelta(days=7 if self.granularity == "week" else 1)
        out: list[date] = []
        current = first
        while current <= self.end:
            out.append(current)
            current += step
        return out

    def to_json(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "channel": self.channel,
            "language": self.language,
            "granularity": self.granularity,
        }


def as_utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (SQLite hands back naive UTC values)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
