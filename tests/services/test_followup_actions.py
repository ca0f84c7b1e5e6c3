"""The due list and what staff do with a follow-up, on a real SQLite file: plan, complete,
could not reach, reschedule; recording a visit with a follow-up planned from it."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.enums import ContactChannel, FollowupReason, FollowupStatus
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.timeline import EntryKind, TimelineService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.actions import FollowupActions
from cs_desktop.services.followups.lists import DueQuery, DueView, FollowupListService
from cs_desktop.services.followups.settings import FollowupRules, FollowupSettings
from cs_desktop.services.followups.visits import VisitForm, VisitService
from cs_desktop.storage.models import Customer, Staff
from cs_desktop.storage.session import writing

D = dt.date
TODAY = D(2027, 3, 3)  # a Wednesday


class Clock:
    def __init__(self) -> None:
        self.at = dt.datetime.combine(TODAY, dt.time(10)).astimezone().astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at


@pytest.fixture
def env(database):
    db = database
    cards = CustomerCardService(db.factory)
    ok = cards.create(CustomerCard(name="𠮷祥", consents={ContactChannel.PHONE: True})).id
    refused = cards.create(CustomerCard(name="拒绝", consents={ContactChannel.PHONE: False})).id
    with writing(db.factory) as s:
        staff = [
            Staff(username="li", display_name="李护士"),
            Staff(username="wang", display_name="王"),
        ]
        s.add_all(staff)
        s.flush()
        s.get(Customer, ok).tier = "A"
        li, wang = staff[0].id, staff[1].id
    settings = FollowupSettings(db.factory)
    clock = Clock()
    actions = FollowupActions(db.factory, settings, now=clock)
    visits = VisitService(db.factory, settings, ComplaintSettings(db.factory), now=clock)
    return db, actions, FollowupListService(db.factory), visits, ok, refused, li, wang, clock


def test_the_due_list_today_overdue_upcoming_mine_and_filters(env) -> None:
    db, actions, lists, _v, ok, _r, li, wang, clock = env
    clock.at -= dt.timedelta(days=10)  # planned ten days ago
    for days, staff in ((0, li), (1, li), (3, wang), (10, li), (12, None)):
        actions.plan(ok, TODAY - dt.timedelta(days=10) + dt.timedelta(days=days), "回访",
                     assigned_staff_id=staff)  # fmt: skip
    clock.at += dt.timedelta(days=10)
    # due dates: -10, -9, -7 (overdue), 0 (today), +2 (upcoming)
    assert lists.counts(TODAY) == lists.counts(TODAY)
    counts = lists.counts(TODAY)
    assert (counts.today, counts.overdue, counts.upcoming) == (1, 3, 1)
    assert lists.count(DueQuery(TODAY)) == 4
    assert lists.count(DueQuery(TODAY, staff_id=li)) == 3
    assert lists.count(DueQuery(TODAY, DueView.OVERDUE, staff_id=wang)) == 1
    assert lists.count(DueQuery(TODAY, reason=FollowupReason.BIRTHDAY)) == 0
    assert (
        lists.count(DueQuery(TODAY, tier="A")) == 4 and lists.count(DueQuery(TODAY, tier="B")) == 0
    )
    page = lists.page(DueQuery(TODAY), 0, 2)
    assert [r.due_date for r in page] == [TODAY - dt.timedelta(10), TODAY - dt.timedelta(9)]
    assert page[0].customer_name == "𠮷祥" and page[0].assigned_staff == "李护士"
    assert [r.due_date for r in lists.page(DueQuery(TODAY), 2, 10)] == [
        TODAY - dt.timedelta(7), TODAY]  # fmt: skip
    assert lists.fell_due(TODAY - dt.timedelta(8), TODAY) == 2


def test_complete_with_outcome_satisfaction_and_nps(env) -> None:
    db, actions, lists, _v, ok, _r, li, _w, _c = env
    f = actions.plan(ok, TODAY, "问问恢复情况")
    with pytest.raises(ServiceError) as exc:
        actions.complete(f.id, "  ")
    assert (exc.value.code, exc.value.field) == ("required", "outcome")
    with pytest.raises(ServiceError) as exc:
        actions.complete(f.id, "满意", satisfaction=6)
    assert (exc.value.code, exc.value.field) == ("out_of_range", "satisfaction")
    with pytest.raises(ServiceError) as exc:
        actions.complete(f.id, "满意", nps=11)
    assert exc.value.field == "nps"
    done = actions.complete(f.id, "恢复良好，感谢𠮷医生", satisfaction=5, nps=9, staff_id=li,
                            row_version=f.row_version)  # fmt: skip
    assert (done.status, done.satisfaction, done.nps) == (FollowupStatus.DONE, 5, 9)
    assert done.outcome == "恢复良好，感谢𠮷医生" and done.completed_at is not None
    assert lists.count(DueQuery(TODAY)) == 0
    with pytest.raises(ServiceError) as exc:
        actions.complete(f.id, "again")
    assert exc.value.code == "not_open"


def test_could_not_reach_comes_back_after_the_sites_days_then_gives_up(env) -> None:
    db, actions, lists, _v, ok, _r, _l, _w, clock = env
    FollowupSettings(db.factory).save(FollowupRules(retry_days=2, max_attempts=2))
    f = actions.plan(ok, TODAY, "")
    first = actions.could_not_reach(f.id, "无人接听")
    assert (first.attempts, first.status, first.due_date) == (1, FollowupStatus.OPEN,
                                                              TODAY + dt.timedelta(days=2))  # fmt: skip
    assert lists.count(DueQuery(TODAY)) == 0
    assert lists.count(DueQuery(TODAY + dt.timedelta(days=2))) == 1
    clock.at += dt.timedelta(days=2)
    second = actions.could_not_reach(f.id, "关机")
    assert (second.attempts, second.status) == (2, FollowupStatus.UNREACHABLE)
    assert second.notes == "无人接听\n关机"


def test_reschedule_needs_a_reason_and_a_future_day(env) -> None:
    _db, actions, _l, _v, ok, _r, _li, _w, _c = env
    f = actions.plan(ok, TODAY, "")
    with pytest.raises(ServiceError) as exc:
        actions.reschedule(f.id, TODAY + dt.timedelta(days=3), " ")
    assert (exc.value.code, exc.value.field) == ("required", "reason")
    with pytest.raises(ServiceError) as exc:
        actions.reschedule(f.id, TODAY - dt.timedelta(days=1), "出差")
    assert exc.value.code == "date_in_past"
    moved = actions.reschedule(f.id, TODAY + dt.timedelta(days=3), "客户出差，下周再打")
    assert (moved.due_date, moved.rescheduled_from) == (TODAY + dt.timedelta(days=3), TODAY)
    assert moved.reschedule_reason == "客户出差，下周再打"
    with pytest.raises(ServiceError) as exc:  # an old version: someone else acted meanwhile
        actions.reschedule(f.id, TODAY + dt.timedelta(days=5), "再改", row_version=f.row_version)
    assert exc.value.code == "changed_elsewhere"


def test_no_follow_up_is_planned_for_a_customer_who_said_no(env) -> None:
    _db, actions, _l, _v, _ok, refused, _li, _w, _c = env
    with pytest.raises(ServiceError) as exc:
        actions.plan(refused, TODAY, "")
    assert exc.value.code == "contact_refused"


def test_recording_a_visit_with_a_follow_up_from_its_next_step(env) -> None:
    db, _a, lists, visits, ok, refused, li, _w, _c = env
    with pytest.raises(ServiceError) as exc:
        visits.record(VisitForm(ok, purpose="买菜"))
    assert (exc.value.code, exc.value.field) == ("not_a_choice", "purpose")
    with pytest.raises(ServiceError) as exc:
        visits.record(VisitForm(ok, purpose="复诊", plan_followup=True))
    assert exc.value.field == "next_step"
    done = visits.record(VisitForm(ok, purpose="复诊", staff_id=li, outcome="血压正常",
                                   next_step="三天后电话询问服药情况", plan_followup=True))  # fmt: skip
    assert done.followup_due == D(2027, 3, 8)  # 3 days later is a Saturday: next working day
    rows = lists.page(DueQuery(D(2027, 3, 8)))
    assert [(r.reason, r.assigned_staff, r.notes) for r in rows] == [
        (FollowupReason.VISIT, "李护士", "三天后电话询问服药情况")]  # fmt: skip
    timeline = TimelineService(db.factory).timeline(ok).entries
    kinds = {e.kind for e in timeline}
    assert {EntryKind.VISIT, EntryKind.FOLLOWUP} <= kinds
    visit = next(e for e in timeline if e.kind is EntryKind.VISIT)
    assert (visit.title, visit.detail, visit.staff) == ("复诊", "血压正常", "李护士")
    # a visit of a customer who refused calls is recorded, without a follow-up
    plain = visits.record(VisitForm(refused, purpose="咨询"))
    assert plain.followup_id is None
    with pytest.raises(ServiceError) as exc:
        visits.record(VisitForm(refused, purpose="咨询", next_step="回电", plan_followup=True))
    assert exc.value.code == "contact_refused"
