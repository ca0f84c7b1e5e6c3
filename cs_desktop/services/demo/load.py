"""Writing a demo: one SQLite transaction fed by worker processes.

The whole load is a single transaction on one raw connection: on cancel or error a ROLLBACK
leaves the database as it was, dropped indexes included (SQLite DDL is transactional), and a
crash mid-load leaves it as it was too (WAL). The order of work:

1. reference rows (staff, tags, tier policies, rule set); the secondary indexes of the customer
   tables dropped, except those whose key grows with insertion order (``KEEP_INDEXES``);
2. the activity part of every chunk (see ``chunk``): visits and transactions into temporary
   tables, one per time bucket; customer_stats directly;
3. the cards part of every chunk into the card tables; meanwhile, whenever the next part is not
   ready, a piece of the activity's remaining work: each bucket inserted sorted by id (ids are
   time-ordered, so the primary-key index is appended to, not inserted into at random: measured
   ~10 us a row otherwise at a million customers), then the activity tables' indexes;
4. the card tables' indexes, credit limits below the balance for a few, unique ID numbers;
   COMMIT, and a checkpoint that copies the WAL into the database file (see bulk.checkpoint).

Parts arrive as packed SQLite images (see ``pipeline``) attached as an in-memory schema and
copied with INSERT ... SELECT, so the writer creates no Python object per row; where packing is
unavailable it falls back to ``executemany``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Engine, Index

from cs_desktop.services.site import ensure_local_site
from cs_desktop.storage.bulk import (
    NULL,
    InsertPlan,
    can_pack,
    checkpoint,
    create_indexes,
    drop_indexes,
    fresh,
    insert_rows,
    load_packed,
    load_settings,
    pack_rows,
    secondary_indexes,
    use_page_size,
)

from . import pipeline
from . import spec as S
from .codes import Clock, IdNumbers
from .reference import write_reference

SITE_NAME = "演示诊所"
PAGE_SIZE = 16384  # see bulk.use_page_size
CACHE_MIB = 256  # page cache of the load (the engine keeps SQLite's 2 MiB)
STAGING = "demo_chunk"  # the attached in-memory schema chunks are copied from
# Indexes whose key grows with insertion order (the rows of card tables are written in order of
# registration, visits and transactions in order of id, which is time): appending to them costs
# less than building them afterwards. The others are dropped and built once at the end.
KEEP_INDEXES = frozenset(
    {
        "ix_customers_updated_at", "ix_customer_phones_customer_id",
        "ix_customer_phones_updated_at", "ix_customer_addresses_customer_id",
        "ix_customer_addresses_updated_at", "ix_customer_tags_updated_at",
        "ix_customer_consents_updated_at", "ix_customer_relations_customer_id",
        "ix_customer_relations_updated_at", "ix_visits_occurred_at", "ix_visits_updated_at",
        "ix_transactions_occurred_at", "ix_transactions_updated_at", "ix_transactions_visit_id",
        # a single group (tier: all NULL), two (kind), mostly NULL, eight tags: appended too
        "ix_customers_tier", "ix_customers_kind_deleted",
        "ix_customer_relations_related_customer_id", "ix_customer_tags_tag_id",
    }
)  # fmt: skip
# Below this many customers, starting worker processes costs more than it saves.
WORKERS_FROM = 20_000


class Cancelled(Exception):
    pass


class Phases:
    """Seconds spent per phase of the last load in this process (for bench/demo_data.py)."""

    last: dict[str, float] = {}

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._mark = self._start = time.perf_counter()
        self._cpu = time.process_time()
        Phases.last = self.seconds

    def cpu(self, worker_seconds: float) -> None:
        self.seconds["cpu: writer process"] = time.process_time() - self._cpu
        self.seconds["cpu: workers, all parts"] = worker_seconds

    def mark(self, name: str) -> None:
        """A point on the timeline (seconds since the start), for the benchmark."""
        self.seconds[f"at: {name}"] = time.perf_counter() - self._start

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self._mark
        self._mark = now


@dataclass(frozen=True)
class Counts:
    customers: int
    people: int
    organizations: int
    visits: int
    transactions: int


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def has_customers(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT EXISTS (SELECT 1 FROM customers)").fetchone()[0] == 1


def run(
    engine: Engine, *, customers: int, seed: int, today: dt.date,
    progress: Callable[[int, int], None] | None, is_cancelled: Callable[[], bool] | None,
    workers: int | None = None,
) -> Counts:  # fmt: skip
    if engine.dialect.name != "sqlite":
        raise ValueError("demo data can only be loaded into an SQLite database")
    if customers < 1:
        raise ValueError("the number of demo customers must be at least 1")
    cancelled = is_cancelled or (lambda: False)
    if workers is None:
        workers = default_workers() if customers >= WORKERS_FROM else 0
    phases = Phases()
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM customers)").scalar():
            raise ValueError("the database already holds customers; demo data needs an empty one")
    site = ensure_local_site(engine, SITE_NAME).id.bytes
    raw = engine.raw_connection()
    try:
        con = raw.driver_connection
        assert isinstance(con, sqlite3.Connection)
        use_page_size(con, PAGE_SIZE)  # the database holds no customers yet: it is small
        phases.lap("page size")
        with load_settings(con, cache_mib=CACHE_MIB):
            con.execute(f"ATTACH DATABASE ':memory:' AS {STAGING}")
            try:
                con.execute("BEGIN IMMEDIATE")
                if has_customers(con):  # another connection was quicker
                    raise ValueError("the database already holds customers")
                counts = _write(con, customers, seed, today, site, progress, cancelled, workers,
                                phases)  # fmt: skip
                con.execute("COMMIT")
                phases.lap("commit")
                phases.mark("committed")
            finally:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                con.execute(f"DETACH DATABASE {STAGING}")
        phases.lap("restore settings")
        checkpoint(con)
        phases.lap("checkpoint")
        if progress is not None:
            progress(customers, customers)
        return counts
    finally:
        raw.close()


def _packing_works(con: sqlite3.Connection, plan: InsertPlan) -> bool:
    """Attached images can be replaced inside a transaction (SQLite >= 3.36 with deserialize)."""
    if not can_pack():
        return False
    try:
        for value in (1, 2):
            image = pack_rows([(plan.table, plan, [(b"probe", value, NULL, NULL, 0, 0)])])
            load_packed(con, STAGING, image)
            probe = fresh(f"SELECT visit_count FROM {STAGING}.{plan.table}", value)
            if con.execute(probe).fetchone() != (value,):
                return False
    except (sqlite3.Error, SystemError):
        return False
    return True


def _write(
    con: sqlite3.Connection, total: int, seed: int, today: dt.date, site: bytes,
    progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool], workers: int,
    phases: Phases,
) -> Counts:  # fmt: skip
    phases.lap("start")
    ref = write_reference(con, seed, site, Clock(today.toordinal() - S.CUSTOMER_DAYS, 1))
    spec = S.Spec(seed, total, today.toordinal(), site, ref.staff, ref.tags)
    table_plans = pipeline.insert_plans(site)
    packed = _packing_works(con, table_plans["customer_stats"])
    copies, staged = _staging(con, table_plans)
    dropped = drop_indexes(
        con, [i for i in secondary_indexes(table_plans) if i.name not in KEEP_INDEXES]
    )
    activity_tables = {table for _, table, _ in pipeline.PARTS[pipeline.ACTIVITY]}
    later = [i for i in dropped if i.table is not None and i.table.name not in activity_tables]

    # Work on the activity tables once all their rows are in: done while the workers build the
    # cards, whenever the next part is not ready yet (see pipeline.chunks).
    pending: deque[tuple[str, Callable[[], None]]] = deque()
    for table, stage in staged:
        job = partial(_insert_sorted, con, table_plans[table], stage)
        pending.append((f"sorted insert {table}", job))
    for index in dropped:
        if index not in later:
            pending.append((f"index {index.name}", partial(_build, con, index)))
    activity_parts = 0

    def idle() -> bool:
        if activity_parts < spec.chunks or not pending:
            return False
        name, job = pending.popleft()
        job()
        phases.lap(name)
        if cancelled():
            raise Cancelled
        return True

    done = {pipeline.ACTIVITY: 0, pipeline.CARDS: 0}
    people = orgs = visits = transactions = 0
    worker_cpu = 0.0
    if progress is not None:
        progress(0, total)
    if cancelled():
        raise Cancelled
    stream = pipeline.chunks(spec, workers, packed, idle)
    phases.lap("setup")
    try:
        for chunk in stream:
            phases.lap(f"wait for {'cards' if activity_parts == spec.chunks else 'activity'}")
            _copy(con, chunk, copies, table_plans)
            phases.lap("copy parts")
            done[chunk.part] += chunk.customers
            worker_cpu += chunk.cpu_seconds
            key = f"cpu: workers, {chunk.part} parts"
            phases.seconds[key] = phases.seconds.get(key, 0.0) + chunk.cpu_seconds
            people += chunk.people
            orgs += chunk.organizations
            visits += chunk.visits
            transactions += chunk.transactions
            if chunk.part == pipeline.ACTIVITY:
                activity_parts += 1
                if activity_parts == spec.chunks:
                    phases.mark("activity written")
            reached = (done[pipeline.ACTIVITY] + done[pipeline.CARDS]) // 2
            if reached < total and progress is not None:
                progress(reached, total)  # the last step is reported once committed
            if cancelled():
                raise Cancelled
    finally:
        stream.close()
    phases.mark("cards written")
    if packed:
        stats = table_plans["customer_stats"]
        load_packed(con, STAGING, pack_rows([(stats.table, stats, [])]))  # free the last image
    while pending:  # what the workers left no time for
        idle()
    phases.mark("activity sorted and indexed")
    _lower_some_credit_limits(con)
    phases.lap("credit limits")
    for index in later:
        _build(con, index)
        phases.lap(f"index {index.name}")
        if cancelled():
            raise Cancelled
    _unique_id_numbers(con)
    phases.lap("unique id numbers")
    phases.mark("indexes built")
    phases.cpu(worker_cpu)
    return Counts(done[pipeline.CARDS], people, orgs, visits, transactions)


def _staging(
    con: sqlite3.Connection, plans: dict[str, InsertPlan]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(image table -> statement copying it, [(target, temporary table)] in id order).

    Visits and transactions have time-ordered ids but each chunk spans two years: copied chunk
    by chunk they would land at random places of a growing primary-key index (measured ~10 us a
    row at a million customers). They go to a temporary table per time bucket instead, each
    inserted sorted by id once complete (``_insert_sorted``).
    """
    copies: dict[str, str] = {}
    staged: list[tuple[str, str]] = []
    for part, tables in pipeline.PARTS.items():
        for _, table, _ in tables:
            plan = plans[table]
            for name in pipeline.staged_tables(part, table):
                if name == table:
                    copies[name] = plan.copy_sql(STAGING)
                    continue
                stage = f"demo_{name}"
                con.execute(f"CREATE TEMP TABLE {stage} ({', '.join(plan.columns)})")
                copies[name] = f"INSERT INTO temp.{stage} SELECT * FROM {STAGING}.{name}"
                staged.append((table, stage))
    return copies, staged


