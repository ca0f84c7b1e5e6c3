"""The visits page's list: recent visits and calls, newest first, paged in SQL (the
(occurred_at) index), optionally one purpose or one staff member's; and the staff who may be
named as having served.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import VisitKind
from cs_desktop.storage.models import Customer, Followup, Staff, Visit

PAGE = 200


@dataclass(frozen=True)
class VisitQuery:
    purpose: str | None = None
    staff_id: uuid.UUID | None = None


@dataclass(frozen=True)
class VisitRow:
    id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    occurred_at: dt.datetime
    kind: VisitKind
    purpose: str
    staff: str
    outcome: str
    next_step: str
    followup_due: dt.date | None  # the follow-up planned from it, if any


@dataclass(frozen=True)
class StaffChoice:
    id: uuid.UUID
    name: str


class VisitListService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def count(self, q: VisitQuery) -> int:
        with self._factory() as s:
            return int(s.scalar(self._filtered(select(func.count()).select_from(Visit), q)) or 0)

    def page(self, q: VisitQuery, offset: int = 0, limit: int = PAGE) -> list[VisitRow]:
        due = (select(func.min(Followup.due_date))
               .where(Followup.visit_id == Visit.id, Followup.deleted_at.is_(None))
               .scalar_subquery())  # fmt: skip
        columns: tuple[Any, ...] = (Visit.id, Visit.customer_id, Customer.name, Visit.occurred_at, Visit.kind,
                   Visit.purpose, Staff.display_name, Visit.outcome, Visit.next_step,
                   due.label("due"))  # fmt: skip
        stmt: Select[Any] = (select(*columns).select_from(Visit)
                             .join(Customer, Customer.id == Visit.customer_id)
                             .outerjoin(Staff, Staff.id == Visit.staff_id))  # fmt: skip
        stmt = self._filtered(stmt, q).order_by(Visit.occurred_at.desc(), Visit.id.desc())
        with self._factory() as s:
            return [VisitRow(r[0], r[1], r[2], r[3], _kind(r[4]), r[5] or "", r[6] or "",
                             r[7] or "", r[8] or "", r[9])
                    for r in s.execute(stmt.offset(offset).limit(limit))]  # fmt: skip

    def staff(self) -> list[StaffChoice]:
        """Active staff, by name: who may be named as having served."""
        with self._factory() as s:
            rows = s.execute(select(Staff.id, Staff.display_name)
                             .where(Staff.active.is_(True), Staff.deleted_at.is_(None))
                             .order_by(Staff.display_name)).all()  # fmt: skip
        return [StaffChoice(i, name) for i, name in rows]

    @staticmethod
    def _filtered(stmt: Select[Any], q: VisitQuery) -> Select[Any]:
        stmt = stmt.where(Visit.deleted_at.is_(None))
        if q.purpose is not None:
            stmt = stmt.where(Visit.purpose == q.purpose)
        if q.staff_id is not None:
            stmt = stmt.where(Visit.staff_id == q.staff_id)
        return stmt


def _kind(value: str) -> VisitKind:
    try:
        return VisitKind(value)
    except ValueError:
        return VisitKind.COUNTER
