"""What the figures are computed over: a period (and the 12 before it, for the trend lines) and
the filters a supervisor picks: site, staff member, complaint category, customer tier.

Periods are local calendar days (the PC's time zone, like every other date in the product);
the queries compare UTC instants, so each boundary is local midnight turned into UTC.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum

from cs_desktop.domain.kpis import Period, PeriodKind, trend_periods

TREND = 12  # periods before the one shown


class Dim(StrEnum):
    """What a figure can be broken down or filtered by."""

    SITE = "site"
    STAFF = "staff"
    CATEGORY = "category"
    TIER = "tier"


@dataclass(frozen=True)
class Scope:
    day: dt.date  # any day of the period shown
    kind: PeriodKind = PeriodKind.MONTH
    site_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None
    category: str | None = None
    tier: str | None = None  # a tier code; "" for customers without a tier

    @property
    def periods(self) -> list[Period]:
        """The trend's periods, oldest first; the last is the one shown."""
        return trend_periods(self.kind, self.day, TREND)

    @property
    def current(self) -> Period:
        return self.periods[-1]

    def at(self, period: Period) -> Scope:
        """The same filters over another period of the same kind."""
        return replace(self, day=period.start, kind=period.kind)

    def filtered(self, dim: Dim) -> object | None:
        return {Dim.SITE: self.site_id, Dim.STAFF: self.staff_id, Dim.CATEGORY: self.category,
                Dim.TIER: self.tier}[dim]  # fmt: skip


def instant(day: dt.date) -> dt.datetime:
    """Local midnight at the start of the day, in UTC."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def bounds(periods: list[Period]) -> list[dt.date]:
    """The periods' boundaries: each start, then the end of the last."""
    return [p.start for p in periods] + [periods[-1].end]
