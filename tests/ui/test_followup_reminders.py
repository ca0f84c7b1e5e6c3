"""Reminders, end to end on an injected clock (nothing sleeps): on start the window says what
fell due while it was closed; while it runs, moving the clock to the next day generates the
day's follow-ups and a reminder appears (badge, status bar, tray where there is one) without
taking the focus from a clerk who is typing."""

from __future__ import annotations

import datetime as dt

from followup_clock import Clock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cs_desktop.domain.enums import ContactChannel, FollowupReason, FollowupStatus
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.storage.models import Followup
from cs_desktop.storage.session import writing

TODAY = dt.date(2027, 3, 3)  # a Wednesday
DAY = dt.timedelta(days=1)


def _add(database, customer_id, due: dt.date) -> None:
    with writing(database.factory) as s:
        s.add(Followup(customer_id=customer_id, due_date=due, reason=FollowupReason.MANUAL.value,
                       status=FollowupStatus.OPEN.value, attempts=0))  # fmt: skip


def test_what_fell_due_while_closed_is_listed_on_start(make_clocked_window, database,
                                                       prefs) -> None:  # fmt: skip
    cards = CustomerCardService(database.factory)
    old = cards.create(CustomerCard(name="老客户")).id
    new = cards.create(CustomerCard(name="𠮷祥")).id
    _add(database, old, TODAY - 10 * DAY)  # known before the app was closed
    _add(database, new, TODAY - DAY)
    _add(database, old, TODAY)
    prefs.followups_seen = TODAY - 3 * DAY  # last open on Sunday
    window = make_clocked_window(Clock(dt.datetime.combine(TODAY, dt.time(8, 30))))
    assert window.current_page().key == "customers"  # nothing was switched or opened
    assert QApplication.activeModalWidget() is None
    page = window.followups_page
    assert not page.banner.isHidden()
    assert page.banner_text.text() == "程序关闭期间（自 2027-02-28 起）有 2 条回访到期。"
    assert page.views.tabText(0) == "关闭期间到期（2）"
    assert window.navigation.item(2).text() == "回访（3）"
    window.show_page("followups")
    page.banner_show.click()
    m = page.model
    assert [m.data(m.index(r, 1)) for r in range(m.rowCount())] == ["𠮷祥", "老客户"]
    page.dismiss_banner()
    assert page.banner.isHidden() and page.views.count() == 3
    assert prefs.followups_seen == TODAY  # the next start counts from today


def test_a_reminder_appears_when_the_clock_moves_on(make_clocked_window, database, qtbot,
                                                    prefs) -> None:  # fmt: skip
    cards = CustomerCardService(database.factory)
    # a birthday tomorrow (Thursday), and a call planned for tomorrow
    birthday = cards.create(CustomerCard(name="寿星", birth_date=dt.date(1960, 3, 4),
                                         consents={ContactChannel.PHONE: True})).id  # fmt: skip
    planned = cards.create(CustomerCard(name="𠮷祥")).id
    _add(database, planned, TODAY + DAY)
    prefs.followups_seen = TODAY
    clock = Clock(dt.datetime.combine(TODAY, dt.time(17, 50)))
    window = make_clocked_window(clock)
    assert window.navigation.item(2).text() == "回访"  # nothing due today
    assert window.reminders.last_reminder == ""

    # the clerk is typing a search when the reminder comes
    window.find_customer()
    search = window.customers_page.search
    qtbot.keyClicks(search, "wang")
    focused = QApplication.focusWidget()
    assert focused is search

    clock.advance(hours=10)  # Thursday morning; a minute's tick comes
    window.reminders.timer.timeout.emit()
    assert window.reminders.last_reminder == "新增 2 条待回访：今天 2 条，已超时 0 条。"
    assert window.navigation.item(2).text() == "回访（2）"
    assert window.navigation.item(2).font().bold()  # until the page is looked at
    assert window.statusBar().currentMessage() == window.reminders.last_reminder
    assert QApplication.focusWidget() is search and search.text() == "wang"
    assert QApplication.activeModalWidget() is None and window.current_page().key == "customers"
    qtbot.keyClicks(search, "fang")
    assert search.text() == "wangfang"

    window.reminders.timer.timeout.emit()  # the next minute: nothing new, no second reminder
    window.reminders.last_reminder = ""
    window.reminders.timer.timeout.emit()
    assert window.reminders.last_reminder == ""

    window.show_page("followups")
    assert not window.navigation.item(2).font().bold()
    page = window.followups_page
    m = page.model
    names = sorted(m.data(m.index(r, 1)) for r in range(m.rowCount()))
    assert names == ["寿星", "𠮷祥"] and page.views.tabText(0) == "今天（2）"
    reasons = {m.data(m.index(r, 1)): m.data(m.index(r, 4)) for r in range(m.rowCount())}
    assert reasons["寿星"] == "生日关怀"
    assert birthday is not None


def test_no_reminder_for_the_clerks_own_follow_up(make_clocked_window, database) -> None:
    """A visit planning a follow-up for today counts in the badge but is no reminder."""
    from cs_desktop.services.followups.visits import VisitForm as VisitInput

    customer = CustomerCardService(database.factory).create(CustomerCard(name="赵六")).id
    clock = Clock(dt.datetime.combine(TODAY, dt.time(9)))
    window = make_clocked_window(clock)
    window.show_page("visits")
    visits = window._ctx.followups.visits
    visits.record(VisitInput(customer, "咨询", next_step="下午回电", plan_followup=True,
                             followup_on=TODAY))  # fmt: skip
    from cs_desktop.services.changes import Changes

    window.on_changes(Changes.of("visits", "followups"))
    assert window.navigation.item(2).text() == "回访（1）"
    assert window.reminders.last_reminder == ""
    assert window.navigation.item(2).data(Qt.ItemDataRole.UserRole) == "followups"
