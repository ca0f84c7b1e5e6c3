"""Tier classification: rule sets, per-tier service policy, recompute runs and tier history."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.domain.ids import new_id

from ..types import utcnow
from .base import Base, Synced


class TierRuleSet(Synced, Base):
    """One version of a classification rule (Pareto, four-level, RFM, weighted); one is active."""

    __tablename__ = "tier_rule_sets"

    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, default=1)
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("name", "version"),)


class TierPolicy(Synced, Base):
    """How a tier is served: follow-up interval and which role handles its complaints."""

    __tablename__ = "tier_policies"

    tier: Mapped[str] = mapped_column(String(16), unique=True)
    label: Mapped[str] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(Integer, default=0)
    followup_interval_days: Mapped[int | None] = mapped_column(Integer)
    complaint_role: Mapped[str | None] = mapped_column(String(16))
    care_reminders: Mapped[bool] = mapped_column(Boolean, default=True)


class TierRun(Base):
    """A recompute run at this site (local: each site classifies its own data)."""

    __tablename__ = "tier_runs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    rule_set_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tier_rule_sets.id"))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column()
    customers: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the population decided (Pareto's value boundaries, RFM's quintile boundaries): a
    # customer whose transactions change is placed by these until the next full run.
    thresholds: Mapped[dict[str, Any] | None] = mapped_column()


class TierHistory(Synced, Base):
    """Every tier change: from, to, why (rule, override, merge), who, when."""

    __tablename__ = "tier_history"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    from_tier: Mapped[str | None] = mapped_column(String(16))
    to_tier: Mapped[str | None] = mapped_column(String(16))
    cause: Mapped[str] = mapped_column(String(24))
    rule_set_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tier_rule_sets.id"))
    run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tier_runs.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(index=True)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_tier_history_customer_at", "customer_id", "at"),)
