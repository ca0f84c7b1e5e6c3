"""Satisfaction surveys: versioned definitions, their items, responses and answers."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.domain.enums import SurveyItemKind

from .base import Base, Synced


class SurveyDefinition(Synced, Base):
    """A survey as it was at one version; answers point at the version they were given under,
    so editing a survey never changes the meaning of old answers."""

    __tablename__ = "survey_definitions"

    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    scale_max: Mapped[int] = mapped_column(SmallInteger, default=5)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # which questions beside the scored items the survey asks (stored on the response)
    asks_nps: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    asks_expectation: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    asks_loyalty: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (UniqueConstraint("code", "version"),)


class SurveyItem(Synced, Base):
    __tablename__ = "survey_items"

    definition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey_definitions.id"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64), default="", server_default="")
    text: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16), default=SurveyItemKind.SCALE.value)
    weight: Mapped[decimal.Decimal] = mapped_column(Numeric(8, 4), default=decimal.Decimal(1))


class SurveyResponse(Synced, Base):
    __tablename__ = "survey_responses"

    definition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("survey_definitions.id"), index=True
    )
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), index=True)
    followup_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("followups.id"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"))
    complaint_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaints.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    answered_at: Mapped[dt.datetime] = mapped_column()
    source: Mapped[str] = mapped_column(String(16))
    nps: Mapped[int | None] = mapped_column(SmallInteger)
    expectation: Mapped[int | None] = mapped_column(SmallInteger)
    would_return: Mapped[bool | None] = mapped_column(Boolean)
    would_recommend: Mapped[bool | None] = mapped_column(Boolean)
    comment: Mapped[str | None] = mapped_column(Text)
    # the weighted mean of the scale items on 1-5, and (own scale) index / expectation
    index_score: Mapped[float | None] = mapped_column(Float)
    css_ratio: Mapped[float | None] = mapped_column(Float)

    # Covering for the reports' figures per period (migration 0012).
    __table_args__ = (
        Index("ix_survey_responses_answered", "answered_at", "deleted_at", "staff_id",
              "index_score", "css_ratio", "nps"),
    )  # fmt: skip


class SurveyAnswer(Synced, Base):
    __tablename__ = "survey_answers"

    response_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_responses.id"))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_items.id"), index=True)
    score: Mapped[int | None] = mapped_column(SmallInteger)  # None: item left unanswered

    __table_args__ = (UniqueConstraint("response_id", "item_id"),)
