"""Rule sets as the administrator keeps them: versions, the active one, a preview of a change.

Saving a changed rule set adds a version (the old ones stay, so every tier change in the history
points to the rule that made it) and makes it the active one; the tiers move at the next
recompute, which the UI starts right after, having shown the preview.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.domain.tiers import RuleError, TierRule, rule_from
from cs_desktop.storage.models import Customer, TierPolicy, TierRuleSet
from cs_desktop.storage.session import writing

from ..accounts.actor import require_bound
from ..errors import ServiceError
from .facts import fill_facts, period_start
from .recompute import NEW, active_rule, effective, start_of_day
from .sql_rules import sql_rule


@dataclass(frozen=True)
class RuleSetInfo:
    id: uuid.UUID
    name: str
    kind: str
    version: int
    params: dict[str, Any]
    is_active: bool
    notes: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Move:
    from_tier: str | None
    to_tier: str | None
    customers: int


@dataclass(frozen=True)
class Preview:
    customers: int
    counts: dict[str | None, int]  # tier -> customers, after the change
    moves: list[Move]  # from -> to, largest first; customers who stay are not listed
    thresholds: dict[str, Any]


class RuleInvalid(ServiceError):
    def __init__(self, error: RuleError) -> None:
        super().__init__("rule_invalid")
        self.problems = error.problems


def _checked(kind: str, params: Mapping[str, Any]) -> TierRule:
    try:
        return rule_from(kind, params)
    except RuleError as exc:
        raise RuleInvalid(exc) from exc


class TierRuleService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today

    def rule_sets(self) -> list[RuleSetInfo]:
        with self._factory() as s:
            rows = s.scalars(select(TierRuleSet).where(TierRuleSet.deleted_at.is_(None))
                             .order_by(TierRuleSet.created_at.desc())).all()  # fmt: skip
            return [_info(r) for r in rows]

    def active(self) -> RuleSetInfo | None:
        return next((r for r in self.rule_sets() if r.is_active), None)

    def preview(self, kind: str, params: Mapping[str, Any]) -> Preview:
        """What the rule would do now, against the tiers the customers have; writes nothing."""
        rule = _checked(kind, params)
        today = self._today()
        as_of = start_of_day(today)
        with self._factory() as s:
            conn = s.connection()
            try:
                count = fill_facts(conn, period_start(as_of, rule.period_days),
                                   as_of + dt.timedelta(days=1))  # fmt: skip
                thresholds = sql_rule(rule).thresholds(conn, as_of)
                rule_tier = sql_rule(rule).tier(thresholds)
                tier, _expired = effective(rule_tier, today)
                from .facts import FACTS

                NEW.drop(conn, checkfirst=True)
                NEW.create(conn)
                conn.execute(NEW.insert().from_select(
                    ["customer_id", "rule_tier", "tier"],
                    select(FACTS.c.customer_id, rule_tier, tier)
                    .join(Customer, Customer.id == FACTS.c.customer_id)))  # fmt: skip
                pairs = conn.execute(
                    select(Customer.tier, NEW.c.tier, func.count())
                    .join(Customer, Customer.id == NEW.c.customer_id)
                    .group_by(Customer.tier, NEW.c.tier)
                ).all()  # fmt: skip
            finally:
                s.rollback()  # the temporary tables go with it
        counts: dict[str | None, int] = {}
        moves = []
        for old, new, n in pairs:
            counts[new] = counts.get(new, 0) + n
            if old != new:
                moves.append(Move(old, new, n))
        moves.sort(key=lambda m: (-m.customers, str(m.from_tier), str(m.to_tier)))
        return Preview(count, counts, moves, thresholds)

    def save(self, name: str, kind: str, params: Mapping[str, Any], notes: str = "",
             staff_id: uuid.UUID | None = None) -> RuleSetInfo:  # fmt: skip
        """A new version of the rule set ``name``, made the active one; tier policies are
        added for tiers the rule gives that have none yet."""
        require_bound(self._factory, Permission.EDIT_SETTINGS)  # administrators
        rule = _checked(kind, params)
        name = name.strip()
        if not name:
            raise ServiceError("required", field="name")
        with writing(self._factory) as s:
            version = (s.scalar(select(func.max(TierRuleSet.version))
                                .where(TierRuleSet.name == name)) or 0) + 1  # fmt: skip
            s.execute(update(TierRuleSet).where(TierRuleSet.is_active.is_(True))
                      .values(is_active=False, row_version=TierRuleSet.row_version + 1))  # fmt: skip
            row = TierRuleSet(name=name, kind=kind, version=version, params=rule.to_params(),
                              is_active=True, notes=notes or None, created_by_id=staff_id)  # fmt: skip
            s.add(row)
            known = set(s.scalars(select(TierPolicy.tier)))
            position = (s.scalar(select(func.max(TierPolicy.position))) or 0) + 1
            for n, tier in enumerate(rule.tiers()):
                if tier.code not in known:
                    s.add(TierPolicy(tier=tier.code, label=tier.label, position=position + n))
            s.flush()
            return _info(row)

    def active_rule(self) -> TierRule:
        with self._factory() as s:
            return active_rule(s).rule


def _info(row: TierRuleSet) -> RuleSetInfo:
    return RuleSetInfo(row.id, row.name, row.kind, row.version, dict(row.params or {}),
                       row.is_active, row.notes or "", row.created_at)  # fmt: skip
