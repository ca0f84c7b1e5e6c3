"""Deterministic demo data: a clinic's customers, their cards, visits and transactions.

``generate_demo`` fills an empty, migrated SQLite database. The same seed, ``today`` and number
of customers give the same table contents (the local site's own id aside, which every
installation draws at random). A million customers (3 million visits, 3.6 GB) take about two
minutes on a two-core PC (bench/demo_data.py).

Modules: ``names`` (surnames, given-name characters and their pinyin), ``codes`` (fast stored
forms: UUIDv7, resident ID and credit code check characters, timestamps), ``people`` and
``chunk`` (customer cards), ``activity`` (visits and transactions), ``reference`` (staff, tags,
tier policies, rule set), ``spec`` (parameters and row shapes), ``pipeline`` (worker processes),
``load`` (the transaction).

Worker processes use the 'spawn' start method: the program's main module must be importable
without side effects (``if __name__ == "__main__":``), and a frozen build must call
``multiprocessing.freeze_support()`` first (cs_desktop/__main__.py does).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from . import load


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    people: int
    organizations: int
    visits: int
    transactions: int
    seconds: float


class DemoCancelled(Exception):
    """The load was cancelled; nothing of it was kept."""


def generate_demo(
    engine: Engine,
    *,
    customers: int,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Load ``customers`` demo customers into the empty database behind ``engine``.

    Creates the local site (if missing), staff, tags, tier policies and an active Pareto rule
    set (existing ones with the same names are kept), then the customers in chunks of 2,000,
    each written in two parts (activity, then cards: see ``load``). ``progress(done, total)``
    is called with (0, total) first, after each part with the customers' worth of work done
    (half a chunk per part), and with (total, total) once everything is committed;
    ``is_cancelled()`` is asked between parts and between the final sorting and indexing steps.
    On cancel DemoCancelled is raised and nothing of the load is kept (one transaction).
    Raises ValueError if the database already holds customers or is not SQLite.
    """
    start = time.perf_counter()
    try:
        counts = load.run(
            engine,
            customers=customers,
            seed=seed,
            today=today or dt.date.today(),
            progress=progress,
            is_cancelled=is_cancelled,
        )
    except load.Cancelled:
        raise DemoCancelled from None
    return DemoSummary(
        customers=counts.customers,
        people=counts.people,
        organizations=counts.organizations,
        visits=counts.visits,
        transactions=counts.transactions,
        seconds=time.perf_counter() - start,
    )


__all__ = ["DemoCancelled", "DemoSummary", "generate_demo"]
