"""Record counts for the status bar and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import ComplaintState, FollowupStatus
from cs_desktop.storage.models import Complaint, Customer, Followup, Visit

_CLOSED = (ComplaintState.CLOSED.value, ComplaintState.REVIEWED.value)


@dataclass(frozen=True)
class Counts:
    customers: int
    visits: int
    open_complaints: int
    followups_due: int


class OverviewService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def counts(self, today: dt.date) -> Counts:
        with self._factory() as s:
            customers = s.scalar(
                select(func.count()).select_from(Customer).where(Customer.deleted_at.is_(None))
            )
            visits = s.scalar(
                select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))
            )
            complaints = s.scalar(
                select(func.count())
                .select_from(Complaint)
                .where(Complaint.deleted_at.is_(None), Complaint.state.not_in(_CLOSED))
            )
            due = s.scalar(
                select(func.count())
                .select_from(Followup)
                .where(
                    Followup.deleted_at.is_(None),
                    Followup.status == FollowupStatus.OPEN.value,
                    Followup.due_date <= today,
                )
            )
        return Counts(customers or 0, visits or 0, complaints or 0, due or 0)
