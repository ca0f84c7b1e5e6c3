"""The survey dialogs in the real window: a pile of paper forms typed in (save, next empty
form), the counter survey after a visit, the survey asked when a follow-up is completed
(the complaint-closure survey for a complaint's follow-up), and the survey editor saving a
new version and refusing a bad weight naming the item."""

from __future__ import annotations

import datetime as dt

import pytest
from followup_clock import Clock
from PySide6.QtCore import QDate
from sqlalchemy import select

from cs_desktop.domain.enums import ContactChannel, FollowupReason, FollowupStatus
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.storage.models import Followup, SurveyDefinition, SurveyResponse, Visit
from cs_desktop.storage.session import writing

TODAY = dt.date(2027, 3, 3)


def _customer(database) -> object:
    return CustomerCardService(database.factory).create(CustomerCard(
        name="𠮷祥", phones=(PhoneEntry("13812345678"),),
        consents={ContactChannel.PHONE: True})).id  # fmt: skip


def _pick(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _responses(database) -> list[SurveyResponse]:
    with database.factory() as s:
        return list(s.scalars(select(SurveyResponse).order_by(SurveyResponse.created_at)))


def test_typing_in_a_pile_of_paper_forms(make_clocked_window, database) -> None:
    customer = _customer(database)
    window = make_clocked_window(Clock(dt.datetime.combine(TODAY, dt.time(16))))
    action = window.findChild(type(window.surveys.paper_action), "enterPaperSurveys")
    assert action is not None
    action.trigger()
    dialog = window.surveys.paper_dialog
    assert dialog.isVisible()
    _pick(dialog.survey, next(s for s in (dialog.survey.itemData(i)
                                          for i in range(dialog.survey.count()))
                              if s.code == "outpatient"))  # fmt: skip
    questions = dialog.questions
    assert len(questions.items) == 7 and questions.nps is not None
    dialog.save()  # nothing answered
    assert dialog.message.isVisible() and _responses(database) == []
    assert dialog.date.maximumDate() == QDate(TODAY)  # a form is not dated in the future
    dialog.date.setDate(QDate(2027, 2, 26))
    _pick(questions.items[0], 5)
    _pick(questions.items[1], 2)  # waiting time
    _pick(questions.nps, 8)
    _pick(questions.expectation, 4)
    _pick(questions.would_return, True)
    questions.comment.setText("排队太久𠮷")
    dialog.search.set_customer(customer, "𠮷祥")
    dialog.save()
    assert dialog.isVisible() and dialog.message.isHidden()
    assert questions.items[0].currentData() is None and questions.comment.text() == ""
    assert "1" in dialog.status.text()
    assert questions.items[0].hasFocus() or dialog.focusWidget() is questions.items[0]
    _pick(questions.items[2], 4)  # the next form: no customer written on it
    dialog.save()
    first, second = _responses(database)
    assert (first.source, first.customer_id, first.nps, first.expectation) == (
        "paper", customer, 8, 4)  # fmt: skip
    assert first.answered_at.astimezone().date() == dt.date(2027, 2, 26)
    assert first.comment == "排队太久𠮷" and first.would_return is True
    assert first.index_score is not None and first.css_ratio is not None
    assert second.customer_id is None and second.index_score == pytest.approx(4.0)


def test_the_counter_survey_after_a_visit(make_clocked_window, database) -> None:
    customer = _customer(database)
    window = make_clocked_window(Clock(dt.datetime.combine(TODAY, dt.time(9, 41))))
    window.show_page("visits")
    page = window.visits_page
    assert not page.survey_button.isEnabled()
    page.form.set_customer(customer, "𠮷祥")
    page.form.save()
    assert page.survey_button.isEnabled()
    page.survey_button.click()
    dialog = page.survey_dialog
    assert dialog.isVisible()
    assert [c.objectName() for c in dialog.questions.items][0] == "item_waiting_time"
    for combo in dialog.questions.items:
        _pick(combo, 5)
    dialog.save()
    assert not dialog.isVisible()
    (row,) = _responses(database)
    with database.factory() as s:
        visit = s.scalars(select(Visit)).one()
        code = s.get(SurveyDefinition, row.definition_id).code
    assert (row.source, row.visit_id, row.customer_id, code) == (
        "counter", visit.id, customer, "counter")  # fmt: skip
    assert row.index_score == pytest.approx(5.0)


def test_completing_a_complaint_followup_asks_the_complaint_survey(make_clocked_window,
                                                                   database) -> None:  # fmt: skip
    customer = _customer(database)
    with writing(database.factory) as s:
        s.add(Followup(customer_id=customer, due_date=TODAY, reason=FollowupReason.COMPLAINT.value,
                       status=FollowupStatus.OPEN.value, attempts=0))  # fmt: skip
    window = make_clocked_window(Clock(dt.datetime.combine(TODAY, dt.time(10))))
    window.show_page("followups")
    page = window.followups_page
    page.complete()
    dialog = page.complete_dialog
    assert dialog.questions.survey is not None and dialog.questions.survey.code == "complaint"
    assert dialog.questions.nps is None  # asked once, by the dialog's own NPS question
    dialog.outcome.setPlainText("已电话回访，问题已解决")
    _pick(dialog.questions.items[0], 4)
    _pick(dialog.questions.items[4], 2)
    _pick(dialog.nps, 7)
    dialog.save()
    assert not dialog.isVisible()
    (row,) = _responses(database)
    with database.factory() as s:
        done = s.scalars(select(Followup)).one()
    assert (row.source, row.followup_id, row.nps) == ("followup", done.id, 7)
    assert done.status == "done" and done.nps == 7
    assert done.satisfaction == round(row.index_score)


def test_the_editor_saves_a_new_version_and_names_a_bad_weight(make_window, database) -> None:
    window = make_window()
    window.surveys.open_editor()
    editor = window.surveys.editor
    editor.chooser.setCurrentIndex(editor.chooser.findData("counter"))
    assert editor.current.code == "counter" and editor.items.rowCount() == 5
    editor.items.item(0, 0).setText("排队等候时间（含取号）𠮷")
    editor.items.item(1, 1).setText("负一")
    editor.save()
    assert editor.message.isVisible() and editor.items.currentRow() == 1
    assert [d.version for d in editor._definitions.versions("counter")] == [1]
    editor.items.item(1, 1).setText("0.3")
    editor.add_item()
    editor.items.item(5, 0).setText("自助机是否好用")
    editor.items.item(5, 1).setText("0.1")
    editor.save()
    assert "2" in editor.status.text() and "1" in editor.status.text()
    with database.factory() as s:
        versions = s.scalars(select(SurveyDefinition).where(SurveyDefinition.code == "counter")
                             .order_by(SurveyDefinition.version)).all()  # fmt: skip
        assert [(v.version, v.active) for v in versions] == [(1, False), (2, True)]
    current = editor.current
    assert current.version == 2 and len(current.items) == 6
    assert current.items[0].text == "排队等候时间（含取号）𠮷"
    assert current.items[0].code == "waiting_time" and current.items[5].code == "item_1"


def test_counter_staff_see_the_surveys_read_only(make_window, database) -> None:
    from argon2 import PasswordHasher

    from cs_desktop.domain.enums import Role
    from cs_desktop.services.accounts.service import AccountService

    accounts = AccountService(database.factory, hasher=PasswordHasher(time_cost=1,
                                                                      memory_cost=64,
                                                                      parallelism=1))  # fmt: skip
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.sign_out()
    accounts.sign_in("wangfang", "counter-pass-1")
    window = make_window()
    window.surveys.open_editor()
    editor = window.surveys.editor
    assert editor.read_only.isVisibleTo(editor) and editor.items.rowCount() > 0
    assert not editor.save_button.isEnabled() and not editor.name.isEnabled()
    assert not editor.uses_button.isEnabled() and not editor.new_button.isEnabled()
    window.surveys.enter_paper_forms()  # but they type in paper forms
    dialog = window.surveys.paper_dialog
    _pick(dialog.questions.items[0], 3)
    dialog.save()
    (row,) = _responses(database)
    assert row.staff_id == accounts.current.staff_id
