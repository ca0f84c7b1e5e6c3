"""Complaint lists and escalation of overdue complaints."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cs_desktop.domain.enums import ComplaintState as S
from cs_desktop.services.complaints.lists import ComplaintListService, ComplaintQuery, View
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.complaints.workflow import ComplaintWorkflow, Intake, utc
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.storage.models import ComplaintAction, Staff
from cs_desktop.storage.session import writing


class Clock:
    def __init__(self) -> None:
        self.at = utc(dt.datetime(2026, 11, 23, 9, 0))

    def __call__(self) -> dt.datetime:
        return self.at


@pytest.fixture
def desk(database):
    cards = CustomerCardService(database.factory)
    customers = [cards.create(CustomerCard(name=n)).id for n in ("张三", "李四")]
    with writing(database.factory) as s:
        staff = [
            Staff(username=u, display_name=n) for u, n in (("li", "李护士"), ("wang", "王主任"))
        ]
        s.add_all(staff)
        s.flush()
        ids = [x.id for x in staff]
    clock = Clock()
    settings = ComplaintSettings(database.factory)
    workflow = ComplaintWorkflow(database.factory, settings, now=clock)
    lists = ComplaintListService(database.factory, settings, now=clock)
    return workflow, lists, clock, customers, ids


def test_views_and_order_by_next_deadline(desk) -> None:
    workflow, lists, clock, (zhang, li_si), (li, wang) = desk

    def intake(customer, severity, staff, category="收费"):
        return workflow.intake(Intake(customer, "counter", category, severity, "不满意"), staff)

    a = intake(zhang, "normal", li)  # first response due in 24 h
    clock.at += dt.timedelta(hours=1)
    b = intake(li_si, "critical", wang, "服务态度")  # 8 h to resolve
    workflow.respond(b.id, "已当面致歉")
    clock.at += dt.timedelta(hours=1)
    c = intake(zhang, "low", li)
    workflow.move(c.id, S.WAITING_CUSTOMER)
    open_rows = lists.page(ComplaintQuery(View.OPEN))
    assert [r.id for r in open_rows] == [b.id, a.id]  # b: resolution in 8 h; a: response in 24 h
    assert open_rows[1].customer_name == "张三" and open_rows[1].owner == "李护士"
    assert [r.id for r in lists.page(ComplaintQuery(View.MINE, staff_id=li))] == [a.id, c.id]
    assert [r.id for r in lists.page(ComplaintQuery(View.PAUSED))] == [c.id]
    assert lists.count(ComplaintQuery(View.OPEN, category="服务态度")) == 1
    assert lists.count(ComplaintQuery(View.ALL, customer_id=zhang)) == 2
    assert lists.count(ComplaintQuery(View.OVERDUE)) == 0
    clock.at += dt.timedelta(hours=7, minutes=1)  # b (10:00 + 8 h) is a minute late
    assert [r.id for r in lists.page(ComplaintQuery(View.OVERDUE))] == [b.id]


def test_escalation_to_supervisor_then_administrator_logged_once(database, desk) -> None:
    workflow, lists, clock, (zhang, _), (li, _) = desk
    info = workflow.intake(Intake(zhang, "phone", "收费", "critical", "多收费"), li)  # 8 h
    workflow.respond(info.id, "已回电")
    clock.at += dt.timedelta(hours=9)
    assert lists.escalate() == [(info.id, 1)]
    assert lists.escalate() == []  # nothing new
    clock.at += dt.timedelta(hours=4)  # overdue by 5 h: more than half the budget
    assert lists.escalate() == [(info.id, 2)]
    with database.factory() as s:
        logged = s.scalars(select(ComplaintAction.text).where(
            ComplaintAction.kind == "escalation").order_by(ComplaintAction.at)).all()  # fmt: skip
    assert logged == ["supervisor", "admin"]
