"""The monthly KPI report read back from its PDF: figures in their units against targets, met
or not, the survey items with 𠮷, the NPS split, loyalty per tier, the trend, and 无数据 (never
0) for a period with nothing recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from form_samples import in_order, pdf_text, sample_kpi_report

from cs_desktop.domain.kpis import Kpi
from cs_desktop.printing.document import make
from cs_desktop.printing.forms import kpi_report
from cs_desktop.printing.forms.kpi_report import figure_text
from cs_desktop.services.forms.settings import FormSetting


def _text(report: Any, tmp_path: Path) -> tuple[str, Any]:
    rendered = make(kpi_report.TITLE, FormSetting(), "演示诊所",
                    lambda b: kpi_report.sections(b, report))  # fmt: skip
    return pdf_text(rendered.pdf, tmp_path), rendered


def test_the_figures_of_a_month(tmp_path: Path, beijing_time: None) -> None:
    text, rendered = _text(sample_kpi_report(), tmp_path)
    assert rendered.missing == () and rendered.cut == 0
    assert in_order(text, "服务质量月报", "统计期间", "2026年11月", "打印时间", "2026-03-05 09:30",
                    "筛选条件", "员工：王𠮷；客户等级：（无等级）")  # fmt: skip
    assert in_order(text, "满意度指数（CSI）", "4.56", "4.46", "≥ 4.50", "✓ 达标", "180")
    assert in_order(text, "首次响应时间（中位数）", "8 分钟（90% 在 14 分钟 内）", "9 分钟",
                    "≤ 10 分钟", "✓ 达标")  # fmt: skip
    assert in_order(text, "解决时间（中位数）", "5.2 小时", "3.8 小时", "≤ 4.0 小时", "× 未达标")
    assert in_order(text, "投诉率", "0.43%", "0.49%", "≤ 0.50%", "✓ 达标", "2,300")
    assert in_order(text, "首次接触解决率", "72.7%", "75.0%", "≥ 75.0%", "× 未达标")
    assert in_order(text, "工作人员态度（王𠮷）", "4.83", "+0.03", "180", "25%")
    assert in_order(text, "解释说明是否清楚", "4.55", "—", "175")
    assert in_order(text, "改进优先项", "1. 等候时间（3.92 分）", "2. 收费是否清楚（4.02 分）")
    assert in_order(text, "96（60.0%）", "44（27.5%）", "20（12.5%）", "160", "48")
    assert in_order(text, "金卡客户", "120", "104（86.7%）", "6", "95.0%", "90.0%", "72")
    assert in_order(text, "（无等级）", "3,400", "1,200（35.3%）", "240", "无数据", "无数据",
                    "无数据")  # fmt: skip
    assert in_order(text, "近 13 期趋势", "2025年11月", "无数据", "0", "无数据", "2026年11月", "4.56",
                    "180", "0.43%", "2,300")  # fmt: skip


def test_an_empty_period_prints_no_data_never_zero(tmp_path: Path, beijing_time: None) -> None:
    text, _rendered = _text(sample_kpi_report(empty=True), tmp_path)
    lines = text.splitlines()
    for kpi in Kpi:
        name = kpi_report.NAMES[kpi]
        row = next(line for line in lines if line.startswith(name))
        assert row.split()[1:3] == ["无数据", "无数据"] and row.endswith("— 无数据"), row
    assert in_order(text, "满意度调查项目", "本期无数据", "净推荐值", "本期无数据", "各等级客户忠诚度",
                    "本期无数据")  # fmt: skip
    assert "全部（未筛选）" in text and "0.00" not in text and "✓" not in text


def test_figures_are_written_in_their_units() -> None:
    assert figure_text(Kpi.FIRST_RESPONSE, 119 * 60) == "119 分钟"
    assert figure_text(Kpi.RESOLUTION, 2 * 3600) == "2.0 小时"
    assert figure_text(Kpi.SATISFACTION, 4.005) in ("4.00", "4.01")
    assert figure_text(Kpi.CSS, 1.0) == "1.00"
    assert figure_text(Kpi.NPS, -0.4) == "0" and figure_text(Kpi.NPS, -12.6) == "-13"
    assert figure_text(Kpi.COMPLAINT_RATE, 0.0043) == "0.43%"
    assert figure_text(Kpi.CSAT, 0.857) == "85.7%"
    assert figure_text(Kpi.CSAT, 0.0) == "0.0%"  # a real zero stays a zero
    assert figure_text(Kpi.CSAT, None) == "无数据"
