"""The Reports page's workbook without a window (``cs-desktop kpis --xlsx``): the same sheets
and columns as ui/pages/report_export.py (figures, trend, survey items, tiers), with the
headers in Chinese, the site's language, since no translator runs here. The Chinese KPI names
are also the printed report's (printing/forms/kpi_report.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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


def cell(kpi: Kpi, value: float | None) -> Cell | None:
    """Durations in minutes (first response) or hours (resolution), like the targets."""
    if value is None:
        return None
    if kpi is Kpi.FIRST_RESPONSE:
        return Cell(value / 60, "0.0")
    if kpi is Kpi.RESOLUTION:
        return Cell(value / 3600, "0.0")
    return Cell(value, number_format(kpi))


# The sheets' words, in Chinese by default (the command line); the page passes its own.
HEADERS: dict[str, str] = {
    "figures": "指标", "figure": "指标", "unit": "单位", "count": "统计基数", "p90": "第 90 百分位",
    "target": "目标", "met": "是否达标", "previous": "上期", "trend": "趋势",
    "items": "调查项目", "item": "项目", "score": "得分", "weight": "权重", "answers": "答卷数",
    "priority": "改进优先级", "tiers": "等级", "tier": "等级", "customers": "客户数",
    "value": "本期来访价值（元）", "still": "仍在来访", "churn": "流失风险",
    "return": "愿意再来", "recommend": "愿意推荐", "nps": "NPS（净推荐值）",
    "yes": "是", "no": "否", "no_tier": NO_TIER, "minutes": "分钟", "hours": "小时",
}  # fmt: skip


@dataclass(frozen=True)
class Words:
    names: Mapping[Kpi, str] = field(default_factory=lambda: dict(NAMES))
    headers: Mapping[str, str] = field(default_factory=lambda: dict(HEADERS))

    def unit(self, kpi: Kpi) -> str:
        key = {Kpi.FIRST_RESPONSE: "minutes", Kpi.RESOLUTION: "hours"}.get(kpi)
        return self.headers[key] if key else ""

    def met(self, met: bool | None) -> str:
        return "" if met is None else self.headers["yes"] if met else self.headers["no"]


def tables(board: Dashboard, heading: str, tiers: list[TierLoyalty],
           words: Words | None = None) -> list[Table]:  # fmt: skip
    """``heading``: the period (and the filters) as the figures column's header."""
    w = words or Words()
    h, name = w.headers, w.names
    figures = Table(h["figures"], [h["figure"], h["unit"], heading, h["count"], h["p90"],
                                   h["target"], h["met"], h["previous"]], [
        [name[kpi], w.unit(kpi), cell(kpi, board.figure(kpi).value), board.figure(kpi).count,
         cell(kpi, board.figure(kpi).p90), cell(kpi, board.targets[kpi].value),
         w.met(board.figure(kpi).met), cell(kpi, board.figure(kpi, back=1).value)]
        for kpi in KPIS], [None, None, None, WHOLE])  # fmt: skip
    trend = Table(h["trend"], [h["figure"], *[p.label for p in board.periods]],
                  [[name[kpi], *[cell(kpi, f.value) for f in board.trends[kpi]]]
                   for kpi in KPIS])  # fmt: skip
    items = Table(h["items"], [h["item"], h["score"], h["previous"], h["weight"], h["answers"],
                               h["priority"]], [
        [i.text, i.mean, i.previous, i.weight, i.answers,
         next((n for n, p in enumerate(board.priorities, 1) if p.code == i.code), None)]
        for i in board.items], [None, DECIMAL, DECIMAL, PERCENT, WHOLE, WHOLE])  # fmt: skip
    tier_table = Table(h["tiers"], [h["tier"], h["customers"], h["value"], h["still"],
                                    h["churn"], h["return"], h["recommend"], h["nps"]], [
        [t.label or h["no_tier"], t.customers, t.value_cents / 100, t.still_visiting_share,
         t.churn_risk, t.would_return, t.would_recommend, t.nps]
        for t in tiers], [None, WHOLE, "#,##0.00", PERCENT, WHOLE, PERCENT, PERCENT, WHOLE])  # fmt: skip
    return [figures, trend, items, tier_table]
