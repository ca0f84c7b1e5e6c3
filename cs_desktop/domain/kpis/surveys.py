"""Survey versions, their answers and the CSI (DOMAIN.md section 5).

A survey version fixes its items, their weights and its scale (1-5 or 1-10). An answer
(``Response``) carries the version it was given under, so editing a survey makes a new version
and old answers keep their meaning: every formula reads the items and weights of each
response's own version. Items are matched across versions by their code.

Scores are normalised to the scale asked for (by default the 1-5 scale of the satisfaction
target) with the linear map that sends 1 to 1 and the top of one scale to the top of the
other: on 1-10 -> 1-5, ``1 + (score - 1) * 4 / 9``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

SCALES = (5, 10)  # the top point of the scales a survey may use; every scale starts at 1


@dataclass(frozen=True)
class SurveyItem:
    code: str
    weight: float


@dataclass(frozen=True)
class SurveyVersion:
    """One version of a survey: its items with their weights, and its scale (1..scale)."""

    survey: str
    version: int
    items: tuple[SurveyItem, ...]
    scale: int = 5

    def __post_init__(self) -> None:
        if self.scale not in SCALES:
            raise ValueError(f"scale must be one of {SCALES}, not {self.scale}")
        codes = [i.code for i in self.items]
        if len(set(codes)) != len(codes):
            raise ValueError("item codes repeat")
        if any(i.weight < 0 for i in self.items):
            raise ValueError("a weight is negative")

    def weight(self, code: str) -> float:
        return next(i.weight for i in self.items if i.code == code)


@dataclass(frozen=True)
class Response:
    """One answered survey: a score per item answered (items left blank are simply absent)."""

    version: SurveyVersion
    scores: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        known = {i.code for i in self.version.items}
        for code, score in self.scores.items():
            if code not in known:
                raise ValueError(f"item {code!r} is not in survey version {self.version.version}")
            if not 1 <= score <= self.version.scale:
                raise ValueError(f"score {score} of {code!r} is outside 1-{self.version.scale}")

    def normalised(self, code: str, scale: int = 5) -> float | None:
        """The score of one item on the 1..``scale`` scale, or None if it was not answered."""
        score = self.scores.get(code)
        return None if score is None else rescale(score, self.version.scale, scale)

    def index(self, scale: int = 5) -> float | None:
        """This answer's weighted mean over the items answered (None if no weighted item is).

        A missing item is left out of the weighting, not counted as a low score.
        """
        total = weights = 0.0
        for item in self.version.items:
            score = self.normalised(item.code, scale)
            if score is not None and item.weight > 0:
                total += item.weight * score
                weights += item.weight
        return total / weights if weights else None


def rescale(score: float, from_scale: int, to_scale: int) -> float:
    """A score on 1..from_scale mapped linearly onto 1..to_scale (1 -> 1, top -> top)."""
    if from_scale == to_scale:
        return float(score)
    return 1 + (score - 1) * (to_scale - 1) / (from_scale - 1)


def csi(responses: Iterable[Response], scale: int = 5) -> float | None:
    """The customer satisfaction index: the mean over answers of each answer's weighted mean.

    Answers with no weighted item answered are left out; no answer at all gives None.
    """
    indexes = [i for r in responses if (i := r.index(scale)) is not None]
    return sum(indexes) / len(indexes) if indexes else None


@dataclass(frozen=True)
class ItemScore:
    """One item's mean over the answers that scored it, with its current weight."""

    code: str
    mean: float
    answers: int
    weight: float


def item_scores(responses: Iterable[Response], scale: int = 5) -> list[ItemScore]:
    """Each item's mean score (normalised to 1..``scale``), in the order items first appear.

    An item's weight is the one in the newest survey version that has it.
    """
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    newest: dict[str, tuple[int, float]] = {}
    for response in responses:
        version = response.version
        for item in version.items:
            if item.code not in newest or newest[item.code][0] < version.version:
                newest[item.code] = (version.version, item.weight)
            score = response.normalised(item.code, scale)
            if score is not None:
                sums[item.code] = sums.get(item.code, 0.0) + score
                counts[item.code] = counts.get(item.code, 0) + 1
    return [ItemScore(code, sums[code] / counts[code], counts[code], newest[code][1])
            for code in sums]  # fmt: skip


def priorities(scores: Iterable[ItemScore], count: int = 3) -> list[ItemScore]:
    """The weakest items, to improve first: lowest mean first; on a tie, the heavier weight
    first (it moves the index more), then by code so the order is stable."""
    return sorted(scores, key=lambda s: (s.mean, -s.weight, s.code))[:count]
