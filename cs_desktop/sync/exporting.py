"""Export: everything changed here since the last export to a site (or since a date, or all)
into one signed package file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.ids import new_id
from cs_desktop.domain.kpis.templates import TEMPLATE_ORIGIN, TEMPLATE_TABLES
from cs_desktop.domain.sync import clock
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Site, SyncPackage, SyncRowState
from cs_desktop.storage.session import writing
from cs_desktop.storage.sync_state import (
    SITE_KEY,
    STATE_TABLE,
    encode,
    synced_fields,
    synced_table_objects,
)
from cs_desktop.storage.types import utcnow

from . import keys
from .package import FORMAT, PackageWriter, manifest_bytes
from .sweep import sweep

OUT, IN = "out", "in"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: uuid.UUID
    destination: str
    mode: str  # "changes" | "since" | "all"
    counts: dict[str, int]
    rows: int
    bytes: int


def schema_revision(s: Session) -> str:
    return str(s.scalar(text("SELECT version_num FROM alembic_version")))


def find_site(s: Session, name_or_code: str) -> Site:
    """A known other site by its code, name or id."""
    sites = s.scalars(select(Site).where(Site.is_local.is_(False))).all()
    for site in sites:
        if name_or_code in (site.code, site.name, str(site.id), site.id.hex):
            return site
    raise ServiceError("site_unknown", site=name_or_code)


def encode_row(table: Table, row: Any) -> dict[str, Any]:
    values = {"id": row.id.hex, "origin_site_id": row.origin_site_id.hex,
              "created_at": encode(table.c.created_at, row.created_at),
              "updated_at": encode(table.c.updated_at, row.updated_at)}  # fmt: skip
    for name in synced_fields(table):
        values[name] = encode(table.c[name], getattr(row, name))
    return {"v": values, "b": row._born, "c": row._clocks or {}, "s": row._seen or {}}


def export_package(factory: sessionmaker[Session], destination: str, out: Path, *,
                   since: dt.datetime | None = None, everything: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> ExportResult:  # fmt: skip
    """Write the package to ``out`` (replaced only once complete) and record it as sent."""
    with writing(factory) as s:
        local_id: uuid.UUID | None = s.info.get(SITE_KEY)
        if local_id is None:
            raise ServiceError("no_local_site")
        local = s.get(Site, local_id)
        assert local is not None
        dest = find_site(s, destination)
        key = keys.signing_key(s)
        sweep(s, local_id)
        upper = s.scalar(select(func.max(SyncRowState.changed))) or ""
        lower: str | None
        if everything:
            mode, lower = "all", None
        elif since is not None:
            mode, lower = "since", clock.floor(int(since.timestamp() * 1000))
        else:
            mode = "changes"
            lower = s.scalar(select(func.max(SyncPackage.range_to)).where(
                SyncPackage.direction == OUT, SyncPackage.peer_site_id == dest.id))  # fmt: skip
        package_id = new_id()
        tmp = out.with_name(out.name + ".part")
        writer = PackageWriter(tmp)
        counts: dict[str, int] = {}
        try:
            tables = synced_table_objects()
            for done, table in enumerate(tables):
                member = None  # opened at the first row: tables without changes are left out
                for row in s.execute(_changed_rows(table, lower, upper, mode == "changes")):
                    member = member or writer.table(table.name)
                    member.write(encode_row(table, row))
                if member is not None:
                    member.close()
                    counts[table.name] = member.count
                if progress is not None:
                    progress(done + 1, len(tables))
            manifest = {
                "format": FORMAT, "schema": schema_revision(s), "package_id": str(package_id),
                "created_at": utcnow().isoformat(),
                "source": {"id": str(local.id), "name": local.name, "code": local.code},
                "destination": {"id": str(dest.id), "name": dest.name, "code": dest.code},
                "range": {"mode": mode, "from": lower, "to": upper}, "clock": upper,
                "counts": counts, "members": writer.members,
            }  # fmt: skip
            writer.finish(manifest, keys.sign(key, manifest_bytes(manifest)))
            size = tmp.stat().st_size
            os.replace(tmp, out)  # before the commit: a record without its file would skip rows
        except BaseException:
            writer.abort()
            tmp.unlink(missing_ok=True)
            raise
        s.add(SyncPackage(id=package_id, direction=OUT, peer_site_id=dest.id,
                          package_id=package_id, file_sha256=file_sha256(out), range_from=lower,
                          range_to=upper, counts=counts, status="sent"))  # fmt: skip
        return ExportResult(out, package_id, dest.name, mode, counts, sum(counts.values()), size)


def _changed_rows(table: Table, lower: str | None, upper: str, by_change: bool) -> Any:
    state = STATE_TABLE
    joined = table.join(state, and_(state.c.table_name == table.name, state.c.row_id == table.c.id))
    query = select(table, state.c.born.label("_born"), state.c.clocks.label("_clocks"),
                   state.c.seen.label("_seen")).select_from(joined)  # fmt: skip
    if lower is not None:
        query = query.where(state.c.changed > lower if by_change else state.c.changed >= lower)
    if table.name in TEMPLATE_TABLES:  # every site has the untouched template rows already
        query = query.where(~and_(table.c.origin_site_id == TEMPLATE_ORIGIN,
                                  table.c.row_version == 1))  # fmt: skip
    return query.where(state.c.changed <= upper).order_by(table.c.id)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
