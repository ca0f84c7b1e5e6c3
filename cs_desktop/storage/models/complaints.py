"""The complaint log (客户投诉记录表): a complaint, its stage records, its actions and promises."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.domain.enums import ComplaintState, PromiseStatus

from .base import Base, Synced


class Complaint(Synced, Base):
    __tablename__ = "complaints"

    number: Mapped[str] = mapped_column(String(32), unique=True)  # printed reference
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column()
    channel: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    customer_words: Mapped[str] = mapped_column(Text)
    customer_wants: Mapped[str | None] = mapped_column(Text)
    promised_handling: Mapped[str | None] = mapped_column(Text)
    difficult_type: Mapped[str | None] = mapped_column(String(32))
    # 首问负责: the receiver owns it until an explicit, logged handover
    receiver_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    owner_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    state: Mapped[str] = mapped_column(String(24), default=ComplaintState.REGISTERED.value)
    paused_from_state: Mapped[str | None] = mapped_column(String(24))
    paused_at: Mapped[dt.datetime | None] = mapped_column()
    paused_seconds: Mapped[int] = mapped_column(BigInteger, default=0)
    first_response_due_at: Mapped[dt.datetime | None] = mapped_column()
    first_response_at: Mapped[dt.datetime | None] = mapped_column()
    resolution_due_at: Mapped[dt.datetime | None] = mapped_column()
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    closed_at: Mapped[dt.datetime | None] = mapped_column()
    reviewed_at: Mapped[dt.datetime | None] = mapped_column()
    resolved_first_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)
    compensation_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    signed_by_complainant: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_complaints_state_resolution_due", "state", "resolution_due_at"),
        Index("ix_complaints_owner_state", "owner_staff_id", "state"),
        Index("ix_complaints_category_severity", "category", "severity"),
        # Covering for the reports' figures per period: received and resolved complaints.
        Index("ix_complaints_received", "received_at", "deleted_at", "owner_staff_id",
              "category", "first_response_at"),
        Index("ix_complaints_resolved", "resolved_at", "deleted_at", "owner_staff_id",
              "category", "received_at", "resolved_first_contact"),
    )


class ComplaintStageRecord(Synced, Base):
    """What one of the five stages recorded (evidence, five whys, plan, feedback, review)."""

    __tablename__ = "complaint_stages"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"))
    stage: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column()

    __table_args__ = (UniqueConstraint("complaint_id", "stage"),)


class ComplaintAction(Synced, Base):
    """One entry on a complaint's own timeline: a note, a response to the customer, a state
    change, a handover, an escalation. Only ``counts_as_response`` entries stop the first-response
    clock."""

    __tablename__ = "complaint_actions"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"))
    at: Mapped[dt.datetime] = mapped_column()
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str | None] = mapped_column(String(24))
    to_state: Mapped[str | None] = mapped_column(String(24))
    target_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    text: Mapped[str | None] = mapped_column(Text)
    counts_as_response: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_complaint_actions_complaint_at", "complaint_id", "at"),)


class ComplaintPromise(Synced, Base):
    """A promise made to the customer, tracked until kept or broken."""

    __tablename__ = "complaint_promises"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    due_at: Mapped[dt.datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default=PromiseStatus.OPEN.value)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_complaint_promises_status_due", "status", "due_at"),)
