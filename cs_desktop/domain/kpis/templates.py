"""Ready-made surveys a site starts from (DOMAIN.md section 5): outpatient visit, inpatient stay,
service counter visit and complaint closure, each editable once installed.

Item texts are the site's own wording printed on the paper form and shown to staff, so they are
data in Chinese, not interface strings. Item codes stay the same across versions of a survey,
so an item's scores can be followed when a supervisor rewords it or changes its weight.
Weights of each template add up to 1.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# The origin of the template rows every database is given (ids derived from it and the codes):
# the same rows at every site, so they travel only once a site changes one.
TEMPLATE_ORIGIN = uuid.UUID("6f1c2b1e-52a3-4d55-9b7e-3c0d7a5e9f10")
TEMPLATE_TABLES = frozenset({"survey_definitions", "survey_items"})


@dataclass(frozen=True)
class TemplateItem:
    code: str
    text: str
    weight: float


@dataclass(frozen=True)
class SurveyTemplate:
    code: str
    name: str
    items: tuple[TemplateItem, ...]
    scale: int = 5
    asks_nps: bool = True
    asks_expectation: bool = True
    asks_loyalty: bool = True


def _items(*rows: tuple[str, str, float]) -> tuple[TemplateItem, ...]:
    return tuple(TemplateItem(code, text, weight) for code, text, weight in rows)


OUTPATIENT = SurveyTemplate("outpatient", "门诊就诊满意度调查", _items(
    ("registration", "挂号、预约是否方便", 0.15),
    ("waiting_time", "候诊、检查、取药的等候时间", 0.20),
    ("staff_attitude", "医护人员的服务态度", 0.20),
    ("explanation", "医生对病情和治疗的解释", 0.20),
    ("environment", "就诊环境（整洁、舒适、标识清楚）", 0.10),
    ("privacy", "个人隐私的保护", 0.05),
    ("fees", "收费是否清楚、合理", 0.10),
))  # fmt: skip

INPATIENT = SurveyTemplate("inpatient", "住院满意度调查", _items(
    ("admission", "入院手续办理是否方便", 0.10),
    ("staff_attitude", "医护人员的服务态度", 0.20),
    ("explanation", "医生对病情、治疗和出院注意事项的解释", 0.20),
    ("nursing", "护理是否及时、细心", 0.15),
    ("environment", "病房环境（整洁、安静、舒适）", 0.10),
    ("meals", "住院饮食", 0.05),
    ("privacy", "个人隐私的保护", 0.05),
    ("fees", "费用清单是否清楚、合理", 0.10),
    ("discharge", "出院手续办理是否方便", 0.05),
))  # fmt: skip

COUNTER = SurveyTemplate("counter", "窗口服务满意度调查", _items(
    ("waiting_time", "排队等候时间", 0.25),
    ("staff_attitude", "窗口人员的服务态度", 0.25),
    ("explanation", "业务解答是否清楚", 0.20),
    ("efficiency", "办理效率", 0.20),
    ("environment", "服务大厅环境", 0.10),
))  # fmt: skip

COMPLAINT = SurveyTemplate("complaint", "投诉处理结果满意度调查", _items(
    ("complaint_ease", "投诉、反映问题是否方便", 0.15),
    ("response_speed", "受理和答复是否及时", 0.25),
    ("staff_attitude", "处理人员的态度", 0.20),
    ("explanation", "对处理结果的说明是否清楚", 0.15),
    ("result", "对处理结果是否满意", 0.25),
), asks_nps=True, asks_expectation=True, asks_loyalty=True)  # fmt: skip

TEMPLATES: tuple[SurveyTemplate, ...] = (OUTPATIENT, INPATIENT, COUNTER, COMPLAINT)

# Where a survey is used -> the template whose survey a new site uses there.
USES = ("followup", "counter", "complaint")
DEFAULT_USE: dict[str, str] = {"followup": "outpatient", "counter": "counter",
                               "complaint": "complaint"}  # fmt: skip


def template(code: str) -> SurveyTemplate:
    return next(t for t in TEMPLATES if t.code == code)


__all__ = [
    "DEFAULT_USE",
    "TEMPLATES",
    "TEMPLATE_ORIGIN",
    "TEMPLATE_TABLES",
    "USES",
    "SurveyTemplate",
    "TemplateItem",
    "template",
]
