"""Record counts for the status bar and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import ComplaintState, FollowupStatus
from cs_desktop.storage.models import Complaint, Customer, Followup, Site, SurveyResponse, Visit
from cs_desktop.storage.types import utcnow

from .complaints.lists import overdue_condition

_CLOSED = (ComplaintState.CLOSED.value, ComplaintState.REVIEWED.value)


@dataclass(frozen=True)
class Counts:
    customers: int
    tiered_customers: int
    visits: int
    open_complaints: int
    overdue_complaints: int
    followups_due: int
    survey_responses: int
    sites: int


class OverviewService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def counts(self, today: dt.date) -> Counts:
        live = Customer.deleted_at.is_(None)
        with self._factory() as s:
            customers = s.scalar(select(func.count()).select_from(Customer).where(live))
            tiered = s.scalar(
                select(func.count()).select_from(Customer).where(live, Customer.tier.is_not(None))
            )
            visits = s.scalar(
                select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))
            )
            surveys = s.scalar(
                select(func.count())
                .select_from(SurveyResponse)
                .where(SurveyResponse.deleted_at.is_(None))
            )
            sites = s.scalar(select(func.count()).select_from(Site))
            complaints = s.scalar(
                select(func.count())
                .select_from(Complaint)
                .where(Complaint.deleted_at.is_(None), Complaint.state.not_in(_CLOSED))
            )
            overdue = s.scalar(
                select(func.count())
                .select_from(Complaint)
                .where(Complaint.deleted_at.is_(None), overdue_condition(utcnow()))
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
        return Counts(
            customers=customers or 0,
            tiered_customers=tiered or 0,
            visits=visits or 0,
            open_complaints=complaints or 0,
            overdue_complaints=overdue or 0,
            followups_due=due or 0,
            survey_responses=surveys or 0,
            sites=sites or 0,
        )