def _copy(
    con: sqlite3.Connection, chunk: pipeline.Packed, copies: dict[str, str],
    plans: dict[str, InsertPlan],
) -> None:  # fmt: skip
    """Write one part: copy its image, or (no packing) insert its rows."""
    if chunk.image is not None:
        load_packed(con, STAGING, chunk.image)
        for _, table, _ in pipeline.PARTS[chunk.part]:
            for name in pipeline.staged_tables(chunk.part, table):
                con.execute(fresh(copies[name], chunk.index))
        return
    assert chunk.rows is not None
    for _, table, _ in pipeline.PARTS[chunk.part]:
        plan = plans[table]
        for name in pipeline.staged_tables(chunk.part, table):
            if name == table:
                insert_rows(con, plan, chunk.rows[name])
                continue
            marks = ", ".join(plan.value_sql("?", c) for c in plan.columns)  # NULL markers
            con.executemany(f"INSERT INTO temp.demo_{name} VALUES ({marks})", chunk.rows[name])


@contextmanager
def _sorting(con: sqlite3.Connection) -> Iterator[None]:
    """Sorting (ORDER BY, index builds) is fastest in small runs sorted by helper threads and
    merged: measured 3.7 s instead of 8.5 s with the load's 256 MiB cache and no threads."""
    con.execute("PRAGMA cache_size = -4096")
    con.execute("PRAGMA threads = 4")
    try:
        yield
    finally:
        con.execute(f"PRAGMA cache_size = {-CACHE_MIB * 1024}")
        con.execute("PRAGMA threads = 2")


