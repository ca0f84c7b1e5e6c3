"""Every form read back as text: the right values in the right order, numbers masked unless
full printing is allowed, the blank variant empty, page x of y, a batch numbered per customer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from form_samples import (
    ID_NUMBER,
    MOBILE,
    RARE,
    in_order,
    pdf_text,
    sample_addresses,
    sample_card,
    sample_complaint,
    sample_followups,
    sample_management,
    sample_survey,
    sample_tiers,
)

from cs_desktop.printing.blocks import CUT_MARK
from cs_desktop.printing.document import make
from cs_desktop.printing.forms import (
    address_table,
    complaint_record,
    followup,
    info_card,
    management_card,
    survey,
    tier_table,
)
from cs_desktop.printing.page import Rendered
from cs_desktop.services.forms.settings import FormSetting

MASKED_ID, MASKED_MOBILE = "110105********1234", "138****8000"
TODAY = dt.date(2026, 3, 5)


def _print(module: Any, data: Any, *, full: bool = False, blank: bool = False,
           setting: FormSetting | None = None) -> Rendered:  # fmt: skip
    if module is survey:
        sections: Callable[[Any], Any] = lambda b: survey.sections(b, data, TODAY)  # noqa: E731
    else:
        sections = lambda b: module.sections(b, data)  # noqa: E731
    return make(module.TITLE, setting or FormSetting(), "演示诊所", sections, full_numbers=full,
                blank=blank)  # fmt: skip


def _text(r: Rendered, tmp_path: Path) -> str:
    return pdf_text(r.pdf, tmp_path).replace("\n", "")


def test_info_card(tmp_path: Path, beijing_time: None) -> None:
    r = _print(info_card, sample_card())
    text = _text(r, tmp_path)
    assert in_order(text, "演示诊所", "客户资料卡", "姓名", RARE, "性别", "男", "1985年3月7日",
                    "居民身份证", MASKED_ID, "北京协和医院", "手机", MASKED_MOBILE,
                    "010****3456", "北京市东城区东单北大街甲88号院", "朋友介绍", "电话同意",
                    "短信不同意", "VIP、慢病随访", "消费水平：中高", "欧阳娜娜", "139****5678",
                    "备注", "对等候时间敏感", "第 1 页 / 共 1 页")  # fmt: skip
    assert ID_NUMBER not in text and MOBILE not in text
    assert r.missing == () and r.pages == 1


def test_info_card_with_full_numbers(tmp_path: Path) -> None:
    text = _text(_print(info_card, sample_card(), full=True), tmp_path)
    assert in_order(text, ID_NUMBER, MOBILE, "01065123456")
    assert MASKED_ID not in text


def test_management_card(tmp_path: Path, beijing_time: None) -> None:
    text = _text(_print(management_card, sample_management()), tmp_path)
    assert in_order(text, "客户管理卡", RARE, MASKED_MOBILE, "来访次数", "12", "累计金额",
                    "¥12,345.00", "信用额度", "¥5,000.00", "未结余额", "¥6,500.00",
                    "余额超出信用额度", "2026-03-05 09:30", "交易", "门诊缴费", "¥358.00",
                    "2026-02-03 09:30", "来访", "复诊", "¥120.00", "血糖控制良好", "李护士")  # fmt: skip
    assert MOBILE not in text


def test_address_table_groups_by_region_and_cuts_an_overlong_name(tmp_path: Path) -> None:
    r = _print(address_table, sample_addresses())
    text = _text(r, tmp_path)
    assert in_order(text, "客户地址分类表", "共 3 位客户", "北京市", "东城区", "1", RARE,
                    MASKED_MOBILE, "东单北大街甲88号", "A类", "2", "欧阳娜娜", "139****5678",
                    "小计 2 位", "广东省", "广州市", "天河区", "单雄信", CUT_MARK, "137****1111",
                    "小计 1 位")  # fmt: skip
    assert r.cut == 1
    assert MOBILE not in text


def test_tier_table(tmp_path: Path, beijing_time: None) -> None:
    text = _text(_print(tier_table, sample_tiers()), tmp_path)
    assert in_order(text, "客户等级分类表", "帕累托价值分级", "最近 365 天", "A类（重点客户）",
                    "20", "20.0%", "¥80,000.00", "80.0%", "B类（主要客户）", "C类（普通客户）",
                    "合计", "100", "100.0%", "¥100,000.00", "等级变动", RARE, "B", "A",
                    "欧阳娜娜")  # fmt: skip


def test_complaint_record_with_signature_lines(tmp_path: Path, beijing_time: None) -> None:
    r = _print(complaint_record, sample_complaint())
    text = _text(r, tmp_path)
    assert in_order(text, "客户投诉记录表", "TS-DEMO-20260305-1", "2026-03-05 09:30", RARE,
                    MASKED_MOBILE, MASKED_ID, "窗口", "等候时间", "一般", "张敏", "李强",
                    "5 个工作日内反馈", "排队两个小时还没有看上病", "希望道歉并说明原因",
                    "投诉人签名", "日期", "接待人签名", "日期",
                    "挂号记录、监控录像", "门诊部、收费处", "1. 窗口少", "2. 排班不合理",
                    "高峰排班不足", "当面致歉", "¥50.00", "电话告知处理结果", "4 / 5",
                    "三日内电话回复调查结果", "已兑现")  # fmt: skip
    assert ID_NUMBER not in text and MOBILE not in text


def test_followup_batch_numbers_pages_per_customer(tmp_path: Path) -> None:
    r = _print(followup, sample_followups(3))
    text = _text(r, tmp_path)
    assert r.pages == 3
    assert in_order(text, RARE, "139****0000", "来访后回访", "2026年3月6日", "询问用药后的情况",
                    "第 1 页 / 共 1 页", "欧阳娜娜", "第 1 页 / 共 1 页", "司马光",
                    "第 1 页 / 共 1 页")  # fmt: skip
    assert not in_order(text, "共 3 页")


def test_survey_header_is_filled_and_the_answers_are_blank(tmp_path: Path) -> None:
    text = _text(_print(survey, sample_survey()), tmp_path)
    assert in_order(text, "客户满意度调查表", RARE, MASKED_MOBILE, "2026年3月5日",
                    "门诊就诊满意度调查", "挂号是否方便", "□1", "□5", "等候时间",
                    "医生解释是否清楚", "□0", "□10", "其他意见与建议")  # fmt: skip
    assert text.count("√") == 1  # in the instruction only: nothing ticked
    assert in_order(text, "医生解释是否清楚", "期望", "还会再来", "推荐我们吗", "□0")


def test_survey_prints_only_the_questions_it_asks(tmp_path: Path) -> None:
    import dataclasses

    sheet = dataclasses.replace(sample_survey(), scale_max=10, asks_nps=False,
                                asks_expectation=False, asks_loyalty=True)  # fmt: skip
    text = _text(_print(survey, sheet), tmp_path)
    assert "□10" in text and "还会再来" in text and "推荐我们吗" in text
    assert "期望" not in text and "0 = 完全不可能" not in text


@pytest.mark.parametrize("module", [info_card, management_card, address_table, tier_table,
                                    complaint_record, followup, survey])  # fmt: skip
def test_each_form_prints_blank_for_handwriting(module: Any, tmp_path: Path) -> None:
    r = _print(module, None, blank=True)
    text = _text(r, tmp_path)
    assert in_order(text, module.TITLE, "第 1 页")
    for value in (RARE, "110105", "138", "¥", "%"):
        assert value not in text, value


def test_the_sites_title_header_footer_and_logo_are_printed(tmp_path: Path) -> None:
    logo = Path(__file__).parents[2] / "resources" / "icons" / "app.png"
    setting = FormSetting("门诊患者资料卡", "门诊部 · 服务中心", "本表涉及个人信息，请妥善保管",
                          logo.read_bytes())  # fmt: skip
    r = _print(info_card, sample_card(), setting=setting)
    text = _text(r, tmp_path)
    assert in_order(text, "演示诊所", "门诊部 · 服务中心", "门诊患者资料卡", "本表涉及个人信息")
    assert "客户资料卡" not in text
    assert b"/Subtype /Image" in r.pdf
