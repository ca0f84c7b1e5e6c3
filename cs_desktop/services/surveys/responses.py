"""Recording an answered survey: from a completed follow-up, at the counter after a visit, or
typed in from a returned paper form (its date as written on it; the customer if known).

Only the scored (scale) items are stored as answers; NPS, the expectation and the two loyalty
questions are columns of the response. Each response also stores its index (the weighted mean
of its items on 1-5) and its CSS ratio (the index on the survey's own scale over the
expectation), computed with the domain formulas from the weights of the version it answers, so
the KPI queries only average columns.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import SurveySource
from cs_desktop.domain.kpis.satisfaction import css_ratio
from cs_desktop.domain.kpis.surveys import Response
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    Followup,
    SurveyAnswer,
    SurveyDefinition,
    SurveyResponse,
    Visit,
)
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..accounts.actor import require
from ..errors import ServiceError
from .definitions import SurveyInfo, info_in

COMMENT_MAX = 4000


@dataclass(frozen=True)
class AnswerForm:
    definition_id: uuid.UUID
    source: SurveySource
    scores: Mapping[uuid.UUID, int | None] = field(default_factory=dict)  # item id -> 1..scale
    nps: int | None = None
    expectation: int | None = None
    would_return: bool | None = None
    would_recommend: bool | None = None
    comment: str = ""
    customer_id: uuid.UUID | None = None  # a follow-up's or a visit's customer when not given
    followup_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None
    complaint_id: uuid.UUID | None = None  # a follow-up's complaint when not given
    staff_id: uuid.UUID | None = None  # None: the signed-in staff member
    answered_at: dt.datetime | None = None  # None: now; a paper form: the date written on it

    def is_empty(self) -> bool:
        """Nothing was answered (an empty survey is not recorded)."""
        return (not any(v is not None for v in self.scores.values()) and self.nps is None
                and self.expectation is None and self.would_return is None
                and self.would_recommend is None and not self.comment.strip())  # fmt: skip


@dataclass(frozen=True)
class AnswerLine:
    item_id: uuid.UUID
    code: str
    text: str
    score: int | None


@dataclass(frozen=True)
class ResponseInfo:
    id: uuid.UUID
    survey: SurveyInfo
    source: SurveySource
    customer_id: uuid.UUID | None
    followup_id: uuid.UUID | None
    visit_id: uuid.UUID | None
    complaint_id: uuid.UUID | None
    staff_id: uuid.UUID | None
    answered_at: dt.datetime
    answers: tuple[AnswerLine, ...]
    nps: int | None
    expectation: int | None
    would_return: bool | None
    would_recommend: bool | None
    comment: str
    index_score: float | None
    css_ratio: float | None


@dataclass(frozen=True)
class ResponseRow:
    """One line of a customer's survey history."""

    id: uuid.UUID
    answered_at: dt.datetime
    survey_name: str
    version: int
    source: SurveySource
    index_score: float | None
    nps: int | None


