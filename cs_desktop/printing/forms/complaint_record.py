"""客户投诉记录表: intake, with the lines where the complainant and the receiving staff member
sign and date it once it is read back to the complainant, then the four later stages and the
promises made."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from cs_desktop.domain.enums import ComplaintStage
from cs_desktop.services.forms.data import ComplaintSheet

from .. import labels as L
from ..blocks import Blocks

KEY = "complaint"
TITLE = "客户投诉记录表"
SIGNATURES = ["投诉人签名", "日期", "接待人签名", "日期"]


def _lines(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(f"{i}. {v}" for i, v in enumerate(value, 1))
    return "" if value is None else str(value)


def sections(b: Blocks, c: ComplaintSheet | None) -> list[list[Flowable]]:
    def stage(s: ComplaintStage) -> dict[str, Any]:
        return c.stages.get(s, {}) if c else {}

    inv, res = stage(ComplaintStage.INVESTIGATION), stage(ComplaintStage.RESOLUTION)
    fb, prev = stage(ComplaintStage.FEEDBACK), stage(ComplaintStage.PREVENTION)
    v = (lambda text: text) if c else (lambda _text: "")  # noqa: E731
    head = [
        [("投诉编号", v(c.number if c else "")), ("受理时间", v(L.when(c.received_at) if c else ""))],
        [("投诉人", v(c.customer_name if c else "")), ("联系电话", v(b.phone(c.customer_phone) if c else ""))],
        [("证件号码", v(b.id_number(c.customer_id_number) if c else "")),
         ("投诉渠道", v(L.label(L.COMPLAINT_CHANNEL, c.channel) if c else ""))],
        [("投诉类别", v(c.category if c else "")), ("严重程度", v(c.severity if c else ""))],
        [("受理人", v(c.receiver if c else "")), ("负责人", v(c.owner if c else ""))],
        [("承诺时限", v(c.promised_handling if c else "")),
         ("当前状态", v(L.label(L.COMPLAINT_STATE, c.state) if c else ""))],
    ]  # fmt: skip
    tall = 30 * mm
    story: list[Flowable] = [
        b.bar("一、受理"), b.fields(head), b.box("投诉内容（客户原话）", c.customer_words if c else "", tall),
        b.box("客户诉求", c.customer_wants if c else ""),
        # the intake record is read back to and signed by the complainant (DOMAIN.md section 3)
        KeepTogether([b.gap(2 * mm), b.p("以上受理记录已向投诉人宣读，投诉人确认无误。"),
                      b.signatures(SIGNATURES)]), b.gap(),
        b.bar("二、调查"),
        b.fields([[("证据", _lines(inv.get("evidence")))],
                  [("涉及部门", "、".join(inv.get("departments", [])))],
                  [("追问原因", _lines(inv.get("whys")))],
                  [("根本原因", _lines(inv.get("root_cause")))]], write_rows=2), b.gap(),
        b.bar("三、处理"),
        b.fields([[("处理方案", _lines(res.get("plan")))], [("采取措施", _lines(res.get("actions")))],
                  [("补偿", L.money(res["compensation_cents"]) if "compensation_cents" in res else "")]],
                 write_rows=2), b.gap(),
        b.bar("四、反馈"),
        b.fields([[("告知结果", _lines(fb.get("result_told")))],
                  [("客户满意度", f"{fb['satisfaction']} / 5" if "satisfaction" in fb else
                    b.choices(["1", "2", "3", "4", "5"]))],
                  [("后续跟进", _lines(fb.get("further_followup")))]], write_rows=2), b.gap(),
        b.bar("五、预防（案例复盘）"),
        b.fields([[("事实", _lines(prev.get("facts")))], [("分析", _lines(prev.get("analysis")))],
                  [("教训", _lines(prev.get("lesson")))], [("改进计划", _lines(prev.get("improvement")))]],
                 write_rows=2),
    ]  # fmt: skip
    promises = [[p.text, L.when(p.due_at), L.label(L.PROMISE_STATUS, p.status)]
                for p in (c.promises if c else [])]  # fmt: skip
    if promises or c is None:
        story += [b.gap(), KeepTogether([b.bar("对客户的承诺"),
                  b.grid(["承诺内容", "期限", "状态"], promises, [90, 30, 20], [8, 1, 1],
                         blank_rows=0 if c else 3)])]  # fmt: skip
    return [story]
