"""RFM: recency, frequency and monetary value scored 1-5 each, the total mapped to tiers.

Quintiles: a customer's score on a measure is the least k (1-5) with cume_dist <= k/5, where
cume_dist is the share of scored customers no better than them (CUME_DIST() in SQL): equal
customers get equal scores and the best are 5. Fixed bins: four ascending edges per measure;
reaching edge k gives score k + 1 (recency: a last purchase within edges[0] days scores 5,
within edges[3] days 2). A customer without a sale in the period scores 1 on every measure and
is not counted in the quintiles.

Either way the thresholds are, per measure, the least value that earns scores 2, 3, 4 and 5
(None when nobody earns it); recency is measured by the time of the last sale, so its
thresholds are UTC timestamps (ISO text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .base import Facts, RuleProblem, TierDef, TierRule, check_codes, check_period, is_number

MEASURES = ("r", "f", "m")
EPSILON = 1e-9  # k/5 in floating point: 0.6 is 0.6000000000000001 away from 3/5


def quintile_score(cume_dist: float) -> int:
    return next(k for k in range(1, 6) if cume_dist <= k / 5 + EPSILON)


def quintile_boundaries(goodness: Sequence[Any]) -> list[Any]:
    """[least goodness scoring >= 2, >= 3, >= 4, >= 5] (None where nobody does)."""
    ordered = sorted(goodness)
    n = len(ordered)
    least: list[Any] = [None] * 4
    for index, value in enumerate(ordered):
        if index + 1 < n and ordered[index + 1] == value:
            continue  # the last of equal values carries their cume_dist
        score = quintile_score((index + 1) / n)
        for k in range(2, score + 1):
            if least[k - 2] is None:
                least[k - 2] = value
    # the least value of a peer group, not its last: equal values share one boundary
    return least


def score_with(value: Any, boundaries: Sequence[Any]) -> int:
    return 1 + sum(1 for b in boundaries if b is not None and value >= b)


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


@dataclass(frozen=True)
class RfmRule(TierRule):
    kind = "rfm"
    method: str = "quintiles"  # or "bins"
    recency_edges: tuple[int, ...] = (30, 90, 180, 365)  # days, ascending
    frequency_edges: tuple[int, ...] = (2, 4, 8, 16)  # sales
    monetary_edges: tuple[int, ...] = (50_000, 200_000, 500_000, 2_000_000)  # cents
    # the total score R+F+M (3-15) at or above which a tier starts, best first
    tiers_by_total: tuple[tuple[str, int], ...] = (("A", 13), ("B", 9))
    rest: str = "C"
    period_days: int = 365

    @classmethod
    def default(cls) -> RfmRule:
        return cls()

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> RfmRule:
        return cls(
            method=str(params["method"]),
            recency_edges=tuple(params["recency_edges"]),
            frequency_edges=tuple(params["frequency_edges"]),
            monetary_edges=tuple(params["monetary_edges"]),
            tiers_by_total=tuple((str(c), t) for c, t in params["tiers_by_total"]),
            rest=str(params["rest"]),
            period_days=params["period_days"],
        )

    def to_params(self) -> dict[str, Any]:
        return {"method": self.method, "recency_edges": list(self.recency_edges),
                "frequency_edges": list(self.frequency_edges),
                "monetary_edges": list(self.monetary_edges),
                "tiers_by_total": [list(t) for t in self.tiers_by_total], "rest": self.rest,
                "period_days": self.period_days}  # fmt: skip

    def problems(self) -> list[RuleProblem]:
        found: list[RuleProblem] = []
        check_period(self.period_days, found)
        check_codes([c for c, _ in self.tiers_by_total] + [self.rest], found)
        if self.method not in ("quintiles", "bins"):
            found.append(RuleProblem("method", "not_a_choice", {"choices": ("quintiles", "bins")}))
        for name in ("recency_edges", "frequency_edges", "monetary_edges"):
            edges = getattr(self, name)
            if len(edges) != 4 or not all(is_number(e) and e >= 0 for e in edges):
                found.append(RuleProblem(name, "four_edges_needed"))
            elif any(a >= b for a, b in zip(edges, edges[1:], strict=False)):
                found.append(RuleProblem(name, "edges_not_ascending"))
        totals = [t for _, t in self.tiers_by_total]
        if not totals:
            found.append(RuleProblem("tiers_by_total", "required"))
        if not all(isinstance(t, int) and 3 <= t <= 15 for t in totals):
            found.append(RuleProblem("tiers_by_total", "total_out_of_range", {"min": 3, "max": 15}))
        elif any(a <= b for a, b in zip(totals, totals[1:], strict=False)):
            found.append(RuleProblem("tiers_by_total", "thresholds_not_descending"))
        return found

    def tiers(self) -> list[TierDef]:
        return [TierDef(c, c) for c, _ in self.tiers_by_total] + [TierDef(self.rest, self.rest)]

    # --- classifying ----------------------------------------------------------------------
    def thresholds(self, facts: Sequence[Facts], as_of: dt.datetime) -> dict[str, Any]:
        if self.method == "bins":
            return {
                "r": [_ts(as_of - dt.timedelta(days=e)) for e in reversed(self.recency_edges)],
                "f": list(self.frequency_edges),
                "m": list(self.monetary_edges),
            }
        active = [f for f in facts if f.last_purchase_at is not None]
        recency = quintile_boundaries([f.last_purchase_at for f in active])
        return {
            "r": [None if b is None else _ts(b) for b in recency],
            "f": quintile_boundaries([f.frequency for f in active]),
            "m": quintile_boundaries([f.value_cents for f in active]),
        }

    def scores_with(self, thresholds: Mapping[str, Any], facts: Facts) -> tuple[int, int, int]:
        if facts.last_purchase_at is None:
            return (1, 1, 1)
        recency = [None if b is None else dt.datetime.fromisoformat(b) for b in thresholds["r"]]
        return (
            score_with(facts.last_purchase_at, recency),
            score_with(facts.frequency, thresholds["f"]),
            score_with(facts.value_cents, thresholds["m"]),
        )

    def tier_of_total(self, total: int) -> str:
        return next((code for code, least in self.tiers_by_total if total >= least), self.rest)

    def tier_with(self, thresholds: Mapping[str, Any], facts: Facts) -> str | None:
        return self.tier_of_total(sum(self.scores_with(thresholds, facts)))
