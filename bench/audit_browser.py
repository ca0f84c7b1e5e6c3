"""What the audit browser waits for over a long trail: ms per page and per filter, and the time
"Verify the chain" takes in the background.

    python bench/audit_browser.py                   # 150,000 entries on a fresh database
    python bench/audit_browser.py --entries 500000

The browser's model asks for the count and the first block of 200 when a filter changes, then a
block of 200 wherever the user scrolls (AuditService.page: newest first, OFFSET blocks). The
trail: 3,000 customers, 8 staff, entries of the usual actions spread over a year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from cs_desktop.services.audit import AuditQuery, AuditService  # noqa: E402
from cs_desktop.services.audit.recorder import _Entry, append  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import generate_demo  # noqa: E402
from cs_desktop.storage.models import Customer, Staff  # noqa: E402

ACTIONS = ("change", "change", "change", "create", "reveal", "print", "sign_in", "export")
BATCH = 10_000


def _fill(db, entries: int, seed: int) -> tuple:  # type: ignore[no-untyped-def, type-arg]
    rng = random.Random(seed)
    with db.factory() as s:
        customers = list(s.scalars(select(Customer.id)))
        staff = list(s.scalars(select(Staff.id)))
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=365)
    step = dt.timedelta(days=365) / entries
    done = 0
    while done < entries:
        n = min(BATCH, entries - done)
        rows = []
        for _ in range(n):
            action = rng.choice(ACTIONS)
            cid = rng.choice(customers) if action not in ("sign_in", "export") else None
            details = ({"fields": {"notes": [None, f"第{rng.randrange(999)}次来访"]}}
                       if action == "change" else {})  # fmt: skip
            rows.append(_Entry(action, "customer" if cid else "staff", cid, cid, details,
                               rng.choice(staff)))  # fmt: skip
        with db.factory.begin() as s:
            append(s, rows, start + step * done)
        done += n
    return customers[0], staff[0]


def _ms(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=150_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "audit-browser.sqlite3")
        generate_demo(db.engine, customers=3000, seed=1)
        t = time.perf_counter()
        customer, staff = _fill(db, args.entries, seed=1)
        print(f"{args.entries:,} audit entries written in {time.perf_counter() - t:.1f} s")
        audit = AuditService(db.factory)
        total = audit.page(AuditQuery(), 0, 1).total
        month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
        cases = {
            "first block, no filter": (AuditQuery(), 0),
            "block in the middle": (AuditQuery(), total // 2),
            "last block (oldest)": (AuditQuery(), total - 200),
            "one customer": (AuditQuery(customer_id=customer), 0),
            "one staff member": (AuditQuery(staff_id=staff), 0),
            "one action (reveal)": (AuditQuery(action="reveal"), 0),
            "last 30 days": (AuditQuery(since=month_ago), 0),
            "staff + action + 30 days": (AuditQuery(staff_id=staff, action="change",
                                                    since=month_ago), 0),
        }  # fmt: skip
        print(f"{'what the browser shows':<28} {'entries':>9} {'ms (count + 200 rows)':>22}")
        for name, (query, offset) in cases.items():
            found = audit.page(query, 0, 1).total
            ms = _ms(lambda q=query, o=offset: audit.page(q, o, 200))
            print(f"{name:<28} {found:>9,} {ms:>22.1f}")
        t = time.perf_counter()
        result = audit.verify()
        print(f"verify the chain: {result.checked:,} entries, ok={result.ok}, "
              f"{time.perf_counter() - t:.2f} s (in the background)")  # fmt: skip
        db.close()


if __name__ == "__main__":
    main()
