"""Complaint time limits: the policy, the deadlines it gives, and how urgent a complaint is.

Two presets, both editable by the site (DOMAIN.md section 3):
- ``hour_based``: first response within 24 calendar hours, resolution by severity in hours;
- ``medical``: the national measures for medical institutions (2019): feedback of the result
  within 5 working days, 10 when several departments must be coordinated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ..worktime import CalendarClock, Clock, Pause, WorkCalendar, due_at, elapsed


class Counting(StrEnum):
    CALENDAR = "calendar"  # every hour counts
    WORKING = "working"  # the site's working hours and days


class Urgency(StrEnum):
    ON_TIME = "on_time"
    SOON = "soon"  # the last part of the budget (``soon_share``)
    OVERDUE = "overdue"
    PAUSED = "paused"


@dataclass(frozen=True)
class Limit:
    hours: float = 0.0  # a budget of counted hours, or
    working_days: int = 0  # the closing time of the n-th working day after intake

    def __post_init__(self) -> None:
        if (self.hours > 0) == (self.working_days > 0):
            raise ValueError("a limit is either hours or working days")


@dataclass(frozen=True)
class DeadlinePolicy:
    first_response: Limit = Limit(hours=24)
    resolution: Mapping[str, Limit] = field(default_factory=lambda: {
        "low": Limit(hours=120), "normal": Limit(hours=72), "high": Limit(hours=24),
        "critical": Limit(hours=8)})  # fmt: skip
    counting: Counting = Counting.CALENDAR
    soon_share: float = 0.25  # highlighted when this share of the budget is left
    admin_after_share: float = 0.5  # escalated to the administrator when overdue by this share

    @classmethod
    def hour_based(cls) -> DeadlinePolicy:
        return cls()

    @classmethod
    def medical(cls) -> DeadlinePolicy:
        return cls(first_response=Limit(hours=24),
                   resolution={"normal": Limit(working_days=5),
                               "multi_department": Limit(working_days=10)},
                   counting=Counting.WORKING)  # fmt: skip


@dataclass(frozen=True)
class Deadline:
    due: dt.datetime | None  # None while paused
    budget: dt.timedelta  # counted time allowed
    used: dt.timedelta  # counted time so far
    urgency: Urgency
    escalation: int  # 0 none, 1 supervisor, 2 administrator


def clock_for(policy: DeadlinePolicy, calendar: WorkCalendar) -> Clock:
    return calendar if policy.counting is Counting.WORKING else CalendarClock()


def deadline(policy: DeadlinePolicy, calendar: WorkCalendar, limit: Limit, start: dt.datetime,
             now: dt.datetime, pauses: Sequence[Pause] = (),
             done_at: dt.datetime | None = None) -> Deadline:  # fmt: skip
    """Where a complaint stands against one limit at ``now`` (or when it was met)."""
    clock = clock_for(policy, calendar)
    if limit.working_days:
        # a day-based limit runs to closing time of the n-th working day, pushed back by the
        # working time spent paused
        end = calendar.end_of_working_day(start, limit.working_days)
        budget = calendar.between(start, end)
        clock = calendar
    else:
        budget = dt.timedelta(hours=limit.hours)
    until = done_at or now
    used = elapsed(clock, start, until, pauses)
    due = due_at(clock, start, budget, pauses)
    paused = done_at is None and any(p[1] is None for p in pauses)
    if paused:
        urgency = Urgency.PAUSED
    elif used > budget:
        urgency = Urgency.OVERDUE
    elif done_at is None and budget - used <= budget * policy.soon_share:
        urgency = Urgency.SOON
    else:
        urgency = Urgency.ON_TIME
    escalation = 0
    if used > budget and done_at is None:
        escalation = 2 if used - budget > budget * policy.admin_after_share else 1
    return Deadline(due, budget, used, urgency, escalation)
