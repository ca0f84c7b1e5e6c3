"""Tiers by value: Pareto shares of the total, and the four-level model's thresholds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any, ClassVar

from .base import (
    Facts,
    RuleProblem,
    TierDef,
    TierRule,
    check_codes,
    check_period,
    is_number,
)


@dataclass(frozen=True)
class ParetoRule(TierRule):
    """Customers ranked by value; the first tier holds the customers who together make the top
    ``shares[0]`` of the total value, the next the following ``shares[1]``, and so on; the rest
    tier everyone after, and everyone without a positive value.

    A customer's place is decided by the value of the customers strictly ahead of them: they
    belong to the first tier whose cumulative share that value has not yet reached. So the
    customer who crosses a cut-off is still inside it (a single customer is in the first tier),
    and customers of equal value always share a tier (ties at a cut-off are not split by chance).
    """

    kind = "pareto"
    shares: tuple[tuple[str, float], ...] = (("A", 0.80), ("B", 0.15))
    rest: str = "C"
    period_days: int = 365

    @classmethod
    def default(cls) -> ParetoRule:
        return cls()

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> ParetoRule:
        if "shares" not in params and "a_share" in params:  # the form version 0.1 wrote
            params = {"shares": [["A", params["a_share"]], ["B", params["b_share"]]],
                      "rest": "C", "period_days": params.get("period_days", 365)}  # fmt: skip
        return cls(
            shares=tuple((str(code), share) for code, share in params["shares"]),
            rest=str(params["rest"]),
            period_days=params["period_days"],
        )

    def to_params(self) -> dict[str, Any]:
        return {"shares": [list(s) for s in self.shares], "rest": self.rest,
                "period_days": self.period_days}  # fmt: skip

    def problems(self) -> list[RuleProblem]:
        found: list[RuleProblem] = []
        check_period(self.period_days, found)
        check_codes([c for c, _ in self.shares] + [self.rest], found)
        if not self.shares:
            found.append(RuleProblem("shares", "required"))
        for index, (_code, share) in enumerate(self.shares):
            if not is_number(share) or not 0 < share < 1:
                found.append(RuleProblem(f"shares.{index}", "share_out_of_range"))
        if all(is_number(s) for _, s in self.shares) and sum(s for _, s in self.shares) > 1 + 1e-9:
            found.append(RuleProblem("shares", "shares_over_100"))
        return found

    def tiers(self) -> list[TierDef]:
        return [TierDef(c, c) for c, _ in self.shares] + [TierDef(self.rest, self.rest)]

    def cutoffs(self) -> list[tuple[str, float]]:
        """(tier, cumulative share it reaches), in order: A 0.80, B 0.95."""
        out, running = [], 0.0
        for code, share in self.shares:
            running += share
            out.append((code, running))
        return out

    def thresholds(self, facts: Sequence[Facts], as_of: dt.datetime) -> dict[str, Any]:
        """{"boundaries": [[tier, least value in cents], ...]} for the tiers that have
        customers, best first."""
        positive = sorted((f.value_cents for f in facts if f.value_cents > 0), reverse=True)
        total = sum(positive)
        least: dict[str, int] = {}
        ahead = 0  # value of the customers strictly ahead
        cutoffs = self.cutoffs()
        for value, group in groupby(positive):
            peers = list(group)
            tier = next((code for code, reach in cutoffs if ahead < reach * total), None)
            if tier is None:
                break
            least[tier] = value
            ahead += sum(peers)
        return {"boundaries": [[code, least[code]] for code, _ in cutoffs if code in least]}

    def tier_with(self, thresholds: Mapping[str, Any], facts: Facts) -> str | None:
        if facts.value_cents <= 0:
            return self.rest
        for code, least in thresholds.get("boundaries", ()):
            if facts.value_cents >= least:
                return str(code)
        return self.rest


@dataclass(frozen=True)
class FourLevelRule(TierRule):
    """The four-level model: value over the period at or above a level's threshold puts the
    customer in it (the highest level reached); below the last threshold, the light level."""

    kind = "four_level"
    levels: tuple[tuple[str, int], ...] = (
        ("KEY", 5_000_000),
        ("MAJOR", 1_000_000),
        ("ORDINARY", 200_000),
    )  # fmt: skip  (tier, threshold in cents), highest first
    rest: str = "LIGHT"
    period_days: int = 365

    LABELS: ClassVar[dict[str, str]] = {
        "KEY": "超重量级",
        "MAJOR": "重量级",
        "ORDINARY": "次重量级",
        "LIGHT": "轻量级",
    }

    @classmethod
    def default(cls) -> FourLevelRule:
        return cls()

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> FourLevelRule:
        return cls(
            levels=tuple((str(code), cents) for code, cents in params["levels"]),
            rest=str(params["rest"]),
            period_days=params["period_days"],
        )

    def to_params(self) -> dict[str, Any]:
        return {"levels": [list(level) for level in self.levels], "rest": self.rest,
                "period_days": self.period_days}  # fmt: skip

    def problems(self) -> list[RuleProblem]:
        found: list[RuleProblem] = []
        check_period(self.period_days, found)
        check_codes([c for c, _ in self.levels] + [self.rest], found)
        if not self.levels:
            found.append(RuleProblem("levels", "required"))
        for index, (_code, cents) in enumerate(self.levels):
            if not isinstance(cents, int) or isinstance(cents, bool) or cents <= 0:
                found.append(RuleProblem(f"levels.{index}", "threshold_not_positive"))
        thresholds = [c for _, c in self.levels if isinstance(c, int)]
        if any(a <= b for a, b in zip(thresholds, thresholds[1:], strict=False)):
            found.append(RuleProblem("levels", "thresholds_not_descending"))
        return found

    def tiers(self) -> list[TierDef]:
        codes = [c for c, _ in self.levels] + [self.rest]
        return [TierDef(c, self.LABELS.get(c, c)) for c in codes]

    def tier_with(self, thresholds: Mapping[str, Any], facts: Facts) -> str | None:
        return next((code for code, cents in self.levels if facts.value_cents >= cents), self.rest)
