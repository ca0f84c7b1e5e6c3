"""``cs-desktop due`` end to end on a fresh database: generation, JSON, the readable list,
mine only, and a one-line reason for an unknown staff member."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from cs_desktop.domain.enums import CalendarKind, ContactChannel
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.database import open_database
from cs_desktop.services.followups.actions import FollowupActions
from cs_desktop.services.followups.settings import FollowupSettings
from cs_desktop.storage.models import Staff
from cs_desktop.storage.session import writing


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    return subprocess.run([sys.executable, "-m", "cs_desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)  # fmt: skip


def test_due_lists_generates_once_and_reports(tmp_path: Path) -> None:
    path = tmp_path / "客服" / "cs.sqlite3"
    assert _run("migrate", "--db", str(path)).returncode == 0
    db = open_database(path)
    try:
        cards = CustomerCardService(db.factory)
        yes = {ContactChannel.PHONE: True}
        cards.create(CustomerCard(name="𠮷祥", birth_date=dt.date(1980, 7, 15), consents=yes,
                                  phones=(PhoneEntry("138 0013 8000"),)))  # fmt: skip
        cards.create(CustomerCard(name="欧阳娜", birth_date=dt.date(1986, 7, 15), consents=yes,
                                  birthday_calendar=CalendarKind.LUNAR))  # fmt: skip
        planned = cards.create(CustomerCard(name="单田芳", consents=yes)).id
        with writing(db.factory) as s:
            s.add(Staff(username="li", display_name="李护士"))
        with db.factory() as s:
            from sqlalchemy import select

            li = s.scalar(select(Staff.id).where(Staff.username == "li"))
        FollowupActions(db.factory, FollowupSettings(db.factory)).plan(
            planned, dt.date(2027, 7, 15), "复查结果", assigned_staff_id=li
        )
    finally:
        db.close()
    when = "2027-07-15"  # a Thursday: the solar birthday, and the follow-up planned by hand
    first = _run("due", "--db", str(path), "--date", when, "--json")
    assert first.returncode == 0, first.stderr
    payload = json.loads(first.stdout)
    assert payload["generated"] == {"birthday": 1}
    assert payload["total"] == len(payload["items"]) == 2
    by_name = {i["customer"]: i for i in payload["items"]}
    assert set(by_name) == {"𠮷祥", "单田芳"}  # the lunar birthday is another day
    assert (by_name["𠮷祥"]["reason"], by_name["𠮷祥"]["phone"]) == ("birthday", "138 0013 8000")
    again = json.loads(_run("due", "--db", str(path), "--date", when, "--json").stdout)
    assert again["items"] == payload["items"] and not again["generated"]

    mine = json.loads(_run("due", "--db", str(path), "--date", when, "--staff", "li",
                           "--json").stdout)  # fmt: skip
    assert [(i["customer"], i["reason"], i["staff"]) for i in mine["items"]] == [
        ("单田芳", "manual", "李护士")]  # fmt: skip
    late = json.loads(_run("due", "--db", str(path), "--date", "2027-07-20", "--json").stdout)
    assert {i["overdue_days"] for i in late["items"]} == {5}

    table = _run("due", "--db", str(path), "--date", when)
    assert table.returncode == 0
    assert table.stdout.startswith(f"Follow-ups due on {when}: 2\n")
    assert "𠮷祥" in table.stdout and "birthday" in table.stdout and "李护士" in table.stdout

    unknown = _run("due", "--db", str(path), "--staff", "nobody")
    assert unknown.returncode == 1
    assert unknown.stderr.count("\n") == 1 and "nobody" in unknown.stderr
    bad_date = _run("due", "--db", str(path), "--date", "2026-13-01")
    assert bad_date.returncode == 2
