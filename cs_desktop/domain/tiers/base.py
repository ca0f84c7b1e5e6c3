"""What every tier rule shares: the facts it classifies, its parameters, its registry.

A rule is a frozen dataclass of parameters with a ``kind``. Classifying is two steps:
``thresholds`` reads the whole population once (Pareto's value boundaries, RFM's quintile
boundaries) into a small JSON-able dict, and ``tier_with`` places one customer by those
thresholds. The full recompute does both in SQL over a million customers (services.tiers) and
keeps the thresholds with the run; when one customer's transactions change, ``tier_with`` and the
last run's thresholds place them again without a full recompute. ``classify`` is the reference
implementation over plain facts, the oracle the SQL is tested against. Defining a subclass with
a new ``kind`` registers it (DESIGN.md rule 12: a new rule is a new class, no central switch).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Facts:
    """One customer as the rules see them, over the rule's period."""

    key: Hashable  # the customer id
    value_cents: int = 0  # sales less refunds in the period (may be negative)
    frequency: int = 0  # sales in the period
    last_purchase_at: dt.datetime | None = None  # the last sale in the period (UTC)
    is_organization: bool = False
    evaluation: Mapping[str, float] = dataclasses.field(default_factory=dict)  # 1-5 per criterion


@dataclass(frozen=True)
class TierDef:
    code: str  # stored on the customer: short, stable
    label: str  # the default name in the tier table (the site may rename it)


@dataclass(frozen=True)
class RuleProblem:
    """A parameter the administrator must fix: ``field`` names it, ``code`` the reason."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


class RuleError(ValueError):
    def __init__(self, problems: Sequence[RuleProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = list(problems)


RULES: dict[str, type[TierRule]] = {}


class TierRule:
    """Base of the rule classes; see the module docstring."""

    kind: ClassVar[str] = ""
    period_days: int  # every rule looks at a period ending today

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            RULES[cls.kind] = cls

    # --- parameters -----------------------------------------------------------------------
    @classmethod
    def default(cls) -> TierRule:
        raise NotImplementedError

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> TierRule:
        raise NotImplementedError

    def to_params(self) -> dict[str, Any]:
        raise NotImplementedError

    def problems(self) -> list[RuleProblem]:
        raise NotImplementedError

    def tiers(self) -> list[TierDef]:
        """The tiers this rule gives, best first."""
        raise NotImplementedError

    # --- classifying ----------------------------------------------------------------------
    def thresholds(self, facts: Sequence[Facts], as_of: dt.datetime) -> dict[str, Any]:
        """What the population decides (JSON-able); ``as_of`` is the start of today (UTC)."""
        return {}

    def tier_with(self, thresholds: Mapping[str, Any], facts: Facts) -> str | None:
        """One customer's tier (None: the rule does not apply to them)."""
        raise NotImplementedError

    def classify(self, facts: Sequence[Facts], as_of: dt.datetime) -> dict[Hashable, str | None]:
        """Each customer's tier: the reference for the SQL recompute."""
        found = self.thresholds(facts, as_of)
        return {f.key: self.tier_with(found, f) for f in facts}

    def since(self, today: dt.date) -> dt.date:
        """The first day of the period (inclusive)."""
        return today - dt.timedelta(days=self.period_days - 1)


def rule_from(kind: str, params: Mapping[str, Any]) -> TierRule:
    """The rule of a stored rule set; RuleError names what is wrong with its parameters."""
    cls = RULES.get(kind)
    if cls is None:
        raise RuleError([RuleProblem("kind", "unknown_rule", {"kind": kind})])
    try:
        rule = cls.from_params(params)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, RuleError):
            raise
        raise RuleError([RuleProblem("params", "bad_params", {"detail": str(exc)})]) from exc
    problems = rule.problems()
    if problems:
        raise RuleError(problems)
    return rule


# --- checks the rules share ---------------------------------------------------------------
def check_period(days: object, problems: list[RuleProblem]) -> None:
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 3660:
        problems.append(RuleProblem("period_days", "out_of_range", {"min": 1, "max": 3660}))


def check_codes(codes: Sequence[str], problems: list[RuleProblem]) -> None:
    for index, code in enumerate(codes):
        if not code or len(code) > 16 or code != code.strip():
            problems.append(RuleProblem(f"tiers.{index}", "bad_tier_code", {"code": code}))
    if len(set(codes)) != len(codes):
        problems.append(RuleProblem("tiers", "duplicate_tier_code"))


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# --- after classifying -----------------------------------------------------------------------
def effective_tier(rule_tier: str | None, override_tier: str | None,
                   override_expires: dt.date | None, today: dt.date) -> str | None:  # fmt: skip
    """A manual override wins until the end of its expiry day; then the rule's tier again."""
    if override_tier is not None and (override_expires is None or today <= override_expires):
        return override_tier
    return rule_tier


def moves(before: Mapping[Hashable, str | None],
          after: Mapping[Hashable, str | None]) -> Counter[tuple[str | None, str | None]]:  # fmt: skip
    """How many customers go from which tier to which (the preview of a changed rule set).
    Customers whose tier stays are not counted."""
    counts: Counter[tuple[str | None, str | None]] = Counter()
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if old != new:
            counts[(old, new)] += 1
    return counts
