"""The tier table (客户等级分类表): customers, value and share of value per tier over the active
rule's period, the Pareto curve, and who moved at the last run."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.storage.models import Customer, TierHistory, TierPolicy, TierRun

from .facts import FACTS, fill_facts, period_start
from .recompute import active_rule, start_of_day

CURVE_POINTS = 50
MOVED_SHOWN = 200


@dataclass(frozen=True)
class TierRow:
    tier: str | None  # None: customers without a tier
    label: str
    customers: int
    value_cents: int
    value_share: float  # of the total positive value
    customer_share: float


@dataclass(frozen=True)
class Moved:
    customer_id: uuid.UUID
    name: str
    from_tier: str | None
    to_tier: str | None


@dataclass(frozen=True)
class TierTable:
    rule_name: str
    period_days: int
    rows: list[TierRow]
    customers: int
    value_cents: int
    curve: list[tuple[float, float]]  # (share of customers, share of value), best first
    last_run_at: dt.datetime | None
    moved_at_last_run: int
    moved: list[Moved]  # the first MOVED_SHOWN of them


class TierTableService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today

    def table(self) -> TierTable:
        as_of = start_of_day(self._today())
        with self._factory() as s:
            active = active_rule(s)
            conn = s.connection()
            try:
                fill_facts(conn, period_start(as_of, active.rule.period_days),
                           as_of + dt.timedelta(days=1))  # fmt: skip
                per_tier = conn.execute(
                    select(Customer.tier, func.count(),
                           func.coalesce(func.sum(FACTS.c.value), 0),
                           func.coalesce(func.sum(FACTS.c.value).filter(FACTS.c.value > 0), 0))
                    .join(Customer, Customer.id == FACTS.c.customer_id)
                    .group_by(Customer.tier)
                ).all()  # fmt: skip
                buckets = conn.execute(self._curve_sql()).all()
            finally:
                s.rollback()
            labels = dict(s.execute(select(TierPolicy.tier, TierPolicy.label)).all())
            order = {t: p for t, p in s.execute(select(TierPolicy.tier, TierPolicy.position))}
            run = s.execute(select(TierRun.id, TierRun.finished_at, TierRun.changed)
                            .where(TierRun.finished_at.is_not(None))
                            .order_by(TierRun.started_at.desc())).first()  # fmt: skip
            moved: list[Moved] = []
            if run is not None:
                moved = [Moved(*r) for r in s.execute(
                    select(Customer.id, Customer.name, TierHistory.from_tier, TierHistory.to_tier)
                    .join(Customer, Customer.id == TierHistory.customer_id)
                    .where(TierHistory.run_id == run.id)
                    .order_by(Customer.name_pinyin).limit(MOVED_SHOWN))]  # fmt: skip
        counted = [(t, int(n), int(v), int(p)) for t, n, v, p in per_tier]  # PostgreSQL: Decimal
        customers = sum(n for _t, n, _v, _p in counted)
        positive = sum(p for _t, _n, _v, p in counted)
        rows = [
            TierRow(tier, labels.get(tier, tier or ""), n, int(v),
                    p / positive if positive else 0.0, n / customers if customers else 0.0)
            for tier, n, v, p in counted
        ]  # fmt: skip
        rows.sort(key=lambda r: (r.tier is None, order.get(r.tier or "", 999), str(r.tier)))
        return TierTable(active.name, active.rule.period_days, rows, customers,
                         int(sum(r.value_cents for r in rows)), _curve(buckets, customers),
                         run.finished_at if run else None, run.changed if run else 0, moved)  # fmt: skip

    @staticmethod
    def _curve_sql():  # type: ignore[no-untyped-def]
        """Customers by value, best first, cut into CURVE_POINTS equal groups: each group's
        customers and positive value (NTILE)."""
        value = FACTS.c.value
        ranked = select(
            value.label("value"),
            func.ntile(CURVE_POINTS).over(order_by=(value.desc(), FACTS.c.customer_id)).label("g"),
        ).subquery()
        return (
            select(ranked.c.g, func.count(),
                   func.coalesce(func.sum(ranked.c.value).filter(ranked.c.value > 0), 0))
            .group_by(ranked.c.g).order_by(ranked.c.g)
        )  # fmt: skip


def _curve(rows: Sequence[Any], customers: int) -> list[tuple[float, float]]:
    buckets = [(g, int(n), int(v)) for g, n, v in rows]
    total = sum(v for _g, _n, v in buckets)
    points = [(0.0, 0.0)]
    seen = value = 0
    for _g, n, v in buckets:
        seen += n
        value += v
        points.append((seen / customers, value / total if total else 0.0))
    return points
