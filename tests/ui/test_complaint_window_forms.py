"""The complaint window's stage forms, promises, handover and signature, and registering a
complaint from the customer's card: what the clerk sees, and what is in the database after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from sqlalchemy import func, select, update

from cs_desktop.domain.enums import ComplaintStage, ComplaintState
from cs_desktop.services.complaints.records import FIELDS
from cs_desktop.services.complaints.workflow import Intake
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.storage.models import Complaint, ComplaintPromise, Customer, Staff
from cs_desktop.storage.session import writing
from cs_desktop.ui.dialogs.complaint_promises import OVERDUE_COLOR
from cs_desktop.ui.dialogs.complaint_stages import _FIELDS
from cs_desktop.ui.tasks import SyncTaskRunner


def _open(make_window, database, state: ComplaintState | None = None):
    window = make_window(SyncTaskRunner())
    customer = window.customers_page.editor._cards.create(CustomerCard(name="𠮷祥"))
    with writing(database.factory) as s:
        s.add_all([Staff(username="zhang", display_name="张敏", role="counter"),
                   Staff(username="li", display_name="李华", role="supervisor")])  # fmt: skip
    window.show_page("complaints")
    page = window.complaints_page
    info = page._workflow.intake(Intake(customer.id, "phone", "收费", "normal", "多收了挂号费"))
    if state is not None:
        page._workflow.move(info.id, state)
    page.refresh()
    page.open_row(0)
    return page, page.complaint_window, info


def _timeline(w) -> list[str]:
    return [w.timeline.topLevelItem(i).text(1) for i in range(w.timeline.topLevelItemCount())]


def test_the_forms_cover_every_recorded_field() -> None:
    assert {stage: {name for name, _ in fields} for stage, fields in _FIELDS.items()} == {
        stage: set(fields) for stage, fields in FIELDS.items()
    }


def test_investigation_form_saves_and_comes_back(make_window, database) -> None:
    page, w, info = _open(make_window, database, ComplaintState.INVESTIGATING)
    form = w.stage_forms[ComplaintStage.INVESTIGATION]
    assert w.tabs.currentWidget() is form  # opens on the stage the complaint is in
    assert w.tabs.tabText(w.tabs.indexOf(form)) == "调查"
    form.widgets["evidence"].setPlainText("收费记录截图；𠮷祥的挂号单")
    form.widgets["departments"].setText("收费处、门诊办公室，信息科")
    for line, text in zip(form.whys, ("为何多收？", "系统重复计费", "接口超时重试"), strict=False):
        line.setText(text)
    form.widgets["root_cause"].setPlainText("收费接口超时后自动重试，没有去重")
    form.save_button.click()
    assert form.status.text().startswith("已于 ") and not w.message.isVisible()
    stored = page._records.stages(info.id)[ComplaintStage.INVESTIGATION]
    assert stored["departments"] == ["收费处", "门诊办公室", "信息科"]
    assert stored["whys"] == ["为何多收？", "系统重复计费", "接口超时重试"]
    assert stored["evidence"] == "收费记录截图；𠮷祥的挂号单"
    assert _timeline(w)[-1] == "记录调查"

    w.close()
    page.open_row(0)  # a fresh window shows what was saved
    again = page.complaint_window.stage_forms[ComplaintStage.INVESTIGATION]
    assert again.widgets["departments"].text() == "收费处、门诊办公室、信息科"
    assert [ln.text() for ln in again.whys[:4]] == [
        "为何多收？",
        "系统重复计费",
        "接口超时重试",
        "",
    ]


def test_a_refused_field_is_named_and_nothing_is_saved(make_window, database) -> None:
    page, w, info = _open(make_window, database, ComplaintState.INVESTIGATING)
    form = w.stage_forms[ComplaintStage.INVESTIGATION]
    form.widgets["evidence"].setPlainText("长" * 4001)
    form.save_button.click()
    assert w.message.isVisible()
    assert w.message.text() == "证据：最多 4000 个字。未保存任何内容。"
    assert page._records.stages(info.id) == {}


def test_resolution_and_feedback_fill_the_complaint(make_window, database) -> None:
    page, w, info = _open(make_window, database, ComplaintState.RESOLVING)
    resolution = w.stage_forms[ComplaintStage.RESOLUTION]
    assert w.tabs.currentWidget() is resolution
    resolution.widgets["plan"].setPlainText("退还多收的挂号费")
    resolution.widgets["compensation_cents"].setValue(15.5)
    resolution.save_button.click()
    feedback = w.stage_forms[ComplaintStage.FEEDBACK]
    combo = feedback.widgets["satisfaction"]
    assert combo.currentText() == "尚未询问"
    combo.setCurrentIndex(combo.findData(4))
    assert combo.currentText() == "4 · 满意"
    feedback.widgets["result_told"].setPlainText("已电话告知退款到账")
    feedback.save_button.click()
    review = w.stage_forms[ComplaintStage.PREVENTION]
    worked = review.widgets["improvement_worked"]
    worked.setCurrentIndex(worked.findData(False))
    review.widgets["lesson"].setPlainText("接口重试必须幂等")
    review.save_button.click()
    with database.factory() as s:
        row = s.get(Complaint, info.id)
        assert (row.compensation_cents, row.satisfaction) == (1550, 4)
    stages = page._records.stages(info.id)
    assert stages[ComplaintStage.PREVENTION] == {"lesson": "接口重试必须幂等",
                                                 "improvement_worked": False}  # fmt: skip


def test_promises_are_added_tracked_and_settled(make_window, database) -> None:
    page, w, info = _open(make_window, database)
    panel = w.promises
    assert w.tabs.tabText(w.tabs.indexOf(panel)) == "承诺"
    panel.add_button.click()  # nothing written yet
    assert w.message.text() == "请先填写内容。"
    panel.text.setText("三日内退还 15 元")
    panel.due.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    panel.add_button.click()
    assert w.message.text() == "承诺的期限已经过去。"
    panel.due.setDateTime(QDateTime.currentDateTime().addDays(3))
    panel.owner.setCurrentIndex(panel.owner.findText("李华"))
    panel.add_button.click()
    assert not w.message.isVisible() and panel.text.text() == ""
    item = panel.list.topLevelItem(0)
    assert [item.text(c) for c in (0, 1, 3)] == ["三日内退还 15 元", "李华", "未兑现"]
    assert w.tabs.tabText(w.tabs.indexOf(panel)) == "承诺（1 项未兑现）"

    with writing(database.factory) as s:  # the date passes without anyone marking it
        s.execute(update(ComplaintPromise).values(
            due_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)))  # fmt: skip
    w.load(info.id)
    item = panel.list.topLevelItem(0)
    assert item.text(3) == "已逾期"
    assert item.foreground(0).color().name() == OVERDUE_COLOR
    assert not panel.kept_button.isEnabled()  # nothing chosen
    panel.list.setCurrentItem(item)
    panel.kept_button.click()
    assert panel.list.topLevelItem(0).text(3) == "已兑现"
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert not panel.kept_button.isEnabled() and not panel.broken_button.isEnabled()
    assert w.tabs.tabText(w.tabs.indexOf(panel)) == "承诺"
    assert _timeline(w)[-2:] == ["作出承诺", "承诺已兑现"]


def test_handover_needs_a_colleague_and_a_reason(make_window, database) -> None:
    page, w, info = _open(make_window, database)
    assert w.owner.text() == "负责人：无"
    w.handover_button.click()
    dialog = w.handover_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "转交投诉"
    assert [dialog.to_staff.itemText(i) for i in range(dialog.to_staff.count())] == ["张敏", "李华"]
    dialog.to_staff.setCurrentIndex(1)
    dialog._check()
    assert dialog.isVisible() and dialog.message.text() == "请填写转交原因。"
    dialog.reason.setText("需要收费处主管处理")
    dialog._check()
    assert not dialog.isVisible()
    assert w.owner.text() == "负责人：李华"
    last = w.timeline.topLevelItem(w.timeline.topLevelItemCount() - 1)
    assert (last.text(1), last.text(2)) == ("转交给 李华", "需要收费处主管处理")
    with database.factory() as s:
        li = s.scalar(select(Staff.id).where(Staff.username == "li"))
        assert s.get(Complaint, info.id).owner_staff_id == li
    rows = page.model
    assert rows.data(rows.index(0, 5)) == "李华"  # the list shows the new owner


def test_intake_tab_and_the_complainants_signature(make_window, database) -> None:
    page, w, info = _open(make_window, database)
    values = {k: v.text() for k, v in w.intake_values.items()}
    assert values["customer"] == "𠮷祥" and values["channel"] == "电话"
    assert values["words"] == "多收了挂号费" and values["category"] == "收费 · 一般"
    assert not w.signed.isChecked()
    w.signed.click()
    with database.factory() as s:
        assert s.get(Complaint, info.id).signed_by_complainant
    assert _timeline(w)[-1] == "投诉人已签字确认登记内容"


def test_register_a_complaint_from_the_customer_card(make_window, database) -> None:
    window = make_window(SyncTaskRunner())
    customers = window.customers_page
    card = customers.editor._cards.create(CustomerCard(name="欧阳娜"))
    customers.editor.open_card(card.id)
    dialog = customers.editor.dialog
    button = next(b for b in dialog.buttons.buttons() if b.objectName() == "cardComplaint")
    assert button.text() == "登记投诉(&C)…"
    button.click()
    intake = window.complaints_page.intake_dialog
    assert intake.isVisible() and intake.customer.currentText() == "欧阳娜"
    intake.words.setPlainText("候诊太久")
    intake.difficult.setCurrentIndex(intake.difficult.findText("情绪型"))
    intake.save()
    assert not intake.isVisible() and dialog.isVisible()  # back on the card
    with database.factory() as s:
        row = s.scalar(select(Complaint))
        assert (row.customer_id, row.difficult_type) == (card.id, "emotional")
    assert any(row[1].startswith("投诉 TS-") for row in dialog.timeline.rows())
    assert window.complaints_page.model.rowCount() == 1


def test_a_complaint_for_someone_without_a_card(make_window, database) -> None:
    window = make_window(SyncTaskRunner())
    window.show_page("complaints")
    page = window.complaints_page
    page.new_button.click()
    intake = page.intake_dialog
    intake.customer_search.setText("1391234567")  # ten digits: a mistyped mobile
    intake.find_customers()
    assert intake.customer.count() == 0
    intake.new_customer_button.click()
    quick = intake.quick_dialog
    assert quick.windowTitle() == "新建客户" and quick.phone.text() == "1391234567"
    quick.save()  # no name, and a mobile number one digit short: both named, nothing saved
    assert quick.isVisible()
    assert quick.message.text().splitlines() == ["姓名：此项必填。",
                                                 "电话：1391234567：手机号码应为 11 位。"]  # fmt: skip
    with database.factory() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
    quick.name.setText("𠮷田")
    quick.phone.setText("１３９１２３４５６７８")  # full-width digits from a Chinese IME
    quick.save()
    assert not quick.isVisible() and intake.customer.currentText() == "𠮷田"
    intake.words.setPlainText("电话一直占线")
    intake.save()
    with database.factory() as s:
        customer = s.scalar(select(Customer))
        assert customer.name == "𠮷田"
        assert s.scalar(select(Complaint.customer_id)) == customer.id


def test_an_overdue_complaint_is_red_on_the_card_and_opens_from_it(make_window, database) -> None:
    window = make_window(SyncTaskRunner())
    customers = window.customers_page
    card = customers.editor._cards.create(CustomerCard(name="欧阳娜"))
    info = window.complaints_page._workflow.intake(
        Intake(card.id, "phone", "收费", "normal", "多收了挂号费"))  # fmt: skip
    with writing(database.factory) as s:
        s.execute(update(Complaint).values(
            first_response_due_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)))  # fmt: skip
    customers.editor.open_card(card.id)
    timeline = customers.editor.dialog.timeline
    row = next(r for r, cells in enumerate(timeline.rows()) if cells[1].startswith("投诉 TS-"))
    item = timeline.tree.topLevelItem(row)
    assert item.text(1) == f"投诉 {info.number}（已登记），已超时"
    assert item.foreground(1).color().name() == "#c62828"
    timeline.tree.itemActivated.emit(item, 1)  # double-click or Enter on the line
    opened = window.complaints_page.complaint_window
    assert opened.isVisible() and opened.windowTitle() == f"投诉 {info.number}"
    window.refresh_counts()
    assert "未结投诉 1（超时 1）" in window.counts_status.text()
