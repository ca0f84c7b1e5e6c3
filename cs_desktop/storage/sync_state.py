"""Change stamps for synced rows, kept by the session factory (no service needs to know).

``stamp_changes`` runs after every ORM flush: each new synced row gets a birth stamp, each
changed one a fresh stamp on the fields that changed (from SQLAlchemy's attribute history), in
``sync_row_states``, inside the same transaction. Set-based writes that bypass the ORM (demo
data, tier recompute, spreadsheet import, merges) are caught at export time instead
(``cs_desktop.sync.sweep``): their ``updated_at`` moved past the stamp's ``swept_at``.

Also the one encoding of column values used for digests and for package files: UUIDs as hex,
datetimes as ISO text in UTC, dates ISO, decimals as exact text, JSON as it is.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Column, Date, Numeric, Table, func, insert, select, tuple_, update
from sqlalchemy.orm import Session, attributes

from cs_desktop.domain.sync import clock

from .models.base import Base, Synced
from .models.sync import SyncRowState
from .types import GUID, UTCDateTime

STATE_TABLE = cast(Table, SyncRowState.__table__)
CLOCK_KEY = "sync_clock"  # session.info: a callable giving "now" in ms (tests inject skew)
SITE_KEY = "site_id"

# Columns every synced row has that are not merged as fields: identity and bookkeeping.
META_COLUMNS = frozenset({"id", "origin_site_id", "created_at", "updated_at", "row_version"})
# Columns that stay at each site: derived locally (the tier the rules give) or private to the
# site (a staff member's password and lock-out). They never travel.
LOCAL_COLUMNS: Mapping[str, frozenset[str]] = {
    "customers": frozenset({"tier", "tier_rule"}),
    "staff": frozenset({"password_hash", "failed_logins", "locked_until", "site_id"}),
}
# Tables with the synced columns that stay at each site all the same: the tier rules and labels
# are the site's own settings (each site seeds its own, so their names would collide), and the
# tier history is what the local tier runs (a local table it refers to) decided.
LOCAL_TABLES = frozenset({"tier_rule_sets", "tier_policies", "tier_history"})


def synced_fields(table: Table) -> list[str]:
    local = LOCAL_COLUMNS.get(table.name, frozenset())
    return [c.name for c in table.columns if c.name not in META_COLUMNS and c.name not in local]


def encode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, GUID):
        return value.hex
    if isinstance(kind, UTCDateTime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, Numeric) and isinstance(value, decimal.Decimal):
        return str(value)
    return value


def decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, GUID):
        return uuid.UUID(hex=value)
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Numeric) and kind.asdecimal:
        return decimal.Decimal(value)
    return value


def digest(values: Iterable[Any]) -> str:
    """A short hash of a row's encoded synced values (to tell a real change from a touch)."""
    text = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def now_ms(session_info: Mapping[str, Any]) -> int:
    source: Callable[[], int] | None = session_info.get(CLOCK_KEY)
    return source() if source is not None else time.time_ns() // 1_000_000


def last_stamp(session: Session) -> str | None:
    """The newest stamp this database has issued or received (the clock's memory)."""
    with session.no_autoflush:
        return session.scalar(select(func.max(SyncRowState.changed)))


def born_stamp(created_at: dt.datetime, origin: uuid.UUID) -> str:
    """The birth stamp of a row made without the ORM: its creation time at its own site."""
    return str(clock.Stamp(int(created_at.timestamp() * 1000), 0, origin.hex))


def _changed_fields(obj: Any, table: Table) -> list[str]:
    state = attributes.instance_state(obj)
    names = []
    for name in synced_fields(table):
        attr = state.attrs.get(name) if name in state.mapper.column_attrs else None
        if attr is not None and attr.history.has_changes():
            names.append(name)
    return names


def _digest_of(obj: Any, table: Table) -> str | None:
    loaded = attributes.instance_state(obj).dict
    names = synced_fields(table)
    if any(n not in loaded for n in names):
        return None
    return digest(encode(table.c[n], loaded[n]) for n in names)


def _travels(obj: Any) -> bool:
    return isinstance(obj, Synced) and obj.__table__.name not in LOCAL_TABLES  # type: ignore[attr-defined]


def stamp_changes(session: Session, _flush_context: Any) -> None:
    """after_flush listener: stamp new and changed synced rows of this flush."""
    site: uuid.UUID | None = session.info.get(SITE_KEY)
    new = [o for o in session.new if _travels(o)]
    dirty = [o for o in session.dirty if _travels(o)]
    if site is None or not (new or dirty):
        return
    edits: list[tuple[Any, Table, list[str]]] = []
    for obj in dirty:
        table = obj.__table__  # type: ignore[attr-defined]
        names = _changed_fields(obj, table)
        if names:
            edits.append((obj, table, names))
    if not new and not edits:
        return
    conn = session.connection()
    last = last_stamp(session)
    stamp = clock.tick(last, now_ms(session.info), site)
    if new:
        conn.execute(insert(SyncRowState), [
            {"table_name": o.__table__.name, "row_id": o.id, "born": stamp,  # type: ignore[attr-defined]
             "clocks": {}, "seen": {site.hex: stamp}, "changed": stamp, "swept_at": o.updated_at,
             "digest": _digest_of(o, o.__table__)}  # type: ignore[attr-defined]
            for o in new
        ])  # fmt: skip
    if not edits:
        return
    keys = [(t.name, o.id) for o, t, _ in edits]
    with session.no_autoflush:
        found = {(r.table_name, r.row_id): r for r in conn.execute(
            select(SyncRowState.__table__).where(
                tuple_(SyncRowState.table_name, SyncRowState.row_id).in_(keys)))}  # fmt: skip
    for obj, table, names in edits:
        old = found.get((table.name, obj.id))
        if old is None:  # made by a bulk writer and never swept: born where it was made
            born = born_stamp(obj.created_at, obj.origin_site_id)
            stamp = clock.tick(max(stamp, born), now_ms(session.info), site)
            seen = {obj.origin_site_id.hex: born, site.hex: stamp}
            seen[site.hex] = stamp
            conn.execute(insert(SyncRowState).values(
                table_name=table.name, row_id=obj.id, born=born, clocks=dict.fromkeys(names, stamp),
                seen=seen, changed=stamp, swept_at=obj.updated_at, digest=_digest_of(obj, table)))  # fmt: skip
            continue
        clocks = dict(old.clocks or {})
        clocks.update(dict.fromkeys(names, stamp))
        seen = dict(old.seen or {})
        seen[site.hex] = stamp
        conn.execute(update(SyncRowState).where(
            SyncRowState.table_name == table.name, SyncRowState.row_id == obj.id).values(
            clocks=clocks, seen=seen, changed=stamp, swept_at=obj.updated_at,
            digest=_digest_of(obj, table)))  # fmt: skip


def synced_table_objects() -> list[Table]:
    """The travelling tables, parents before children."""
    names = {m.local_table.name for m in Base.registry.mappers  # type: ignore[attr-defined]
             if getattr(m.class_, "__synced__", False)} - LOCAL_TABLES  # fmt: skip
    return [t for t in Base.metadata.sorted_tables if t.name in names]
