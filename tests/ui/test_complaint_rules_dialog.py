"""Settings > Complaint rules: presets, limits, severities, categories, hours and the calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from cs_desktop.domain.complaints.deadlines import Counting, Limit
from cs_desktop.domain.holidays_cn import default_holidays, default_workdays
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.ui.dialogs.complaint_rule_parts import SeverityModel
from cs_desktop.ui.dialogs.complaint_rules import ComplaintRulesDialog
from cs_desktop.ui.tasks import SyncTaskRunner


def _open(make_window, qtbot) -> tuple[object, ComplaintRulesDialog]:
    window = make_window(SyncTaskRunner())
    window.show_page("settings")
    button = window.settings_page.complaint_rules_button
    assert button.isEnabled() and button.text() == "投诉规则…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.complaint_rules_dialog
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def test_the_medical_preset_is_chosen_and_saved(make_window, database, qtbot) -> None:
    _window, dialog = _open(make_window, qtbot)
    combo = dialog.preset_combo
    combo.setCurrentIndex(combo.findData("medical"))
    combo.activated.emit(combo.currentIndex())
    assert "10" in dialog.preset_note.text() and "5" in dialog.preset_note.text()
    assert dialog.severity_model.rowCount() == 2
    assert dialog.counting.currentData() == "working"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    rules = ComplaintSettings(database.factory).rules()
    assert rules.preset == "medical"
    assert rules.policy.counting is Counting.WORKING
    assert rules.policy.resolution == {"normal": Limit(working_days=5),
                                       "multi_department": Limit(working_days=10)}  # fmt: skip
    assert [s.code for s in rules.severities] == ["normal", "multi_department"]


def test_a_day_marked_as_holiday_is_a_day_off(make_window, database, qtbot) -> None:
    _window, dialog = _open(make_window, qtbot)
    # an ordinary Wednesday, and a make-up working day (Sunday 2025-09-28 before National Day)
    wednesday, makeup = dt.date(2025, 3, 12), dt.date(2025, 9, 28)
    assert wednesday not in default_holidays() and makeup in default_workdays()
    editor = dialog.calendar_editor
    for day in (wednesday, makeup):
        editor.calendar.setSelectedDate(QDate(day))
        qtbot.mouseClick(editor.holiday_button, Qt.MouseButton.LeftButton)
        assert "节假日" in editor.day_label.text() or "休息" in editor.day_label.text()
    # the National Day holiday made a working day for this site
    national = dt.date(2025, 10, 2)
    editor.calendar.setSelectedDate(QDate(national))
    qtbot.mouseClick(editor.workday_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rules = ComplaintSettings(database.factory).rules()
    calendar = rules.calendar()
    assert not calendar.is_working_day(wednesday)
    assert not calendar.is_working_day(makeup)
    assert calendar.is_working_day(national)
    assert calendar.is_working_day(dt.date(2025, 3, 13))  # untouched days keep their default
    assert rules.edits.holidays_added == {wednesday, makeup}
    assert rules.edits.workdays_removed == {makeup}
    # back to China's default: the edits are gone
    dialog = _open_again(_window)
    editor = dialog.calendar_editor
    for day in (wednesday, makeup, national):
        editor.calendar.setSelectedDate(QDate(day))
        qtbot.mouseClick(editor.default_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rules = ComplaintSettings(database.factory).rules()
    assert not any((rules.edits.holidays_added, rules.edits.holidays_removed,
                    rules.edits.workdays_added, rules.edits.workdays_removed))  # fmt: skip
    assert rules.calendar().is_working_day(makeup)


def _open_again(window) -> ComplaintRulesDialog:
    window.open_complaint_rules()
    return window.complaint_rules_dialog


def test_no_categories_shows_the_message_and_saves_nothing(make_window, database, qtbot) -> None:
    _window, dialog = _open(make_window, qtbot)
    dialog.first_response.setValue(12)
    while dialog.categories.count():
        dialog.categories.setCurrentRow(0)
        qtbot.mouseClick(dialog.remove_category, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1
    assert dialog.category_message.isVisible()
    assert dialog.category_message.text() == "请至少输入一个类别，且类别不能为空。"
    assert ComplaintSettings(database.factory).rules().policy.first_response == Limit(hours=24)


def test_a_severity_without_a_limit_is_refused(make_window, database, qtbot) -> None:
    _window, dialog = _open(make_window, qtbot)
    model = dialog.severity_model
    row = model.add_row()
    model.setData(model.index(row, SeverityModel.CODE), "vip")
    model.setData(model.index(row, SeverityModel.LABEL), "贵宾")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.severity_message.isVisible()
    assert "vip" in dialog.severity_message.text()
    assert dialog.severity_table.currentIndex().row() == row
    assert "vip" not in [s.code for s in ComplaintSettings(database.factory).rules().severities]
    # with a limit in working days it is saved
    model.setData(model.index(row, SeverityModel.AMOUNT), 3)
    model.setData(model.index(row, SeverityModel.UNIT), "working_days")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rules = ComplaintSettings(database.factory).rules()
    assert rules.policy.resolution["vip"] == Limit(working_days=3)


def test_hours_out_of_order_are_refused(make_window, database, qtbot) -> None:
    _window, dialog = _open(make_window, qtbot)
    dialog.periods.set_periods(((dt.time(13), dt.time(12)),))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 2 and dialog.hours_message.isVisible()
    assert ComplaintSettings(database.factory).rules().hours.periods[0][0] == dt.time(8)


def test_the_severity_model(qtmodeltester, qapp) -> None:
    from cs_desktop.services.complaints.settings import preset

    model = SeverityModel()
    rules = preset("hour_based")
    model.load(rules.severities, dict(rules.policy.resolution))
    qtmodeltester.check(model)
    model.add_row()
    model.remove_row(0)
    qtmodeltester.check(model)
    assert model.rowCount() == 4


def test_a_year_after_the_known_schedule_says_so(make_window, qtbot) -> None:
    from cs_desktop.domain.holidays_cn import last_known_year

    _window, dialog = _open(make_window, qtbot)
    editor = dialog.calendar_editor
    known = last_known_year()
    editor.calendar.setCurrentPage(known, 10)
    assert "节假日" in editor.year_label.text() and "手工" not in editor.year_label.text()
    editor.calendar.setCurrentPage(known + 1, 1)
    assert f"{known + 1}" in editor.year_label.text() and "手工录入" in editor.year_label.text()


def test_a_severity_without_a_code_is_refused(make_window, database, qtbot) -> None:
    _window, dialog = _open(make_window, qtbot)
    model = dialog.severity_model
    row = model.add_row()
    model.setData(model.index(row, SeverityModel.AMOUNT), 4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.severity_message.text() == "每个严重程度级别都需要填写代码。"
    assert len(ComplaintSettings(database.factory).rules().severities) == 4
