"""Rule sets (versions, preview), overrides and the tier table, on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cs_desktop.domain.tiers import FourLevelRule, ParetoRule
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.tiers.overrides import TierOverrideService
from cs_desktop.services.tiers.recompute import TierRecompute, start_of_day
from cs_desktop.services.tiers.rule_sets import RuleInvalid, TierRuleService
from cs_desktop.services.tiers.table import TierTableService
from cs_desktop.storage.models import Customer, TierHistory, TierPolicy, Transaction
from cs_desktop.storage.session import writing

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def shop(database):
    """Ten customers spending 10, 20, ... 100 yuan this month; a Pareto rule set applied."""
    cards = CustomerCardService(database.factory)
    ids = [cards.create(CustomerCard(name=f"客户{n}")).id for n in range(10)]
    at = start_of_day(TODAY) - dt.timedelta(days=3)
    with writing(database.factory) as s:
        s.add_all(Transaction(customer_id=cid, occurred_at=at, kind="sale",
                              amount_cents=1000 * (n + 1)) for n, cid in enumerate(ids))  # fmt: skip
    rules = TierRuleService(database.factory, today=lambda: TODAY)
    rules.save("价值分级", "pareto", ParetoRule().to_params())
    TierRecompute(database.factory, today=lambda: TODAY).recompute()
    return ids


def _tiers(database) -> list[str | None]:
    with database.factory() as s:
        return list(s.scalars(select(Customer.tier).order_by(Customer.name)))


def test_versions_and_policies(database, shop) -> None:
    rules = TierRuleService(database.factory, today=lambda: TODAY)
    info = rules.save("价值分级", "four_level", FourLevelRule(
        levels=(("KEY", 9000), ("MAJOR", 6000), ("ORDINARY", 3000))).to_params())  # fmt: skip
    assert info.version == 2 and info.is_active
    sets = rules.rule_sets()
    assert [(r.version, r.is_active) for r in sets] == [(2, True), (1, False)]
    with database.factory() as s:
        policies = dict(s.execute(select(TierPolicy.tier, TierPolicy.label)).all())
    assert policies["KEY"] == "超重量级" and policies["LIGHT"] == "轻量级" and "A" in policies


def test_bad_params_are_refused_with_the_field(database, shop) -> None:
    rules = TierRuleService(database.factory, today=lambda: TODAY)
    bad = {"shares": [["A", 0.9], ["B", 0.2]], "rest": "C", "period_days": 365}
    with pytest.raises(RuleInvalid) as err:
        rules.save("价值分级", "pareto", bad)
    assert [p.code for p in err.value.problems] == ["shares_over_100"]
    with pytest.raises(RuleInvalid):
        rules.preview("pareto", bad)
    assert rules.active().version == 1  # nothing saved


def test_preview_counts_moves_and_writes_nothing(database, shop) -> None:
    rules = TierRuleService(database.factory, today=lambda: TODAY)
    before = _tiers(database)
    # values 10..100 yuan, total 550: A while less than 440 (80%) is ahead, B below 522.5
    assert before.count("A") == 6 and before.count("B") == 3 and before.count("C") == 1
    preview = rules.preview("four_level", FourLevelRule(
        levels=(("KEY", 9000), ("MAJOR", 6000), ("ORDINARY", 3000))).to_params())  # fmt: skip
    assert preview.customers == 10
    assert preview.counts == {"KEY": 2, "MAJOR": 3, "ORDINARY": 3, "LIGHT": 2}
    assert sum(m.customers for m in preview.moves) == 10
    assert {(m.from_tier, m.to_tier): m.customers for m in preview.moves}[("C", "LIGHT")] == 1
    assert _tiers(database) == before


def test_override_set_and_cleared(database, shop) -> None:
    overrides = TierOverrideService(database.factory, today=lambda: TODAY)
    poorest = shop[0]
    with pytest.raises(ServiceError) as err:
        overrides.set_override(poorest, "A", "  ")
    assert err.value.field == "reason"
    with pytest.raises(ServiceError) as err:
        overrides.set_override(poorest, "Z", "老客户")
    assert err.value.code == "unknown_tier"
    with pytest.raises(ServiceError) as err:
        overrides.set_override(poorest, "A", "老客户", until=TODAY - dt.timedelta(days=1))
    assert err.value.code == "date_in_past"
    overrides.set_override(poorest, "A", "院长介绍的老客户", until=TODAY + dt.timedelta(days=30))
    with database.factory() as s:
        row = s.get(Customer, poorest)
        assert (row.tier, row.tier_rule, row.tier_override) == ("A", "C", "A")
    # a recompute keeps it while it lasts
    TierRecompute(database.factory, today=lambda: TODAY).recompute()
    with database.factory() as s:
        assert s.get(Customer, poorest).tier == "A"
    overrides.clear_override(poorest, "不再适用")
    with database.factory() as s:
        assert s.get(Customer, poorest).tier == "C"
        causes = s.execute(select(TierHistory.cause, TierHistory.to_tier, TierHistory.reason)
                           .where(TierHistory.customer_id == poorest)
                           .order_by(TierHistory.at)).all()  # fmt: skip
    assert [tuple(c) for c in causes] == [
        ("rule", "C", None),
        ("override", "A", "院长介绍的老客户"),
        ("override", "C", "不再适用"),
    ]


def test_tier_table(database, shop) -> None:
    table = TierTableService(database.factory, today=lambda: TODAY).table()
    by_tier = {r.tier: r for r in table.rows}
    assert [(r.tier, r.customers) for r in table.rows] == [("A", 6), ("B", 3), ("C", 1)]
    assert by_tier["A"].customers == 6 and by_tier["A"].value_cents == 45_000
    assert by_tier["A"].value_share == pytest.approx(450 / 550)
    assert sum(r.customer_share for r in table.rows) == pytest.approx(1)
    assert table.curve[0] == (0.0, 0.0) and table.curve[-1] == pytest.approx((1.0, 1.0))
    shares = [v for _c, v in table.curve]
    assert shares == sorted(shares)
    assert table.curve[1][1] == pytest.approx(100 / 550)  # the best tenth brings 100 of 550
    assert table.moved_at_last_run == 10 and len(table.moved) == 10
    assert table.rule_name == "价值分级" and table.period_days == 365
