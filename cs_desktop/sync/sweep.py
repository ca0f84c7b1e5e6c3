"""Bring the change stamps of every synced row up to date before an export or an import.

The session factory stamps ORM changes as they happen (``storage.sync_state``). Set-based
writers bypass the ORM: demo data and spreadsheet imports insert rows (no stamp yet), tier
recomputes, merges and spreadsheet updates change rows in bulk (``updated_at`` moves past the
stamp's ``swept_at``). Here such rows get stamps: a new row is born at its ``created_at`` at its
site of origin; a changed row whose synced values really differ (the digest tells; a tier
recompute changes only local columns) gets a fresh stamp on all its fields, since which field
changed is no longer known. That errs towards conflicts, never towards a lost edit.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, insert, select, update
from sqlalchemy.orm import Session

from cs_desktop.domain.sync import clock
from cs_desktop.storage.models import SyncRowState
from cs_desktop.storage.sync_state import (
    STATE_TABLE,
    born_stamp,
    digest,
    encode,
    last_stamp,
    now_ms,
    synced_fields,
    synced_table_objects,
)

BATCH = 2000


def row_digest(table: Table, row: Any) -> str:
    return digest(encode(table.c[n], getattr(row, n)) for n in synced_fields(table))


def sweep(session: Session, site: uuid.UUID) -> int:
    """Stamp what bulk writers left unstamped; returns how many rows got new stamps."""
    conn = session.connection()
    stamp: str | None = None
    stamped = 0
    for table in synced_table_objects():
        state = STATE_TABLE
        joined = table.outerjoin(state, and_(state.c.table_name == table.name,
                                             state.c.row_id == table.c.id))  # fmt: skip
        query = select(table, state.c.row_id.label("_state"), state.c.digest.label("_digest"),
                       state.c.seen.label("_seen"), state.c.swept_at.label("_swept_at")) \
            .select_from(joined).where(state.c.row_id.is_(None) | state.c.digest.is_(None)
                                       | state.c.swept_at.is_distinct_from(table.c.updated_at))  # fmt: skip
        rows = conn.execute(query).all()  # read first: the loop writes the state table
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            if stamp is None:
                stamp = clock.tick(last_stamp(session), now_ms(session.info), site)
            stamped += _stamp_chunk(conn, table, chunk, stamp, site)
    return stamped


def _stamp_chunk(conn: Connection, table: Table, chunk: Sequence[Any], stamp: str,
                 site: uuid.UUID) -> int:  # fmt: skip
    born_rows, touched, changed = [], [], []
    fields = synced_fields(table)
    for row in chunk:
        d = row_digest(table, row)
        if row._state is None:
            born = born_stamp(row.created_at, row.origin_site_id)
            born_rows.append({"table_name": table.name, "row_id": row.id, "born": born,
                              "clocks": {}, "seen": {row.origin_site_id.hex: born},
                              "changed": max(stamp, born), "swept_at": row.updated_at,
                              "digest": d})  # fmt: skip
        elif row._digest == d or (row._digest is None and row._swept_at == row.updated_at):
            touched.append(
                {"b_t": table.name, "b_r": row.id, "b_swept_at": row.updated_at, "b_digest": d}
            )
        else:
            seen = dict(row._seen or {})
            seen[site.hex] = stamp
            changed.append({"b_t": table.name, "b_r": row.id, "b_swept_at": row.updated_at,
                            "b_digest": d, "b_clocks": dict.fromkeys(fields, stamp),
                            "b_seen": seen, "b_changed": stamp})  # fmt: skip
    if born_rows:
        conn.execute(insert(SyncRowState), born_rows)
    state = STATE_TABLE
    key = and_(state.c.table_name == bindparam("b_t"), state.c.row_id == bindparam("b_r"))
    if touched:
        conn.execute(
            update(state)
            .where(key)
            .values(swept_at=bindparam("b_swept_at"), digest=bindparam("b_digest")),
            touched,
        )
    if changed:
        conn.execute(update(state).where(key).values(
            swept_at=bindparam("b_swept_at"), digest=bindparam("b_digest"), clocks=bindparam("b_clocks"),
            seen=bindparam("b_seen"), changed=bindparam("b_changed")), changed)  # fmt: skip
    return len(born_rows) + len(changed)
