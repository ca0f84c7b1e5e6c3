"""回访记录表: one return-visit (follow-up) form per customer, to fill in during the call; the
day's batch prints one per customer in a single file, each with its own page numbers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from cs_desktop.services.forms.data import FollowupSheet

from .. import labels as L
from ..blocks import Blocks

KEY = "followup"
TITLE = "客户回访记录表"
SCALE = ("非常满意", "满意", "一般", "不满意", "非常不满意")


def one(b: Blocks, f: FollowupSheet | None) -> list[Flowable]:
    visit = f"{L.date(f.last_visit_at)} {f.last_visit_purpose}".strip() if f else ""
    head = [
        [("客户名称", f.customer_name if f else ""), ("客户等级", f.tier if f else "")],
        [("联系电话", b.phone(f.phone) if f else ""), ("最近来访", visit)],
        [("回访原因", L.label(L.FOLLOWUP_REASON, f.reason) if f else ""),
         ("计划日期", L.date(f.due_date) if f else "")],
        [("回访人", f.staff if f else ""), ("回访方式", b.choices(["电话", "上门", "微信", "短信"]))],
    ]  # fmt: skip
    b2 = Blocks(b.marks, b.full_numbers, blank=True)  # the answers are always written by hand
    story: list[Flowable] = [b.bar("客户"), b.fields(head)]
    if f and f.notes:
        story.append(b.box("回访事项", f.notes))
    story += [
        b.gap(), b.bar("回访情况"),
        b2.fields([[("回访时间", "")], [("接听情况", "")]]),
        b.fields([[("满意度", b.choices(SCALE))],
                  [("是否愿意推荐", b.choices(["是", "否", "不确定"]))]]),
        b2.box("客户意见与建议", "", 40 * mm),
        b2.box("处理与下一步", "", 25 * mm),
        b.signatures(["回访人签名", "日期"]),
    ]  # fmt: skip
    return story


def sections(b: Blocks, sheets: list[FollowupSheet] | FollowupSheet | None) -> list[list[Flowable]]:
    if isinstance(sheets, list):
        return [one(b, f) for f in sheets] or [one(b, None)]
    return [one(b, sheets)]
