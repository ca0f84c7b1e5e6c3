"""Refreshing the Reports page over 1,000,000 customers, 5,000,000 visits and 200,000 complaints.

    python bench/kpi.py                           # builds /tmp/cs-kpi-bench.sqlite3 once, reuses it
    python bench/kpi.py --db other.sqlite3 --customers 100000 --visits 500000 --complaints 20000
    python bench/kpi.py --rebuild                 # build the data again

The data, written straight in SQL (the demo generator would take far longer at this size): the
customers in three tiers (2% A, 8% B, 90% C), 1% with a credit limit; visits and complaints
spread over three years (one customer in ten stopped
coming about a year ago); a follow-up for one visit in five; survey answers (index, NPS,
expectation, loyalty and seven scored items each) for one visit in twenty.

It prints, in ms (median of 5 after one cold run): the dashboard of a month, a week and a
quarter, each with its 12 periods before it; a month filtered by staff member and by tier; the
bars of a KPI per staff member and per category; the records behind a figure (count and first
page); loyalty per tier; the churn-risk list and the over-credit-limit list (count and first
page). Aim: the dashboard under one second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import json
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cs_desktop.domain.kpis import Kpi, PeriodKind  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.kpis import DashboardService, Dim, Scope  # noqa: E402
from cs_desktop.services.kpis.breakdown import BreakdownService  # noqa: E402
from cs_desktop.services.kpis.drill import Drill, DrillService  # noqa: E402
from cs_desktop.services.kpis.loyalty import LoyaltyService  # noqa: E402
from cs_desktop.storage.models import (  # noqa: E402
    Staff,
    SurveyDefinition,
    SurveyItem,
)
from cs_desktop.storage.session import writing  # noqa: E402

DAYS = 3 * 365
ITEMS = ("registration", "waiting", "attitude", "explanation", "environment", "privacy", "fees")
CATEGORIES = ("收费", "服务态度", "等候时间", "医疗质量", "环境设施", "其他")


def _at(seconds_back: str) -> str:
    """A stored instant (naive UTC text with microseconds) some seconds before now."""
    return f"strftime('%Y-%m-%d %H:%M:%f', 'now', '-' || ({seconds_back}) || ' seconds') || '000'"


def _build(path: Path, customers: int, visits: int, complaints: int) -> None:
    if path.exists():
        path.unlink()
    db = open_database(path)
    with writing(db.factory) as s:
        staff = [Staff(username=f"s{n}", display_name=f"员工{n:02d}") for n in range(20)]
        survey = SurveyDefinition(code="bench", version=1, name="门诊满意度（基准）", scale_max=5)
        s.add_all([*staff, survey])
        s.flush()
        s.add_all(SurveyItem(definition_id=survey.id, position=n, code=code, text=code,
                             kind="scale", weight=decimal.Decimal("0.1428"))
                  for n, code in enumerate(ITEMS))  # fmt: skip
    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        q = conn.exec_driver_sql
        q("PRAGMA cache_size = -3000000")  # 3 GB: the random ids' index pages stay in memory
        site = q("SELECT id FROM sites WHERE is_local = 1").scalar_one()
        stamp = "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'"
        meta = f"?, {stamp}, {stamp}, 1"
        q("CREATE TEMP TABLE staff_n AS SELECT row_number() OVER () - 1 AS n, id FROM staff")
        survey_id = q("SELECT id FROM survey_definitions WHERE code = 'bench'").scalar_one()
        q("CREATE TEMP TABLE item_n AS SELECT row_number() OVER () - 1 AS n, id FROM survey_items"
          " WHERE definition_id = ?", (survey_id,))
        q(f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {customers})
            INSERT INTO customers (id, origin_site_id, created_at, updated_at, row_version, kind,
                name, name_pinyin, birthday_calendar, profile, tier, credit_limit_cents)
            SELECT randomblob(16), {meta}, 'person', '客户' || i, 'kehu' || i, 'solar', '{{}}',
                CASE WHEN i % 50 = 0 THEN 'A' WHEN i % 50 < 5 THEN 'B' ELSE 'C' END,
                CASE WHEN i % 100 = 7 THEN 500000 END FROM n""", (site,))  # fmt: skip
        print(f"  customers {time.perf_counter() - t0:.1f} s", flush=True)
        # "+ 0 * i" ties each random pick to its row: an uncorrelated sub-select runs only once,
        # and every visit would go to the same customer.
        q(f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {visits})
            INSERT INTO visits (id, origin_site_id, created_at, updated_at, row_version,
                customer_id, staff_id, occurred_at, kind, value_cents)
            SELECT randomblob(16), {meta},
                (SELECT id FROM customers WHERE rowid = (abs(random()) + 0 * i) % {customers} + 1),
                (SELECT id FROM staff_n WHERE n = (abs(random()) + 0 * i) % 20), {_at(f"abs(random()) % {DAYS * 86400}")},
                'counter', abs(random()) % 50000 FROM n""", (site,))  # fmt: skip
        print(f"  visits {time.perf_counter() - t0:.1f} s", flush=True)
        q(f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {complaints}),
            c AS (SELECT i, abs(random()) % {DAYS * 86400} AS back, abs(random()) % 100 AS luck
                  FROM n)
            INSERT INTO complaints (id, origin_site_id, created_at, updated_at, row_version,
                number, customer_id, received_at, channel, category, severity, customer_words,
                state, paused_seconds, resolved_first_contact, compensation_cents,
                escalation_level, signed_by_complainant, owner_staff_id, first_response_at,
                resolved_at)
            SELECT randomblob(16), {meta}, 'TS-' || i,
                (SELECT id FROM customers WHERE rowid = (abs(random()) + 0 * i) % {customers} + 1),
                {_at("back")}, 'counter',
                json_extract(?, '$[' || (i % 6) || ']'),
                'normal', '等候太久', CASE WHEN luck < 96 THEN 'closed' ELSE 'registered' END, 0,
                luck < 70, 0, 0, 0, (SELECT id FROM staff_n WHERE n = i % 20),
                {_at("back - 60 - abs(random()) % 1800")},
                CASE WHEN luck < 96 THEN {_at("back - 600 - abs(random()) % 28800")} END
            FROM c""", (site, json.dumps(CATEGORIES, ensure_ascii=False)))  # fmt: skip
        print(f"  complaints {time.perf_counter() - t0:.1f} s", flush=True)
        q(f"""INSERT INTO followups (id, origin_site_id, created_at, updated_at, row_version,
                customer_id, due_date, reason, status, attempts, assigned_staff_id)
            SELECT randomblob(16), {meta}, customer_id, date(occurred_at, '+3 days'), 'visit',
                CASE WHEN abs(random()) % 100 < 85 THEN 'done' ELSE 'unreachable' END, 1, staff_id
            FROM visits WHERE rowid % 5 = 0""", (site,))  # fmt: skip
        print(f"  follow-ups {time.perf_counter() - t0:.1f} s", flush=True)
        q(f"""INSERT INTO survey_responses (id, origin_site_id, created_at, updated_at,
                row_version, definition_id, customer_id, visit_id, staff_id, answered_at, source,
                nps, expectation, would_return, would_recommend, index_score, css_ratio)
            SELECT randomblob(16), {meta}, ?, customer_id, id, staff_id, occurred_at, 'counter',
                10 - abs(random()) % 6, 4, abs(random()) % 10 < 8, abs(random()) % 10 < 7,
                NULL, NULL FROM visits WHERE rowid % 20 = 0""", (site, survey_id))  # fmt: skip
        q(f"""INSERT INTO survey_answers (id, origin_site_id, created_at, updated_at, row_version,
                response_id, item_id, score)
            SELECT randomblob(16), {meta}, r.id, i.id,
                CASE WHEN i.n = 1 THEN 2 + abs(random()) % 3 ELSE 3 + abs(random()) % 3 END
            FROM survey_responses r CROSS JOIN item_n i""", (site,))  # fmt: skip
        q("""UPDATE survey_responses SET index_score = (SELECT avg(score) FROM survey_answers a
                WHERE a.response_id = survey_responses.id)""")  # fmt: skip
        q("UPDATE survey_responses SET css_ratio = index_score / expectation")
        print(f"  survey answers {time.perf_counter() - t0:.1f} s", flush=True)
        # One customer in ten stopped coming about a year ago: the churn-risk list has work.
        q("""UPDATE visits SET occurred_at = strftime('%Y-%m-%d %H:%M:%f', occurred_at,
                '-400 days') || '000' WHERE customer_id IN (SELECT id FROM customers
                WHERE rowid % 10 = 3)""")  # fmt: skip
        q("""INSERT INTO customer_stats (customer_id, visit_count, first_visit_at, last_visit_at,
                value_cents, balance_cents, open_complaints)
            SELECT c.id, count(v.id), min(v.occurred_at), max(v.occurred_at),
                coalesce(sum(v.value_cents), 0),
                CASE WHEN c.credit_limit_cents IS NOT NULL THEN abs(random()) % 1000000 ELSE 0 END,
                0
            FROM customers c LEFT JOIN visits v ON v.customer_id = c.id GROUP BY c.id""")  # fmt: skip
        print(f"  customer figures {time.perf_counter() - t0:.1f} s", flush=True)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.close()


