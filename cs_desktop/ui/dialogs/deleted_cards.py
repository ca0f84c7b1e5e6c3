"""Deleted cards: a supervisor finds a card deleted by mistake and restores it.

Deleting is a soft delete (the card and its history stay, hidden from the list), so restoring
brings everything back. Merged cards are not here: they come back by undoing their merge.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService, DeletedCard, DeletedCards

from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .merge_texts import day, error_text, local_time

translate = QCoreApplication.translate
LIST_LIMIT = 500
FILTER_DELAY_MS = 200
# What a restore changes (the card and its derived stats row), for the Changes broadcast.
RESTORE_TABLES = ("customers", "customer_stats")


def deleted_columns() -> list[Column[DeletedCard]]:
    return [
        Column(lambda: translate("DeletedCardsDialog", "Name"), lambda r: r.name),
        Column(lambda: translate("DeletedCardsDialog", "Phone"), lambda r: r.phone),
        Column(lambda: translate("DeletedCardsDialog", "Date of birth"),
               lambda r: day(r.birth_date)),
        Column(lambda: translate("DeletedCardsDialog", "Deleted at"),
               lambda r: local_time(r.deleted_at)),
    ]  # fmt: skip


class DeletedCardsDialog(QDialog):
    def __init__(self, cards: CustomerCardService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("deletedCardsDialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._cards = cards
        self._runner = runner
        self._generation = 0
        self._total = 0
        self.question: QMessageBox | None = None

        self.search = QLineEdit()
        self.search.setObjectName("deletedSearch")
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.model = RowsModel(deleted_columns(), self)
        self.view = QTableView()
        self.view.setObjectName("deletedTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 150, 110)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.count_label = QLabel()
        self.count_label.setObjectName("deletedCount")
        self.note = QLabel()
        self.note.setObjectName("deletedNote")
        self.note.setWordWrap(True)
        self.done_label = QLabel()
        self.done_label.setObjectName("deletedDone")
        self.done_label.setStyleSheet("color: #0f766e; font-weight: bold;")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(24)
        bottom.addWidget(self.done_label, 1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(640, 480)
        runner.changes_happened.connect(self._on_changes)
        self.retranslate()
        self._update_buttons()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("DeletedCardsDialog", "Deleted customer cards"))
        self.search.setPlaceholderText(translate("DeletedCardsDialog", "Filter by name or pinyin"))
        self.note.setText(translate(
            "DeletedCardsDialog", "Deleted cards keep all their history. Restoring one puts it "
            "back in the customer list as it was."))  # fmt: skip
        self.restore_button.setText(translate("DeletedCardsDialog", "Restore"))
        self.close_button.setText(translate("DeletedCardsDialog", "Close"))
        self.model.retranslate()
        self._show_count()

    # --- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        cards, text = self._cards, self.search.text()

        def work(_ctx: TaskContext) -> DeletedCards:
            return cards.deleted_cards(text, limit=LIST_LIMIT)

        def done(found: DeletedCards) -> None:
            if generation != self._generation:
                return
            self._total = found.total
            self.model.set_rows(found.rows)
            self._show_count()
            if found.rows:
                self.view.selectRow(0)
            self._update_buttons()

        self._runner.read(work, done)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if shown < self._total:
            self.count_label.setText(translate(
                "DeletedCardsDialog", "The {shown} most recently deleted of {total} cards; "
                "filter to find older ones.").format(shown=shown, total=self._total))  # fmt: skip
        else:
            self.count_label.setText(translate("DeletedCardsDialog", "{count} deleted cards")
                                     .format(count=self._total))  # fmt: skip

    def selected(self) -> DeletedCard | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # --- restoring ------------------------------------------------------------------------
    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("DeletedCardsDialog", "Restore card"),
                          translate("DeletedCardsDialog", "Restore the card of {name}? It comes "
                                    "back in the customer list with all its history.")
                          .format(name=row.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("DeletedCardsDialog", "Restore")
        )
        box.button(QMessageBox.StandardButton.Cancel).setText(
            translate("DeletedCardsDialog", "Cancel")
        )
        customer_id = row.id

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.restore(customer_id)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def restore(self, customer_id: uuid.UUID) -> None:
        cards = self._cards
        restored: list[CustomerCard] = []

        def work(_ctx: TaskContext) -> Changes:
            restored.append(cards.restore(customer_id))
            return Changes.of(*RESTORE_TABLES)

        def done(_changes: Changes) -> None:
            self.done_label.setText(translate(
                "DeletedCardsDialog", "{name} is back in the customer list.").format(
                name=restored[0].name))  # fmt: skip

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            if text is None:
                self._runner.task_failed.emit(exc)
            else:
                QMessageBox.warning(self, self.windowTitle(), text)
                self.reload()

        self._runner.write(work, done, failed)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("customers"):
            self.reload()  # a restore here, or a delete on the customers page
