"""The site's complaint rules: presets, edits over China's calendar, refusals by field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cs_desktop.services.complaints.settings import (
    CalendarEdits,
    ComplaintSettings,
    Level,
    preset,
)
from cs_desktop.services.errors import ServiceError


def test_rules_round_trip_with_calendar_edits(database) -> None:
    settings = ComplaintSettings(database.factory)
    assert settings.rules().preset == "hour_based"  # nothing saved yet: the defaults
    rules = dataclasses.replace(preset("medical"), edits=CalendarEdits(
        holidays_added=frozenset({dt.date(2026, 11, 25)}),
        workdays_removed=frozenset({dt.date(2026, 10, 10)})))  # fmt: skip
    settings.save(rules)
    again = settings.rules()
    assert again == rules
    calendar = again.calendar()
    assert not calendar.is_working_day(dt.date(2026, 11, 25))  # the site's own day off
    assert not calendar.is_working_day(dt.date(2026, 10, 10))  # make-up Saturday dropped
    assert calendar.is_working_day(dt.date(2026, 11, 24))


@pytest.mark.parametrize(("change", "field", "code"), [
    (dict(categories=()), "categories", "required"),
    (dict(categories=("收费", " ")), "categories", "required"),
    (dict(severities=(Level("", "空", ""),)), "severities", "required"),
    (dict(severities=(Level("low", "轻微", ""), Level("low", "又一个", ""))), "severities",
     "duplicate_code"),
    (dict(severities=(Level("urgent", "紧急", ""),)), "severities", "no_limit_for_severity"),
])  # fmt: skip
def test_bad_rules_are_refused_and_nothing_is_saved(database, change, field, code) -> None:
    settings = ComplaintSettings(database.factory)
    with pytest.raises(ServiceError) as err:
        settings.save(dataclasses.replace(preset("hour_based"), **change))
    assert (err.value.field, err.value.code) == (field, code)
    assert settings.rules() == preset("hour_based")
