"""Generating the day's follow-ups over 1,000,000 customers, and reading the due list.

    python bench/followups.py                       # 1,000,000 customers on a fresh database
    python bench/followups.py --customers 200000

The data (made in SQL, seconds): customers born 1940-2020, a fifth of them keeping a lunar
birthday, 85% with a date of birth; 70% said yes to calls, 5% no, the rest never asked; tiers
A/B/C (10/30/60%) with the routine intervals 30/90/180 days and care for A and B; a last visit
spread over the past two years.

Timed (each a full generation run, one transaction):
- an ordinary working day (birthdays, and on the first run the tier routine calls for everyone
  whose interval has passed);
- the next day (the routine calls are open: few new ones);
- the working day before a holiday break (a greeting for every A and B customer who agreed);
- the same day again (idempotent: nothing added; the cost of checking);
then the due list: count and first page of 200, mine, and a page deep in the list.

Then the follow-ups page (offscreen Qt, the real background task runner) on a database of its
own with ``--page-items`` (10,000) follow-ups due: the time from opening the window (which
generates the day's follow-ups first) until the page shows its first rows and its tab counts,
and from a click on another tab until its rows are shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cs_desktop.services.complaints.settings import ComplaintSettings  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.followups.generation import FollowupGenerator  # noqa: E402
from cs_desktop.services.followups.lists import (  # noqa: E402
    DueQuery,
    DueView,
    FollowupListService,
)
from cs_desktop.services.followups.settings import FollowupSettings  # noqa: E402
from cs_desktop.storage.types import encode_utc  # noqa: E402

ORDINARY = dt.date(2026, 7, 15)  # a Wednesday
BEFORE_BREAK = dt.date(2026, 9, 30)  # the last working day before National Day


def _fill(db, customers: int) -> None:  # type: ignore[no-untyped-def]
    now = encode_utc(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    with db.engine.begin() as conn:
        site = conn.exec_driver_sql("SELECT id FROM sites WHERE is_local = 1").scalar_one()
        params = (site, now, now)
        conn.exec_driver_sql(
            "INSERT INTO tier_policies (id, origin_site_id, tier, label, position,"
            " followup_interval_days, care_reminders, created_at, updated_at, row_version)"
            " VALUES (cs_new_id(), ?, 'A', 'A类', 1, 30, 1, ?, ?, 1),"
            " (cs_new_id(), ?1, 'B', 'B类', 2, 90, 1, ?2, ?3, 1),"
            " (cs_new_id(), ?1, 'C', 'C类', 3, 180, 0, ?2, ?3, 1)", params)  # fmt: skip
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO customers (id, origin_site_id, kind, name, name_pinyin, birth_date,"
            " birthday_calendar, profile, tier, created_at, updated_at, row_version)"
            " SELECT cs_new_id(), ?, 'person', '客户' || i, 'kehu' || i,"
            " CASE WHEN i % 100 < 85 THEN date('1940-01-01', '+' || (abs(random()) % 29220)"
            " || ' days') END, CASE WHEN i % 5 = 0 THEN 'lunar' ELSE 'solar' END, '{}',"
            " CASE WHEN i % 10 = 0 THEN 'A' WHEN i % 10 < 4 THEN 'B' ELSE 'C' END, ?, ?, 1"
            " FROM n", (customers, site, now, now))  # fmt: skip
        conn.exec_driver_sql(
            "INSERT INTO customer_consents (id, origin_site_id, customer_id, channel, granted,"
            " recorded_at, created_at, updated_at, row_version)"
            " SELECT cs_new_id(), ?, id, 'phone', CASE WHEN abs(random()) % 75 < 70 THEN 1"
            " ELSE 0 END, ?, ?, ?, 1 FROM customers WHERE abs(random()) % 100 < 75",
            (site, now, now, now))  # fmt: skip
        conn.exec_driver_sql(
            "INSERT INTO customer_stats (customer_id, visit_count, value_cents, balance_cents,"
            " open_complaints, last_visit_at)"
            " SELECT id, 1, 0, 0, 0, datetime('2026-07-15', '-' || (abs(random()) % 730)"
            " || ' days') FROM customers")  # fmt: skip
        conn.exec_driver_sql("ANALYZE")


def _timed(label: str, fn):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    result = fn()
    ms = (time.perf_counter() - t) * 1000
    return label, ms, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--page-items", type=int, default=10_000)
    parser.add_argument("--page-only", action="store_true", help="only time the page")
    args = parser.parse_args()
    if not args.page_only:
        _generation(args)
    _page(args.page_items)


def _page(items: int) -> None:
    """Opening the follow-ups page with ``items`` due: ms until the first rows are shown."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from cs_desktop.app import build_window
    from cs_desktop.paths import resources_dir
    from cs_desktop.ui.i18n import Translations
    from cs_desktop.ui.prefs import Prefs
    from cs_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "page.sqlite3")
        _fill(db, items)
        day = dt.date.today()
        with db.engine.begin() as conn:  # one due follow-up per customer, over the last 60 days
            site = conn.exec_driver_sql("SELECT id FROM sites WHERE is_local = 1").scalar_one()
            conn.exec_driver_sql(
                "INSERT INTO followups (id, origin_site_id, customer_id, due_date, reason, status,"
                " attempts, created_at, updated_at, row_version) SELECT cs_new_id(), ?, id,"
                " date(?, '-' || (abs(random()) % 60) || ' days'), 'tier', 'open', 0, ?, ?, 1"
                " FROM customers", (site, day.isoformat(), encode_utc(dt.datetime.now(dt.UTC)),
                                    encode_utc(dt.datetime.now(dt.UTC))))  # fmt: skip
            conn.exec_driver_sql("ANALYZE")
        translations = Translations(app, resources_dir() / "translations")
        translations.apply("zh_CN")
        prefs = Prefs(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        prefs.last_page = "followups"
        runner = TaskRunner(app)

        def wait_until(done, timeout_ms: int = 60_000) -> None:  # type: ignore[no-untyped-def]
            loop = QEventLoop()
            timer = QTimer()
            timer.timeout.connect(lambda: loop.quit() if done() else None)
            timer.start(1)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            timer.stop()

        t = time.perf_counter()
        window = build_window(db, prefs, translations, runner)
        window.show()
        page = window.followups_page
        built = (time.perf_counter() - t) * 1000
        wait_until(lambda: page.model.count > 0 and page._counts is not None)
        shown = (time.perf_counter() - t) * 1000
        app.processEvents()
        overdue = page.model.count
        print(f"page: window built in {built:.0f} ms; first rows (today's tab, {overdue:,}) "
              f"and tab counts shown {shown:.0f} ms after opening")  # fmt: skip
        t = time.perf_counter()
        page.views.setCurrentIndex(1)  # overdue
        wait_until(lambda: page.model.count > 0 and page.model.count != overdue)
        overdue_tab = page.model.count
        print(f"page: the overdue tab ({page.model.count:,}) shown {(time.perf_counter() - t) * 1000:.0f} ms "
              f"after the click; {len(page.model.loaded_rows())} rows read")  # fmt: skip
        t = time.perf_counter()
        page.views.setCurrentIndex(0)  # back to today's, the list read again
        wait_until(lambda: page.model.count != overdue_tab)
        print(f"page: back to today's tab ({page.model.count:,}), shown "
              f"{(time.perf_counter() - t) * 1000:.0f} ms after the click")  # fmt: skip
        t = time.perf_counter()
        summary = window._ctx.followups.generator.generate(day)  # type: ignore[union-attr]
        print(f"page: the start's generation again (idempotent) {(time.perf_counter() - t) * 1000:.0f} ms"
              f" (added {summary.total})")  # fmt: skip
        page.views.setCurrentIndex(1)
        wait_until(lambda: page.model.count == overdue_tab)
        t = time.perf_counter()
        page.table.scrollToBottom()
        last = page.model.count - 1
        wait_until(lambda: page.model.row_at(last) is not None)
        print(f"page: jump to the last row, shown after {(time.perf_counter() - t) * 1000:.0f} ms")
        window.close()
        runner.wait()
        from cs_desktop.ui.pages.followups import FollowupsPage

        ctx = window._ctx
        t = time.perf_counter()
        alone = FollowupsPage(runner, ctx.followups, ctx.customers, ctx.today,  # type: ignore[arg-type]
                              ctx.staff_id)  # fmt: skip
        alone.show()
        wait_until(lambda: alone.model.count > 0 and alone._counts is not None)
        print(f"page: the page alone, built until its first rows and tab counts are shown: "
              f"{(time.perf_counter() - t) * 1000:.0f} ms")  # fmt: skip
        alone.close()
        runner.wait()
        db.close()


def _generation(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        t = time.perf_counter()
        _fill(db, args.customers)
        print(f"{args.customers:,} customers made in {time.perf_counter() - t:.1f} s")
        gen = FollowupGenerator(db.factory, FollowupSettings(db.factory),
                                ComplaintSettings(db.factory))  # fmt: skip
        runs = [
            ("ordinary day, first run", ORDINARY, ORDINARY - dt.timedelta(days=1)),
            ("the next day", ORDINARY + dt.timedelta(days=1), ORDINARY),
            ("day before National Day", BEFORE_BREAK, BEFORE_BREAK - dt.timedelta(days=1)),
            ("same day again", BEFORE_BREAK, BEFORE_BREAK - dt.timedelta(days=1)),
        ]
        for label, day, after in runs:
            _, ms, summary = _timed(label, lambda d=day, a=after: gen.generate(d, after=a))
            print(f"generate {label:<26} {ms:8.0f} ms  added {summary.total:>9,}  "
                  f"{dict(sorted(summary.created.items()))}")  # fmt: skip
        lists = FollowupListService(db.factory)
        q = DueQuery(BEFORE_BREAK, DueView.DUE)
        for label, fn in (
            ("count due", lambda: lists.count(q)),
            ("tab counts", lambda: lists.counts(BEFORE_BREAK)),
            ("first page of 200", lambda: lists.page(q, 0, 200)),
            ("page at row 100,000", lambda: lists.page(q, 100_000, 200)),
            (
                "today, tier A",
                lambda: lists.page(DueQuery(BEFORE_BREAK, DueView.TODAY, tier="A"), 0, 200),
            ),  # fmt: skip
        ):
            _, ms, result = _timed(label, fn)
            size = (
                result
                if isinstance(result, int)
                else (result.today + result.overdue if hasattr(result, "today") else len(result))
            )
            print(f"list {label:<30} {ms:8.1f} ms  ({size:,})")
        db.close()


if __name__ == "__main__":
    main()
