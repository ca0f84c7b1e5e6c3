"""Loyalty as behaviour: is a customer still coming at their own usual rhythm?

A customer's usual interval is the mean gap between their visits, (last - first) / (visits - 1),
known once they have visited at least ``MIN_VISITS`` times (two gaps). They are a churn risk when
the time since their last visit is at least ``FACTOR`` times that interval and at least
``MIN_GAP_DAYS`` days (so a weekly visitor is not flagged for being a few days late). Someone
without a rhythm yet (one or two visits) counts as still visiting while their last visit is
within ``RECENT_DAYS``.

The SQL in services/kpis/loyalty.py computes the same thing over every customer at once; the
tests check the two agree.
"""

from __future__ import annotations

import datetime as dt

MIN_VISITS = 3
FACTOR = 2.0
MIN_GAP_DAYS = 14
RECENT_DAYS = 365


def usual_interval_days(visits: int, first: dt.datetime | None,
                        last: dt.datetime | None) -> float | None:  # fmt: skip
    """The mean gap between visits in days, or None without enough visits to know it."""
    if visits < MIN_VISITS or first is None or last is None:
        return None
    days = (last - first).total_seconds() / 86400 / (visits - 1)
    return days if days > 0 else None


def behind_by(visits: int, first: dt.datetime | None, last: dt.datetime | None,
              now: dt.datetime) -> float | None:  # fmt: skip
    """How many usual intervals have passed since the last visit (None: no rhythm known)."""
    interval = usual_interval_days(visits, first, last)
    if interval is None or last is None:
        return None
    return (now - last).total_seconds() / 86400 / interval


def churn_risk(visits: int, first: dt.datetime | None, last: dt.datetime | None,
               now: dt.datetime) -> bool:  # fmt: skip
    """Far behind their own usual rhythm (see the module text)."""
    behind = behind_by(visits, first, last, now)
    if behind is None or last is None:
        return False
    return behind >= FACTOR and (now - last).total_seconds() >= MIN_GAP_DAYS * 86400


def still_visiting(visits: int, first: dt.datetime | None, last: dt.datetime | None,
                   now: dt.datetime) -> bool:  # fmt: skip
    """Behaviour loyalty: keeping their rhythm, or, without one, seen within RECENT_DAYS."""
    if last is None:
        return False
    if usual_interval_days(visits, first, last) is None:
        return (now - last).total_seconds() < RECENT_DAYS * 86400
    return not churn_risk(visits, first, last, now)
