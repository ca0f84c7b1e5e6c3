"""A full rebuild of the search index on SQLite, with the documents built in worker processes.

Building a document (pinyin of the name, keys and their ranks) is pure Python and costs far more
than storing it, so the customers are cut into chunks of consecutive ids; 'spawn' worker
processes (the only start method on Windows, as in services/demo/pipeline.py) read a chunk
through their own connection, build its documents with the same code as ``reindex`` and pack
them into an SQLite image (``bulk.pack_rows``). The writer copies each image inside SQLite,
numbering the documents as it goes, so it creates no Python object per row.

The writer holds one transaction from the first delete to the last insert: on cancel or error a
ROLLBACK leaves the old index. The workers read the cards, which that transaction does not
touch (WAL: readers see the last commit). The keys are staged in a temporary table and copied
once, sorted by their primary key, at the end: appending to the B-tree instead of inserting at
random places over ten million rows.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sqlite3
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from cs_desktop.storage.bulk import (
    InsertPlan,
    can_pack,
    checkpoint,
    fresh,
    load_packed,
    load_settings,
    pack_rows,
)
from cs_desktop.storage.engine import create_db_engine, database_url
from cs_desktop.storage.models import Customer
from cs_desktop.storage.search_index import TRI, UNI
from cs_desktop.storage.types import encode_guid

STAGING = "search_chunk"  # the attached in-memory schema images are copied from
KEYS_STAGE = "temp.search_keys_stage"
CACHE_MIB = 256
QUEUE_DEPTH = 4
WORKERS_FROM = 20_000  # below this many customers, starting processes costs more than it saves

DOC_PLAN = InsertPlan("customer_search", ("doc_id", "customer_id", "doc", "chars", "primary_end",
                                          "name_end", "live", "sort"))  # fmt: skip
KEY_PLAN = InsertPlan("customer_search_keys", ("key", "live", "rank", "sort", "doc_id"))


class Cancelled(Exception):
    pass


@dataclass(frozen=True)
class Part:
    """The documents of one chunk, numbered from 0 within it."""

    index: int
    documents: int
    image: bytes | None  # pack_rows image with tables customer_search, customer_search_keys
    rows: tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]] | None  # when not packed


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def chunk_bounds(con: sqlite3.Connection, size: int) -> list[tuple[bytes, bytes]]:
    """(first id, last id) of consecutive chunks of ``size`` indexed customers."""
    ids = [r[0] for r in con.execute(
        "SELECT id FROM customers WHERE merged_into_id IS NULL ORDER BY id")]  # fmt: skip
    return [(ids[i], ids[min(i + size, len(ids)) - 1]) for i in range(0, len(ids), size)]


def build_part(engine: Engine, index: int, lo: bytes, hi: bytes, packed: bool) -> Part:
    from .indexing import _customer_columns, _docs_for  # the documents reindex writes

    first, last = uuid.UUID(bytes=lo), uuid.UUID(bytes=hi)
    with engine.connect() as conn:
        customers = conn.execute(
            select(*_customer_columns())
            .where(Customer.merged_into_id.is_(None), Customer.id >= first, Customer.id <= last)
            .order_by(Customer.id)
        ).all()
        docs = _docs_for(conn, [tuple(r) for r in customers], first, last)  # type: ignore[misc]
    doc_rows = [(n, encode_guid(d.customer_id), d.doc.doc, d.doc.chars, d.doc.primary_end,
                 d.doc.name_end, d.live, d.sort_key) for n, d in enumerate(docs)]  # fmt: skip
    key_rows = [k for n, d in enumerate(docs) for k in d.key_rows(n)]
    if not packed:
        return Part(index, len(docs), None, (doc_rows, key_rows))
    image = pack_rows([("customer_search", DOC_PLAN, doc_rows),
                       ("customer_search_keys", KEY_PLAN, key_rows)])  # fmt: skip
    return Part(index, len(docs), image, None)


def _work(url: str, bounds: list[tuple[int, bytes, bytes]], packed: bool, out: Any) -> None:
    """Worker process: build its chunks in order and queue them."""
    parent = multiprocessing.parent_process()
    if hasattr(os, "nice"):
        os.nice(5)  # the writer is the scarce resource
    engine = create_db_engine(database_url(url))
    try:
        for index, lo, hi in bounds:
            if parent is not None and not parent.is_alive():
                out.cancel_join_thread()
                return
            item = ("ok", build_part(engine, index, lo, hi, packed))
            while True:
                try:
                    out.put(item, timeout=1.0)
                    break
                except queue.Full:
                    if parent is not None and not parent.is_alive():
                        out.cancel_join_thread()
                        return
    except BaseException:
        out.put(("error", traceback.format_exc()))
    finally:
        engine.dispose()


def parts(engine: Engine, bounds: list[tuple[bytes, bytes]], workers: int,
          packed: bool) -> Iterator[Part]:  # fmt: skip
    """The parts in chunk order, built in ``workers`` processes (or here, for 0). Closing the
    iterator early stops the workers."""
    if workers <= 0:
        for i, (lo, hi) in enumerate(bounds):
            yield build_part(engine, i, lo, hi, packed)
        return
    context = multiprocessing.get_context("spawn")
    n = min(workers, len(bounds))
    numbered = [(i, lo, hi) for i, (lo, hi) in enumerate(bounds)]
    queues = [context.Queue(maxsize=QUEUE_DEPTH) for _ in range(n)]
    url = engine.url.render_as_string(hide_password=False)
    processes = [
        context.Process(target=_work, args=(url, numbered[w::n], packed, queues[w]),
                        name=f"search-index-worker-{w}", daemon=True)
        for w in range(n)
    ]  # fmt: skip
    for process in processes:
        process.start()
    finished = False
    try:
        for t in range(len(bounds)):
            source, process = queues[t % n], processes[t % n]
            while True:
                try:
                    status, item = source.get(timeout=1.0)
                    break
                except queue.Empty:
                    if not process.is_alive():
                        raise RuntimeError(f"{process.name} stopped") from None
            if status != "ok":
                raise RuntimeError(f"{process.name} failed:\n{item}")
            yield item
        finished = True
    finally:
        for process in processes:
            if finished:
                process.join(timeout=10)
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=10)
        for q in queues:
            q.close()


def _copy(con: sqlite3.Connection, part: Part, first_doc_id: int, generation: int) -> None:
    offset = first_doc_id
    if part.image is not None:
        load_packed(con, STAGING, part.image)
        con.execute(fresh(
            "INSERT INTO main.customer_search (doc_id, customer_id, doc, chars, primary_end, "
            f"name_end, live, sort) SELECT doc_id + {offset}, customer_id, doc, chars, "
            f"primary_end, name_end, live, sort FROM {STAGING}.customer_search", generation))  # fmt: skip
        con.execute(fresh(
            f"INSERT INTO {KEYS_STAGE} SELECT key, live, rank, sort, doc_id + {offset} "
            f"FROM {STAGING}.customer_search_keys", generation))  # fmt: skip
        return
    assert part.rows is not None
    doc_rows, key_rows = part.rows
    con.executemany(
        "INSERT INTO main.customer_search (doc_id, customer_id, doc, chars, primary_end, "
        "name_end, live, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(r[0] + offset, *r[1:]) for r in doc_rows],
    )
    con.executemany(f"INSERT INTO {KEYS_STAGE} VALUES (?, ?, ?, ?, ?)",
                    [(*r[:4], r[4] + offset) for r in key_rows])  # fmt: skip


def rebuild_sqlite(
    engine: Engine,
    total: int,
    chunk: int,
    progress: Callable[[int, int], None] | None,
    is_cancelled: Callable[[], bool] | None,
    workers: int | None,
) -> int:
    """Rebuild every document; returns how many. Raises Cancelled (old index kept)."""
    if workers is None:
        workers = default_workers() if total >= WORKERS_FROM else 0
    packed = can_pack()
    raw = engine.raw_connection()
    try:
        con = raw.driver_connection
        assert isinstance(con, sqlite3.Connection)
        with load_settings(con, cache_mib=CACHE_MIB):
            if packed:
                con.execute(f"ATTACH DATABASE ':memory:' AS {STAGING}")
            try:
                con.execute("BEGIN IMMEDIATE")
                done = _write(con, engine, total, chunk, progress, is_cancelled, workers, packed)
                con.execute("COMMIT")
            finally:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                if packed:
                    con.execute(f"DETACH DATABASE {STAGING}")
        checkpoint(con)
        return done
    finally:
        raw.close()


def _write(con: sqlite3.Connection, engine: Engine, total: int, chunk: int,
           progress: Callable[[int, int], None] | None,
           is_cancelled: Callable[[], bool] | None, workers: int, packed: bool) -> int:  # fmt: skip
    # foreign_keys is off here (load_settings): the deletes empty the tables at once
    con.execute(f"INSERT INTO {TRI}({TRI}) VALUES ('delete-all')")
    con.execute(f"INSERT INTO {UNI}({UNI}) VALUES ('delete-all')")
    con.execute("DELETE FROM customer_search_keys")
    con.execute("DELETE FROM customer_search")
    con.execute(f"CREATE TEMP TABLE {KEYS_STAGE.split('.')[1]} (key, live, rank, sort, doc_id)")
    try:
        done = 0
        bounds = chunk_bounds(con, chunk)
        made = parts(engine, bounds, workers, packed)
        try:
            for generation, part in enumerate(made):
                _copy(con, part, done + 1, generation)
                done += part.documents
                if progress is not None:
                    progress(done, max(total, done))
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
        finally:
            made.close()  # type: ignore[attr-defined]
        con.execute(f"INSERT INTO customer_search_keys (key, live, rank, sort, doc_id) "
                    f"SELECT * FROM {KEYS_STAGE} ORDER BY key, live, rank, sort, doc_id")  # fmt: skip
        con.execute(f"INSERT INTO {TRI}({TRI}) VALUES ('rebuild')")
        con.execute(f"INSERT INTO {UNI}({UNI}) VALUES ('rebuild')")
        return done
    finally:
        con.execute(f"DROP TABLE IF EXISTS {KEYS_STAGE}")
