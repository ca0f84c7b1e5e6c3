"""Visits and transactions of one demo customer over the two years before today.

Value follows a power law: each customer draws a Pareto "propensity" that scales both how often
they come and how much they spend, so that about a fifth of the customers bring three quarters
of the value (DOMAIN.md section 2). Money is in integer cents, rounded to 10 cents (角).

Transactions are the management card's account (管理卡: volume, credit, balance): customers on
account -- every organisation and a few people -- buy at their visits (a sale linked to the
visit), sometimes get part of it refunded (linked to the same visit) and pay by transfer every
one to three months (not linked to a visit); what they have not paid yet is their balance.
People who pay at the counter have no account: what they spent is the value of their visits.

So, per customer: value = sum of the visits' value_cents; balance = sales - refunds - payments
(zero without an account); and a visit with transactions has value = its sales - its refunds.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cs_desktop.domain.enums import TransactionKind, VisitKind

from .codes import ID_MASK as _ID_MASK
from .codes import V7_BITS as _V7
from .codes import Clock
from .codes import uuid7_bits as _id
from .people import pick, weighted
from .spec import CUSTOMER_DAYS, NULL, OPEN_MS, VISIT_DAYS, Chunk

VISIT_START = (CUSTOMER_DAYS - VISIT_DAYS) * OPEN_MS  # in opening milliseconds from day 0
WINDOW_END = CUSTOMER_DAYS * OPEN_MS
DAY = OPEN_MS

SALE = TransactionKind.SALE.value
REFUND = TransactionKind.REFUND.value
PAYMENT = TransactionKind.PAYMENT.value
COUNTER, PHONE, ONLINE = VisitKind.COUNTER.value, VisitKind.PHONE.value, VisitKind.ONLINE.value

# Tuned (bench over 50,000 customers, three seeds): 3.0 visits per customer, about a fifth never
# come, the top 20% by value hold 76-77% of it, organisations about a quarter.
PERSON_ALPHA = 1.9
PERSON_RATE = 2.15
ORG_RATE = 2.2
SPEND_EXPONENT = 0.4
MAX_VISITS = 150


@dataclass(frozen=True)
class Purpose:
    name: str
    kinds: tuple[str, ...]
    charge: float  # probability that the visit has a sale
    description: str
    cents: int  # typical sale
    outcomes: tuple[str | float, ...]  # NULL marks no text
    next_steps: tuple[str | float, ...]


_NONE3 = (NULL, NULL, NULL)
PERSON_PURPOSES = weighted(
    [
        (Purpose("复诊", (COUNTER,) * 9 + (ONLINE,), 0.9, "诊疗费", 8_000,
                 ("病情稳定", "已调整用药", "建议复查") + _NONE3,
                 ("两周后复诊", "一个月后复查", "按时服药") + _NONE3 * 2), 30),
        (Purpose("初诊", (COUNTER,), 0.95, "挂号及诊疗费", 12_000,
                 ("已开具检查单", "已开药") + _NONE3, ("一周后复诊", "完善检查") + _NONE3), 10),
        (Purpose("取药", (COUNTER,), 0.97, "药费", 15_000, ("已取药",) + _NONE3, _NONE3), 18),
        (Purpose("体检", (COUNTER,), 1.0, "体检套餐", 45_000,
                 ("体检完成", "报告已出") + _NONE3, ("电话告知体检结果",) + _NONE3), 8),
        (Purpose("检查", (COUNTER,), 0.95, "检查费", 25_000,
                 ("检查结果正常", "结果已告知") + _NONE3, ("携带结果复诊",) + _NONE3), 10),
        (Purpose("治疗", (COUNTER,), 0.95, "治疗费", 30_000, ("治疗顺利",) + _NONE3,
                 ("按疗程继续治疗",) + _NONE3), 8),
        (Purpose("咨询", (COUNTER, PHONE, PHONE, ONLINE), 0.08, "咨询费", 5_000,
                 ("已解答", "已转介专科医生") + _NONE3, _NONE3), 10),
        (Purpose("缴费", (COUNTER,), 1.0, "费用结算", 20_000, ("已缴费",) + _NONE3, _NONE3), 3),
        (Purpose("预约", (PHONE, PHONE, ONLINE), 0.0, "", 0, ("已预约",) + _NONE3,
                 ("按预约时间到院",) + _NONE3), 3),
    ]
)  # fmt: skip
ORG_PURPOSES = weighted(
    [
        (Purpose("团体体检", (COUNTER,), 1.0, "团体体检费", 60_000, ("体检已安排",) + _NONE3,
                 ("发送体检报告",) + _NONE3), 40),
        (Purpose("商务洽谈", (COUNTER, PHONE), 0.2, "服务费", 30_000, ("已提交方案",) + _NONE3,
                 ("跟进合同",) + _NONE3), 25),
        (Purpose("结算对账", (COUNTER, PHONE, ONLINE), 0.3, "服务费", 20_000,
                 ("对账无误",) + _NONE3, _NONE3), 20),
        (Purpose("合同续签", (COUNTER,), 0.8, "年度服务费", 120_000, ("已续签",) + _NONE3,
                 ("安排年度体检",) + _NONE3), 15),
    ]
)  # fmt: skip
TRANSFER = ("对公转账", "月结还款", "银行转账")

# exp(N(0, 0.6)) spread of single amounts, as a lookup list (lognormvariate per row is slow).
_tables_rng = random.Random(20261123)
SPREAD = sorted(math.exp(0.6 * _tables_rng.gauss(0.0, 1.0)) for _ in range(4096))


def _variants(purposes: list[Purpose], rng: random.Random) -> list[tuple[Any, ...]]:
    """Visits drawn in advance: (purpose, kind, outcome, next step, typical cents or 0 when
    free, description). One random number picks a whole visit instead of five."""
    out = []
    for _ in range(4096):
        p = purposes[int(rng.random() * len(purposes))]
        charged = rng.random() < p.charge
        out.append((p.name, rng.choice(p.kinds), rng.choice(p.outcomes),
                    rng.choice(p.next_steps), p.cents if charged else 0, p.description))  # fmt: skip
    return out


PERSON_VISITS = _variants(PERSON_PURPOSES, _tables_rng)
ORG_VISITS = _variants(ORG_PURPOSES, _tables_rng)


def poisson(u: Callable[[], float], lam: float) -> int:
    if lam < 30:
        limit, k, prod = math.exp(-lam), 0, u()
        while prod > limit:
            k += 1
            prod *= u()
        return k
    return max(0, round(lam + math.sqrt(lam) * math.sqrt(-2 * math.log(1 - u())) *
                         math.cos(2 * math.pi * u())))  # fmt: skip


Stats = tuple[int, str | float, str | float, int, int]


class Activity:
    def __init__(self, clock: Clock, staff: tuple[bytes | bytearray, ...]) -> None:
        self.clock = clock
        self.staff = staff

    def customer(
        self, rng: random.Random, out: Chunk, cid: bytes | bytearray, created_pos: int, *, org: bool,
        credit: bool, propensity: float,
    ) -> Stats:  # fmt: skip
        """Write the customer's visits and transactions to ``out``; return their stats."""
        u = rng.random
        bits = rng.getrandbits
        clock = self.clock
        start = max(created_pos, VISIT_START)
        span = WINDOW_END - start
        if span <= 0:
            return 0, NULL, NULL, 0, 0
        rate = (ORG_RATE if org else PERSON_RATE) * propensity * span / (VISIT_DAYS * OPEN_MS)
        n = min(poisson(u, rate), MAX_VISITS)
        if n == 0:
            return 0, NULL, NULL, 0, 0
        positions = [start + int(u() * span) for _ in range(n)]
        if created_pos >= VISIT_START and u() < 0.8:
            positions[0] = created_pos  # registered at the first visit
        positions.sort()
        variants = ORG_VISITS if org else PERSON_VISITS
        scale = propensity**SPEND_EXPONENT
        visits = out.visits
        staff, n_staff = self.staff, len(self.staff)
        day_text, day_ms, hms, frac = clock.day_text, clock.day_ms, clock.hms, clock.frac
        value = 0
        owed: list[tuple[int, int]] = []  # credit customers: (position, amount) of sales
        text = ""
        for pos in positions:
            day = pos // DAY
            ms_of_day = pos - day * DAY
            text = day_text[day] + hms[ms_of_day // 1000] + frac[ms_of_day % 1000]
            ms = day_ms[day] + ms_of_day
            # uuid7_bits(ms, ...) inlined: 80 random bits, version and variant bits set
            vid = bytearray(((((ms << 80) | bits(80)) & _ID_MASK) | _V7).to_bytes(16, "big"))
            name, kind, outcome, next_step, cents, description = variants[int(u() * 4096)]
            v_value = 0
            if cents:
                v_value = int(cents * SPREAD[int(u() * 4096)] * scale) // 10 * 10
                if v_value < 100:
                    v_value = 100
                if credit:
                    v_value = self._sale(rng, out, cid, vid, pos, text, ms, v_value, description,
                                         owed)  # fmt: skip
                value += v_value
            visits.append((vid, cid, staff[int(u() * n_staff)], text, kind, name, outcome,
                           next_step, v_value))  # fmt: skip
        first = visits[-n][3]
        if not credit:
            return n, first, text, value, 0
        paid = self._settle(rng, out, cid, owed, start) if owed else 0
        return n, first, text, value, value - paid

    def _sale(
        self, rng: random.Random, out: Chunk, cid: bytes | bytearray, vid: bytes | bytearray, pos: int,
        text: str, ms: int, amount: int, description: str, owed: list[tuple[int, int]],
    ) -> int:  # fmt: skip
        """A sale on account at a visit, now and then partly refunded a few days later;
        returns the visit's value (sale - refund)."""
        u = rng.random
        clock = self.clock
        out.transactions.append(
            (_id(ms, rng.getrandbits(80)), cid, vid, text, SALE, amount, description)
        )
        owed.append((pos, amount))
        if u() < 0.03:
            r_pos = pos + int((1 + u() * 9) * DAY)
            if r_pos < WINDOW_END:
                back = max(10, int(amount * (0.2 + 0.8 * u())) // 10 * 10)
                r_day = r_pos // DAY
                r_ms = r_pos - r_day * DAY
                out.transactions.append(
                    (_id(clock.day_ms[r_day] + r_ms, rng.getrandbits(80)), cid, vid,
                     clock.text(r_day, r_ms), REFUND, back, "退费")
                )  # fmt: skip
                owed.append((r_pos, -back))
                return amount - back
        return amount

    def _settle(
        self,
        rng: random.Random,
        out: Chunk,
        cid: bytes | bytearray,
        owed: list[tuple[int, int]],
        start: int,
    ) -> int:
        """Transfers every one to three months paying (most of) what is owed by then."""
        u = rng.random
        clock = self.clock
        owed.sort()
        total_paid = 0
        due = 0
        i = 0
        pos = start + int((30 + u() * 60) * DAY)
        while pos < WINDOW_END:
            while i < len(owed) and owed[i][0] < pos:
                due += owed[i][1]
                i += 1
            outstanding = due - total_paid
            if outstanding > 0:
                amount = outstanding if u() < 0.8 else outstanding // 2 // 10 * 10
                if amount > 0:
                    day = pos // DAY
                    ms_of_day = pos - day * DAY
                    out.transactions.append(
                        (_id(clock.day_ms[day] + ms_of_day, rng.getrandbits(80)), cid, NULL,
                         clock.text(day, ms_of_day), PAYMENT, amount, pick(u, TRANSFER))
                    )  # fmt: skip
                    total_paid += amount
            pos += int((30 + u() * 60) * DAY)
        return total_paid
