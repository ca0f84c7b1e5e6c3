"""The Reports page's workbook without a window (``cs-desktop kpis --xlsx``): the same sheets
and columns as ui/pages/report_export.py (figures, trend, survey items, tiers), with the
headers in Chinese, the site's language, since no translator runs here. The Chinese KPI names
are also the printed report's (printing/forms/kpi_report.py)."""

from __future__ import annotations

from cs_desktop.domain.kpis import Kpi

from .dashboard import KPIS, Dashboard
from .export import DECIMAL, PERCENT, WHOLE, Cell, Table
from .loyalty import TierLoyalty

NAMES: dict[Kpi, str] = {
    Kpi.SATISFACTION: "满意度指数（CSI）",
    Kpi.NPS: "净推荐值（NPS）",
    Kpi.CSS: "评分与期望比（CSS）",
    Kpi.CSAT: "满意客户比例（CSAT）",
    Kpi.FIRST_CONTACT_RESOLUTION: "首次接触解决率",
    Kpi.FIRST_RESPONSE: "首次响应时间（中位数）",
    Kpi.RESOLUTION: "解决时间（中位数）",
    Kpi.COMPLAINT_RATE: "投诉率",
    Kpi.FOLLOWUP_COMPLETION: "回访完成率",
}
NO_TIER = "（无等级）"


def number_format(kpi: Kpi) -> str:
    if kpi in (Kpi.SATISFACTION, Kpi.CSS):
        return DECIMAL
    if kpi is Kpi.NPS:
        return WHOLE
    if kpi in (Kpi.FIRST_RESPONSE, Kpi.RESOLUTION):
        return "0.0"
    if kpi is Kpi.COMPLAINT_RATE:
        return "0.00%"
    return PERCENT


def unit(kpi: Kpi) -> str:
    return {Kpi.FIRST_RESPONSE: "分钟", Kpi.RESOLUTION: "小时"}.get(kpi, "")


def cell(kpi: Kpi, value: float | None) -> Cell | None:
    """Durations in minutes (first response) or hours (resolution), like the targets."""
    if value is None:
        return None
    if kpi is Kpi.FIRST_RESPONSE:
        return Cell(value / 60, "0.0")
    if kpi is Kpi.RESOLUTION:
        return Cell(value / 3600, "0.0")
    return Cell(value, number_format(kpi))


def _yes_no(met: bool | None) -> str:
    return "" if met is None else "是" if met else "否"


def tables(board: Dashboard, heading: str, tiers: list[TierLoyalty]) -> list[Table]:
    """``heading``: the period (and the filters) as the figures column's header."""
    figures = Table("指标", ["指标", "单位", heading, "统计基数", "第 90 百分位", "目标", "是否达标",
                             "上期"], [
        [NAMES[kpi], unit(kpi), cell(kpi, board.figure(kpi).value), board.figure(kpi).count,
         cell(kpi, board.figure(kpi).p90), cell(kpi, board.targets[kpi].value),
         _yes_no(board.figure(kpi).met), cell(kpi, board.figure(kpi, back=1).value)]
        for kpi in KPIS], [None, None, None, WHOLE])  # fmt: skip
    trend = Table("趋势", ["指标", *[p.label for p in board.periods]],
                  [[NAMES[kpi], *[cell(kpi, f.value) for f in board.trends[kpi]]]
                   for kpi in KPIS])  # fmt: skip
    items = Table("调查项目", ["项目", "得分", "上期", "权重", "答卷数", "改进优先级"], [
        [i.text, i.mean, i.previous, i.weight, i.answers,
         next((n for n, p in enumerate(board.priorities, 1) if p.code == i.code), None)]
        for i in board.items], [None, DECIMAL, DECIMAL, PERCENT, WHOLE, WHOLE])  # fmt: skip
    tier_table = Table("等级", ["等级", "客户数", "本期来访价值（元）", "仍在来访", "流失风险",
                                "愿意再来", "愿意推荐", "NPS（净推荐值）"], [
        [t.label or NO_TIER, t.customers, t.value_cents / 100, t.still_visiting_share,
         t.churn_risk, t.would_return, t.would_recommend, t.nps]
        for t in tiers], [None, WHOLE, "#,##0.00", PERCENT, WHOLE, PERCENT, PERCENT, WHOLE])  # fmt: skip
    return [figures, trend, items, tier_table]
