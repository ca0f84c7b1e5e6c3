"""RFM: recency, frequency and monetary value scored 1-5 each, the total mapped to tiers.

Scores by quintiles: a customer's score is ceil(5 x the share of scored customers who are no
better than them) (CUME_DIST in SQL), so equal customers get equal scores and the best are 5.
Scores by fixed bins: four ascending edges per measure; reaching edge k gives score k + 1
(for recency, fewer days is better: within edge k days gives 5 - k). A customer without a
purchase in the period scores 1 on every measure and is not counted in the quintiles.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .base import Facts, RuleProblem, TierDef, TierRule, check_codes, check_period, is_number

MEASURES = ("recency", "frequency", "monetary")


def quintile_scores(goodness: Mapping[Hashable, float]) -> dict[Hashable, int]:
    """Score 1-5 of each key: ceil(5 * cume_dist) over ascending goodness."""
    ordered = sorted(goodness.values())
    n = len(ordered)
    scores: dict[Hashable, int] = {}
    if not n:
        return scores
    # cume_dist(x) = (number of values <= x) / n
    from bisect import bisect_right

    for key, value in goodness.items():
        scores[key] = max(1, math.ceil(5 * bisect_right(ordered, value) / n - 1e-9))
    return scores


def bin_score(value: float, edges: Sequence[float], lower_is_better: bool = False) -> int:
    if lower_is_better:
        return 5 - sum(1 for edge in edges if value > edge)
    return 1 + sum(1 for edge in edges if value >= edge)


@dataclass(frozen=True)
class RfmRule(TierRule):
    kind = "rfm"
    method: str = "quintiles"  # or "bins"
    # bins: recency in days (ascending: within 30 days scores 5), frequency in purchases,
    # monetary in cents
    recency_edges: tuple[int, ...] = (30, 90, 180, 365)
    frequency_edges: tuple[int, ...] = (2, 4, 8, 16)
    monetary_edges: tuple[int, ...] = (50_000, 200_000, 500_000, 2_000_000)
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

    def scores(self, facts: Sequence[Facts]) -> dict[Hashable, tuple[int, int, int]]:
        active = [f for f in facts if f.recency_days is not None]
        out: dict[Hashable, tuple[int, int, int]] = {f.key: (1, 1, 1) for f in facts}
        if self.method == "quintiles":
            r = quintile_scores({f.key: -float(f.recency_days or 0) for f in active})
            fr = quintile_scores({f.key: float(f.frequency) for f in active})
            m = quintile_scores({f.key: float(f.value_cents) for f in active})
            for f in active:
                out[f.key] = (r[f.key], fr[f.key], m[f.key])
        else:
            for f in active:
                out[f.key] = (
                    bin_score(f.recency_days or 0, self.recency_edges, lower_is_better=True),
                    bin_score(f.frequency, self.frequency_edges),
                    bin_score(f.value_cents, self.monetary_edges),
                )
        return out

    def tier_of_total(self, total: int) -> str:
        return next((code for code, least in self.tiers_by_total if total >= least), self.rest)

    def classify(self, facts: Sequence[Facts]) -> dict[Hashable, str | None]:
        return {key: self.tier_of_total(sum(s)) for key, s in self.scores(facts).items()}
