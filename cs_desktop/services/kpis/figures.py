"""Every KPI grouped by a key: by period for the trend lines, or by site, staff member,
category or tier for the bars. One grouped query per source of rows (sources.py) computes all
the figures of that source at once.

Durations are the one figure not finished in SQL: SQL works out each complaint's seconds and
the domain's PERCENTILE.INC takes the median and 90th percentile (a period holds thousands of
complaints, not millions).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, case, func
from sqlalchemy.orm import Session

from cs_desktop.domain.enums import FollowupStatus
from cs_desktop.domain.kpis import Kpi, NpsResult, Period, percentile
from cs_desktop.storage.models import Complaint, Followup, SurveyResponse

from . import sources as src
from .scope import Dim, Scope

Value = tuple[float | None, int, float | None]  # (figure, what it counts over, 90th percentile)
EMPTY: Value = (None, 0, None)
ALL = "*"  # the key of a source that cannot be split the way asked (visits by category)

SURVEY_KPIS = frozenset({Kpi.SATISFACTION, Kpi.CSS, Kpi.CSAT, Kpi.NPS})
COMPLAINT_KPIS = frozenset({Kpi.FIRST_RESPONSE, Kpi.RESOLUTION, Kpi.FIRST_CONTACT_RESOLUTION,
                            Kpi.COMPLAINT_RATE})  # fmt: skip


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


def _durations(seconds: Sequence[float]) -> Value:
    if not seconds:
        return EMPTY
    return percentile(seconds, 50), len(seconds), percentile(seconds, 90)


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
        """Rows of (key, *columns), one per key."""
        key = self._key(source)
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
        """One source's figures into ``out``: "surveys", "complaints", "services" (the visits
        the complaint rate divides by) or "followups"."""
        {"surveys": self._surveys, "complaints": self._complaints, "services": self._services,
         "followups": self._followups}[name](out)  # fmt: skip

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

    def _complaints(self, out: Grouped) -> None:
        c = Complaint
        firsts: dict[Hashable, list[float]] = defaultdict(list)
        for key, secs in self._rows(src.RECEIVED, src.seconds(
                self.dialect, c.received_at, c.first_response_at)):  # fmt: skip
            out.complaints[key] = out.complaints.get(key, 0) + 1
            if secs is not None:
                firsts[key].append(max(0.0, round(float(secs), 3)))
        spans: dict[Hashable, list[float]] = defaultdict(list)
        at_once: dict[Hashable, int] = defaultdict(int)
        for key, secs, fcr in self._rows(
                src.RESOLVED, src.seconds(self.dialect, c.received_at, c.resolved_at),
                c.resolved_first_contact):  # fmt: skip
            spans[key].append(max(0.0, round(float(secs), 3)))
            at_once[key] += 1 if fcr else 0
        for key, values in firsts.items():
            out.values[Kpi.FIRST_RESPONSE][key] = _durations(values)
        for key, values in spans.items():
            out.values[Kpi.RESOLUTION][key] = _durations(values)
            out.values[Kpi.FIRST_CONTACT_RESOLUTION][key] = (
                at_once[key] / len(values), len(values), None)  # fmt: skip

    def _rows(self, source: src.Source, *columns: Any) -> Iterable[Any]:
        """One row per record: (key, *columns)."""
        key = self._key(source)
        if key is None:
            stmt = src.rows(source, list(columns), self.scope, self.periods)
            return ((ALL, *row) for row in self.s.execute(stmt))
        return self.s.execute(src.rows(source, [key, *columns], self.scope, self.periods,
                                       by=self.by))  # fmt: skip

    def _services(self, out: Grouped) -> None:
        if self.by is not None:
            out.services = {k: int(n) for k, n in self._grouped(src.VISITS, [func.count()])}
            return
        # By period: one range count each, which the index on the time column answers without
        # touching the rows (faster than one grouped scan).
        for i, period in enumerate(self.periods):
            stmt = src.rows(src.VISITS, [func.count()], self.scope, [period])
            out.services[i] = int(self.s.scalar(stmt) or 0)

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
    if wanted & COMPLAINT_KPIS:
        parts.append("complaints")
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
