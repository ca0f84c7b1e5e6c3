"""The records behind a figure: the survey answers, complaints or follow-ups it was counted
over, a page at a time (the Reports page's drill-down list)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session, aliased, sessionmaker

from cs_desktop.domain.kpis import Kpi, Period
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    Followup,
    Staff,
    SurveyDefinition,
    SurveyResponse,
)

from ..accounts.actor import require_bound
from . import sources as src
from .scope import Dim, Scope


class Records(StrEnum):
    RESPONSES = "responses"
    RECEIVED = "received"  # complaints received in the period
    RESOLVED = "resolved"  # complaints resolved in the period
    FOLLOWUPS = "followups"


RECORDS = {
    Kpi.SATISFACTION: Records.RESPONSES, Kpi.NPS: Records.RESPONSES,
    Kpi.CSS: Records.RESPONSES, Kpi.CSAT: Records.RESPONSES,
    Kpi.FIRST_RESPONSE: Records.RECEIVED, Kpi.COMPLAINT_RATE: Records.RECEIVED,
    Kpi.RESOLUTION: Records.RESOLVED, Kpi.FIRST_CONTACT_RESOLUTION: Records.RESOLVED,
    Kpi.FOLLOWUP_COMPLETION: Records.FOLLOWUPS,
}  # fmt: skip


@dataclass(frozen=True)
class Drill:
    """What was clicked: a KPI in a period, maybe one bar of a breakdown."""

    kpi: Kpi
    scope: Scope
    period: Period
    by: Dim | None = None
    key: Hashable = None

    @property
    def records(self) -> Records:
        return RECORDS[self.kpi]

    def narrowed(self) -> Scope:
        scope = self.scope.at(self.period)
        if self.by is Dim.STAFF and self.key is not None:
            return replace(scope, staff_id=self.key)  # type: ignore[arg-type]
        if self.by is Dim.SITE and self.key is not None:
            return replace(scope, site_id=self.key)  # type: ignore[arg-type]
        if self.by is Dim.CATEGORY and self.key is not None:
            return replace(scope, category=str(self.key))
        if self.by is Dim.TIER:
            return replace(scope, tier="" if self.key is None else str(self.key))
        return scope


@dataclass(frozen=True)
class Record:
    """One row of the drill-down list; which fields are filled depends on the records."""

    id: uuid.UUID
    customer_id: uuid.UUID | None
    customer: str
    at: dt.datetime | dt.date  # answered, received, resolved, or due
    staff: str
    what: str  # survey name, complaint number and category, follow-up reason
    state: str  # the answer's source, the complaint's state, the follow-up's status
    score: float | None = None  # the answer's index (1-5)
    nps: int | None = None
    seconds: float | None = None  # first response or resolution time
    first_contact: bool | None = None
    comment: str = ""


_SOURCES = {Records.RESPONSES: src.RESPONSES, Records.RECEIVED: src.RECEIVED,
            Records.RESOLVED: src.RESOLVED, Records.FOLLOWUPS: src.FOLLOWUPS}  # fmt: skip


class DrillService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today

    def _until(self, drill: Drill) -> dt.date | None:
        return self._today() + dt.timedelta(days=1) if drill.records is Records.FOLLOWUPS else None

    def count(self, drill: Drill) -> int:
        require_bound(self._factory, Permission.VIEW_REPORTS)
        source = _SOURCES[drill.records]
        with self._factory() as s:
            stmt = src.rows(source, [func.count()], drill.narrowed(), [drill.period],
                            until=self._until(drill))  # fmt: skip
            return int(s.scalar(stmt) or 0)

    def page(self, drill: Drill, offset: int = 0, limit: int = 200) -> list[Record]:
        """Newest first."""
        require_bound(self._factory, Permission.VIEW_REPORTS)
        source = _SOURCES[drill.records]
        staff = aliased(Staff)
        who = aliased(Customer)
        with self._factory() as s:
            dialect = s.get_bind().dialect.name
            columns, make = self._columns(drill.records, dialect, staff, who)
            stmt = (src.rows(source, columns, drill.narrowed(), [drill.period],
                             until=self._until(drill))
                    .outerjoin(who, who.id == source.customer)
                    .outerjoin(staff, staff.id == source.staff)
                    .order_by(source.time.desc(), source.entity.id)
                    .offset(offset).limit(limit))  # fmt: skip
            if drill.records is Records.RESPONSES:
                stmt = stmt.join(SurveyDefinition,
                                 SurveyDefinition.id == SurveyResponse.definition_id)  # fmt: skip
            return [make(row) for row in s.execute(stmt)]

    @staticmethod
    def _columns(records: Records, dialect: str, staff: Any, who: Any
                 ) -> tuple[list[Any], Callable[[Any], Record]]:  # fmt: skip
        name, person = func.coalesce(who.name, ""), func.coalesce(staff.display_name, "")
        if records is Records.RESPONSES:
            r = SurveyResponse
            return ([r.id, r.customer_id, name, r.answered_at, person, SurveyDefinition.name,
                     r.source, r.index_score, r.nps, r.comment],
                    lambda x: Record(x[0], x[1], x[2], x[3], x[4], x[5], x[6], score=x[7],
                                     nps=x[8], comment=x[9] or ""))  # fmt: skip
        if records is Records.FOLLOWUPS:
            f = Followup
            return ([f.id, f.customer_id, name, f.due_date, person, f.reason, f.status,
                     f.satisfaction, f.nps, f.outcome],
                    lambda x: Record(x[0], x[1], x[2], x[3], x[4], x[5], x[6],
                                     score=None if x[7] is None else float(x[7]), nps=x[8],
                                     comment=x[9] or ""))  # fmt: skip
        c = Complaint
        end = c.first_response_at if records is Records.RECEIVED else c.resolved_at
        at = c.received_at if records is Records.RECEIVED else c.resolved_at
        took = src.seconds(dialect, c.received_at, end)
        return ([c.id, c.customer_id, name, at, person, c.number + " " + c.category, c.state,
                 took, c.resolved_first_contact, c.customer_words],
                lambda x: Record(x[0], x[1], x[2], x[3], x[4], x[5], x[6],
                                 seconds=None if x[7] is None else round(float(x[7]), 3),
                                 first_contact=bool(x[8]) if x[3] is not None else None,
                                 comment=x[9] or ""))  # fmt: skip
