"""Carrying out a plan inside the caller's write transaction, in batches of plain INSERT and
UPDATE statements (no ORM object per row: an import may hold a hundred thousand cards).

Rows get exactly what the card service would have written: normalised values, a stats row per
new customer, UUIDv7 ids, the local site as origin, row versions incremented on update; every
new or changed card gets its search document.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    Numeric,
    Table,
    bindparam,
    func,
    insert,
    select,
    update,
)

from cs_desktop.domain.ids import new_id
from cs_desktop.domain.pinyin import name_keys
from cs_desktop.domain.search_text import build_doc
from cs_desktop.storage import search_index
from cs_desktop.storage.bulk import InsertPlan
from cs_desktop.storage.models import (
    Customer,
    CustomerAddress,
    CustomerPhone,
    CustomerStats,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)
from cs_desktop.storage.search_index import IndexedDoc
from cs_desktop.storage.types import GUID, UTCDateTime, encode_guid, encode_utc

from ...errors import ServiceError
from ..card_dto import CustomerCard
from ..indexing import reindex
from .existing import chunks
from .plan import Action, PlannedLine

BATCH = 2_000  # lines written between progress reports and cancel checks
# Above this many new cards (and more than the index already holds), the full-text indexes are
# rebuilt once instead of being told about each document: far faster for a large first import.
REBUILD_FROM = 20_000
CACHE_KIB = 64 * 1024

_SCALARS = ("kind", "name", "gender", "birth_date", "birthday_calendar", "birth_place",
            "id_type", "id_number", "title", "education", "employer", "position", "org_code",
            "industry", "employee_count", "email", "wechat", "source_channel",
            "preferred_contact_time", "notes", "credit_limit_cents")  # fmt: skip


_PHONE_COLUMNS = ("id", "customer_id", "kind", "raw", "digits", "extension", "label",
                  "is_primary")  # fmt: skip
_ADDRESS_COLUMNS = ("id", "customer_id", "kind", "province", "city", "district", "street",
                    "postal_code", "is_primary")  # fmt: skip
# Columns the ORM fills from Python defaults, the same for every imported row.
_FIXED: dict[str, dict[str, Any]] = {
    "customers": {"profile": {}},
    "customer_stats": {"visit_count": 0, "value_cents": 0, "balance_cents": 0,
                       "open_complaints": 0},
}  # fmt: skip
_CUSTOM_COLUMNS = ("id", "customer_id", "field_id", "value_text", "value_number", "value_date")


def _custom_columns(value: Any) -> tuple[Any, Any, Any]:
    """(value_text, value_number, value_date) of a custom field value."""
    return (value if isinstance(value, str) else None,
            value if isinstance(value, decimal.Decimal) else None,
            value if isinstance(value, dt.date) else None)  # fmt: skip


def _stored(column: Any) -> Callable[[Any], Any] | None:
    """How SQLite stores a Python value of ``column`` (the ORM types' bind processing, done
    here once per column instead of through SQLAlchemy per value); None: as it is."""
    kind = column.type
    if isinstance(kind, GUID):
        return encode_guid
    if isinstance(kind, UTCDateTime):
        return encode_utc
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Date):
        return dt.date.isoformat
    if isinstance(kind, Numeric):
        return str
    if isinstance(kind, JSON):
        return lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return None


class _Rows:
    """Rows of one table collected as tuples of ``columns`` and written in one statement; the
    synced columns every new row shares (origin site, times, version) are added here. On SQLite
    the tuples go to the driver in stored form (measured: SQLAlchemy's per-value processing
    was half the time of a 10,000-line import); elsewhere through SQLAlchemy Core."""

    def __init__(self, conn: Connection, table: Table, columns: tuple[str, ...],
                 site: uuid.UUID, now: dt.datetime, fixed: dict[str, Any]) -> None:  # fmt: skip
        self._conn = conn
        self._table = table
        self._columns = columns
        self._rows: list[tuple[Any, ...]] = []
        synced = "origin_site_id" in table.c
        self._fixed: dict[str, Any] = (
            {"origin_site_id": site, "created_at": now, "updated_at": now, "row_version": 1,
             "deleted_at": None} if synced else {}
        ) | fixed  # fmt: skip

    def add(self, values: tuple[Any, ...]) -> None:
        self._rows.append(values)

    def write(self) -> None:
        if not self._rows:
            return
        if self._conn.dialect.name != "sqlite":
            dicts = [dict(zip(self._columns, r, strict=True)) | self._fixed for r in self._rows]
            self._conn.execute(insert(self._table), dicts)
            self._rows.clear()
            return
        converters = [(i, _stored(self._table.c[name])) for i, name in enumerate(self._columns)]
        convert = [(i, c) for i, c in converters if c is not None]
        fixed = {k: (_stored(self._table.c[k]) or (lambda v: v))(v) if v is not None else None
                 for k, v in self._fixed.items()}  # fmt: skip
        plan = InsertPlan(self._table.name, self._columns, fixed)
        stored: list[list[Any]] = []
        for row in self._rows:
            values = list(row)
            for i, c in convert:
                if values[i] is not None:
                    values[i] = c(values[i])
            stored.append(values)
        driver = self._conn.connection.driver_connection
        assert driver is not None
        driver.executemany(plan.sql, stored)
        self._rows.clear()


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("import_cancelled")


def _enum(value: Any) -> Any:
    return None if value is None else value.value  # the driver binds plain str only


def _scalars(card: CustomerCard) -> tuple[Any, ...]:
    """The customers columns of a card, in ``_SCALARS`` order and then name_pinyin: what the
    card service stores (empty text as NULL, enums as their value). Spelt out: an import makes
    a hundred thousand of these."""
    c = card
    return (
        c.kind.value, c.name, _enum(c.gender), c.birth_date, c.birthday_calendar.value,
        c.birth_place or None, _enum(c.id_type), c.id_number or None, c.title or None,
        c.education or None, c.employer or None, c.position or None, c.org_code or None,
        c.industry or None, c.employee_count, c.email or None, c.wechat or None,
        c.source_channel or None, c.preferred_contact_time or None, c.notes or None,
        c.credit_limit_cents, name_keys(c.name).sort_key,
    )  # fmt: skip


def _doc(cid: uuid.UUID, card: CustomerCard) -> IndexedDoc:
    """The same document ``indexing.reindex`` builds from the stored rows."""
    phones = tuple(p.digits for p in sorted(card.phones, key=lambda p: not p.is_primary))
    addresses = tuple(f"{a.province}{a.city}{a.district}{a.street}" for a in card.addresses)
    return IndexedDoc(cid, build_doc(card.name, phones=phones, id_number=card.id_number or None,
                                     addresses=addresses, org_code=card.org_code or None,
                                     email=card.email or None),
                      sort=name_keys(card.name).sort_key)  # fmt: skip


class Writer:
    def __init__(self, conn: Connection, site_id: uuid.UUID) -> None:
        self._conn = conn
        self._site = site_id
        self._now = dt.datetime.now(dt.UTC)
        self._tags: dict[str, uuid.UUID] = {}
        self._custom: dict[str, uuid.UUID] = {}

    # --- the whole plan -------------------------------------------------------------------
    def run(self, lines: Sequence[PlannedLine], progress: Callable[[int, int], None] | None,
            is_cancelled: Callable[[], bool] | None) -> None:  # fmt: skip
        if self._conn.dialect.name != "sqlite":
            self._run(lines, progress, is_cancelled)
            return
        # A larger page cache while writing (SQLite's default 2 MiB makes every index insert of
        # a big import read pages again); the connection goes back to the pool as it was.
        driver = self._conn.connection.driver_connection
        assert driver is not None
        before = driver.execute("PRAGMA cache_size").fetchone()[0]
        driver.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        try:
            self._run(lines, progress, is_cancelled)
        finally:
            driver.execute(f"PRAGMA cache_size = {int(before)}")

    def _run(self, lines: Sequence[PlannedLine], progress: Callable[[int, int], None] | None,
             is_cancelled: Callable[[], bool] | None) -> None:  # fmt: skip
        work = [p for p in lines if p.action in (Action.CREATE, Action.UPDATE)]
        total = len(work)
        self._prepare_tags(work)
        self._prepare_custom(work)
        docs_before = self._conn.scalar(
            select(func.count()).select_from(search_index.CustomerSearch)) or 0  # fmt: skip
        creates = sum(1 for p in work if p.action is Action.CREATE)
        rebuild = (self._conn.dialect.name == "sqlite" and creates >= REBUILD_FROM
                   and creates > docs_before)  # fmt: skip
        next_doc_id = 1 + int(self._conn.scalar(
            select(func.max(search_index.CustomerSearch.doc_id))) or 0)  # fmt: skip
        if progress is not None:
            progress(0, total)
        done = 0
        for batch in chunks(work, BATCH):
            new = [p for p in batch if p.action is Action.CREATE]
            changed = [p for p in batch if p.action is Action.UPDATE]
            ids = self._create(new)
            self._update(changed)
            docs = [_doc(cid, p.card) for cid, p in zip(ids, new, strict=True)]
            if rebuild:
                next_doc_id = search_index.append_plain(self._conn, docs, next_doc_id)
            else:
                search_index.write(self._conn, docs)
            reindex(self._conn, [p.target for p in changed if p.target is not None])
            done += len(batch)
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled()
            if progress is not None and done < total:
                progress(done, total)
        if rebuild:
            search_index.rebuild(self._conn)
        if len(work) >= REBUILD_FROM:
            name_keys.cache_clear()  # a hundred thousand names would otherwise stay in memory
        if progress is not None:
            progress(total, total)

    # --- reference rows -------------------------------------------------------------------
    def _prepare_tags(self, work: Sequence[PlannedLine]) -> None:
        names = sorted({t for p in work for t in p.card.tags})
        if not names:
            return
        found: dict[str, tuple[uuid.UUID, Any]] = {}
        for part in chunks(names):
            for tid, name, deleted in self._conn.execute(
                select(Tag.id, Tag.name, Tag.deleted_at).where(Tag.name.in_(part))
            ):
                found[name] = (tid, deleted)
        revived = [tid for tid, deleted in found.values() if deleted is not None]
        for ids in chunks(revived):
            self._conn.execute(update(Tag).where(Tag.id.in_(ids)).values(
                deleted_at=None, updated_at=self._now, row_version=Tag.row_version + 1))  # fmt: skip
        missing = {n: new_id() for n in names if n not in found}
        tags = self._rows(Tag, ("id", "name"))
        for name, tid in missing.items():
            tags.add((tid, name))
        tags.write()
        self._tags = {n: v[0] for n, v in found.items()} | missing

    def _prepare_custom(self, work: Sequence[PlannedLine]) -> None:
        if any(p.card.custom for p in work):
            self._custom = dict(
                self._conn.execute(select(CustomFieldDef.key, CustomFieldDef.id)).all()
            )

    # --- new cards ------------------------------------------------------------------------
    def _create(self, lines: Sequence[PlannedLine]) -> list[uuid.UUID]:
        if not lines:
            return []
        customers = self._rows(Customer, ("id", *_SCALARS, "name_pinyin"))
        stats = self._rows(CustomerStats, ("customer_id",))
        phones = self._rows(CustomerPhone, _PHONE_COLUMNS)
        addresses = self._rows(CustomerAddress, _ADDRESS_COLUMNS)
        links = self._rows(CustomerTag, ("id", "customer_id", "tag_id"))
        custom = self._rows(CustomFieldValue, _CUSTOM_COLUMNS)
        ids: list[uuid.UUID] = []
        for p in lines:
            cid = new_id()
            ids.append(cid)
            scalars = _scalars(p.card)
            customers.add((cid, *scalars))
            stats.add((cid,))
            self._add_phones(phones, cid, p.card, set())
            self._add_addresses(addresses, cid, p.card, set())
            for tag in p.card.tags:
                links.add((new_id(), cid, self._tags[tag]))
            self._add_custom(custom, cid, p.card.custom)
        for rows in (customers, stats, phones, addresses, links, custom):
            rows.write()
        return ids

    def _driver(self) -> Any:
        return self._conn.connection.driver_connection

    def _rows(self, model: Any, columns: tuple[str, ...]) -> _Rows:
        return _Rows(self._conn, model.__table__, columns, self._site, self._now,
                     _FIXED.get(model.__tablename__, {}))  # fmt: skip

    @staticmethod
    def _add_phones(rows: _Rows, cid: uuid.UUID, card: CustomerCard, known: set[str]) -> None:
        for p in card.phones:
            if p.digits not in known:
                rows.add((new_id(), cid, p.kind.value if p.kind else "other", p.raw, p.digits,
                          p.extension, p.label or None, p.is_primary))  # fmt: skip

    @staticmethod
    def _add_addresses(rows: _Rows, cid: uuid.UUID, card: CustomerCard,
                       known: set[tuple[str, str, str, str]]) -> None:  # fmt: skip
        for a in card.addresses:
            if (a.province, a.city, a.district, a.street) not in known:
                rows.add((new_id(), cid, a.kind.value, a.province, a.city, a.district, a.street,
                          a.postal_code or None, a.is_primary))  # fmt: skip

    def _add_custom(self, rows: _Rows, cid: uuid.UUID, values: dict[str, Any]) -> None:
        for key, value in values.items():
            if key in self._custom and value is not None and value != "":
                rows.add((new_id(), cid, self._custom[key], *_custom_columns(value)))

    # --- matched cards --------------------------------------------------------------------
    def _update(self, lines: Sequence[PlannedLine]) -> None:
        if not lines:
            return
        rows = []
        for p in lines:
            assert p.target is not None and p.existing is not None
            values = dict(zip((*_SCALARS, "name_pinyin"), _scalars(p.card), strict=True))
            rows.append({**values, "b_id": p.target, "b_version": p.existing.row_version})
        values = {name: bindparam(name) for name in (*_SCALARS, "name_pinyin")}
        stmt = (
            update(Customer)
            .where(Customer.id == bindparam("b_id"), Customer.row_version == bindparam("b_version"))
            .values(**values, updated_at=self._now, row_version=Customer.row_version + 1)
        )
        result = self._conn.execute(stmt, rows)
        if result.rowcount != len(rows):  # changed by someone else since it was read
            raise ServiceError("card_changed_meanwhile", name="")
        ids = [p.target for p in lines if p.target is not None]
        links = self._links(ids)
        custom_rows = self._custom_values(ids)
        phones = self._rows(CustomerPhone, _PHONE_COLUMNS)
        addresses = self._rows(CustomerAddress, _ADDRESS_COLUMNS)
        new_links = self._rows(CustomerTag, ("id", "customer_id", "tag_id"))
        custom_new = self._rows(CustomFieldValue, _CUSTOM_COLUMNS)
        revive = []
        for p in lines:
            assert p.target is not None and p.existing is not None
            cid = p.target
            self._add_phones(phones, cid, p.card, p.existing.phone_digits)
            self._add_addresses(addresses, cid, p.card, p.existing.address_keys)
            for tag in p.card.tags:
                link = links.get((cid, self._tags[tag]))
                if link is None:
                    new_links.add((new_id(), cid, self._tags[tag]))
                elif link[1] is not None:
                    revive.append(link[0])
            for key, value in p.card.custom.items():
                if key not in self._custom or value is None or value == "":
                    continue
                old = custom_rows.get((cid, self._custom[key]))
                if old is None:
                    custom_new.add((new_id(), cid, self._custom[key], *_custom_columns(value)))
                    continue
                text, number, date = _custom_columns(value)
                self._conn.execute(update(CustomFieldValue).where(CustomFieldValue.id == old)
                                   .values(value_text=text, value_number=number, value_date=date,
                                           deleted_at=None, updated_at=self._now,
                                           row_version=CustomFieldValue.row_version + 1))  # fmt: skip
        for table_rows in (phones, addresses, new_links, custom_new):
            table_rows.write()
        for part in chunks(revive):
            self._conn.execute(update(CustomerTag).where(CustomerTag.id.in_(part)).values(
                deleted_at=None, updated_at=self._now, row_version=CustomerTag.row_version + 1))  # fmt: skip

    def _links(self, ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, uuid.UUID], tuple[Any, Any]]:
        found = {}
        for part in chunks(ids):
            for lid, cid, tid, deleted in self._conn.execute(
                select(CustomerTag.id, CustomerTag.customer_id, CustomerTag.tag_id,
                       CustomerTag.deleted_at).where(CustomerTag.customer_id.in_(part))
            ):  # fmt: skip
                found[(cid, tid)] = (lid, deleted)
        return found

    def _custom_values(self, ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, uuid.UUID], Any]:
        found: dict[tuple[uuid.UUID, uuid.UUID], Any] = {}
        if not self._custom:
            return found
        for part in chunks(ids):
            for vid, cid, fid in self._conn.execute(
                select(CustomFieldValue.id, CustomFieldValue.customer_id,
                       CustomFieldValue.field_id).where(CustomFieldValue.customer_id.in_(part))
            ):  # fmt: skip
                found[(cid, fid)] = vid
        return found
