"""The audit trail's use cases: record a standalone action, verify the chain, browse entries."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import AuditEvent, Customer, Staff
from cs_desktop.storage.session import writing

from ..accounts.actor import require, require_bound
from ..errors import ServiceError
from .chain import GENESIS, canonical, entry_hash
from .recorder import record_in

VERIFY_BATCH = 5000
MAX_PAGE = 1000


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int  # entries read (up to and including the first broken one)
    last_seq: int | None  # the last entry read
    broken_seq: int | None  # the first entry that does not verify
    reason: str | None  # altered | link_broken | missing

    def describe(self) -> str:
        if self.ok:
            return f"audit trail intact: {self.checked} entries"
        text = {
            "altered": "entry {seq} was altered (its content does not match its hash)",
            "link_broken": "entry {seq} does not follow the entry before it (an entry before it "
            "was altered, replaced or reordered)",
            "missing": "entry {seq} is missing (deleted)",
        }[self.reason or "altered"]
        return text.format(seq=self.broken_seq)


@dataclass(frozen=True)
class AuditQuery:
    customer_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None
    action: str | None = None
    since: dt.datetime | None = None  # inclusive
    until: dt.datetime | None = None  # exclusive


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    staff_id: uuid.UUID | None
    staff_name: str | None
    action: str
    entity: str
    entity_id: uuid.UUID | None
    customer_id: uuid.UUID | None
    customer_name: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditEntry]
    total: int


def _first_seq_from(s: Session, when: dt.datetime) -> int:
    """The first entry at or after ``when`` (one past the last entry if none): a bisection
    over ``seq`` with primary-key lookups, as ``at`` never goes backwards along the chain."""
    low, high = s.execute(select(func.min(AuditEvent.seq), func.max(AuditEvent.seq))).one()
    if low is None:
        return 1
    high += 1  # the answer lies in [low, high]; high means "none"
    while low < high:
        middle = (low + high) // 2
        row = s.execute(select(AuditEvent.seq, AuditEvent.at).where(AuditEvent.seq >= middle)
                        .order_by(AuditEvent.seq).limit(1)).first()  # fmt: skip
        if row is None or row.seq >= high:
            high = middle  # nothing in [middle, high)
        elif row.at >= when:
            high = row.seq
        else:
            low = row.seq + 1
    return high


class AuditService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def record(self, action: str, entity: str, entity_id: uuid.UUID | None = None, *,
               customer_id: uuid.UUID | None = None,
               details: dict[str, Any] | None = None) -> None:  # fmt: skip
        """An action that changes no row (print, export, reveal) in a transaction of its own.
        Services that also write should call ``record_in`` in their own transaction."""
        with writing(self._factory) as s:
            record_in(s, action, entity, entity_id, customer_id=customer_id, details=details)

    # --- verify -----------------------------------------------------------------------------
    def verify(self) -> VerifyResult:
        """Walk the chain from the first entry; stop at the first one that does not verify.

        Detects an altered entry (its hash), a deleted one (a gap in ``seq`` or a first entry
        that is not the genesis) and a reordered or replaced one (``prev_hash`` not the hash of
        the entry before). Deleting the newest entries leaves a shorter, intact chain: compare
        ``last_seq`` with a figure kept elsewhere (a printed report, a backup) to see that."""
        require_bound(self._factory, Permission.BROWSE_AUDIT)
        checked, prev_seq, prev_hash = 0, 0, GENESIS
        columns = (AuditEvent.seq, AuditEvent.at, AuditEvent.staff_id, AuditEvent.action,
                   AuditEvent.entity, AuditEvent.entity_id, AuditEvent.customer_id,
                   AuditEvent.details, AuditEvent.prev_hash, AuditEvent.entry_hash)  # fmt: skip
        with self._factory() as s:
            while True:
                batch = s.execute(select(*columns).where(AuditEvent.seq > prev_seq)
                                  .order_by(AuditEvent.seq).limit(VERIFY_BATCH)).all()  # fmt: skip
                if not batch:
                    return VerifyResult(True, checked, prev_seq or None, None, None)
                for seq, at, staff, action, entity, eid, cid, details, prev, digest in batch:
                    checked += 1
                    if seq != prev_seq + 1:
                        return VerifyResult(False, checked, seq, prev_seq + 1, "missing")
                    if prev != prev_hash:
                        return VerifyResult(False, checked, seq, seq, "link_broken")
                    text = canonical(seq, at, staff, action, entity, eid, cid, details or {})
                    if entry_hash(prev, text) != digest:
                        return VerifyResult(False, checked, seq, seq, "altered")
                    prev_seq, prev_hash = seq, digest

    # --- browse -----------------------------------------------------------------------------
    def page(self, query: AuditQuery, offset: int = 0, limit: int = 100) -> AuditPage:
        """Entries matching the query, newest first."""
        if not 0 < limit <= MAX_PAGE or offset < 0:
            raise ServiceError("out_of_range", field="limit", min=1, max=MAX_PAGE)
        where: list[ColumnElement[bool]] = []
        if query.customer_id is not None:
            where.append(AuditEvent.customer_id == query.customer_id)
        if query.staff_id is not None:
            where.append(AuditEvent.staff_id == query.staff_id)
        if query.action:
            where.append(AuditEvent.action == query.action)
        with self._factory() as s:
            require(s, Permission.BROWSE_AUDIT)
            if query.since is not None:
                where.append(AuditEvent.seq >= _first_seq_from(s, query.since))
            if query.until is not None:
                where.append(AuditEvent.seq < _first_seq_from(s, query.until))
            total = s.scalar(select(func.count()).select_from(AuditEvent).where(*where)) or 0
            rows = s.execute(
                select(AuditEvent, Staff.display_name, Customer.name)
                .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
                .outerjoin(Customer, Customer.id == AuditEvent.customer_id)
                .where(*where).order_by(AuditEvent.seq.desc()).offset(offset).limit(limit)
            ).all()  # fmt: skip
        return AuditPage(
            [AuditEntry(e.seq, e.at, e.staff_id, staff, e.action, e.entity, e.entity_id,
                        e.customer_id, customer, dict(e.details or {}))
             for e, staff, customer in rows],
            total,
        )  # fmt: skip

    def actions(self) -> list[str]:
        """The actions present, for a filter's choices."""
        with self._factory() as s:
            require(s, Permission.BROWSE_AUDIT)
            return list(s.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))


__all__ = ["AuditEntry", "AuditPage", "AuditQuery", "AuditService", "VerifyResult"]
