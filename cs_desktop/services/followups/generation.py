"""Generating follow-ups from the rules, for the days since the last run.

Idempotent by construction: every generated follow-up carries a dedupe key derived from its cause
(domain.followups.rules) and is inserted with ON CONFLICT (dedupe_key) DO NOTHING, so a second
run, or a run at another PC of a site sharing the database, adds nothing. The whole run is one
write transaction (two PCs on one SQLite file take turns; on PostgreSQL the unique key settles a
race).

Set-based (a million customers in seconds): birthdays are matched by ``birth_date IN (...)``
with the birth dates celebrated on each day worked out once in Python (``births_on``), care and
routine calls by one INSERT ... SELECT per day, tier or holiday. On SQLite the ids are made in
SQL (engine.NEW_ID_FUNCTION); elsewhere the candidate rows are read and ids made in Python.
Complaint follow-ups are few and go through Python.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Select,
    String,
    Text,
    and_,
    cast,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from cs_desktop.domain.enums import (
    CalendarKind,
    ComplaintState,
    ContactChannel,
    FollowupReason,
    FollowupStatus,
)
from cs_desktop.domain.followups.birthdays import births_on, occurrence
from cs_desktop.domain.followups.care import care_days, greetings_due, holiday_breaks
from cs_desktop.domain.followups.rules import (
    complaint_followup_due,
    key,
    may_call,
    tier_last_contact_before,
)
from cs_desktop.domain.holidays_cn import default_holidays
from cs_desktop.domain.ids import new_id
from cs_desktop.domain.worktime import WorkCalendar
from cs_desktop.storage.engine import NEW_ID_FUNCTION
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    CustomerConsent,
    CustomerStats,
    Followup,
    TierPolicy,
)
from cs_desktop.storage.session import SITE_KEY, writing
from cs_desktop.storage.types import GUID, UTCDateTime, utcnow

from ..complaints.settings import ComplaintSettings
from .settings import FollowupRules, FollowupSettings, generated_through, set_generated_through

DAY = dt.timedelta(days=1)
_CLOSED = (ComplaintState.CLOSED.value, ComplaintState.REVIEWED.value)


@dataclass(frozen=True)
class GenerationSummary:
    after: dt.date  # days after this one ...
    through: dt.date  # ... up to this one were covered
    created: dict[str, int] = field(default_factory=dict)  # reason -> follow-ups added
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.created.values())


def start_of_day(day: dt.date) -> dt.datetime:
    """The site's local midnight, in UTC."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def local_date(value: dt.datetime) -> dt.date:
    return value.astimezone().date()


def site_calendar(complaints: ComplaintSettings) -> tuple[WorkCalendar, dict[dt.date, str]]:
    """The site's work calendar (edited in the complaint rules) and its holidays' names."""
    calendar = complaints.rules().calendar()
    names = default_holidays()
    return calendar, {day: names.get(day, "") for day in calendar.holidays}


