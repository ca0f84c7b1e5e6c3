"""The complaint workflow's allowed moves and the deadlines of the two policy presets."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.complaints.deadlines import (
    DeadlinePolicy,
    Limit,
    Urgency,
    deadline,
)
from cs_desktop.domain.complaints.states import TransitionError, allowed, move
from cs_desktop.domain.enums import ComplaintState as S
from cs_desktop.domain.holidays_cn import default_holidays, default_workdays
from cs_desktop.domain.worktime import WorkCalendar

CN = WorkCalendar(holidays=frozenset(default_holidays()), workdays=frozenset(default_workdays()))
H = dt.timedelta(hours=1)


def test_the_happy_path() -> None:
    path = [S.REGISTERED, S.INVESTIGATING, S.RESOLVING, S.FEEDBACK, S.CLOSED, S.REVIEWED]
    for current, target in zip(path, path[1:], strict=False):
        assert move(current, target).target == target


@pytest.mark.parametrize(("current", "target"), [
    (S.REGISTERED, S.CLOSED), (S.INVESTIGATING, S.FEEDBACK), (S.RESOLVING, S.REGISTERED),
    (S.REVIEWED, S.INVESTIGATING), (S.CLOSED, S.WAITING_CUSTOMER), (S.FEEDBACK, S.REVIEWED),
])  # fmt: skip
def test_illegal_moves_are_refused(current: S, target: S) -> None:
    with pytest.raises(TransitionError) as err:
        move(current, target, reason="x")
    assert err.value.code == "illegal_move"
    assert (err.value.current, err.value.target) == (current, target)


def test_reopen_needs_a_reason() -> None:
    with pytest.raises(TransitionError) as err:
        move(S.CLOSED, S.INVESTIGATING, reason="  ")
    assert err.value.code == "reason_required"
    assert move(S.CLOSED, S.INVESTIGATING, reason="患者再次来电").reopened


def test_pause_and_resume_to_where_it_was() -> None:
    paused = move(S.INVESTIGATING, S.WAITING_THIRD_PARTY)
    assert paused.pauses and paused.paused_from == S.INVESTIGATING
    with pytest.raises(TransitionError) as err:
        move(S.WAITING_THIRD_PARTY, S.FEEDBACK, paused_from=S.INVESTIGATING)
    assert err.value.code == "resume_elsewhere"
    switched = move(S.WAITING_THIRD_PARTY, S.WAITING_CUSTOMER, paused_from=S.INVESTIGATING)
    assert switched.paused_from == S.INVESTIGATING and not switched.resumes
    resumed = move(S.WAITING_CUSTOMER, S.INVESTIGATING, paused_from=S.INVESTIGATING)
    assert resumed.resumes
    assert allowed(S.WAITING_CUSTOMER, S.INVESTIGATING) == [S.INVESTIGATING, S.WAITING_THIRD_PARTY]
    assert allowed(S.REGISTERED) == [S.INVESTIGATING, S.RESOLVING, S.WAITING_CUSTOMER,
                                     S.WAITING_THIRD_PARTY]  # fmt: skip
    assert allowed(S.REVIEWED) == []


def test_first_response_in_calendar_hours() -> None:
    policy = DeadlinePolicy.hour_based()
    start = dt.datetime(2026, 11, 23, 10)
    d = deadline(policy, CN, policy.first_response, start, start + 17 * H)
    assert d.due == start + 24 * H and d.urgency is Urgency.ON_TIME and d.escalation == 0
    d = deadline(policy, CN, policy.first_response, start, start + 19 * H)
    assert d.urgency is Urgency.SOON  # the last quarter of the budget
    d = deadline(policy, CN, policy.first_response, start, start + 25 * H)
    assert d.urgency is Urgency.OVERDUE and d.escalation == 1
    d = deadline(policy, CN, policy.first_response, start, start + 37 * H)
    assert d.escalation == 2  # overdue by more than half the budget: the administrator
    met = deadline(policy, CN, policy.first_response, start, start + 40 * H,
                   done_at=start + 3 * H)  # fmt: skip
    assert met.urgency is Urgency.ON_TIME and met.escalation == 0


def test_medical_preset_five_working_days_across_national_day() -> None:
    policy = DeadlinePolicy.medical()
    start = dt.datetime(2026, 9, 29, 15)  # Tuesday before National Day
    d = deadline(policy, CN, policy.resolution["normal"], start, start)
    # 30 Sep, then 1-7 Oct off, 8 Oct, 9 Oct, 10 Oct (make-up Saturday), 12 Oct
    assert d.due == dt.datetime(2026, 10, 12, 17, 30)
    ten = deadline(policy, CN, policy.resolution["multi_department"], start, start)
    assert ten.due == dt.datetime(2026, 10, 19, 17, 30)
    # a pause waiting for the patient on 8-9 Oct pushes the deadline by two working days
    paused = deadline(policy, CN, policy.resolution["normal"], start, start,
                      pauses=[(dt.datetime(2026, 10, 8, 8), dt.datetime(2026, 10, 10, 8))])  # fmt: skip
    assert paused.due == dt.datetime(2026, 10, 14, 17, 30)
    waiting = deadline(policy, CN, policy.resolution["normal"], start,
                       dt.datetime(2026, 10, 9, 9), pauses=[(dt.datetime(2026, 10, 8, 8), None)])  # fmt: skip
    assert waiting.due is None and waiting.urgency is Urgency.PAUSED


def test_a_limit_is_hours_or_working_days() -> None:
    with pytest.raises(ValueError):
        Limit(hours=4, working_days=2)
    with pytest.raises(ValueError):
        Limit()
