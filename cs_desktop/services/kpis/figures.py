"""Every KPI grouped by a key: by period for the trend lines, or by site, staff member,
category or tier for the bars. One grouped query per source of rows (sources.py) computes all
the figures of that source at once.

Durations are the one figure not finished in SQL: SQL works out each complaint's seconds and
the domain's PERCENTILE.INC takes the median and 90th percentile (a period holds thousands of
complaints, not millions).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select
from sqlalchemy.orm import Session

from cs_desktop.domain.enums import FollowupStatus
from cs_desktop.domain.kpis import Kpi, NpsResult, Period
from cs_desktop.storage.models import Complaint, Followup, SurveyResponse

from . import sources as src
from .scope import Dim, Scope

Value = tuple[float | None, int, float | None]  # (figure, what it counts over, 90th percentile)
EMPTY: Value = (None, 0, None)
ALL = "*"  # the key of a source that cannot be split the way asked (visits by category)

SURVEY_KPIS = frozenset({Kpi.SATISFACTION, Kpi.CSS, Kpi.CSAT, Kpi.NPS})


@dataclass
class Grouped:
    values: dict[Kpi, dict[Hashable, Value]] = field(default_factory=lambda: defaultdict(dict))
    nps: dict[Hashable, NpsResult] = field(default_factory=dict)
    responses: dict[Hashable, int] = field(default_factory=dict)
    complaints: dict[Hashable, int] = field(default_factory=dict)
    services: dict[Hashable, int] = field(default_factory=dict)

    def value(self, kpi: Kpi, key: Hashable) -> Value:
        return self.values[kpi].get(key, EMPTY)

    def keys(self) -> set[Hashable]:
        found: set[Hashable] = set()
        for by_key in self.values.values():
            found |= set(by_key)
        return found - {ALL}


def _ranked(values: dict[int, float], n: int, p: int) -> float:
    """The p-th percentile of n sorted values, of which ``values`` holds the ranks needed:
    domain/kpis/service.py's method (the tests check the two agree)."""
    h = (n - 1) * p / 100
    low = math.floor(h)
    if low + 1 >= n:
        return values[low]
    return values[low] + (h - low) * (values[low + 1] - values[low])


