"""The complaint lists (mine, open by due time, overdue, paused, by category and severity) and
the escalation of overdue complaints.

A complaint's next deadline is the first response while nobody has answered the customer, then
the resolution. Both are stored on the complaint (workflow), so "overdue" and "open by due time"
are indexed queries over hundreds of thousands of complaints.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from cs_desktop.domain.complaints.states import OPEN, PAUSED
from cs_desktop.domain.enums import ComplaintState, Role
from cs_desktop.storage.models import Complaint, ComplaintAction, Customer, Staff
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from .settings import ComplaintSettings
from .workflow import ComplaintWorkflow

_OPEN = [s.value for s in OPEN]
_PAUSED = [s.value for s in PAUSED]


class View(StrEnum):
    MINE = "mine"  # open and paused complaints the staff member owns
    OPEN = "open"  # open ones by their next deadline
    OVERDUE = "overdue"
    PAUSED = "paused"
    ALL = "all"  # every complaint, newest first


@dataclass(frozen=True)
class ComplaintQuery:
    view: View = View.OPEN
    staff_id: uuid.UUID | None = None  # for MINE
    category: str | None = None
    severity: str | None = None
    customer_id: uuid.UUID | None = None  # the customer card's complaints


@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    customer_name: str
    category: str
    severity: str
    state: ComplaintState
    owner: str
    received_at: dt.datetime
    next_due_at: dt.datetime | None  # UTC; None while paused or done
    answered: bool
    escalation_level: int


def next_due() -> Any:
    """The complaint's next deadline in SQL."""
    return case((Complaint.first_response_at.is_(None), Complaint.first_response_due_at),
                else_=Complaint.resolution_due_at)  # fmt: skip


def overdue_condition(now: dt.datetime) -> Any:
    return and_(Complaint.state.in_(_OPEN), or_(
        and_(Complaint.first_response_at.is_(None), Complaint.first_response_due_at < now),
        Complaint.resolution_due_at < now))  # fmt: skip


class ComplaintListService:
    def __init__(self, factory: sessionmaker[Session], settings: ComplaintSettings,
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._settings = settings
        self._now = now

    def _where(self, stmt: Select, q: ComplaintQuery, now: dt.datetime) -> Select:  # type: ignore[type-arg]
        stmt = stmt.where(Complaint.deleted_at.is_(None))
        if q.view is View.MINE:
            stmt = stmt.where(Complaint.owner_staff_id == q.staff_id,
                              Complaint.state.in_(_OPEN + _PAUSED))  # fmt: skip
        elif q.view is View.OPEN:
            stmt = stmt.where(Complaint.state.in_(_OPEN))
        elif q.view is View.OVERDUE:
            stmt = stmt.where(overdue_condition(now))
        elif q.view is View.PAUSED:
            stmt = stmt.where(Complaint.state.in_(_PAUSED))
        if q.category:
            stmt = stmt.where(Complaint.category == q.category)
        if q.severity:
            stmt = stmt.where(Complaint.severity == q.severity)
        if q.customer_id is not None:
            stmt = stmt.where(Complaint.customer_id == q.customer_id)
        return stmt

    def count(self, q: ComplaintQuery) -> int:
        with self._factory() as s:
            stmt = self._where(select(func.count()).select_from(Complaint), q, self._now())
            return int(s.scalar(stmt) or 0)

    def page(self, q: ComplaintQuery, offset: int = 0, limit: int = 200) -> list[ComplaintRow]:
        owner = aliased(Staff)
        due = next_due()
        stmt = self._where(
            select(Complaint.id, Complaint.number, Complaint.customer_id, Customer.name,
                   Complaint.category, Complaint.severity, Complaint.state, owner.display_name,
                   Complaint.received_at, due, Complaint.first_response_at,
                   Complaint.escalation_level)
            .join(Customer, Customer.id == Complaint.customer_id)
            .outerjoin(owner, owner.id == Complaint.owner_staff_id),
            q, self._now())  # fmt: skip
        if q.view in (View.ALL, View.PAUSED) or q.customer_id is not None:
            stmt = stmt.order_by(Complaint.received_at.desc(), Complaint.id)
        else:
            stmt = stmt.order_by(due.is_(None), due, Complaint.id)  # paused ones last
        with self._factory() as s:
            rows = s.execute(stmt.offset(offset).limit(limit)).all()
        return [
            ComplaintRow(cid, number, customer, name, category, severity, ComplaintState(state),
                         owner_name or "", received,
                         None if ComplaintState(state) not in OPEN else due_at,
                         answered is not None, level)
            for (cid, number, customer, name, category, severity, state, owner_name, received,
                 due_at, answered, level) in rows
        ]  # fmt: skip

    # --- escalation ---------------------------------------------------------------------------
    def escalate(self) -> list[tuple[uuid.UUID, int]]:
        """Raise the escalation level of overdue complaints whose level went up (supervisor,
        then administrator) and log each on the complaint's timeline; returns what changed.
        Run on every refresh of the complaints page: one transaction, the rules read once, and
        only complaints not yet at the top level looked at; running it twice logs nothing twice."""
        now = self._now()
        rules = self._settings.rules()
        workflow = ComplaintWorkflow(self._factory, self._settings, now=lambda: now)
        changed = []
        with writing(self._factory) as s:
            rows = s.scalars(select(Complaint).where(
                Complaint.deleted_at.is_(None), Complaint.escalation_level < 2,
                overdue_condition(now))).all()  # fmt: skip
            for row in rows:
                info = workflow.standing(s, row, rules, now)
                level = max(info.first_response.escalation, info.resolution.escalation)
                if level <= row.escalation_level:
                    continue
                row.escalation_level = level
                role = Role.SUPERVISOR if level == 1 else Role.ADMIN
                s.add(ComplaintAction(complaint_id=row.id, at=now, kind="escalation",
                                      text=role.value))  # fmt: skip
                changed.append((row.id, level))
        return changed
