"""客户资料卡: the customer info card, a person's eight areas or an organisation's facts."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from cs_desktop.services.customers.card_dto import CustomerCard

from .. import labels as L
from ..blocks import Blocks

KEY = "info_card"
TITLE = "客户资料卡"
BLANK_PHONES = 2


def phones_text(b: Blocks, card: CustomerCard) -> str:
    lines = []
    for p in card.phones:
        kind = L.label(L.PHONE_KIND, p.kind) if p.kind else "电话"
        tag = f"（{p.label}）" if p.label and p.label != kind else ""
        ext = f" 转 {p.extension}" if p.extension else ""
        lines.append(f"{kind}{tag}：{b.phone(p.digits or p.raw)}{ext}")
    return "\n".join(lines)


def addresses_text(card: CustomerCard) -> str:
    return "\n".join(f"{L.label(L.ADDRESS_KIND, a.kind)}：{a.one_line}"
                     + (f"（邮编 {a.postal_code}）" if a.postal_code else "")
                     for a in card.addresses)  # fmt: skip


def id_text(b: Blocks, card: CustomerCard) -> str:
    if not card.id_number:
        return ""
    return b.id_number(card.id_number)


def basic(b: Blocks, card: CustomerCard | None) -> list[Flowable]:
    c = card or CustomerCard()
    person = c.kind == "person"
    birthday = L.date(c.birth_date)
    if birthday and c.birthday_calendar != "solar":
        birthday += f"（{L.label(L.CALENDAR, c.birthday_calendar)}生日）"
    if person or card is None:
        rows = [
            [("姓名", c.name), ("性别", L.label(L.GENDER, c.gender))],
            [("出生日期", birthday), ("出生地", c.birth_place)],
            [("证件类型", L.label(L.ID_TYPE, c.id_type)), ("证件号码", id_text(b, c))],
            [("工作单位", c.employer), ("职务", c.position)],
            [("职称", c.title), ("学历", c.education)],
        ]
    else:
        rows = [
            [("单位名称", c.name)],
            [("统一社会信用代码", c.org_code), ("行业", c.industry)],
            [("员工人数", str(c.employee_count or "")), ("联系人职务", c.position)],
        ]
    rows += [
        [("电话", phones_text(b, c))],
        [("地址", addresses_text(c))],
        [("电子邮箱", c.email), ("微信", c.wechat)],
    ]
    return [b.bar("基本资料"), b.fields(rows, label_w=(30 if card and not person else 22) * mm)]


def contact(b: Blocks, card: CustomerCard | None) -> list[Flowable]:
    c = card or CustomerCard()
    consent = "、".join(f"{L.label(L.CHANNEL, ch)}{'同意' if ok else '不同意'}"
                       for ch, ok in sorted(c.consents.items()))  # fmt: skip
    rows = [
        [("来源渠道", c.source_channel), ("偏好联系时间", c.preferred_contact_time)],
        [("同意联系", consent), ("客户等级", c.tier or "")],
        [("标签", "、".join(c.tags))],
    ]
    return [b.bar("联系与偏好"), b.fields(rows)]


def profile(b: Blocks, card: CustomerCard | None) -> list[Flowable]:
    c = card or CustomerCard()
    groups = L.ORGANIZATION_PROFILE if c.kind == "organization" else L.PERSON_PROFILE
    rows: list[list[tuple[str, str]]] = []
    for key, title, fields in groups:
        values = c.profile.get(key, {})
        text = "\n".join(f"{name}：{values.get(field, '')}" if values.get(field) not in (None, "")
                         else "" for field, name in fields).strip()  # fmt: skip
        rows.append([(title, text if card else "")])
    return [b.bar("个人档案" if c.kind != "organization" else "单位档案"), b.fields(rows)]


def relations(b: Blocks, card: CustomerCard | None) -> list[Flowable]:
    rows = [[L.label(L.RELATION, r.role), r.name, b.phone(r.phone), r.note]
            for r in (card.relations if card else ())]  # fmt: skip
    return [b.bar("关系人"),
            b.grid(["关系", "姓名", "电话", "备注"], rows, [18, 30, 30, 60], [2, 2, 1, 3],
                   blank_rows=0 if rows else 3)]  # fmt: skip


def custom(b: Blocks, card: CustomerCard | None) -> list[Flowable]:
    if card is None or not card.custom:
        return []
    rows = [[(key, "" if value is None else str(value))] for key, value in card.custom.items()]
    return [b.bar("自定义项目"), b.fields(rows)]


def sections(b: Blocks, card: CustomerCard | None) -> list[list[Flowable]]:
    notes = card.notes if card else ""
    story = [*basic(b, card), b.gap(), *contact(b, card), b.gap(), *profile(b, card), b.gap(),
             *relations(b, card), b.gap(), *custom(b, card), b.box("备注", notes)]  # fmt: skip
    return [story]
