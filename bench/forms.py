"""Printed forms: ms per single form, pages per second for the day's follow-up batch, KB/page.

    python bench/forms.py                   # 1,000-customer follow-up batch
    python bench/forms.py --customers 5000

A single form is the info card of a demo customer (data read from the database + PDF built);
the first one in a process also registers the fonts, reported apart. The batch is one follow-up
(return-visit) form per customer due that day, one file, as `cs-desktop print followup --date`
makes it. Aims (issue 7): a single form under 100 ms, a batch at >= 50 pages/s, < 60 KB/page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from cs_desktop.printing.document import make  # noqa: E402
from cs_desktop.printing.forms import followup, info_card  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import generate_demo  # noqa: E402
from cs_desktop.services.forms.data import FormData  # noqa: E402
from cs_desktop.services.forms.settings import FormSettings  # noqa: E402
from cs_desktop.storage.models import Customer, Followup  # noqa: E402
from cs_desktop.storage.session import writing  # noqa: E402

DAY = dt.date(2026, 11, 24)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--singles", type=int, default=50, help="single forms to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "forms.sqlite3", site_name="演示诊所")
        generate_demo(db.engine, customers=args.customers, seed=7)
        with writing(db.factory) as s:
            ids = list(s.scalars(select(Customer.id).order_by(Customer.id)))
            s.add_all(Followup(customer_id=cid, due_date=DAY, reason="visit",
                               notes="询问用药后的情况") for cid in ids)  # fmt: skip
        data, settings = FormData(db.factory), FormSettings(db.factory)
        site = settings.site_name()

        def one(i: int) -> bytes:
            card = data.card(ids[i % len(ids)])
            return make(info_card.TITLE, settings.get(info_card.KEY), site,
                        lambda b: info_card.sections(b, card)).pdf  # fmt: skip

        started = time.perf_counter()
        first = one(0)
        cold = (time.perf_counter() - started) * 1000
        times, sizes = [], []
        for i in range(1, args.singles + 1):
            started = time.perf_counter()
            sizes.append(len(one(i)))
            times.append((time.perf_counter() - started) * 1000)
        print(f"single form (info card, read + build): median {statistics.median(times):.1f} ms, "
              f"p95 {sorted(times)[int(len(times) * 0.95) - 1]:.1f} ms; first in the process "
              f"(fonts registered) {cold:.0f} ms; {statistics.median(sizes) / 1024:.0f} KB "
              f"(first {len(first) / 1024:.0f} KB)")  # fmt: skip

        started = time.perf_counter()
        sheets = data.followups_due(DAY)
        read = time.perf_counter() - started
        rendered = make(followup.TITLE, settings.get(followup.KEY), site,
                        lambda b: followup.sections(b, sheets))  # fmt: skip
        total = time.perf_counter() - started
        print(f"follow-up batch: {len(sheets):,} customers, {rendered.pages:,} pages in "
              f"{total:.2f} s (read {read:.2f} s): {rendered.pages / total:.0f} pages/s, "
              f"{len(rendered.pdf) / 1024 / rendered.pages:.1f} KB/page "
              f"({len(rendered.pdf) / 1024 / 1024:.1f} MB)")  # fmt: skip
        db.close()


if __name__ == "__main__":
    main()
