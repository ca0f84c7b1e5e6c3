"""The follow-ups page as the clerk sees it: tabs with counts, filters, overdue in red,
completing, could not reach, rescheduling (with the refusals naming the field), the customer's
card from a row, 10,000 due items paged, and "mine" once staff are signed in."""

from __future__ import annotations

import datetime as dt

import pytest
from followup_clock import Clock
from PySide6.QtCore import QDate, Qt
from sqlalchemy import insert, select

from cs_desktop.domain.enums import ContactChannel, FollowupReason, FollowupStatus
from cs_desktop.domain.ids import new_id
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.storage.models import Customer, Followup, Staff
from cs_desktop.storage.session import writing
from cs_desktop.ui.pages.followups import OVERDUE_COLOR

TODAY = dt.date(2027, 3, 3)  # a Wednesday
DAY = dt.timedelta(days=1)


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime.combine(TODAY, dt.time(10)))


@pytest.fixture
def people(database):
    """Two customers who agreed to be called, one of tier A; two staff members."""
    cards = CustomerCardService(database.factory)
    ji = cards.create(CustomerCard(name="𠮷祥", phones=(PhoneEntry("13812345678"),),
                                   consents={ContactChannel.PHONE: True})).id  # fmt: skip
    wang = cards.create(CustomerCard(name="王芳", consents={ContactChannel.PHONE: True})).id
    with writing(database.factory) as s:
        s.get(Customer, ji).tier = "A"
        staff = [
            Staff(username="li", display_name="李护士"),
            Staff(username="zhao", display_name="赵"),
        ]
        s.add_all(staff)
        s.flush()
        return ji, wang, staff[0].id, staff[1].id


def add_followup(database, customer_id, due: dt.date, reason=FollowupReason.MANUAL,
                 staff=None, notes: str = "") -> None:  # fmt: skip
    with writing(database.factory) as s:
        s.add(Followup(customer_id=customer_id, due_date=due, reason=reason.value,
                       status=FollowupStatus.OPEN.value, attempts=0, assigned_staff_id=staff,
                       notes=notes or None))  # fmt: skip


def _rows(page) -> list[list[str]]:
    m = page.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def _tabs(page) -> list[str]:
    return [page.views.tabText(i) for i in range(page.views.count())]


def _select(page, row: int) -> None:
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.model.index(row, 0))


