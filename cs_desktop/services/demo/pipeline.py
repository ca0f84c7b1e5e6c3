"""Chunks built in worker processes and handed to the writer in index order.

A worker builds a chunk and packs its rows into an SQLite image (``bulk.pack_rows``): binding a
million Python values to SQLite is the costliest part of a load, and this way it runs on the
worker's core while the writer copies the previous chunk inside SQLite. Workers are 'spawn'
processes with top-level targets (the only start method on Windows); chunk ``i`` goes to worker
``i % n`` and is read back from that worker's queue, so the writer sees chunks in index order
whatever the number of workers. Bounded queues keep a worker at most two chunks ahead.

The writer reads queues in its own thread: a background result thread (as in
``concurrent.futures``) would hold the GIL while unpickling and stall the writer's SQLite calls.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cs_desktop.storage.bulk import InsertPlan, pack_rows

from . import spec as S
from .chunk import build_chunk

# (Chunk attribute, target table, tuple columns), in the order the writer copies them.
TABLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("customers", "customers", S.CUSTOMER_COLUMNS),
    ("phones", "customer_phones", S.PHONE_COLUMNS),
    ("addresses", "customer_addresses", S.ADDRESS_COLUMNS),
    ("tags", "customer_tags", S.TAG_COLUMNS),
    ("consents", "customer_consents", S.CONSENT_COLUMNS),
    ("relations", "customer_relations", S.RELATION_COLUMNS),
    ("visits", "visits", S.VISIT_COLUMNS),
    ("transactions", "transactions", S.TRANSACTION_COLUMNS),
    ("stats", "customer_stats", S.STATS_COLUMNS),
)


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
    index: int
    customers: int
    people: int
    organizations: int
    visits: int
    transactions: int
    image: bytes | None  # pack_rows image, table names as the target tables
    rows: dict[str, list[tuple[Any, ...]]] | None  # target table -> rows, when not packed
    cpu_seconds: float  # spent building and packing it


def pack(spec: S.Spec, index: int, packed: bool) -> Packed:
    start = time.process_time()
    chunk = build_chunk(spec, index)
    tables = [(table, cols, getattr(chunk, attr)) for attr, table, cols in TABLES]
    plans = insert_plans(spec.site)
    return Packed(
        index,
        len(chunk.customers),
        chunk.people,
        chunk.organizations,
        len(chunk.visits),
        len(chunk.transactions),
        pack_rows((plans[table], rows) for table, _, rows in tables) if packed else None,
        None if packed else {table: rows for table, _, rows in tables},
        time.process_time() - start,
    )


def _work(spec: S.Spec, packed: bool, first: int, step: int, out: Any) -> None:
    """Worker process: build chunks first, first + step, ... and queue them."""
    parent = multiprocessing.parent_process()
    try:
        for index in range(first, spec.chunks, step):
            item = ("ok", pack(spec, index, packed))
            while True:
                try:
                    out.put(item, timeout=1.0)
                    break
                except queue.Full:
                    if parent is not None and not parent.is_alive():
                        return  # nobody will read it: do not linger as an orphan
    except BaseException:
        out.put(("error", traceback.format_exc()))


def chunks(spec: S.Spec, workers: int, packed: bool) -> Iterator[Packed]:
    """Packed chunks in index order; with ``workers`` > 0 they are built in that many processes.
    Closing the iterator early stops the workers."""
    if workers <= 0:
        for index in range(spec.chunks):
            yield pack(spec, index, packed)
        return
    context = multiprocessing.get_context("spawn")
    n = min(workers, spec.chunks)
    queues = [context.Queue(maxsize=2) for _ in range(n)]
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
        for index in range(spec.chunks):
            source, process = queues[index % n], processes[index % n]
            while True:
                try:
                    status, item = source.get(timeout=1.0)
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
