"""One chunk of demo customers: the unit a worker process generates, in two parts.

``build_activity(spec, i)`` writes the visits, transactions and stats of chunk ``i``,
``build_cards(spec, i)`` its cards (customers, phones, addresses, tags, consents, relations).
Each part has its own random stream seeded from (seed, i, part); what both need -- who the
customers are, when they registered, how much they buy -- comes from a third, cheap stream
(``_basics``). So the parts can be built in any order by any process (the writer takes all
activity first: its sorting and indexing then overlap with the building of the cards), and
the data depend only on (seed, today, number of customers). Top-level functions of a module
without side effects on import, as the 'spawn' start method (Windows) needs.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any, NamedTuple

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


class Basic(NamedTuple):
    """What both parts of a chunk know about a customer."""

    g: int  # index among all customers
    pos: int  # registration instant, in opening milliseconds from the first day
    created: str  # stored form of that instant
    high: int  # its Unix milliseconds << 80: the top of every id made for the customer
    cid: bytearray
    org: bool
    propensity: float  # Pareto: how often they come and how much they spend
    credit: bool  # buys on account (organisations, a few people)


def _basics(spec: Spec, index: int, clock: Clock) -> list[Basic]:
    rng = random.Random(f"cs-demo:{spec.seed}:{index}:basics")
    u = rng.random
    lo = index * CHUNK_CUSTOMERS
    per_customer = CUSTOMER_DAYS * OPEN_MS / spec.total  # opening ms between registrations
    out = []
    for g in range(lo, min(spec.total, lo + CHUNK_CUSTOMERS)):
        pos = int((g + u()) * per_customer)
        day = pos // OPEN_MS
        ms_of_day = pos - day * OPEN_MS
        high = (clock.day_ms[day] + ms_of_day) << 80
        cid = bytearray((((high | rng.getrandbits(80)) & ID_MASK) | V7_BITS).to_bytes(16, "big"))
        showcase = g % 1000 == 137 or (g < 200 and g % 15 == 7)  # people: see names.py
        org = not showcase and u() < ORG_SHARE
        propensity = 1.0 / (1.0 - u()) ** (1.0 / PERSON_ALPHA)
        credit = org or u() < 0.04
        out.append(Basic(g, pos, clock.text(day, ms_of_day), high, cid, org, propensity, credit))
    return out


def build_activity(spec: Spec, index: int) -> Chunk:
    cards, activity, clock = _tools_for(spec)
    rng = random.Random(f"cs-demo:{spec.seed}:{index}:activity")
    out = Chunk(index, index * CHUNK_CUSTOMERS)
    for b in _basics(spec, index, clock):
        stats = activity.customer(
            rng, out, b.cid, b.pos, org=b.org, credit=b.credit, propensity=b.propensity
        )
        out.stats.append((b.cid, *stats))
    return out


def build_cards(spec: Spec, index: int) -> Chunk:
    cards, _, clock = _tools_for(spec)
    rng = random.Random(f"cs-demo:{spec.seed}:{index}:cards")
    bits = rng.getrandbits
    out = Chunk(index, index * CHUNK_CUSTOMERS)
    tags = {name: bytearray(tag_id) for name, tag_id in spec.tags}
    known: list[tuple[bytearray, str]] = []  # people of this chunk, for relations
    for b in _basics(spec, index, clock):

        def new_id(high: int = b.high) -> bytearray:
            """uuid7_bits(created ms, bits(80)), inlined: called ~8 times per customer."""
            return bytearray((((high | bits(80)) & ID_MASK) | V7_BITS).to_bytes(16, "big"))

        if b.org:
            _organization(spec, cards, rng, out, b, new_id, tags, known)
            out.organizations += 1
        else:
            known.append((b.cid, _person(spec, cards, rng, out, b, new_id, tags, known)))
            out.people += 1
    return out


def build_chunk(spec: Spec, index: int) -> Chunk:
    """Both parts of chunk ``index`` in one Chunk (for tools and tests)."""
    chunk = build_cards(spec, index)
    part = build_activity(spec, index)
    chunk.visits, chunk.transactions, chunk.stats = part.visits, part.transactions, part.stats
    return chunk


def _person(
    spec: Spec, cards: Cards, rng: random.Random, out: Chunk, b: Basic, new_id: Any,
    tags: dict[str, bytearray], known: list[tuple[bytearray, str]],
) -> str:  # fmt: skip
    u = rng.random
    g, cid, created = b.g, b.cid, b.created
    female = u() < 0.52
    age = pick(u, pp.AGES)
    if b.credit and age < 20:
        age += 30  # people on account are adults
    created_ord = spec.first_day + b.pos // OPEN_MS
    birth_ord = created_ord - int((age + u()) * YEAR)
    birth_text, birth_year = _dates.get(birth_ord)
    name, pinyin = cards.person_name(u, female, birth_year, g)
    district = pick(u, cards.homes)
    id_type: Any = NULL
    id_number: Any = NULL
    if u() < 0.97:
        sequence = int(u() * 100) * 10 + 2 * int(u() * 5) + (0 if female else 1)
        id_type, id_number = RESIDENT_ID, cards.ids.build(district.code, birth_ord, sequence)
    age_now = (spec.today - birth_ord) / YEAR
    calendar = LUNAR if u() < (0.2 if age_now >= 50 else 0.04) else SOLAR
    (title, education, employer, position, email_kind, wechat_kind, source, contact_time,
     notes, profile, birth_place) = pick(u, cards.facts[female, pp.age_band(age_now)])  # fmt: skip
    email = pp.email_address(u, email_kind, pinyin) if email_kind else NULL
    wechat = pp.wechat_id(u, wechat_kind, pinyin) if wechat_kind else NULL
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
    if b.propensity > 6 and u() < 0.6:
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

    limit = _credit_limit(u, b.propensity, 300_000) if b.credit else NULL
    out.customers.append((
        cid, PERSON, name, pinyin, FEMALE if female else MALE, birth_text, calendar, birth_place,
        id_type, id_number, title, education, employer, position, NULL, NULL, NULL, email,
        wechat, source, contact_time, notes, profile, limit, created,
    ))  # fmt: skip
    return name


def _organization(
    spec: Spec, cards: Cards, rng: random.Random, out: Chunk, b: Basic, new_id: Any,
    tags: dict[str, bytearray], known: list[tuple[bytearray, str]],
) -> None:  # fmt: skip
    u = rng.random
    g, cid, created = b.g, b.cid, b.created
    district = pick(u, cards.org_homes)
    name, pinyin, industry = cards.company(u, district)
    # The organisation-code body is a bijection of the index: no two demo companies share one.
    org_code = social_credit_code(district.code, f"{(g * 48_271 + cards.offset) % 10**8:08d}")
    employees = min(20_000, int(5 / (1.0 - u()) ** (1 / 1.1)))
    email = f"service@{pinyin[:14]}.com" if u() < 0.4 else NULL

    raw, digits, ext = cards.landline(u, district.area_code, True)
    out.phones.append((new_id(), cid, LANDLINE, raw, digits, ext, "办公", 1, created))
    if u() < 0.6:
        raw, digits = cards.contact_mobile(u)
        out.phones.append((new_id(), cid, MOBILE, raw, digits, "", "联系人手机", 0, created))
    out.addresses.append((new_id(), cid, WORK, district.province, district.city,
                          district.district, pick(u, cards.offices), district.code, 1,
                          created))  # fmt: skip
    out.tags.append((new_id(), cid, tags["企业客户"], created))
    if b.propensity > 5 and u() < 0.7:
        out.tags.append((new_id(), cid, tags["VIP"], created))
    out.consents.append((new_id(), cid, CH_PHONE, 1, "合同约定", created))
    if email is not NULL:
        out.consents.append((new_id(), cid, CH_EMAIL, 1, "合同约定", created))
    if u() < 0.3:
        out.consents.append((new_id(), cid, CH_POST, 1 if u() < 0.8 else 0, "合同约定", created))
    pp.relations_of_org(u, cards, new_id, cid, created, known, out.relations)

    limit = _credit_limit(u, b.propensity, 5_000_000)
    out.customers.append((
        cid, ORG, name, pinyin, NULL, NULL, SOLAR, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        org_code, industry, employees, email, NULL, pick(u, pp.ORG_SOURCES), "工作日 9:00-17:00",
        NULL, pick(u, cards.org_profiles), limit, created,
    ))  # fmt: skip


def _credit_limit(u: Any, propensity: float, floor: int) -> int:
    """In proportion to how much the customer buys, rounded to a fifth of ``floor`` (the writer
    lowers a few below their balance once balances are known: see load.py)."""
    step = floor // 5
    return max(floor, int(floor * propensity * (0.5 + u())) // step * step)
