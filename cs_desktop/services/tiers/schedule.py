"""When tiers are recomputed on their own: at start-up, when the last run is older than an age
the administrator sets (site-wide, kept in app_settings). 0 days turns it off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import AppSetting, TierRuleSet, TierRun
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..accounts.actor import require_bound
from ..errors import ServiceError

KEY = "tiers.schedule"
DEFAULT_MAX_AGE_DAYS = 7
MAX_AGE_LIMIT = 365


class TierSchedule:
    def __init__(self, factory: sessionmaker[Session],
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._now = now

    def max_age_days(self) -> int:
        with self._factory() as s:
            row = s.get(AppSetting, KEY)
            value = (row.value or {}).get("max_age_days") if row else None
        return (
            value
            if isinstance(value, int) and 0 <= value <= MAX_AGE_LIMIT
            else DEFAULT_MAX_AGE_DAYS
        )

    def set_max_age_days(self, days: int) -> None:
        require_bound(self._factory, Permission.EDIT_SETTINGS)  # administrators
        if not 0 <= days <= MAX_AGE_LIMIT:
            raise ServiceError("out_of_range", field="max_age_days", min=0, max=MAX_AGE_LIMIT)
        with writing(self._factory) as s:
            row = s.get(AppSetting, KEY)
            if row is None:
                s.add(AppSetting(key=KEY, value={"max_age_days": days}))
            else:
                row.value = {**(row.value or {}), "max_age_days": days}

    def due(self) -> bool:
        """An active rule set exists, the schedule is on, and its last finished run (of any
        rule set) is older than the age, or there is none."""
        days = self.max_age_days()
        if days == 0:
            return False
        with self._factory() as s:
            active = s.scalar(select(TierRuleSet.id).where(TierRuleSet.is_active.is_(True),
                                                           TierRuleSet.deleted_at.is_(None)))  # fmt: skip
            if active is None:
                return False
            last = s.scalar(select(TierRun.finished_at).where(TierRun.finished_at.is_not(None))
                            .order_by(TierRun.finished_at.desc()).limit(1))  # fmt: skip
        return last is None or self._now() - last > dt.timedelta(days=days)
