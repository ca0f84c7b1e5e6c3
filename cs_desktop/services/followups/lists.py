"""The follow-up list, like a recall list: today, overdue, upcoming; mine or everyone's; by
reason and by tier. SQL does the filtering, ordering and paging, over the (status, due_date) and
(assigned_staff_id, status, due_date) indexes; a page is a block of rows in due order."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import FollowupReason, FollowupStatus
from cs_desktop.storage.models import Customer, CustomerPhone, Followup, Staff

DAY = dt.timedelta(days=1)
PAGE = 200


class DueView(StrEnum):
    DUE = "due"  # today and overdue
    TODAY = "today"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class DueQuery:
    today: dt.date
    view: DueView = DueView.DUE
    staff_id: uuid.UUID | None = None  # mine; None: everyone's
    reason: FollowupReason | None = None
    tier: str | None = None
    upcoming_days: int = 7
    after: dt.date | None = None  # only those due after this day (fell due while closed)


@dataclass(frozen=True)
class DueRow:
    id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    phone: str  # the primary phone as typed
    tier: str | None
    reason: FollowupReason
    due_date: dt.date
    attempts: int
    assigned_staff_id: uuid.UUID | None
    assigned_staff: str
    notes: str
    rescheduled_from: dt.date | None
    row_version: int


@dataclass(frozen=True)
class DueCounts:
    today: int
    overdue: int
    upcoming: int


class FollowupListService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def count(self, q: DueQuery) -> int:
        with self._factory() as s:
            return int(s.scalar(self._filtered(select(func.count()).select_from(Followup), q)) or 0)

    def page(self, q: DueQuery, offset: int = 0, limit: int = PAGE) -> list[DueRow]:
        phone = (select(CustomerPhone.raw)
                 .where(CustomerPhone.customer_id == Followup.customer_id,
                        CustomerPhone.deleted_at.is_(None))
                 .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.created_at)
                 .limit(1).scalar_subquery())  # fmt: skip
        stmt = (select(Followup.id, Followup.customer_id, Customer.name, phone.label("phone"),
                       Customer.tier, Followup.reason, Followup.due_date, Followup.attempts,
                       Followup.assigned_staff_id, Staff.display_name, Followup.notes,
                       Followup.rescheduled_from, Followup.row_version)
                .select_from(Followup)
                .join(Customer, Customer.id == Followup.customer_id)
                .outerjoin(Staff, Staff.id == Followup.assigned_staff_id))  # fmt: skip
        stmt = self._filtered(stmt, q, joined=True)
        stmt = stmt.order_by(Followup.due_date, Followup.id).offset(offset).limit(limit)
        with self._factory() as s:
            return [DueRow(r[0], r[1], r[2], r[3] or "", r[4], FollowupReason(r[5]), r[6], r[7],
                           r[8], r[9] or "", r[10] or "", r[11], r[12])
                    for r in s.execute(stmt)]  # fmt: skip

    def counts(self, today: dt.date, staff_id: uuid.UUID | None = None,
               upcoming_days: int = 7) -> DueCounts:  # fmt: skip
        """How many are due today, overdue and coming, for the tabs and the badge."""
        with self._factory() as s:

            def n(view: DueView) -> int:
                q = DueQuery(today, view, staff_id, upcoming_days=upcoming_days)
                stmt = self._filtered(select(func.count()).select_from(Followup), q)
                return int(s.scalar(stmt) or 0)

            return DueCounts(n(DueView.TODAY), n(DueView.OVERDUE), n(DueView.UPCOMING))

    def fell_due(self, after: dt.date, through: dt.date,
                 staff_id: uuid.UUID | None = None) -> int:  # fmt: skip
        """Open follow-ups that came due after ``after`` up to ``through``: what fell due while
        the app was closed, for the message on start."""
        stmt = select(func.count()).select_from(Followup).where(
            Followup.deleted_at.is_(None), Followup.status == FollowupStatus.OPEN.value,
            Followup.due_date > after, Followup.due_date <= through)  # fmt: skip
        if staff_id is not None:
            stmt = stmt.where(Followup.assigned_staff_id == staff_id)
        with self._factory() as s:
            return int(s.scalar(stmt) or 0)

    @staticmethod
    def _filtered(stmt: Select[Any], q: DueQuery, joined: bool = False) -> Select[Any]:
        where = [Followup.deleted_at.is_(None), Followup.status == FollowupStatus.OPEN.value]
        if q.view is DueView.DUE:
            where.append(Followup.due_date <= q.today)
        elif q.view is DueView.TODAY:
            where.append(Followup.due_date == q.today)
        elif q.view is DueView.OVERDUE:
            where.append(Followup.due_date < q.today)
        else:
            where.append(and_(Followup.due_date > q.today,
                              Followup.due_date <= q.today + q.upcoming_days * DAY))  # fmt: skip
        if q.staff_id is not None:
            where.append(Followup.assigned_staff_id == q.staff_id)
        if q.after is not None:
            where.append(Followup.due_date > q.after)
        if q.reason is not None:
            where.append(Followup.reason == q.reason.value)
        if q.tier is not None:
            if not joined:
                stmt = stmt.join(Customer, Customer.id == Followup.customer_id)
            where.append(Customer.tier == q.tier)
        return stmt.where(*where)
