"""The Reports page's figures for a period with their 12-period trends, in one read.

Every figure is an SQL aggregate per period over the rows of its source (sources.py): a few
grouped queries, one per source, cover all thirteen periods at once. Durations are the one
exception: SQL works out each complaint's seconds and the percentiles are taken in Python by
the domain's PERCENTILE.INC (a period holds a few thousand complaints, not millions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.kpis import (
    ItemScore,
    Kpi,
    NpsResult,
    Period,
    Target,
    priorities,
)
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import (
    SurveyAnswer,
    SurveyDefinition,
    SurveyItem,
    SurveyResponse,
)

from ..accounts.actor import require_bound
from . import sources as src
from .figures import Figures, Grouped, merge, parts_for, rate
from .scope import Scope
from .targets import KpiTargets

WORKERS = 3  # queries at once: a few, on a desk PC with two or four cores

# The order of the dashboard's tiles.
KPIS = (Kpi.SATISFACTION, Kpi.NPS, Kpi.CSS, Kpi.CSAT, Kpi.FIRST_CONTACT_RESOLUTION,
        Kpi.FIRST_RESPONSE, Kpi.RESOLUTION, Kpi.COMPLAINT_RATE,
        Kpi.FOLLOWUP_COMPLETION)  # fmt: skip


@dataclass(frozen=True)
class Figure:
    """One KPI in one period."""

    value: float | None  # None: nothing to count in the period
    count: int  # the answers, complaints or follow-ups it is computed over
    met: bool | None  # None: no figure
    p90: float | None = None  # durations: the 90th percentile beside the median (value)


@dataclass(frozen=True)
class ItemFigure:
    """One survey item (matched across versions by code) in the period shown."""

    code: str
    text: str  # as worded in the newest version that has it
    mean: float  # on 1-5
    answers: int
    weight: float
    previous: float | None  # its mean in the period before


@dataclass(frozen=True)
class Dashboard:
    scope: Scope
    periods: list[Period]
    trends: dict[Kpi, list[Figure]]  # one figure per period, oldest first
    targets: dict[Kpi, Target]
    nps: NpsResult | None  # the period shown
    items: list[ItemFigure]
    priorities: list[ItemFigure]  # the weakest items, to improve first
    responses: int  # survey answers in the period shown
    complaints: int  # received in the period shown
    services: int  # visits and calls in the period shown

    def figure(self, kpi: Kpi, back: int = 0) -> Figure:
        """The figure of the period shown, or ``back`` periods before it."""
        return self.trends[kpi][-1 - back]


class DashboardService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today
        self.targets = KpiTargets(factory)

    def dashboard(self, scope: Scope) -> Dashboard:
        require_bound(self._factory, Permission.VIEW_REPORTS)
        periods = scope.periods
        goals = self.targets.targets()
        got, items = self._read(scope, periods)
        trends = {kpi: [Figure(v, c, goals[kpi].met(v), p)
                        for v, c, p in (got.value(kpi, i) for i in range(len(periods)))]
                  for kpi in KPIS}  # fmt: skip
        weakest = {i.code for i in priorities(
            [ItemScore(i.code, i.mean, i.answers, i.weight) for i in items])}  # fmt: skip
        last = len(periods) - 1
        return Dashboard(scope, periods, trends, goals, got.nps.get(last), items,
                         sorted((i for i in items if i.code in weakest),
                                key=lambda i: (i.mean, -i.weight, i.code)),
                         got.responses.get(last, 0), got.complaints.get(last, 0),
                         got.services.get(last, 0))  # fmt: skip

    def _read(self, scope: Scope, periods: list[Period]
              ) -> tuple[Grouped, list[ItemFigure]]:  # fmt: skip
        """Each source in its own session on a few threads: the database works on several
        queries at once (SQLite's readers do not block each other in WAL mode)."""
        today = self._today()

        def part(name: str) -> Grouped:
            out = Grouped()
            with self._factory() as s:
                Figures(s, scope, periods, today).part(name, out)
            return out

        def items() -> list[ItemFigure]:
            with self._factory() as s:
                return self._items(s, scope, periods)

        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            item_read = pool.submit(items)  # the longest first
            reads = [pool.submit(part, name) for name in parts_for(KPIS)]
            got = merge(r.result() for r in reads)
            rate(got)
            return got, item_read.result()

    # --- survey items -------------------------------------------------------------------------
    def _items(self, s: Session, scope: Scope, periods: list[Period]) -> list[ItemFigure]:
        """Each item's mean (normalised to 1-5) in the period shown and the one before."""
        last_two = periods[-2:]
        b = src.bucket(src.RESPONSES, last_two).label("b")
        d = SurveyDefinition
        score = 1 + (SurveyAnswer.score - 1) * 4.0 / (d.scale_max - 1)
        stmt = (src.rows(src.RESPONSES, [b, SurveyItem.code, func.avg(score),
                                         func.count(SurveyAnswer.score)], scope, last_two)
                .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
                .join(SurveyItem, SurveyItem.id == SurveyAnswer.item_id)
                .join(d, d.id == SurveyItem.definition_id)
                .where(SurveyAnswer.score.is_not(None), SurveyAnswer.deleted_at.is_(None))
                .group_by(b, SurveyItem.code))  # fmt: skip
        now: dict[str, tuple[float, int]] = {}
        before: dict[str, float] = {}
        for bucket, code, mean, count in s.execute(stmt):
            if len(last_two) == 1 or bucket == 1:
                now[code] = (float(mean), int(count))
            else:
                before[code] = float(mean)
        if not now:
            return []
        # Wording and weight: the newest version, among the surveys answered in the period, that
        # asks the item (another survey may use the same code in other words).
        answered = src.rows(src.RESPONSES, [SurveyResponse.definition_id], scope, last_two
                            ).distinct().scalar_subquery()  # fmt: skip
        answered_codes = select(d.code).where(d.id.in_(answered)).scalar_subquery()
        newest: dict[str, tuple[int, str, float, int]] = {}
        for code, text, weight, version, position in s.execute(
                select(SurveyItem.code, SurveyItem.text, SurveyItem.weight, d.version,
                       SurveyItem.position)
                .join(d, d.id == SurveyItem.definition_id)
                .where(SurveyItem.code.in_(list(now)), d.code.in_(answered_codes))
                .order_by(d.code)):  # fmt: skip
            if code not in newest or newest[code][0] < version:
                newest[code] = (version, text, float(weight), position)
        return sorted(
            (ItemFigure(code, newest[code][1], mean, count, newest[code][2], before.get(code))
             for code, (mean, count) in now.items() if code in newest),
            key=lambda i: (newest[i.code][3], i.code))  # fmt: skip
