"""KPI targets (defaults from DOMAIN.md section 5) and how a figure compares with its target.

Units: shares and rates are fractions (0.75 is 75%), durations are seconds, satisfaction is
the CSI on the 1-5 scale, NPS is a score from -100 to 100.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Direction(StrEnum):
    HIGHER = "higher"  # higher is better: the target is a floor
    LOWER = "lower"  # lower is better: the target is a ceiling


class Kpi(StrEnum):
    FIRST_CONTACT_RESOLUTION = "first_contact_resolution"
    SATISFACTION = "satisfaction"
    FIRST_RESPONSE = "first_response"
    RESOLUTION = "resolution"
    COMPLAINT_RATE = "complaint_rate"
    NPS = "nps"
    CSS = "css"
    CSAT = "csat"
    FOLLOWUP_COMPLETION = "followup_completion"


@dataclass(frozen=True)
class Target:
    kpi: Kpi
    value: float
    direction: Direction

    def met(self, figure: float | None) -> bool | None:
        """Whether the figure meets the target (reaching it exactly counts); None if no figure."""
        if figure is None:
            return None
        return figure >= self.value if self.direction is Direction.HIGHER else figure <= self.value

    def compare(self, figure: float | None) -> Comparison:
        return Comparison(self, figure, self.met(figure))


@dataclass(frozen=True)
class Comparison:
    target: Target
    figure: float | None
    met: bool | None  # None: no figure for the period (nothing to count)

    @property
    def margin(self) -> float | None:
        """How far on the good side of the target the figure is (negative: short of it)."""
        if self.figure is None:
            return None
        diff = self.figure - self.target.value
        return diff if self.target.direction is Direction.HIGHER else -diff


DEFAULT_TARGETS: dict[Kpi, Target] = {
    Kpi.FIRST_CONTACT_RESOLUTION: Target(Kpi.FIRST_CONTACT_RESOLUTION, 0.75, Direction.HIGHER),
    Kpi.SATISFACTION: Target(Kpi.SATISFACTION, 4.5, Direction.HIGHER),
    Kpi.FIRST_RESPONSE: Target(Kpi.FIRST_RESPONSE, 10 * 60, Direction.LOWER),
    Kpi.RESOLUTION: Target(Kpi.RESOLUTION, 4 * 3600, Direction.LOWER),
    Kpi.COMPLAINT_RATE: Target(Kpi.COMPLAINT_RATE, 0.005, Direction.LOWER),
    Kpi.NPS: Target(Kpi.NPS, 60, Direction.HIGHER),
}

# Figures DOMAIN.md gives no number for. CSS: a ratio of at least 1 is its own definition of
# satisfied. CSAT and follow-up completion: this product's defaults, editable like the others.
EXTRA_TARGETS: dict[Kpi, Target] = {
    Kpi.CSS: Target(Kpi.CSS, 1.0, Direction.HIGHER),
    Kpi.CSAT: Target(Kpi.CSAT, 0.8, Direction.HIGHER),
    Kpi.FOLLOWUP_COMPLETION: Target(Kpi.FOLLOWUP_COMPLETION, 0.9, Direction.HIGHER),
}


def targets(overrides: dict[Kpi, float] | None = None) -> dict[Kpi, Target]:
    """Every target (DOMAIN.md's and this product's) with a site's edited values in place
    (directions never change)."""
    result = {**DEFAULT_TARGETS, **EXTRA_TARGETS}
    for kpi, value in (overrides or {}).items():
        result[kpi] = Target(kpi, value, result[kpi].direction)
    return result
