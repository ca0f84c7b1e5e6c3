"""Refreshing the overdue complaint list over 200,000 complaints: ms per refresh.

    python bench/complaints.py                      # 200,000 complaints on a fresh database
    python bench/complaints.py --complaints 50000

A refresh is what the complaints page does every minute and after every change: the count of
overdue complaints and the first page of 200, most overdue first (ComplaintListService), plus the
"open by due time" view and one staff member's "mine". The data: 20,000 customers, complaints
over three years, about 4% still open, a quarter of those overdue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cs_desktop.domain.ids import new_id  # noqa: E402
from cs_desktop.services.complaints.lists import (  # noqa: E402
    ComplaintListService,
    ComplaintQuery,
    View,
)
from cs_desktop.services.complaints.settings import ComplaintSettings  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import generate_demo  # noqa: E402
from cs_desktop.storage.types import encode_utc  # noqa: E402

STATES_DONE = ("closed", "reviewed")
STATES_OPEN = ("registered", "investigating", "resolving", "feedback")


def _fill(db, complaints: int, seed: int) -> uuid.UUID:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    with db.engine.begin() as conn:
        customers = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customers")]
        staff = [r[0] for r in conn.exec_driver_sql("SELECT id FROM staff")]
        site = conn.exec_driver_sql("SELECT id FROM sites WHERE is_local = 1").scalar_one()
        rows = []
        for n in range(complaints):
            received = now - dt.timedelta(days=rng.random() * 1095)
            open_ = rng.random() < 0.04
            if open_:
                received = now - dt.timedelta(hours=rng.random() * 120)
            state = rng.choice(STATES_OPEN) if open_ else rng.choice(STATES_DONE)
            answered = not open_ or rng.random() < 0.6
            first_due = received + dt.timedelta(hours=24)
            resolution_due = received + dt.timedelta(hours=rng.choice((8, 24, 72, 120)))
            rows.append((
                new_id().bytes, site, f"TS-BENCH-{n:07d}", rng.choice(customers),
                encode_utc(received), "counter", rng.choice(("收费", "等候时间", "服务态度")),
                rng.choice(("low", "normal", "high", "critical")), "不满意", state,
                rng.choice(staff), encode_utc(first_due),
                encode_utc(received + dt.timedelta(hours=2)) if answered else None,
                encode_utc(resolution_due),
                encode_utc(received), encode_utc(received),
            ))  # fmt: skip
        conn.exec_driver_sql(
            "INSERT INTO complaints (id, origin_site_id, number, customer_id, received_at, channel,"
            " category, severity, customer_words, state, owner_staff_id, first_response_due_at,"
            " first_response_at, resolution_due_at, created_at, updated_at, row_version,"
            " paused_seconds, compensation_cents, escalation_level, resolved_first_contact,"
            " signed_by_complainant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1,"
            " 0, 0, 0, 0, 0)", rows)  # fmt: skip
    return uuid.UUID(bytes=staff[0])


def _time(fn, repeats: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=200_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cs-complaint-bench-") as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        t = time.perf_counter()
        generate_demo(db.engine, customers=args.customers, seed=1)
        staff_id = _fill(db, args.complaints, seed=1)
        print(f"{args.complaints:,} complaints over {args.customers:,} customers "
              f"(made in {time.perf_counter() - t:.1f} s)\n")  # fmt: skip
        lists = ComplaintListService(db.factory, ComplaintSettings(db.factory))
        views = {
            "overdue: count + first 200": ComplaintQuery(View.OVERDUE),
            "open by due time: count + first 200": ComplaintQuery(View.OPEN),
            "mine: count + first 200": ComplaintQuery(View.MINE, staff_id=staff_id),
        }
        t = time.perf_counter()
        first = len(lists.escalate())
        print(f"first escalation pass: {first:,} complaints escalated in "
              f"{time.perf_counter() - t:.2f} s")  # fmt: skip
        times = _time(lists.escalate, 5)
        print(f"later escalation passes (the complaints page runs one a minute): median "
              f"{statistics.median(times):.1f} ms\n")  # fmt: skip
        print(f"{'refresh':<40}{'found':>8}{'median':>10}{'p95':>10}")
        for name, q in views.items():
            found = lists.count(q)
            times = _time(lambda q=q: (lists.count(q), lists.page(q, 0, 200)), args.repeats)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{name:<40}{found:>8,}{statistics.median(times):>8.1f} ms{p95:>7.1f} ms")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
