"""The monthly KPI report's data (服务质量月报, DOMAIN.md sections 5 and 6): the Reports page's
figures for a period with the loyalty per tier and the two early warnings, plus the filters in
the words a reader knows (the staff member's name, the tier's label), in one frozen DTO the
printing layer lays out without a session."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import Site, Staff, TierPolicy

from ..accounts.actor import require_bound
from ..errors import ServiceError
from ..kpis.dashboard import Dashboard, DashboardService
from ..kpis.loyalty import LoyaltyService, TierLoyalty
from ..kpis.scope import Dim, Scope


@dataclass(frozen=True)
class KpiReport:
    scope: Scope
    board: Dashboard
    tiers: list[TierLoyalty]
    churn_risk: int  # customers far behind their usual visit rhythm, now
    over_credit: int  # customers over their credit limit, now
    filters: dict[Dim, str]  # the filters set, as shown to people (a name, a label)
    printed_at: dt.datetime  # UTC


class KpiReportService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:  # fmt: skip
        self._factory = factory
        self._now = now
        self.dashboards = DashboardService(factory, today)
        self.loyalty = LoyaltyService(factory, now)

    def report(self, scope: Scope) -> KpiReport:
        require_bound(self._factory, Permission.VIEW_REPORTS)
        board = self.dashboards.dashboard(scope)
        tiers = self.loyalty.tiers(scope)
        return KpiReport(scope, board, tiers, self.loyalty.churn_count(scope),
                         self.loyalty.over_credit_count(scope), self.filter_names(scope),
                         self._now())  # fmt: skip

    def filter_names(self, scope: Scope) -> dict[Dim, str]:
        names: dict[Dim, str] = {}
        with self._factory() as s:
            if scope.site_id is not None:
                site = s.get(Site, scope.site_id)
                names[Dim.SITE] = site.name if site is not None else str(scope.site_id)
            if scope.staff_id is not None:
                staff = s.get(Staff, scope.staff_id)
                names[Dim.STAFF] = staff.display_name if staff is not None else str(
                    scope.staff_id)  # fmt: skip
            if scope.category is not None:
                names[Dim.CATEGORY] = scope.category
            if scope.tier is not None:
                label = s.scalar(select(TierPolicy.label).where(TierPolicy.tier == scope.tier))
                names[Dim.TIER] = f"{scope.tier} {label}" if label else scope.tier
        return names

    def staff_id(self, username: str) -> uuid.UUID:
        """A staff member by sign-in name (the command line's --staff)."""
        with self._factory() as s:
            found = s.scalar(select(Staff.id).where(Staff.username == username.strip(),
                                                    Staff.deleted_at.is_(None)))  # fmt: skip
        if found is None:
            raise ServiceError("staff_not_found", field="staff", username=username)
        return found
