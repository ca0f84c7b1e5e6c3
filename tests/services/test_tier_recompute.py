"""The SQL recompute against the domain rules, on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest
from sqlalchemy import func, select

from cs_desktop.domain.tiers import (
    Facts,
    FourLevelRule,
    ParetoRule,
    RfmRule,
    TierRule,
    WeightedRule,
)
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.tiers.recompute import TierCancelled, TierRecompute, start_of_day
from cs_desktop.storage.models import Customer, TierHistory, TierRuleSet, TierRun, Transaction
from cs_desktop.storage.session import writing

TODAY = dt.date(2026, 11, 23)
AS_OF = start_of_day(TODAY)


def _activate(database, rule: TierRule) -> None:
    with writing(database.factory) as s:
        for old in s.scalars(select(TierRuleSet)):
            old.is_active = False
        version = (s.scalar(select(func.max(TierRuleSet.version))) or 0) + 1
        s.add(TierRuleSet(name="测试", kind=rule.kind, version=version, params=rule.to_params(),
                          is_active=True))  # fmt: skip


def _customers(database, n: int, orgs: int = 0) -> list[uuid.UUID]:
    cards = CustomerCardService(database.factory)
    ids = [cards.create(CustomerCard(name=f"客户{i}")).id for i in range(n)]
    if orgs:
        from cs_desktop.domain.enums import CustomerKind

        rng = random.Random(7)
        with writing(database.factory) as s:
            for cid in ids[:orgs]:
                row = s.get(Customer, cid)
                row.kind = CustomerKind.ORGANIZATION.value
                scores = {c: rng.randint(1, 5) for c in ("enthusiasm", "capability", "credit")
                          if rng.random() < 0.8}  # fmt: skip
                row.profile = {"evaluation": scores} if scores else {}
    return ids


def _sale(cid, cents: int, days_ago: float, kind: str = "sale") -> Transaction:
    at = AS_OF + dt.timedelta(hours=12) - dt.timedelta(days=days_ago)
    return Transaction(customer_id=cid, occurred_at=at, kind=kind, amount_cents=cents)


def _tiers(database) -> dict[uuid.UUID, str | None]:
    with database.factory() as s:
        return {cid: tier for cid, tier in s.execute(select(Customer.id, Customer.tier))}


def _facts(database, rule: TierRule) -> list[Facts]:
    since = AS_OF - dt.timedelta(days=rule.period_days - 1)
    with database.factory() as s:
        customers = s.execute(select(Customer.id, Customer.kind, Customer.profile)).all()
        money = s.execute(select(Transaction.customer_id, Transaction.kind,
                                 Transaction.amount_cents, Transaction.occurred_at)
                          .where(Transaction.occurred_at >= since,
                                 Transaction.occurred_at < AS_OF + dt.timedelta(days=1))).all()  # fmt: skip
    facts = []
    for cid, kind, profile in customers:
        mine = [m for m in money if m.customer_id == cid]
        sales = [m for m in mine if m.kind == "sale"]
        value = sum(m.amount_cents for m in sales) - sum(m.amount_cents for m in mine
                                                        if m.kind == "refund")  # fmt: skip
        facts.append(Facts(cid, value, len(sales),
                           max((m.occurred_at for m in sales), default=None),
                           kind == "organization", (profile or {}).get("evaluation", {})))  # fmt: skip
    return facts


def test_pareto_by_hand_with_history(database) -> None:
    a, b, c, d, e = _customers(database, 5)
    with writing(database.factory) as s:
        s.add_all([_sale(a, 50_00, 10), _sale(b, 30_00, 20), _sale(c, 10_00, 30),
                   _sale(d, 10_00, 40), _sale(d, 4_00, 40, "refund"),  # d: 6.00 net
                   _sale(e, 99_00, 400)])  # e: outside the year  # fmt: skip
    _activate(database, ParetoRule())
    service = TierRecompute(database.factory, today=lambda: TODAY)
    summary = service.recompute()
    assert summary.customers == 5 and summary.changed == 5
    assert summary.thresholds == {"boundaries": [["A", 30_00], ["B", 6_00]]}
    tiers = _tiers(database)
    assert [tiers[x] for x in (a, b, c, d, e)] == ["A", "A", "B", "B", "C"]
    with database.factory() as s:
        history = s.execute(select(TierHistory.customer_id, TierHistory.from_tier,
                                   TierHistory.to_tier, TierHistory.cause)).all()  # fmt: skip
        assert sorted((h.to_tier, h.cause) for h in history) == [
            ("A", "rule"),
            ("A", "rule"),
            ("B", "rule"),
            ("B", "rule"),
            ("C", "rule"),
        ]
        assert s.get(Customer, a).row_version == 2  # the card changed: sync sees it
        run = s.scalars(select(TierRun)).one()
        assert run.finished_at is not None and run.changed == 5
    # nothing changed: a second run changes nothing and writes no history
    assert service.recompute().changed == 0
    with database.factory() as s:
        assert s.scalar(select(func.count()).select_from(TierHistory)) == 5


@pytest.mark.parametrize("rule", [
    ParetoRule(), ParetoRule(shares=(("S", 0.5), ("A", 0.3), ("B", 0.1)), rest="C", period_days=90),
    FourLevelRule(levels=(("KEY", 400_00), ("MAJOR", 150_00), ("ORDINARY", 30_00))),
    RfmRule(), RfmRule(method="bins", monetary_edges=(10_00, 50_00, 150_00, 400_00)),
    WeightedRule(),
], ids=lambda r: r.kind + ("-" + getattr(r, "method", "") if hasattr(r, "method") else ""))  # fmt: skip
def test_sql_agrees_with_the_domain_rules(database, rule: TierRule) -> None:
    ids = _customers(database, 60, orgs=20)
    rng = random.Random(rule.kind)
    with writing(database.factory) as s:
        for cid in ids[:-6]:  # six customers never bought anything
            for _ in range(rng.randint(0, 6)):
                cents = rng.choice([5_00, 20_00, 20_00, 75_00, 300_00])
                s.add(_sale(cid, cents, rng.randint(0, 500) + rng.random()))
            if rng.random() < 0.2:
                s.add(_sale(cid, rng.choice([5_00, 400_00]), rng.randint(0, 300), "refund"))
            if rng.random() < 0.2:
                s.add(_sale(cid, 1_00, 1, "payment"))
    _activate(database, rule)
    TierRecompute(database.factory, today=lambda: TODAY).recompute()
    expected = rule.classify(_facts(database, rule), AS_OF)
    assert _tiers(database) == expected
    assert len(set(expected.values())) >= 2  # the data spreads over tiers


def test_overrides_last_until_their_expiry(database) -> None:
    a, b, c = _customers(database, 3)
    with writing(database.factory) as s:
        s.add_all([_sale(a, 100_00, 1), _sale(b, 1_00, 1)])
        s.get(Customer, b).tier_override = "A"
        s.get(Customer, b).tier_override_reason = "院长的朋友"
        s.get(Customer, b).tier_override_until = TODAY  # still valid today
        s.get(Customer, c).tier_override = "B"
        s.get(Customer, c).tier_override_until = TODAY - dt.timedelta(days=1)  # expired
    _activate(database, ParetoRule())
    TierRecompute(database.factory, today=lambda: TODAY).recompute()
    with database.factory() as s:
        rb, rc = s.get(Customer, b), s.get(Customer, c)
        assert (rb.tier, rb.tier_rule, rb.tier_override) == ("A", "C", "A")
        assert (rc.tier, rc.tier_rule, rc.tier_override, rc.tier_override_until) == (
            "C",
            "C",
            None,
            None,
        )
        cause = s.scalar(select(TierHistory.cause).where(TierHistory.customer_id == c))
        assert cause == "override_expired"
    # the next day b's override has run out too
    TierRecompute(database.factory, today=lambda: TODAY + dt.timedelta(days=1)).recompute()
    assert _tiers(database)[b] == "C"


def test_cancel_changes_nothing(database) -> None:
    ids = _customers(database, 4)
    with writing(database.factory) as s:
        s.add_all(_sale(cid, 10_00 * (n + 1), 3) for n, cid in enumerate(ids))
    _activate(database, ParetoRule())
    steps: list[int] = []
    service = TierRecompute(database.factory, today=lambda: TODAY)
    with pytest.raises(TierCancelled):
        service.recompute(
            progress=lambda d, t: steps.append(d), is_cancelled=lambda: len(steps) >= 3
        )
    assert set(_tiers(database).values()) == {None}
    with database.factory() as s:
        assert s.scalar(select(func.count()).select_from(TierRun)) == 0
        assert s.scalar(select(func.count()).select_from(TierHistory)) == 0


def test_one_customer_follows_their_transactions(database) -> None:
    ids = _customers(database, 10)
    with writing(database.factory) as s:
        s.add_all(_sale(cid, 10_00 * (n + 1), 3) for n, cid in enumerate(ids))
    _activate(database, ParetoRule())
    service = TierRecompute(database.factory, today=lambda: TODAY)
    service.recompute()
    poorest = ids[0]
    assert _tiers(database)[poorest] == "C"
    with writing(database.factory) as s:
        s.add(_sale(poorest, 200_00, 0))
        s.flush()
        assert service.reclassify(s, [poorest]) == 1
    assert _tiers(database)[poorest] == "A"
    with database.factory() as s:
        row = s.execute(select(TierHistory.from_tier, TierHistory.to_tier, TierHistory.run_id)
                        .where(TierHistory.customer_id == poorest)
                        .order_by(TierHistory.at.desc())).first()  # fmt: skip
        assert tuple(row) == ("C", "A", None)


def test_a_merge_moves_the_kept_cards_tier(database) -> None:
    from cs_desktop.services.customers.merge import MergeService

    ids = _customers(database, 10)
    with writing(database.factory) as s:
        s.add_all(_sale(cid, 10_00 * (n + 1), 3) for n, cid in enumerate(ids))
    _activate(database, ParetoRule())
    TierRecompute(database.factory, today=lambda: TODAY).recompute()
    poorest, richest = ids[0], ids[-1]
    assert _tiers(database)[poorest] == "C"
    merges = MergeService(database.factory)
    result = merges.merge(poorest, richest)  # the richest card's sales now count for the kept
    assert _tiers(database)[poorest] == "A"
    with database.factory() as s:
        cause = s.scalar(select(TierHistory.cause).where(TierHistory.customer_id == poorest)
                         .order_by(TierHistory.at.desc()).limit(1))  # fmt: skip
    assert cause == "merge"
    merges.undo(result.merge_id)
    assert _tiers(database)[poorest] == "C"


def test_a_new_card_gets_the_tier_of_no_value_at_once(database) -> None:
    ids = _customers(database, 3)
    with writing(database.factory) as s:
        s.add_all(_sale(cid, 10_00 * (n + 1), 3) for n, cid in enumerate(ids))
    _activate(database, ParetoRule())
    TierRecompute(database.factory, today=lambda: TODAY).recompute()
    card = CustomerCardService(database.factory).create(CustomerCard(name="新来的"))
    assert card.tier == "C" and _tiers(database)[card.id] == "C"
