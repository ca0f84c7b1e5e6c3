"""A weighted evaluation for organisations: enthusiasm, business capability, credit and
relationships, each scored 1-5 on the card; the weighted mean decides the tier.

Persons are not classified by this rule (their tier is None). An organisation without any
score is in the rest tier; a missing criterion counts as the lowest score, 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .base import Facts, RuleProblem, TierDef, TierRule, check_codes, check_period, is_number

CRITERIA = ("enthusiasm", "capability", "credit", "relationships")


@dataclass(frozen=True)
class WeightedRule(TierRule):
    kind = "weighted"
    weights: tuple[tuple[str, float], ...] = tuple((c, 0.25) for c in CRITERIA)
    # the weighted mean (1-5) at or above which a tier starts, best first
    tiers_by_score: tuple[tuple[str, float], ...] = (("A", 4.0), ("B", 3.0))
    rest: str = "C"
    period_days: int = 365  # not used: scores are as the card says today

    @classmethod
    def default(cls) -> WeightedRule:
        return cls()

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> WeightedRule:
        return cls(
            weights=tuple((str(c), w) for c, w in params["weights"]),
            tiers_by_score=tuple((str(c), s) for c, s in params["tiers_by_score"]),
            rest=str(params["rest"]),
            period_days=params.get("period_days", 365),
        )

    def to_params(self) -> dict[str, Any]:
        return {"weights": [list(w) for w in self.weights],
                "tiers_by_score": [list(t) for t in self.tiers_by_score], "rest": self.rest,
                "period_days": self.period_days}  # fmt: skip

    def problems(self) -> list[RuleProblem]:
        found: list[RuleProblem] = []
        check_period(self.period_days, found)
        check_codes([c for c, _ in self.tiers_by_score] + [self.rest], found)
        names = [c for c, _ in self.weights]
        if sorted(names) != sorted(CRITERIA):
            found.append(RuleProblem("weights", "criteria_needed", {"criteria": CRITERIA}))
        if not all(is_number(w) and w >= 0 for _, w in self.weights):
            found.append(RuleProblem("weights", "weight_negative"))
        elif sum(w for _, w in self.weights) <= 0:
            found.append(RuleProblem("weights", "weights_all_zero"))
        scores = [s for _, s in self.tiers_by_score]
        if not scores:
            found.append(RuleProblem("tiers_by_score", "required"))
        if not all(is_number(s) and 1 <= s <= 5 for s in scores):
            found.append(RuleProblem("tiers_by_score", "score_out_of_range", {"min": 1, "max": 5}))
        elif any(a <= b for a, b in zip(scores, scores[1:], strict=False)):
            found.append(RuleProblem("tiers_by_score", "thresholds_not_descending"))
        return found

    def tiers(self) -> list[TierDef]:
        return [TierDef(c, c) for c, _ in self.tiers_by_score] + [TierDef(self.rest, self.rest)]

    def score(self, evaluation: Mapping[str, float]) -> float | None:
        """The weighted mean, or None when no criterion is scored."""
        if not any(is_number(evaluation.get(c)) for c in CRITERIA):
            return None
        total = sum(w for _, w in self.weights)
        weighted = 0.0
        for criterion, weight in self.weights:
            value = evaluation.get(criterion)
            value = min(5.0, max(1.0, float(value))) if is_number(value) else 1.0  # type: ignore[arg-type]
            weighted += weight * value
        return weighted / total

    def tier_of_score(self, score: float | None) -> str:
        if score is None:
            return self.rest
        return next((c for c, least in self.tiers_by_score if score >= least - 1e-9), self.rest)

    def tier_with(self, thresholds: Mapping[str, Any], facts: Facts) -> str | None:
        return self.tier_of_score(self.score(facts.evaluation)) if facts.is_organization else None
