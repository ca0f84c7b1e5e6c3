"""Birthdays in the solar or the lunar calendar, as the customer's card says.

The card keeps the date of birth as a solar date (it comes from the ID card); a card marked
lunar (农历生日) celebrates the lunar date of that day. The rules, as families keep them:
- born on 29 February: 28 February in a year without a 29th;
- born on the 30th of a lunar month: the last day (the 29th) in years when that month is short;
- born in a leap month (闰月): the ordinary month of the same number, every year (a leap month
  comes back only every few decades);
- no birthday in the year of birth itself, none for a card without a date of birth.

``birthday_in`` goes from a birth date to its birthday in a year; ``births_on`` goes the other
way, from a day to every birth date celebrated on it, so a million cards are matched by one
``birth_date IN (...)`` instead of a calendar conversion per card.
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..enums import CalendarKind
from .lunar import LunarDate, month_days, months, to_lunar, to_solar

FIRST_YEAR = 1901  # the lunar table starts here; nobody alive was born earlier


def birthday_in(birth: dt.date | None, kind: CalendarKind, year: int) -> dt.date | None:
    """The birthday in ``year`` (a solar year, or a lunar year for a lunar card)."""
    if birth is None:
        return None
    if kind is CalendarKind.SOLAR:
        if year <= birth.year:
            return None
        if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
            return dt.date(year, 2, 28)
        return birth.replace(year=year)
    born = to_lunar(birth)
    if year <= born.year:
        return None
    days = month_days(year, born.month)
    assert days is not None  # an ordinary month always exists
    return to_solar(LunarDate(year, born.month, min(born.day, days)))


def occurrence(day: dt.date, kind: CalendarKind) -> str:
    """Which birthday a day is: the solar year ("2026"), or the lunar year ("L2025")."""
    return str(day.year) if kind is CalendarKind.SOLAR else f"L{to_lunar(day).year}"


def next_birthday(
    birth: dt.date | None, kind: CalendarKind, on_or_after: dt.date
) -> dt.date | None:
    if birth is None:
        return None
    year = on_or_after.year if kind is CalendarKind.SOLAR else to_lunar(on_or_after).year
    for y in range(year - 1, year + 2):
        day = birthday_in(birth, kind, y)
        if day is not None and day >= on_or_after:
            return day
    return None


def births_on(day: dt.date, kind: CalendarKind, first_year: int = FIRST_YEAR) -> list[dt.date]:
    """Every birth date (born in ``first_year`` or later) whose birthday falls on ``day``."""
    if kind is CalendarKind.SOLAR:
        return _solar_births(day, first_year)
    return _lunar_births(day, first_year)


def _solar_births(day: dt.date, first_year: int) -> list[dt.date]:
    # 28 February of a common year is also the birthday of those born on the 29th
    leap_born_too = (day.month, day.day) == (2, 28) and not calendar.isleap(day.year)
    out = []
    for year in range(first_year, day.year):
        if day.month == 2 and day.day == 29 and not calendar.isleap(year):
            continue
        out.append(day.replace(year=year))
        if leap_born_too and calendar.isleap(year):
            out.append(dt.date(year, 2, 29))
    return out


def _lunar_births(day: dt.date, first_year: int) -> list[dt.date]:
    today = to_lunar(day)
    if today.leap:
        return []  # leap-month births celebrate in the ordinary month
    length = month_days(today.year, today.month)
    lunar_days = [today.day] if today.day < (length or 30) else list(range(today.day, 31))
    out = []
    for span in months(max(first_year, FIRST_YEAR), today.year - 1):
        if span.month != today.month:
            continue
        out += [span.day(d) for d in lunar_days if d <= span.days]
    return out