def _bounded(value: int | None, name: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ServiceError("out_of_range", field=name, min=low, max=high)
    return value


def record_in(s: Session, form: AnswerForm, now: dt.datetime) -> SurveyResponse:
    """Check and add one response inside the caller's transaction (nothing added on error)."""
    require(s, Permission.EDIT_CUSTOMERS)
    definition = s.get(SurveyDefinition, form.definition_id)
    if definition is None or definition.deleted_at is not None:
        raise ServiceError("survey_not_found", field="survey")
    survey = info_in(s, definition)
    by_id = {i.id: i for i in survey.items}
    scores: dict[str, int] = {}
    for item_id, score in form.scores.items():
        item = by_id.get(item_id)
        if item is None:
            raise ServiceError("not_in_survey", field="score", version=survey.version)
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= survey.scale:
            raise ServiceError("out_of_range", field="score", item=item.position, text=item.text,
                               min=1, max=survey.scale)  # fmt: skip
        scores[item.code] = score
    asked = (("nps", survey.asks_nps, form.nps),
             ("expectation", survey.asks_expectation, form.expectation),
             ("would_return", survey.asks_loyalty, form.would_return),
             ("would_recommend", survey.asks_loyalty, form.would_recommend))  # fmt: skip
    for name, asks, value in asked:
        if value is not None and not asks:
            raise ServiceError("not_asked", field=name)
    nps = _bounded(form.nps, "nps", 0, 10)
    expectation = _bounded(form.expectation, "expectation", 1, survey.scale)
    comment = form.comment.strip()
    if len(comment) > COMMENT_MAX:
        raise ServiceError("too_long", field="comment", max=COMMENT_MAX)
    if form.is_empty():
        raise ServiceError("required", field="answers")
    at = form.answered_at or now
    if at.tzinfo is None:
        raise ServiceError("naive_time", field="answered_at")
    if at > now + dt.timedelta(minutes=5):
        raise ServiceError("in_future", field="answered_at")
    if form.source not in SurveySource:
        raise ServiceError("not_a_choice", field="source", choices=tuple(SurveySource))
    customer_id, complaint_id = form.customer_id, form.complaint_id
    if form.followup_id is not None:
        followup = s.get(Followup, form.followup_id)
        if followup is None or followup.deleted_at is not None:
            raise ServiceError("followup_not_found", field="followup_id")
        customer_id = customer_id or followup.customer_id
        complaint_id = complaint_id or followup.complaint_id
    elif form.source == SurveySource.FOLLOWUP:
        raise ServiceError("required", field="followup_id")
    if form.visit_id is not None:
        visit = s.get(Visit, form.visit_id)
        if visit is None or visit.deleted_at is not None:
            raise ServiceError("visit_not_found", field="visit_id")
        customer_id = customer_id or visit.customer_id
    if complaint_id is not None and s.get(Complaint, complaint_id) is None:
        raise ServiceError("complaint_not_found", field="complaint_id")
    if customer_id is not None:
        customer = s.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            raise ServiceError("customer_not_found", field="customer_id")
    elif form.source != SurveySource.PAPER:
        raise ServiceError("required", field="customer_id")
    answer = Response(survey.domain(), scores)
    own = answer.index(survey.scale)
    actor = require(s, Permission.EDIT_CUSTOMERS)
    row = SurveyResponse(definition_id=definition.id, customer_id=customer_id,
                         followup_id=form.followup_id, visit_id=form.visit_id,
                         complaint_id=complaint_id,
                         staff_id=form.staff_id or (actor.staff_id if actor else None),
                         answered_at=at, source=form.source.value, nps=nps,
                         expectation=expectation, would_return=form.would_return,
                         would_recommend=form.would_recommend, comment=comment or None,
                         index_score=answer.index(5),
                         css_ratio=css_ratio(own, expectation))  # fmt: skip
    s.add(row)
    s.flush()
    for item in survey.items:
        if item.code in scores:
            s.add(SurveyAnswer(response_id=row.id, item_id=item.id, score=scores[item.code]))
    s.flush()
    return row


def response_info(s: Session, row: SurveyResponse) -> ResponseInfo:
    definition = s.get(SurveyDefinition, row.definition_id)
    assert definition is not None
    survey = info_in(s, definition)
    scores = dict(s.execute(select(SurveyAnswer.item_id, SurveyAnswer.score).where(
        SurveyAnswer.response_id == row.id, SurveyAnswer.deleted_at.is_(None))).all())  # fmt: skip
    answers = tuple(AnswerLine(i.id, i.code, i.text, scores.get(i.id)) for i in survey.items)
    return ResponseInfo(row.id, survey, SurveySource(row.source), row.customer_id,
                        row.followup_id, row.visit_id, row.complaint_id, row.staff_id,
                        row.answered_at, answers, row.nps, row.expectation, row.would_return,
                        row.would_recommend, row.comment or "", row.index_score, row.css_ratio)  # fmt: skip


class SurveyResponses:
    def __init__(self, factory: sessionmaker[Session],
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._now = now

    def record(self, form: AnswerForm) -> ResponseInfo:
        with writing(self._factory) as s:
            return response_info(s, record_in(s, form, self._now()))

    def get(self, response_id: uuid.UUID) -> ResponseInfo:
        with self._factory() as s:
            row = s.get(SurveyResponse, response_id)
            if row is None or row.deleted_at is not None:
                raise ServiceError("response_not_found")
            return response_info(s, row)

    def for_customer(self, customer_id: uuid.UUID, limit: int = 100) -> list[ResponseRow]:
        """The customer's answered surveys, newest first."""
        with self._factory() as s:
            rows = s.execute(
                select(SurveyResponse.id, SurveyResponse.answered_at, SurveyDefinition.name,
                       SurveyDefinition.version, SurveyResponse.source,
                       SurveyResponse.index_score, SurveyResponse.nps)
                .join(SurveyDefinition, SurveyDefinition.id == SurveyResponse.definition_id)
                .where(SurveyResponse.customer_id == customer_id,
                       SurveyResponse.deleted_at.is_(None))
                .order_by(SurveyResponse.answered_at.desc()).limit(limit)).all()  # fmt: skip
            return [ResponseRow(r[0], r[1], r[2], r[3], SurveySource(r[4]), r[5], r[6])
                    for r in rows]  # fmt: skip


__all__ = ["AnswerForm", "AnswerLine", "ResponseInfo", "ResponseRow", "SurveyResponses",
           "record_in", "response_info"]  # fmt: skip
