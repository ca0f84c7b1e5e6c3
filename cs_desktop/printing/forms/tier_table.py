"""客户等级分类表: customers and value per tier over the active rule's period, with the totals
and who moved tier at the last run."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cs_desktop.services.tiers.table import TierTable

from .. import labels as L
from ..blocks import SHADE, Blocks

KEY = "tiers"
TITLE = "客户等级分类表"
BLANK_ROWS = 5
HEADERS = ["等级", "名称", "客户数", "客户占比", "价值", "价值占比"]
WIDTHS = [12, 30, 18, 18, 30, 18]


def sections(b: Blocks, table: TierTable | None) -> list[list[Flowable]]:
    right = [("ALIGN", (2, 1), (5, -1), "RIGHT")]
    if table is None:
        head = b.fields([[("分类规则", ""), ("统计期间", "")], [("统计日期", ""), ("制表人", "")]])
        return [[head, b.gap(), b.grid(HEADERS, [], WIDTHS, blank_rows=BLANK_ROWS)]]
    rows = [[r.tier or "—", r.label or "未分级", f"{r.customers:,}", L.percent(r.customer_share),
             L.money(r.value_cents), L.percent(r.value_share)] for r in table.rows]  # fmt: skip
    rows.append(["", "合计", f"{table.customers:,}", L.percent(1.0 if table.customers else 0.0),
                 L.money(table.value_cents), L.percent(1.0 if table.value_cents else 0.0)])  # fmt: skip
    last = len(rows)
    head = b.fields([[("分类规则", table.rule_name), ("统计期间", f"最近 {table.period_days} 天")],
                     [("最近分级", L.when(table.last_run_at)),
                      ("等级变动", f"{table.moved_at_last_run:,} 位")]])  # fmt: skip
    story: list[Flowable] = [head, b.gap(), b.bar("各等级客户数与价值"),
                             b.grid(HEADERS, rows, WIDTHS, [1, 2, 1, 1, 1, 1],
                                    styles=[*right, ("BACKGROUND", (0, last), (-1, last), SHADE)])]  # fmt: skip
    if table.moved:
        moved = [[str(i), m.name, m.from_tier or "—", m.to_tier or "—"]
                 for i, m in enumerate(table.moved, 1)]  # fmt: skip
        story += [b.gap(), b.bar("最近一次分级的等级变动"),
                  b.grid(["序号", "客户名称", "原等级", "新等级"], moved, [10, 50, 25, 25],
                         [1, 2, 1, 1])]  # fmt: skip
    return [story]
