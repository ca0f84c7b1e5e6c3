"""``cs-desktop due``: what is due, for a scheduled job or a printed morning list.

    cs-desktop due                       # today's and overdue follow-ups, everyone's
    cs-desktop due --date 2026-12-01 --staff li --json
    cs-desktop due --upcoming 7          # also the next seven days

Generates the day's follow-ups first (idempotent: running it at several PCs of a site, or twice,
adds nothing twice); ``--no-generate`` only lists. Exit 1 with a one-line reason for an unknown
staff member or an unreadable database.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any, TextIO

EXIT_OK = 0
REASONS = {"manual": "planned", "visit": "after a visit", "complaint": "after a complaint",
           "tier": "routine (tier)", "birthday": "birthday", "holiday": "holiday"}  # fmt: skip
LIMIT = 10_000


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(sub: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    due = sub.add_parser("due", parents=[common],
                         help="list the follow-ups due (today and overdue), for a morning list")  # fmt: skip
    due.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the day (default: today)")
    due.add_argument("--staff", metavar="USERNAME", help="only this staff member's follow-ups")
    due.add_argument("--upcoming", type=int, default=0, metavar="DAYS",
                     help="also list those due in the next DAYS days")  # fmt: skip
    due.add_argument("--no-generate", action="store_true",
                     help="do not generate the day's follow-ups first")  # fmt: skip
    due.add_argument("--json", action="store_true", help="print the result as JSON")
    return due


def run(args: argparse.Namespace, out: TextIO, err: TextIO,
        emit_json: Callable[[TextIO, dict[str, Any]], None],
        default_database: Callable[[], Any], error: type[Exception]) -> int:  # fmt: skip
    from sqlalchemy import select

    from cs_desktop.services.complaints.settings import ComplaintSettings
    from cs_desktop.services.database import open_database
    from cs_desktop.services.followups.generation import FollowupGenerator
    from cs_desktop.services.followups.lists import DueQuery, DueView, FollowupListService
    from cs_desktop.services.followups.settings import FollowupSettings
    from cs_desktop.storage.models import Staff

    today = args.date or dt.date.today()
    db = open_database(args.db or default_database())
    try:
        staff_id = None
        if args.staff:
            with db.factory() as s:
                staff_id = s.scalar(select(Staff.id).where(Staff.username == args.staff))
            if staff_id is None:
                raise error(f"no staff member with the user name {args.staff!r}")
        generated = None
        if not args.no_generate:
            generated = FollowupGenerator(db.factory, FollowupSettings(db.factory),
                                          ComplaintSettings(db.factory)).generate(today)  # fmt: skip
        lists = FollowupListService(db.factory)
        views = [DueView.DUE] + ([DueView.UPCOMING] if args.upcoming > 0 else [])
        rows = []
        total = 0
        for view in views:
            q = DueQuery(today, view, staff_id, upcoming_days=max(args.upcoming, 0))
            total += lists.count(q)
            rows += lists.page(q, 0, LIMIT)
    finally:
        db.close()
    items = [{"id": str(r.id), "due_date": r.due_date.isoformat(),
              "overdue_days": max((today - r.due_date).days, 0), "reason": r.reason.value,
              "customer_id": str(r.customer_id), "customer": r.customer_name, "phone": r.phone,
              "tier": r.tier, "attempts": r.attempts, "staff": r.assigned_staff or None,
              "notes": r.notes} for r in rows]  # fmt: skip
    if args.json:
        emit_json(out, {"date": today.isoformat(), "staff": args.staff, "total": total,
                        "shown": len(items),
                        "generated": generated.created if generated else None,
                        "items": items})  # fmt: skip
        return EXIT_OK
    out.write(f"Follow-ups due on {today.isoformat()}"
              + (f" for {args.staff}" if args.staff else "") + f": {total}\n")  # fmt: skip
    if items:
        out.write("due         late  reason             customer              phone           "
                  "staff\n")  # fmt: skip
    for item in items:
        late = f"{item['overdue_days']}d" if item["overdue_days"] else ""
        out.write(f"{item['due_date']}  {late:>4}  {REASONS.get(item['reason'], item['reason']):<17}"
                  f"  {_pad(item['customer'], 20)}  {item['phone']:<14}  {item['staff'] or ''}\n")  # fmt: skip
    if len(items) < total:
        out.write(f"{len(items)} of {total} shown\n")
    return EXIT_OK


def _pad(text: str, width: int) -> str:
    """Pad to ``width`` terminal columns (CJK characters take two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - used, 0)
