"""Chunk parts built in worker processes and handed to the writer in a fixed order: the
activity of every chunk, then the cards of every chunk (see ``chunk``).

A worker builds a part and packs its rows into an SQLite image (``bulk.pack_rows``): binding
millions of Python values to SQLite is the costliest part of a load, and this way it runs on
the worker's core while the writer copies the previous part inside SQLite. Workers are 'spawn'
processes with top-level targets (the only start method on Windows); task ``t`` goes to worker
``t % n`` and is read back from that worker's queue, so the writer sees the parts in the same
order whatever the number of workers. Bounded queues keep a worker a few parts ahead.

The writer reads queues in its own thread: a background result thread (as in
``concurrent.futures``) would hold the GIL while unpickling and stall the writer's SQLite calls.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import queue
import time
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from cs_desktop.storage.bulk import InsertPlan, pack_rows

from . import spec as S
from .chunk import build_activity, build_cards

ACTIVITY, CARDS = "activity", "cards"
QUEUE_DEPTH = 8  # parts a worker may have ready: it keeps building while the writer indexes
BUCKETS = 8  # visits and transactions are staged in this many time spans (see time_bucket)
# Part -> (Chunk attribute, target table, tuple columns), in the order the writer copies them.
PARTS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    ACTIVITY: (
        ("visits", "visits", S.VISIT_COLUMNS),
        ("transactions", "transactions", S.TRANSACTION_COLUMNS),
        ("stats", "customer_stats", S.STATS_COLUMNS),
    ),
    CARDS: (
        ("customers", "customers", S.CUSTOMER_COLUMNS),
        ("phones", "customer_phones", S.PHONE_COLUMNS),
        ("addresses", "customer_addresses", S.ADDRESS_COLUMNS),
        ("tags", "customer_tags", S.TAG_COLUMNS),
        ("consents", "customer_consents", S.CONSENT_COLUMNS),
        ("relations", "customer_relations", S.RELATION_COLUMNS),
    ),
}
TABLES = PARTS[ACTIVITY] + PARTS[CARDS]
BUILD = {ACTIVITY: build_activity, CARDS: build_cards}


def tasks(spec: S.Spec) -> list[tuple[str, int]]:
    return [(ACTIVITY, i) for i in range(spec.chunks)] + [(CARDS, i) for i in range(spec.chunks)]


def insert_plans(site: bytes) -> dict[str, InsertPlan]:
    """Target table -> how its tuples become rows (constant and repeated columns added)."""
    synced = {"origin_site_id": site, "row_version": 1, "deleted_at": None}
    same = {"updated_at": "created_at"}
    fixed: dict[str, dict[str, object]] = {
        "customers": {**synced, "tier": None, "tier_rule": None, "tier_override": None,
                      "tier_override_reason": None, "tier_override_until": None,
                      "merged_into_id": None},
        "customer_addresses": {**synced, "postal_code": None},
        "customer_stats": {"open_complaints": 0},
    }  # fmt: skip
    repeated: dict[str, dict[str, str]] = {
        "customer_consents": {**same, "recorded_at": "created_at"},
        "visits": {"created_at": "occurred_at", "updated_at": "occurred_at"},
        "transactions": {"created_at": "occurred_at", "updated_at": "occurred_at"},
        "customer_stats": {},
    }
    return {
        table: InsertPlan(table, columns, fixed.get(table, synced), repeated.get(table, same))
        for _, table, columns in TABLES
    }


@dataclass(frozen=True)
class Packed:
    part: str
    index: int
    customers: int
    people: int
    organizations: int
    visits: int
    transactions: int
    image: bytes | None  # pack_rows image, table names as the target tables
    rows: dict[str, list[tuple[Any, ...]]] | None  # image table -> rows, when not packed
    cpu_seconds: float  # spent building and packing it


def time_bucket(spec: S.Spec) -> Callable[[bytes], int]:
    """Bucket 0..BUCKETS-1 of a visit or transaction id: the two years cut into equal spans
    by the millisecond in the id, so every id of bucket k is below every id of bucket k + 1."""
    first_day = spec.today - S.VISIT_DAYS
    start = (first_day - dt.date(1970, 1, 1).toordinal()) * 86_400_000
    span = S.VISIT_DAYS * 86_400_000 // BUCKETS + 1
    return lambda rid: (int.from_bytes(rid[:6], "big") - start) // span


def staged_tables(part: str, table: str) -> list[str]:
    """Names of a table's tables in an image: visits and transactions by time bucket."""
    if part == ACTIVITY and table in ("visits", "transactions"):
        return [f"{table}_{k}" for k in range(BUCKETS)]
    return [table]


