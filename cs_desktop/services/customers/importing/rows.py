"""One spreadsheet line -> a customer card (not yet validated) and the problems of reading it.

What a clerk's spreadsheet holds is turned into the card's own types: dates typed in any common
way (1990-03-09, 1990/3/9, 1990年3月9日, 19900309, an Excel date), 男/女/M/F, 个人/单位,
several phones in one cell ("138…/010-…"), tags separated by commas or 、, an address in one
cell split into province, city, district and street. Anything that cannot be read becomes a
``Problem`` on its field, exactly like the card dialog's, so the same sentences explain it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cs_desktop.domain.enums import CustomerKind, Gender, IdDocumentType
from cs_desktop.domain.text import normalize

from ..card_dto import AddressEntry, CustomerCard, CustomValue, PhoneEntry
from ..validation import Problem
from .columns import CUSTOM_PREFIX
from .reading import MAX_CELL_CHARS, CellValue

# Column sizes of the tables (storage/models/customers.py): longer text is rejected here rather
# than cut, or refused by a database server that checks lengths.
MAX_LENGTHS = {
    "birth_place": 200, "id_number": 40, "title": 50, "education": 50, "employer": 200,
    "position": 100, "org_code": 32, "industry": 100, "email": 200, "wechat": 100,
    "source_channel": 50, "preferred_contact_time": 100, "phone": 64, "province": 50,
    "city": 50, "district": 50, "street": 300, "postal_code": 10, "tags": 50,
}  # fmt: skip

_GENDERS = {
    Gender.MALE: ("男", "男性", "m", "male", "man", "先生"),
    Gender.FEMALE: ("女", "女性", "f", "female", "woman", "女士"),
    Gender.UNKNOWN: ("未知", "不详", "unknown", "u", "其他"),
}
GENDER_WORDS = {w: g for g, words in _GENDERS.items() for w in words}
_KINDS = {
    CustomerKind.PERSON: ("个人", "person", "人", "individual", "自然人", "患者", "会员",
                          "个人客户"),
    CustomerKind.ORGANIZATION: ("单位", "企业", "公司", "组织", "机构", "organization",
                                "organisation", "org", "company", "团体", "单位客户",
                                "企业客户"),
}  # fmt: skip
KIND_WORDS = {w: k for k, words in _KINDS.items() for w in words}
_ID_TYPES = {
    IdDocumentType.RESIDENT_ID: ("身份证", "居民身份证", "二代身份证", "residentid", "idcard"),
    IdDocumentType.PASSPORT: ("护照", "passport"),
    IdDocumentType.HK_MACAO_PERMIT: ("港澳通行证", "港澳居民来往内地通行证", "回乡证",
                                     "hkmacaopermit"),
    IdDocumentType.TAIWAN_PERMIT: ("台胞证", "台湾居民来往大陆通行证", "taiwanpermit"),
    IdDocumentType.FOREIGN_PERMANENT: ("外国人永久居留身份证", "永久居留证", "foreignpermanent"),
    IdDocumentType.OTHER: ("其他", "其它", "other"),
}  # fmt: skip
ID_TYPE_WORDS = {w: t for t, words in _ID_TYPES.items() for w in words}

_LIST_SPLIT = re.compile(r"[;；,，、|/\n]+")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONEY_NOISE = re.compile(r"[\s,，¥￥元]|rmb|cny", re.IGNORECASE)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_ADDRESS_FIELDS = frozenset({"address", "province", "city", "district", "street", "postal_code"})
_BLANK = CustomerCard()

_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_PROVINCE = re.compile(
    r"^(北京市?|天津市?|上海市?|重庆市?|[^省市区县\d]{2,3}省|内蒙古(?:自治区)?|"
    r"广西(?:壮族自治区)?|西藏(?:自治区)?|宁夏(?:回族自治区)?|新疆(?:维吾尔自治区)?|"
    r"香港(?:特别行政区)?|澳门(?:特别行政区)?)"
)
_CITY = re.compile(r"^([^省市区县\d]{1,8}?(?:市|自治州|地区|盟))")
_DISTRICT = re.compile(r"^([^省市区县\d]{1,8}?(?:区|县|市|旗))")


def split_address(text: str) -> tuple[str, str, str, str]:
    """'浙江省杭州市西湖区文三路90号' -> ('浙江省', '杭州市', '西湖区', '文三路90号');
    a municipality is its own city ('北京市朝阳区…' -> '北京市', '北京市', '朝阳区', …)."""
    rest = text.strip()
    province = city = district = ""
    m = _PROVINCE.match(rest)
    if m:
        province, rest = m.group(1), rest[m.end() :].lstrip()
        if province.startswith(_MUNICIPALITIES):
            if not province.endswith("市"):
                province += "市"
            city = province
            if rest.startswith(province):  # "北京市北京市朝阳区"
                rest = rest[len(province) :].lstrip()
    if not city:
        m = _CITY.match(rest)
        if m:
            city, rest = m.group(1), rest[m.end() :].lstrip()
    m = _DISTRICT.match(rest)
    if m and (province or city or len(m.group(1)) <= 5):
        district, rest = m.group(1), rest[m.end() :].lstrip()
    return province, city, district, rest


def cell_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def parse_date(value: CellValue) -> dt.date | None:
    """A date as a spreadsheet holds it; None when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # an Excel serial day number (a date cell formatted as number)
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return None
    text = normalize(cell_text(value))
    m = _DATE.match(text) or _DATE_COMPACT.match(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_decimal(value: CellValue) -> decimal.Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return decimal.Decimal(str(value))
    text = _MONEY_NOISE.sub("", normalize(cell_text(value)))
    try:
        number = decimal.Decimal(text)
    except decimal.InvalidOperation:
        return None
    return number if number.is_finite() else None


def _word(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", normalize(text).lower())


@dataclass(slots=True)
class ParsedRow:
    line: int
    card: CustomerCard
    problems: list[Problem] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # problem field -> column header
    explicit_kind: bool = False  # the file said person or organisation (an update may change it)
    defaults: Mapping[str, str] = field(default_factory=dict)  # field -> first column mapped

    def column_of(self, problem_field: str) -> str:
        base = problem_field.split(".")[0]
        for key in (problem_field, base):
            found = self.columns.get(key) or self.defaults.get(key)
            if found:
                return found
        return ""


class RowReader:
    """Turns the cells of one line into a card; built once per file from the resolved mapping."""

    def __init__(self, headers: Sequence[str], fields: Sequence[str],
                 custom_types: Mapping[str, str]) -> None:  # fmt: skip
        self._columns = [(i, h, f) for i, (h, f) in enumerate(zip(headers, fields, strict=True))
                         if f]  # fmt: skip
        self._custom_types = dict(custom_types)
        # The column a problem points at when the cell was empty ("name is required").
        defaults: dict[str, str] = {}
        for _i, header, target in self._columns:
            defaults.setdefault(target, header)
        for problem_field, target in (("phones", "phone"), ("credit_limit_cents", "credit_limit"),
                                      ("name", "org_name")):  # fmt: skip
            if target in defaults:
                defaults.setdefault(problem_field, defaults[target])
        self._defaults = defaults

    def read(self, line: int, cells: Sequence[CellValue]) -> ParsedRow | None:
        """None for a blank line."""
        values: dict[str, list[tuple[str, CellValue]]] = {}
        problems: list[Problem] = []
        columns: dict[str, str] = {}
        blank = True
        for index, header, target in self._columns:
            value = cells[index] if index < len(cells) else None
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            blank = False
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                problems.append(Problem(target, "too_long", {"max": MAX_CELL_CHARS}))
                columns.setdefault(target, header)
                continue
            values.setdefault(target, []).append((header, value))
        if blank and not any(cell_text(c) for c in cells):
            return None
        row = ParsedRow(line, _BLANK, problems, columns, defaults=self._defaults)
        self._build(row, values)
        return row

    # --- building the card ------------------------------------------------------------------
    def _build(self, row: ParsedRow, values: dict[str, list[tuple[str, CellValue]]]) -> None:
        cols = row.columns
        problems = row.problems

        def one(name: str) -> CellValue:
            found = values.get(name)
            if not found:
                return None
            cols.setdefault(name, found[0][0])
            return found[0][1]

        def text(name: str) -> str:
            if name not in values:
                return ""
            value = cell_text(one(name))
            limit = MAX_LENGTHS.get(name)
            if limit and len(value) > limit:
                problems.append(Problem(name, "too_long", {"max": limit}))
            return value

        kw: dict[str, Any] = {}
        name, org_name = text("name"), text("org_name")
        kind_text = text("kind")
        kind: CustomerKind | None = None
        if kind_text:
            kind = KIND_WORDS.get(_word(kind_text))
            if kind is None:
                problems.append(Problem("kind", "kind_unknown", {"value": kind_text}))
        org_code = text("org_code")
        if kind is None:
            person_facts = values.keys() & {"id_number", "gender", "birth_date"}
            if (not name and org_name) or (org_code and not person_facts):
                kind = CustomerKind.ORGANIZATION
            else:
                kind = CustomerKind.PERSON
        kw["kind"] = kind
        from_org = (not name) if kind is CustomerKind.PERSON else bool(org_name)
        kw["name"] = (org_name or name) if from_org else (name or org_name)
        if org_name and kind is CustomerKind.PERSON and name:
            kw["employer"] = org_name  # a person's "company" column: where they work
        cols["name"] = cols.get("org_name" if from_org else "name") or cols.get("name") or ""
        row.explicit_kind = kind_text != ""
        for plain in ("birth_place", "title", "education", "position", "industry", "email",
                      "wechat", "source_channel", "preferred_contact_time"):  # fmt: skip
            if plain in values:
                kw[plain] = text(plain)
        employer = text("employer")
        if employer:
            kw["employer"] = employer
        if org_code:
            kw["org_code"] = org_code

        gender_text = text("gender")
        if gender_text:
            gender = GENDER_WORDS.get(_word(gender_text))
            if gender is None:
                problems.append(Problem("gender", "gender_unknown", {"value": gender_text}))
            else:
                kw["gender"] = gender
        birth = one("birth_date")
        if birth is not None:
            date = parse_date(birth)
            if date is None:
                problems.append(Problem("birth_date", "not_a_date", {"value": cell_text(birth)}))
            else:
                kw["birth_date"] = date
        id_type_text = text("id_type")
        if id_type_text:
            id_type = ID_TYPE_WORDS.get(_word(id_type_text))
            if id_type is None:
                problems.append(Problem("id_type", "id_type_unknown", {"value": id_type_text}))
            else:
                kw["id_type"] = id_type
        id_value = one("id_number")
        if isinstance(id_value, float):  # Excel kept 15 significant digits of it
            problems.append(Problem("id_number", "id_stored_as_number"))
        id_number = text("id_number")
        if id_number:
            kw["id_number"] = id_number
        self._numbers(kw, one, problems)
        self._phones(row, values, kw)
        self._address(row, values, kw, text)
        self._lists(row, values, kw)
        custom = self._custom(values, cols)
        if custom:
            kw["custom"] = custom
        row.card = CustomerCard(**kw)

    @staticmethod
    def _numbers(kw: dict[str, Any], one: Any, problems: list[Problem]) -> None:
        count = one("employee_count")
        if count is not None:
            number = parse_decimal(count)
            if number is None or number != number.to_integral_value():
                problems.append(Problem("employee_count", "not_a_number"))
            else:
                kw["employee_count"] = int(number)
        limit = one("credit_limit")
        if limit is not None:
            money = parse_decimal(limit)
            if money is None:
                problems.append(Problem("credit_limit_cents", "not_a_number"))
            else:
                kw["credit_limit_cents"] = int((money * 100).to_integral_value())

    @staticmethod
    def _phones(row: ParsedRow, values: dict[str, list[tuple[str, CellValue]]],
                kw: dict[str, Any]) -> None:  # fmt: skip
        phones: list[PhoneEntry] = []
        for header, value in values.get("phone", ()):
            for part in _LIST_SPLIT.split(cell_text(value)):
                part = part.strip()
                if not part:
                    continue
                if len(part) > MAX_LENGTHS["phone"]:
                    row.problems.append(Problem(f"phones.{len(phones)}", "too_long",
                                                {"max": MAX_LENGTHS["phone"]}))  # fmt: skip
                row.columns[f"phones.{len(phones)}"] = header
                row.columns.setdefault("phones", header)
                phones.append(PhoneEntry(part))
        if phones:
            kw["phones"] = tuple(phones)

    @staticmethod
    def _address(row: ParsedRow, values: dict[str, list[tuple[str, CellValue]]],
                 kw: dict[str, Any], text: Any) -> None:  # fmt: skip
        if not values.keys() & _ADDRESS_FIELDS:
            return
        whole = text("address")
        parts = {p: text(p) for p in ("province", "city", "district", "street", "postal_code")}
        if not whole and not any(parts.values()):
            return
        province, city, district, street = split_address(whole) if whole else ("", "", "", "")
        province = parts["province"] or province
        city = parts["city"] or city
        district = parts["district"] or district
        street = " ".join(s for s in (street, parts["street"]) if s)
        for name, value in (("province", province), ("city", city), ("district", district),
                            ("street", street)):  # fmt: skip
            if len(value) > MAX_LENGTHS[name]:
                row.problems.append(Problem("address", "too_long", {"max": MAX_LENGTHS[name]}))
                break
        row.columns.setdefault("address", row.columns.get("address", ""))
        if province or city or district or street:
            kw["addresses"] = (AddressEntry(province, city, district, street,
                                            parts["postal_code"], is_primary=True),)  # fmt: skip

    @staticmethod
    def _lists(row: ParsedRow, values: dict[str, list[tuple[str, CellValue]]],
               kw: dict[str, Any]) -> None:  # fmt: skip
        tags: list[str] = []
        for header, value in values.get("tags", ()):
            row.columns.setdefault("tags", header)
            tags.extend(t.strip() for t in _LIST_SPLIT.split(cell_text(value)) if t.strip())
        for tag in tags:
            if len(tag) > MAX_LENGTHS["tags"]:
                row.problems.append(Problem("tags", "too_long", {"max": MAX_LENGTHS["tags"]}))
                break
        if tags:
            kw["tags"] = tuple(tags)
        notes = [cell_text(v) for _h, v in values.get("notes", ())]
        if notes:
            row.columns.setdefault("notes", values["notes"][0][0])
            kw["notes"] = "\n".join(n for n in notes if n)

    def _custom(self, values: dict[str, list[tuple[str, CellValue]]],
                cols: dict[str, str]) -> dict[str, CustomValue]:  # fmt: skip
        custom: dict[str, CustomValue] = {}
        for target, found in values.items():
            if not target.startswith(CUSTOM_PREFIX):
                continue
            key = target[len(CUSTOM_PREFIX) :]
            header, value = found[0]
            cols.setdefault(target, header)
            kind = self._custom_types.get(key, "text")
            converted: CustomValue = cell_text(value)
            # Text left when unreadable: the card's check says "not_a_number" / "not_a_date".
            if kind == "number":
                number = parse_decimal(value)
                converted = converted if number is None else number
            elif kind == "date":
                date = parse_date(value)
                converted = converted if date is None else date
            custom[key] = converted
        return custom
