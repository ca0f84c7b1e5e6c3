"""Recording visits and calls: from the visits page (find the customer, a few keys, Enter) and
from the customer's card; a follow-up planned from the next step; the refusals naming the
field; the card's history shows the visit. And Settings > Follow-up settings."""

from __future__ import annotations

import datetime as dt

from followup_clock import Clock
from PySide6.QtCore import Qt
from sqlalchemy import select

from cs_desktop.domain.enums import ContactChannel
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.followups.settings import FollowupSettings
from cs_desktop.storage.models import Followup, Staff, Visit
from cs_desktop.storage.session import writing

TODAY = dt.date(2027, 3, 3)  # a Wednesday


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def _customer(database) -> object:
    return CustomerCardService(database.factory).create(CustomerCard(
        name="𠮷祥", phones=(PhoneEntry("13812345678"),),
        consents={ContactChannel.PHONE: True})).id  # fmt: skip


def test_record_a_visit_from_the_visits_page(make_clocked_window, database, qtbot) -> None:
    customer = _customer(database)
    with writing(database.factory) as s:
        s.add(Staff(username="li", display_name="李护士"))
    clock = Clock(dt.datetime.combine(TODAY, dt.time(9, 41)))
    window = make_clocked_window(clock)
    window.show_page("visits")
    page = window.visits_page
    form = page.form
    assert page.form_box.title() == "登记来访或来电" and page.record_button.text() == "登记(&R)"
    assert form.purpose.itemText(0) == "咨询" and form.purpose.count() == 8
    assert form.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2027-03-03 09:41"
    assert form.followup_on.text() == "按规则（3 天后）"
    assert form.followup_on.toolTip() == "按规则：3 天后的工作日；也可以选择日期"

    form.save()  # no customer chosen
    assert form.message.text() == "客户：请从列表中选择客户。"
    form.customer_search.setText("5678")
    form.find_customers()
    assert form.customer.currentText().startswith("𠮷祥")
    form.staff.setCurrentIndex(form.staff.findText("李护士"))
    form.purpose.setCurrentIndex(form.purpose.findText("复诊"))
    form.outcome.setText("血压平稳")  # (keyClicks types ASCII only)
    form.plan.setChecked(True)
    qtbot.keyClick(form.outcome, Qt.Key.Key_Return)  # a follow-up needs its next step
    assert form.message.text() == "后续事项：此项必填。"
    form.next_step.setText("一周后电话询问用药情况")
    qtbot.keyClick(form.next_step, Qt.Key.Key_Return)
    assert form.message.isHidden()
    # by the site's rule: three days later is Saturday, so the next working day, Monday
    assert page.done_text.text() == "已登记 𠮷祥 09:41 的来访；回访安排在 2027-03-08。"
    assert form.outcome.text() == "" and not form.plan.isChecked()  # ready for the next one
    rows = _rows(page.model)
    assert rows == [["2027-03-03 09:41", "𠮷祥", "柜台", "复诊", "李护士", "血压平稳",
                     "一周后电话询问用药情况", "2027-03-08"]]  # fmt: skip
    assert page.result.text() == "共 1 次来访与来电"
    with database.factory() as s:
        followup = s.scalars(select(Followup)).one()
        assert (followup.customer_id, followup.reason, followup.notes) == (
            customer, "visit", "一周后电话询问用药情况")  # fmt: skip
    page.purpose_filter.setCurrentIndex(page.purpose_filter.findData("咨询"))
    assert _rows(page.model) == []


def test_record_a_call_from_the_card_and_see_it_in_its_history(make_clocked_window, database,
                                                               qtbot) -> None:  # fmt: skip
    customer = _customer(database)
    window = make_clocked_window(Clock(dt.datetime.combine(TODAY, dt.time(15, 5))))
    editor = window.customers_page.editor
    editor.open_card(customer)
    card = editor.dialog
    button = next(b for b in card.buttons.buttons() if b.objectName() == "cardVisit")
    assert button.text() == "登记来访(&V)…"
    button.click()
    dialog = window.visits_page.visit_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "登记来访或来电 — 𠮷祥"
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData("phone"))
    form.purpose.setCurrentIndex(form.purpose.findText("预约"))
    form.outcome.setText("约好周五上午复查")
    form.plan.setChecked(True)
    form.next_step.setText("周五前一天提醒")
    form.followup_on.setDate(TODAY + dt.timedelta(days=1))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible() and dialog.recorded.followup_due == TODAY + dt.timedelta(1)
    with database.factory() as s:
        visit = s.scalars(select(Visit)).one()
        assert (visit.kind, visit.purpose, visit.outcome) == ("phone", "预约", "约好周五上午复查")
    history = next(i for i in range(card.tabs.count()) if card.tabs.tabText(i) == "历史(&H)")
    card.tabs.setCurrentIndex(history)
    whats = {r[1]: r[2] for r in card.timeline.rows()}
    assert whats["电话"] == "预约 — 约好周五上午复查"
    assert card.isVisible()  # the card stays open


def test_follow_up_settings(make_window, database, qtbot) -> None:
    window = make_window()
    window.show_page("settings")
    button = window.settings_page.followup_rules_button
    assert button.text() == "回访设置…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.followup_rules_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "回访设置"
    assert dialog.retry_days.value() == 2 and dialog.care_needs_consent.isChecked()
    dialog.purposes.item(1).setText("咨询")  # a second 咨询
    dialog.save()
    assert dialog.isVisible() and dialog.message.text() == "来访目的：每项只能出现一次。"
    dialog.purposes.item(1).setText("体检")
    dialog.retry_days.setValue(3)
    dialog.max_attempts.setValue(5)
    dialog.birthday_care.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    rules = FollowupSettings(database.factory).rules()
    assert (rules.purposes[1], rules.retry_days, rules.max_attempts, rules.birthday_care) == (
        "体检", 3, 5, False)  # fmt: skip
    form = window.visits_page.form  # the counter's purposes follow at once
    assert form.purpose.itemText(1) == "体检"
