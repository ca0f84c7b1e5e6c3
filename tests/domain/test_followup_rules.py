"""When follow-ups fall due: birthdays (solar and lunar), holiday care, tiers, consent, keys."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from cs_desktop.domain.enums import CalendarKind, FollowupReason, FollowupStatus
from cs_desktop.domain.followups.birthdays import (
    birthday_in,
    births_on,
    next_birthday,
    occurrence,
)
from cs_desktop.domain.followups.care import (
    care_days,
    care_due,
    greetings_due,
    holiday_breaks,
)
from cs_desktop.domain.followups.lunar import LunarDate, month_days, to_lunar, to_solar
from cs_desktop.domain.followups.rules import (
    complaint_followup_due,
    could_not_reach,
    key,
    may_call,
    score_problem,
    tier_due,
)
from cs_desktop.domain.holidays_cn import default_holidays, default_workdays
from cs_desktop.domain.worktime import WorkCalendar

SOLAR, LUNAR = CalendarKind.SOLAR, CalendarKind.LUNAR
D = dt.date
CN = WorkCalendar(holidays=frozenset(default_holidays()), workdays=frozenset(default_workdays()))


# --- the lunar calendar --------------------------------------------------------------------------
def test_known_spring_festivals_and_the_leap_second_month_of_2023() -> None:
    assert to_solar(LunarDate(2024, 1, 1)) == D(2024, 2, 10)
    assert to_solar(LunarDate(2025, 1, 1)) == D(2025, 1, 29)
    assert to_solar(LunarDate(2026, 1, 1)) == D(2026, 2, 17)
    assert to_lunar(D(2023, 3, 22)) == LunarDate(2023, 2, 1, leap=True)  # 闰二月初一
    assert month_days(2023, 2, leap=True) == 29
    assert month_days(2024, 2, leap=True) is None  # 2024 has no leap second month
    day = D(1901, 3, 1)
    while day < D(2031, 1, 1):  # the table round-trips every day
        assert to_solar(to_lunar(day)) == day
        day += dt.timedelta(days=97)


# --- solar birthdays -----------------------------------------------------------------------------
def test_a_solar_birthday_is_the_same_day_every_year_from_the_first_anniversary() -> None:
    born = D(1990, 7, 15)
    assert birthday_in(born, SOLAR, 2026) == D(2026, 7, 15)
    assert birthday_in(born, SOLAR, 1990) is None  # the day of birth is no birthday
    assert next_birthday(born, SOLAR, D(2026, 7, 16)) == D(2027, 7, 15)
    assert occurrence(D(2026, 7, 15), SOLAR) == "2026"


def test_born_on_29_february_celebrates_on_the_28th_in_other_years() -> None:
    born = D(2000, 2, 29)
    assert birthday_in(born, SOLAR, 2025) == D(2025, 2, 28)
    assert birthday_in(born, SOLAR, 2028) == D(2028, 2, 29)
    assert born in births_on(D(2025, 2, 28), SOLAR)
    assert D(2000, 2, 28) in births_on(D(2025, 2, 28), SOLAR)  # the 28th-borns too
    assert born not in births_on(D(2028, 2, 28), SOLAR)  # in a leap year: on the 29th
    assert born in births_on(D(2028, 2, 29), SOLAR)
    assert D(2001, 2, 28) not in births_on(D(2028, 2, 29), SOLAR)


def test_a_card_without_a_birth_date_has_no_birthday() -> None:
    assert birthday_in(None, SOLAR, 2026) is None
    assert birthday_in(None, LUNAR, 2026) is None
    assert next_birthday(None, LUNAR, D(2026, 1, 1)) is None


# --- lunar birthdays -----------------------------------------------------------------------------
def test_a_lunar_birthday_moves_in_the_solar_calendar() -> None:
    born = D(1986, 7, 15)  # 1986 六月初九
    assert to_lunar(born) == LunarDate(1986, 6, 9, leap=False)
    days = {birthday_in(born, LUNAR, y) for y in (2024, 2025, 2026)}
    assert all(to_lunar(d).month == 6 and to_lunar(d).day == 9 for d in days if d)
    assert len(days) == 3  # a different solar day each year
    assert occurrence(birthday_in(born, LUNAR, 2025) or D.min, LUNAR) == "L2025"


def test_born_in_a_leap_month_celebrates_in_the_ordinary_month_of_that_number() -> None:
    leap_born = D(2023, 3, 31)  # 2023 闰二月初十
    ordinary_born = D(2023, 3, 1)  # 2023 二月初十
    assert to_lunar(leap_born) == LunarDate(2023, 2, 10, leap=True)
    assert to_lunar(ordinary_born) == LunarDate(2023, 2, 10, leap=False)
    assert birthday_in(leap_born, LUNAR, 2024) == D(2024, 3, 19) == birthday_in(
        ordinary_born, LUNAR, 2024)  # fmt: skip
    assert {leap_born, ordinary_born} <= set(births_on(D(2024, 3, 19), LUNAR))
    # a day inside a leap month is nobody's lunar birthday
    assert births_on(D(2023, 3, 31), LUNAR) == []


def test_born_on_the_thirtieth_of_a_lunar_month_in_30_and_29_day_months() -> None:
    born = D(2020, 3, 23)  # 2020 二月三十 (the second month had 30 days)
    assert to_lunar(born) == LunarDate(2020, 2, 30)
    assert month_days(2021, 2) == 30 and month_days(2022, 2) == 29
    assert birthday_in(born, LUNAR, 2021) == D(2021, 4, 11)  # 二月三十
    assert birthday_in(born, LUNAR, 2022) == D(2022, 3, 31)  # 二月廿九, the month's last day
    assert to_lunar(D(2022, 3, 31)) == LunarDate(2022, 2, 29)
    # the last day of a 29-day month is also the birthday of the 29th-borns, not of the 30th's
    # in a year when the month is long
    on_29th = births_on(D(2022, 3, 31), LUNAR)
    assert born in on_29th and D(2020, 3, 22) in on_29th  # 二月廿九 2020
    assert born not in births_on(D(2021, 4, 10), LUNAR)  # 2021 二月廿九: the 30th still comes


@settings(max_examples=150, deadline=None)
@given(born=st.dates(D(1930, 1, 1), D(2024, 12, 31)), year=st.integers(2025, 2035),
       kind=st.sampled_from([SOLAR, LUNAR]))  # fmt: skip
def test_births_on_is_the_exact_inverse_of_birthday_in(born: dt.date, year: int,
                                                      kind: CalendarKind) -> None:  # fmt: skip
    day = birthday_in(born, kind, year)
    assert day is not None
    found = births_on(day, kind, first_year=1929)
    assert born in found
    tag = occurrence(day, kind)
    occasion_year = int(tag.lstrip("L"))
    assert all(birthday_in(b, kind, occasion_year) == day for b in found)


# --- care around days off ------------------------------------------------------------------------
def test_a_birthday_on_a_day_off_is_called_on_the_working_day_before() -> None:
    assert care_due(D(2026, 7, 19), CN.is_working_day) == D(2026, 7, 17)  # Sunday -> Friday
    assert care_due(D(2026, 2, 15), CN.is_working_day) == D(2026, 2, 14)  # make-up Saturday
    # Friday's run covers the weekend's occasions; Monday's only Monday's
    friday = care_days(D(2026, 7, 16), D(2026, 7, 17), CN.is_working_day)
    assert friday == [(D(2026, 7, 17), D(2026, 7, 17)), (D(2026, 7, 18), D(2026, 7, 17)),
                      (D(2026, 7, 19), D(2026, 7, 17))]  # fmt: skip
    assert care_days(D(2026, 7, 17), D(2026, 7, 20), CN.is_working_day) == [
        (D(2026, 7, 20), D(2026, 7, 20))]  # fmt: skip
    assert care_days(D(2026, 7, 17), D(2026, 7, 17), CN.is_working_day) == []


def test_holiday_greetings_are_due_before_the_break_and_never_after_it_began() -> None:
    breaks = holiday_breaks(default_holidays(), CN.is_working_day, D(2026, 1, 1), D(2026, 12, 31))
    spring = next(b for b in breaks if b.name == "春节")
    assert (spring.first_day, spring.last_day) == (D(2026, 2, 15), D(2026, 2, 23))
    due = greetings_due(breaks, D(2026, 2, 13), D(2026, 2, 14), CN.is_working_day)
    assert due == [(spring, D(2026, 2, 14))]  # the make-up working Saturday
    assert greetings_due(breaks, D(2026, 2, 14), D(2026, 2, 24), CN.is_working_day) == []


def test_a_holiday_on_a_weekend_is_greeted_on_the_friday_before() -> None:
    # New Year 2022 fell on a Saturday, with the Monday off in lieu
    breaks = holiday_breaks(default_holidays(), CN.is_working_day, D(2022, 1, 1), D(2022, 1, 1))
    assert [(b.first_day, b.last_day, b.name) for b in breaks] == [
        (D(2022, 1, 1), D(2022, 1, 3), "元旦")]  # fmt: skip
    assert greetings_due(breaks, D(2021, 12, 30), D(2021, 12, 31), CN.is_working_day) == [
        (breaks[0], D(2021, 12, 31))]  # fmt: skip
    # a day the site adds on a Sunday, without a day in lieu: the weekend is the break
    site = WorkCalendar(holidays=CN.holidays | {D(2026, 6, 7)}, workdays=CN.workdays)
    added = holiday_breaks({D(2026, 6, 7): ""}, site.is_working_day, D(2026, 6, 1), D(2026, 6, 30))
    assert [(b.first_day, b.last_day) for b in added] == [(D(2026, 6, 6), D(2026, 6, 7))]
    assert care_due(added[0].first_day - dt.timedelta(days=1), site.is_working_day) == D(2026, 6, 5)


# --- tiers, complaints, consent, outcome ---------------------------------------------------------
def test_a_tier_interval_counts_from_the_last_contact_or_the_card() -> None:
    today = D(2026, 7, 1)
    assert tier_due(D(2026, 5, 31), D(2020, 1, 1), 30, today)  # 31 days ago
    assert tier_due(D(2026, 6, 1), D(2020, 1, 1), 30, today)  # 30 days ago: due today
    assert not tier_due(D(2026, 6, 2), D(2020, 1, 1), 30, today)  # 29 days ago: tomorrow
    assert tier_due(None, D(2026, 1, 1), 30, today)  # never seen: from the card
    assert not tier_due(None, D(2026, 6, 20), 30, today)
    assert not tier_due(D(2020, 1, 1), D(2020, 1, 1), None, today)  # the tier has no routine


def test_a_closed_complaint_is_followed_up_n_days_later_on_a_working_day() -> None:
    def nwd(day: dt.date) -> dt.date:
        while not CN.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    assert complaint_followup_due(D(2026, 7, 1), 7, nwd) == D(2026, 7, 8)
    assert complaint_followup_due(D(2026, 9, 25), 7, nwd) == D(2026, 10, 8)  # after 国庆


def test_a_customer_who_withdrew_consent_gets_no_call() -> None:
    for reason in FollowupReason:
        assert not may_call(reason, False)
    assert may_call(FollowupReason.BIRTHDAY, True)
    assert not may_call(FollowupReason.BIRTHDAY, None)  # never asked counts as no for care
    assert may_call(FollowupReason.BIRTHDAY, None, care_needs_consent=False)
    assert may_call(FollowupReason.COMPLAINT, None)  # their own complaint: unless they said no
    assert not may_call(FollowupReason.TIER, None)


def test_keys_name_the_cause() -> None:
    cid = uuid.UUID("0190f0f0-0000-7000-8000-000000000001")
    assert key(FollowupReason.BIRTHDAY, cid, "L2025") == f"birthday:{cid.hex}:L2025"
    assert key(FollowupReason.COMPLAINT, cid) == f"complaint:{cid.hex}"


def test_could_not_reach_comes_back_later_and_gives_up_after_the_last_attempt() -> None:
    first = could_not_reach(0, D(2026, 7, 1), retry_days=3, max_attempts=3)
    assert (first.attempts, first.status, first.due_date) == (1, FollowupStatus.OPEN, D(2026, 7, 4))
    last = could_not_reach(2, D(2026, 7, 10), retry_days=3, max_attempts=3)
    assert (last.attempts, last.status) == (3, FollowupStatus.UNREACHABLE)
    assert could_not_reach(10, D(2026, 7, 1), 2, 0).status is FollowupStatus.OPEN


def test_scores_are_checked() -> None:
    assert score_problem(5, 10) is None and score_problem(None, None) is None
    assert score_problem(0, None) == ("satisfaction", "out_of_range")
    assert score_problem(3, 11) == ("nps", "out_of_range")
    assert score_problem(True, None) == ("satisfaction", "out_of_range")  # type: ignore[arg-type]
