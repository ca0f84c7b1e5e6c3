"""Export and import of a sync package with 100,000 changed customers and their visits.

    python bench/sync.py                    # 100,000 demo customers (with visits, phones ...)
    python bench/sync.py --customers 20000

Site A gets demo data (bulk-loaded, so the export first stamps every row: the sweep), exports
everything changed to site B, B imports it (insert path, search keys and list figures
included); then A exports everything again and B imports it once more (every row goes through
the field merge and changes nothing: the update path). For comparison, the same rows are
inserted into an empty database with a plain bulk INSERT (SQLAlchemy Core executemany, one
transaction): what moving the rows costs without signing, checking and merging.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import load  # noqa: E402
from cs_desktop.storage.models import Site  # noqa: E402
from cs_desktop.storage.sync_state import synced_table_objects  # noqa: E402
from cs_desktop.sync import keys  # noqa: E402
from cs_desktop.sync.exporting import export_package  # noqa: E402
from cs_desktop.sync.importing import import_package  # noqa: E402


def _trust(a, b, folder: Path) -> None:  # type: ignore[no-untyped-def]
    for src, dst in ((a, b), (b, a)):
        path = folder / f"{src.site.code}.key"
        keys.write_key_file(src.factory, path)
        keys.trust(dst.factory, keys.read_key_file(path))


def _plain_insert(src, dst) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    """Read every synced row of ``src`` and insert it into ``dst`` in one transaction."""
    tables = synced_table_objects()
    with src.engine.connect() as conn:
        data = {t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in tables}
    rows = sum(len(v) for v in data.values())
    started = time.perf_counter()
    with dst.engine.begin() as conn:
        conn.execute(
            insert(Site).values(
                id=src.site.id, name=src.site.name, code=src.site.code, is_local=False
            )
        )  # staff rows refer to their site
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for t in tables:
            if data[t.name]:
                conn.execute(insert(t), data[t.name])
    return rows, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a = open_database(folder / "a.sqlite3", site_name="甲站")
        b = open_database(folder / "b.sqlite3", site_name="乙站")
        c = open_database(folder / "c.sqlite3", site_name="丙站")
        _trust(a, b, folder)
        started = time.perf_counter()
        load.run(a.engine, customers=args.customers, seed=1, today=dt.date(2026, 11, 23),
                 progress=None, is_cancelled=None)  # fmt: skip
        print(f"demo data: {args.customers:,} customers in {time.perf_counter() - started:.1f} s")

        package = folder / "a-b.zip"
        started = time.perf_counter()
        sent = export_package(a.factory, b.site.code, package)
        export_s = time.perf_counter() - started
        counts = ", ".join(
            f"{k} {v:,}" for k, v in sorted(sent.counts.items(), key=lambda kv: -kv[1])
        )
        print(f"rows: {sent.rows:,} ({counts})")
        print(f"export (first: stamps every bulk-loaded row, then writes): {export_s:.1f} s, "
              f"{sent.rows / export_s:,.0f} rows/s; package {sent.bytes / 1e6:.1f} MB "
              f"({sent.bytes / sent.rows:.0f} bytes/row)")  # fmt: skip

        started = time.perf_counter()
        got = import_package(b.factory, package)
        import_s = time.perf_counter() - started
        print(f"import (new rows, search keys and list figures): {import_s:.1f} s, "
              f"{got.inserted / import_s:,.0f} rows/s ({got.inserted:,} inserted)")  # fmt: skip

        again = folder / "a-b-all.zip"
        started = time.perf_counter()
        resent = export_package(a.factory, b.site.code, again, everything=True)
        export2_s = time.perf_counter() - started
        started = time.perf_counter()
        merged = import_package(b.factory, again)
        import2_s = time.perf_counter() - started
        print(f"export --all again (stamps in place): {export2_s:.1f} s, "
              f"{resent.rows / export2_s:,.0f} rows/s")  # fmt: skip
        print(f"import of known rows (field merge, nothing changes): {import2_s:.1f} s, "
              f"{resent.rows / import2_s:,.0f} rows/s ({merged.updated} updated, "
              f"{merged.conflicts} conflicts)")  # fmt: skip

        rows, plain_s = _plain_insert(a, c)
        print(f"plain bulk insert of the same rows (Core executemany, one transaction): "
              f"{plain_s:.1f} s, {rows / plain_s:,.0f} rows/s")  # fmt: skip
        print(f"import / plain insert: {import_s / plain_s:.1f}x the time")
        for db in (a, b, c):
            db.close()


if __name__ == "__main__":
    main()
