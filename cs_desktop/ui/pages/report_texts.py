"""The words and number formats of the Reports page: KPI names, how each figure is written,
period and dimension names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from cs_desktop.domain.kpis import Direction, Kpi, Period, PeriodKind, Target
from cs_desktop.services.kpis import Dim

translate = QCoreApplication.translate


def kpi_name(kpi: Kpi) -> str:
    return {
        Kpi.SATISFACTION: translate("ReportTexts", "Satisfaction index (CSI)"),
        Kpi.NPS: translate("ReportTexts", "Net promoter score (NPS)"),
        Kpi.CSS: translate("ReportTexts", "Rating over expectation (CSS)"),
        Kpi.CSAT: translate("ReportTexts", "Satisfied customers (CSAT)"),
        Kpi.FIRST_CONTACT_RESOLUTION: translate("ReportTexts", "Resolved at first contact"),
        Kpi.FIRST_RESPONSE: translate("ReportTexts", "First response time (median)"),
        Kpi.RESOLUTION: translate("ReportTexts", "Resolution time (median)"),
        Kpi.COMPLAINT_RATE: translate("ReportTexts", "Complaint rate"),
        Kpi.FOLLOWUP_COMPLETION: translate("ReportTexts", "Follow-ups completed"),
    }[kpi]


def kpi_meaning(kpi: Kpi) -> str:
    """One line on what the figure counts, for tooltips."""
    return {
        Kpi.SATISFACTION: translate("ReportTexts", "The weighted mean of the survey items, "
                                    "on a 1-5 scale."),
        Kpi.NPS: translate("ReportTexts", "% who would recommend us (9-10) minus % who would "
                           "not (0-6)."),
        Kpi.CSS: translate("ReportTexts", "Each customer's rating divided by what they expected; "
                           "1 or more means satisfied."),
        Kpi.CSAT: translate("ReportTexts", "Share of answers with an overall score of 4 or 5."),
        Kpi.FIRST_CONTACT_RESOLUTION: translate("ReportTexts", "Share of the complaints resolved "
                                                "in the period that were settled on the spot."),
        Kpi.FIRST_RESPONSE: translate("ReportTexts", "From receiving a complaint to the first "
                                      "answer; the 90th percentile is in the tooltip."),
        Kpi.RESOLUTION: translate("ReportTexts", "From receiving a complaint to resolving it, "
                                  "for those resolved in the period."),
        Kpi.COMPLAINT_RATE: translate("ReportTexts", "Complaints received per visit or call."),
        Kpi.FOLLOWUP_COMPLETION: translate("ReportTexts", "Share of the follow-ups due so far "
                                           "in the period that were completed."),
    }[kpi]  # fmt: skip


def _decimal(value: float, places: int) -> str:
    return QLocale().toString(float(value), "f", places)


def percent(value: float) -> str:
    return _decimal(value * 100, 1) + "%"


def score(value: float) -> str:
    return _decimal(value, 2)


def whole(value: float) -> str:
    return _decimal(value, 0)


def duration(seconds: float) -> str:
    """Minutes under two hours, else hours, else days."""
    if seconds < 2 * 3600:
        return translate("ReportTexts", "{count} min").format(count=_decimal(seconds / 60, 0))
    if seconds < 3 * 86400:
        return translate("ReportTexts", "{count} h").format(count=_decimal(seconds / 3600, 1))
    return translate("ReportTexts", "{count} days").format(count=_decimal(seconds / 86400, 1))


def minutes_axis(seconds: float) -> str:
    return translate("ReportTexts", "{count} min").format(count=_decimal(seconds / 60, 0))


def hours_axis(seconds: float) -> str:
    return translate("ReportTexts", "{count} h").format(count=_decimal(seconds / 3600, 1))


def formatter(kpi: Kpi) -> Callable[[float], str]:
    if kpi in (Kpi.SATISFACTION, Kpi.CSS):
        return score
    if kpi is Kpi.NPS:
        return whole
    if kpi is Kpi.FIRST_RESPONSE:
        return duration
    if kpi is Kpi.RESOLUTION:
        return duration
    if kpi is Kpi.COMPLAINT_RATE:
        return lambda v: _decimal(v * 100, 2) + "%"
    return percent


def axis_formatter(kpi: Kpi) -> Callable[[float], str]:
    """The chart axis: one unit for every tick."""
    if kpi is Kpi.FIRST_RESPONSE:
        return minutes_axis
    if kpi is Kpi.RESOLUTION:
        return hours_axis
    return formatter(kpi)


def target_text(target: Target) -> str:
    value = formatter(target.kpi)(target.value)
    if target.direction is Direction.HIGHER:
        return translate("ReportTexts", "target ≥ {value}").format(value=value)
    return translate("ReportTexts", "target ≤ {value}").format(value=value)


def value_or_none(kpi: Kpi, value: float | None) -> str:
    return translate("ReportTexts", "no data") if value is None else formatter(kpi)(value)


def period_kind_name(kind: PeriodKind) -> str:
    return {
        PeriodKind.DAY: translate("ReportTexts", "Day"),
        PeriodKind.WEEK: translate("ReportTexts", "Week"),
        PeriodKind.MONTH: translate("ReportTexts", "Month"),
        PeriodKind.QUARTER: translate("ReportTexts", "Quarter"),
    }[kind]


def period_name(period: Period) -> str:
    """The period as a person says it: 2026年11月, 2026年第48周 (11/23–11/29) …"""
    start = period.start
    if period.kind is PeriodKind.DAY:
        return QLocale().toString(start, QLocale.FormatType.LongFormat)
    if period.kind is PeriodKind.WEEK:
        year, week, _ = start.isocalendar()
        end = date.fromordinal(period.end.toordinal() - 1)
        return translate("ReportTexts", "{year} week {week} ({start}–{end})").format(
            year=year, week=week, start=start.strftime("%m-%d"), end=end.strftime("%m-%d"))  # fmt: skip
    if period.kind is PeriodKind.MONTH:
        return translate("ReportTexts", "{year}-{month}").format(
            year=start.year, month=f"{start.month:02d}"
        )
    return translate("ReportTexts", "{year} Q{quarter}").format(
        year=start.year, quarter=(start.month - 1) // 3 + 1)  # fmt: skip


def short_period(period: Period) -> str:
    """An axis label."""
    if period.kind is PeriodKind.DAY:
        return period.start.strftime("%m-%d")
    if period.kind is PeriodKind.WEEK:
        return "W" + period.label.split("-W")[1]
    if period.kind is PeriodKind.MONTH:
        return period.start.strftime("%y-%m")
    return period.label[2:]


def dim_name(dim: Dim) -> str:
    return {
        Dim.STAFF: translate("ReportTexts", "Staff member"),
        Dim.CATEGORY: translate("ReportTexts", "Complaint category"),
        Dim.TIER: translate("ReportTexts", "Customer tier"),
        Dim.SITE: translate("ReportTexts", "Site"),
    }[dim]


def none_label(dim: Dim) -> str:
    """The bar of records without a value for the dimension."""
    return {
        Dim.STAFF: translate("ReportTexts", "(nobody recorded)"),
        Dim.CATEGORY: translate("ReportTexts", "(no category)"),
        Dim.TIER: translate("ReportTexts", "(no tier)"),
        Dim.SITE: translate("ReportTexts", "(unknown site)"),
    }[dim]
