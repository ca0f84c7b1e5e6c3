"""客户管理卡: the commercial side of a customer: value, credit, balance, recent visits and
transactions, and the two early warnings (over the credit limit; behind their usual rhythm)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cs_desktop.services.forms.data import ManagementCard

from .. import labels as L
from ..blocks import WARN, Blocks
from .info_card import phones_text

KEY = "management_card"
TITLE = "客户管理卡"
BLANK_ROWS = 12


def sections(b: Blocks, m: ManagementCard | None) -> list[list[Flowable]]:
    card = m.card if m else None
    limit = card.credit_limit_cents if card else None
    over = m is not None and limit is not None and m.balance_cents > limit
    head = [
        [("客户名称", card.name if card else ""), ("客户等级", (card.tier or "") if card else "")],
        [("电话", phones_text(b, card) if card else "")],
        [("地址", card.addresses[0].one_line if card and card.addresses else "")],
    ]
    money = [
        [("来访次数", str(m.visit_count) if m else ""), ("累计金额", L.money(m.value_cents) if m else "")],
        [("首次来访", L.date(m.first_visit_at) if m else ""), ("最近来访", L.date(m.last_visit_at) if m else "")],
        [("信用额度", L.money(limit) if m else ""), ("未结余额", L.money(m.balance_cents) if m else "")],
        [("未结投诉", str(m.open_complaints) if m else ""),
         ("预警", ("余额超出信用额度" if over else "无") if m else "")],
    ]  # fmt: skip
    rows = [[L.when(e.at), L.label(L.ENTRY_KIND, e.kind.value), e.title or e.subkind,
             L.money(e.amount_cents), e.detail, e.staff] for e in (m.recent if m else [])]  # fmt: skip
    story: list[Flowable] = [b.bar("客户"), b.fields(head), b.gap(), b.bar("交易与信用"),
                             b.fields(money), b.gap(), b.bar("最近来访与交易")]  # fmt: skip
    story.append(b.grid(["时间", "类别", "事项", "金额", "结果", "经办人"], rows,
                        [26, 12, 30, 18, 46, 16], [1, 1, 2, 1, 3, 1],
                        blank_rows=0 if m else BLANK_ROWS,
                        styles=[("ALIGN", (3, 1), (3, -1), "RIGHT")]))  # fmt: skip
    if over:
        story.insert(4, b.p("预警：未结余额超出信用额度", WARN))
    story += [b.gap(), b.box("跟进措施", "")]
    return [story]