class Figures:
    """Figures over ``periods`` with the scope's filters, grouped by period (``by`` None: the
    key is the period's index, 0 = oldest) or by a dimension (the key is its value)."""

    def __init__(self, s: Session, scope: Scope, periods: Sequence[Period], today: dt.date,
                 by: Dim | None = None) -> None:  # fmt: skip
        self.s, self.scope, self.periods, self.today, self.by = s, scope, periods, today, by
        self.dialect = s.get_bind().dialect.name

    def _key(self, source: src.Source) -> ColumnElement[Any] | None:
        if self.by is None:
            return src.bucket(source, self.periods)
        return source.dim(self.by)

    def _grouped(self, source: src.Source, columns: Sequence[Any],
                 until: dt.date | None = None) -> Iterable[Any]:  # fmt: skip
        """Rows of (key, *columns), one per key. By period: one range query per period, which
        a covering index answers without a CASE per row (several times faster)."""
        if self.by is None and self.scope.tier is None:
            found = []
            for i, period in enumerate(self.periods):
                stmt = src.rows(source, [*columns], self.scope, [period], until=until)
                row = self.s.execute(stmt).one()
                if any(row):  # a period with nothing to count has no figures
                    found.append((i, *row))
            return found
        key = self._key(source)  # a tier's customers: one pass over all periods, not one each
        if key is None:
            stmt = src.rows(source, [*columns], self.scope, self.periods, until=until)
            return [(ALL, *row) for row in self.s.execute(stmt)]
        stmt = src.rows(source, [key, *columns], self.scope, self.periods, by=self.by, until=until)
        return self.s.execute(stmt.group_by(key)).all()

    def compute(self, kpis: Iterable[Kpi]) -> Grouped:
        out = Grouped()
        for part in parts_for(kpis):
            self.part(part, out)
        if Kpi.COMPLAINT_RATE in set(kpis):
            rate(out)
        return out

    def part(self, name: str, out: Grouped) -> None:
        """One source's figures into ``out``: "surveys", "received" and "resolved" (complaints),
        "services" (the visits the complaint rate divides by) or "followups"."""
        {"surveys": self._surveys, "received": self._received, "resolved": self._resolved,
         "services": self._services, "followups": self._followups}[name](out)  # fmt: skip

    def _surveys(self, out: Grouped) -> None:
        r = SurveyResponse
        for key, idx, n_idx, css, n_css, top, pro, pas, det, total in self._grouped(
            src.RESPONSES,
            [func.avg(r.index_score), func.count(r.index_score), func.avg(r.css_ratio),
             func.count(r.css_ratio), func.sum(case((r.index_score >= 4, 1), else_=0)),
             func.sum(case((r.nps >= 9, 1), else_=0)),
             func.sum(case((r.nps.between(7, 8), 1), else_=0)),
             func.sum(case((r.nps <= 6, 1), else_=0)), func.count()],
        ):  # fmt: skip
            n_idx, n_css = int(n_idx or 0), int(n_css or 0)
            out.values[Kpi.SATISFACTION][key] = (float(idx) if n_idx else None, n_idx, None)
            out.values[Kpi.CSS][key] = (float(css) if n_css else None, n_css, None)
            out.values[Kpi.CSAT][key] = (int(top or 0) / n_idx if n_idx else None, n_idx, None)
            parts = int(pro or 0), int(pas or 0), int(det or 0)
            if sum(parts):
                out.nps[key] = NpsResult(*parts)
                out.values[Kpi.NPS][key] = (out.nps[key].score, sum(parts), None)
            out.responses[key] = int(total or 0)

    def _received(self, out: Grouped) -> None:
        c = Complaint
        for key, count in self._grouped(src.RECEIVED, [func.count()]):
            out.complaints[key] = int(count)
        first = src.seconds(self.dialect, c.received_at, c.first_response_at)
        out.values[Kpi.FIRST_RESPONSE].update(self._percentiles(src.RECEIVED, first))

    def _resolved(self, out: Grouped) -> None:
        c = Complaint
        for key, done, at_once in self._grouped(src.RESOLVED, [
                func.count(), func.sum(case((c.resolved_first_contact.is_(True), 1), else_=0))]):  # fmt: skip
            out.values[Kpi.FIRST_CONTACT_RESOLUTION][key] = (int(at_once or 0) / int(done),
                                                             int(done), None)  # fmt: skip
        took = src.seconds(self.dialect, c.received_at, c.resolved_at)
        out.values[Kpi.RESOLUTION].update(self._percentiles(src.RESOLVED, took))

    def _percentiles(self, source: src.Source, seconds: ColumnElement[float]
                     ) -> dict[Hashable, Value]:  # fmt: skip
        """(median, count, 90th percentile) of a duration per key, by PERCENTILE.INC, with the
        sorting done in SQL: only the two ranks around each percentile come back."""
        key = self._key(source)
        keyed = literal(ALL) if key is None else key
        rows = src.rows(source, [keyed.label("k"), seconds.label("s")], self.scope,
                        self.periods, by=self.by).where(seconds.is_not(None)).subquery()  # fmt: skip
        ranked = select(
            rows.c.k, rows.c.s,
            (func.row_number().over(partition_by=rows.c.k, order_by=rows.c.s) - 1).label("i"),
            func.count().over(partition_by=rows.c.k).label("n"),
        ).subquery()  # fmt: skip
        wanted = [((ranked.c.n - 1) * p) // 100 for p in (50, 90)]
        stmt = select(ranked.c.k, ranked.c.n, ranked.c.i, ranked.c.s).where(or_(
            *[ranked.c.i == w for w in wanted], *[ranked.c.i == w + 1 for w in wanted]))  # fmt: skip
        ranks: dict[Hashable, dict[int, float]] = defaultdict(dict)
        counts: dict[Hashable, int] = {}
        for k, n, i, secs in self.s.execute(stmt):
            ranks[k][int(i)] = max(0.0, round(float(secs), 3))
            counts[k] = int(n)
        return {k: (_ranked(ranks[k], counts[k], 50), counts[k], _ranked(ranks[k], counts[k], 90))
                for k in counts}  # fmt: skip

    def _services(self, out: Grouped) -> None:
        out.services = {k: int(n) for k, n in self._grouped(src.VISITS, [func.count()])}

    def _followups(self, out: Grouped) -> None:
        done = func.sum(case((Followup.status == FollowupStatus.DONE.value, 1), else_=0))
        # A follow-up not yet due is not late: the running period counts up to today.
        until = self.today + dt.timedelta(days=1)
        for key, finished, due in self._grouped(src.FOLLOWUPS, [done, func.count()], until):
            finished, due = int(finished or 0), int(due or 0)
            out.values[Kpi.FOLLOWUP_COMPLETION][key] = (finished / due if due else None, due,
                                                        None)  # fmt: skip


def parts_for(kpis: Iterable[Kpi]) -> list[str]:
    """The sources to read for these KPIs (see Figures.part)."""
    wanted = set(kpis)
    parts = []
    if wanted & SURVEY_KPIS:
        parts.append("surveys")
    if wanted & {Kpi.FIRST_RESPONSE, Kpi.COMPLAINT_RATE}:
        parts.append("received")
    if wanted & {Kpi.RESOLUTION, Kpi.FIRST_CONTACT_RESOLUTION}:
        parts.append("resolved")
    if Kpi.COMPLAINT_RATE in wanted:
        parts.append("services")
    if Kpi.FOLLOWUP_COMPLETION in wanted:
        parts.append("followups")
    return parts


def rate(out: Grouped) -> None:
    """The complaint rate from the complaints and services already counted."""
    everyone = out.services.get(ALL)
    for key in set(out.complaints) | {k for k in out.services if k != ALL}:
        complaints = out.complaints.get(key, 0)
        services = out.services.get(key, everyone if everyone is not None else 0)
        out.values[Kpi.COMPLAINT_RATE][key] = (
            complaints / services if services else None, services, None)  # fmt: skip


def merge(parts: Iterable[Grouped]) -> Grouped:
    """Figures of different sources, read apart, as one."""
    out = Grouped()
    for part in parts:
        for kpi, values in part.values.items():
            out.values[kpi].update(values)
        out.nps.update(part.nps)
        out.responses.update(part.responses)
        out.complaints.update(part.complaints)
        out.services.update(part.services)
    return out
