"""Audit trail and sync bookkeeping."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.domain.ids import new_id

from ..types import utcnow
from .base import Base


class AuditEvent(Base):
    """Append-only trail of who saw and changed what. Local to the site.

    ``seq`` orders the chain; ``entry_hash`` = H(prev_hash + canonical entry) makes any edit or
    deletion of an earlier entry detectable. ``at`` never goes backwards along ``seq``, so a
    date range is found by bisecting ``seq``; the one secondary index is the customer's (every
    index costs each audited change another page write: bench/audit.py).
    """

    __tablename__ = "audit_events"

    # INTEGER PRIMARY KEY on SQLite is the rowid (autoincrementing); BIGINT identity elsewhere.
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID | None] = mapped_column()
    customer_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="")


class SyncPackage(Base):
    """A package file sent to or received from another site."""

    __tablename__ = "sync_packages"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    direction: Mapped[str] = mapped_column(String(8))
    peer_site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    package_id: Mapped[uuid.UUID] = mapped_column()  # id written in the package's manifest
    file_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    range_from: Mapped[str | None] = mapped_column(String(64))
    range_to: Mapped[str | None] = mapped_column(String(64))
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16))
    message: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("direction", "package_id"),)


class SyncConflict(Base):
    """A value that lost when two sites edited the same record; a supervisor reviews it."""

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column()
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[dict[str, Any] | None] = mapped_column()
    lost_value: Mapped[dict[str, Any] | None] = mapped_column()
    lost_site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    package_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sync_packages.id"))
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at", "detected_at"),)
