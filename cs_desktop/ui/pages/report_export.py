"""What the Reports page exports: services/kpis/workbook.py's sheets in the page's language,
plus the comparison the page shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.domain.kpis import Kpi
from cs_desktop.services.kpis import KPIS, Dashboard, Dim
from cs_desktop.services.kpis.breakdown import Bar
from cs_desktop.services.kpis.export import WHOLE, Table
from cs_desktop.services.kpis.loyalty import TierLoyalty
from cs_desktop.services.kpis.workbook import Words, cell, tables

from .report_texts import dim_name, kpi_name, none_label, period_name

translate = QCoreApplication.translate


def words() -> Words:
    """The workbook's words in the language the window shows."""
    t = {
        "figures": translate("ReportExport", "Figures"),
        "figure": translate("ReportExport", "Figure"),
        "unit": translate("ReportExport", "Unit"),
        "count": translate("ReportExport", "Counted over"),
        "p90": translate("ReportExport", "90th percentile"),
        "target": translate("ReportExport", "Target"),
        "met": translate("ReportExport", "Target met"),
        "previous": translate("ReportExport", "Previous period"),
        "trend": translate("ReportExport", "Trend"),
        "items": translate("ReportExport", "Survey items"),
        "item": translate("ReportExport", "Item"),
        "score": translate("ReportExport", "Score"),
        "weight": translate("ReportExport", "Weight"),
        "answers": translate("ReportExport", "Answers"),
        "priority": translate("ReportExport", "Improvement priority"),
        "tiers": translate("ReportExport", "Tiers"),
        "tier": translate("ReportExport", "Tier"),
        "customers": translate("ReportExport", "Customers"),
        "value": translate("ReportExport", "Value of visits in the period (yuan)"),
        "still": translate("ReportExport", "Still visiting"),
        "churn": translate("ReportExport", "Churn risk"),
        "return": translate("ReportExport", "Would return"),
        "recommend": translate("ReportExport", "Would recommend"),
        "nps": translate("ReportExport", "NPS"),
        "yes": translate("ReportExport", "yes"),
        "no": translate("ReportExport", "no"),
        "no_tier": none_label(Dim.TIER),
        "minutes": translate("ReportExport", "minutes"),
        "hours": translate("ReportExport", "hours"),
    }
    return Words({kpi: kpi_name(kpi) for kpi in KPIS}, t)


def report_tables(board: Dashboard, filters: str, bars: tuple[Kpi, Dim, list[Bar]] | None,
                  tiers: list[TierLoyalty]) -> list[Table]:  # fmt: skip
    period = period_name(board.periods[-1])
    w = words()
    sheets = tables(board, f"{period} · {filters}" if filters else period, tiers, w)
    if bars is not None:
        kpi, by, shown = bars
        sheets.append(Table(translate("ReportExport", "Compare"), [
            dim_name(by), kpi_name(kpi), w.headers["count"], w.headers["met"]], [
            [b.label or none_label(by), cell(kpi, b.value), b.count, w.met(b.met)]
            for b in shown], [None, None, WHOLE]))  # fmt: skip
    return sheets
