"""Tier classification rules (DOMAIN.md section 2), pure Python.

Importing the package registers every rule class in ``RULES`` by its kind.
"""

from .base import (
    RULES,
    Facts,
    RuleError,
    RuleProblem,
    TierDef,
    TierRule,
    effective_tier,
    moves,
    rule_from,
)
from .rfm import RfmRule
from .value import FourLevelRule, ParetoRule
from .weighted import CRITERIA, WeightedRule

__all__ = [
    "CRITERIA", "RULES", "Facts", "FourLevelRule", "ParetoRule", "RfmRule", "RuleError",
    "RuleProblem", "TierDef", "TierRule", "WeightedRule", "effective_tier", "moves", "rule_from",
]  # fmt: skip
