"""The conflict list: values that lost when two sites changed the same field unseen.

A supervisor reviews each: ``accept`` keeps what the merge kept; ``flip`` puts the lost value
back as a new change here (stamped now, so it travels to the other sites as the newest change).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Base, SyncConflict
from cs_desktop.storage.session import writing
from cs_desktop.storage.sync_state import decode
from cs_desktop.storage.types import utcnow


@dataclass(frozen=True)
class ConflictEntry:
    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    field: str
    kept: Any
    lost: Any
    lost_site_id: uuid.UUID | None
    detected_at: dt.datetime
    resolved_at: dt.datetime | None


def _entry(c: SyncConflict) -> ConflictEntry:
    kept = (c.kept_value or {}).get("value")
    lost = (c.lost_value or {}).get("value")
    return ConflictEntry(c.id, c.table_name, c.row_id, c.field, kept, lost, c.lost_site_id,
                         c.detected_at, c.resolved_at)  # fmt: skip


def list_conflicts(factory: sessionmaker[Session], *, open_only: bool = True,
                   limit: int = 1000) -> list[ConflictEntry]:  # fmt: skip
    with factory() as s:
        query = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
        if open_only:
            query = query.where(SyncConflict.resolved_at.is_(None))
        return [_entry(c) for c in s.scalars(query.limit(limit))]


def _model(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:  # type: ignore[attr-defined]
            return mapper.class_
    raise ServiceError("conflict_table_unknown", table=table)


def accept(factory: sessionmaker[Session], conflict_id: uuid.UUID,
           staff_id: uuid.UUID | None = None) -> ConflictEntry:  # fmt: skip
    with writing(factory) as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None:
            raise ServiceError("conflict_not_found")
        c.resolved_at, c.resolved_by_id = utcnow(), staff_id
        return _entry(c)


def flip(factory: sessionmaker[Session], conflict_id: uuid.UUID,
         staff_id: uuid.UUID | None = None) -> ConflictEntry:  # fmt: skip
    """Put the lost value in place of the kept one (a change made here, now)."""
    with writing(factory) as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None:
            raise ServiceError("conflict_not_found")
        if c.field == "*":
            raise ServiceError("conflict_not_flippable")
        model = _model(c.table_name)
        row = s.get(model, c.row_id)
        if row is None:
            raise ServiceError("conflict_row_missing")
        column = model.__table__.c[c.field]
        lost = (c.lost_value or {}).get("value")
        current = (c.kept_value or {}).get("value")
        setattr(row, c.field, decode(column, lost))
        s.flush()  # the session's sync hook stamps the field: the flip travels
        c.kept_value = {**(c.kept_value or {}), "value": lost}
        c.lost_value = {**(c.lost_value or {}), "value": current}
        c.resolved_at, c.resolved_by_id = utcnow(), staff_id
        return _entry(c)
