"""Bars per staff, category and tier; the records behind a figure; loyalty and the two early
warnings (churn risk, over the credit limit), from a real database."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.kpis import Kpi, PeriodKind
from cs_desktop.domain.kpis import loyalty as rules
from cs_desktop.services.customers.stats import recompute_stats
from cs_desktop.services.kpis import Dim, Scope
from cs_desktop.services.kpis.breakdown import BreakdownService
from cs_desktop.services.kpis.drill import Drill, DrillService, Records
from cs_desktop.services.kpis.loyalty import LoyaltyService
from cs_desktop.services.kpis.scope import instant
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    Staff,
    SurveyDefinition,
    SurveyResponse,
    Visit,
)
from cs_desktop.storage.session import writing

TODAY = dt.date(2026, 11, 24)
NOW = instant(TODAY) + dt.timedelta(hours=12)
NOV = Scope(TODAY, PeriodKind.MONTH)


def at(day: int, month: int = 11, year: int = 2026) -> dt.datetime:
    return instant(dt.date(year, month, day)) + dt.timedelta(hours=10)


@pytest.fixture
def site(database):
    with writing(database.factory) as s:
        staff = [Staff(username=u, display_name=n) for u, n in (("li", "李护士"), ("wang", "王𠮷"))]
        people = [Customer(name=n, name_pinyin=n, tier=t)
                  for n, t in (("张三", "A"), ("李四", "C"), ("𠮷五", None))]  # fmt: skip
        s.add_all(staff + people)
        s.flush()
        return database.factory, [x.id for x in staff], [c.id for c in people]


def _complaint(s, n, customer, staff, category, received, first_minutes, fcr=False) -> None:
    s.add(Complaint(number=f"TS-{n}", customer_id=customer, owner_staff_id=staff,
                    channel="counter", category=category, severity="normal",
                    customer_words="等太久", received_at=received,
                    first_response_at=received + dt.timedelta(minutes=first_minutes),
                    resolved_at=received + dt.timedelta(hours=2), resolved_first_contact=fcr))  # fmt: skip


def test_bars_per_staff_category_and_tier_and_the_records_behind_one(site) -> None:
    factory, (li, wang), (zhang, li_si, wu) = site
    with writing(factory) as s:
        _complaint(s, 1, zhang, li, "收费", at(2), 4, fcr=True)
        _complaint(s, 2, li_si, li, "收费", at(3), 8, fcr=True)
        _complaint(s, 3, wu, wang, "服务态度", at(4), 40)
        _complaint(s, 4, wu, None, "环境", at(5), 20)
        _complaint(s, 5, zhang, wang, "收费", at(5, month=10), 1)  # October
        s.add_all(Visit(customer_id=zhang, staff_id=li, occurred_at=at(d)) for d in range(1, 11))
    bars = BreakdownService(factory, today=lambda: TODAY)
    staff = bars.bars(Kpi.FIRST_RESPONSE, Dim.STAFF, NOV)
    assert [(b.label, b.value, b.count, b.met) for b in staff] == [
        ("李护士", 6 * 60, 2, True), ("王𠮷", 40 * 60, 1, False), ("", 20 * 60, 1, False)]  # fmt: skip
    assert staff[0].key == li and staff[-1].key is None
    categories = {b.key: b for b in bars.bars(Kpi.COMPLAINT_RATE, Dim.CATEGORY, NOV)}
    assert categories["收费"].value == 2 / 10 and categories["环境"].value == 1 / 10
    tiers = {b.key: b for b in bars.bars(Kpi.FIRST_CONTACT_RESOLUTION, Dim.TIER, NOV)}
    assert tiers["A"].value == 1.0 and tiers[None].value == 0.0 and tiers[None].count == 2
    assert tiers["A"].label == "A"  # no tier rule saved yet: the code itself

    drill = DrillService(factory, today=lambda: TODAY)
    clicked = Drill(Kpi.FIRST_RESPONSE, NOV, NOV.current, Dim.STAFF, wang)
    assert clicked.records is Records.RECEIVED and drill.count(clicked) == 1
    [row] = drill.page(clicked)
    assert (row.customer, row.staff, row.what, row.seconds) == ("𠮷五", "王𠮷", "TS-3 服务态度",
                                                                40 * 60)  # fmt: skip
    everyone = Drill(Kpi.FIRST_RESPONSE, NOV, NOV.current)
    assert [r.what[:4] for r in drill.page(everyone)] == ["TS-4", "TS-3", "TS-2", "TS-1"]
    assert [r.what[:4] for r in drill.page(everyone, offset=1, limit=2)] == ["TS-3", "TS-2"]
    october = Drill(Kpi.FIRST_RESPONSE, NOV, NOV.periods[-2])
    assert [r.what for r in drill.page(october)] == ["TS-5 收费"]
    untiered = Drill(Kpi.RESOLUTION, NOV, NOV.current, Dim.TIER, None)
    assert {r.customer for r in drill.page(untiered)} == {"𠮷五"}


def test_survey_records_behind_a_satisfaction_figure(site) -> None:
    factory, (li, _wang), (zhang, _l, _w) = site
    with writing(factory) as s:
        d = SurveyDefinition(code="kpi_counter", version=1, name="窗口服务满意度")
        s.add(d)
        s.flush()
        s.add(SurveyResponse(definition_id=d.id, customer_id=zhang, staff_id=li,
                             answered_at=at(9), source="counter", index_score=4.2, nps=9,
                             comment="护士很耐心𠮷"))  # fmt: skip
        s.add(SurveyResponse(definition_id=d.id, answered_at=at(9, month=10), source="paper",
                             index_score=2.0))  # fmt: skip
    drill = DrillService(factory, today=lambda: TODAY)
    [row] = drill.page(Drill(Kpi.SATISFACTION, NOV, NOV.current))
    assert (row.customer, row.staff, row.what, row.score, row.nps, row.comment) == (
        "张三", "李护士", "窗口服务满意度", 4.2, 9, "护士很耐心𠮷")  # fmt: skip
    assert row.customer_id == zhang


def _history(s, customer, days_ago: list[int]) -> None:
    s.add_all(Visit(customer_id=customer, occurred_at=NOW - dt.timedelta(days=d, hours=1))
              for d in days_ago)  # fmt: skip


def test_churn_risk_follows_each_customers_own_rhythm(site, database) -> None:
    factory, _staff, (zhang, li_si, wu) = site
    with writing(factory) as s:
        weekly = Customer(name="周周", name_pinyin="zhouzhou", tier="B")
        yearly = Customer(name="年年", name_pinyin="niannian", tier="C")
        s.add_all([weekly, yearly])
        s.flush()
        _history(s, zhang, [100, 70, 40])  # every 30 days, 40 days since: 1.3 intervals
        _history(s, li_si, [200, 150, 100])  # every 50 days, 100 days since: 2 intervals
        _history(s, wu, [400])  # one visit, over a year ago: not still visiting
        _history(s, weekly.id, [26, 19, 12])  # every 7 days, 12 since: behind but under 14 days
        _history(s, yearly.id, [730, 300])  # two visits: no rhythm yet, last within a year
        ids = [zhang, li_si, wu, weekly.id, yearly.id]
    with database.engine.begin() as conn:
        recompute_stats(conn, ids)
    loyalty = LoyaltyService(factory, now=lambda: NOW)
    assert loyalty.churn_count() == 1
    [row] = loyalty.churn_page()
    assert (row.name, row.visits) == ("李四", 3)
    assert row.usual_days == pytest.approx(50) and row.behind == pytest.approx((100 + 1 / 24) / 50)
    # The SQL agrees with the domain rules, customer by customer.
    first = {zhang: NOW - dt.timedelta(days=100, hours=1)}
    assert rules.churn_risk(3, first[zhang], NOW - dt.timedelta(days=40, hours=1), NOW) is False
    tiers = {t.tier: t for t in loyalty.tiers(NOV)}
    assert (tiers["A"].customers, tiers["A"].still_visiting, tiers["A"].churn_risk) == (1, 1, 0)
    assert (tiers["C"].customers, tiers["C"].still_visiting, tiers["C"].churn_risk) == (2, 1, 1)
    assert (tiers["B"].still_visiting, tiers["B"].churn_risk) == (1, 0)
    assert (tiers[None].customers, tiers[None].still_visiting) == (1, 0)
    assert tiers["C"].still_visiting_share == 0.5
    assert loyalty.churn_count(Scope(TODAY, tier="A")) == 0


def test_intention_per_tier_from_the_periods_answers(site) -> None:
    factory, _staff, (zhang, li_si, _wu) = site
    with writing(factory) as s:
        d = SurveyDefinition(code="kpi_counter", version=1, name="窗口")
        s.add(d)
        s.flush()
        for customer, back, recommend, nps in ((zhang, True, True, 10), (zhang, False, None, 5),
                                               (li_si, True, False, 8)):  # fmt: skip
            s.add(SurveyResponse(definition_id=d.id, customer_id=customer, answered_at=at(3),
                                 source="counter", would_return=back, would_recommend=recommend,
                                 nps=nps))  # fmt: skip
    tiers = {t.tier: t for t in LoyaltyService(factory, now=lambda: NOW).tiers(NOV)}
    a = tiers["A"]
    assert (a.answers, a.would_return, a.would_recommend, a.nps) == (2, 0.5, 1.0, 0.0)
    c = tiers["C"]
    assert (c.would_return, c.would_recommend, c.nps) == (1.0, 0.0, 0.0)
    assert tiers[None].answers == 0 and tiers[None].would_return is None


def test_customers_over_their_credit_limit(site, database) -> None:
    factory, _staff, (zhang, li_si, wu) = site
    from cs_desktop.storage.models import Transaction

    with writing(factory) as s:
        for customer, limit, owed in ((zhang, 100000, 150000), (li_si, 100000, 90000),
                                      (wu, None, 999999)):  # fmt: skip
            s.get(Customer, customer).credit_limit_cents = limit
            s.add(Transaction(customer_id=customer, occurred_at=at(1), kind="sale",
                              amount_cents=owed))  # fmt: skip
    with database.engine.begin() as conn:
        recompute_stats(conn, [zhang, li_si, wu])
    loyalty = LoyaltyService(factory, now=lambda: NOW)
    assert loyalty.over_credit_count() == 1
    [row] = loyalty.over_credit_page()
    assert (row.name, row.credit_limit_cents, row.balance_cents, row.over_cents) == (
        "张三", 100000, 150000, 50000)  # fmt: skip


def test_value_per_tier_counts_the_periods_visits(site) -> None:
    factory, (li, _w), (zhang, li_si, wu) = site
    with writing(factory) as s:
        s.add_all([Visit(customer_id=zhang, staff_id=li, occurred_at=at(5), value_cents=10000),
                   Visit(customer_id=zhang, staff_id=li, occurred_at=at(6), value_cents=10000),
                   Visit(customer_id=li_si, occurred_at=at(5, month=10), value_cents=99999),
                   Visit(customer_id=wu, occurred_at=at(7), value_cents=500)])  # fmt: skip
    tiers = {t.tier: t for t in LoyaltyService(factory, now=lambda: NOW).tiers(NOV)}
    assert tiers["A"].customers == 1 and tiers["A"].value_cents == 20000
    assert tiers["C"].customers == 1 and tiers["C"].value_cents == 0  # October's visit
    assert tiers[None].value_cents == 500


def test_counter_staff_are_refused_the_figures(site, database) -> None:
    from argon2 import PasswordHasher

    from cs_desktop.domain.enums import Role
    from cs_desktop.services.accounts.service import AccountService
    from cs_desktop.services.errors import ServiceError
    from cs_desktop.services.kpis import DashboardService

    factory = site[0]
    accounts = AccountService(factory, hasher=PasswordHasher(time_cost=1, memory_cost=64,
                                                              parallelism=1))  # fmt: skip
    accounts.create_first_admin("admin", "管理员", "admin-pass-1")
    accounts.create_staff("desk", "前台", Role.COUNTER, "counter-pass-1")
    accounts.sign_out()
    accounts.sign_in("desk", "counter-pass-1")
    calls = [lambda: DashboardService(factory).dashboard(NOV),
             lambda: BreakdownService(factory).bars(Kpi.NPS, Dim.STAFF, NOV),
             lambda: DrillService(factory).page(Drill(Kpi.NPS, NOV, NOV.current)),
             lambda: LoyaltyService(factory).churn_page(),
             lambda: LoyaltyService(factory).tiers(NOV)]  # fmt: skip
    for call in calls:
        with pytest.raises(ServiceError) as refused:
            call()
        assert refused.value.code == "forbidden"
    accounts.sign_out()
    accounts.sign_in("admin", "admin-pass-1")
    assert DashboardService(factory).dashboard(NOV).responses == 0
