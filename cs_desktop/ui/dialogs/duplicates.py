"""The duplicates view: likely duplicate pairs over the whole database, merge, and undo.

A non-modal window opened from the customers page, so the clerk can still look a customer up in
the list while deciding. The pair search runs on the worker pool with progress and a stop button
(seconds over a million cards); merges and undos run on the writer and broadcast their Changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import Activity, DuplicateService, Pair
from cs_desktop.services.customers.merge import (
    TOUCHED_TABLES,
    MergeResult,
    MergeService,
)

from ..models.rows import Column, RowsModel
from ..tasks import Cancelled, SyncTaskRunner, TaskContext, TaskHandle, TaskRunner
from .merge_history import MergeHistoryPanel, fields_text, list_view
from .merge_texts import error_text, signals_text
from .pair_compare import PairCompare

translate = QCoreApplication.translate
PAIR_LIMIT = 500


def pair_columns() -> list[Column[Pair]]:
    return [
        Column(lambda: translate("DuplicatesDialog", "Score"), lambda p: str(p.score),
               align_right=True),
        Column(lambda: translate("DuplicatesDialog", "Card"), lambda p: p.first_name),
        Column(lambda: translate("DuplicatesDialog", "Card"), lambda p: p.second_name),
        Column(lambda: translate("DuplicatesDialog", "Why they look alike"),
               lambda p: signals_text(p.signals)),
    ]  # fmt: skip


class DuplicatesDialog(QDialog):
    merge_done = Signal(object)  # MergeResult
    merge_undone = Signal(object)  # uuid.UUID of the merge

    def __init__(self, duplicates: DuplicateService, cards: CustomerCardService,
                 merges: MergeService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._duplicates = duplicates
        self._cards = cards
        self._merges = merges
        self._runner = runner
        self._search: TaskHandle | None = None
        self._search_generation = 0
        self._compare_generation = 0
        self._searched = False
        self._own_writes = 0  # Changes from our own merge/undo do not make the list stale
        self._last_merge: MergeResult | None = None
        self._undo_bar_action: Callable[[], None] | None = None  # what the bar's Undo does
        self.question: QMessageBox | None = None

        # --- likely pairs tab -------------------------------------------------------------
        self.pairs = RowsModel(pair_columns(), self)
        self.pair_view = list_view(self.pairs, "pairTable")
        for column, width in enumerate((50, 84, 84)):
            self.pair_view.setColumnWidth(column, width)
        self.pair_view.selectionModel().selectionChanged.connect(self._pair_selected)
        self.name_only = QCheckBox()
        self.name_only.toggled.connect(lambda _on: self.start_search())
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.start_search)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop_search)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("pairStatus")
        self.status.setWordWrap(True)
        self.compare = PairCompare()
        self.compare.choice_changed.connect(self._update_buttons)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.distinct_button = QPushButton()
        self.distinct_button.setObjectName("notDuplicateButton")
        self.distinct_button.clicked.connect(self.mark_selected_distinct)
        self.done_note = QLabel()
        self.done_note.setObjectName("mergeDoneNote")
        self.done_note.setWordWrap(True)
        self.undo_last_button = QPushButton()
        self.undo_last_button.clicked.connect(self._undo_last)
        self.done_bar = QFrame()
        self.done_bar.setObjectName("messageBar")
        self.done_bar.setStyleSheet(
            "QFrame#messageBar { background: #ecfdf5; border: 1px solid #a7f3d0; border-radius: 6px; }"
        )
        bar = QHBoxLayout(self.done_bar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.done_note, 1)
        bar.addWidget(self.undo_last_button)
        self.done_bar.hide()

        top = QHBoxLayout()
        top.addWidget(self.search_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.progress)
        top.addWidget(self.name_only)
        top.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.distinct_button)
        merge_row.addWidget(self.merge_button)
        right_layout.addLayout(merge_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pair_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 770])
        pairs_tab = QWidget()
        pairs_layout = QVBoxLayout(pairs_tab)
        pairs_layout.addLayout(top)
        pairs_layout.addWidget(self.status)
        pairs_layout.addWidget(self.done_bar)
        pairs_layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(pairs_tab, "")
        self.history = MergeHistoryPanel(merges, runner)
        self.history.undo_requested.connect(self.undo)
        self.tabs.addTab(self.history, "")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(1240, 700)  # fits a 1366x768 counter screen

        runner.changes_happened.connect(self._on_changes)
        self.retranslate()
        self._set_searching(False)

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("DuplicatesDialog", "Duplicate customers"))
        self.tabs.setTabText(0, translate("DuplicatesDialog", "Likely duplicates"))
        self.tabs.setTabText(1, translate("DuplicatesDialog", "Recent merges"))
        self.name_only.setText(translate("DuplicatesDialog", "Also list cards that share only a name"))  # fmt: skip
        self.name_only.setToolTip(translate(
            "DuplicatesDialog", "Same name read aloud but no other fact in common: many are "
            "different people with a common name."))  # fmt: skip
        self.search_button.setText(translate("DuplicatesDialog", "Search again"))
        self.stop_button.setText(translate("DuplicatesDialog", "Stop"))
        self.merge_button.setText(translate("DuplicatesDialog", "Merge the two cards…"))
        self.undo_last_button.setText(translate("DuplicatesDialog", "Undo"))
        self.distinct_button.setText(translate("DuplicatesDialog", "Not the same customer"))
        self.distinct_button.setToolTip(translate(
            "DuplicatesDialog", "Two different customers: this pair is no longer offered"))  # fmt: skip
        self.close_button.setText(translate("DuplicatesDialog", "Close"))
        self.pairs.retranslate()
        self.history.retranslate()

    # --- the pair search ------------------------------------------------------------------
    def start_search(self) -> None:
        if self._search is not None:
            self._search.cancel()
        self._search_generation += 1
        generation = self._search_generation
        include_name_only = self.name_only.isChecked()
        duplicates = self._duplicates

        def work(ctx: TaskContext) -> list[Pair]:
            found = duplicates.ranked_pairs(
                limit=PAIR_LIMIT, include_name_only=include_name_only,
                is_cancelled=lambda: ctx.cancelled, progress=ctx.report)  # fmt: skip
            ctx.check()  # a stopped search says so instead of "no duplicates"
            return found

        def done(found: list[Pair]) -> None:
            if generation != self._search_generation:
                return
            self._search = None
            self._searched = True
            self._set_searching(False)
            self.pairs.set_rows(found)
            self.compare.clear()
            self._show_count()
            if found:
                self.pair_view.selectRow(0)

        def failed(exc: BaseException) -> None:
            if generation != self._search_generation:
                return
            self._search = None
            self._set_searching(False)
            if isinstance(exc, Cancelled):
                self.status.setText(translate("DuplicatesDialog", "Search stopped."))
            else:
                self.status.setText(translate("DuplicatesDialog", "The search failed."))
                self._runner.task_failed.emit(exc)

        self._set_searching(True)
        self.status.setText(translate("DuplicatesDialog", "Comparing ID numbers, phones and names of all cards…"))  # fmt: skip
        handle = self._runner.read(work, done, failed)
        if not handle.is_done:
            self._search = handle
            handle.progressed.connect(self._progressed)
            self._update_buttons()

    def stop_search(self) -> None:
        if self._search is not None:
            self._search.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if done == 0:
            return  # stays a busy bar until the first step is through: an empty bar looks stuck
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _set_searching(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.stop_button.setVisible(on)
        self.search_button.setEnabled(not on)
        if on:
            self.progress.setRange(0, 0)  # busy until the first step reports
        self._update_buttons()

    def _show_count(self) -> None:
        count = self.pairs.rowCount()
        if count == 0:
            self.status.setText(translate("DuplicatesDialog", "No likely duplicates found."))
        elif count >= PAIR_LIMIT:
            self.status.setText(translate(
                "DuplicatesDialog", "The {count} most likely pairs, best first. Merge or check "
                "them, then search again for more.").format(count=count))  # fmt: skip
        else:
            self.status.setText(translate("DuplicatesDialog", "{count} likely pairs, best first.")
                                .format(count=count))  # fmt: skip

    # --- comparing a pair -----------------------------------------------------------------
    def selected_pair(self) -> Pair | None:
        rows = self.pair_view.selectionModel().selectedRows()
        return self.pairs.row_at(rows[0].row()) if rows else None

    def _pair_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        pair = self.selected_pair()
        self._compare_generation += 1
        generation = self._compare_generation
        if pair is None:
            self.compare.clear()
            self._update_buttons()
            return
        cards, duplicates = self._cards, self._duplicates

        def work(_ctx: TaskContext) -> tuple[CustomerCard, CustomerCard, dict[uuid.UUID, Activity]]:
            return (cards.get(pair.first_id), cards.get(pair.second_id),
                    duplicates.activity([pair.first_id, pair.second_id]))  # fmt: skip

        def done(found: tuple[CustomerCard, CustomerCard, dict[uuid.UUID, Activity]]) -> None:
            if generation != self._compare_generation:
                return
            first, second, activity = found
            if first.deleted or second.deleted:
                self.compare.clear(translate(
                    "DuplicatesDialog", "One of these cards was deleted or merged meanwhile. "
                    "Search again to update the list."))  # fmt: skip
            else:
                self.compare.show_pair(first, second, activity)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            if generation == self._compare_generation:
                self.compare.clear(error_text(exc) or translate(
                    "DuplicatesDialog", "The cards could not be read."))  # fmt: skip

        self.compare.clear(translate("DuplicatesDialog", "Reading the two cards…"))
        self._update_buttons()
        self._runner.read(work, done, failed)

    def _update_buttons(self) -> None:
        ready = self.compare.cards() is not None and self._search is None
        self.merge_button.setEnabled(ready)
        self.distinct_button.setEnabled(ready)

    # --- merging --------------------------------------------------------------------------
    def merge_selected(self) -> None:
        kept, merged = self.compare.kept_card(), self.compare.merged_card()
        if kept is None or merged is None or kept.id is None or merged.id is None:
            return
        take = self.compare.take_from_merged()
        lines = [translate(
            "DuplicatesDialog", "Merge the card of {merged} into the card of {kept}?").format(
            merged=merged.name, kept=kept.name)]  # fmt: skip
        if kept.kind is not merged.kind:
            lines.append(translate(
                "DuplicatesDialog", "Note: one card is a person and the other an organisation."))  # fmt: skip
        lines.append(translate(
            "DuplicatesDialog", "Everything recorded on {merged} moves to {kept}. Values taken "
            "from {merged}: {fields}.").format(merged=merged.name, kept=kept.name,
                                               fields=fields_text(tuple(take))))  # fmt: skip
        lines.append(translate("DuplicatesDialog", "The merge can be undone under Recent merges."))
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("DuplicatesDialog", "Merge cards"), "\n\n".join(lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("DuplicatesDialog", "Merge"))
        box.button(QMessageBox.StandardButton.Cancel).setText(
            translate("DuplicatesDialog", "Cancel")
        )
        kept_id, merged_id = kept.id, merged.id

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.merge(kept_id, merged_id, take)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def merge(self, kept_id: uuid.UUID, merged_id: uuid.UUID, take: list[str]) -> None:
        """Merge on the writer (the confirmed action; tests call it directly too)."""
        merges = self._merges
        results: list[MergeResult] = []

        def work(_ctx: TaskContext) -> Changes:
            results.append(merges.merge(kept_id, merged_id, take_from_merged=take))
            return Changes.of(*TOUCHED_TABLES)

        def done(_changes: Changes) -> None:
            self._own_writes -= 1
            result = results[0]
            self._last_merge = result
            names = {p.first_id: p.first_name for p in self.pairs.rows()}
            names.update({p.second_id: p.second_name for p in self.pairs.rows()})
            # The merged card is gone: every pair it was in is answered.
            self.pairs.remove_where(lambda p: merged_id in (p.first_id, p.second_id))
            self._show_count()
            self._show_done(translate(
                "DuplicatesDialog", "{merged} was merged into {kept}.").format(
                merged=names.get(merged_id, ""), kept=names.get(kept_id, "")),
                lambda: self.undo(result.merge_id))  # fmt: skip
            if self.pairs.rowCount() == 0 or self.selected_pair() is None:
                self.compare.clear()
            self._update_buttons()
            self.merge_done.emit(result)

        self._own_writes += 1
        self._runner.write(work, done, self._write_failed)

    def _write_failed(self, exc: BaseException) -> None:
        self._own_writes -= 1
        text = error_text(exc)
        if text is None:
            self._runner.task_failed.emit(exc)
            return
        QMessageBox.warning(self, translate("DuplicatesDialog", "Duplicate customers"), text)

    # --- undoing --------------------------------------------------------------------------
    def _show_done(self, text: str, undo: Callable[[], None]) -> None:
        self.done_note.setText(text)
        self._undo_bar_action = undo
        self.undo_last_button.setEnabled(True)
        self.done_bar.show()

    def _undo_last(self) -> None:
        if self._undo_bar_action is not None:
            action, self._undo_bar_action = self._undo_bar_action, None
            self.undo_last_button.setEnabled(False)
            action()

    # --- not the same customer ------------------------------------------------------------
    def mark_selected_distinct(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        duplicates = self._duplicates

        def work(_ctx: TaskContext) -> Changes:
            duplicates.mark_distinct(pair.first_id, pair.second_id)
            return Changes.of("customer_distinct_pairs")

        def done(_changes: Changes) -> None:
            self._own_writes -= 1
            self.pairs.remove_where(lambda p: p == pair)
            self._show_count()
            self._show_done(translate(
                "DuplicatesDialog", "{first} and {second} are marked as different customers.")
                .format(first=pair.first_name, second=pair.second_name),
                lambda: self._unmark(pair))  # fmt: skip
            if self.selected_pair() is None:
                self.compare.clear()
            self._update_buttons()

        self._own_writes += 1
        self._runner.write(work, done, self._write_failed)

    def _unmark(self, pair: Pair) -> None:
        duplicates = self._duplicates

        def work(_ctx: TaskContext) -> Changes:
            duplicates.unmark_distinct(pair.first_id, pair.second_id)
            return Changes.of("customer_distinct_pairs")

        def done(_changes: Changes) -> None:
            self._own_writes -= 1
            self.done_bar.hide()
            self.start_search()  # the pair is offered again

        self._own_writes += 1
        self._runner.write(work, done, self._write_failed)

    def undo(self, merge_id: uuid.UUID) -> None:
        merges = self._merges

        def work(_ctx: TaskContext) -> Changes:
            merges.undo(merge_id)
            return Changes.of(*TOUCHED_TABLES)

        def done(_changes: Changes) -> None:
            self._own_writes -= 1
            if self._last_merge is not None and self._last_merge.merge_id == merge_id:
                self._last_merge = None
                self._undo_bar_action = None
                self.done_bar.hide()
            if self._searched:
                self.start_search()  # the pair is back: show it again
            self.merge_undone.emit(merge_id)

        self._own_writes += 1
        self._runner.write(work, done, self._write_failed)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("customer_merges"):
            self.history.load()
        if (
            self._own_writes == 0
            and self._searched
            and changes.touches("customers", "customer_phones")
        ):
            self.status.setText(translate(
                "DuplicatesDialog", "Cards were changed since this search. Search again to "
                "update the list."))  # fmt: skip
