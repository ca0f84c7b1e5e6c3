"""Undo and redo of the session's card edits, new cards and deletes, seen in the list."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.ui.tasks import SyncTaskRunner, TaskRunner


def _names(page) -> list[str]:
    model = page.model
    return sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))


def _new(page, card: CustomerCard) -> None:
    page.new_card()
    dialog = page.editor.dialog
    dialog.load(card)
    dialog.save()


def _select(page, name: str) -> None:
    model = page.model
    for r in range(model.rowCount()):
        if model.data(model.index(r, 0)) == name:
            page.table.selectRow(r)
            return
    raise AssertionError(f"{name} not in the list")


def test_undo_and_redo_of_a_new_card_an_edit_and_a_delete(make_window, qtbot) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    assert not page.undo_action.isEnabled() and page.undo_action.text() == "撤销"

    _new(page, CustomerCard(name="欧阳𠮷", phones=(PhoneEntry("13800138000"),)))
    _new(page, CustomerCard(name="李四", phones=(PhoneEntry("13900139000"),)))
    assert _names(page) == ["李四", "欧阳𠮷"]
    assert page.undo_action.isEnabled() and page.undo_action.text() == "撤销 新建客户 李四"

    # Edit 欧阳𠮷: the name changes in the list.
    _select(page, "欧阳𠮷")
    page.open_selected()
    dialog = page.editor.dialog
    dialog.load(dataclasses.replace(dialog.card(), name="欧阳吉"))
    dialog.save()
    assert _names(page) == ["李四", "欧阳吉"]

    # Delete 李四 with the Delete key, confirmed.
    page.table.setFocus()
    _select(page, "李四")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    question = page.question
    assert question.isVisible() and "李四" in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    assert _names(page) == ["欧阳吉"]
    assert page.undo_action.text() == "撤销 删除 李四"

    # Ctrl+Z three times: the delete, the edit, then the new card 李四 are undone.
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _names(page) == ["李四", "欧阳吉"]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _names(page) == ["李四", "欧阳𠮷"]
    page.undo_action.trigger()
    assert _names(page) == ["欧阳𠮷"]
    assert page.redo_action.text() == "重做 新建客户 李四"

    # Redo all three: back where we were.
    for _ in range(3):
        page.redo_action.trigger()
    assert _names(page) == ["欧阳吉"]
    assert not page.redo_action.isEnabled()

    # The edit's undo restores the whole card as it was opened, phone included.
    page.undo_action.trigger()  # the delete
    page.undo_action.trigger()  # the edit
    card = page.editor._cards.get(_id_of(page, "欧阳𠮷"))
    assert card.phones[0].digits == "13800138000"


def _id_of(page, name: str):
    model = page.model
    for r in range(model.rowCount()):
        if model.data(model.index(r, 0)) == name:
            return model.row_at(r).id
    raise AssertionError(name)


def test_undo_refuses_to_overwrite_a_change_made_meanwhile(make_window, qtbot) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    _new(page, CustomerCard(name="王五"))
    cards = page.editor._cards
    customer_id = _id_of(page, "王五")
    card = cards.get(customer_id)
    page.open_selected()
    dialog = page.editor.dialog
    dialog.load(dataclasses.replace(card, notes="第一次"))
    dialog.save()
    # Another counter edits the same card.
    cards.update(dataclasses.replace(cards.get(customer_id), notes="别的柜台"))

    page.undo_action.trigger()
    assert page.warning.isVisible() and "其他人" in page.warning.text()
    assert cards.get(customer_id).notes == "别的柜台"  # not overwritten
    qtbot.waitUntil(lambda: not page.undo_action.isEnabled())  # the history was cleared


def test_delete_can_be_declined(make_window) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    _new(page, CustomerCard(name="赵六"))
    page.table.selectRow(0)
    page.delete_selected()
    page.question.button(QMessageBox.StandardButton.Cancel).click()
    assert _names(page) == ["赵六"]
    assert page.undo_action.text() == "撤销 新建客户 赵六"


def test_undo_with_the_threaded_runner(make_window, qtbot) -> None:
    runner = TaskRunner()
    window = make_window(runner)
    page = window.customers_page
    _new(page, CustomerCard(name="孙七"))
    qtbot.waitUntil(lambda: _names(page) == ["孙七"], timeout=5000)
    page.undo_action.trigger()
    page.redo_action.trigger()
    page.undo_action.trigger()  # three writes queued: they run in order
    qtbot.waitUntil(lambda: runner.wait(100) and _names(page) == [], timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    runner.wait()
