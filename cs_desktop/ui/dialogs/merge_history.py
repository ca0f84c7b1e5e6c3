"""Recent merges: what each merge did, and the Undo button (a tab of the duplicates view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.customers.merge import MergeRecord, MergeService

from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .card_texts import field_labels
from .merge_texts import counts_text, local_time

translate = QCoreApplication.translate
# Taken together with the field before them; named on their own only if taken alone.
_COMPANIONS = {"id_type": "id_number", "birthday_calendar": "birth_date"}


def fields_text(fields: tuple[str, ...]) -> str:
    """The card fields whose value came from the merged card, named as on the card."""
    labels = {k: v.rstrip(" *") for k, v in field_labels(True).items()}
    shown = [labels.get(f, f) for f in fields
             if f not in _COMPANIONS or _COMPANIONS[f] not in fields]  # fmt: skip
    return translate("DuplicatesDialog", ", ").join(shown) or translate(
        "DuplicatesDialog", "none (all from the kept card)"
    )


def _status(m: MergeRecord) -> str:
    if m.undone_at is not None:
        return translate("DuplicatesDialog", "Undone {when}").format(when=local_time(m.undone_at))
    if m.undoable:
        return translate("DuplicatesDialog", "Can be undone")
    return translate("DuplicatesDialog", "Undo the later merge into {name} first").format(
        name=m.kept_name
    )


def merge_columns() -> list[Column[MergeRecord]]:
    return [
        Column(lambda: translate("DuplicatesDialog", "Merged at"),
               lambda m: local_time(m.merged_at)),
        Column(lambda: translate("DuplicatesDialog", "Kept card"), lambda m: m.kept_name),
        Column(lambda: translate("DuplicatesDialog", "Merged card"), lambda m: m.merged_name),
        Column(lambda: translate("DuplicatesDialog", "Values taken from the merged card"),
               lambda m: fields_text(m.fields_taken)),
        Column(lambda: translate("DuplicatesDialog", "Moved to the kept card"),
               lambda m: counts_text(m.moved),
               tooltip=lambda m: translate("DuplicatesDialog",
                                           "Moved: {moved}\nAlready on the kept card, set aside: {aside}")
               .format(moved=counts_text(m.moved), aside=counts_text(m.set_aside))),
        Column(lambda: translate("DuplicatesDialog", "By"), lambda m: m.staff_name or "—"),
        Column(lambda: translate("DuplicatesDialog", "Status"), _status),
    ]  # fmt: skip


def list_view(model: RowsModel, name: str) -> QTableView:  # type: ignore[type-arg]
    """A table over a short list: whole rows selected, fixed row height, no row numbers."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class MergeHistoryPanel(QWidget):
    """Lists recent merges; asks before an undo and then emits ``undo_requested`` (merge id):
    the duplicates view runs the undo, so its message bar and pair list stay in step."""

    undo_requested = Signal(object)  # uuid.UUID

    def __init__(self, merges: MergeService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._merges = merges
        self._runner = runner
        self.question: QMessageBox | None = None
        self.merge_list = RowsModel(merge_columns(), self)
        self.merge_view = list_view(self.merge_list, "mergeTable")
        for column, width in enumerate((130, 90, 90, 170, 170, 70)):
            self.merge_view.setColumnWidth(column, width)
        self.merge_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoMergeButton")
        self.undo_button.clicked.connect(self.undo_selected)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.merge_view, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        layout.addLayout(undo_row)
        self.retranslate()
        self._update()
        self.load()

    def retranslate(self) -> None:
        self.undo_button.setText(translate("DuplicatesDialog", "Undo merge…"))
        self.note.setText(translate(
            "DuplicatesDialog", "Undoing a merge brings the merged card back with everything "
            "that moved from it, and gives the kept card its own values back."))  # fmt: skip
        self.merge_list.retranslate()

    def load(self) -> None:
        merges = self._merges

        def work(_ctx: TaskContext) -> list[MergeRecord]:
            return merges.recent()

        def done(found: list[MergeRecord]) -> None:
            selected = self.selected_merge()
            self.merge_list.set_rows(found)
            for row, record in enumerate(found):
                if selected is not None and record.merge_id == selected.merge_id:
                    self.merge_view.selectRow(row)
            self._update()

        self._runner.read(work, done)

    def selected_merge(self) -> MergeRecord | None:
        rows = self.merge_view.selectionModel().selectedRows()
        return self.merge_list.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        merge = self.selected_merge()
        self.undo_button.setEnabled(merge is not None and merge.undoable)

    def undo_selected(self) -> None:
        record = self.selected_merge()
        if record is None or not record.undoable:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("DuplicatesDialog", "Undo merge"),
                          translate("DuplicatesDialog", "Undo the merge of {merged} into {kept}? "
                                    "{merged} comes back with everything that moved from it.")
                          .format(merged=record.merged_name, kept=record.kept_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("DuplicatesDialog", "Undo merge")
        )
        box.button(QMessageBox.StandardButton.Cancel).setText(
            translate("DuplicatesDialog", "Cancel")
        )
        merge_id = record.merge_id

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.undo_requested.emit(merge_id)

        box.finished.connect(answered)
        self.question = box
        box.open()
