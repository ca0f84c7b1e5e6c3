"""One KPI in one period split by site, staff member, complaint category or customer tier: the
bars of the Reports page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.kpis import Kpi
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import Site, Staff, TierPolicy

from ..accounts.actor import require_bound
from .figures import ALL, Figures
from .scope import Dim, Scope
from .targets import KpiTargets


@dataclass(frozen=True)
class Bar:
    key: Hashable  # the site or staff id, the category, the tier code; None: none recorded
    label: str  # "" for the None key (the page names it: no staff member, no tier)
    value: float | None
    count: int
    met: bool | None
    p90: float | None = None


class BreakdownService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today
        self._targets = KpiTargets(factory)

    def bars(self, kpi: Kpi, by: Dim, scope: Scope) -> list[Bar]:
        """The KPI in the scope's period per value of ``by``, best-known order: by label."""
        require_bound(self._factory, Permission.VIEW_REPORTS)
        target = self._targets.targets()[kpi]
        with self._factory() as s:
            got = Figures(s, scope, [scope.current], self._today(), by=by).compute([kpi])
            keys = [k for k in got.values[kpi] if k != ALL]
            labels = self._labels(s, by, keys)
        bars = []
        for key in keys:
            value, count, p90 = got.value(kpi, key)
            if count:
                bars.append(Bar(key, labels.get(key, "" if key is None else str(key)), value,
                                count, target.met(value), p90))  # fmt: skip
        return sorted(bars, key=lambda b: (b.key is None, b.label))

    @staticmethod
    def _labels(s: Session, by: Dim, keys: list[Hashable]) -> dict[Hashable, str]:
        ids = [k for k in keys if k is not None]
        if by is Dim.STAFF:
            return dict(
                s.execute(select(Staff.id, Staff.display_name).where(Staff.id.in_(ids))).all()
            )
        if by is Dim.SITE:
            return dict(s.execute(select(Site.id, Site.name).where(Site.id.in_(ids))).all())
        if by is Dim.TIER:
            return dict(s.execute(select(TierPolicy.tier, TierPolicy.label)).all())
        return {k: str(k) for k in ids}
