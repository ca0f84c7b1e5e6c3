"""The words printed on forms. Forms are Chinese standard forms (DOMAIN.md section 6), so the
labels are Chinese here, in one place, keyed by the codes services return; an English set can be
added beside them without touching the forms."""

from __future__ import annotations

import datetime as dt

GENDER = {"male": "男", "female": "女", "unknown": "未知"}
ID_TYPE = {"resident_id": "居民身份证", "passport": "护照", "hk_macao_permit": "港澳居民来往内地通行证",
           "taiwan_permit": "台湾居民来往大陆通行证", "foreign_permanent": "外国人永久居留身份证",
           "other": "其他证件"}  # fmt: skip
PHONE_KIND = {"mobile": "手机", "landline": "固话", "other": "电话"}
ADDRESS_KIND = {"home": "家庭", "work": "单位", "mail": "邮寄", "other": "其他"}
CHANNEL = {"phone": "电话", "sms": "短信", "wechat": "微信", "email": "电子邮件", "post": "信件"}
CALENDAR = {"solar": "公历", "lunar": "农历"}
RELATION = {"influencer": "影响人", "referrer": "介绍人", "family": "家人",
            "decision_maker": "决策人", "payer": "付款人", "user": "使用人", "contact": "联系人"}  # fmt: skip
COMPLAINT_STATE = {"registered": "已登记", "investigating": "调查中", "resolving": "处理中",
                   "feedback": "待反馈", "closed": "已结案", "reviewed": "已复盘",
                   "waiting_customer": "等待客户", "waiting_third_party": "等待第三方"}  # fmt: skip
COMPLAINT_CHANNEL = {"counter": "窗口", "phone": "电话", "letter": "信函", "online": "网络",
                     "wechat": "微信", "email": "电子邮件"}  # fmt: skip
PROMISE_STATUS = {"open": "未兑现", "kept": "已兑现", "broken": "未能兑现"}
FOLLOWUP_REASON = {"manual": "人工安排", "visit": "来访后回访", "complaint": "投诉结案回访",
                   "tier": "定期回访", "birthday": "生日关怀", "holiday": "节日关怀"}  # fmt: skip
ENTRY_KIND = {"visit": "来访", "transaction": "交易"}

PERSON_PROFILE = [
    ("spending", "消费与偏好", [("level", "消费水平"), ("preferences", "偏好")]),
    ("education", "教育背景", [("school", "学校"), ("major", "专业")]),
    ("career", "事业", [("history", "工作经历")]),
    ("family", "家庭", [("members", "家庭成员"), ("notes", "家庭情况")]),
    ("lifestyle", "生活方式", [("hobbies", "爱好"), ("habits", "习惯")]),
    ("personality", "个性", [("traits", "性格")]),
    ("relationships", "人际关系", [("influencers", "影响人"), ("referred_by", "介绍人")]),
]
ORGANIZATION_PROFILE = [
    ("profile", "单位概况", [("size", "规模"), ("scope", "经营范围")]),
    ("business", "经营状况", [("condition", "状况")]),
    ("evaluation", "综合评价（1-5）", [("enthusiasm", "积极性"), ("capability", "经营能力"),
                                   ("credit", "信用"), ("relationships", "关系")]),
    ("trading", "交易记录", [("volume", "交易量"), ("credit", "信用")]),
]  # fmt: skip

# The standard items of a service-counter survey (DOMAIN.md section 5), printed when the site
# has not defined a survey yet.
STANDARD_SURVEY = ("挂号/办理是否方便", "等候时间", "工作人员态度", "解释说明是否清楚", "环境",
                   "隐私保护", "收费是否清楚")  # fmt: skip


def label(table: dict[str, str], code: str | None) -> str:
    return table.get(code or "", code or "")


def date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return f"{value.year}年{value.month}月{value.day}日"


def when(value: dt.datetime | None) -> str:
    """A stored UTC time in the site's wall-clock time."""
    if value is None:
        return ""
    local = (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone()
    return f"{local:%Y-%m-%d %H:%M}"


def money(cents: int | None) -> str:
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"
