"""Demo survey answers after a demo load: seconds and rows per second.

    python bench/demo_surveys.py                    # 100,000 demo customers
    python bench/demo_surveys.py --customers 1000000

Times ``demo_surveys`` alone (the demo's customers and visits are loaded first, not timed):
the counter survey after about 1 visit in 25 of the last 13 months, paper forms, follow-ups.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import generate_demo  # noqa: E402
from cs_desktop.services.demo.surveys import demo_surveys  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        start = time.perf_counter()
        summary = generate_demo(db.engine, customers=args.customers, seed=1,
                                today=dt.date(2026, 11, 20))  # fmt: skip
        print(
            f"demo load: {args.customers:,} customers, {summary.visits:,} visits, "
            f"{time.perf_counter() - start:.1f} s"
        )
        result = demo_surveys(db.factory, seed=1,
                              now=dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC))  # fmt: skip
        rows = result.responses + result.answers
        print(
            f"demo surveys: {result.responses:,} responses, {result.answers:,} answers in "
            f"{result.seconds:.2f} s ({rows / result.seconds:,.0f} rows/s)"
        )
        db.close()


if __name__ == "__main__":
    main()
