"""Opening, creating, saving and deleting customer cards from the customers page.

The card dialog checks the card; saving runs on the writer thread; a new card is first compared
with existing ones and the clerk decides whether a likely duplicate is really someone new. Every
save and delete goes onto the session's undo stack (customer_undo).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox, QWidget

from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import (
    CustomerCardService,
    CustomFieldInfo,
    ValidationFailed,
)
from cs_desktop.services.customers.duplicates import Candidate, DuplicateService
from cs_desktop.services.customers.duplicates import Signal as Dup
from cs_desktop.services.customers.timeline import Timeline, TimelineService
from cs_desktop.services.customers.validation import Problem
from cs_desktop.services.errors import ServiceError

from ..dialogs import CustomerCardDialog
from ..dialogs.card_texts import problem_text
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .customer_undo import CreateCard, DeleteCard, EditCard, make_stack

translate = QCoreApplication.translate
_CHANGED = ("customers", "customer_phones", "customer_addresses", "customer_tags",
            "customer_consents", "tags", "customer_stats")  # fmt: skip


def _signal_text(signal: Dup) -> str:
    return {
        Dup.SAME_ID: translate("CustomerEditing", "same ID number"),
        Dup.SAME_PHONE: translate("CustomerEditing", "same phone"),
        Dup.SAME_NAME_AND_BIRTH: translate("CustomerEditing", "same name and birth date"),
        Dup.SAME_NAME: translate("CustomerEditing", "same name"),
        Dup.DIFFERENT_ID: translate("CustomerEditing", "but a different ID number"),
        Dup.DIFFERENT_GENDER: translate("CustomerEditing", "but a different gender"),
    }[signal]


class CustomerEditor(QObject):
    """Owns the open card dialog of a page; ``saved`` tells which customer was written."""

    saved = Signal(object)  # uuid.UUID
    deleted = Signal(object)  # uuid.UUID
    step_failed = Signal(str)  # an undo or redo step could not be done: the sentence to show
    restored = Signal(object)  # uuid.UUID
    complaint_requested = Signal(object, str, object)  # customer id, name, the card dialog
    complaint_opened = Signal(object, object)  # complaint id, the card dialog
    visit_requested = Signal(object, str, object)  # customer id, name, the card dialog

    def __init__(self, cards: CustomerCardService, duplicates: DuplicateService,
                 timelines: TimelineService, runner: TaskRunner | SyncTaskRunner,
                 parent_widget: QWidget) -> None:  # fmt: skip
        super().__init__(parent_widget)
        self._cards = cards
        self._duplicates = duplicates
        self._timelines = timelines
        self._runner = runner
        self._parent = parent_widget
        self._custom_fields: list[CustomFieldInfo] = []
        self.dialog: CustomerCardDialog | None = None
        # The card dialog's Print… menu (customer id, name, dialog): set by the main window.
        self.print_menu: Callable[[uuid.UUID, str, QWidget], QMenu] | None = None

        # called with each card dialog opened (the window adds the "show number" buttons)
        self.card_hook: Callable[[CustomerCardDialog, CustomerCard], None] | None = None
        self.undo_stack = make_stack(self)
        self.reload_custom_fields()

    def reload_custom_fields(self) -> None:
        cards = self._cards

        def work(_ctx: TaskContext) -> list[CustomFieldInfo]:
            return cards.custom_fields()

        def done(fields: list[CustomFieldInfo]) -> None:
            self._custom_fields = fields

        self._runner.read(work, done)

    # --- opening ------------------------------------------------------------------------
    def new_card(self) -> None:
        self._show(CustomerCard())

    def open_card(self, customer_id: uuid.UUID) -> None:
        cards = self._cards

        def work(_ctx: TaskContext) -> CustomerCard:
            return cards.get(customer_id)

        self._runner.read(work, self._show)

    def _show(self, card: CustomerCard) -> None:
        dialog = CustomerCardDialog(self._cards.check, self._custom_fields, self._parent)
        dialog.load(card)
        if card.id is not None:
            button = dialog.buttons.addButton(
                translate("CustomerEditing", "Register a &complaint…"),
                QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
            button.setObjectName("cardComplaint")
            dialog.timeline.complaint_chosen.connect(
                lambda cid: self.complaint_opened.emit(cid, dialog)
            )
            button.clicked.connect(
                lambda: self.complaint_requested.emit(card.id, card.name, dialog)
            )
            visit = dialog.buttons.addButton(translate("CustomerEditing", "Record a &visit…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
            visit.setObjectName("cardVisit")
            visit.clicked.connect(lambda: self.visit_requested.emit(card.id, card.name, dialog))

            if self.print_menu is not None:
                printing = dialog.buttons.addButton(translate("CustomerEditing", "Prin&t…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
                printing.setObjectName("cardPrint")
                printing.setMenu(self.print_menu(card.id, card.name, dialog))
        dialog.accepted.connect(lambda: self._accepted(dialog, card))
        if self.card_hook is not None:
            self.card_hook(dialog, card)
        self.dialog = dialog
        dialog.open()
        if card.id is not None:
            self._load_timeline(dialog, card.id)

    def reload_timeline(self) -> None:
        """Something new for the open card (e.g. a complaint registered from it)."""
        dialog = self.dialog
        if dialog is not None and dialog.isVisible() and dialog.loaded_id is not None:
            self._load_timeline(dialog, dialog.loaded_id)

    def _load_timeline(self, dialog: CustomerCardDialog, customer_id: uuid.UUID) -> None:
        timelines = self._timelines

        def work(_ctx: TaskContext) -> Timeline:
            return timelines.timeline(customer_id)

        def failed(exc: BaseException) -> None:
            dialog.timeline.show_failed()
            self._runner.task_failed.emit(exc)

        self._runner.read(work, dialog.timeline.set_timeline, failed)

    # --- saving -------------------------------------------------------------------------
    def _accepted(self, dialog: CustomerCardDialog, opened: CustomerCard) -> None:
        card = dialog.result_card
        if card is None:
            return
        if card.id is not None:
            self._write(dialog, card, opened)
            return
        duplicates = self._duplicates

        def work(_ctx: TaskContext) -> list[Candidate]:
            return duplicates.candidates_for(card)

        self._runner.read(work, lambda found: self._confirm_new(dialog, card, found))

    def _confirm_new(self, dialog: CustomerCardDialog, card: CustomerCard,
                     found: list[Candidate]) -> None:  # fmt: skip
        if not found:
            self._write(dialog, card, None)
            return
        lines = "\n".join(
            "· " + translate("CustomerEditing", "{name} ({reasons})").format(
                name=c.name, reasons=translate("CustomerEditing", ", ").join(
                    _signal_text(s) for s in sorted(c.signals)))
            for c in found[:5]
        )  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("CustomerEditing", "Possibly the same customer"),
                          translate("CustomerEditing", "These cards may describe the same "
                                    "customer:\n{list}\n\nCreate a new card anyway?").format(list=lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._parent)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("CustomerEditing", "Create new card")
        )
        box.button(QMessageBox.StandardButton.No).setText(
            translate("CustomerEditing", "Back to the card")
        )

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._write(dialog, card, None)
            else:
                dialog.open()  # back to the card, everything still typed in

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _write(self, dialog: CustomerCardDialog, card: CustomerCard,
               opened: CustomerCard | None) -> None:  # fmt: skip
        cards = self._cards
        written: list[CustomerCard] = []
        save: Callable[[CustomerCard], CustomerCard] = (
            cards.create if card.id is None else cards.update
        )

        def work(_ctx: TaskContext) -> Changes:
            written.append(save(card))
            return Changes.of(*_CHANGED)

        def done(_changes: Changes) -> None:
            if not written or written[0].id is None:
                return
            if opened is None:
                self.undo_stack.push(CreateCard(written[0], cards, self._step))
            else:
                self.undo_stack.push(EditCard(opened, written[0], cards, self._step))
            self.saved.emit(written[0].id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                dialog.show_problems(exc.problems)
            elif isinstance(exc, ServiceError):
                dialog.show_problems([exc.code])
            else:
                self._runner.task_failed.emit(exc)
                return
            dialog.open()  # nothing was saved: the card stays open with the reason

        self._runner.write(work, done, failed)

    # --- deleting -----------------------------------------------------------------------
    def delete_card(self, customer_id: uuid.UUID) -> None:
        """Soft-delete a card (a supervisor can restore it; undo brings it back at once)."""
        cards = self._cards
        gone: list[CustomerCard] = []

        def work(_ctx: TaskContext) -> Changes:
            gone.append(cards.delete(customer_id))
            return Changes.of(*_CHANGED)

        def done(_changes: Changes) -> None:
            self.undo_stack.push(DeleteCard(gone[0], cards, self._step))
            self.deleted.emit(customer_id)

        self._runner.write(work, done)

    # --- undo and redo steps ------------------------------------------------------------
    def _step(self, step: Callable[[], None]) -> None:
        def work(_ctx: TaskContext) -> Changes:
            step()
            return Changes.of(*_CHANGED)

        def failed(exc: BaseException) -> None:
            # The rest of the stack describes a card that changed. Cleared once control is
            # back in the event loop: this may run inside QUndoStack.undo(), whose command
            # clear() would delete under its feet.
            QTimer.singleShot(0, self, self.undo_stack.clear)
            if isinstance(exc, ServiceError) and exc.code == "card_changed_meanwhile":
                self.step_failed.emit(translate(
                    "CustomerEditing", "The card of {name} was changed by someone else since, "
                    "so it was not undone: that change would have been lost.").format(
                        name=exc.params.get("name", "")))  # fmt: skip
            elif isinstance(exc, ServiceError):
                self.step_failed.emit(problem_text(Problem("", exc.code, exc.params)))
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, None, failed)

    # --- restore (soft-deleted cards: a supervisor restores under "Deleted cards") ------------
    def restore_card(self, customer_id: uuid.UUID) -> None:
        self._set_deleted(customer_id, deleted=False)

    def _set_deleted(self, customer_id: uuid.UUID, deleted: bool) -> None:
        cards = self._cards

        def work(_ctx: TaskContext) -> Changes:
            (cards.delete if deleted else cards.restore)(customer_id)
            return Changes.of("customers", "customer_stats")

        def done(_changes: Changes) -> None:
            (self.deleted if deleted else self.restored).emit(customer_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                QMessageBox.warning(self._parent, translate("CustomerEditing", "Customer card"),
                                    translate("CustomerEditing", "The card was not changed: "
                                              "it no longer exists or was merged into another "
                                              "card."))  # fmt: skip
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, done, failed)
