"""Reporting periods: day, ISO week (Monday first), month and quarter.

A period is a half-open range of local dates [start, end); the caller turns dates into
instants in the site's time zone. Labels sort in time order within a kind: ``2026-11-24``,
``2026-W48`` (ISO week-numbering year, so 2020-W53 and 2026-W01 starting 29 December 2025),
``2026-11``, ``2026-Q4``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # the first day after the period
    kind: PeriodKind

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.DAY:
            return self.start.isoformat()
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"

    def previous(self) -> Period:
        return period_containing(self.kind, self.start - timedelta(days=1))

    def next(self) -> Period:
        return period_containing(self.kind, self.end)


def _month_start(year: int, month: int) -> date:
    """The first day of a month; months past 12 roll into the next year."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def period_containing(kind: PeriodKind, day: date) -> Period:
    """The period of this kind that contains the day."""
    if kind is PeriodKind.DAY:
        return Period(day, day + timedelta(days=1), kind)
    if kind is PeriodKind.WEEK:
        start = day - timedelta(days=day.weekday())
        return Period(start, start + timedelta(days=7), kind)
    if kind is PeriodKind.MONTH:
        return Period(_month_start(day.year, day.month), _month_start(day.year, day.month + 1),
                      kind)  # fmt: skip
    first = (day.month - 1) // 3 * 3 + 1
    return Period(_month_start(day.year, first), _month_start(day.year, first + 3), kind)


def periods_before(kind: PeriodKind, day: date, count: int = 12) -> list[Period]:
    """The ``count`` whole periods before the one containing the day, oldest first (a trend
    line adds the current period at its end)."""
    periods: list[Period] = []
    current = period_containing(kind, day)
    for _ in range(count):
        current = current.previous()
        periods.append(current)
    return periods[::-1]


def trend_periods(kind: PeriodKind, day: date, count: int = 12) -> list[Period]:
    """The ``count`` periods before the day's period and that period itself, oldest first."""
    return [*periods_before(kind, day, count), period_containing(kind, day)]
