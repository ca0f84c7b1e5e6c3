"""服务质量月报 (satisfaction and service KPIs, DOMAIN.md section 5): every figure of the period
against its target, the survey items with the improvement priorities, the NPS split, loyalty
per tier and the thirteen periods' trend of the CSI and the complaint rate.

A figure with nothing to count prints 无数据, never 0. Met or not prints as ✓ 达标 / × 未达标:
the main font has ✓ but not ✗ (U+2717), which would print as a red 〓.
"""

from __future__ import annotations

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from cs_desktop.domain.kpis import Direction, Kpi, Period, PeriodKind, Target
from cs_desktop.services.forms.kpi_report import KpiReport
from cs_desktop.services.kpis import KPIS, Dim
from cs_desktop.services.kpis.workbook import NAMES, NO_TIER

from .. import labels as L
from ..blocks import SHADE, SMALL, Blocks
from ..fonts import main_font
from ..page import BODY_W

KEY = "kpi_report"
TITLE = "服务质量月报"
NO_DATA = "无数据"
MET, NOT_MET = "✓ 达标", "× 未达标"
FILTER_NAMES = {Dim.SITE: "站点", Dim.STAFF: "员工", Dim.CATEGORY: "投诉类别", Dim.TIER: "客户等级"}
KPI_HEADERS = ["指标", "本期", "上期", "目标", "是否达标", "统计基数"]
KPI_WIDTHS = [46, 34, 22, 20, 18, 16]


# --- how figures are written (also the command line's text table) --------------------------------
def duration(seconds: float) -> str:
    """Minutes under two hours, else hours."""
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} 分钟"
    return f"{seconds / 3600:.1f} 小时"


def figure_text(kpi: Kpi, value: float | None) -> str:
    if value is None:
        return NO_DATA
    if kpi in (Kpi.SATISFACTION, Kpi.CSS):
        return f"{value:.2f}"
    if kpi is Kpi.NPS:
        return f"{round(value) + 0:d}"
    if kpi in (Kpi.FIRST_RESPONSE, Kpi.RESOLUTION):
        return duration(value)
    if kpi is Kpi.COMPLAINT_RATE:
        return f"{value * 100:.2f}%"
    return f"{value * 100:.1f}%"


def target_text(target: Target) -> str:
    sign = "≥" if target.direction is Direction.HIGHER else "≤"
    return f"{sign} {figure_text(target.kpi, target.value)}"


def met_text(met: bool | None) -> str:
    return "—" if met is None else MET if met else NOT_MET


def period_text(period: Period) -> str:
    start = period.start
    if period.kind is PeriodKind.DAY:
        return L.date(start)
    if period.kind is PeriodKind.WEEK:
        year, week, _ = start.isocalendar()
        last = period.end.fromordinal(period.end.toordinal() - 1)
        return f"{year}年第{week}周（{start:%m-%d}–{last:%m-%d}）"
    if period.kind is PeriodKind.MONTH:
        return f"{start.year}年{start.month}月"
    return f"{start.year}年第{(start.month - 1) // 3 + 1}季度"


def filters_text(filters: dict[Dim, str]) -> str:
    return "；".join(f"{FILTER_NAMES[d]}：{v or NO_TIER if d is Dim.TIER else v}"
                    for d, v in filters.items())  # fmt: skip


def _share(part: int, total: int) -> str:
    return f"{part / total * 100:.1f}%" if total else NO_DATA


def _maybe(value: float | None, fmt: str = "{:.1%}") -> str:
    return NO_DATA if value is None else fmt.format(value)


