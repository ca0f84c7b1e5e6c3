"""What staff do with a follow-up: plan one by hand, complete it (outcome, satisfaction 1-5,
NPS 0-10 when asked), record that the customer could not be reached (it comes back after the
site's retry days, and is given up after its last attempt), reschedule it (a reason is needed).

Each action is one write transaction on an open follow-up; the version the caller saw is checked,
so two counters acting on the same follow-up cannot both succeed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import ContactChannel, FollowupReason, FollowupStatus, SurveySource
from cs_desktop.domain.followups.rules import could_not_reach, may_call, score_problem
from cs_desktop.domain.text import normalize
from cs_desktop.storage.models import Customer, CustomerConsent, Followup
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..errors import ServiceError
from ..surveys.responses import AnswerForm, record_in
from .settings import FollowupSettings

TEXT_MAX = 4000


@dataclass(frozen=True)
class FollowupInfo:
    id: uuid.UUID
    customer_id: uuid.UUID
    reason: FollowupReason
    status: FollowupStatus
    due_date: dt.date
    attempts: int
    assigned_staff_id: uuid.UUID | None
    outcome: str
    satisfaction: int | None
    nps: int | None
    rescheduled_from: dt.date | None
    reschedule_reason: str
    completed_at: dt.datetime | None
    notes: str
    row_version: int


def info(row: Followup) -> FollowupInfo:
    return FollowupInfo(row.id, row.customer_id, FollowupReason(row.reason),
                        FollowupStatus(row.status), row.due_date, row.attempts,
                        row.assigned_staff_id, row.outcome or "", row.satisfaction, row.nps,
                        row.rescheduled_from, row.reschedule_reason or "", row.completed_at,
                        row.notes or "", row.row_version)  # fmt: skip


def phone_consent(s: Session, customer_id: uuid.UUID) -> bool | None:
    return s.scalar(select(CustomerConsent.granted).where(
        CustomerConsent.customer_id == customer_id,
        CustomerConsent.channel == ContactChannel.PHONE.value,
        CustomerConsent.deleted_at.is_(None)))  # fmt: skip


def _text(value: str, name: str, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not normalize(value):
        raise ServiceError("required", field=name)
    if len(value) > TEXT_MAX:
        raise ServiceError("too_long", field=name, max=TEXT_MAX)
    return value


class FollowupActions:
    def __init__(self, factory: sessionmaker[Session], settings: FollowupSettings,
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._settings = settings
        self._now = now

    def _today(self) -> dt.date:
        return self._now().astimezone().date()

    def get(self, followup_id: uuid.UUID) -> FollowupInfo:
        with self._factory() as s:
            row = s.get(Followup, followup_id)
            if row is None or row.deleted_at is not None:
                raise ServiceError("followup_not_found")
            return info(row)

    def plan(self, customer_id: uuid.UUID, due_date: dt.date, notes: str = "",
             assigned_staff_id: uuid.UUID | None = None) -> FollowupInfo:  # fmt: skip
        """A follow-up planned by hand (no dedupe key: a person may plan two)."""
        notes = _text(notes, "notes")
        if due_date < self._today():
            raise ServiceError("date_in_past", field="due_date")
        with writing(self._factory) as s:
            row = plan_in(s, customer_id, due_date, FollowupReason.MANUAL, notes,
                          assigned_staff_id)  # fmt: skip
            return info(row)

    def complete(self, followup_id: uuid.UUID, outcome: str, satisfaction: int | None = None,
                 nps: int | None = None, staff_id: uuid.UUID | None = None,
                 row_version: int | None = None,
                 survey: AnswerForm | None = None) -> FollowupInfo:  # fmt: skip
        """Close the follow-up; with ``survey`` answered (any question), its response is
        recorded in the same transaction (source followup, linked to this follow-up), and the
        follow-up's satisfaction (the index rounded, 1-5) and NPS are taken from it unless
        given."""
        outcome = _text(outcome, "outcome", required=True)
        problem = score_problem(satisfaction, nps)
        if problem is not None:
            low, high = (1, 5) if problem[0] == "satisfaction" else (0, 10)
            raise ServiceError(problem[1], field=problem[0], min=low, max=high)
        with writing(self._factory) as s:
            row = _open(s, followup_id, row_version)
            if survey is not None and not survey.is_empty():
                form = dataclasses.replace(survey, source=SurveySource.FOLLOWUP,
                                           followup_id=row.id, customer_id=row.customer_id,
                                           staff_id=survey.staff_id or staff_id)  # fmt: skip
                response = record_in(s, form, self._now())
                if satisfaction is None and response.index_score is not None:
                    satisfaction = min(5, max(1, int(response.index_score + 0.5)))
                nps = response.nps if nps is None else nps
            row.status = FollowupStatus.DONE.value
            row.completed_at = self._now()
            row.outcome, row.satisfaction, row.nps = outcome, satisfaction, nps
            if staff_id is not None:
                row.assigned_staff_id = staff_id
            s.flush()
            return info(row)

    def could_not_reach(self, followup_id: uuid.UUID, note: str = "",
                        row_version: int | None = None) -> FollowupInfo:  # fmt: skip
        note = _text(note, "note")
        rules = self._settings.rules()
        now = self._now()
        with writing(self._factory) as s:
            row = _open(s, followup_id, row_version)
            result = could_not_reach(row.attempts, self._today(), rules.retry_days,
                                     rules.max_attempts)  # fmt: skip
            row.attempts, row.status, row.last_attempt_at = (
                result.attempts,
                result.status.value,
                now,
            )
            row.due_date = max(row.due_date, result.due_date)
            if note:
                row.notes = f"{row.notes}\n{note}".strip() if row.notes else note
            s.flush()
            return info(row)

    def reschedule(self, followup_id: uuid.UUID, new_date: dt.date, reason: str,
                   row_version: int | None = None) -> FollowupInfo:  # fmt: skip
        reason = _text(reason, "reason", required=True)
        if new_date < self._today():
            raise ServiceError("date_in_past", field="due_date")
        with writing(self._factory) as s:
            row = _open(s, followup_id, row_version)
            if new_date == row.due_date:
                raise ServiceError("same_date", field="due_date")
            row.rescheduled_from, row.due_date = row.due_date, new_date
            row.reschedule_reason = reason
            s.flush()
            return info(row)


def plan_in(s: Session, customer_id: uuid.UUID, due_date: dt.date, reason: FollowupReason,
            notes: str, assigned_staff_id: uuid.UUID | None, dedupe_key: str | None = None,
            visit_id: uuid.UUID | None = None) -> Followup:  # fmt: skip
    """Add a follow-up inside the caller's transaction, refusing a customer who said no."""
    customer = s.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ServiceError("customer_not_found", field="customer_id")
    if not may_call(reason, phone_consent(s, customer_id)):
        raise ServiceError("contact_refused", field="customer_id")
    row = Followup(customer_id=customer_id, due_date=due_date, reason=reason.value,
                   dedupe_key=dedupe_key, assigned_staff_id=assigned_staff_id,
                   status=FollowupStatus.OPEN.value, attempts=0, notes=notes or None,
                   visit_id=visit_id)  # fmt: skip
    s.add(row)
    s.flush()
    return row


def _open(s: Session, followup_id: uuid.UUID, row_version: int | None) -> Followup:
    row = s.get(Followup, followup_id)
    if row is None or row.deleted_at is not None:
        raise ServiceError("followup_not_found")
    if row_version is not None and row.row_version != row_version:
        raise ServiceError("changed_elsewhere")
    if row.status != FollowupStatus.OPEN.value:
        raise ServiceError("not_open", field="status", status=row.status)
    return row
