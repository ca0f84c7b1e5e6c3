"""满意度调查表: the header filled in from the customer, the items left blank to tick by hand
(1 to the survey's scale), then the questions the survey asks beside its items (the
expectation, would come again, would recommend: yes / no, and the 0-10 recommendation
question for the NPS) and comments: the same questions the paper-form dialog types in."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from cs_desktop.services.forms.data import SurveySheet

from .. import labels as L
from ..blocks import Blocks

KEY = "survey"
TITLE = "客户满意度调查表"


def sections(
    b: Blocks, s: SurveySheet | None, today: dt.date | None = None
) -> list[list[Flowable]]:
    scale = s.scale_max if s else 5
    items = (
        [i.text for i in s.items if i.kind == "scale"] if s and s.items else list(L.STANDARD_SURVEY)
    )
    head = [
        [("客户姓名", s.customer_name if s else ""), ("联系电话", b.phone(s.phone) if s else "")],
        [("调查日期", L.date(today) if s and today else ""), ("调查人", "")],
    ]  # fmt: skip
    boxes = [str(n) for n in range(1, scale + 1)]
    rows = [[str(i), text, b.choices(boxes)] for i, text in enumerate(items, 1)]
    asks_expectation = s.asks_expectation if s else True
    asks_loyalty = s.asks_loyalty if s else True
    asks_nps = s.asks_nps if s else True
    others: list[list[str | Flowable]] = []
    if asks_expectation:
        others.append(
            [f"来之前，您对我们服务的期望有多高？（1 = 很低，{scale} = 很高）", b.choices(boxes)]
        )
    if asks_loyalty:
        others.append(["如有需要，您还会再来我们这里吗？", b.choices(["会", "不会"])])
        others.append(["您愿意向亲友推荐我们吗？", b.choices(["愿意", "不愿意"])])
    story: list[Flowable] = [
        b.fields(head),
        b.gap(),
        b.p(f"请在每项相应的方框内打“√”：1 表示非常不满意，{scale} 表示非常满意。"),
        b.gap(2),
        b.grid(["序号", (s.name if s and s.name else "评价项目"), "评分"], rows, [10, 80, 50]),
        b.gap(),
    ]  # fmt: skip
    if others:
        story += [b.grid(["其他问题", "请选择"], others, [90, 50]), b.gap()]
    if asks_nps:
        story += [
            b.grid(
                ["您向亲友推荐我们的可能性有多大？（0 = 完全不可能，10 = 非常可能）"],
                [[b.choices([str(n) for n in range(11)])]],
                [1],
            ),
            b.gap(),
        ]
    story += [
        Blocks(b.marks, b.full_numbers, blank=True).box("其他意见与建议", "", 35 * mm),
        b.gap(),
        b.p("感谢您的宝贵意见！"),
    ]
    return [story]
