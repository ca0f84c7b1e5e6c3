"""Manual tier overrides: a tier set by hand, with a reason and an optional last day.

While the override lasts it is the customer's tier; after its last day the next recompute falls
back to the rule (history cause "override_expired"). Setting and clearing are both kept in the
history with who and why.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import TierCause
from cs_desktop.storage.models import Customer, TierHistory, TierPolicy
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..errors import ServiceError

MAX_REASON = 500


@dataclass(frozen=True)
class OverrideState:
    """A customer's tier as the override dialog shows it."""

    customer_id: uuid.UUID
    name: str
    tier: str | None  # in effect now
    rule_tier: str | None  # what the rule gives at the last recompute
    override_tier: str | None  # None: no override
    reason: str
    until: dt.date | None  # the override's last day; None: until cleared


class TierOverrideService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today

    def state(self, customer_id: uuid.UUID) -> OverrideState:
        with self._factory() as s:
            row = self._live(s, customer_id)
            return OverrideState(row.id, row.name, row.tier, row.tier_rule, row.tier_override,
                                 row.tier_override_reason or "", row.tier_override_until)  # fmt: skip

    def set_override(self, customer_id: uuid.UUID, tier: str, reason: str,
                     until: dt.date | None = None, staff_id: uuid.UUID | None = None) -> None:  # fmt: skip
        reason = reason.strip()
        if not reason:
            raise ServiceError("required", field="reason")
        if len(reason) > MAX_REASON:
            raise ServiceError("too_long", field="reason", max=MAX_REASON)
        if until is not None and until < self._today():
            raise ServiceError("date_in_past", field="until")
        with writing(self._factory) as s:
            if tier not in set(
                s.scalars(select(TierPolicy.tier).where(TierPolicy.deleted_at.is_(None)))
            ):
                raise ServiceError("unknown_tier", field="tier", tier=tier)
            row = self._live(s, customer_id)
            old = row.tier
            row.tier_override, row.tier_override_reason, row.tier_override_until = (
                tier,
                reason,
                until,
            )
            row.tier = tier
            s.add(TierHistory(customer_id=row.id, from_tier=old, to_tier=tier,
                              cause=TierCause.OVERRIDE.value, reason=reason, staff_id=staff_id,
                              at=utcnow(), expires_on=until))  # fmt: skip

    def clear_override(self, customer_id: uuid.UUID, reason: str = "",
                       staff_id: uuid.UUID | None = None) -> None:  # fmt: skip
        with writing(self._factory) as s:
            row = self._live(s, customer_id)
            if row.tier_override is None:
                return
            old = row.tier
            row.tier_override = row.tier_override_reason = row.tier_override_until = None
            row.tier = row.tier_rule
            s.add(TierHistory(customer_id=row.id, from_tier=old, to_tier=row.tier,
                              cause=TierCause.OVERRIDE.value, reason=reason.strip() or None,
                              staff_id=staff_id, at=utcnow()))  # fmt: skip

    @staticmethod
    def _live(s: Session, customer_id: uuid.UUID) -> Customer:
        row = s.get(Customer, customer_id)
        if row is None or row.deleted_at is not None or row.merged_into_id is not None:
            raise ServiceError("customer_not_found", id=str(customer_id))
        return row
