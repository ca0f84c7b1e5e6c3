"""Undo and redo of the session's card edits, new cards and deletes (a QUndoStack).

Each command is pushed after its first write has succeeded, so its first ``redo`` (which Qt
calls on push) does nothing. Later undo/redo steps are writes on the writer thread. Writes run
one after another in the order they were asked for, so each command keeps the card's row
version inside the write itself: the next step of the same command starts from it, and a change
made meanwhile at another counter is caught by the service's lost-update check instead of being
overwritten. When a step fails the stack is cleared: the remaining steps would act on a card
that is no longer what they remember.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService

translate = QCoreApplication.translate
# (work on the writer thread, what the step is called) -> runs it; the editor implements it
Runner = Callable[[Callable[[], None]], None]


class _CardCommand(QUndoCommand):
    def __init__(self, text: str, cards: CustomerCardService, run: Runner) -> None:
        super().__init__(text)
        self._cards = cards
        self._run = run
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the write that made this command has already happened
            self._pushed = True
            return
        self._run(self._forward)

    def undo(self) -> None:
        self._run(self._backward)

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError


class EditCard(_CardCommand):
    """An edit saved from the card dialog: undo writes back the card as it was opened."""

    def __init__(self, before: CustomerCard, after: CustomerCard,
                 cards: CustomerCardService, run: Runner) -> None:  # fmt: skip
        super().__init__(translate("CustomerUndo", "edit of {name}").format(name=after.name),
                         cards, run)  # fmt: skip
        self.customer_id = after.id
        self._before = before
        self._after = after
        self._version = after.row_version

    def _write(self, card: CustomerCard) -> None:
        written = self._cards.update(dataclasses.replace(card, row_version=self._version))
        self._version = written.row_version

    def _forward(self) -> None:
        self._write(self._after)

    def _backward(self) -> None:
        self._write(self._before)


class _Presence(_CardCommand):
    """A card that appeared (new) or disappeared (deleted): undo and redo swap the tombstone."""

    def __init__(self, text: str, customer_id: uuid.UUID, cards: CustomerCardService,
                 run: Runner) -> None:  # fmt: skip
        super().__init__(text, cards, run)
        self.customer_id = customer_id

    def _delete(self) -> None:
        self._cards.delete(self.customer_id)

    def _restore(self) -> None:
        self._cards.restore(self.customer_id)


class CreateCard(_Presence):
    def __init__(self, card: CustomerCard, cards: CustomerCardService, run: Runner) -> None:
        assert card.id is not None
        super().__init__(translate("CustomerUndo", "new card {name}").format(name=card.name),
                         card.id, cards, run)  # fmt: skip

    def _forward(self) -> None:
        self._restore()

    def _backward(self) -> None:
        self._delete()


class DeleteCard(_Presence):
    def __init__(self, card: CustomerCard, cards: CustomerCardService, run: Runner) -> None:
        assert card.id is not None
        super().__init__(translate("CustomerUndo", "deleting {name}").format(name=card.name),
                         card.id, cards, run)  # fmt: skip

    def _forward(self) -> None:
        self._delete()

    def _backward(self) -> None:
        self._restore()


def make_stack(parent: object, limit: int = 50) -> QUndoStack:
    stack = QUndoStack(parent)  # type: ignore[arg-type]
    stack.setUndoLimit(limit)
    return stack
