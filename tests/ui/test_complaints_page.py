"""The complaints page: register a complaint from the intake form, see it in the lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import update

from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.storage.models import Complaint
from cs_desktop.storage.session import writing
from cs_desktop.ui.pages.complaints import OVERDUE_COLOR
from cs_desktop.ui.tasks import SyncTaskRunner


def _rows(page) -> list[list[str]]:
    m = page.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_register_a_complaint_and_find_it_in_the_lists(make_window, database, qtbot) -> None:
    window = make_window(SyncTaskRunner())
    window.customers_page.editor._cards.create(
        CustomerCard(name="𠮷祥", phones=(PhoneEntry("13812345678"),)))  # fmt: skip
    window.show_page("complaints")
    page = window.complaints_page
    assert page.new_button.text() == "登记投诉(&R)…"
    page.new_button.click()
    dialog = page.intake_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "登记投诉"
    dialog.save()  # nothing filled in: the customer's words are asked for, nothing saved
    assert dialog.isVisible() and dialog.message.text() == "此项必填。"
    dialog.words.setPlainText("排队一个多小时没人管")
    dialog.save()  # no customer chosen yet
    assert dialog.message.text() == "请从列表中选择客户。"
    dialog.customer_search.setText("5678")
    dialog.find_customers()
    assert dialog.customer.currentText().startswith("𠮷祥")
    dialog.category.setCurrentIndex(dialog.category.findData("等候时间"))
    dialog.severity.setCurrentIndex(dialog.severity.findData("high"))
    assert "主管" in dialog.severity_meaning.text()
    dialog.save()
    assert not dialog.isVisible() and dialog.registered is not None
    rows = _rows(page)
    assert len(rows) == 1
    number, customer, category, severity, state = rows[0][:5]
    assert number == dialog.registered.number and customer == "𠮷祥"
    assert (category, severity, state) == ("等候时间", "严重", "已登记")
    assert rows[0][7].endswith("（首次响应）")
    assert page.result.text() == "共 1 件投诉"
    assert page.figures.text().startswith("近 30 天：投诉 1 件")

    # the deadline passes: the overdue view lists it, in red
    with writing(database.factory) as s:
        s.execute(update(Complaint).values(
            first_response_due_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)))  # fmt: skip
    page.views.setCurrentIndex(1)
    assert [r[0] for r in _rows(page)] == [number]
    color = page.model.data(page.model.index(0, 7), Qt.ItemDataRole.ForegroundRole)
    assert color.name() == OVERDUE_COLOR
    page.views.setCurrentIndex(2)  # waiting
    assert _rows(page) == []


def _button(window, text: str):
    return next(b for b in window.move_buttons if b.text() == text)


def test_one_complaint_through_every_stage_in_its_window(make_window, database) -> None:
    from cs_desktop.services.complaints.workflow import Intake

    window = make_window(SyncTaskRunner())
    customer = window.customers_page.editor._cards.create(CustomerCard(name="王五"))
    window.show_page("complaints")
    page = window.complaints_page
    page._workflow.intake(Intake(customer.id, "phone", "收费", "normal", "多收了挂号费"))
    page.refresh()
    page.open_row(0)
    w = page.complaint_window
    assert w.isVisible() and w.windowTitle().startswith("投诉 TS-")
    assert [b.text() for b in w.move_buttons] == ["调查", "处理", "等待客户", "等待第三方"]
    w.note_button.click()  # nothing written
    assert w.message.isVisible() and w.message.text() == "请先填写内容。"
    w.text.setPlainText("内部：调取收费记录")
    w.note_button.click()
    assert "首次响应" in w.summary.text() and "已登记" in w.summary.text()
    w.text.setPlainText("电话致歉，确认多收 15 元")
    w.respond_button.click()
    for label in ("调查", "等待第三方"):
        _button(w, label).click()
    assert [b.text() for b in w.move_buttons] == ["继续处理", "等待客户"]
    assert "计时暂停" in w.summary.text()
    for label in ("继续处理", "处理", "告知客户", "结案"):
        _button(w, label).click()
    _button(w, "重新打开…").click()  # no reason written
    assert w.message.text() == "请先在文本框中写明重新打开的原因。"
    w.text.setPlainText("患者再次来电，费用仍未退回")
    _button(w, "重新打开…").click()
    for label in ("处理", "告知客户", "结案", "已复盘"):
        _button(w, label).click()
    assert w.move_buttons == [] and "已复盘" in w.summary.text()
    whats = [w.timeline.topLevelItem(i).text(1) for i in range(w.timeline.topLevelItemCount())]
    assert whats[:4] == ["已登记", "内部备注", "答复客户", "已登记 → 调查中"]
    assert "重新打开" in whats and whats[-1] == "已结案 → 已复盘"
    assert page.model.rowCount() == 0  # the open list no longer has it


def test_an_overdue_complaint_is_escalated_and_shows_it(make_window, database) -> None:
    from cs_desktop.services.complaints.workflow import Intake

    window = make_window(SyncTaskRunner())
    customer = window.customers_page.editor._cards.create(CustomerCard(name="赵六"))
    window.show_page("complaints")
    page = window.complaints_page
    info = page._workflow.intake(Intake(customer.id, "phone", "收费", "normal", "没人回电话"))
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    with writing(database.factory) as s:  # received three days ago, nobody has answered
        s.execute(update(Complaint).values(received_at=long_ago,
                                           first_response_due_at=long_ago))  # fmt: skip
    page.tick()
    rows = _rows(page)
    assert rows[0][8] == "管理员"  # 48 hours late on a 24-hour limit: past the supervisor
    assert page.model.data(page.model.index(0, 8), Qt.ItemDataRole.ForegroundRole).name() == (
        OVERDUE_COLOR)  # fmt: skip
    page.open_row(0)
    w = page.complaint_window
    last = w.timeline.topLevelItem(w.timeline.topLevelItemCount() - 1)
    assert (last.text(1), last.text(2)) == ("上报管理员", "")
    page.tick()  # nothing new to escalate: nothing logged twice
    assert [a.kind for a in page._workflow.actions(info.id)].count("escalation") == 1
