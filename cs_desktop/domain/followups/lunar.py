"""The Chinese lunar calendar (农历), from the ``lunar_python`` package (pure Python, maintained).

Lunar months are numbered 1-12; a leap month (闰月) repeats the number of the month before it
and has ``leap`` set. A month has 29 or 30 days, which differs from year to year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from lunar_python import LunarYear, Solar


@dataclass(frozen=True, order=True)
class LunarDate:
    year: int
    month: int  # 1-12
    day: int  # 1-30
    leap: bool = False


@dataclass(frozen=True)
class LunarMonthSpan:
    """One month of one lunar year: its number, whether it is the leap one, its first day in
    the solar calendar and how many days it has."""

    year: int
    month: int
    leap: bool
    first_day: dt.date
    days: int

    def day(self, n: int) -> dt.date:
        return self.first_day + dt.timedelta(days=n - 1)


def _from_jd(jd: float) -> dt.date:
    solar = Solar.fromJulianDay(jd)
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def to_lunar(day: dt.date) -> LunarDate:
    # A solar day lies in the lunar year of its own number or of the one before.
    for span in (*_year(day.year - 1), *_year(day.year)):
        offset = (day - span.first_day).days
        if 0 <= offset < span.days:
            return LunarDate(span.year, span.month, offset + 1, span.leap)
    raise ValueError(f"outside the lunar table: {day}")


def month_days(year: int, month: int, leap: bool = False) -> int | None:
    """Days in the month (29 or 30); None when ``year`` has no such leap month."""
    span = _span(year, month, leap)
    return None if span is None else span.days


def leap_month(year: int) -> int:
    """The number of the year's leap month, 0 when it has none."""
    return next((s.month for s in _year(year) if s.leap), 0)


def to_solar(date: LunarDate) -> dt.date:
    """The solar day of a lunar date; ValueError for a day the month does not have."""
    span = _span(date.year, date.month, date.leap)
    if span is None or not 1 <= date.day <= span.days:
        raise ValueError(f"no such lunar day: {date}")
    return span.day(date.day)


def _span(year: int, month: int, leap: bool) -> LunarMonthSpan | None:
    return next((s for s in _year(year) if s.month == month and s.leap == leap), None)


def months(first_year: int, last_year: int) -> tuple[LunarMonthSpan, ...]:
    """Every month of the lunar years ``first_year`` to ``last_year``, in order."""
    return tuple(span for year in range(first_year, last_year + 1) for span in _year(year))


@lru_cache(maxsize=512)
def _year(year: int) -> tuple[LunarMonthSpan, ...]:
    # lunar_python builds a year in a few milliseconds: each is built once per process.
    out = []
    for m in LunarYear.fromYear(year).getMonths():
        if m.getYear() != year:
            continue
        number = m.getMonth()
        out.append(LunarMonthSpan(year, abs(number), number < 0,
                                  _from_jd(m.getFirstJulianDay()), m.getDayCount()))  # fmt: skip
    return tuple(out)
