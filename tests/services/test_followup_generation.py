"""Generating follow-ups on a real SQLite file: birthdays, holidays, tiers, closed complaints,
consent, and idempotence (twice, and from two connections as two PCs would)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from cs_desktop.domain.enums import CalendarKind, ContactChannel, CustomerKind, FollowupReason
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.database import open_database
from cs_desktop.services.followups.generation import FollowupGenerator, start_of_day
from cs_desktop.services.followups.settings import FollowupRules, FollowupSettings
from cs_desktop.storage.models import Complaint, Customer, Followup, TierPolicy
from cs_desktop.storage.session import writing

D = dt.date
YES = {ContactChannel.PHONE: True}


def _card(db, name: str, **kw) -> uuid.UUID:
    kw.setdefault("consents", YES)
    return CustomerCardService(db.factory).create(CustomerCard(name=name, **kw)).id


def _generator(db) -> FollowupGenerator:
    return FollowupGenerator(
        db.factory, FollowupSettings(db.factory), ComplaintSettings(db.factory)
    )


def _rows(db) -> list[tuple[str, str, dt.date, str]]:
    with db.factory() as s:
        return [(r.reason, c.name, r.due_date, r.dedupe_key or "") for r, c in s.execute(
            select(Followup, Customer).join(Customer, Customer.id == Followup.customer_id)
            .order_by(Followup.due_date, Customer.name))]  # fmt: skip


def _no_holidays(db) -> None:
    FollowupSettings(db.factory).save(FollowupRules(holiday_care=False))


def test_birthdays_solar_and_lunar_on_their_day(database) -> None:
    db = database
    _no_holidays(db)
    _card(db, "阳历生日", birth_date=D(1980, 7, 15))
    _card(db, "农历生日", birth_date=D(1986, 7, 15), birthday_calendar=CalendarKind.LUNAR)
    _card(db, "闰月生日", birth_date=D(2023, 3, 31), birthday_calendar=CalendarKind.LUNAR)
    _card(db, "没有生日")
    _card(db, "不让打电话", birth_date=D(1980, 7, 15), consents={ContactChannel.PHONE: False})
    _card(db, "没问过", birth_date=D(1980, 7, 15), consents={})
    _card(db, "只同意微信", birth_date=D(1980, 7, 15), consents={ContactChannel.WECHAT: True})
    _card(db, "某公司", kind=CustomerKind.ORGANIZATION)
    # 2026-07-15 (Wednesday): the solar birthday; lunar 六月初九 of 2026 is 2026-07-22
    summary = _generator(db).generate(D(2026, 7, 15), after=D(2026, 7, 14))
    assert summary.created == {"birthday": 1}
    assert _rows(db) == [("birthday", "阳历生日", D(2026, 7, 15),
                          f"birthday:{_id(db, '阳历生日').hex}:2026")]  # fmt: skip
    _generator(db).generate(D(2026, 7, 22), after=D(2026, 7, 21))
    assert [r[1:3] for r in _rows(db)][1:] == [("农历生日", D(2026, 7, 22))]
    # the leap-month child: 二月初十 2024 is 2024-03-19
    _generator(db).generate(D(2024, 3, 19), after=D(2024, 3, 18))
    assert ("birthday", "闰月生日", D(2024, 3, 19)) in [r[:3] for r in _rows(db)]


def test_a_weekend_birthday_is_called_on_friday(database) -> None:
    db = database
    _no_holidays(db)
    _card(db, "周日生日", birth_date=D(1990, 7, 19))  # 2026-07-19 is a Sunday
    _generator(db).generate(D(2026, 7, 17), after=D(2026, 7, 16))
    assert [r[1:3] for r in _rows(db)] == [("周日生日", D(2026, 7, 17))]


def test_generation_is_idempotent_twice_and_from_two_pcs(database, db_path) -> None:
    db = database
    _card(db, "张三", birth_date=D(1980, 9, 30))
    _card(db, "李四", birth_date=D(1975, 9, 29))
    gen = _generator(db)
    first = gen.generate(D(2026, 9, 30), after=D(2026, 9, 28))
    # birthdays of the 29th and 30th, and the National Day greeting (break from 1 October)
    assert first.created == {"birthday": 2, "holiday": 2}
    again = gen.generate(D(2026, 9, 30), after=D(2026, 9, 28))  # forced over the same days
    assert again.total == 0
    assert gen.generate(D(2026, 9, 30)).total == 0  # the normal way: nothing new since
    other_pc = open_database(db_path)  # a second connection to the same file
    try:
        assert _generator(other_pc).generate(D(2026, 9, 30), after=D(2026, 9, 20)).total == 0
    finally:
        other_pc.close()
    with db.factory() as s:
        assert s.scalar(select(func.count()).select_from(Followup)) == 4
        keys = s.scalars(select(Followup.dedupe_key)).all()
    assert len(set(keys)) == 4


def test_a_missed_day_is_caught_up_and_a_started_holiday_is_not_greeted(database) -> None:
    db = database
    _card(db, "王五", birth_date=D(1980, 9, 29))
    gen = _generator(db)
    gen.generate(D(2026, 9, 28))  # first run: that day only
    # the PC stays off until 5 October: the birthday of the 29th comes late, the greeting for
    # the break that began on 1 October not at all
    summary = gen.generate(D(2026, 10, 5))
    assert (summary.after, summary.created) == (D(2026, 9, 28), {"birthday": 1})
    # off for longer than catch_up_days (7): the days before are not generated
    _card(db, "赵六", birth_date=D(1980, 10, 6))
    summary = gen.generate(D(2026, 10, 20))
    assert summary.after == D(2026, 10, 13)
    assert summary.created == {}


def test_holiday_greetings_go_to_care_tiers_only(database) -> None:
    db = database
    for name, tier in (("甲", "A"), ("乙", "C"), ("丙", None)):
        cid = _card(db, name)
        with writing(db.factory) as s:
            s.get(Customer, cid).tier = tier
    with writing(db.factory) as s:
        s.add_all([TierPolicy(tier="A", label="A类", care_reminders=True),
                   TierPolicy(tier="C", label="C类", care_reminders=False)])  # fmt: skip
    # 2026-02-14 is the make-up working Saturday before the Spring Festival break
    summary = _generator(db).generate(D(2026, 2, 14), after=D(2026, 2, 13))
    assert summary.created == {"holiday": 2}
    assert {(r[1], r[2]) for r in _rows(db)} == {("甲", D(2026, 2, 14)), ("丙", D(2026, 2, 14))}
    assert all(r[3].endswith(":2026-02-15") for r in _rows(db))


def _id(db, name: str) -> uuid.UUID:
    with db.factory() as s:
        return s.scalar(select(Customer.id).where(Customer.name == name))


def test_tier_interval_from_the_policy(database) -> None:
    db = database
    _no_holidays(db)
    created = {}
    for name in ("常客", "久未联系", "拒绝联系"):
        created[name] = _card(db, name, consents={ContactChannel.PHONE: name != "拒绝联系"})
    with writing(db.factory) as s:
        s.add(TierPolicy(tier="A", label="A类", followup_interval_days=30))
        for cid in created.values():
            s.get(Customer, cid).tier = "A"
    today = dt.date.today() + dt.timedelta(days=45)
    with writing(db.factory) as s:  # 常客 visited ten days ago
        from cs_desktop.storage.models import CustomerStats

        s.get(CustomerStats, created["常客"]).last_visit_at = start_of_day(today - dt.timedelta(10))
    gen = _generator(db)
    assert gen.generate(today).created == {"tier": 1}
    assert [r[1:3] for r in _rows(db)] == [("久未联系", today)]
    # still open the next day: nothing new; done, the next one comes 30 days later
    assert gen.generate(today + dt.timedelta(days=1)).total == 0


def test_a_closed_complaint_is_followed_up_days_later_by_its_owner(database) -> None:
    db = database
    _no_holidays(db)
    cid = _card(db, "投诉人", consents={})  # never asked: their own complaint may be followed up
    with writing(db.factory) as s:
        s.add(Complaint(number="TS-1", customer_id=cid, received_at=start_of_day(D(2026, 6, 20)),
                        channel="counter", category="收费", severity="normal",
                        customer_words="多收了费用", state="closed",
                        closed_at=start_of_day(D(2026, 6, 30)) + dt.timedelta(hours=10)))  # fmt: skip
    summary = _generator(db).generate(D(2026, 7, 1), after=D(2026, 6, 30))
    assert summary.created == {"complaint": 1}
    assert [r[:3] for r in _rows(db)] == [("complaint", "投诉人", D(2026, 7, 7))]  # upcoming
    assert _generator(db).generate(D(2026, 7, 2)).total == 0


@pytest.mark.parametrize("reason", [FollowupReason.BIRTHDAY])
def test_care_without_consent_when_the_site_allows_it(database, reason) -> None:
    db = database
    FollowupSettings(db.factory).save(FollowupRules(holiday_care=False, care_needs_consent=False))
    _card(db, "没问过", birth_date=D(1980, 7, 15), consents={})
    _card(db, "拒绝", birth_date=D(1980, 7, 15), consents={ContactChannel.PHONE: False})
    assert _generator(db).generate(D(2026, 7, 15), after=D(2026, 7, 14)).created == {
        reason.value: 1}  # fmt: skip
