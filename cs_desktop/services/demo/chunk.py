"""One chunk of demo customers: the unit a worker process generates.

``build_chunk(spec, i)`` depends on nothing but its arguments: its random stream is seeded from
(seed, i), and each customer's registration instant from its global index, so the output is the
same whatever process builds it, in whatever order. It is a top-level function of a module
without side effects on import, as the 'spawn' start method (Windows) needs.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from cs_desktop.domain.enums import (
    AddressKind,
    CalendarKind,
    ContactChannel,
    CustomerKind,
    Gender,
    IdDocumentType,
    PhoneKind,
)

from . import people as pp
from .activity import PERSON_ALPHA, Activity
from .codes import ID_MASK, V7_BITS, Clock, social_credit_code
from .people import Cards, pick
from .spec import CHUNK_CUSTOMERS, CUSTOMER_DAYS, NULL, OPEN_MS, Chunk, Spec

PERSON, ORG = CustomerKind.PERSON.value, CustomerKind.ORGANIZATION.value
MALE, FEMALE = Gender.MALE.value, Gender.FEMALE.value
SOLAR, LUNAR = CalendarKind.SOLAR.value, CalendarKind.LUNAR.value
RESIDENT_ID = IdDocumentType.RESIDENT_ID.value
MOBILE, LANDLINE = PhoneKind.MOBILE.value, PhoneKind.LANDLINE.value
HOME, WORK = AddressKind.HOME.value, AddressKind.WORK.value
CH_PHONE, CH_EMAIL = ContactChannel.PHONE.value, ContactChannel.EMAIL.value
CH_POST = ContactChannel.POST.value
ORG_SHARE = 0.10
YEAR = 365.2425

_tools: dict[tuple[int, int, tuple[bytes, ...]], tuple[Cards, Activity, Clock]] = {}


def _tools_for(spec: Spec) -> tuple[Cards, Activity, Clock]:
    """Lookup tables are built once per process (a few hundred milliseconds)."""
    key = (spec.seed, spec.today, spec.staff)
    if key not in _tools:
        clock = Clock(spec.first_day, CUSTOMER_DAYS)
        cards = Cards(seed_offset=random.Random(f"cs-demo:{spec.seed}:offset").getrandbits(40))
        _tools.clear()
        staff = tuple(bytearray(s) for s in spec.staff)  # bytearray: see bulk.NULL
        _tools[key] = (cards, Activity(clock, staff), clock)
    return _tools[key]


class _Dates:
    """'YYYY-MM-DD' and year of a date ordinal, cached."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[str, int]] = {}

    def get(self, ordinal: int) -> tuple[str, int]:
        hit = self._cache.get(ordinal)
        if hit is None:
            d = dt.date.fromordinal(ordinal)
            hit = self._cache[ordinal] = (d.isoformat(), d.year)
        return hit


_dates = _Dates()


def build_chunk(spec: Spec, index: int) -> Chunk:
    cards, activity, clock = _tools_for(spec)
    rng = random.Random(f"cs-demo:{spec.seed}:{index}")
    u = rng.random
    bits = rng.getrandbits
    lo = index * CHUNK_CUSTOMERS
    hi = min(spec.total, lo + CHUNK_CUSTOMERS)
    out = Chunk(index, lo)
    per_customer = CUSTOMER_DAYS * OPEN_MS / spec.total  # opening ms between registrations
    tags = {name: bytearray(tag_id) for name, tag_id in spec.tags}
    known: list[tuple[bytes, str]] = []  # people of this chunk, for relations
    for g in range(lo, hi):
        pos = int((g + u()) * per_customer)
        day = pos // OPEN_MS
        created = clock.text(day, pos - day * OPEN_MS)
        high = (clock.day_ms[day] + pos - day * OPEN_MS) << 80

        def new_id(high: int = high) -> bytearray:
            """uuid7_bits(created ms, bits(80)), inlined: called ~8 times per customer."""
            return bytearray((((high | bits(80)) & ID_MASK) | V7_BITS).to_bytes(16, "big"))

        cid = new_id()
        showcase = g % 1000 == 137 or (g < 200 and g % 15 == 7)
        if not showcase and u() < ORG_SHARE:
            _organization(
                spec, cards, activity, rng, out, g, cid, new_id, created, pos, tags, known
            )
            out.organizations += 1
        else:
            name = _person(
                spec, cards, activity, rng, out, g, cid, new_id, created, pos, day, tags, known
            )
            known.append((cid, name))
            out.people += 1
    return out


