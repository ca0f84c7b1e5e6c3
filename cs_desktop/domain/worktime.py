"""Counting time the way a service counter does: in calendar hours, or in the site's working
hours with China's public holidays and their make-up working days (调休).

Times are the site's wall-clock time (naive datetimes); callers convert from UTC. A clock adds a
duration to a moment (``add``) and measures the duration between two moments (``between``);
``due_at`` and ``elapsed`` run a budget (24 hours for a first response) around pauses
(waiting for the customer or a third party), which stop the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

MAX_DAYS = 3 * 366  # a deadline further away than this is a mistake in the policy

Interval = tuple[dt.datetime, dt.datetime]
Pause = tuple[dt.datetime, dt.datetime | None]  # (from, until); until None: still paused


class Clock(Protocol):
    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime: ...

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta: ...


class CalendarClock:
    """Every hour counts, nights and holidays included."""

    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        return start + duration

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        return max(end - start, dt.timedelta(0))


@dataclass(frozen=True)
class WorkingHours:
    """The counter's opening periods on a working day, and which weekdays work (Monday = 0)."""

    periods: tuple[tuple[dt.time, dt.time], ...] = (
        (dt.time(8, 0), dt.time(12, 0)), (dt.time(13, 30), dt.time(17, 30)),
    )  # fmt: skip
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})

    def problems(self) -> list[str]:
        found = []
        if not self.periods:
            found.append("no_periods")
        previous = dt.time(0)
        for start, end in self.periods:
            if not start < end or start < previous:
                found.append("periods_out_of_order")
                break
            previous = end
        if not self.weekdays <= set(range(7)):
            found.append("bad_weekday")
        return found


@dataclass(frozen=True)
class WorkCalendar:
    """Working time: the opening periods of working days. A day is a working day when it is a
    make-up working day (调休, usually a weekend), or a working weekday that is not a holiday."""

    hours: WorkingHours = field(default_factory=WorkingHours)
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()  # make-up working days

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() in self.hours.weekdays and day not in self.holidays

    def intervals(self, day: dt.date) -> list[Interval]:
        if not self.is_working_day(day):
            return []
        return [(dt.datetime.combine(day, a), dt.datetime.combine(day, b))
                for a, b in self.hours.periods]  # fmt: skip

    def _from(self, start: dt.datetime) -> Iterator[Interval]:
        """Working intervals from ``start`` on, the first one cut at ``start``."""
        day = start.date()
        for _ in range(MAX_DAYS):
            for a, b in self.intervals(day):
                if b > start:
                    yield max(a, start), b
            day += dt.timedelta(days=1)
        raise ValueError("no working time within three years: check the calendar")

    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        """The moment ``duration`` of working time after ``start``. Started outside working
        hours, the clock starts at the next opening; a deadline ending exactly at closing time
        stays at closing time (not the next morning)."""
        if duration <= dt.timedelta(0):
            return start
        left = duration
        for a, b in self._from(start):
            if b - a >= left:
                return a + left
            left -= b - a
        raise AssertionError("unreachable")

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        total = dt.timedelta(0)
        if end <= start:
            return total
        for a, b in self._from(start):
            if a >= end:
                break
            total += min(b, end) - a
        return total

    def end_of_working_day(self, start: dt.datetime, days: int) -> dt.datetime:
        """Closing time of the ``days``-th working day after the day of ``start`` (the day of
        intake does not count): "feed back within 5 working days"."""
        day = start.date()
        counted = 0
        for _ in range(MAX_DAYS):
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
                if counted == days:
                    return self.intervals(day)[-1][1]
        raise ValueError("no working day within three years: check the calendar")


def _ordered(pauses: Iterable[Pause]) -> list[Pause]:
    return sorted(pauses, key=lambda p: p[0])


def elapsed(clock: Clock, start: dt.datetime, now: dt.datetime,
            pauses: Sequence[Pause] = ()) -> dt.timedelta:  # fmt: skip
    """Time counted between ``start`` and ``now``, less the paused spans."""
    total = dt.timedelta(0)
    t = start
    for p_from, p_until in _ordered(pauses):
        if p_from >= now:
            break
        if p_from > t:
            total += clock.between(t, p_from)
        t = max(t, now if p_until is None else min(p_until, now))
    if now > t:
        total += clock.between(t, now)
    return total


def due_at(clock: Clock, start: dt.datetime, budget: dt.timedelta,
           pauses: Sequence[Pause] = ()) -> dt.datetime | None:  # fmt: skip
    """When ``budget`` of counted time will have run out, pauses so far taken into account;
    None while paused (the clock stands still, the deadline is not known)."""
    left = budget
    t = start
    for p_from, p_until in _ordered(pauses):
        if p_from > t:
            span = clock.between(t, p_from)
            if span >= left:
                return clock.add(t, left)
            left -= span
        if p_until is None:
            return None
        t = max(t, p_until)
    return clock.add(t, left)
