"""CSS, NPS and CSAT (DOMAIN.md section 5). An empty input gives None, never 0."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class CssResult:
    """Customer satisfaction score: each answer's rating over its expectation."""

    ratios: tuple[float, ...]  # one per answer counted, in the order given
    mean: float
    satisfied: int  # answers whose ratio is at least 1

    @property
    def satisfied_share(self) -> float:
        return self.satisfied / len(self.ratios)


def css_ratio(rating: float | None, expectation: float | None) -> float | None:
    """Rating over expectation (>= 1: satisfied); None if either is missing or expectation 0."""
    if rating is None or not expectation:
        return None
    if rating < 0 or expectation < 0:
        raise ValueError("a rating or an expectation cannot be negative")
    return rating / expectation


def css(answers: Iterable[tuple[float | None, float | None]]) -> CssResult | None:
    """CSS over (rating, expectation) pairs; pairs without a usable expectation are skipped."""
    ratios = tuple(r for rating, exp in answers if (r := css_ratio(rating, exp)) is not None)
    if not ratios:
        return None
    return CssResult(ratios, sum(ratios) / len(ratios), sum(1 for r in ratios if r >= 1))


@dataclass(frozen=True)
class NpsResult:
    """Net promoter score from a 0-10 question: promoters 9-10, passives 7-8, detractors 0-6."""

    promoters: int
    passives: int
    detractors: int

    @property
    def total(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def promoter_share(self) -> float:
        return self.promoters / self.total

    @property
    def passive_share(self) -> float:
        return self.passives / self.total

    @property
    def detractor_share(self) -> float:
        return self.detractors / self.total

    @property
    def score(self) -> float:
        """% promoters minus % detractors, from -100 to 100."""
        return 100 * (self.promoters - self.detractors) / self.total


def nps(scores: Iterable[int]) -> NpsResult | None:
    """NPS over 0-10 answers (None if there are none); other values are refused."""
    counts = [0, 0, 0]
    for score in scores:
        if isinstance(score, bool) or score not in range(11):
            raise ValueError(f"an NPS answer is a whole number 0-10, not {score!r}")
        counts[0 if score >= 9 else 1 if score >= 7 else 2] += 1
    return NpsResult(*counts) if sum(counts) else None


def csat(scores: Iterable[float], scale: int = 5) -> float | None:
    """Share (0-1) of answers at the top two points of a 1..scale question (4-5 of 5, 9-10 of
    10); None if there are no answers."""
    if scale < 2:
        raise ValueError("a scale has at least two points")
    values = list(scores)
    if not values:
        return None
    if any(not 1 <= s <= scale for s in values):
        raise ValueError(f"a CSAT answer is outside 1-{scale}")
    return sum(1 for s in values if s >= scale - 1) / len(values)
