"""The site's follow-up settings, kept in app_settings like the complaint rules: the visit
purposes offered at the counter, how long a follow-up that could not reach the customer waits
before it comes back (and after how many attempts it is given up), the days after a closed
complaint or a visit, which care calls are made, and whether care needs a recorded consent.

The last day generation has covered is kept under its own key, so saving the settings never
moves it and two PCs sharing one database see the same value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import AppSetting
from cs_desktop.storage.session import writing

from ..accounts.actor import require_bound
from ..errors import ServiceError

KEY = "followups.rules"
STATE_KEY = "followups.generated"
DEFAULT_PURPOSES = ("咨询", "复诊", "检查取报告", "缴费", "预约", "投诉建议", "回访", "其他")
MAX_DAYS = 365
MAX_PURPOSE = 100


@dataclass(frozen=True)
class FollowupRules:
    purposes: tuple[str, ...] = DEFAULT_PURPOSES
    retry_days: int = 2  # could not reach: back on the list this many days later
    max_attempts: int = 3  # then closed as unreachable; 0: never given up
    complaint_days: int = 7  # follow-up this many days after a complaint is closed
    visit_days: int = 3  # default distance of a follow-up planned from a visit's next step
    birthday_care: bool = True
    holiday_care: bool = True
    care_needs_consent: bool = True  # care and routine calls only with a recorded yes
    catch_up_days: int = 7  # a PC closed for a while generates at most this many days back

    def problem(self) -> tuple[str, str] | None:
        """(field, code) of the first bad value, or None."""
        purposes = [p.strip() for p in self.purposes]
        if not purposes or any(not p for p in purposes):
            return "purposes", "required"
        if len(set(purposes)) != len(purposes):
            return "purposes", "duplicate"
        if any(len(p) > MAX_PURPOSE for p in purposes):
            return "purposes", "too_long"
        for name in ("retry_days", "complaint_days", "visit_days", "catch_up_days"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
                return name, "out_of_range"
        if self.retry_days < 1:
            return "retry_days", "out_of_range"
        if isinstance(self.max_attempts, bool) or not 0 <= self.max_attempts <= 20:
            return "max_attempts", "out_of_range"
        return None


def to_json(rules: FollowupRules) -> dict[str, Any]:
    data = dataclasses.asdict(rules)
    data["purposes"] = list(rules.purposes)
    return data


def from_json(data: dict[str, Any]) -> FollowupRules:
    base = FollowupRules()
    values: dict[str, Any] = {}
    for f in dataclasses.fields(FollowupRules):
        if f.name not in data:
            continue
        default = getattr(base, f.name)
        value = data[f.name]
        if f.name == "purposes":
            values[f.name] = tuple(str(p) for p in value) or default
        elif isinstance(default, bool):
            values[f.name] = bool(value)
        else:
            values[f.name] = int(value)
    return FollowupRules(**values)


class FollowupSettings:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def rules(self) -> FollowupRules:
        with self._factory() as s:
            row = s.get(AppSetting, KEY)
            if row is None or not row.value:
                return FollowupRules()
            try:
                return from_json(row.value)
            except (KeyError, TypeError, ValueError):
                return FollowupRules()  # a damaged setting must not stop the follow-ups

    def save(self, rules: FollowupRules) -> FollowupRules:
        require_bound(self._factory, Permission.EDIT_SETTINGS)  # administrators
        rules = dataclasses.replace(rules, purposes=tuple(p.strip() for p in rules.purposes))
        problem = rules.problem()
        if problem is not None:
            raise ServiceError(problem[1], field=problem[0])
        with writing(self._factory) as s:
            row = s.get(AppSetting, KEY)
            if row is None:
                s.add(AppSetting(key=KEY, value=to_json(rules)))
            else:
                row.value = to_json(rules)
        return rules


def generated_through(s: Session) -> dt.date | None:
    """The last day generation has covered (None: never run)."""
    row = s.get(AppSetting, STATE_KEY)
    try:
        return dt.date.fromisoformat(row.value["through"]) if row and row.value else None
    except (KeyError, TypeError, ValueError):
        return None


def set_generated_through(s: Session, day: dt.date) -> None:
    row = s.get(AppSetting, STATE_KEY)
    if row is None:
        s.add(AppSetting(key=STATE_KEY, value={"through": day.isoformat()}))
    else:
        row.value = {"through": day.isoformat()}
