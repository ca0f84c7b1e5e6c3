"""Service figures: medians and 90th percentiles of durations, first-contact resolution,
complaint rate and follow-up completion. An empty input gives None, never 0.

Percentile method: linear interpolation between the two nearest ranks, the "inclusive" method
(Excel's PERCENTILE.INC, numpy's default, Hyndman-Fan type 7). For n sorted values x[0..n-1]
and p in [0, 100], the rank is h = (n - 1) * p / 100 and the value is
x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]). So the 50th percentile is the
usual median (the mean of the two middle values when n is even), the 0th the minimum, the
100th the maximum, and one value is every percentile of itself. SQL can reproduce it with two
ordered rows (OFFSET floor(h) LIMIT 2).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import timedelta


def percentile(values: Iterable[float], p: float) -> float | None:
    """The p-th percentile (0-100) of the values by the method above; None if there are none."""
    if not 0 <= p <= 100:
        raise ValueError(f"a percentile is between 0 and 100, not {p}")
    ordered: Sequence[float] = sorted(values)
    if not ordered:
        return None
    h = (len(ordered) - 1) * p / 100
    low = math.floor(h)
    if low + 1 >= len(ordered):
        return float(ordered[-1])
    return ordered[low] + (h - low) * (ordered[low + 1] - ordered[low])


def median(values: Iterable[float]) -> float | None:
    return percentile(values, 50)


def duration_percentile(durations: Iterable[timedelta], p: float) -> timedelta | None:
    """The p-th percentile of durations (to the microsecond); None if there are none."""
    seconds = percentile((d.total_seconds() for d in durations), p)
    return None if seconds is None else timedelta(seconds=seconds)


def duration_median(durations: Iterable[timedelta]) -> timedelta | None:
    return duration_percentile(durations, 50)


def duration_p90(durations: Iterable[timedelta]) -> timedelta | None:
    return duration_percentile(durations, 90)


def share(part: int, whole: int) -> float | None:
    """part / whole as a fraction 0-1, or None when there is nothing to count (whole 0)."""
    if part < 0 or whole < 0 or part > whole:
        raise ValueError(f"cannot count {part} of {whole}")
    return part / whole if whole else None


def first_contact_resolution(resolved_first: int, resolved: int) -> float | None:
    """Share of resolved cases resolved at the first contact (target >= 75%)."""
    return share(resolved_first, resolved)


def complaint_rate(complaints: int, services: int) -> float | None:
    """Complaints per service given, as a fraction (target <= 0.5%, i.e. 0.005).

    Not a share of one set in another (a visit can bring two complaints), so it may exceed 1.
    """
    if complaints < 0 or services < 0:
        raise ValueError("counts cannot be negative")
    return complaints / services if services else None


def followup_completion(completed: int, due: int) -> float | None:
    """Share of the follow-ups due in a period that were completed."""
    return share(completed, due)
