"""Each tier rule in SQL: its thresholds from the facts table (aggregates and window
functions), and a CASE expression placing a customer by them. The SQL mirrors the rule's
reference ``thresholds``/``tier_with`` in domain.tiers; tests hold the two to the same answers.

A new rule adds a subclass here with the same ``kind`` (registered on definition).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Connection, and_, case, func, literal, null, or_, select

from cs_desktop.domain.tiers import (
    CRITERIA,
    FourLevelRule,
    ParetoRule,
    RfmRule,
    TierRule,
    WeightedRule,
)
from cs_desktop.domain.tiers.rfm import EPSILON
from cs_desktop.storage.types import UTCDateTime

from .facts import FACTS

SQL_RULES: dict[str, type[SqlRule]] = {}


class SqlRule:
    kind: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        SQL_RULES[cls.kind] = cls

    def __init__(self, rule: TierRule) -> None:
        self.rule = rule

    def thresholds(self, conn: Connection, as_of: dt.datetime) -> dict[str, Any]:
        return {}

    def tier(self, thresholds: dict[str, Any]) -> ColumnElement[Any]:
        raise NotImplementedError


def sql_rule(rule: TierRule) -> SqlRule:
    return SQL_RULES[rule.kind](rule)


def _first(pairs: list[tuple[ColumnElement[bool], str]], rest: str | None) -> ColumnElement[Any]:
    if not pairs:
        return literal(rest) if rest is not None else null()
    return case(*pairs, else_=literal(rest) if rest is not None else null())


class ParetoSql(SqlRule):
    kind = "pareto"
    rule: ParetoRule

    def thresholds(self, conn: Connection, as_of: dt.datetime) -> dict[str, Any]:
        value = FACTS.c.value
        ranked = (
            select(
                value.label("value"),
                # value of the customers strictly ahead: running total over the peers of
                # equal value (RANGE frame, the default), less the peers themselves
                (func.sum(value).over(order_by=value.desc())
                 - func.sum(value).over(partition_by=value)).label("ahead"),
                func.sum(value).over().label("total"),
            ).where(value > 0)
        ).subquery("ranked")  # fmt: skip
        cutoffs = self.rule.cutoffs()
        row = conn.execute(select(*(
            func.min(case((ranked.c.ahead < reach * ranked.c.total, ranked.c.value)))
            for _code, reach in cutoffs))).one()  # fmt: skip
        return {"boundaries": [[code, int(least)] for (code, _), least in zip(cutoffs, row, strict=True)
                               if least is not None]}  # fmt: skip

    def tier(self, thresholds: dict[str, Any]) -> ColumnElement[Any]:
        value = FACTS.c.value
        pairs = [(value <= 0, self.rule.rest)]
        pairs += [(value >= least, code) for code, least in thresholds.get("boundaries", ())]
        return _first(pairs, self.rule.rest)


class FourLevelSql(SqlRule):
    kind = "four_level"
    rule: FourLevelRule

    def tier(self, thresholds: dict[str, Any]) -> ColumnElement[Any]:
        value = FACTS.c.value
        return _first([(value >= cents, code) for code, cents in self.rule.levels], self.rule.rest)


class RfmSql(SqlRule):
    kind = "rfm"
    rule: RfmRule

    _MEASURES = (("r", "last_at"), ("f", "frequency"), ("m", "value"))

    def thresholds(self, conn: Connection, as_of: dt.datetime) -> dict[str, Any]:
        if self.rule.method == "bins":
            return self.rule.thresholds([], as_of)
        out: dict[str, Any] = {}
        active = FACTS.c.last_at.is_not(None)
        for key, column in self._MEASURES:
            good = FACTS.c[column]
            cume = func.cume_dist().over(order_by=good)
            score = case(*((cume <= k / 5 + EPSILON, k) for k in range(1, 5)), else_=5)
            scored = select(good.label("good"), score.label("score")).where(active).subquery()
            row = conn.execute(select(*(
                func.min(case((scored.c.score >= k, scored.c.good))) for k in range(2, 6)
            ))).one()  # fmt: skip
            if key == "r":
                out[key] = [None if b is None else _as_utc(b).isoformat() for b in row]
            else:
                out[key] = [None if b is None else int(b) for b in row]
        return out

    def tier(self, thresholds: dict[str, Any]) -> ColumnElement[Any]:
        total: ColumnElement[Any] = literal(3)
        for key, column in self._MEASURES:
            good = FACTS.c[column]
            for bound in thresholds[key]:
                if bound is None:
                    continue
                if key == "r":
                    bound = literal(dt.datetime.fromisoformat(bound), UTCDateTime)
                total = total + case((good >= bound, 1), else_=0)
        by_total = [(total >= least, code) for code, least in self.rule.tiers_by_total]
        return case((FACTS.c.last_at.is_(None), self.rule.tier_of_total(3)),
                    else_=_first(by_total, self.rule.rest))  # fmt: skip


class WeightedSql(SqlRule):
    kind = "weighted"
    rule: WeightedRule

    def tier(self, thresholds: dict[str, Any]) -> ColumnElement[Any]:
        weights = dict(self.rule.weights)
        total_weight = sum(weights.values())
        columns = [FACTS.c[f"e_{c}"] for c in CRITERIA]
        clamped = [case((c.is_(None), 1.0), (c < 1, 1.0), (c > 5, 5.0), else_=c) for c in columns]
        score = sum((weights[name] * value for name, value in zip(CRITERIA, clamped, strict=True)),
                    start=literal(0.0)) / total_weight  # fmt: skip
        scored = or_(*(c.is_not(None) for c in columns))
        by_score = [(score >= least - 1e-9, code) for code, least in self.rule.tiers_by_score]
        return case(
            (FACTS.c.is_org.is_(False), null()),
            (and_(FACTS.c.is_org.is_(True), ~scored), self.rule.rest),
            else_=_first(by_score, self.rule.rest),
        )


def _as_utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
