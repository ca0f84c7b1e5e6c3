"""Customer search over a big demo database: indexed search against a plain LIKE scan.

    python bench/search.py                      # builds 1,000,000 demo customers first (minutes)
    python bench/search.py --customers 100000
    python bench/search.py --db path.sqlite3    # an existing demo database
    python bench/search.py --db path.sqlite3 --rebuild   # time a full index rebuild first

For each query: the time the list needs to show a search (count + first page of 200 rows, as
the customer page does), median and p95 over repeats; the same query as LIKE '%q%' over the
same documents; and the time until the unfiltered list shows its first page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from cs_desktop.services.customers.indexing import rebuild_search_index  # noqa: E402
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import generate_demo  # noqa: E402


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _queries(db) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Real fragments taken from the data, so every query finds something."""
    with db.engine.connect() as conn:
        name3 = conn.execute(text(
            "SELECT name FROM customers WHERE kind='person' AND length(name)=3 LIMIT 1 OFFSET 777"
        )).scalar_one()  # fmt: skip
        org = conn.execute(text(
            "SELECT name FROM customers WHERE kind='organization' LIMIT 1 OFFSET 55")).scalar_one()  # fmt: skip
        phone = conn.execute(text(
            "SELECT digits FROM customer_phones WHERE kind='mobile' LIMIT 1 OFFSET 4321")).scalar_one()  # fmt: skip
        id_number = conn.execute(text(
            "SELECT id_number FROM customers WHERE id_number IS NOT NULL LIMIT 1 OFFSET 999")).scalar_one()  # fmt: skip
    from cs_desktop.domain.pinyin import name_keys

    keys = name_keys(name3)
    return [
        ("1 Chinese character", name3[0]),
        ("1 Chinese character, common surname", "陈"),
        ("1 Chinese character (given name)", name3[2]),
        ("2 Chinese characters", name3[:2]),
        ("2 Chinese characters (given name)", name3[1:]),
        ("3 Chinese characters", name3),
        ("organisation fragment", org[2:6]),
        ("phone, last 4 digits", phone[-4:]),
        ("phone, 7 digits typed with spaces", f"{phone[:3]} {phone[3:7]}"),
        ("phone, full with +86", f"+86 {phone}"),
        ("ID number suffix", id_number[-6:]),
        ("pinyin initials (2 letters)", keys.initials[0][:2]),
        ("pinyin initials zs", "zs"),
        ("pinyin, 1 letter", "z"),
        ("pinyin initials (3 letters)", keys.initials[0]),
        ("full pinyin", keys.sort_key),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="time a full rebuild of the index")
    parser.add_argument("--workers", type=int, help="worker processes for --rebuild")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="cs_bench_search_"))
    path = args.db or workdir / "search.sqlite3"
    db = open_database(path)
    if args.db is None:
        t = time.perf_counter()
        summary = generate_demo(db.engine, customers=args.customers, seed=1)
        print(f"demo data: {summary.customers:,} customers in {summary.seconds:.1f} s")
        result = rebuild_search_index(db.engine)
        print(f"search index: {result.documents:,} documents in {result.seconds:.1f} s "
              f"({result.documents / result.seconds:,.0f}/s); total {time.perf_counter() - t:.1f} s")  # fmt: skip
    elif args.rebuild:
        result = rebuild_search_index(db.engine, workers=args.workers)
        print(f"search index rebuilt: {result.documents:,} documents in {result.seconds:.1f} s "
              f"({result.documents / result.seconds:,.0f}/s)")  # fmt: skip
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"database: {path} ({size / 1e6:,.0f} MB)\n")

    service = CustomerListService(db.factory)
    first_page = []
    for _ in range(args.repeats):
        t = time.perf_counter()
        service.count(CustomerQuery())
        service.page(CustomerQuery(), 0, 200)
        first_page.append(time.perf_counter() - t)
    print(
        f"unfiltered list, count + first page of 200 (name order): median {_ms(statistics.median(first_page))}"
    )
    t = time.perf_counter()
    service.page(
        CustomerQuery(), 900_000 if args.customers >= 1_000_000 else args.customers * 9 // 10, 200
    )
    print(f"jump near the end (OFFSET 90%):                     {_ms(time.perf_counter() - t)}\n")

    print(
        f"{'query':36} {'text':>14} {'found':>9} {'median':>11} {'p95':>11} {'LIKE scan':>11} {'speed-up':>9}"
    )
    medians, speedups = [], []
    for label, q in _queries(db):
        times = []
        found = 0
        for _ in range(args.repeats):
            t = time.perf_counter()
            found = service.count(CustomerQuery(text=q))
            service.page(CustomerQuery(text=q), 0, 200)
            times.append(time.perf_counter() - t)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        needle = q.replace(" ", "").replace("+86", "").lower()
        with db.engine.connect() as conn:
            t = time.perf_counter()
            conn.execute(text("SELECT count(*) FROM customer_search WHERE doc LIKE :p"),
                         {"p": f"%{needle}%"}).scalar_one()  # fmt: skip
            like = time.perf_counter() - t
        median = statistics.median(times)
        medians.append(median)
        speedups.append(like / median)
        print(
            f"{label:36} {q:>14} {found:>9,} {_ms(median)} {_ms(p95)} {_ms(like)} {like / median:8.1f}x"
        )
    print(f"\nall queries: median {_ms(statistics.median(medians))}, "
          f"median speed-up over LIKE {statistics.median(speedups):.1f}x")  # fmt: skip
    db.close()


if __name__ == "__main__":
    main()
