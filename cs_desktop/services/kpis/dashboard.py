"""The Reports page's figures for a period with their 12-period trends, in one read.

Every figure is an SQL aggregate per period over the rows of its source (sources.py): a few
grouped queries, one per source, cover all thirteen periods at once. Durations are the one
exception: SQL works out each complaint's seconds and the percentiles are taken in Python by
the domain's PERCENTILE.INC (a period holds a few thousand complaints, not millions).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import FollowupStatus
from cs_desktop.domain.kpis import (
    ItemScore,
    Kpi,
    NpsResult,
    Period,
    Target,
    percentile,
    priorities,
)
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    Followup,
    SurveyAnswer,
    SurveyDefinition,
    SurveyItem,
    SurveyResponse,
    TierPolicy,
    Visit,
)

from . import sources as src
from .scope import Scope
from .targets import KpiTargets

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
class TierFigure:
    tier: str | None
    label: str
    customers: int
    value_cents: int  # what their visits in the period were worth


@dataclass(frozen=True)
class Dashboard:
    scope: Scope
    periods: list[Period]
    trends: dict[Kpi, list[Figure]]  # one figure per period, oldest first
    targets: dict[Kpi, Target]
    nps: NpsResult | None  # the period shown
    items: list[ItemFigure]
    priorities: list[ItemFigure]  # the weakest items, to improve first
    tiers: list[TierFigure]
    responses: int  # survey answers in the period shown
    complaints: int  # received in the period shown
    services: int  # visits and calls in the period shown

    def figure(self, kpi: Kpi, back: int = 0) -> Figure:
        """The figure of the period shown, or ``back`` periods before it."""
        return self.trends[kpi][-1 - back]


def _nps(promoters: Any, passives: Any, detractors: Any) -> NpsResult | None:
    parts = int(promoters or 0), int(passives or 0), int(detractors or 0)
    return NpsResult(*parts) if sum(parts) else None


class DashboardService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today
        self.targets = KpiTargets(factory)

    def dashboard(self, scope: Scope) -> Dashboard:
        periods = scope.periods
        goals = self.targets.targets()
        n = len(periods)
        values: dict[Kpi, list[tuple[float | None, int, float | None]]] = {}
        with self._factory() as s:
            dialect = s.get_bind().dialect.name
            nps_parts, responses = self._surveys(s, scope, periods, values)
            complaints = self._complaints(s, scope, periods, values, dialect)
            services = self._services(s, scope, periods)
            self._rate(complaints, services, values)
            self._followups(s, scope, periods, values)
            items = self._items(s, scope, periods)
            tiers = self._tiers(s, scope, periods[-1])
        trends = {
            kpi: [Figure(v, c, goals[kpi].met(v), p) for v, c, p in values[kpi]] for kpi in KPIS
        }
        assert all(len(t) == n for t in trends.values())
        weakest = {i.code for i in priorities(
            [ItemScore(i.code, i.mean, i.answers, i.weight) for i in items])}  # fmt: skip
        return Dashboard(scope, periods, trends, goals, nps_parts[-1], items,
                         sorted((i for i in items if i.code in weakest),
                                key=lambda i: (i.mean, -i.weight, i.code)),
                         tiers, responses[-1], complaints[-1], services[-1])  # fmt: skip

    # --- survey answers -----------------------------------------------------------------------
    def _surveys(self, s: Session, scope: Scope, periods: list[Period],
                 values: dict[Kpi, list[tuple[float | None, int, float | None]]],
                 ) -> tuple[list[NpsResult | None], list[int]]:  # fmt: skip
        r = SurveyResponse
        b = src.bucket(src.RESPONSES, periods).label("b")
        stmt = src.rows(src.RESPONSES, [
            b, func.avg(r.index_score), func.count(r.index_score),
            func.avg(r.css_ratio), func.count(r.css_ratio),
            func.sum(case((r.index_score >= 4, 1), else_=0)),
            func.sum(case((r.nps >= 9, 1), else_=0)),
            func.sum(case((r.nps.between(7, 8), 1), else_=0)),
            func.sum(case((r.nps <= 6, 1), else_=0)),
            func.count(),
        ], scope, periods).group_by(b)  # fmt: skip
        got = {row[0]: row[1:] for row in s.execute(stmt)}
        nps_parts: list[NpsResult | None] = []
        counts: list[int] = []
        for kpi in (Kpi.SATISFACTION, Kpi.CSS, Kpi.CSAT, Kpi.NPS):
            values[kpi] = []
        for i in range(len(periods)):
            idx, n_idx, css, n_css, top, pro, pas, det, total = got.get(
                i, (None, 0, None, 0, 0, 0, 0, 0, 0))  # fmt: skip
            n_idx, n_css = int(n_idx or 0), int(n_css or 0)
            values[Kpi.SATISFACTION].append((float(idx) if n_idx else None, n_idx, None))
            values[Kpi.CSS].append((float(css) if n_css else None, n_css, None))
            share = int(top or 0) / n_idx if n_idx else None
            values[Kpi.CSAT].append((share, n_idx, None))
            parts = _nps(pro, pas, det)
            nps_parts.append(parts)
            values[Kpi.NPS].append((parts.score if parts else None,
                                    parts.total if parts else 0, None))  # fmt: skip
            counts.append(int(total or 0))
        return nps_parts, counts

    # --- complaints ---------------------------------------------------------------------------
    def _complaints(self, s: Session, scope: Scope, periods: list[Period],
                    values: dict[Kpi, list[tuple[float | None, int, float | None]]],
                    dialect: str) -> list[int]:  # fmt: skip
        c = Complaint
        n = len(periods)
        received = src.bucket(src.RECEIVED, periods)
        first = src.seconds(dialect, c.received_at, c.first_response_at)
        firsts: dict[int, list[float]] = defaultdict(list)
        counts = [0] * n
        for b, secs in s.execute(src.rows(src.RECEIVED, [received, first], scope, periods)):
            counts[b] += 1
            if secs is not None:
                firsts[b].append(max(0.0, round(float(secs), 3)))
        resolved = src.bucket(src.RESOLVED, periods)
        took = src.seconds(dialect, c.received_at, c.resolved_at)
        spans: dict[int, list[float]] = defaultdict(list)
        at_once = [0] * n
        for b, secs, fcr in s.execute(src.rows(src.RESOLVED, [resolved, took,
                                                              c.resolved_first_contact],
                                               scope, periods)):  # fmt: skip
            spans[b].append(max(0.0, round(float(secs), 3)))
            at_once[b] += 1 if fcr else 0
        values[Kpi.FIRST_RESPONSE] = [_durations(firsts[i]) for i in range(n)]
        values[Kpi.RESOLUTION] = [_durations(spans[i]) for i in range(n)]
        values[Kpi.FIRST_CONTACT_RESOLUTION] = [
            (at_once[i] / len(spans[i]) if spans[i] else None, len(spans[i]), None)
            for i in range(n)
        ]
        return counts

    def _services(self, s: Session, scope: Scope, periods: list[Period]) -> list[int]:
        """Visits and calls per period: one range count per period, which an index on the
        time column answers without touching the rows."""
        counts = []
        for period in periods:
            stmt = src.rows(src.VISITS, [func.count()], scope, [period])
            counts.append(int(s.scalar(stmt) or 0))
        return counts

    @staticmethod
    def _rate(complaints: list[int], services: list[int],
              values: dict[Kpi, list[tuple[float | None, int, float | None]]]) -> None:  # fmt: skip
        values[Kpi.COMPLAINT_RATE] = [
            (c / v if v else None, v, None) for c, v in zip(complaints, services, strict=True)
        ]

    # --- follow-ups ---------------------------------------------------------------------------
    def _followups(self, s: Session, scope: Scope, periods: list[Period],
                   values: dict[Kpi, list[tuple[float | None, int, float | None]]]) -> None:  # fmt: skip
        f = Followup
        b = src.bucket(src.FOLLOWUPS, periods).label("b")
        done = func.sum(case((f.status == FollowupStatus.DONE.value, 1), else_=0))
        # A follow-up not yet due is not late: the running period counts up to today.
        until = self._today() + dt.timedelta(days=1)
        got = {row[0]: (int(row[1] or 0), int(row[2] or 0)) for row in s.execute(
            src.rows(src.FOLLOWUPS, [b, done, func.count()], scope, periods, until=until)
            .group_by(b))}  # fmt: skip
        values[Kpi.FOLLOWUP_COMPLETION] = [
            (d / t if t else None, t, None)
            for d, t in (got.get(i, (0, 0)) for i in range(len(periods)))
        ]

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
        newest: dict[str, tuple[int, str, float, int]] = {}
        for code, text, weight, version, position in s.execute(
                select(SurveyItem.code, SurveyItem.text, SurveyItem.weight, d.version,
                       SurveyItem.position)
                .join(d, d.id == SurveyItem.definition_id)
                .where(SurveyItem.code.in_(list(now)))):  # fmt: skip
            if code not in newest or newest[code][0] < version:
                newest[code] = (version, text, float(weight), position)
        return sorted(
            (ItemFigure(code, newest[code][1], mean, count, newest[code][2], before.get(code))
             for code, (mean, count) in now.items() if code in newest),
            key=lambda i: (newest[i.code][3], i.code))  # fmt: skip

    # --- tiers --------------------------------------------------------------------------------
    def _tiers(self, s: Session, scope: Scope, period: Period) -> list[TierFigure]:
        """Customers per tier now, and what their visits in the period were worth."""
        live = [Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None)]
        if scope.site_id is not None:
            live.append(Customer.origin_site_id == scope.site_id)
        if scope.tier is not None:
            live.append(
                Customer.tier.is_(None) if scope.tier == "" else Customer.tier == scope.tier
            )
        customers = dict(s.execute(select(Customer.tier, func.count()).where(*live)
                                   .group_by(Customer.tier)).all())  # fmt: skip
        value = dict(s.execute(
            src.rows(src.VISITS, [Customer.tier, func.coalesce(func.sum(Visit.value_cents), 0)],
                     replace(scope, category=None), [period],
                     by=src.Dim.TIER).group_by(Customer.tier)).all())  # fmt: skip
        labels = {t: (label, pos) for t, label, pos in s.execute(
            select(TierPolicy.tier, TierPolicy.label, TierPolicy.position))}  # fmt: skip
        tiers = set(customers) | set(value)
        return sorted(
            (TierFigure(t, labels.get(t or "", (t or "", 0))[0], int(customers.get(t, 0)),
                        int(value.get(t, 0) or 0)) for t in tiers),
            key=lambda f: (f.tier is None, labels.get(f.tier or "", ("", 999))[1], str(f.tier)))  # fmt: skip


def _durations(seconds: Sequence[float]) -> tuple[float | None, int, float | None]:
    """(median, how many, 90th percentile) of some durations in seconds."""
    if not seconds:
        return None, 0, None
    return percentile(seconds, 50), len(seconds), percentile(seconds, 90)
