"""What each stage records, and the promises made to the customer.

Stage records (one per stage, replaced when edited):
- investigation: evidence, departments consulted, the root cause as a chain of "why" answers;
- resolution: the plan agreed with the customer, the actions taken, compensation (cents);
- feedback: the result as told to the customer, their satisfaction (1-5), further follow-up;
- prevention: the review: facts, analysis, lesson, improvement, and whether it worked.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import ComplaintStage, PromiseStatus
from cs_desktop.storage.models import (
    Complaint,
    ComplaintAction,
    ComplaintPromise,
    ComplaintStageRecord,
)
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..errors import ServiceError
from .workflow import acting_staff

TEXT_MAX = 4000
MAX_WHYS = 7
# stage -> {field: kind}; kinds: text, texts (a list of lines), cents, score (1-5), bool
FIELDS: dict[ComplaintStage, dict[str, str]] = {
    ComplaintStage.INVESTIGATION: {"evidence": "text", "departments": "texts", "whys": "texts",
                                   "root_cause": "text"},
    ComplaintStage.RESOLUTION: {"plan": "text", "actions": "text", "compensation_cents": "cents"},
    ComplaintStage.FEEDBACK: {"result_told": "text", "satisfaction": "score",
                              "further_followup": "text"},
    ComplaintStage.PREVENTION: {"facts": "text", "analysis": "text", "lesson": "text",
                                "improvement": "text", "improvement_worked": "bool"},
}  # fmt: skip


@dataclass(frozen=True)
class PromiseInfo:
    id: uuid.UUID
    complaint_id: uuid.UUID
    text: str
    owner_staff_id: uuid.UUID | None
    due_at: dt.datetime
    status: PromiseStatus
    resolved_at: dt.datetime | None


def clean_stage(stage: ComplaintStage, data: Mapping[str, Any]) -> dict[str, Any]:
    """The stage's data checked field by field; ServiceError names the field and the reason."""
    fields = FIELDS.get(stage)
    if fields is None:
        raise ServiceError("not_a_choice", field="stage")
    out: dict[str, Any] = {}
    for name, value in data.items():
        kind = fields.get(name)
        if kind is None:
            raise ServiceError("unknown_field", field=name)
        if value is None or value == "" or value == []:
            continue
        if kind == "text":
            if not isinstance(value, str):
                raise ServiceError("not_text", field=name)
            if len(value) > TEXT_MAX:
                raise ServiceError("too_long", field=name, max=TEXT_MAX)
            out[name] = value.strip()
        elif kind == "texts":
            lines = [str(v).strip() for v in value if str(v).strip()]
            if name == "whys" and len(lines) > MAX_WHYS:
                raise ServiceError("too_many", field=name, max=MAX_WHYS)
            out[name] = lines
        elif kind == "cents":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ServiceError("not_an_amount", field=name)
            out[name] = value
        elif kind == "score":
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
                raise ServiceError("out_of_range", field=name, min=1, max=5)
            out[name] = value
        else:
            out[name] = bool(value)
    return out


