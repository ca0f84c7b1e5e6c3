"""Satisfaction and service KPIs over the database (DOMAIN.md section 5): the dashboard's
figures with their trends, breakdowns per site, staff member, category and tier, the records
behind a figure, loyalty and the two early warnings, the targets, and the Excel export."""

from .dashboard import KPIS, Dashboard, DashboardService, Figure, ItemFigure
from .scope import Dim, Scope
from .targets import KpiTargets

__all__ = ["KPIS", "Dashboard", "DashboardService", "Dim", "Figure", "ItemFigure", "KpiTargets",
           "Scope"]  # fmt: skip
