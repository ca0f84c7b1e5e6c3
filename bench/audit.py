"""The cost of the audit trail: 10,000 card edits with and without auditing.

    python bench/audit.py                    # 10,000 edits over 2,000 demo customers
    python bench/audit.py --edits 2000

Each edit is what the card dialog's save does (CustomerCardService.update, one transaction):
a changed note every time, a changed phone number every third edit. The same edits run on two
copies of one demo database, one opened as the app opens it (auditing on) and one through a
session factory without the audit hooks, in alternating blocks so that disk and CPU drift hit
both alike. Prints seconds, ms per edit and the audited run's extra cost as a percentage, then
the time to verify the chain the audited run wrote.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cs_desktop.services.audit import AuditService  # noqa: E402
from cs_desktop.services.customers.card_dto import PhoneEntry  # noqa: E402
from cs_desktop.services.customers.cards import CustomerCardService  # noqa: E402
from cs_desktop.services.database import open_database  # noqa: E402
from cs_desktop.services.demo import generate_demo  # noqa: E402
from cs_desktop.storage.session import make_session_factory  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--block", type=int, default=500, help="edits per alternating block")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cs-bench-audit-") as folder:
        base = Path(folder) / "基础.sqlite3"
        db = open_database(base)
        generate_demo(db.engine, customers=args.customers, seed=3)
        db.close()
        paths = {
            "plain": Path(folder) / "plain.sqlite3",
            "audited": Path(folder) / "audited.sqlite3",
        }
        for path in paths.values():
            shutil.copyfile(base, path)
        dbs = {name: open_database(path) for name, path in paths.items()}
        factories = {
            "plain": make_session_factory(dbs["plain"].engine, dbs["plain"].site.id),
            "audited": dbs["audited"].factory,  # open_database installs the audit hooks
        }
        services = {name: CustomerCardService(f) for name, f in factories.items()}
        with dbs["plain"].engine.connect() as conn:
            ids = [r[0] for r in conn.exec_driver_sql(
                "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id")]  # fmt: skip
        import uuid

        ids = [uuid.UUID(bytes=bytes(i)) for i in ids]
        cards = {name: {i: s.get(i) for i in ids} for name, s in services.items()}
        seconds = {"plain": 0.0, "audited": 0.0}
        done = 0
        order = ["plain", "audited"]
        while done < args.edits:
            block = min(args.block, args.edits - done)
            for name in order:
                service, known = services[name], cards[name]
                started = time.perf_counter()
                for n in range(done, done + block):
                    cid = ids[n % len(ids)]
                    card = known[cid]
                    changes: dict[str, object] = {"notes": f"第{n}次修改"}
                    if n % 3 == 0:
                        changes["phones"] = (PhoneEntry(f"139{n:08d}"),)
                    known[cid] = service.update(dataclasses.replace(card, **changes))
                seconds[name] += time.perf_counter() - started
            order.reverse()
            done += block
        per = {k: 1000 * v / args.edits for k, v in seconds.items()}
        extra = 100 * (seconds["audited"] / seconds["plain"] - 1)
        print(f"{args.edits:,} card edits over {len(ids):,} customers")
        print(f"  without audit: {seconds['plain']:7.2f} s  {per['plain']:6.2f} ms/edit")
        print(f"  with audit:    {seconds['audited']:7.2f} s  {per['audited']:6.2f} ms/edit")
        print(f"  audit cost:    {extra:+.1f}%  (aim: under 20%)")
        started = time.perf_counter()
        result = AuditService(factories["audited"]).verify()
        print(f"  verify:        {result.checked:,} entries in "
              f"{time.perf_counter() - started:.2f} s ({'intact' if result.ok else 'BROKEN'})")  # fmt: skip
        for d in dbs.values():
            d.close()


if __name__ == "__main__":
    main()
