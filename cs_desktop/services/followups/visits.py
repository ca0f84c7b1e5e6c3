"""Recording a counter visit or a call (来访记录): when, who served, the purpose (from the
site's list), the outcome and the next step; optionally a follow-up planned from it, due on the
day given (or the site's ``visit_days`` later, on a working day). The card's timeline shows both.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import FollowupReason, VisitKind
from cs_desktop.domain.followups.rules import key, visit_followup_due
from cs_desktop.storage.models import Customer, Visit
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..complaints.settings import ComplaintSettings
from ..customers.stats import recompute_stats
from ..errors import ServiceError
from .actions import _text, plan_in
from .settings import FollowupSettings


@dataclass(frozen=True)
class VisitForm:
    customer_id: uuid.UUID
    purpose: str
    kind: VisitKind = VisitKind.COUNTER
    staff_id: uuid.UUID | None = None  # who served
    occurred_at: dt.datetime | None = None  # None: now
    outcome: str = ""
    next_step: str = ""
    plan_followup: bool = False
    followup_on: dt.date | None = None  # None: the site's visit_days later
    followup_staff_id: uuid.UUID | None = None  # None: whoever served


@dataclass(frozen=True)
class VisitRecorded:
    visit_id: uuid.UUID
    occurred_at: dt.datetime
    followup_id: uuid.UUID | None
    followup_due: dt.date | None


class VisitService:
    def __init__(self, factory: sessionmaker[Session], settings: FollowupSettings,
                 complaints: ComplaintSettings,
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._settings = settings
        self._complaints = complaints
        self._now = now

    def purposes(self) -> tuple[str, ...]:
        return self._settings.rules().purposes

    def record(self, form: VisitForm) -> VisitRecorded:
        rules = self._settings.rules()
        purpose = form.purpose.strip()
        if not purpose:
            raise ServiceError("required", field="purpose")
        if purpose not in rules.purposes:
            raise ServiceError("not_a_choice", field="purpose", choices=rules.purposes)
        outcome = _text(form.outcome, "outcome")
        next_step = _text(form.next_step, "next_step")
        now = self._now()
        at = form.occurred_at or now
        if at.tzinfo is None:
            raise ServiceError("naive_time", field="occurred_at")
        if at > now + dt.timedelta(minutes=5):
            raise ServiceError("in_future", field="occurred_at")
        due = None
        if form.plan_followup:
            if not next_step:
                raise ServiceError("required", field="next_step")
            calendar = self._complaints.rules().calendar()

            def working(day: dt.date) -> dt.date:
                for _ in range(60):
                    if calendar.is_working_day(day):
                        break
                    day += dt.timedelta(days=1)
                return day

            visit_day = at.astimezone().date()
            due = form.followup_on or visit_followup_due(visit_day, rules.visit_days, working)
            if due < now.astimezone().date():
                raise ServiceError("date_in_past", field="followup_on")
        with writing(self._factory) as s:
            customer = s.get(Customer, form.customer_id)
            if customer is None or customer.deleted_at is not None:
                raise ServiceError("customer_not_found", field="customer_id")
            visit = Visit(customer_id=customer.id, staff_id=form.staff_id, occurred_at=at,
                          kind=form.kind.value, purpose=purpose, outcome=outcome or None,
                          next_step=next_step or None, value_cents=0)  # fmt: skip
            s.add(visit)
            s.flush()
            followup_id = None
            if due is not None:
                row = plan_in(s, customer.id, due, FollowupReason.VISIT, next_step,
                              form.followup_staff_id or form.staff_id,
                              dedupe_key=key(FollowupReason.VISIT, visit.id),
                              visit_id=visit.id)  # fmt: skip
                followup_id = row.id
            recompute_stats(s.connection(), [customer.id])
            return VisitRecorded(visit.id, at, followup_id, due)
