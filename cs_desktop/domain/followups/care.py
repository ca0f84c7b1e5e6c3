"""Care calls (关怀回访) around birthdays and holidays, on the site's working days.

A call is made on a day the counter works. A care occasion that falls on a day off (a weekend,
a holiday) is due on the last working day before it: a birthday on a Sunday is called on the
Friday (or on a make-up working Saturday, 调休), a greeting for the Spring Festival on the last
working day before the break.

A holiday break is a run of days off holding at least one holiday: a holiday on a weekend, with
or without a day off in lieu, makes the weekend part of the break, so its greeting is due on
the Friday before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

DAY = dt.timedelta(days=1)
MAX_GAP = 60  # longer than any break; a calendar without working days is a mistake

WorkingDay = Callable[[dt.date], bool]


@dataclass(frozen=True)
class HolidayBreak:
    first_day: dt.date
    last_day: dt.date
    name: str  # the holiday's name (春节, 国庆节 ...); "" for a day the site added

    @property
    def key(self) -> str:
        return self.first_day.isoformat()


def care_due(day: dt.date, is_working_day: WorkingDay) -> dt.date:
    """The last working day on or before ``day``."""
    for _ in range(MAX_GAP):
        if is_working_day(day):
            return day
        day -= DAY
    raise ValueError("no working day within sixty days: check the calendar")


def next_working_day(day: dt.date, is_working_day: WorkingDay) -> dt.date:
    """The first working day on or after ``day``."""
    for _ in range(MAX_GAP):
        if is_working_day(day):
            return day
        day += DAY
    raise ValueError("no working day within sixty days: check the calendar")


def care_days(after: dt.date, through: dt.date,
              is_working_day: WorkingDay) -> list[tuple[dt.date, dt.date]]:  # fmt: skip
    """(occasion day, due day) for every occasion day whose call is due after ``after`` and
    on or before ``through``: the days from the first such one up to the day before the next
    working day after ``through`` (so Friday's run covers the weekend's birthdays)."""
    if through <= after:
        return []
    start = after + DAY
    while care_due(start, is_working_day) <= after:
        start += DAY
    end = next_working_day(through + DAY, is_working_day) - DAY
    out = []
    day = start
    while day <= end:
        due = care_due(day, is_working_day)
        if after < due <= through:
            out.append((day, due))
        day += DAY
    return out


def holiday_breaks(holidays: Mapping[dt.date, str], is_working_day: WorkingDay,
                   start: dt.date, end: dt.date) -> list[HolidayBreak]:  # fmt: skip
    """Breaks holding a holiday between ``start`` and ``end`` (a break is reported whole,
    even when it runs over either end)."""
    found: dict[dt.date, HolidayBreak] = {}
    for day in sorted(d for d in holidays if start <= d <= end):
        if is_working_day(day) or any(b.first_day <= day <= b.last_day for b in found.values()):
            continue
        first = day
        while not is_working_day(first - DAY) and (first - DAY) >= day - MAX_GAP * DAY:
            first -= DAY
        last = day
        while not is_working_day(last + DAY) and (last + DAY) <= day + MAX_GAP * DAY:
            last += DAY
        names = [holidays[d] for d in sorted(holidays) if first <= d <= last and holidays[d]]
        found[first] = HolidayBreak(first, last, names[0] if names else "")
    return sorted(found.values(), key=lambda b: b.first_day)


def greetings_due(breaks: list[HolidayBreak], after: dt.date, through: dt.date,
                  is_working_day: WorkingDay) -> list[tuple[HolidayBreak, dt.date]]:  # fmt: skip
    """(break, due day) for breaks whose greeting is due after ``after`` and on or before
    ``through`` and which have not begun by ``through`` (a greeting after the fact is none)."""
    out = []
    for b in breaks:
        due = care_due(b.first_day - DAY, is_working_day)
        if after < due <= through and b.first_day > through:
            out.append((b, due))
    return out
