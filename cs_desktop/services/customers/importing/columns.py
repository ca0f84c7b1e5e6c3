"""Which column holds which card field: common Chinese and English headers recognised, and the
user's own mapping (header -> field) on top, which wins and is handed back to be remembered."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from ...errors import ServiceError

IGNORE = ""  # a column mapped to nothing
CUSTOM_PREFIX = "custom."

# Import fields in the order the mapping lists them. Several columns may feed a MULTI field
# (two phone columns, notes spread over columns); any other field takes one column.
FIELDS: tuple[str, ...] = (
    "name", "kind", "org_name", "gender", "birth_date", "id_type", "id_number", "phone",
    "address", "province", "city", "district", "street", "postal_code", "email", "wechat",
    "tags", "notes", "birth_place", "title", "education", "employer", "position", "org_code",
    "industry", "employee_count", "source_channel", "preferred_contact_time", "credit_limit",
)  # fmt: skip
MULTI = frozenset({"phone", "notes", "tags"})

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "客户姓名", "客户名称", "名称", "客户", "名字", "患者姓名", "会员姓名",
             "name", "fullname", "customername", "customer"),
    "org_name": ("单位名称", "企业名称", "公司名称", "机构名称", "组织名称", "公司", "企业",
                 "organization", "organisation", "organizationname", "organisationname",
                 "company", "companyname"),
    "kind": ("类型", "客户类型", "客户类别", "类别", "type", "kind", "customertype"),
    "gender": ("性别", "gender", "sex"),
    "birth_date": ("出生日期", "生日", "出生年月日", "出生年月", "birthdate", "dateofbirth", "dob",
                   "birthday"),
    "birth_place": ("出生地", "籍贯", "出生地点", "birthplace", "placeofbirth"),
    "id_type": ("证件类型", "idtype", "documenttype"),
    "id_number": ("身份证号", "身份证", "身份证号码", "证件号码", "证件号", "公民身份号码",
                  "身份证件号码", "id", "idnumber", "idno", "idcard", "idcardnumber", "nationalid"),
    "phone": ("手机", "手机号", "手机号码", "移动电话", "电话", "联系电话", "电话号码", "固定电话",
              "固话", "座机", "联系方式", "mobile", "mobilephone", "cellphone", "cell", "phone",
              "phonenumber", "tel", "telephone"),
    "address": ("地址", "住址", "家庭住址", "联系地址", "通讯地址", "详细地址", "家庭地址",
                "address", "homeaddress"),
    "province": ("省", "省份", "province"),
    "city": ("市", "城市", "地市", "city"),
    "district": ("区", "区县", "县区", "区县", "district", "county"),
    "street": ("街道", "街道地址", "street"),
    "postal_code": ("邮编", "邮政编码", "postcode", "postalcode", "zip", "zipcode"),
    "title": ("职称", "称谓", "头衔", "title"),
    "education": ("学历", "文化程度", "education"),
    "employer": ("工作单位", "单位", "所在单位", "employer", "workplace"),
    "position": ("职务", "职位", "岗位", "position", "jobtitle", "job"),
    "org_code": ("统一社会信用代码", "社会信用代码", "信用代码", "uscc", "orgcode", "creditcode"),
    "industry": ("行业", "所属行业", "industry"),
    "employee_count": ("员工人数", "员工数", "职工人数", "人数", "employees", "employeecount",
                       "staffcount"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "mail", "emailaddress"),
    "wechat": ("微信", "微信号", "wechat", "weixin"),
    "source_channel": ("来源", "来源渠道", "客户来源", "渠道", "source", "channel",
                       "sourcechannel"),
    "preferred_contact_time": ("联系时间", "方便联系时间", "最佳联系时间", "contacttime",
                               "preferredcontacttime", "besttimetocontact"),
    "notes": ("备注", "说明", "附注", "notes", "note", "remark", "remarks", "comment", "comments",
              "memo"),
    "tags": ("标签", "tags", "tag", "labels"),
    "credit_limit": ("信用额度", "授信额度", "creditlimit"),
}  # fmt: skip

_BRACKETS = re.compile(r"[（(【\[].*?[)）】\]]")
_NOT_WORD = re.compile(r"[\W_]+")


def header_key(header: str) -> str:
    """'手机号码（必填）', 'E-mail *', 'Date of birth' -> '手机号码', 'email', 'dateofbirth'."""
    text = unicodedata.normalize("NFKC", header).lower()
    text = _BRACKETS.sub("", text)
    return _NOT_WORD.sub("", text)


_BY_ALIAS: dict[str, str] = {
    header_key(alias): field for field, aliases in _ALIASES.items() for alias in aliases
}


def header_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def is_field(field: str, custom_keys: Iterable[str]) -> bool:
    if field.startswith(CUSTOM_PREFIX):
        return field[len(CUSTOM_PREFIX) :] in set(custom_keys)
    return field in FIELDS


def recognise(header: str, custom: Mapping[str, str] | None = None) -> str:
    """The field a header names, or IGNORE. ``custom``: custom field key -> label."""
    key = header_key(header)
    if not key:
        return IGNORE
    for field_key, label in (custom or {}).items():
        if key in (header_key(field_key), header_key(label)):
            return CUSTOM_PREFIX + field_key
    return _BY_ALIAS.get(key, IGNORE)


def find_header(rows: Sequence[tuple[int, Sequence[object]]], look_at: int = 20) -> int:
    """Index in ``rows`` of the header row: the first of the first non-blank rows that names
    two known fields (a title row such as "客户名单" may come first), else the first non-blank
    row. -1 when every row is blank."""
    first = -1
    seen = 0
    for index, (_line, cells) in enumerate(rows):
        texts = [header_text(c) for c in cells]
        if not any(texts):
            continue
        if first < 0:
            first = index
        if sum(1 for t in texts if recognise(t) != IGNORE) >= 2:
            return index
        seen += 1
        if seen >= look_at:
            break
    return first


def resolve(
    headers: Sequence[str], custom: Mapping[str, str], user: Mapping[str, str] | None = None
) -> tuple[list[str], dict[str, str]]:
    """(field per column, the mapping as header -> field for every non-empty header).

    The user's mapping wins over recognition; a recognised single-value field taken by a
    user-mapped column leaves the other column unmapped. Raises ServiceError for a mapping that
    names a missing column or an unknown field, or one field for two columns."""
    user = {header_text(h): (f or "").strip() for h, f in (user or {}).items()}
    present = set(headers)
    for header, field in user.items():
        if header not in present:
            raise ServiceError("column_not_found", column=header)
        if field.lower() in ("ignore", "-"):
            user[header] = IGNORE
        elif field and not is_field(field, custom):
            raise ServiceError("unknown_field", column=header, target=field)
    fields = [user.get(h, IGNORE) for h in headers]
    taken = {f for f in fields if f and f not in MULTI}
    for index, header in enumerate(headers):
        if header in user:
            continue
        guess = recognise(header, custom)
        if guess and (guess in MULTI or guess not in taken):
            fields[index] = guess
            taken.add(guess)
    single = [f for f in fields if f and f not in MULTI]
    for field in single:
        if single.count(field) > 1:
            raise ServiceError("field_mapped_twice", target=field)
    mapping: dict[str, str] = {}
    for header, field in zip(headers, fields, strict=True):
        if header and header not in mapping:
            mapping[header] = field
    return fields, mapping