def _ms(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, float, Any]:
    """(cold ms, median warm ms, last result)."""
    t = time.perf_counter()
    result = fn()
    cold = (time.perf_counter() - t) * 1000
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - t) * 1000)
    return cold, statistics.median(runs), result


def data(argv: list[str] | None, description: str, db: Path,
         sizes: tuple[int, int, int]) -> argparse.Namespace:  # fmt: skip
    """The options of a benchmark over this data (also bench/kpi_report.py's), and the data:
    built once at ``--db`` and reused, unless ``--rebuild``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, default=db)
    parser.add_argument("--customers", type=int, default=sizes[0])
    parser.add_argument("--visits", type=int, default=sizes[1])
    parser.add_argument("--complaints", type=int, default=sizes[2])
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    if args.rebuild or not args.db.exists():
        print(f"building {args.db} ...", flush=True)
        t = time.perf_counter()
        _build(args.db, args.customers, args.visits, args.complaints)
        print(f"built in {time.perf_counter() - t:.0f} s", flush=True)
    return args


def main(argv: list[str] | None = None) -> int:
    args = data(argv, __doc__.split("\n")[0], Path("/tmp/cs-kpi-bench.sqlite3"),
                (1_000_000, 5_000_000, 200_000))  # fmt: skip
    db = open_database(args.db)
    with db.engine.connect() as conn:
        counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                  for t in ("customers", "visits", "complaints", "followups", "survey_responses",
                            "survey_answers")}  # fmt: skip
        staff_id = conn.exec_driver_sql("SELECT id FROM staff LIMIT 1").scalar_one()
    print(", ".join(f"{n:,} {t}" for t, n in counts.items()))
    today = dt.date.today()
    board = DashboardService(db.factory)
    month = Scope(today, PeriodKind.MONTH)
    staff = uuid.UUID(bytes=staff_id)
    cases: list[tuple[str, Callable[[], Any]]] = [
        ("dashboard, month + 12 before", lambda: board.dashboard(month)),
        ("dashboard, week + 12 before", lambda: board.dashboard(Scope(today, PeriodKind.WEEK))),
        ("dashboard, quarter + 12 before",
         lambda: board.dashboard(Scope(today, PeriodKind.QUARTER))),
        ("dashboard, month, one staff member",
         lambda: board.dashboard(Scope(today, PeriodKind.MONTH, staff_id=staff))),
        ("dashboard, month, tier A", lambda: board.dashboard(Scope(today, tier="A"))),
    ]  # fmt: skip
    bars = BreakdownService(db.factory)
    drill = DrillService(db.factory)
    loyalty = LoyaltyService(db.factory)
    clicked = Drill(Kpi.FIRST_RESPONSE, month, month.current)
    cases += [
        ("bars: CSI per staff member", lambda: bars.bars(Kpi.SATISFACTION, Dim.STAFF, month)),
        ("bars: first response per category",
         lambda: bars.bars(Kpi.FIRST_RESPONSE, Dim.CATEGORY, month)),
        ("records behind first response (count + 200)",
         lambda: (drill.count(clicked), drill.page(clicked))),
        ("loyalty per tier", lambda: loyalty.tiers(month)),
        ("churn risk (count + first 200)",
         lambda: (loyalty.churn_count(), loyalty.churn_page())),
        ("over credit limit (count + first 200)",
         lambda: (loyalty.over_credit_count(), loyalty.over_credit_page())),
    ]  # fmt: skip
    print(f"{'':46} {'cold ms':>9} {'warm ms':>9}")
    for label, fn in cases:
        cold, warm, result = _ms(fn)
        print(f"{label:46} {cold:9.0f} {warm:9.0f}", flush=True)
        if label.startswith("dashboard, month + 12"):
            print(f"{'':46} CSI {result.figure(Kpi.SATISFACTION).value:.2f}, "
                  f"{result.responses:,} answers, {result.complaints:,} complaints, "
                  f"{result.services:,} visits this month")  # fmt: skip
        if label.startswith("churn"):
            print(f"{'':46} {result[0]:,} customers at risk")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
