"""Customer cards for demo data: people and organisations with phones, addresses, tags,
consents and relations, as tuples in the stored form (see ``spec`` for the column orders).

Random choices go through ``rng.random()`` and precomputed lookup lists: ``random.choice`` and
``randrange`` cost several times more, and this runs a million times.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from cs_desktop.domain.enums import ContactChannel
from cs_desktop.domain.regions import BY_CODE, DISTRICTS

from . import names
from .codes import IdNumbers
from .spec import NULL, ROLE_DECISION_MAKER, ROLE_FAMILY, ROLE_PAYER, ROLE_REFERRER, ROLE_USER

T = TypeVar("T")
Rand = Callable[[], float]

HOME_CITY_CODES = ("330102", "330105", "330106")  # the demo clinic is in Hangzhou
MOBILE_PREFIXES = names.words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
)
CONTACT_PREFIXES = ("166", "147")  # contact people's mobiles never share a customer's prefix


def weighted(pairs: Sequence[tuple[T, int]]) -> list[T]:
    """A lookup list in which each value appears ``weight`` times: ``lst[int(u() * len(lst))]``."""
    return [value for value, weight in pairs for _ in range(weight)]


def pick(u: Rand, values: Sequence[T]) -> T:
    return values[int(u() * len(values))]


def _profiles(rng: random.Random, count: int, groups: dict[str, dict[str, list[Any]]]) -> list[str]:
    """Pre-serialised ``profile`` JSON objects (as the engine's serializer writes them)."""
    out = []
    keys = list(groups)
    for _ in range(count):
        chosen = sorted(rng.sample(keys, rng.randint(1, min(3, len(keys)))), key=keys.index)
        profile = {
            key: {field: rng.choice(options) for field, options in groups[key].items()}
            for key in chosen
        }
        out.append(json.dumps(profile, ensure_ascii=False, separators=(",", ":")))
    return out


PERSON_PROFILE_GROUPS: dict[str, dict[str, list[Any]]] = {
    "preferences": {
        "spending": ["注重性价比", "愿意为品质付费", "医保优先", "偏好套餐"],
        "interests": ["中医调理", "体检套餐", "慢病管理", "康复理疗", "口腔保健", "营养咨询"],
    },
    "family": {
        "marital": ["已婚", "未婚", "离异", "丧偶"],
        "children": [0, 1, 1, 2, 2, 3],
        "lives_with": ["配偶", "子女", "独居", "父母"],
    },
    "lifestyle": {
        "hobbies": ["太极拳", "广场舞", "钓鱼", "书法", "跑步", "游泳", "摄影", "旅游", "养花",
                    "下棋", "瑜伽", "登山", "唱歌", "烹饪"],
        "habits": ["早睡早起", "每天散步", "吸烟", "偶尔饮酒", "素食", "爱喝茶", "经常熬夜"],
    },
    "personality": {
        "traits": ["开朗", "细心", "急躁", "谨慎", "健谈", "内向"],
        "communication": ["喜欢详细解释", "喜欢直接简洁", "需要家属陪同", "偏好微信沟通"],
    },
    "relationships": {
        "influenced_by": ["子女", "配偶", "朋友", "社区医生", "同事"],
    },
}  # fmt: skip
ORG_PROFILE_GROUPS: dict[str, dict[str, list[Any]]] = {
    "business": {
        "condition": ["经营稳定", "快速增长", "有所下滑", "新设立"],
        "scale": ["小型", "中型", "大型"],
        "needs": ["员工年度体检", "职业健康检查", "驻场医疗服务", "员工健康讲座"],
    },
    "trading": {
        "payment_terms": ["月结30天", "季度结算", "预付款", "货到付款"],
        "invoice": ["增值税专用发票", "增值税普通发票"],
    },
}  # fmt: skip

SOURCE_CHANNELS = weighted(
    [("门诊", 40), ("转介绍", 18), ("电话", 8), ("网络", 12), ("社区活动", 8), ("公众号", 7),
     ("体检中心", 5), ("老客户", 2)]
)  # fmt: skip
ORG_SOURCES = weighted([("商务拓展", 40), ("转介绍", 30), ("网络", 15), ("电话", 15)])
CONTACT_TIMES = ("上午", "下午", "晚上", "工作日白天", "周末", "不限", "18:00 以后", "午休时间")
NOTES = (
    "对青霉素过敏", "听力不好，请大声说话", "需要轮椅协助", "喜欢上午来", "家属陪同就诊",
    "请勿在工作时间来电", "行动不便，优先安排", "对海鲜过敏", "只讲方言，需要耐心沟通",
)  # fmt: skip
EDUCATION = weighted(
    [("初中", 20), ("高中", 18), ("中专", 8), ("大专", 16), ("本科", 28), ("硕士", 8), ("博士", 2)]
)
POSITIONS = ("职员", "经理", "工程师", "教师", "销售", "会计", "司机", "护士", "个体经营", "设计师")
TITLES_OTHER = ("老师", "医生", "工程师", "经理", "主任", "教授")
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com")
CONSENT_SOURCES = ("登记表", "口头同意", "电话确认", "小程序授权")
FAMILY_NOTES = ("配偶", "子女", "父母", "兄弟姐妹")
ORG_CONTACT_POSITIONS = {
    ROLE_DECISION_MAKER: ("总经理", "董事长", "副总经理", "行政总监"),
    ROLE_PAYER: ("财务经理", "出纳", "财务总监"),
    ROLE_USER: ("行政主管", "人事专员", "工会主席", "办公室主任"),
}
# Age at registration: a clinic sees children, working adults and many older people.
AGES = weighted(
    [(a, 2) for a in range(0, 18)] + [(a, 4) for a in range(18, 40)]
    + [(a, 5) for a in range(40, 60)] + [(a, 5) for a in range(60, 75)]
    + [(a, 2) for a in range(75, 95)]
)  # fmt: skip


class Cards:
    """Lookup tables, built once per process, and the card generators."""

    def __init__(self, seed_offset: int) -> None:
        self.surnames = names.WeightedSurnames()
        self.ids = IdNumbers()
        self.offset = seed_offset
        home = [BY_CODE[c] for c in HOME_CITY_CODES]
        self.homes = weighted([(d, 37) for d in home] + [(d, 2) for d in DISTRICTS])
        self.org_homes = weighted([(d, 47) for d in home] + [(d, 1) for d in DISTRICTS])
        self.birth_places = [
            d.province + (d.city if d.city != d.province else "") for d in DISTRICTS
        ]
        fixed = random.Random(20261123)  # constant tables: same in every process and run
        self.person_profiles = ["{}"] * 1300 + _profiles(fixed, 700, PERSON_PROFILE_GROUPS)
        self.org_profiles = _profiles(fixed, 200, ORG_PROFILE_GROUPS)
        self.employers = [
            self.company(fixed.random, pick(fixed.random, DISTRICTS))[0] for _ in range(400)
        ]
        # Drawn in advance, so that one random number picks a dozen facts (see person_facts).
        self.streets = [self.street(fixed.random) for _ in range(16_384)]
        self.offices = [self.office(fixed.random) for _ in range(2048)]
        self.facts = {
            (female, band): [person_facts(fixed.random, self, band, female) for _ in range(2048)]
            for female in (False, True)
            for band in range(len(AGE_BANDS))
        }
        self.consents = {
            (wechat, email): [consent_pattern(fixed.random, wechat, email) for _ in range(1024)]
            for wechat in (False, True)
            for email in (False, True)
        }

    # -- names -----------------------------------------------------------------------------
    def person_name(self, u: Rand, female: bool, birth_year: int, g: int) -> tuple[str, str]:
        if g < 200 and g % 15 == 7:
            surname = names.SHOWCASE_SURNAMES[g // 15]
            s_py = names.SURNAME_READING[surname]
        else:
            surname, s_py = self.surnames.pick(u())
        modern = birth_year >= 1990 or (birth_year >= 1975 and u() < 0.5)
        if female:
            pool = names.FEMALE_MODERN if modern else names.FEMALE_CLASSIC
        else:
            pool = names.MALE_MODERN if modern else names.MALE_CLASSIC
        c1, p1 = pick(u, pool)
        if g % 1000 == 137:  # one in a thousand, and always one in the first 200 customers
            r = u()
            if r < 0.5:
                return surname + names.JI + c1, s_py + names.JI_PINYIN + p1
            if r < 0.8:
                return surname + c1 + names.JI, s_py + p1 + names.JI_PINYIN
            return surname + names.JI, s_py + names.JI_PINYIN
        if u() < (0.8 if modern else 0.6):
            r = u()
            if female and modern and r < 0.05:  # 婷婷, 丹丹
                return surname + c1 + c1, s_py + p1 + p1
            c2, p2 = pick(u, pool)
            if c2 != c1:
                return surname + c1 + c2, s_py + p1 + p2
        return surname + c1, s_py + p1

    def contact_name(self, u: Rand) -> str:
        surname, _ = self.surnames.pick(u())
        pool = names.FEMALE_MODERN if u() < 0.5 else names.MALE_MODERN
        return surname + pick(u, pool)[0] + (pick(u, pool)[0] if u() < 0.7 else "")

    def company(self, u: Rand, district: Any) -> tuple[str, str, str]:
        city = district.city.removesuffix("市")
        trade, trade_py = pick(u, names.TRADE_NAMES)
        industry, word, word_py = pick(u, names.INDUSTRIES)
        suffix, suffix_py = pick(u, names.COMPANY_SUFFIXES)
        name = city + trade + word + suffix
        return name, names.CITY_PINYIN[city] + trade_py + word_py + suffix_py, industry

    # -- phones and addresses --------------------------------------------------------------
    def mobile(self, u: Rand, g: int) -> tuple[str, str]:
        """(raw as typed, digits). The last eight digits are a bijection of the customer's
        index, so no two demo customers share a mobile number."""
        digits = pick(u, MOBILE_PREFIXES) + f"{(g * 7_919_017 + self.offset) % 100_000_000:08d}"
        return self.type_mobile(u, digits), digits

    def contact_mobile(self, u: Rand) -> tuple[str, str]:
        digits = pick(u, CONTACT_PREFIXES) + f"{int(u() * 100_000_000):08d}"
        return self.type_mobile(u, digits), digits

    @staticmethod
    def type_mobile(u: Rand, d: str) -> str:
        r = u()
        if r < 0.45:
            return d
        if r < 0.62:
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if r < 0.78:
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        if r < 0.86:
            return f"+86 {d}"
        if r < 0.90:
            return f"+86 {d[:3]} {d[3:7]} {d[7:]}"
        if r < 0.94:
            return f"86-{d}"
        if r < 0.96:
            return f"0086 {d}"
        return d.translate(_FULL_WIDTH)  # typed with a Chinese input method

    @staticmethod
    def landline(u: Rand, area: str, ext: bool) -> tuple[str, str, str]:
        """(raw, digits, extension) for a fixed line in ``area``."""
        length = 8 if len(area) == 3 or u() < 0.8 else 7
        local = str(2 + int(u() * 8)) + f"{int(u() * 10 ** (length - 1)):0{length - 1}d}"
        r = u()
        if r < 0.5:
            raw = f"{area}-{local}"
        elif r < 0.7:
            raw = f"{area} {local}"
        elif r < 0.85:
            raw = f"({area}){local}"
        else:
            raw = area + local
        extension = ""
        if ext and u() < 0.5:
            extension = str(800 + int(u() * 100))
            # "-801" after the number is read as an extension only after an 8-digit number
            raw += f"-{extension}" if length == 8 and u() < 0.3 else f" 转 {extension}"
        return raw, area + local, extension

    @staticmethod
    def street(u: Rand) -> str:
        road = pick(u, names.ROADS)
        no = 1 + int(u() * 400)
        room = f"{1 + int(u() * 18)}{1 + int(u() * 4):02d}"
        r = u()
        if r < 0.4:
            b, unit = 1 + int(u() * 20), 1 + int(u() * 4)
            return f"{road}{no}号{pick(u, names.COMMUNITIES)}{b}栋{unit}单元{room}室"
        if r < 0.7:
            return f"{road}{no}号{1 + int(u() * 20)}栋{1 + int(u() * 4)}单元{room}室"
        if r < 0.8:
            return f"{road}{no}弄{1 + int(u() * 60)}号{room}室"
        if r < 0.92:
            return f"{pick(u, names.COMMUNITIES)}{1 + int(u() * 30)}幢{room}室"
        return f"{road}{no}号"

    @staticmethod
    def office(u: Rand) -> str:
        road = pick(u, names.ROADS)
        no = 1 + int(u() * 800)
        if u() < 0.6:
            return f"{road}{no}号{pick(u, names.TOWERS)}{2 + int(u() * 30)}层"
        return f"{road}{no}号{1 + int(u() * 12)}号楼{1 + int(u() * 6)}01室"


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


AGE_BANDS = (7, 18, 60, 200)  # upper bounds: young children, pupils, working age, retired


def age_band(age: float) -> int:
    return 0 if age < 7 else 1 if age < 18 else 2 if age < 60 else 3


def person_facts(u: Rand, cards: Cards, band: int, female: bool) -> tuple[Any, ...]:
    """(title, education, employer, position, email kind, wechat kind, source channel,
    preferred contact time, notes, profile, birth place) of a person of an age band.
    Email and WeChat are kinds (0 none, 1 number-like, 2 from the name's pinyin): the address
    itself is made per person."""
    title: Any = NULL
    education: Any = NULL
    employer: Any = NULL
    position: Any = NULL
    email = wechat = 0
    if band >= 2:
        r = u()
        if r < 0.6:
            title = "女士" if female else "先生"
        elif r < 0.7:
            title = pick(u, TITLES_OTHER)
        if u() < 0.65:
            education = pick(u, EDUCATION)
        if band == 2 and u() < 0.45:
            employer, position = pick(u, cards.employers), pick(u, POSITIONS)
        elif band == 3 and u() < 0.3:
            position = "退休"
        if u() < (0.25 if band == 2 else 0.06):
            email = 1 if u() < 0.4 else 2
        if u() < (0.55 if band == 2 else 0.3):
            wechat = 1 if u() < 0.5 else 2
    elif band == 1:
        education = pick(u, ("小学", "初中", "高中"))
    return (
        title, education, employer, position, email, wechat, pick(u, SOURCE_CHANNELS),
        pick(u, CONTACT_TIMES) if u() < 0.55 else NULL, pick(u, NOTES) if u() < 0.06 else NULL,
        pick(u, cards.person_profiles), pick(u, cards.birth_places) if u() < 0.5 else NULL,
    )  # fmt: skip


def consent_pattern(u: Rand, wechat: bool, email: bool) -> tuple[str, tuple[tuple[str, int], ...]]:
    """(how it was recorded, ((channel, granted), ...)) for the channels a person was asked
    about; about 6% said no to everything."""
    refuses = u() < 0.06
    asked = [
        (ContactChannel.PHONE, 0.75), (ContactChannel.SMS, 0.3),
        (ContactChannel.WECHAT, 0.5 if wechat else 0.0),
        (ContactChannel.EMAIL, 0.4 if email else 0.0), (ContactChannel.POST, 0.03),
    ]  # fmt: skip
    answers = tuple(
        (channel.value, 0 if refuses or u() < 0.1 else 1) for channel, p in asked if u() < p
    )
    return pick(u, CONSENT_SOURCES), answers


def email_address(u: Rand, kind: int, pinyin: str) -> str:
    if kind == 1:
        return f"{int(u() * 9e8) + 10_000_000}@qq.com"
    return f"{pinyin}{int(u() * 100)}@{pick(u, EMAIL_DOMAINS)}"


def wechat_id(u: Rand, kind: int, pinyin: str) -> str:
    return f"wxid_{int(u() * 36**10):010x}" if kind == 1 else f"{pinyin}{int(u() * 1000)}"


def relations_of_org(
    u: Rand, cards: Cards, new_id: Callable[[], bytes], cid: bytes | bytearray, created: str,
    people: Sequence[tuple[bytes | bytearray, str]], out: list[tuple[Any, ...]],
) -> None:  # fmt: skip
    """Who decides, who pays, who uses: sometimes a person who is a customer too."""
    for role in (ROLE_DECISION_MAKER, ROLE_PAYER, ROLE_USER):
        note = pick(u, ORG_CONTACT_POSITIONS[role])
        if people and u() < 0.35:
            pid, pname = pick(u, people)
            out.append((new_id(), cid, role, pname, pid, NULL, note, created))
        else:
            raw, _ = cards.contact_mobile(u)
            out.append((new_id(), cid, role, cards.contact_name(u), NULL, raw, note, created))


def relations_of_person(
    u: Rand, cards: Cards, new_id: Callable[[], bytes], cid: bytes | bytearray, created: str,
    people: Sequence[tuple[bytes | bytearray, str]], out: list[tuple[Any, ...]],
) -> None:  # fmt: skip
    r = u()
    if r < 0.05 and people:
        pid, pname = pick(u, people)
        out.append((new_id(), cid, ROLE_REFERRER, pname, pid, NULL, "介绍来院", created))
    elif r < 0.09:
        raw, _ = cards.contact_mobile(u)
        name = cards.contact_name(u)
        out.append((new_id(), cid, ROLE_FAMILY, name, NULL, raw, pick(u, FAMILY_NOTES), created))
