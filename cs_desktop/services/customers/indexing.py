"""Keeping the customer search index in step with the cards.

``reindex`` rewrites the documents of a few customers inside the caller's transaction (a card
saved, two cards merged). ``rebuild_search_index`` recomputes every document in chunks after a
bulk load or when the app finds the index incomplete, then rebuilds the full-text indexes once
(shared/TRAPS.md: far faster than row-by-row index maintenance).
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select

from cs_desktop.domain.pinyin import name_keys
from cs_desktop.domain.search_text import SearchDoc, build_doc
from cs_desktop.storage import search_index
from cs_desktop.storage.engine import sqlite_path
from cs_desktop.storage.models import Customer, CustomerAddress, CustomerPhone, CustomerSearch
from cs_desktop.storage.search_index import IndexedDoc

CHUNK = 20_000


class IndexCancelled(Exception):
    pass


@dataclass(frozen=True)
class IndexStatus:
    customers: int
    documents: int

    @property
    def complete(self) -> bool:
        return self.customers == self.documents


@dataclass(frozen=True)
class RebuildResult:
    documents: int
    seconds: float


# (id, name, id_number, org_code, email, name_pinyin, deleted_at)
CustomerFacts = tuple[uuid.UUID, str, str | None, str | None, str | None, str, object]


def _docs_for(conn: Connection, customers: Sequence[CustomerFacts], lo: uuid.UUID | None = None,
              hi: uuid.UUID | None = None) -> list[IndexedDoc]:  # fmt: skip
    ids = [c[0] for c in customers]
    if not ids:
        return []
    phones: dict[uuid.UUID, list[str]] = defaultdict(list)
    addresses: dict[uuid.UUID, list[str]] = defaultdict(list)
    if lo is not None and hi is not None:  # a contiguous range: one index range scan each
        phone_where = [CustomerPhone.customer_id >= lo, CustomerPhone.customer_id <= hi]
        addr_where = [CustomerAddress.customer_id >= lo, CustomerAddress.customer_id <= hi]
    else:
        phone_where = [CustomerPhone.customer_id.in_(ids)]
        addr_where = [CustomerAddress.customer_id.in_(ids)]
    for cid, digits in conn.execute(
        select(CustomerPhone.customer_id, CustomerPhone.digits)
        .where(*phone_where, CustomerPhone.deleted_at.is_(None))
        .order_by(CustomerPhone.customer_id, CustomerPhone.is_primary.desc())
    ):
        phones[cid].append(digits)
    for cid, province, city, district, street in conn.execute(
        select(CustomerAddress.customer_id, CustomerAddress.province, CustomerAddress.city,
               CustomerAddress.district, CustomerAddress.street)
        .where(*addr_where, CustomerAddress.deleted_at.is_(None))
    ):  # fmt: skip
        addresses[cid].append(f"{province}{city}{district}{street}")
    return [
        IndexedDoc(cid, build_doc(name, phones=tuple(phones[cid]), id_number=id_number,
                                  addresses=tuple(addresses[cid]), org_code=org_code, email=email),
                   live=deleted_at is None, sort=name_pinyin)
        for cid, name, id_number, org_code, email, name_pinyin, deleted_at in customers
    ]  # fmt: skip


def _customer_columns():  # type: ignore[no-untyped-def]
    return (Customer.id, Customer.name, Customer.id_number, Customer.org_code, Customer.email,
            Customer.name_pinyin, Customer.deleted_at)  # fmt: skip


def reindex(conn: Connection, customer_ids: Sequence[uuid.UUID]) -> None:
    """Rewrite the search documents of these customers (deleted or merged ones are removed)."""
    if not customer_ids:
        return
    live = conn.execute(
        select(*_customer_columns()).where(
            Customer.id.in_(customer_ids), Customer.merged_into_id.is_(None)
        )
    ).all()
    search_index.remove(conn, list(customer_ids))
    search_index.write(conn, _docs_for(conn, [tuple(r) for r in live]))  # type: ignore[misc]


def index_status(engine: Engine) -> IndexStatus:
    with engine.connect() as conn:
        customers = conn.scalar(
            select(func.count()).select_from(Customer).where(Customer.merged_into_id.is_(None))
        )
        docs = conn.scalar(select(func.count()).select_from(CustomerSearch))
    return IndexStatus(int(customers or 0), int(docs or 0))


def rebuild_search_index(
    engine: Engine,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> RebuildResult:
    """Recompute every customer's document in one transaction; cancel leaves the old index.

    On an SQLite file the documents are built in ``workers`` processes (default: up to two
    from 20,000 customers on; see index_build); elsewhere here, chunk by chunk."""
    started = time.perf_counter()
    total = index_status(engine).customers
    if sqlite_path(engine.url) is not None:
        from . import index_build

        try:
            done = index_build.rebuild_sqlite(engine, total, CHUNK, progress, is_cancelled,
                                              workers)  # fmt: skip
        except index_build.Cancelled:
            raise IndexCancelled() from None
        name_keys.cache_clear()
        return RebuildResult(done, time.perf_counter() - started)
    done = rebuild_in_process(engine, total, progress, is_cancelled)
    name_keys.cache_clear()  # a million names would otherwise stay in memory
    return RebuildResult(done, time.perf_counter() - started)


def rebuild_in_process(
    engine: Engine,
    total: int,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """The portable rebuild (any dialect): chunk by chunk in this process, through SQLAlchemy."""
    done = 0
    next_doc_id = 1
    with engine.begin() as conn:
        search_index.clear(conn)
        last: uuid.UUID | None = None
        while True:
            stmt = select(*_customer_columns()).where(Customer.merged_into_id.is_(None))
            if last is not None:
                stmt = stmt.where(Customer.id > last)
            chunk = conn.execute(stmt.order_by(Customer.id).limit(CHUNK)).all()
            if not chunk:
                break
            lo, last = chunk[0][0], chunk[-1][0]
            docs = _docs_for(conn, [tuple(r) for r in chunk], lo, last)  # type: ignore[misc]
            next_doc_id = search_index.append_plain(conn, docs, next_doc_id)
            done += len(chunk)
            if progress is not None:
                progress(done, max(total, done))
            if is_cancelled is not None and is_cancelled():
                raise IndexCancelled()  # the transaction rolls back: the old index stays
        search_index.rebuild(conn)
    return done


__all__ = ["IndexCancelled", "IndexStatus", "RebuildResult", "SearchDoc", "index_status",
           "rebuild_search_index", "reindex"]  # fmt: skip
