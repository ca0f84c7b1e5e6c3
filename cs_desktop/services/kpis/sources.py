"""The rows each figure is counted over, filtered by a scope and bucketed by period.

A source is one table with its time column (survey answers by when they were given, complaints
by when they were received or resolved, visits by when they happened, follow-ups by their due
day) and where its site, staff member, customer and complaint category are. A filter a source
has no column for is not applied to it: the category narrows complaints, and the survey answers
and follow-ups that came from complaints, but every visit still counts as a service in the
complaint rate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, extract, func, literal, select

from cs_desktop.domain.enums import FollowupStatus
from cs_desktop.domain.kpis import Period
from cs_desktop.storage.models import Complaint, Customer, Followup, SurveyResponse, Visit

from .scope import Dim, Scope, bounds, instant


@dataclass(frozen=True)
class Source:
    entity: Any
    time: Any
    staff: Any
    customer: Any
    category: Any | None = None  # the category on the source's own row (complaints)
    complaint: Any | None = None  # else the complaint the row came from, if any
    dated: bool = False  # the time column holds days, not instants
    where: tuple[Any, ...] = ()

    def boundary(self, day: dt.date) -> Any:
        return day if self.dated else instant(day)

    def dim(self, dim: Dim) -> Any | None:
        """The column a breakdown groups by (None: the source has no such thing)."""
        if dim is Dim.SITE:
            return self.entity.origin_site_id
        if dim is Dim.STAFF:
            return self.staff
        if dim is Dim.TIER:
            return Customer.tier
        if self.category is not None:
            return self.category
        return Complaint.category if self.complaint is not None else None


RESPONSES = Source(
    SurveyResponse,
    SurveyResponse.answered_at,
    SurveyResponse.staff_id,
    SurveyResponse.customer_id,
    complaint=SurveyResponse.complaint_id,
)
RECEIVED = Source(
    Complaint,
    Complaint.received_at,
    Complaint.owner_staff_id,
    Complaint.customer_id,
    category=Complaint.category,
)
RESOLVED = Source(
    Complaint,
    Complaint.resolved_at,
    Complaint.owner_staff_id,
    Complaint.customer_id,
    category=Complaint.category,
    where=(Complaint.resolved_at.is_not(None),),
)
VISITS = Source(Visit, Visit.occurred_at, Visit.staff_id, Visit.customer_id)
FOLLOWUPS = Source(Followup, Followup.due_date, Followup.assigned_staff_id,
                   Followup.customer_id, complaint=Followup.complaint_id, dated=True,
                   where=(Followup.status != FollowupStatus.CANCELLED.value,))  # fmt: skip


def bucket(source: Source, periods: Sequence[Period]) -> ColumnElement[int]:
    """Which of the periods (0 = oldest) a row falls in; rows are already limited to them."""
    if len(periods) == 1:
        return literal(0)
    edges = bounds(list(periods))[1:-1]
    return case(*[(source.time < source.boundary(e), i) for i, e in enumerate(edges)],
                else_=len(edges))  # fmt: skip


def rows(source: Source, columns: Sequence[Any], scope: Scope, periods: Sequence[Period],
         by: Dim | None = None, until: dt.date | None = None) -> Select[Any]:  # fmt: skip
    """SELECT columns FROM the source's live rows in the periods, with the scope's filters.

    ``until``: count nothing from this day on (follow-ups not yet due in the running period).
    """
    start, end = periods[0].start, periods[-1].end
    if until is not None:
        end = min(end, until)
    e = source.entity
    stmt = select(*columns).select_from(e).where(
        e.deleted_at.is_(None), source.time >= source.boundary(start),
        source.time < source.boundary(end), *source.where)  # fmt: skip
    if by is Dim.TIER:
        stmt = stmt.join(Customer, Customer.id == source.customer)
    if scope.tier is not None:
        # The tier's customers as a list the database probes by the customer index of the
        # source: far fewer rows than joining every row of the period to its customer.
        tier = Customer.tier.is_(None) if scope.tier == "" else Customer.tier == scope.tier
        stmt = stmt.where(source.customer.in_(select(Customer.id).where(tier)))
    if source.category is None and source.complaint is not None and (
            scope.category is not None or by is Dim.CATEGORY):  # fmt: skip
        stmt = stmt.join(Complaint, Complaint.id == source.complaint)
    if scope.category is not None and (column := source.dim(Dim.CATEGORY)) is not None:
        stmt = stmt.where(column == scope.category)
    if scope.site_id is not None:
        stmt = stmt.where(e.origin_site_id == scope.site_id)
    if scope.staff_id is not None:
        stmt = stmt.where(source.staff == scope.staff_id)
    return stmt


def seconds(dialect: str, start: Any, end: Any) -> ColumnElement[float]:
    """end - start in seconds, on SQLite (text instants) and PostgreSQL. SQLite's julianday is
    a double of days, good to about 30 microseconds: callers round to the millisecond."""
    if dialect == "postgresql":
        return extract("epoch", end - start)  # type: ignore[return-value]
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def live_customers(scope: Scope | None) -> list[ColumnElement[bool]]:
    """Live cards (not deleted, not merged away) within the scope's site and tier."""
    live: list[ColumnElement[bool]] = [Customer.deleted_at.is_(None),
                                       Customer.merged_into_id.is_(None)]  # fmt: skip
    if scope is not None and scope.tier is not None:
        live.append(Customer.tier.is_(None) if scope.tier == "" else Customer.tier == scope.tier)
    if scope is not None and scope.site_id is not None:
        live.append(Customer.origin_site_id == scope.site_id)
    return live