def test_tabs_counts_filters_and_overdue_in_red(make_clocked_window, database, clock,
                                                people) -> None:  # fmt: skip
    ji, wang, li, _zhao = people
    add_followup(database, ji, TODAY, FollowupReason.BIRTHDAY, li)
    add_followup(database, wang, TODAY - 3 * DAY, FollowupReason.VISIT, notes="复查血压")
    add_followup(database, ji, TODAY - DAY, FollowupReason.COMPLAINT)
    add_followup(database, wang, TODAY + 2 * DAY)
    window = make_clocked_window(clock)
    window.show_page("followups")
    page = window.followups_page
    assert _tabs(page) == ["今天（1）", "已超时（2）", "未来 7 天（1）"]
    assert window.navigation.item(2).text() == "回访（3）"
    assert not page.mine.isEnabled() and "登录" in page.mine.toolTip()
    rows = _rows(page)
    assert [r[:5] for r in rows] == [["2027-03-03", "𠮷祥", "13812345678", "A", "生日关怀"]]
    assert rows[0][6] == "李护士" and page.result.text() == "共 1 条回访"

    page.views.setCurrentIndex(1)  # overdue: oldest first, in red
    rows = _rows(page)
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("2027-02-28（超时 3 天）", "王芳", "来访后"),
        ("2027-03-02（超时 1 天）", "𠮷祥", "投诉后"),
    ]
    assert rows[0][7] == "复查血压"
    color = page.model.data(page.model.index(0, 1), Qt.ItemDataRole.ForegroundRole)
    assert color.name() == OVERDUE_COLOR
    page.reason.setCurrentIndex(page.reason.findData("complaint"))
    assert [r[1] for r in _rows(page)] == ["𠮷祥"]
    page.reason.setCurrentIndex(0)
    page.tier.setCurrentIndex(page.tier.findData("A"))
    assert [r[1] for r in _rows(page)] == ["𠮷祥"]
    page.tier.setCurrentIndex(0)

    page.views.setCurrentIndex(2)  # the coming days: not in red
    assert [r[0] for r in _rows(page)] == ["2027-03-05"]
    assert page.model.data(page.model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None


def test_complete_could_not_reach_and_reschedule(make_clocked_window, database, clock, people,
                                                 qtbot) -> None:  # fmt: skip
    ji, wang, _li, _zhao = people
    add_followup(database, ji, TODAY)
    add_followup(database, wang, TODAY)
    window = make_clocked_window(clock)
    window.show_page("followups")
    page = window.followups_page
    assert page.selected().customer_name == "𠮷祥"  # the first row is chosen: Enter completes it

    # complete 𠮷祥's: the outcome is required; satisfaction and NPS as the customer said
    assert page.complete_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.complete_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "完成回访"
    dialog.save()
    assert dialog.isVisible() and dialog.message.text() == "结果：此项必填。"
    assert dialog.outcome.hasFocus() or dialog.focusWidget() is dialog.outcome
    dialog.outcome.setPlainText("恢复良好，已预约复诊")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    dialog.nps.setCurrentIndex(dialog.nps.findData(9))
    dialog.save()
    assert not dialog.isVisible()
    assert page.message.text() == "𠮷祥 的回访已完成。"
    with database.factory() as s:
        done = s.scalars(select(Followup).where(Followup.customer_id == ji)).one()
        assert (done.status, done.outcome, done.satisfaction, done.nps) == (
            "done", "恢复良好，已预约复诊", 4, 9)  # fmt: skip
    assert [r[1] for r in _rows(page)] == ["王芳"] and _tabs(page)[0] == "今天（1）"

    # 王芳 does not answer: the attempt is counted, back in two days (the site's default)
    _select(page, 0)
    page.unreached_button.click()
    assert page.message.text() == "已记录第 1 次联系 王芳 未果：将于 2027-03-05 再次列入待回访。"
    assert _rows(page) == [] and _tabs(page) == ["今天（0）", "已超时（0）", "未来 7 天（1）"]
    page.views.setCurrentIndex(2)
    assert [(r[0], r[1], r[5]) for r in _rows(page)] == [("2027-03-05", "王芳", "1")]

    # reschedule it: the reason is required, a past date refused, each naming its field
    _select(page, 0)
    page.reschedule_button.click()
    dialog = page.reschedule_dialog
    assert dialog.windowTitle() == "改期回访"
    dialog.save()
    assert dialog.isVisible() and dialog.message.text() == "改期原因：此项必填。"
    dialog.reason.setText("客户出差，下周回来")
    dialog.date.setDate(QDate(TODAY - DAY))
    dialog.save()
    assert dialog.isVisible() and dialog.message.text() == "新日期：日期已过。"
    dialog.date.setDate(QDate(TODAY + 6 * DAY))
    dialog.save()
    assert not dialog.isVisible()
    assert page.message.text() == "王芳 的回访已改期至 2027-03-09。"
    rows = _rows(page)
    assert rows[0][0] == "2027-03-09" and rows[0][7] == "由 2027-03-05 改期"


def test_a_row_opens_the_customers_card(make_clocked_window, database, clock, people) -> None:
    ji, *_ = people
    add_followup(database, ji, TODAY)
    window = make_clocked_window(clock)
    window.show_page("followups")
    page = window.followups_page
    _select(page, 0)
    page.card_button.click()
    dialog = window.customers_page.editor.dialog
    assert dialog is not None and dialog.isVisible() and dialog.loaded_id == ji


def test_ten_thousand_due_items_are_paged(make_clocked_window, database, clock, people,
                                          qtmodeltester) -> None:  # fmt: skip
    ji, wang, *_ = people
    rows = [{"id": new_id(), "origin_site_id": database.site.id,
             "customer_id": (ji, wang)[i % 2], "due_date": TODAY - (1 + i % 30) * DAY,
             "reason": "tier", "status": "open", "attempts": 0} for i in range(10_000)]  # fmt: skip
    with database.factory.begin() as s:
        s.execute(insert(Followup), rows)
    window = make_clocked_window(clock)
    window.show_page("followups")
    page = window.followups_page
    page.views.setCurrentIndex(1)
    assert _tabs(page)[1] == "已超时（10,000）" and page.result.text() == "共 10,000 条回访"
    model = page.model
    assert model.rowCount() == 10_000 and len(model.loaded_rows()) == 200  # the first block only
    assert model.data(model.index(0, 0)).startswith("2027-02-01")  # 30 days late: first
    page.table.scrollToBottom()
    assert model.data(model.index(9_999, 0)) == "正在加载…"  # asked for, read in the background
    model._request_wanted()
    assert model.data(model.index(9_999, 0)).startswith("2027-03-02")
    qtmodeltester.check(model)


def test_mine_once_staff_are_signed_in(make_clocked_window, database, clock, people) -> None:
    ji, wang, li, zhao = people
    add_followup(database, ji, TODAY, staff=li)
    add_followup(database, wang, TODAY, staff=zhao)
    window = make_clocked_window(clock, staff_id=li)
    window.show_page("followups")
    page = window.followups_page
    assert page.mine.isEnabled() and page.mine.text() == "只看我的(&M)"
    assert len(_rows(page)) == 2
    page.mine.setChecked(True)
    assert [r[1] for r in _rows(page)] == ["𠮷祥"] and _tabs(page)[0] == "今天（1）"
    # a follow-up completed from "mine" records who made the call
    _select(page, 0)
    page.complete()
    page.complete_dialog.outcome.setPlainText("已回访")
    page.complete_dialog.save()
    with database.factory() as s:
        row = s.scalars(select(Followup).where(Followup.customer_id == ji)).one()
        assert row.status == "done" and row.assigned_staff_id == li