class ComplaintRecords:
    def __init__(self, factory: sessionmaker[Session],
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._now = now

    # --- stages -----------------------------------------------------------------------------
    def record_stage(self, complaint_id: uuid.UUID, stage: ComplaintStage,
                     data: Mapping[str, Any], staff_id: uuid.UUID | None = None) -> dict[str, Any]:  # fmt: skip
        clean = clean_stage(stage, data)
        now = self._now()
        with writing(self._factory) as s:
            staff_id = staff_id or acting_staff(s)
            complaint = _complaint(s, complaint_id)
            row = s.scalar(select(ComplaintStageRecord).where(
                ComplaintStageRecord.complaint_id == complaint_id,
                ComplaintStageRecord.stage == stage.value))  # fmt: skip
            if row is None:
                s.add(ComplaintStageRecord(complaint_id=complaint_id, stage=stage.value,
                                           data=clean, staff_id=staff_id, recorded_at=now))  # fmt: skip
            else:
                row.data, row.staff_id, row.recorded_at = clean, staff_id, now
            if stage is ComplaintStage.RESOLUTION:
                complaint.compensation_cents = clean.get("compensation_cents", 0)
            if stage is ComplaintStage.FEEDBACK:
                complaint.satisfaction = clean.get("satisfaction")
            s.add(ComplaintAction(complaint_id=complaint_id, at=now, staff_id=staff_id,
                                  kind="stage", text=stage.value))  # fmt: skip
            return clean

    def stages(self, complaint_id: uuid.UUID) -> dict[ComplaintStage, dict[str, Any]]:
        with self._factory() as s:
            rows = s.execute(select(ComplaintStageRecord.stage, ComplaintStageRecord.data).where(
                ComplaintStageRecord.complaint_id == complaint_id)).all()  # fmt: skip
        return {ComplaintStage(stage): dict(data or {}) for stage, data in rows}

    # --- promises -----------------------------------------------------------------------------
    def promise(self, complaint_id: uuid.UUID, text: str, due_at: dt.datetime,
                owner_staff_id: uuid.UUID | None = None,
                staff_id: uuid.UUID | None = None) -> PromiseInfo:  # fmt: skip
        text = text.strip()
        if not text:
            raise ServiceError("required", field="text")
        now = self._now()
        if due_at <= now:
            raise ServiceError("date_in_past", field="due_at")
        with writing(self._factory) as s:
            staff_id = staff_id or acting_staff(s)
            _complaint(s, complaint_id)
            row = ComplaintPromise(complaint_id=complaint_id, text=text, due_at=due_at,
                                   owner_staff_id=owner_staff_id)  # fmt: skip
            s.add(row)
            s.add(ComplaintAction(complaint_id=complaint_id, at=now, staff_id=staff_id,
                                  kind="promise", text=text))  # fmt: skip
            s.flush()
            return _promise(row)

    def settle(self, promise_id: uuid.UUID, kept: bool, note: str = "",
               staff_id: uuid.UUID | None = None) -> PromiseInfo:  # fmt: skip
        now = self._now()
        with writing(self._factory) as s:
            staff_id = staff_id or acting_staff(s)
            row = s.get(ComplaintPromise, promise_id)
            if row is None or row.deleted_at is not None:
                raise ServiceError("promise_not_found")
            if row.status != PromiseStatus.OPEN.value:
                raise ServiceError("promise_settled", field="status", status=row.status)
            row.status = (PromiseStatus.KEPT if kept else PromiseStatus.BROKEN).value
            row.resolved_at, row.note = now, note.strip() or None
            s.add(ComplaintAction(complaint_id=row.complaint_id, at=now, staff_id=staff_id,
                                  kind="promise_kept" if kept else "promise_broken",
                                  text=row.text))  # fmt: skip
            s.flush()
            return _promise(row)

    def promises(self, complaint_id: uuid.UUID | None = None,
                 open_only: bool = False) -> list[PromiseInfo]:  # fmt: skip
        stmt = select(ComplaintPromise).where(ComplaintPromise.deleted_at.is_(None))
        if complaint_id is not None:
            stmt = stmt.where(ComplaintPromise.complaint_id == complaint_id)
        if open_only:
            stmt = stmt.where(ComplaintPromise.status == PromiseStatus.OPEN.value)
        with self._factory() as s:
            return [_promise(r) for r in s.scalars(stmt.order_by(ComplaintPromise.due_at))]


def _complaint(s: Session, complaint_id: uuid.UUID) -> Complaint:
    row = s.get(Complaint, complaint_id)
    if row is None or row.deleted_at is not None:
        raise ServiceError("complaint_not_found", id=str(complaint_id))
    return row


def _promise(row: ComplaintPromise) -> PromiseInfo:
    return PromiseInfo(row.id, row.complaint_id, row.text, row.owner_staff_id, row.due_at,
                       PromiseStatus(row.status), row.resolved_at)  # fmt: skip
