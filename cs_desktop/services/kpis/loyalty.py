"""Loyalty per tier, as intention (would return, would recommend, NPS, from the survey answers
of the period) and as behaviour (still visiting at their own rhythm, now); and the two early
warnings of DOMAIN.md section 1: customers far behind their usual visit rhythm (churn risk) and
customers over their credit limit.

The rhythm rules are domain/kpis/loyalty.py's, written here as SQL over customer_stats so a
million customers are classified in one pass.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.kpis import NpsResult
from cs_desktop.domain.kpis import loyalty as rules
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import Customer, CustomerStats, SurveyResponse, TierPolicy, Visit
from cs_desktop.storage.types import UTCDateTime

from ..accounts.actor import require_bound
from . import sources as src
from .scope import Scope


@dataclass(frozen=True)
class TierLoyalty:
    tier: str | None
    label: str
    customers: int
    still_visiting: int  # behaviour, now
    churn_risk: int
    answers: int  # survey answers in the period from this tier's customers
    would_return: float | None  # share of those who answered the question
    would_recommend: float | None
    nps: float | None
    value_cents: int = 0  # what this tier's visits in the period were worth

    @property
    def still_visiting_share(self) -> float | None:
        return self.still_visiting / self.customers if self.customers else None


@dataclass(frozen=True)
class ChurnRow:
    customer_id: uuid.UUID
    name: str
    tier: str | None
    visits: int
    last_visit_at: dt.datetime
    usual_days: float  # their usual interval between visits
    behind: float  # how many usual intervals since the last visit
    value_cents: int


@dataclass(frozen=True)
class CreditRow:
    customer_id: uuid.UUID
    name: str
    tier: str | None
    credit_limit_cents: int
    balance_cents: int

    @property
    def over_cents(self) -> int:
        return self.balance_cents - self.credit_limit_cents


class _Rhythm:
    """The rhythm rules of customer_stats at an instant, as SQL. The cheap comparisons of
    stored instants come first, so the date arithmetic runs only where it can matter."""

    def __init__(self, dialect: str, now: dt.datetime) -> None:
        st = CustomerStats
        at = literal(now, UTCDateTime())
        day = 86400.0
        gap_floor = literal(now - dt.timedelta(days=rules.MIN_GAP_DAYS), UTCDateTime())
        recent = literal(now - dt.timedelta(days=rules.RECENT_DAYS), UTCDateTime())
        self.interval = src.seconds(dialect, st.first_visit_at, st.last_visit_at) / day / (
            st.visit_count - 1)  # fmt: skip
        self.gap = src.seconds(dialect, st.last_visit_at, at) / day
        self.known = and_(st.visit_count >= rules.MIN_VISITS, st.last_visit_at > st.first_visit_at)
        self.behind = self.gap / self.interval
        self.risk: ColumnElement[bool] = and_(st.last_visit_at <= gap_floor, self.known,
                                              self.gap >= rules.FACTOR * self.interval)  # fmt: skip
        self.still = or_(and_(self.known, not_(self.risk)),
                         and_(not_(self.known), st.last_visit_at > recent))  # fmt: skip


class LoyaltyService:
    def __init__(self, factory: sessionmaker[Session],
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:  # fmt: skip
        self._factory = factory
        self._now = now

    def tiers(self, scope: Scope) -> list[TierLoyalty]:
        require_bound(self._factory, Permission.VIEW_REPORTS)
        with self._factory() as s:
            rhythm = _Rhythm(s.get_bind().dialect.name, self._now())
            behaviour = {t: (int(n), int(still or 0), int(risk or 0)) for t, n, still, risk in s.execute(
                select(Customer.tier, func.count(),
                       func.sum(case((rhythm.still, 1), else_=0)),
                       func.sum(case((rhythm.risk, 1), else_=0)))
                .select_from(Customer).outerjoin(CustomerStats, CustomerStats.customer_id == Customer.id)
                .where(*src.live_customers(scope)).group_by(Customer.tier))}  # fmt: skip
            r = SurveyResponse
            intention = {row[0]: row[1:] for row in s.execute(
                src.rows(src.RESPONSES, [
                    Customer.tier, func.count(),
                    func.sum(case((r.would_return.is_(True), 1), else_=0)),
                    func.count(r.would_return),
                    func.sum(case((r.would_recommend.is_(True), 1), else_=0)),
                    func.count(r.would_recommend),
                    func.sum(case((r.nps >= 9, 1), else_=0)),
                    func.sum(case((r.nps.between(7, 8), 1), else_=0)),
                    func.sum(case((r.nps <= 6, 1), else_=0)),
                ], scope, [scope.current], by=src.Dim.TIER).group_by(Customer.tier))}  # fmt: skip
            value: dict[str | None, int] = {t: int(v or 0) for t, v in s.execute(
                src.rows(src.VISITS, [Customer.tier, func.sum(Visit.value_cents)],
                         replace(scope, category=None), [scope.current], by=src.Dim.TIER)
                .group_by(Customer.tier))}  # fmt: skip
            labels = {t: (label, pos) for t, label, pos in s.execute(
                select(TierPolicy.tier, TierPolicy.label, TierPolicy.position))}  # fmt: skip
        out = []
        for tier in set(behaviour) | set(intention) | set(value):
            n, still, risk = behaviour.get(tier, (0, 0, 0))
            answers, back, n_back, recommend, n_rec, pro, pas, det = intention.get(
                tier, (0, 0, 0, 0, 0, 0, 0, 0))  # fmt: skip
            parts = int(pro or 0), int(pas or 0), int(det or 0)
            out.append(TierLoyalty(
                tier, labels.get(tier or "", (tier or "", 0))[0], n, still, risk, int(answers),
                int(back or 0) / int(n_back) if n_back else None,
                int(recommend or 0) / int(n_rec) if n_rec else None,
                NpsResult(*parts).score if sum(parts) else None, value.get(tier, 0)))  # fmt: skip
        return sorted(out, key=lambda t: (t.tier is None, labels.get(t.tier or "", ("", 999))[1],
                                          str(t.tier)))  # fmt: skip

    # --- churn risk ---------------------------------------------------------------------------
    def _churn(self, s: Session, scope: Scope | None, columns: list[Any]) -> Any:
        rhythm = _Rhythm(s.get_bind().dialect.name, self._now())
        return rhythm, (select(*columns).select_from(Customer)
                        .join(CustomerStats, CustomerStats.customer_id == Customer.id)
                        .where(*src.live_customers(scope), rhythm.risk))  # fmt: skip

    def churn_count(self, scope: Scope | None = None) -> int:
        require_bound(self._factory, Permission.VIEW_REPORTS)
        with self._factory() as s:
            _rhythm, stmt = self._churn(s, scope, [func.count()])
            return int(s.scalar(stmt) or 0)

    def churn_page(self, scope: Scope | None = None, offset: int = 0,
                   limit: int = 200) -> list[ChurnRow]:  # fmt: skip
        """Furthest behind their own rhythm first."""
        require_bound(self._factory, Permission.VIEW_REPORTS)
        st = CustomerStats
        with self._factory() as s:
            rhythm = _Rhythm(s.get_bind().dialect.name, self._now())
            _r, stmt = self._churn(s, scope, [Customer.id, Customer.name, Customer.tier,
                                              st.visit_count, st.last_visit_at, rhythm.interval,
                                              rhythm.behind, st.value_cents])  # fmt: skip
            stmt = stmt.order_by(rhythm.behind.desc(), Customer.id).offset(offset).limit(limit)
            return [ChurnRow(i, n, t, int(v), last, float(days), float(behind), int(value))
                    for i, n, t, v, last, days, behind, value in s.execute(stmt)]  # fmt: skip

    # --- over the credit limit ----------------------------------------------------------------
    @staticmethod
    def _over(scope: Scope | None, columns: list[Any]) -> Any:
        return (select(*columns).select_from(Customer)
                .join(CustomerStats, CustomerStats.customer_id == Customer.id)
                .where(*src.live_customers(scope), Customer.credit_limit_cents.is_not(None),
                       CustomerStats.balance_cents > Customer.credit_limit_cents))  # fmt: skip

    def over_credit_count(self, scope: Scope | None = None) -> int:
        require_bound(self._factory, Permission.VIEW_REPORTS)
        with self._factory() as s:
            return int(s.scalar(self._over(scope, [func.count()])) or 0)

    def over_credit_page(self, scope: Scope | None = None, offset: int = 0,
                         limit: int = 200) -> list[CreditRow]:  # fmt: skip
        """Furthest over the limit first."""
        require_bound(self._factory, Permission.VIEW_REPORTS)
        over = CustomerStats.balance_cents - Customer.credit_limit_cents
        with self._factory() as s:
            stmt = self._over(
                scope,
                [
                    Customer.id,
                    Customer.name,
                    Customer.tier,
                    Customer.credit_limit_cents,
                    CustomerStats.balance_cents,
                ],
            )
            stmt = stmt.order_by(over.desc(), Customer.id).offset(offset).limit(limit)
            return [CreditRow(i, n, t, int(limit_), int(balance))
                    for i, n, t, limit_, balance in s.execute(stmt)]  # fmt: skip
