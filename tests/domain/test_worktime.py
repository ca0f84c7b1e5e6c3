"""Working-time arithmetic over weekends, China's holidays and make-up working days."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.holidays_cn import default_holidays, default_workdays, last_known_year
from cs_desktop.domain.worktime import (
    CalendarClock,
    WorkCalendar,
    WorkingHours,
    due_at,
    elapsed,
)

H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)
CN = WorkCalendar(holidays=frozenset(default_holidays()), workdays=frozenset(default_workdays()))


def at(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute)


def test_the_default_calendar_knows_2026() -> None:
    holidays, workdays = default_holidays(), default_workdays()
    assert last_known_year() >= 2026
    assert holidays[dt.date(2026, 2, 17)] == "春节"
    assert holidays[dt.date(2026, 10, 1)] == "国庆节"
    assert workdays[dt.date(2026, 2, 14)] == "春节"  # a Saturday worked before the festival
    assert dt.date(2026, 2, 14).weekday() == 5
    assert CN.is_working_day(dt.date(2026, 2, 14))  # make-up working Saturday
    assert not CN.is_working_day(dt.date(2026, 2, 16))  # a Monday of the festival
    assert not CN.is_working_day(dt.date(2026, 11, 21))  # an ordinary Saturday


def test_hours_within_a_day_and_across_lunch() -> None:
    # 08:00-12:00 and 13:30-17:30
    assert CN.add(at(11, 23, 9), 2 * H) == at(11, 23, 11)
    assert CN.add(at(11, 23, 11), 2 * H) == at(11, 23, 14, 30)  # lunch does not count
    assert CN.between(at(11, 23, 11), at(11, 23, 14, 30)) == 2 * H


def test_intake_five_minutes_before_closing() -> None:
    # Friday 27 November 2026, 17:25: five minutes today, the rest from Monday 08:00
    friday = at(11, 27, 17, 25)
    assert CN.add(friday, H) == at(11, 30, 8, 55)
    assert CN.add(friday, 5 * M) == at(11, 27, 17, 30)  # exactly at closing: stays today
    assert CN.between(friday, at(11, 30, 8, 55)) == H


def test_outside_hours_the_clock_starts_at_the_next_opening() -> None:
    assert CN.add(at(11, 21, 10), H) == at(11, 23, 9)  # Saturday -> Monday 09:00
    assert CN.add(at(11, 23, 12, 30), H) == at(11, 23, 14, 30)  # in the lunch break
    assert CN.between(at(11, 21, 0), at(11, 22, 23)) == dt.timedelta(0)  # a weekend


def test_across_the_spring_festival_with_make_up_days() -> None:
    # Friday 13 Feb 2026 16:30, 10 working hours: 1 h on Friday, 8 h on the make-up Saturday
    # 14 Feb, then the festival (15-23 Feb) is skipped: 1 h on Tuesday 24 Feb.
    start = at(2, 13, 16, 30)
    assert CN.add(start, 10 * H) == at(2, 24, 9)
    assert CN.between(start, at(2, 24, 9)) == 10 * H
    # Five working days after Friday 13 Feb: 14 Feb (Sat, worked), 24, 25, 26, 27 Feb.
    assert CN.end_of_working_day(start, 5) == at(2, 27, 17, 30)


def test_across_national_day() -> None:
    # Wednesday 30 Sep 2026 17:00, 2 working hours: 30 min that day, then 1-7 Oct are holidays;
    # Saturday 10 Oct is a make-up working day.
    assert CN.add(at(9, 30, 17), 2 * H) == at(10, 8, 9, 30)
    assert CN.is_working_day(dt.date(2026, 10, 10))


def test_a_site_that_opens_on_saturday_mornings() -> None:
    hours = WorkingHours(periods=((dt.time(9), dt.time(12)),), weekdays=frozenset(range(6)))
    calendar = WorkCalendar(hours=hours)
    assert calendar.add(at(11, 27, 11), 2 * H) == at(11, 28, 10)  # Friday -> Saturday
    assert WorkingHours(periods=((dt.time(12), dt.time(9)),)).problems() == ["periods_out_of_order"]


def test_a_pause_spanning_a_night() -> None:
    # First response budget 8 working hours from Monday 09:00; waiting for the customer from
    # Monday 16:00 to Tuesday 10:00: the pause covers 1.5 h Monday and 2 h Tuesday.
    start = at(11, 23, 9)
    pauses = [(at(11, 23, 16), at(11, 24, 10))]
    # Monday 09:00-16:00 counts 5.5 h (lunch out); 2.5 h left from Tuesday 10:00 -> 12:30?
    # Tuesday 10:00-12:00 is 2 h, the last 0.5 h after lunch: 14:00.
    assert due_at(CN, start, 8 * H, pauses) == at(11, 24, 14)
    assert elapsed(CN, start, at(11, 24, 11), pauses) == 5.5 * H + H
    assert due_at(CN, start, 8 * H, [(at(11, 23, 16), None)]) is None  # still paused
    # in calendar hours the night counts, but not while paused
    clock = CalendarClock()
    assert due_at(clock, start, 24 * H, pauses) == at(11, 24, 9) + 18 * H
    assert elapsed(clock, start, at(11, 24, 12), pauses) == 7 * H + 2 * H


@pytest.mark.parametrize("hours", [0.5, 3, 8, 17, 40, 100])
def test_add_and_between_agree(hours: float) -> None:
    start = at(2, 10, 15, 20)  # before the spring festival
    end = CN.add(start, dt.timedelta(hours=hours))
    assert CN.between(start, end) == dt.timedelta(hours=hours)