# --- the form ---------------------------------------------------------------------------------
def sections(b: Blocks, r: KpiReport | None) -> list[list[Flowable]]:
    if r is None:  # the layout alone (Settings' preview of the title, header and footer)
        head = b.fields([[("统计期间", ""), ("打印时间", "")], [("筛选条件", "")]])
        rows = [[NAMES[k], "", "", "", "", ""] for k in KPIS]
        return [[head, b.gap(), b.bar("一、主要指标"),
                 b.grid(KPI_HEADERS, rows, KPI_WIDTHS)]]  # fmt: skip
    board = r.board
    head = b.fields([
        [("统计期间", period_text(board.periods[-1])), ("打印时间", L.when(r.printed_at))],
        [("筛选条件", filters_text(r.filters) or "全部（未筛选）")],
        [("调查答卷", f"{board.responses:,} 份"), ("受理投诉", f"{board.complaints:,} 件")],
        [("来访与来电", f"{board.services:,} 次"),
         ("预警客户", f"流失风险 {r.churn_risk:,} 位，超出信用额度 {r.over_credit:,} 位")],
    ])  # fmt: skip
    story: list[Flowable] = [head, b.gap(), _kpis(b, r), b.gap(), *_items(b, r), b.gap(),
                             _nps(b, r), b.gap(), _tiers(b, r), b.gap(), _trend(b, r)]  # fmt: skip
    return [story]


def _kpis(b: Blocks, r: KpiReport) -> Flowable:
    board = r.board
    rows = []
    for kpi in KPIS:
        now, before = board.figure(kpi), board.figure(kpi, back=1)
        shown = figure_text(kpi, now.value)
        if now.p90 is not None and kpi in (Kpi.FIRST_RESPONSE, Kpi.RESOLUTION):
            shown += f"（90% 在 {duration(now.p90)} 内）"
        rows.append([NAMES[kpi], shown, figure_text(kpi, before.value),
                     target_text(board.targets[kpi]), met_text(now.met),
                     f"{now.count:,}" if now.count else NO_DATA])  # fmt: skip
    right = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    return KeepTogether([b.bar("一、主要指标"),
                         b.grid(KPI_HEADERS, rows, KPI_WIDTHS, styles=right)])  # fmt: skip


def _items(b: Blocks, r: KpiReport) -> list[Flowable]:
    board = r.board
    out: list[Flowable] = [b.bar("二、满意度调查项目（1–5 分）")]
    if not board.items:
        return [KeepTogether([*out, b.p(f"本期{NO_DATA}。")])]
    rows = []
    for n, i in enumerate(board.items, 1):
        change = "—" if i.previous is None else f"{i.mean - i.previous:+.2f}"
        rows.append([str(n), i.text, f"{i.mean:.2f}", change, f"{i.answers:,}",
                     f"{i.weight:.0%}"])  # fmt: skip
    out.append(b.grid(["序号", "项目", "得分", "较上期", "答卷数", "权重"], rows,
                      [10, 80, 18, 18, 16, 14], [1, 2, 1, 1, 1, 1]))  # fmt: skip
    weakest = "；".join(f"{n}. {i.text}（{i.mean:.2f} 分）"
                       for n, i in enumerate(board.priorities, 1))  # fmt: skip
    out += [b.gap(2), b.p(f"改进优先项（得分最低的项目）：{weakest or '无'}")]
    return [KeepTogether(out)]


def _nps(b: Blocks, r: KpiReport) -> Flowable:
    nps = r.board.nps
    bar = b.bar("三、净推荐值（NPS）构成")
    if nps is None:
        return KeepTogether([bar, b.p(f"本期{NO_DATA}。")])
    row = [f"{nps.promoters:,}（{_share(nps.promoters, nps.total)}）",
           f"{nps.passives:,}（{_share(nps.passives, nps.total)}）",
           f"{nps.detractors:,}（{_share(nps.detractors, nps.total)}）",
           f"{nps.total:,}", figure_text(Kpi.NPS, nps.score)]  # fmt: skip
    return KeepTogether([bar, b.grid(["推荐者（9–10 分）", "中立者（7–8 分）", "贬损者（0–6 分）",
                                      "回答人数", "NPS"], [row], [1, 1, 1, 0.7, 0.6])])  # fmt: skip


def _tiers(b: Blocks, r: KpiReport) -> Flowable:
    bar = b.bar("四、各等级客户忠诚度")
    if not r.tiers:
        return KeepTogether([bar, b.p(f"本期{NO_DATA}。")])
    rows = [[t.label or (t.tier or NO_TIER), f"{t.customers:,}",
             f"{t.still_visiting:,}（{_maybe(t.still_visiting_share)}）", f"{t.churn_risk:,}",
             _maybe(t.would_return), _maybe(t.would_recommend),
             NO_DATA if t.nps is None else figure_text(Kpi.NPS, t.nps)]
            for t in r.tiers]  # fmt: skip
    note = b.p("仍在来访、流失风险按打印时客户的来访规律统计；愿意再来、愿意推荐和 NPS 按本期答卷统计。",
               SMALL)  # fmt: skip
    return KeepTogether([bar, b.grid(["等级", "客户数", "仍在来访", "流失风险", "愿意再来",
                                      "愿意推荐", "NPS"], rows, [26, 16, 26, 16, 16, 16, 12],
                                     [1, 1, 1, 1, 1, 1, 1]), b.gap(1), note])  # fmt: skip


