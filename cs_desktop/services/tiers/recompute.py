"""Recomputing tiers: every customer at once, or a few whose transactions changed.

A full run is one write transaction of set-based SQL (DESIGN.md: no Python loop over ORM
objects): the facts into a temporary table, the rule's thresholds by aggregates and window
functions, each customer's rule tier and effective tier (a live override wins) into a second
temporary table, then one INSERT of history rows and one UPDATE ... FROM of the changed cards.
Only the history ids are made in Python (UUIDv7), for the changed customers. Cancel between
the steps rolls everything back.

A few customers (``reclassify``) go through the same SQL with the last run's thresholds, so
they are placed exactly as the run would have placed them.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    MetaData,
    String,
    Table,
    and_,
    case,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import TierCause
from cs_desktop.domain.ids import new_id
from cs_desktop.domain.tiers import TierRule, rule_from
from cs_desktop.storage.engine import NEW_ID_FUNCTION
from cs_desktop.storage.models import Customer, TierHistory, TierRuleSet, TierRun
from cs_desktop.storage.session import SITE_KEY, writing
from cs_desktop.storage.types import GUID, UTCDateTime, utcnow

from ..errors import ServiceError
from .facts import FACTS, drop_facts, fill_facts, period_start
from .sql_rules import sql_rule

Progress = Callable[[int, int], None]
STEPS = 5
_TEMP = MetaData()
NEW = Table(
    "tier_new", _TEMP,
    Column("customer_id", GUID, primary_key=True),
    Column("rule_tier", String(16)),
    Column("tier", String(16)),  # effective: the override while it lasts, else the rule's
    Column("expired", String(1)),  # "1": an override ran out; it is cleared
    prefixes=["TEMPORARY"],
)  # fmt: skip


class TierCancelled(Exception):
    pass


@dataclass(frozen=True)
class ActiveRule:
    rule_set_id: uuid.UUID
    name: str
    version: int
    rule: TierRule


@dataclass(frozen=True)
class RunSummary:
    run_id: uuid.UUID | None
    customers: int
    changed: int
    seconds: float
    thresholds: dict[str, Any]


def start_of_day(day: dt.date) -> dt.datetime:
    """Local midnight (the site's clock) in UTC: the boundary of "today" for the periods."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def active_rule(s: Session | Connection) -> ActiveRule:
    row = s.execute(
        select(TierRuleSet.id, TierRuleSet.name, TierRuleSet.version, TierRuleSet.kind,
               TierRuleSet.params)
        .where(TierRuleSet.is_active.is_(True), TierRuleSet.deleted_at.is_(None))
        .order_by(TierRuleSet.version.desc())
    ).first()  # fmt: skip
    if row is None:
        raise ServiceError("no_active_rule_set")
    return ActiveRule(row.id, row.name, row.version, rule_from(row.kind, row.params or {}))


class TierRecompute:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today

    def recompute(self, progress: Progress | None = None,
                  is_cancelled: Callable[[], bool] | None = None,
                  staff_id: uuid.UUID | None = None) -> RunSummary:  # fmt: skip
        """Every live customer, by the active rule set; a TierRun records it."""
        started = time.perf_counter()
        step = _Steps(progress, is_cancelled)
        with writing(self._factory) as s:
            active = active_rule(s)
            run = TierRun(rule_set_id=active.rule_set_id, started_at=utcnow())
            s.add(run)
            s.flush()
            conn = s.connection()
            today = self._today()
            as_of = start_of_day(today)
            try:
                count = fill_facts(conn, period_start(as_of, active.rule.period_days),
                                   as_of + dt.timedelta(days=1))  # fmt: skip
                step.done(1)
                thresholds = sql_rule(active.rule).thresholds(conn, as_of)
                step.done(2)
                changed = _apply(conn, active, thresholds, today, run.id, staff_id,
                                 s.info.get(SITE_KEY), step)  # fmt: skip
            finally:
                _drop(conn)
            run.finished_at = utcnow()
            run.customers = count
            run.changed = changed
            run.thresholds = thresholds
            step.done(STEPS)
        return RunSummary(run.id, count, changed, time.perf_counter() - started, thresholds)

    def reclassify(self, s: Session, customer_ids: Sequence[uuid.UUID],
                   cause: TierCause = TierCause.RULE) -> int:  # fmt: skip
        """Place these customers again inside the caller's write transaction (their
        transactions changed), by the last full run's thresholds; returns how many changed.
        Without a finished run of the active rule set, nothing happens until the first run."""
        if not customer_ids:
            return 0
        try:
            active = active_rule(s)
        except ServiceError:
            return 0  # no rule set chosen yet: nothing to follow
        last = s.execute(
            select(TierRun.id, TierRun.thresholds)
            .where(TierRun.rule_set_id == active.rule_set_id, TierRun.finished_at.is_not(None),
                   TierRun.thresholds.is_not(None))
            .order_by(TierRun.started_at.desc())
        ).first()  # fmt: skip
        if last is None:
            return 0
        conn = s.connection()
        today = self._today()
        as_of = start_of_day(today)
        try:
            fill_facts(conn, period_start(as_of, active.rule.period_days),
                       as_of + dt.timedelta(days=1), customer_ids)  # fmt: skip
            return _apply(conn, active, last.thresholds, today, None, None,
                          s.info.get(SITE_KEY), _Steps(None, None), cause)  # fmt: skip
        finally:
            _drop(conn)


class _Steps:
    def __init__(self, progress: Progress | None, is_cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled

    def done(self, step: int) -> None:
        if self._progress:
            self._progress(step, STEPS)
        if step < STEPS and self._is_cancelled and self._is_cancelled():
            raise TierCancelled


def _drop(conn: Connection) -> None:
    NEW.drop(conn, checkfirst=True)
    drop_facts(conn)


def effective(rule_tier: Any, today: dt.date) -> tuple[Any, Any]:
    """(effective tier, override expired) as SQL over the customer's override columns."""
    live = and_(Customer.tier_override.is_not(None),
                (Customer.tier_override_until.is_(None)) | (Customer.tier_override_until >= today))  # fmt: skip
    expired = and_(Customer.tier_override.is_not(None), Customer.tier_override_until < today)
    return case((live, Customer.tier_override), else_=rule_tier), case((expired, "1"), else_=None)


def _apply(conn: Connection, active: ActiveRule, thresholds: dict[str, Any], today: dt.date,
           run_id: uuid.UUID | None, staff_id: uuid.UUID | None, site_id: uuid.UUID | None,
           step: _Steps, cause: TierCause = TierCause.RULE) -> int:  # fmt: skip
    """Rule and effective tiers of the customers in the facts table into tier_new; history
    rows and card updates for those that changed. Returns how many cards changed tier."""
    NEW.drop(conn, checkfirst=True)
    NEW.create(conn)
    rule_tier = sql_rule(active.rule).tier(thresholds)
    tier, expired = effective(rule_tier, today)
    conn.execute(insert(NEW).from_select(
        ["customer_id", "rule_tier", "tier", "expired"],
        select(FACTS.c.customer_id, rule_tier, tier, expired)
        .join(Customer, Customer.id == FACTS.c.customer_id)))  # fmt: skip
    step.done(3)
    changed_tier = Customer.tier.is_distinct_from(NEW.c.tier)
    moved = int(conn.scalar(
        select(func.count()).select_from(NEW).join(Customer, Customer.id == NEW.c.customer_id)
        .where(changed_tier)) or 0)  # fmt: skip
    if moved:
        if site_id is None:
            raise RuntimeError("tier history needs the local site")
        _write_history(conn, active, run_id, staff_id, site_id, changed_tier, cause)
    step.done(4)
    stale = (Customer.tier_rule.is_distinct_from(NEW.c.rule_tier) | changed_tier
             | NEW.c.expired.is_not(None))  # fmt: skip
    expired_now = NEW.c.expired.is_not(None)
    conn.execute(
        update(Customer)
        .where(Customer.id == NEW.c.customer_id, stale)
        .values(
            tier_rule=NEW.c.rule_tier,
            tier=NEW.c.tier,
            tier_override=case((expired_now, None), else_=Customer.tier_override),
            tier_override_reason=case((expired_now, None), else_=Customer.tier_override_reason),
            tier_override_until=case((expired_now, None), else_=Customer.tier_override_until),
            row_version=Customer.row_version + 1,
            updated_at=literal(utcnow(), Customer.updated_at.type),
        )
    )
    return moved


def _write_history(conn: Connection, active: ActiveRule, run_id: uuid.UUID | None,
                   staff_id: uuid.UUID | None, site_id: uuid.UUID,
                   changed_tier: ColumnElement[bool], cause: TierCause) -> None:  # fmt: skip
    """One history row per customer whose effective tier changes. On SQLite the rows are made
    by one INSERT ... SELECT, ids included (NEW_ID_FUNCTION); elsewhere ids come from Python."""
    now = utcnow()
    why = case((NEW.c.expired.is_not(None), TierCause.OVERRIDE_EXPIRED.value),
               else_=cause.value)  # fmt: skip
    columns = {
        "origin_site_id": literal(site_id, GUID), "customer_id": NEW.c.customer_id,
        "from_tier": Customer.tier, "to_tier": NEW.c.tier, "cause": why,
        "rule_set_id": literal(active.rule_set_id, GUID), "run_id": literal(run_id, GUID),
        "staff_id": literal(staff_id, GUID), "at": literal(now, UTCDateTime),
        "created_at": literal(now, UTCDateTime), "updated_at": literal(now, UTCDateTime),
        "row_version": literal(1),
    }  # fmt: skip
    source = select(*columns.values()).join(Customer, Customer.id == NEW.c.customer_id)
    source = source.where(changed_tier)
    if conn.dialect.name == "sqlite":
        ids = select(getattr(func, NEW_ID_FUNCTION)(type_=GUID), *columns.values())
        ids = ids.join_from(NEW, Customer, Customer.id == NEW.c.customer_id).where(changed_tier)
        conn.execute(insert(TierHistory).from_select(["id", *columns], ids))
        return
    rows = [dict(zip(columns, row, strict=True)) for row in conn.execute(source)]
    for row in rows:
        row["id"] = new_id()
    conn.execute(insert(TierHistory), rows)


def last_run(s: Session) -> dict[str, Any] | None:
    row = s.execute(
        select(TierRun.id, TierRun.started_at, TierRun.finished_at, TierRun.customers,
               TierRun.changed)
        .where(TierRun.finished_at.is_not(None)).order_by(TierRun.started_at.desc())
    ).first()  # fmt: skip
    return None if row is None else dict(row._mapping)
