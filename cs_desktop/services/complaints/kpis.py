"""The complaints page's figures for a period: complaint rate (complaints / services), the
median and 90th percentile of first-response and resolution times, and the share resolved at
first contact (on the spot, without an investigation)."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.storage.models import Complaint, Visit


@dataclass(frozen=True)
class ComplaintKpis:
    complaints: int
    services: int  # visits and calls in the period
    rate: float | None  # complaints per service; None without services
    first_response_hours: tuple[float, float] | None  # (median, p90); None without responses
    resolution_hours: tuple[float, float] | None
    first_contact_share: float | None  # of the complaints resolved in the period


def _median_p90(hours: list[float]) -> tuple[float, float] | None:
    if not hours:
        return None
    if len(hours) == 1:
        return hours[0], hours[0]
    return statistics.median(hours), statistics.quantiles(hours, n=10, method="inclusive")[-1]


class ComplaintKpiService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def kpis(self, start: dt.datetime, end: dt.datetime) -> ComplaintKpis:
        """Complaints received in [start, end) (UTC)."""
        live = [Complaint.deleted_at.is_(None), Complaint.received_at >= start,
                Complaint.received_at < end]  # fmt: skip
        with self._factory() as s:
            complaints = int(
                s.scalar(select(func.count()).select_from(Complaint).where(*live)) or 0
            )
            services = int(s.scalar(select(func.count()).select_from(Visit).where(
                Visit.deleted_at.is_(None), Visit.occurred_at >= start,
                Visit.occurred_at < end)) or 0)  # fmt: skip
            times = s.execute(select(Complaint.received_at, Complaint.first_response_at,
                                     Complaint.resolved_at, Complaint.resolved_first_contact)
                              .where(*live)).all()  # fmt: skip
        first = [(r - t).total_seconds() / 3600 for t, r, _d, _f in times if r is not None]
        resolved = [(d - t).total_seconds() / 3600 for t, _r, d, _f in times if d is not None]
        at_once = sum(1 for _t, _r, d, f in times if d is not None and f)
        return ComplaintKpis(
            complaints,
            services,
            complaints / services if services else None,
            _median_p90(sorted(first)),
            _median_p90(sorted(resolved)),
            at_once / len(resolved) if resolved else None,
        )
