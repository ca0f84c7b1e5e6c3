"""Tier rules on small hand-computed cases, and properties over random customers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_desktop.domain.tiers import (
    RULES,
    Facts,
    FourLevelRule,
    ParetoRule,
    RfmRule,
    RuleError,
    WeightedRule,
    effective_tier,
    moves,
    rule_from,
)

AS_OF = dt.datetime(2026, 11, 22, 16, tzinfo=dt.UTC)  # midnight, 23 November, in Beijing


def _days_ago(days: int) -> dt.datetime:
    return AS_OF - dt.timedelta(days=days) + dt.timedelta(hours=3)


def _pareto(values: list[int], rule: ParetoRule | None = None) -> list[str | None]:
    facts = [Facts(i, v) for i, v in enumerate(values)]
    result = (rule or ParetoRule()).classify(facts, AS_OF)
    return [result[i] for i in range(len(values))]


# --- Pareto ------------------------------------------------------------------------------------
def test_pareto_by_hand() -> None:
    # total 100: 50 (0 ahead) A, 30 (50 ahead < 80) A, 10 (80 ahead: not < 80) B, 6 (90 < 95) B,
    # 4 (96 ahead) C
    assert _pareto([10, 50, 4, 30, 6]) == ["B", "A", "C", "A", "B"]


def test_pareto_ties_at_a_cut_off_share_the_tier() -> None:
    # 40, 40, 10, 10: the two 40s are peers with nothing ahead: A, both.
    # The two 10s have 80 ahead: B, both, although one alone would end at 90 and one at 100.
    assert _pareto([40, 10, 40, 10]) == ["A", "B", "A", "B"]


def test_pareto_edge_cases() -> None:
    assert _pareto([]) == []
    assert _pareto([1]) == ["A"]  # one customer
    assert _pareto([7, 7, 7, 7]) == ["A"] * 4  # all equal: nobody ahead of anybody
    assert _pareto([0, 0]) == ["C", "C"]  # no transactions
    # refunds larger than sales: a negative value is never ranked; the total counts positives
    assert _pareto([-500, 100, 0]) == ["C", "A", "C"]
    assert _pareto([-5, -1]) == ["C", "C"]


def test_pareto_custom_shares() -> None:
    rule = ParetoRule(shares=(("VIP", 0.5),), rest="普通")
    assert _pareto([60, 30, 10], rule) == ["VIP", "普通", "普通"]


# --- four levels -------------------------------------------------------------------------------
def test_four_level_thresholds() -> None:
    rule = FourLevelRule()
    facts = [Facts("a", 5_000_000), Facts("b", 4_999_999), Facts("c", 200_000), Facts("d", 0),
             Facts("e", -100)]  # fmt: skip
    assert rule.classify(facts, AS_OF) == {"a": "KEY", "b": "MAJOR", "c": "ORDINARY", "d": "LIGHT",
                                    "e": "LIGHT"}  # fmt: skip
    assert [t.label for t in rule.tiers()] == ["超重量级", "重量级", "次重量级", "轻量级"]


# --- RFM ---------------------------------------------------------------------------------------
def test_rfm_bins_by_hand() -> None:
    rule = RfmRule(method="bins")
    best = Facts("best", value_cents=3_000_000, frequency=20, last_purchase_at=_days_ago(3))
    middle = Facts("mid", value_cents=200_000, frequency=4, last_purchase_at=_days_ago(90))
    never = Facts("never")  # no purchase in the period
    th = rule.thresholds([best, middle, never], AS_OF)
    # 90 days ago at 03:00 is on or after the start of the day 90 days back: within 90 days
    assert [rule.scores_with(th, f) for f in (best, middle, never)] == [
        (5, 5, 5),
        (4, 3, 3),
        (1, 1, 1),
    ]
    assert rule.classify([best, middle, never], AS_OF) == {"best": "A", "mid": "B", "never": "C"}


def test_rfm_quintiles_by_hand() -> None:
    rule = RfmRule()
    facts = [Facts(i, value_cents=100 * (i + 1), frequency=i + 1, last_purchase_at=_days_ago(10 - i))
             for i in range(10)]  # fmt: skip
    th = rule.thresholds(facts, AS_OF)
    assert th["f"] == [3, 5, 7, 9] and th["m"] == [300, 500, 700, 900]
    scores = [rule.scores_with(th, f) for f in facts]
    # ten customers, two per quintile; customer 9 is best on every measure
    assert [scores[i] for i in (0, 1, 2, 9)] == [(1, 1, 1), (1, 1, 1), (2, 2, 2), (5, 5, 5)]
    tiers = rule.classify(facts, AS_OF)
    assert [tiers[i] for i in range(10)] == ["C"] * 4 + ["B"] * 4 + ["A"] * 2
    # a newcomer is placed by the stored thresholds, without the population
    newcomer = Facts("n", value_cents=800, frequency=8, last_purchase_at=_days_ago(1))
    assert rule.scores_with(th, newcomer) == (5, 4, 4) and rule.tier_with(th, newcomer) == "A"


def test_rfm_quintile_ties_get_one_score() -> None:
    facts = [
        Facts(i, value_cents=500, frequency=1, last_purchase_at=_days_ago(5)) for i in range(7)
    ]
    rule = RfmRule()
    th = rule.thresholds(facts, AS_OF)
    assert {rule.scores_with(th, f) for f in facts} == {(5, 5, 5)}


def test_rfm_thresholds_survive_json() -> None:
    import json

    facts = [Facts(i, value_cents=i, frequency=i, last_purchase_at=_days_ago(i)) for i in range(30)]
    rule = RfmRule()
    th = rule.thresholds(facts, AS_OF)
    again = json.loads(json.dumps(th))
    assert all(rule.tier_with(again, f) == rule.tier_with(th, f) for f in facts)


# --- weighted ----------------------------------------------------------------------------------
def test_weighted_evaluation() -> None:
    rule = WeightedRule(weights=(("enthusiasm", 1), ("capability", 2), ("credit", 1),
                                 ("relationships", 0)))  # fmt: skip
    strong = Facts(
        "s",
        is_organization=True,
        evaluation={"enthusiasm": 4, "capability": 5, "credit": 4, "relationships": 1},
    )
    partial = Facts("p", is_organization=True, evaluation={"capability": 4})  # others count 1
    empty = Facts("e", is_organization=True)
    person = Facts("x", evaluation={"capability": 5})
    assert rule.score(strong.evaluation) == pytest.approx(4.5)
    assert rule.score(partial.evaluation) == pytest.approx(2.5)
    assert rule.classify([strong, partial, empty, person], AS_OF) == {
        "s": "A",
        "p": "C",
        "e": "C",
        "x": None,
    }


# --- parameters --------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(RULES))
def test_every_rule_round_trips_its_params(kind: str) -> None:
    rule = RULES[kind].default()
    assert rule.problems() == []
    assert rule_from(kind, rule.to_params()) == rule


def test_bad_params_name_the_field() -> None:
    with pytest.raises(RuleError) as err:
        rule_from("pareto", {"shares": [["A", 0.8], ["B", 0.3]], "rest": "C", "period_days": 0})
    assert {(p.field, p.code) for p in err.value.problems} == {
        ("period_days", "out_of_range"),
        ("shares", "shares_over_100"),
    }
    with pytest.raises(RuleError) as err:
        rule_from(
            "four_level", {"levels": [["K", 100], ["M", 500]], "rest": "K", "period_days": 30}
        )
    assert {p.code for p in err.value.problems} == {"duplicate_tier_code",
                                                   "thresholds_not_descending"}  # fmt: skip
    with pytest.raises(RuleError) as err:
        rule_from("pareto", {"shares": "oops"})
    assert err.value.problems[0].code == "bad_params"
    with pytest.raises(RuleError) as err:
        rule_from("astrology", {})
    assert err.value.problems[0].code == "unknown_rule"


# --- overrides and moves -----------------------------------------------------------------------
def test_override_until_the_end_of_its_expiry_day() -> None:
    day = dt.date(2026, 11, 23)
    assert effective_tier("C", "A", day, day) == "A"
    assert effective_tier("C", "A", day, day + dt.timedelta(days=1)) == "C"
    assert effective_tier("C", "A", None, day) == "A"
    assert effective_tier("B", None, None, day) == "B"


def test_moves_counts_changes_only() -> None:
    before = {1: "A", 2: "B", 3: "B", 4: None}
    after = {1: "A", 2: "A", 3: "C", 4: "C", 5: "C"}
    assert moves(before, after) == {("B", "A"): 1, ("B", "C"): 1, (None, "C"): 2}


# --- properties --------------------------------------------------------------------------------
values = st.lists(st.integers(min_value=-10_000, max_value=10_000_000), max_size=60)


@settings(max_examples=300, deadline=None)
@given(values)
def test_value_tiers_are_monotone_in_value(vals: list[int]) -> None:
    for rule in (ParetoRule(), FourLevelRule()):
        order = {t.code: i for i, t in enumerate(rule.tiers())}
        tiers = rule.classify([Facts(i, v) for i, v in enumerate(vals)], AS_OF)
        ranked = sorted(range(len(vals)), key=lambda i: -vals[i])
        ranks = [order[tiers[i]] for i in ranked]  # type: ignore[index]
        assert ranks == sorted(ranks)  # more value never means a lower tier


@settings(max_examples=200, deadline=None)
@given(values)
def test_pareto_first_tier_holds_at_least_its_share(vals: list[int]) -> None:
    tiers = ParetoRule().classify([Facts(i, v) for i, v in enumerate(vals)], AS_OF)
    total = sum(v for v in vals if v > 0)
    in_a = sum(v for i, v in enumerate(vals) if tiers[i] == "A")
    assert in_a >= 0.8 * total or total == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=50))
def test_quintile_thresholds_reproduce_cume_dist_scores(goods: list[int]) -> None:
    from cs_desktop.domain.tiers.rfm import quintile_boundaries, quintile_score, score_with

    bounds = quintile_boundaries(goods)
    n = len(goods)
    for g in goods:
        cume = sum(1 for x in goods if x <= g) / n
        assert score_with(g, bounds) == quintile_score(cume)


def test_pareto_reads_the_first_versions_params() -> None:
    rule = rule_from("pareto", {"period_days": 365, "a_share": 0.8, "b_share": 0.15})
    assert rule == ParetoRule()
