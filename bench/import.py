"""Customer import of a spreadsheet: lines per second for the dry run and for the commit.

    python bench/import.py                      # 100,000 lines into a fresh migrated database
    python bench/import.py --lines 20000 --existing 200000   # into a database holding demo data
    python bench/import.py --encoding gb18030   # the file as Chinese Excel saves CSV

The file is realistic (names by surname frequency, valid resident IDs agreeing with birth date
and gender, mobiles typed with spaces, +86 or full-width digits, addresses of real districts)
and about 1% of its lines are ones the import must reject. The commit re-reads and re-checks the
file inside its write transaction, so its time includes a second dry run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from cs_desktop.services.customers.importing import (  # noqa: E402
    CustomerImportService,
    ImportOptions,
)
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo.import_file import write_demo_csv  # noqa: E402
from cs_desktop.storage.models import Customer, CustomerSearch  # noqa: E402


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.factory() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=0,
                        help="demo customers in the database before the import")  # fmt: skip
    parser.add_argument("--encoding", default="utf-8-sig", help="utf-8-sig, utf-8 or gb18030")
    parser.add_argument("--bad-every", type=int, default=97, help="one rejected line in N")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cs_import_") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        demo = write_demo_csv(folder / "客户.csv", args.lines, seed=args.seed,
                              bad_every=args.bad_every, encoding=args.encoding)  # fmt: skip
        size_mb = demo.path.stat().st_size / 1e6
        print(f"file: {args.lines:,} lines, {size_mb:.1f} MB, {args.encoding}, "
              f"{len(demo.bad):,} bad lines, written in {time.perf_counter() - started:.1f} s")  # fmt: skip
        db = open_database(folder / "bench.sqlite3")
        try:
            if args.existing:
                from cs_desktop.services.customers.indexing import rebuild_search_index
                from cs_desktop.services.demo import generate_demo

                started = time.perf_counter()
                generate_demo(db.engine, customers=args.existing, seed=args.seed)
                rebuild_search_index(db.engine)
                print(f"database: {args.existing:,} demo customers in "
                      f"{time.perf_counter() - started:.1f} s")  # fmt: skip
            service = CustomerImportService(db.factory)
            before = _count(db, Customer)

            report = service.dry_run(demo.path)
            dry = report.seconds
            print(f"dry run:  {dry:7.2f} s  {args.lines / dry:9,.0f} lines/s  "
                  f"({report.created:,} to create, {report.rejected_lines:,} rejected)")  # fmt: skip

            phases: dict[str, float] = {}

            def progress(done: int, total: int) -> None:
                if 2 * done >= total and "checked" not in phases:
                    phases["checked"] = time.perf_counter()

            started = time.perf_counter()
            committed = service.commit(demo.path, ImportOptions(skip_rejected=True),
                                       expected=report, progress=progress)  # fmt: skip
            total = time.perf_counter() - started
            writing = time.perf_counter() - phases.get("checked", started)
            created = _count(db, Customer) - before
            print(f"commit:   {total:7.2f} s  {args.lines / total:9,.0f} lines/s  "
                  f"(of which writing {writing:.2f} s: {committed.created / writing:,.0f} cards/s)")  # fmt: skip
            print(f"database: {created:,} customers added (dry run said {report.created:,}), "
                  f"{_count(db, CustomerSearch):,} search documents")  # fmt: skip
            assert created == report.created, "the database differs from the dry run"
        finally:
            db.close()


if __name__ == "__main__":
    main()
