"""From the customers page: a new card, the duplicate warning, an edit seen in the list."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.ui.tasks import SyncTaskRunner


def _names(page) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def _search(page, text: str) -> None:
    page.search.setText(text)
    page._apply_query()


def test_create_warn_about_a_duplicate_and_edit(make_window, qtbot) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    dialog = page.editor.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "新建客户"
    dialog.load(CustomerCard(name="司马𠮷", phones=(PhoneEntry("138 0013 8000", "手机"),)))
    dialog.save()
    qtbot.waitUntil(lambda: _names(page) == ["司马𠮷"], timeout=3000)

    # The same phone again: the clerk is warned before a second card is made.
    window.new_customer()
    second = page.editor.dialog
    assert second is not dialog
    second.load(CustomerCard(name="司马吉", phones=(PhoneEntry("+86 13800138000"),)))
    second.save()
    question = page.editor.question
    assert question.isVisible() and "司马𠮷" in question.text() and "电话相同" in question.text()
    question.button(QMessageBox.StandardButton.No).click()  # back to the card
    assert second.isVisible()
    assert page.model.rowCount() == 1  # nothing saved

    second.reject()
    # Open the first card from the list (Enter on the selected row), change it, save.
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    opened = page.editor.dialog
    assert opened.windowTitle() == "客户资料卡 — 司马𠮷"
    card = opened.card()
    opened.load(dataclasses.replace(card, phones=(PhoneEntry("139 1234 5678"),)))
    opened.save()
    _search(page, "5678")
    assert _names(page) == ["司马𠮷"]
    _search(page, "8000")
    assert _names(page) == []
    assert page.result_label.text() == "找到 0 位客户"
