"""China's statutory holidays and make-up working days (调休), as published each year by the
State Council, from the ``chinesecalendar`` package (2004 up to the year it knows, 2026 in 1.11).

These are the defaults a site starts with; the site edits its own copy (a new year's schedule is
published every November, and some sites work on holidays), see services.complaints.
"""

from __future__ import annotations

import datetime as dt

from chinese_calendar import constants


def default_holidays() -> dict[dt.date, str]:
    """Day -> the holiday's Chinese name (元旦, 春节 ...)."""
    names = {h.value: h.chinese for h in constants.Holiday}
    return {day: names.get(name, name) for day, name in constants.holidays.items()}


def default_workdays() -> dict[dt.date, str]:
    """Make-up working days (mostly weekends) -> the holiday they make up for."""
    names = {h.value: h.chinese for h in constants.Holiday}
    return {day: names.get(name, name) for day, name in constants.workdays.items()}


def last_known_year() -> int:
    return max(constants.holidays).year