def pack(spec: S.Spec, part: str, index: int, packed: bool) -> Packed:
    start = time.process_time()
    chunk = BUILD[part](spec, index)
    plans = insert_plans(spec.site)
    bucket = time_bucket(spec)
    tables: list[tuple[str, str, list[tuple[Any, ...]]]] = []
    for attr, table, _ in PARTS[part]:
        rows = getattr(chunk, attr)
        names = staged_tables(part, table)
        if len(names) == 1:
            tables.append((names[0], table, rows))
            continue
        split: list[list[tuple[Any, ...]]] = [[] for _ in names]
        for row in rows:
            split[bucket(row[0])].append(row)
        tables.extend(
            (name, table, bucket_rows) for name, bucket_rows in zip(names, split, strict=True)
        )
    return Packed(
        part,
        index,
        len(chunk.customers or chunk.stats),
        chunk.people,
        chunk.organizations,
        len(chunk.visits),
        len(chunk.transactions),
        pack_rows((name, plans[t], rows) for name, t, rows in tables) if packed else None,
        None if packed else {name: rows for name, _, rows in tables},
        time.process_time() - start,
    )


def _work(spec: S.Spec, packed: bool, first: int, step: int, out: Any) -> None:
    """Worker process: build tasks first, first + step, ... and queue them."""
    parent = multiprocessing.parent_process()
    if hasattr(os, "nice"):
        os.nice(5)  # the writer is the scarce resource: let it have the CPU when it needs it
    try:
        for part, index in tasks(spec)[first::step]:
            if parent is not None and not parent.is_alive():
                out.cancel_join_thread()
                return
            item = ("ok", pack(spec, part, index, packed))
            while True:
                try:
                    out.put(item, timeout=1.0)
                    break
                except queue.Full:
                    if parent is not None and not parent.is_alive():
                        out.cancel_join_thread()  # exit without flushing to a dead reader
                        return
    except BaseException:
        out.put(("error", traceback.format_exc()))


def chunks(
    spec: S.Spec, workers: int, packed: bool, idle: Callable[[], bool] | None = None
) -> Generator[Packed, None, None]:
    """Packed parts in task order; with ``workers`` > 0 they are built in that many processes,
    and while the next one is not ready ``idle()`` is called to do a piece of other work (it
    returns whether it did any). Closing the iterator early stops the workers."""
    if workers <= 0:
        for part, index in tasks(spec):
            yield pack(spec, part, index, packed)
        return
    context = multiprocessing.get_context("spawn")
    order = tasks(spec)
    n = min(workers, len(order))
    queues = [context.Queue(maxsize=QUEUE_DEPTH) for _ in range(n)]
    processes = [
        context.Process(
            target=_work,
            args=(spec, packed, w, n, queues[w]),
            name=f"demo-worker-{w}",
            daemon=True,
        )  # fmt: skip
        for w in range(n)
    ]
    for process in processes:
        process.start()
    finished = False
    try:
        for t in range(len(order)):
            source, process = queues[t % n], processes[t % n]
            while True:
                try:
                    status, item = source.get_nowait()
                    break
                except queue.Empty:
                    pass
                if idle is not None and idle():
                    continue  # did some other work meanwhile
                try:
                    status, item = source.get(timeout=0.2 if idle else 1.0)
                    break
                except queue.Empty:
                    if not process.is_alive():
                        raise RuntimeError(f"demo worker {process.name} stopped") from None
            if status != "ok":
                raise RuntimeError(f"demo worker {process.name} failed:\n{item}")
            yield item
        finished = True
    finally:
        for process in processes:
            if finished:
                process.join(timeout=10)  # all read: they are exiting
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=10)
        for q in queues:
            q.close()