class FollowupGenerator:
    def __init__(self, factory: sessionmaker[Session], settings: FollowupSettings,
                 complaints: ComplaintSettings,
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._settings = settings
        self._complaints = complaints
        self._now = now

    def generate(
        self, today: dt.date | None = None, after: dt.date | None = None
    ) -> GenerationSummary:
        """Generate what fell due after the last run (or after ``after``) up to ``today``.
        The first run ever covers ``today`` alone; a long pause at most ``catch_up_days``."""
        started = time.perf_counter()
        today = today or local_date(self._now())
        rules = self._settings.rules()
        calendar, holiday_names = site_calendar(self._complaints)
        with writing(self._factory) as s:
            last = generated_through(s)
            if after is None:
                after = today - DAY if last is None else last
            after = min(max(after, today - rules.catch_up_days * DAY), today)
            run = _Run(s.connection(), s.info.get(SITE_KEY), rules, self._now(), today)
            policies = run.policies()
            care_tiers = [t for t, (_, care) in policies.items() if not care]
            if rules.birthday_care:
                for day, due in care_days(after, today, calendar.is_working_day):
                    run.birthdays(day, due, care_tiers)
            if rules.holiday_care:
                breaks = holiday_breaks(holiday_names, calendar.is_working_day,
                                        after - 60 * DAY, today + 60 * DAY)  # fmt: skip
                for brk, due in greetings_due(breaks, after, today, calendar.is_working_day):
                    run.holiday(brk.key, due, care_tiers)
            for tier, (interval, _) in policies.items():
                if interval:
                    run.tier(tier, interval)
            run.complaints(after, lambda d: _next_working_day(calendar, d))
            if last is None or today > last:
                set_generated_through(s, today)
        return GenerationSummary(after, today, run.created, time.perf_counter() - started)


def _next_working_day(calendar: WorkCalendar, day: dt.date) -> dt.date:
    for _ in range(60):
        if calendar.is_working_day(day):
            return day
        day += DAY
    return day


class _Run:
    """One generation: the SQL pieces shared by the rules."""

    def __init__(self, conn: Connection, site_id: uuid.UUID | None, rules: FollowupRules,
                 now: dt.datetime, today: dt.date) -> None:  # fmt: skip
        if site_id is None:
            raise RuntimeError("generating follow-ups needs the local site")
        self.conn, self.site_id, self.rules, self.now, self.today = conn, site_id, rules, now, today
        self.created: dict[str, int] = {}
        self.sqlite = conn.dialect.name == "sqlite"

    def policies(self) -> dict[str, tuple[int | None, bool]]:
        rows = self.conn.execute(select(TierPolicy.tier, TierPolicy.followup_interval_days,
                                        TierPolicy.care_reminders)
                                 .where(TierPolicy.deleted_at.is_(None)))  # fmt: skip
        return {r.tier: (r.followup_interval_days, bool(r.care_reminders)) for r in rows}

    # --- conditions -----------------------------------------------------------------------------
    def _hex(self, column: Any) -> ColumnElement[str]:
        if self.sqlite:
            return func.lower(func.hex(column))
        return func.replace(cast(column, Text), "-", "")

    def _consent(self, reason: FollowupReason) -> ColumnElement[bool]:
        """SQL for domain.followups.rules.may_call over the customer's phone consent."""

        def said(granted: bool) -> ColumnElement[bool]:
            return exists().where(
                CustomerConsent.customer_id == Customer.id,
                CustomerConsent.channel == ContactChannel.PHONE.value,
                CustomerConsent.granted.is_(granted), CustomerConsent.deleted_at.is_(None))  # fmt: skip

        if may_call(reason, None, self.rules.care_needs_consent):
            return not_(said(False))
        return said(True)

    @staticmethod
    def _live() -> ColumnElement[bool]:
        return and_(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))

    @staticmethod
    def _care_tier(no_care: list[str]) -> ColumnElement[bool]:
        if not no_care:
            return true()
        return or_(Customer.tier.is_(None), Customer.tier.not_in(no_care))

    # --- rules ----------------------------------------------------------------------------------
    def birthdays(self, day: dt.date, due: dt.date, no_care: list[str]) -> None:
        first = self.conn.scalar(select(func.min(Customer.birth_date)))
        if first is None:
            return
        for kind in CalendarKind:
            births = births_on(day, kind, first_year=first.year)
            if not births:
                continue
            calendar = (Customer.birthday_calendar == kind.value if kind is CalendarKind.LUNAR
                        else Customer.birthday_calendar != CalendarKind.LUNAR.value)  # fmt: skip
            tag = occurrence(day, kind)
            self._insert(FollowupReason.BIRTHDAY, due, f":{tag}", and_(
                Customer.birth_date.in_(births), calendar, self._live(),
                self._care_tier(no_care), self._consent(FollowupReason.BIRTHDAY)))  # fmt: skip

    def holiday(self, break_key: str, due: dt.date, no_care: list[str]) -> None:
        self._insert(FollowupReason.HOLIDAY, due, f":{break_key}", and_(
            self._live(), self._care_tier(no_care),
            self._consent(FollowupReason.HOLIDAY)))  # fmt: skip

    def tier(self, tier: str, interval: int) -> None:
        """Customers of ``tier`` not contacted for ``interval`` days: not seen at the counter,
        no follow-up done, no routine follow-up open or come due within the interval."""
        since_day = tier_last_contact_before(self.today, interval)
        since = start_of_day(since_day)
        recent = exists().where(
            Followup.customer_id == Customer.id, Followup.deleted_at.is_(None),
            or_(and_(Followup.reason == FollowupReason.TIER.value,
                     or_(Followup.status == FollowupStatus.OPEN.value,
                         Followup.due_date >= since_day)),
                and_(Followup.status == FollowupStatus.DONE.value,
                     Followup.completed_at >= since)))  # fmt: skip
        seen = func.coalesce(CustomerStats.last_visit_at, Customer.created_at)
        self._insert(FollowupReason.TIER, self.today, f":{self.today.isoformat()}", and_(
            Customer.tier == tier, self._live(), seen < literal(since, UTCDateTime),
            not_(recent), self._consent(FollowupReason.TIER),
        ), outer_stats=True)  # fmt: skip

    def complaints(self, after: dt.date, next_working_day: Callable[[dt.date], dt.date]) -> None:
        """A follow-up ``complaint_days`` after each complaint closed since the window began
        (due on a working day, possibly still ahead), assigned to the complaint's owner."""
        days = self.rules.complaint_days
        since = start_of_day(after - (days + 1) * DAY)
        rows = self.conn.execute(
            select(Complaint.id, Complaint.customer_id, Complaint.owner_staff_id,
                   Complaint.closed_at, self._consent_value())
            .join(Customer, Customer.id == Complaint.customer_id)
            .where(Complaint.state.in_(_CLOSED), Complaint.closed_at >= since,
                   Complaint.deleted_at.is_(None), self._live())).all()  # fmt: skip
        values = []
        for cid, customer_id, owner, closed_at, consent in rows:
            if not may_call(FollowupReason.COMPLAINT, consent, self.rules.care_needs_consent):
                continue
            due = complaint_followup_due(local_date(closed_at), days, next_working_day)
            values.append({**self._fixed(), "id": new_id(), "customer_id": customer_id,
                           "due_date": due, "reason": FollowupReason.COMPLAINT.value,
                           "dedupe_key": key(FollowupReason.COMPLAINT, cid),
                           "assigned_staff_id": owner, "complaint_id": cid})  # fmt: skip
        if values:
            stmt = self._dialect_insert().values(values)
            done = self.conn.execute(stmt.on_conflict_do_nothing(index_elements=["dedupe_key"]))
            self._count(FollowupReason.COMPLAINT, done.rowcount)

    def _consent_value(self) -> Any:
        return (select(CustomerConsent.granted)
                .where(CustomerConsent.customer_id == Customer.id,
                       CustomerConsent.channel == ContactChannel.PHONE.value,
                       CustomerConsent.deleted_at.is_(None))
                .limit(1).scalar_subquery())  # fmt: skip

    # --- writing --------------------------------------------------------------------------------
    def _fixed(self) -> dict[str, Any]:
        return {"origin_site_id": self.site_id, "status": FollowupStatus.OPEN.value,
                "attempts": 0, "created_at": self.now, "updated_at": self.now,
                "row_version": 1}  # fmt: skip

    def _dialect_insert(self) -> Any:
        return (sqlite if self.sqlite else postgresql).insert(Followup)

    def _insert(self, reason: FollowupReason, due: dt.date, suffix: str,
                where: ColumnElement[bool], outer_stats: bool = False) -> None:  # fmt: skip
        """One INSERT ... SELECT of a follow-up per customer matching ``where``."""
        dedupe = literal(f"{reason.value}:", String) + self._hex(Customer.id) + literal(suffix)
        columns: dict[str, Any] = {
            "origin_site_id": literal(self.site_id, GUID), "customer_id": Customer.id,
            "due_date": literal(due, Date), "reason": literal(reason.value),
            "dedupe_key": dedupe, "status": literal(FollowupStatus.OPEN.value),
            "attempts": literal(0), "created_at": literal(self.now, UTCDateTime),
            "updated_at": literal(self.now, UTCDateTime), "row_version": literal(1),
        }  # fmt: skip
        source: Select[Any]
        if self.sqlite:
            source = select(getattr(func, NEW_ID_FUNCTION)(type_=GUID), *columns.values())
        else:
            source = select(*columns.values())
        source = source.select_from(Customer)
        if outer_stats:
            source = source.outerjoin(CustomerStats, CustomerStats.customer_id == Customer.id)
        source = source.where(where)
        if self.sqlite:
            stmt = self._dialect_insert().from_select(["id", *columns], source)
            done = self.conn.execute(stmt.on_conflict_do_nothing(index_elements=["dedupe_key"]))
            self._count(reason, done.rowcount)
            return
        rows = [dict(zip(columns, r, strict=True)) | {"id": new_id()}
                for r in self.conn.execute(source)]  # fmt: skip
        if rows:
            stmt = self._dialect_insert().on_conflict_do_nothing(index_elements=["dedupe_key"])
            self._count(reason, self.conn.execute(stmt, rows).rowcount)

    def _count(self, reason: FollowupReason, n: int) -> None:
        if n > 0:
            self.created[reason.value] = self.created.get(reason.value, 0) + n
