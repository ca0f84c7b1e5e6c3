"""The site's complaint rules, kept in app_settings: the time-limit policy, the work calendar
(China's holidays and make-up days by default, edited by the site), the opening hours, the
categories and the severity levels with what each means.

Stored as the site's changes over the defaults, so a newer default calendar (a newer version of
the app) still applies where the site has not said otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.complaints.deadlines import Counting, DeadlinePolicy, Limit
from cs_desktop.domain.holidays_cn import default_holidays, default_workdays
from cs_desktop.domain.roles import Permission
from cs_desktop.domain.worktime import WorkCalendar, WorkingHours
from cs_desktop.storage.models import AppSetting
from cs_desktop.storage.session import writing

from ..accounts.actor import require_bound
from ..errors import ServiceError

KEY = "complaints.rules"
PRESETS = ("hour_based", "medical")


@dataclass(frozen=True)
class Level:
    code: str
    label: str
    meaning: str


DEFAULT_CATEGORIES = ("服务态度", "等候时间", "收费", "诊疗质量", "环境设施", "预约挂号", "药品",
                      "隐私", "其他")  # fmt: skip
DEFAULT_SEVERITIES = (
    Level("low", "轻微", "不满但未受损失，当场可解释或致歉"),
    Level("normal", "一般", "有实际不便或小额损失，需要调查后答复"),
    Level("high", "严重", "明显损失或多次投诉，需要主管跟进"),
    Level("critical", "重大", "人身安全、医疗纠纷或可能见诸媒体，需要立即上报"),
)


@dataclass(frozen=True)
class CalendarEdits:
    """The site's changes to the default calendar."""

    holidays_added: frozenset[dt.date] = frozenset()
    holidays_removed: frozenset[dt.date] = frozenset()
    workdays_added: frozenset[dt.date] = frozenset()
    workdays_removed: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class ComplaintRules:
    preset: str = "hour_based"
    policy: DeadlinePolicy = field(default_factory=DeadlinePolicy.hour_based)
    hours: WorkingHours = field(default_factory=WorkingHours)
    edits: CalendarEdits = field(default_factory=CalendarEdits)
    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    severities: tuple[Level, ...] = DEFAULT_SEVERITIES

    def calendar(self) -> WorkCalendar:
        holidays = (
            set(default_holidays()) | self.edits.holidays_added
        ) - self.edits.holidays_removed
        workdays = (
            set(default_workdays()) | self.edits.workdays_added
        ) - self.edits.workdays_removed
        return WorkCalendar(self.hours, frozenset(holidays), frozenset(workdays))

    def resolution_limit(self, severity: str) -> Limit:
        limits = self.policy.resolution
        if severity in limits:
            return limits[severity]
        return limits.get("normal") or next(iter(limits.values()))


def _limit_json(limit: Limit) -> dict[str, Any]:
    return {"working_days": limit.working_days} if limit.working_days else {"hours": limit.hours}


def _limit(data: dict[str, Any]) -> Limit:
    if data.get("working_days"):
        return Limit(working_days=int(data["working_days"]))
    return Limit(hours=float(data["hours"]))


def _dates(values: Sequence[str]) -> frozenset[dt.date]:
    return frozenset(dt.date.fromisoformat(v) for v in values)


def to_json(rules: ComplaintRules) -> dict[str, Any]:
    p = rules.policy
    return {
        "preset": rules.preset,
        "first_response": _limit_json(p.first_response),
        "resolution": {k: _limit_json(v) for k, v in p.resolution.items()},
        "counting": p.counting.value,
        "soon_share": p.soon_share,
        "admin_after_share": p.admin_after_share,
        "hours": [[a.isoformat("minutes"), b.isoformat("minutes")] for a, b in rules.hours.periods],
        "weekdays": sorted(rules.hours.weekdays),
        "calendar": {name: sorted(d.isoformat() for d in getattr(rules.edits, name))
                     for name in ("holidays_added", "holidays_removed", "workdays_added",
                                  "workdays_removed")},
        "categories": list(rules.categories),
        "severities": [[s.code, s.label, s.meaning] for s in rules.severities],
    }  # fmt: skip


def from_json(data: dict[str, Any]) -> ComplaintRules:
    base = ComplaintRules()
    policy = DeadlinePolicy(
        first_response=_limit(data["first_response"]),
        resolution={k: _limit(v) for k, v in data["resolution"].items()},
        counting=Counting(data["counting"]),
        soon_share=float(data.get("soon_share", base.policy.soon_share)),
        admin_after_share=float(data.get("admin_after_share", base.policy.admin_after_share)),
    )
    hours = WorkingHours(
        periods=tuple((dt.time.fromisoformat(a), dt.time.fromisoformat(b))
                      for a, b in data["hours"]),
        weekdays=frozenset(int(d) for d in data["weekdays"]),
    )  # fmt: skip
    cal = data.get("calendar", {})
    edits = CalendarEdits(*(_dates(cal.get(n, ())) for n in (
        "holidays_added", "holidays_removed", "workdays_added", "workdays_removed")))  # fmt: skip
    return ComplaintRules(
        preset=str(data.get("preset", "hour_based")), policy=policy, hours=hours, edits=edits,
        categories=tuple(data.get("categories") or DEFAULT_CATEGORIES),
        severities=tuple(Level(*s) for s in data.get("severities") or ()) or DEFAULT_SEVERITIES,
    )  # fmt: skip


def preset(name: str) -> ComplaintRules:
    """A starting point the site then edits: hour-based limits, or the national measures for
    medical institutions (5 working days, 10 when several departments are involved)."""
    if name == "medical":
        return ComplaintRules(preset="medical", policy=DeadlinePolicy.medical(), severities=(
            Level("normal", "一般", "由本部门在 5 个工作日内反馈处理结果"),
            Level("multi_department", "需多部门协调", "涉及多个部门，在 10 个工作日内反馈"),
        ))  # fmt: skip
    if name == "hour_based":
        return ComplaintRules()
    raise ServiceError("not_a_choice", field="preset", choices=PRESETS)


class ComplaintSettings:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def rules(self) -> ComplaintRules:
        with self._factory() as s:
            row = s.get(AppSetting, KEY)
            if row is None or not row.value:
                return ComplaintRules()
            try:
                return from_json(row.value)
            except (KeyError, TypeError, ValueError):
                return ComplaintRules()  # a damaged setting must not stop the complaint log

    def save(self, rules: ComplaintRules) -> None:
        require_bound(self._factory, Permission.EDIT_SETTINGS)  # administrators
        problems = rules.hours.problems()
        if problems:
            raise ServiceError(problems[0], field="hours")
        if not rules.categories or any(not c.strip() for c in rules.categories):
            raise ServiceError("required", field="categories")
        codes = [s.code for s in rules.severities]
        if any(not c.strip() for c in codes):
            raise ServiceError("required", field="severities")
        if not codes or len(set(codes)) != len(codes):
            raise ServiceError("duplicate_code", field="severities")
        missing = [c for c in codes if c not in rules.policy.resolution]
        if missing:
            raise ServiceError("no_limit_for_severity", field="severities", severity=missing[0])
        with writing(self._factory) as s:
            row = s.get(AppSetting, KEY)
            if row is None:
                s.add(AppSetting(key=KEY, value=to_json(rules)))
            else:
                row.value = to_json(rules)
