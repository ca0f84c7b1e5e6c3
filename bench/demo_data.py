"""Demo data load speed: ``python bench/demo_data.py [--sizes 100000 1000000] [--keep DIR]``.

For each size: a fresh migrated SQLite database in a temporary folder (or DIR), generate_demo,
and the figures: customers, visits, transactions, seconds, customers per second, and the size of
the database file plus its WAL. Prints figures; it is not a pass/fail test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from cs_desktop.services.demo import generate_demo, load
from cs_desktop.storage.engine import create_db_engine, database_url
from cs_desktop.storage.migrate import upgrade


def _size_mb(path: Path) -> float:
    files = [path, Path(str(path) + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1_000_000


def _phases() -> None:
    """Where the time went (load.Phases of the last run): the timeline, then seconds by kind."""
    phases = load.Phases.last
    for name, at in phases.items():
        if name.startswith("at: "):
            print(f"  at {at:7.1f} s  {name[4:]}")
    groups = {
        "wait for parts": "wait for ",
        "copy parts": "copy ",
        "sorted inserts": "sorted insert ",
        "index builds": "index ",
    }
    for label, prefix in groups.items():
        print(f"  {label:<22} {sum(v for k, v in phases.items() if k.startswith(prefix)):7.1f} s")
    for name in ("commit", "checkpoint"):
        print(f"  {name:<22} {phases.get(name, 0.0):7.1f} s")
    for name, seconds in phases.items():
        if name.startswith("cpu: "):
            print(f"  {'CPU ' + name[5:]:<22} {seconds:7.1f} s")


def run_one(folder: Path, size: int, seed: int, today: dt.date, details: bool) -> None:
    path = folder / f"demo-{size}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    upgrade(database_url(path))
    engine = create_db_engine(path)
    last = [time.perf_counter()]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 10 or done == total:
            print(f"  ... {done:,} / {total:,}", flush=True)
            last[0] = now

    try:
        summary = generate_demo(engine, customers=size, seed=seed, today=today, progress=progress)
    finally:
        engine.dispose()
    rate = summary.customers / summary.seconds if summary.seconds else float("inf")
    print(
        f"customers      {summary.customers:>12,}  (people {summary.people:,}, "
        f"organisations {summary.organizations:,})"
    )
    print(
        f"visits         {summary.visits:>12,}  ({summary.visits / summary.customers:.2f} per customer)"
    )
    print(f"transactions   {summary.transactions:>12,}")
    print(f"seconds        {summary.seconds:>12.1f}")
    print(f"customers/s    {rate:>12,.0f}")
    print(f"database MB    {_size_mb(path):>12.1f}  ({path})")
    if details:
        _phases()
    print(flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, help="write the databases here and keep them")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--details", action="store_true", help="where the time went")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, today={args.today}, seed={args.seed}\n")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            run_one(args.keep, size, args.seed, args.today, args.details)
    else:
        with tempfile.TemporaryDirectory(prefix="cs-demo-bench-") as tmp:
            for size in args.sizes:
                run_one(Path(tmp), size, args.seed, args.today, args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