def _person(
    spec: Spec, cards: Cards, activity: Activity, rng: random.Random, out: Chunk, g: int,
    cid: bytes, new_id: Any, created: str, pos: int, day: int, tags: dict[str, bytes],
    known: list[tuple[bytes, str]],
) -> str:  # fmt: skip
    u = rng.random
    female = u() < 0.52
    age = pick(u, pp.AGES)
    created_ord = spec.first_day + day
    birth_ord = created_ord - int((age + u()) * YEAR)
    birth_text, birth_year = _dates.get(birth_ord)
    name, pinyin = cards.person_name(u, female, birth_year, g)
    district = pick(u, cards.homes)
    id_type = id_number = NULL
    if u() < 0.97:
        sequence = int(u() * 100) * 10 + 2 * int(u() * 5) + (0 if female else 1)
        id_type, id_number = RESIDENT_ID, cards.ids.build(district.code, birth_ord, sequence)
    age_now = (spec.today - birth_ord) / YEAR
    calendar = LUNAR if u() < (0.2 if age_now >= 50 else 0.04) else SOLAR
    (title, education, employer, position, email_kind, wechat_kind, source, contact_time,
     notes, profile, birth_place) = pick(u, cards.facts[female, pp.age_band(age_now)])  # fmt: skip
    email = pp.email_address(u, email_kind, pinyin) if email_kind else NULL
    wechat = pp.wechat_id(u, wechat_kind, pinyin) if wechat_kind else NULL
    propensity = 1.0 / (1.0 - u()) ** (1.0 / PERSON_ALPHA)
    credit = age_now >= 18 and u() < 0.04

    raw, digits = cards.mobile(u, g)
    out.phones.append((new_id(), cid, MOBILE, raw, digits, "", "手机", 1, created))
    if u() < 0.3:
        raw, digits, ext = cards.landline(u, district.area_code, False)
        out.phones.append((new_id(), cid, LANDLINE, raw, digits, ext, "家庭", 0, created))
    out.addresses.append((new_id(), cid, HOME, district.province, district.city,
                          district.district, pick(u, cards.streets), district.code, 1,
                          created))  # fmt: skip
    if employer is not NULL and u() < 0.1:
        work = pick(u, cards.homes)
        out.addresses.append((new_id(), cid, WORK, work.province, work.city, work.district,
                              pick(u, cards.offices), work.code, 0, created))  # fmt: skip

    chosen: list[str] = []
    if spec.today - created_ord <= 90 and u() < 0.9:
        chosen.append("新客")
    if propensity > 6 and u() < 0.6:
        chosen.append("VIP")
    if age_now >= 65 and u() < 0.7:
        chosen.append("老年")
    if age_now >= 45 and u() < 0.15:
        chosen.append("慢病随访")
    if age_now < 14 and u() < 0.6:
        chosen.append("儿童")
    if u() < 0.12:
        chosen.append("医保")
    if female and 22 <= age_now <= 40 and u() < 0.05:
        chosen.append("孕产")
    for tag in chosen[:2]:
        out.tags.append((new_id(), cid, tags[tag], created))

    consent_source, answers = pick(u, cards.consents[wechat_kind > 0, email_kind > 0])
    for channel, granted in answers:
        out.consents.append((new_id(), cid, channel, granted, consent_source, created))
    pp.relations_of_person(u, cards, new_id, cid, created, known, out.relations)

    stats = activity.customer(rng, out, cid, pos, org=False, credit=credit, propensity=propensity)
    limit = _credit_limit(u, stats[4], 300_000) if credit else NULL
    out.stats.append((cid, *stats))
    out.customers.append((
        cid, PERSON, name, pinyin, FEMALE if female else MALE, birth_text, calendar, birth_place,
        id_type, id_number, title, education, employer, position, NULL, NULL, NULL, email,
        wechat, source, contact_time, notes, profile, limit, created,
    ))  # fmt: skip
    return name


def _organization(
    spec: Spec, cards: Cards, activity: Activity, rng: random.Random, out: Chunk, g: int,
    cid: bytes, new_id: Any, created: str, pos: int, tags: dict[str, bytes],
    known: list[tuple[bytes, str]],
) -> None:  # fmt: skip
    u = rng.random
    district = pick(u, cards.org_homes)
    name, pinyin, industry = cards.company(u, district)
    # The organisation-code body is a bijection of the index: no two demo companies share one.
    org_code = social_credit_code(district.code, f"{(g * 48_271 + cards.offset) % 10**8:08d}")
    employees = min(20_000, int(5 / (1.0 - u()) ** (1 / 1.1)))
    email = f"service@{pinyin[:14]}.com" if u() < 0.4 else NULL
    propensity = 1.0 / (1.0 - u()) ** (1.0 / PERSON_ALPHA)

    raw, digits, ext = cards.landline(u, district.area_code, True)
    out.phones.append((new_id(), cid, LANDLINE, raw, digits, ext, "办公", 1, created))
    if u() < 0.6:
        raw, digits = cards.contact_mobile(u)
        out.phones.append((new_id(), cid, MOBILE, raw, digits, "", "联系人手机", 0, created))
    out.addresses.append((new_id(), cid, WORK, district.province, district.city,
                          district.district, pick(u, cards.offices), district.code, 1,
                          created))  # fmt: skip
    out.tags.append((new_id(), cid, tags["企业客户"], created))
    if propensity > 5 and u() < 0.7:
        out.tags.append((new_id(), cid, tags["VIP"], created))
    out.consents.append((new_id(), cid, CH_PHONE, 1, "合同约定", created))
    if email is not NULL:
        out.consents.append((new_id(), cid, CH_EMAIL, 1, "合同约定", created))
    if u() < 0.3:
        out.consents.append((new_id(), cid, CH_POST, 1 if u() < 0.8 else 0, "合同约定", created))
    pp.relations_of_org(u, cards, new_id, cid, created, known, out.relations)

    stats = activity.customer(rng, out, cid, pos, org=True, credit=True, propensity=propensity)
    limit = _credit_limit(u, stats[4], 5_000_000)
    out.stats.append((cid, *stats))
    out.customers.append((
        cid, ORG, name, pinyin, NULL, NULL, SOLAR, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        org_code, industry, employees, email, NULL, pick(u, pp.ORG_SOURCES), "工作日 9:00-17:00",
        NULL, pick(u, cards.org_profiles), limit, created,
    ))  # fmt: skip


def _credit_limit(u: Any, balance: int, floor: int) -> int:
    """Usually comfortably above the balance; for a few (about 8%) already below it."""
    if balance > 20_000 and u() < 0.08:
        return max(10_000, balance * 7 // 10 // 10_000 * 10_000)
    step = floor // 5
    return max(floor, -(-balance * 2 // step) * step)
