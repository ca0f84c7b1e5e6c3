"""Import: one package, all or nothing, idempotent.

Checks first (structure, signature of a trusted site, addressed to this site, not from this
site, schema, checksums), then in one transaction every row is merged field by field
(``domain.sync.merge``): new rows are inserted, known rows take the newer fields, tombstones are
fields like any other (a deletion is undone only by a later restore, never by an older copy),
values that lost unseen go to ``sync_conflicts``. The same package twice is reported as
already imported; packages in any order give the same rows (the merge is order-free).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    UniqueConstraint,
    and_,
    insert,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from cs_desktop.domain.sync import clock
from cs_desktop.domain.sync.merge import Policy, RowState, merge
from cs_desktop.services.customers.indexing import reindex
from cs_desktop.services.customers.stats import recompute_stats
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Customer, Site, SyncConflict, SyncPackage
from cs_desktop.storage.session import writing
from cs_desktop.storage.sync_state import (
    SITE_KEY,
    STATE_TABLE,
    decode,
    digest,
    encode,
    last_stamp,
    now_ms,
    synced_fields,
    synced_table_objects,
)
from cs_desktop.storage.types import utcnow

from . import convert, keys
from .exporting import IN, file_sha256, schema_revision
from .package import FORMAT, Limits, PackageReader
from .sweep import sweep

BATCH = 1000
# Tables whose rows feed the customer list's derived figures and search keys.
_INDEXED = {"customers", "customer_phones", "customer_addresses"}
_STATS = {"customers", "visits", "transactions", "complaints"}


@dataclass(frozen=True)
class ImportResult:
    package_id: uuid.UUID
    source: str
    status: str  # "imported" | "already_imported"
    counts: dict[str, int] = field(default_factory=dict)  # rows in the package per table
    inserted: int = 0
    updated: int = 0
    conflicts: int = 0
    deleted: int = 0  # records here that the package deleted (their tombstone arrived)
    # pairs of cards with the same ID number, one of them just arrived: proposed merges
    proposed_merges: tuple[tuple[uuid.UUID, uuid.UUID], ...] = ()


def _full_clocks(born: str, clocks: dict[str, str], fields: list[str]) -> dict[str, str]:
    return {f: clocks.get(f, born) for f in fields}


def _sparse(born: str, clocks: dict[str, str]) -> dict[str, str]:
    return {f: c for f, c in clocks.items() if c != born}


def _manifest_str(manifest: dict[str, Any], *path: str) -> str:
    value: Any = manifest
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, str):
        raise ServiceError("package_damaged")
    return value


def import_package(factory: sessionmaker[Session], path: Path, *,
                   policy: Policy = Policy.NEWEST, limits: Limits | None = None,
                   progress: Callable[[int, int], None] | None = None) -> ImportResult:  # fmt: skip
    reader = PackageReader(path, limits or Limits())
    try:
        return _import(factory, reader, policy, progress, file_sha256(path))
    finally:
        reader.close()


def _import(factory: sessionmaker[Session], reader: PackageReader, policy: Policy,
            progress: Callable[[int, int], None] | None, sha256: str) -> ImportResult:  # fmt: skip
    manifest = reader.manifest
    fmt = manifest.get("format")
    if not isinstance(fmt, int):
        raise ServiceError("package_damaged")
    if fmt > FORMAT:
        raise ServiceError("package_format_newer", format=fmt)
    try:
        source_id = uuid.UUID(_manifest_str(manifest, "source", "id"))
        dest_id = uuid.UUID(_manifest_str(manifest, "destination", "id"))
        package_id = uuid.UUID(_manifest_str(manifest, "package_id"))
    except ValueError:
        raise ServiceError("package_damaged") from None
    source_name = _manifest_str(manifest, "source", "name")
    with writing(factory) as s:
        local_id: uuid.UUID | None = s.info.get(SITE_KEY)
        if local_id is None:
            raise ServiceError("no_local_site")
        if source_id == local_id:
            raise ServiceError("package_from_this_site")
        if dest_id != local_id:
            raise ServiceError("package_for_another_site",
                               site=_manifest_str(manifest, "destination", "name"))  # fmt: skip
        site = s.get(Site, source_id)
        if site is None or not site.trusted or not site.public_key:
            raise ServiceError("site_not_trusted", site=source_name)
        if reader.signature is None:
            raise ServiceError("signature_missing")
        if not keys.verify(site.public_key, reader.signature, reader.manifest_raw):
            raise ServiceError("signature_bad", site=site.name)
        done = s.scalar(select(SyncPackage.id).where(SyncPackage.direction == IN,
                                                     SyncPackage.package_id == package_id))  # fmt: skip
        if done is not None:
            return ImportResult(package_id, site.name, "already_imported")
        converters = convert.plan(_manifest_str(manifest, "schema"), schema_revision(s))
        reader.verify_members()
        if s.get_bind().dialect.name == "sqlite":
            s.execute(text("PRAGMA defer_foreign_keys = ON"))  # self-references, any row order
        sweep(s, local_id)
        counts = {str(k): int(v) for k, v in (manifest.get("counts") or {}).items()}
        record = SyncPackage(direction=IN, peer_site_id=source_id, package_id=package_id,
                             file_sha256=sha256, range_from=manifest["range"].get("from"),
                             range_to=manifest["range"].get("to"), counts=counts,
                             status="imported")  # fmt: skip
        s.add(record)
        s.flush()
        known_sites = {i.hex: i for i in s.scalars(select(Site.id))}
        top = max(last_stamp(s) or "", _manifest_str(manifest, "clock"))
        applier = _Applier(s.connection(), local_id, policy, record.id, known_sites,
                           clock.tick(top or None, now_ms(s.info), local_id))  # fmt: skip
        tables = synced_table_objects()
        for n, table in enumerate(tables):
            rows = (convert.apply(converters, table.name, r) for r in reader.rows(table.name))
            applier.apply(table, rows)
            if progress is not None:
                progress(n + 1, len(tables))
        applier.refresh_derived()
        pairs = applier.proposed_merges()
        return ImportResult(package_id, site.name, "imported", counts, applier.inserted,
                            applier.updated, applier.conflicts, applier.deleted, pairs)  # fmt: skip


class _Applier:
    def __init__(self, conn: Connection, site: uuid.UUID, policy: Policy,
                 record_id: uuid.UUID, known_sites: dict[str, uuid.UUID], stamp: str) -> None:  # fmt: skip
        self.conn, self.site, self.policy = conn, site, policy
        self.record_id, self.known_sites = record_id, known_sites
        self.stamp = self._last = stamp  # the local "changed" stamp of everything imported now
        self.inserted = self.updated = self.conflicts = self.deleted = 0
        self.customers: set[uuid.UUID] = set()  # cards whose derived figures need refreshing
        self.indexed: set[uuid.UUID] = set()
        self.new_or_renumbered: set[uuid.UUID] = set()

    def fresh(self) -> str:
        self._last = clock.tick(self._last, 0, self.site)
        return self._last

    def apply(self, table: Table, rows: Iterator[dict[str, Any]]) -> None:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                self._batch(table, batch)
                batch = []
        if batch:
            self._batch(table, batch)

    def _batch(self, table: Table, lines: list[dict[str, Any]]) -> None:
        fields = synced_fields(table)
        state = STATE_TABLE
        try:
            ids = [uuid.UUID(hex=line["v"]["id"]) for line in lines]
        except (KeyError, TypeError, ValueError):
            raise ServiceError("package_damaged") from None
        local = {r.id: r for r in self.conn.execute(select(table).where(table.c.id.in_(ids)))}
        states = {r.row_id: r for r in self.conn.execute(select(state).where(
            state.c.table_name == table.name, state.c.row_id.in_(ids)))}  # fmt: skip
        new_rows: list[tuple[uuid.UUID, dict[str, Any], dict[str, Any]]] = []
        new_states: dict[uuid.UUID, dict[str, Any]] = {}
        for rid, line in zip(ids, lines, strict=True):
            try:
                values, born = line["v"], str(line["b"])
                incoming = RowState({f: values.get(f) for f in fields},
                                    _full_clocks(born, dict(line.get("c") or {}), fields),
                                    dict(line.get("s") or {}))  # fmt: skip
            except (KeyError, TypeError, ValueError, AttributeError):
                raise ServiceError("package_damaged") from None
            old = local.get(rid)
            if old is None:
                row = self._decoded(table, values, fields)
                new_rows.append((rid, row, values))
                new_states[rid] = {"table_name": table.name, "row_id": rid, "born": born,
                                   "clocks": _sparse(born, incoming.clocks), "seen": incoming.seen,
                                   "changed": self.stamp, "swept_at": row["updated_at"],
                                   "digest": digest(incoming.values[f] for f in fields)}  # fmt: skip
                continue
            self._merge(table, fields, rid, old, states[rid], incoming, values)
        if new_rows:
            if _unique_keys(table):
                rows = self._unique_clear(table, new_rows)
            else:
                rows = [row for _rid, row, _v in new_rows]
            for row in rows:
                self._touched(table, row, None)
            self.conn.execute(insert(table), rows)
            self.conn.execute(insert(state), [new_states[r["id"]] for r in rows])
            self.inserted += len(rows)

    def _decoded(self, table: Table, values: dict[str, Any], fields: list[str]) -> dict[str, Any]:
        try:
            row = {name: decode(table.c[name], values[name]) for name in
                   ("id", "origin_site_id", "created_at", "updated_at")}  # fmt: skip
            for name in fields:
                if name in values:  # a column the package's schema lacked takes its default
                    row[name] = decode(table.c[name], values[name])
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ServiceError("package_damaged") from None
        row["row_version"] = 1
        return row

    def _merge(self, table: Table, fields: list[str], rid: uuid.UUID, old: Any, st: Any,
               incoming: RowState, values: dict[str, Any]) -> None:  # fmt: skip
        mine = RowState({f: encode(table.c[f], getattr(old, f)) for f in fields},
                        _full_clocks(st.born, dict(st.clocks or {}), fields), dict(st.seen or {}))  # fmt: skip
        out = merge(mine, incoming, fields, self.policy, self.fresh)
        for c in out.conflicts:
            self.conn.execute(insert(SyncConflict).values(
                id=uuid.uuid4(), table_name=table.name, row_id=rid, field=c.field,
                kept_value={"value": c.kept, "clock": c.kept_clock},
                lost_value={"value": c.lost, "clock": c.lost_clock, "site": c.lost_site},
                lost_site_id=self.known_sites.get(c.lost_site), package_id=self.record_id,
                detected_at=utcnow()))  # fmt: skip
        self.conflicts += len(out.conflicts)
        if not out.advanced and not out.changed:
            return
        updated_at = old.updated_at
        if out.changed:
            try:
                theirs = decode(table.c.updated_at, values["updated_at"])
            except (KeyError, TypeError, ValueError):
                raise ServiceError("package_damaged") from None
            updated_at = max(old.updated_at, theirs)
            changes = {f: decode(table.c[f], out.state.values[f]) for f in out.changed}
            self.conn.execute(update(table).where(table.c.id == rid).values(
                **changes, updated_at=updated_at, row_version=table.c.row_version + 1))  # fmt: skip
            self.updated += 1
            if changes.get("deleted_at") is not None and old.deleted_at is None:
                self.deleted += 1
            self._touched(table, {**changes, "id": rid}, old)
        state = STATE_TABLE
        self.conn.execute(update(state).where(
            state.c.table_name == table.name, state.c.row_id == rid).values(
            clocks=_sparse(st.born, out.state.clocks), seen=out.state.seen, changed=self.stamp,
            swept_at=updated_at, digest=digest(out.state.values[f] for f in fields)))  # fmt: skip

    def _unique_clear(self, table: Table, items: list[tuple[uuid.UUID, dict[str, Any],
                                                         dict[str, Any]]]) -> list[dict[str, Any]]:  # fmt: skip
        """New rows whose unique key another row here already has (both sites made the same
        tag, the same username): a single text key is kept apart with the source site in it,
        anything else is set aside; either way it is listed as a conflict. One query per key
        and batch."""
        skipped: set[uuid.UUID] = set()
        for columns in _unique_keys(table):
            wanted = {tuple(row.get(c) for c in columns): rid for rid, row, _v in items}
            wanted = {k: rid for k, rid in wanted.items() if None not in k}
            if not wanted:
                continue
            cols = [table.c[c] for c in columns]
            key_expr = cols[0] if len(cols) == 1 else tuple_(*cols)
            found: dict[tuple[Any, ...], uuid.UUID] = {}
            keys_ = list(wanted)
            for start in range(0, len(keys_), 500):
                part = [k[0] for k in keys_[start : start + 500]] if len(cols) == 1 \
                    else keys_[start : start + 500]  # fmt: skip
                for r in self.conn.execute(select(table.c.id, *cols).where(key_expr.in_(part))):
                    found[tuple(r[1:])] = r[0]
            for rid, row, values in items:
                key = tuple(row.get(c) for c in columns)
                if rid in skipped or found.get(key) in (None, rid):
                    continue
                origin = row["origin_site_id"].hex
                if len(columns) == 1 and isinstance(key[0], str):
                    name = columns[0]
                    length = getattr(table.c[name].type, "length", None) or 200
                    row[name] = (f"{key[0]}@{origin[-6:]}")[-length:]
                    self._conflict(table, rid, name, row[name], key[0], origin)
                else:
                    self._conflict(table, rid, "*", None, values, origin)
                    skipped.add(rid)
        return [row for rid, row, _v in items if rid not in skipped]

    def _conflict(self, table: Table, rid: uuid.UUID, name: str, kept: Any, lost: Any,
                  origin: str) -> None:  # fmt: skip
        self.conn.execute(insert(SyncConflict).values(
            id=uuid.uuid4(), table_name=table.name, row_id=rid, field=name,
            kept_value={"value": kept}, lost_value={"value": lost, "site": origin},
            lost_site_id=self.known_sites.get(origin), package_id=self.record_id,
            detected_at=utcnow()))  # fmt: skip
        self.conflicts += 1

    def _touched(self, table: Table, row: dict[str, Any], old: Any) -> None:
        ids = set()
        if table.name == "customers":
            ids.add(row["id"])
            if "id_number" in row and row["id_number"] is not None:
                self.new_or_renumbered.add(row["id"])
        elif "customer_id" in table.c:
            for value in (row.get("customer_id"), getattr(old, "customer_id", None)):
                if value is not None:
                    ids.add(value)
        if table.name in _STATS:
            self.customers |= ids
        if table.name in _INDEXED:
            self.indexed |= ids

    def refresh_derived(self) -> None:
        """Search keys and list figures of the cards that changed (as the card service does)."""
        for chunk in _chunks(sorted(self.indexed)):
            reindex(self.conn, chunk)
        for chunk in _chunks(sorted(self.customers)):
            recompute_stats(self.conn, chunk)

    def proposed_merges(self) -> tuple[tuple[uuid.UUID, uuid.UUID], ...]:
        """Cards that arrived (or got an ID number) while a live card here has the same ID
        number: not merged silently, listed; the duplicates view shows them as "same ID"."""
        other = aliased(Customer)
        pairs = set()
        for chunk in _chunks(sorted(self.new_or_renumbered)):
            for a, b in self.conn.execute(
                select(Customer.id, other.id)
                .join(other, and_(other.id_number == Customer.id_number, other.id != Customer.id))
                .where(Customer.id.in_(chunk), Customer.deleted_at.is_(None),
                       Customer.merged_into_id.is_(None), other.deleted_at.is_(None),
                       other.merged_into_id.is_(None))):  # fmt: skip
                pairs.add((min(a, b), max(a, b)))
        return tuple(sorted(pairs))


def _chunks(ids: list[uuid.UUID], size: int = 500) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


_UNIQUE_CACHE: dict[str, list[tuple[str, ...]]] = {}


def _unique_keys(table: Table) -> list[tuple[str, ...]]:
    if table.name not in _UNIQUE_CACHE:
        keys_: list[tuple[str, ...]] = []
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                keys_.append(tuple(c.name for c in constraint.columns))
        keys_ += [tuple(c.name for c in i.columns) for i in table.indexes if i.unique]
        _UNIQUE_CACHE[table.name] = keys_
    return _UNIQUE_CACHE[table.name]
