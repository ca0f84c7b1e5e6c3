"""Full tier recompute over a big demo database: customers per second, per rule kind.

    python bench/tiers.py                           # builds 1,000,000 demo customers (minutes)
    python bench/tiers.py --customers 100000
    python bench/tiers.py --db demo.sqlite3         # an existing demo database (copied first)
    python bench/tiers.py --transactions 10000000   # top transactions up to this many

The demo has about three transactions per customer; ``--transactions`` adds sales (copies of
existing ones, moved in time, with random ids) inside the rule's period until the table holds
that many, so the recompute reads a realistic 10 million. Each rule kind is made active in turn
and recomputed twice: the first run changes most tiers (history rows, card updates); the
second, with nothing changed, shows the cost of the reading and classifying alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text, update  # noqa: E402

from cs_desktop.domain.tiers import FourLevelRule, ParetoRule, RfmRule, TierRule  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import generate_demo  # noqa: E402
from cs_desktop.services.tiers.recompute import TierRecompute  # noqa: E402
from cs_desktop.storage.models import TierRuleSet, Transaction  # noqa: E402
from cs_desktop.storage.session import writing  # noqa: E402


def _top_up(db, target: int) -> int:  # type: ignore[no-untyped-def]
    """Add copies of sales, spread over the last year, until ``target`` transactions exist.
    Their ids are ascending 16-byte keys above every UUIDv7 (appended to the primary-key
    index, not inserted at random: the bench measures the recompute, not the top-up)."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MiB for the top-up
        have = conn.execute(text("SELECT count(*) FROM transactions")).scalar_one()
        added = 0
        while have < target:
            batch = min(target - have, have)
            conn.execute(text(
                "INSERT INTO transactions (id, origin_site_id, customer_id, visit_id, occurred_at,"
                " kind, amount_cents, description, created_at, updated_at, row_version,"
                " deleted_at) SELECT CAST(printf('~%015d', :added + row_number() OVER ()) AS BLOB),"
                " origin_site_id, customer_id, NULL,"
                " strftime('%Y-%m-%d %H:%M:%f000', 'now', '-' || (abs(random()) % 365) || ' days',"
                " '-' || (abs(random()) % 86400) || ' seconds'), 'sale',"
                " amount_cents, description, created_at, updated_at, 1, NULL"
                " FROM transactions WHERE kind = 'sale' AND abs(random()) % :k = 0 LIMIT :n"),
                {"n": batch, "k": max(1, have // batch), "added": added})  # fmt: skip
            now = conn.execute(text("SELECT count(*) FROM transactions")).scalar_one()
            added += now - have
            have = now
        return int(have)


def _activate(db, rule: TierRule) -> None:  # type: ignore[no-untyped-def]
    with writing(db.factory) as s:
        s.execute(update(TierRuleSet).values(is_active=False))
        version = (s.scalar(select(func.max(TierRuleSet.version))) or 0) + 1
        s.add(TierRuleSet(name=f"bench {rule.kind}", kind=rule.kind, version=version,
                          params=rule.to_params(), is_active=True))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--transactions", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, help="an existing demo database (copied first)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cs-tier-bench-") as tmp:
        path = Path(tmp) / "bench.sqlite3"
        if args.db:
            shutil.copy(args.db, path)
        db = open_database(path)
        if not args.db:
            t = time.perf_counter()
            generate_demo(db.engine, customers=args.customers, seed=1, today=dt.date.today())
            print(f"demo data: {args.customers:,} customers in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        transactions = _top_up(db, args.transactions)
        print(f"transactions: {transactions:,} (top-up {time.perf_counter() - t:.1f} s)")
        with db.factory() as s:
            live = s.scalar(text("SELECT count(*) FROM customers WHERE deleted_at IS NULL"))
            in_year = s.scalar(select(func.count()).select_from(Transaction).where(
                Transaction.occurred_at >= dt.datetime.now(dt.UTC) - dt.timedelta(days=365)))  # fmt: skip
        print(f"live customers: {live:,}; transactions in the last 365 days: {in_year:,}\n")
        service = TierRecompute(db.factory)
        print(f"{'rule':<22}{'run':>5}{'seconds':>10}{'customers/s':>14}{'changed':>12}")
        for rule in (ParetoRule(), FourLevelRule(), RfmRule(), RfmRule(method="bins")):
            _activate(db, rule)
            name = rule.kind + (f" ({rule.method})" if isinstance(rule, RfmRule) else "")
            for run in (1, 2):
                summary = service.recompute()
                rate = summary.customers / summary.seconds
                print(f"{name:<22}{run:>5}{summary.seconds:>10.1f}{rate:>14,.0f}"
                      f"{summary.changed:>12,}", flush=True)  # fmt: skip
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