def _trend(b: Blocks, r: KpiReport) -> Flowable:
    board = r.board
    csi, rate = board.trends[Kpi.SATISFACTION], board.trends[Kpi.COMPLAINT_RATE]
    last = len(board.periods) - 1
    rows = [[period_text(p), figure_text(Kpi.SATISFACTION, csi[n].value), f"{csi[n].count:,}",
             figure_text(Kpi.COMPLAINT_RATE, rate[n].value), f"{rate[n].count:,}"]
            for n, p in enumerate(board.periods)]  # fmt: skip
    table = b.grid(["期间", "满意度指数（CSI）", "答卷数", "投诉率", "来访与来电"], rows,
                   [36, 26, 18, 20, 20],
                   styles=[("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                           ("BACKGROUND", (0, last + 1), (-1, last + 1), SHADE)])  # fmt: skip
    return KeepTogether([b.bar(f"五、近 {len(board.periods)} 期趋势"), table, b.gap(),
                         _charts(r)])  # fmt: skip


def _short(period: Period) -> str:
    """An axis label: 25-11, W48, 26Q4, 11-24."""
    if period.kind is PeriodKind.DAY:
        return f"{period.start:%m-%d}"
    if period.kind is PeriodKind.WEEK:
        return "W" + period.label.split("-W")[1]
    if period.kind is PeriodKind.MONTH:
        return f"{period.start:%y-%m}"
    return period.label[2:].replace("-", "")


def _charts(r: KpiReport) -> Drawing:
    """The CSI and the complaint rate as two small line charts side by side, each with its
    target as a dashed line; a period without a figure is passed over (the line joins the
    figures either side of it), and a chart with fewer than two figures says 无数据."""
    board = r.board
    font = main_font()
    width, height = BODY_W, 62 * mm
    drawing = Drawing(width, height)
    labels = [_short(p) for p in board.periods]
    half = width / 2
    for n, kpi in enumerate((Kpi.SATISFACTION, Kpi.COMPLAINT_RATE)):
        scale = 100.0 if kpi is Kpi.COMPLAINT_RATE else 1.0
        values = [None if f.value is None else f.value * scale for f in board.trends[kpi]]
        goal = board.targets[kpi].value * scale
        title = f"{NAMES[kpi]}（虚线：目标 {target_text(board.targets[kpi])}）"
        drawing.add(String(n * half + 12 * mm, height - 5 * mm, title, fontName=font,
                           fontSize=8))  # fmt: skip
        if sum(v is not None for v in values) < 2:  # no line to draw
            drawing.add(String(n * half + half / 2, height / 2, NO_DATA, fontName=font,
                               fontSize=9, textAnchor="middle"))  # fmt: skip
            continue
        chart = HorizontalLineChart()
        chart.x, chart.y = n * half + 12 * mm, 10 * mm
        chart.width, chart.height = half - 18 * mm, height - 18 * mm
        chart.data = [values, [goal] * len(values)]
        known = [v for v in values if v is not None] + [goal]
        low, high = min(known), max(known)
        pad = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = low - pad, high + pad
        chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = font
        chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = 6.5
        chart.valueAxis.labelTextFormat = "%.2f%%" if kpi is Kpi.COMPLAINT_RATE else "%.2f"
        chart.categoryAxis.categoryNames = labels
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.lines[0].strokeColor = colors.Color(0.15, 0.35, 0.65)
        chart.lines[0].strokeWidth = 1.4
        chart.lines[1].strokeColor = colors.Color(0.75, 0.2, 0.2)
        chart.lines[1].strokeWidth = 0.8
        chart.lines[1].strokeDashArray = (3, 2)
        drawing.add(chart)
    return drawing
