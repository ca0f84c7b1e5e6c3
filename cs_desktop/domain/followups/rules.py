"""The other follow-up rules: a tier's routine interval, the days after a closed complaint or a
visit, consent, the outcome of a call, and the dedupe key of each cause.

A dedupe key names the cause, never the run that found it, so the same cause gives the same key
on every PC of a site and on every run: "birthday:<customer>:2026" (or ":L2025", the lunar year),
"holiday:<customer>:<first day of the break>", "tier:<customer>:<day it came due>",
"complaint:<complaint>", "visit:<visit>". A follow-up planned by hand has no key.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from ..enums import FollowupReason, FollowupStatus

DAY = dt.timedelta(days=1)
CARE = frozenset({FollowupReason.BIRTHDAY, FollowupReason.HOLIDAY, FollowupReason.TIER})


def key(reason: FollowupReason, subject: uuid.UUID, occasion: str = "") -> str:
    """The dedupe key: reason, the customer (or the complaint or visit), the occasion."""
    return f"{reason.value}:{subject.hex}" + (f":{occasion}" if occasion else "")


def may_call(reason: FollowupReason, phone_consent: bool | None,
             care_needs_consent: bool = True) -> bool:  # fmt: skip
    """Whether a follow-up of ``reason`` may be planned for a customer whose consent to be
    called is ``phone_consent`` (None: never asked).

    - A customer who refused or withdrew consent is not called for any reason.
    - Care and routine calls (birthday, holiday, tier) need a recorded yes when the site says so
      (the card's rule: not asked counts as no); calls about the customer's own visit or
      complaint only need the absence of a no.
    """
    if phone_consent is False:
        return False
    return not (reason in CARE and care_needs_consent and phone_consent is not True)


def tier_last_contact_before(today: dt.date, interval_days: int) -> dt.date:
    """A customer last seen (or, never seen, created) before this day is due for the tier's
    routine follow-up today; so is one whose last routine follow-up came due before it."""
    return today - (interval_days - 1) * DAY


def tier_due(last_contact: dt.date | None, created: dt.date, interval_days: int | None,
             today: dt.date) -> bool:  # fmt: skip
    if interval_days is None:
        return False
    return (last_contact or created) < tier_last_contact_before(today, interval_days)


def complaint_followup_due(closed: dt.date, days: int,
                           next_working_day: Callable[[dt.date], dt.date]) -> dt.date:  # fmt: skip
    """``days`` after the complaint was closed, on the next working day from there."""
    return next_working_day(closed + days * DAY)


def visit_followup_due(visit_day: dt.date, days: int,
                       next_working_day: Callable[[dt.date], dt.date]) -> dt.date:  # fmt: skip
    return next_working_day(visit_day + days * DAY)


@dataclass(frozen=True)
class AttemptResult:
    attempts: int
    status: FollowupStatus
    due_date: dt.date


def could_not_reach(attempts: int, today: dt.date, retry_days: int,
                    max_attempts: int) -> AttemptResult:  # fmt: skip
    """One more failed attempt: back on the list ``retry_days`` later, or closed as unreachable
    when ``max_attempts`` attempts have failed (0: never given up)."""
    attempts += 1
    if max_attempts and attempts >= max_attempts:
        return AttemptResult(attempts, FollowupStatus.UNREACHABLE, today)
    return AttemptResult(attempts, FollowupStatus.OPEN, today + retry_days * DAY)


def score_problem(satisfaction: int | None, nps: int | None) -> tuple[str, str] | None:
    """(field, code) of the first out-of-range score, or None: satisfaction 1-5, NPS 0-10."""
    for name, value, low, high in (("satisfaction", satisfaction, 1, 5), ("nps", nps, 0, 10)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return name, "out_of_range"
    return None