def _insert_sorted(con: sqlite3.Connection, plan: InsertPlan, stage: str) -> None:
    with _sorting(con):
        con.execute(plan.copy_sql("temp", stage, order_by="id"))
    con.execute(f"DROP TABLE temp.{stage}")


def _build(con: sqlite3.Connection, index: Index) -> None:
    with _sorting(con):
        create_indexes(con, [index])


def _lower_some_credit_limits(con: sqlite3.Connection) -> None:
    """Credit limits follow what a customer buys; once balances are known, about a third of the
    customers on account who owe more than 200 yuan get a limit below what they owe (the
    management card's early warning). Chosen by the last byte of the id: deterministic."""
    con.execute(
        "UPDATE customers SET credit_limit_cents = ("
        " SELECT MAX(10000, s.balance_cents * 7 / 10 / 10000 * 10000) FROM customer_stats s"
        " WHERE s.customer_id = customers.id)"
        " WHERE credit_limit_cents IS NOT NULL AND substr(id, 16, 1) < x'55'"
        " AND id IN (SELECT customer_id FROM customer_stats WHERE balance_cents > 20000)"
    )


def _unique_id_numbers(con: sqlite3.Connection) -> None:
    """Resident ID numbers are drawn at random per chunk; the rare repeat (two people of the same
    district, birthday and gender drawing the same sequence) moves to the next free sequence of
    that gender, as an issuing office would. The first holder by insertion order keeps it."""
    rows = con.execute(
        "SELECT rowid, id_number FROM customers WHERE id_number IN ("
        " SELECT id_number FROM customers WHERE id_number IS NOT NULL"
        " GROUP BY id_number HAVING COUNT(*) > 1) ORDER BY rowid"
    ).fetchall()
    seen: set[str] = set()
    ids = IdNumbers()
    for rowid, number in rows:
        if number not in seen:
            seen.add(number)
            continue
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14])).toordinal()
        sequence = int(number[14:17])
        candidate = number
        while (
            candidate in seen
            or con.execute("SELECT 1 FROM customers WHERE id_number = ?", (candidate,)).fetchone()
        ):
            sequence = (sequence + 2) % 1000
            candidate = ids.build(number[:6], birth, sequence)
        seen.add(candidate)
        con.execute("UPDATE customers SET id_number = ? WHERE rowid = ?", (candidate, rowid))
