"""What the Reports page exports: its figures as workbook tables, in the page's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.domain.kpis import Kpi
from cs_desktop.services.kpis import KPIS, Dashboard, Dim
from cs_desktop.services.kpis.breakdown import Bar
from cs_desktop.services.kpis.export import DECIMAL, PERCENT, WHOLE, Cell, Table
from cs_desktop.services.kpis.loyalty import TierLoyalty

from .report_texts import dim_name, kpi_name, none_label, period_name

translate = QCoreApplication.translate


def _format(kpi: Kpi) -> str:
    if kpi in (Kpi.SATISFACTION, Kpi.CSS):
        return DECIMAL
    if kpi is Kpi.NPS:
        return WHOLE
    if kpi in (Kpi.FIRST_RESPONSE, Kpi.RESOLUTION):
        return "0.0"
    if kpi is Kpi.COMPLAINT_RATE:
        return "0.00%"
    return PERCENT


def _value(kpi: Kpi, value: float | None) -> object:
    """Durations in minutes (first response) or hours (resolution), like the targets."""
    if value is None:
        return None
    if kpi is Kpi.FIRST_RESPONSE:
        return Cell(value / 60, "0.0")
    if kpi is Kpi.RESOLUTION:
        return Cell(value / 3600, "0.0")
    return Cell(value, _format(kpi))


def _unit(kpi: Kpi) -> str:
    if kpi is Kpi.FIRST_RESPONSE:
        return translate("ReportExport", "minutes")
    if kpi is Kpi.RESOLUTION:
        return translate("ReportExport", "hours")
    return ""


def _yes_no(met: bool | None) -> str:
    if met is None:
        return ""
    return translate("ReportExport", "yes") if met else translate("ReportExport", "no")


def report_tables(board: Dashboard, filters: str, bars: tuple[Kpi, Dim, list[Bar]] | None,
                  tiers: list[TierLoyalty]) -> list[Table]:  # fmt: skip
    period = period_name(board.periods[-1])
    heading = f"{period} · {filters}" if filters else period
    figures = Table(translate("ReportExport", "Figures"), [
        translate("ReportExport", "Figure"), translate("ReportExport", "Unit"), heading,
        translate("ReportExport", "Counted over"), translate("ReportExport", "90th percentile"),
        translate("ReportExport", "Target"), translate("ReportExport", "Target met"),
        translate("ReportExport", "Previous period")], [
        [kpi_name(kpi), _unit(kpi), _value(kpi, board.figure(kpi).value), board.figure(kpi).count,
         _value(kpi, board.figure(kpi).p90), _value(kpi, board.targets[kpi].value),
         _yes_no(board.figure(kpi).met), _value(kpi, board.figure(kpi, back=1).value)]
        for kpi in KPIS], [None, None, None, WHOLE])  # fmt: skip
    trend = Table(translate("ReportExport", "Trend"),
                  [translate("ReportExport", "Figure"), *[p.label for p in board.periods]],
                  [[kpi_name(kpi), *[_value(kpi, f.value) for f in board.trends[kpi]]]
                   for kpi in KPIS])  # fmt: skip
    items = Table(translate("ReportExport", "Survey items"), [
        translate("ReportExport", "Item"), translate("ReportExport", "Score"),
        translate("ReportExport", "Previous period"), translate("ReportExport", "Weight"),
        translate("ReportExport", "Answers"), translate("ReportExport", "Improvement priority")], [
        [i.text, i.mean, i.previous, i.weight, i.answers,
         next((n for n, p in enumerate(board.priorities, 1) if p.code == i.code), None)]
        for i in board.items], [None, DECIMAL, DECIMAL, PERCENT, WHOLE, WHOLE])  # fmt: skip
    tier_table = Table(translate("ReportExport", "Tiers"), [
        translate("ReportExport", "Tier"), translate("ReportExport", "Customers"),
        translate("ReportExport", "Value of visits in the period (yuan)"),
        translate("ReportExport", "Still visiting"), translate("ReportExport", "Churn risk"),
        translate("ReportExport", "Would return"), translate("ReportExport", "Would recommend"),
        translate("ReportExport", "NPS")], [
        [t.label or none_label(Dim.TIER), t.customers, t.value_cents / 100,
         t.still_visiting_share, t.churn_risk, t.would_return, t.would_recommend, t.nps]
        for t in tiers], [None, WHOLE, "#,##0.00", PERCENT, WHOLE, PERCENT, PERCENT, WHOLE])  # fmt: skip
    tables = [figures, trend, items, tier_table]
    if bars is not None:
        kpi, by, shown = bars
        tables.append(Table(translate("ReportExport", "Compare"), [
            dim_name(by), kpi_name(kpi), translate("ReportExport", "Counted over"),
            translate("ReportExport", "Target met")], [
            [b.label or none_label(by), _value(kpi, b.value), b.count, _yes_no(b.met)]
            for b in shown], [None, None, WHOLE]))  # fmt: skip
    return tables
