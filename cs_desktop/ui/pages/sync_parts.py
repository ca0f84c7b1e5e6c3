"""Pieces shared by the Sync page's tabs: who may do what, a progress row with Cancel, messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableView, QWidget

from cs_desktop.domain.roles import Permission
from cs_desktop.services.accounts.actor import Actor
from cs_desktop.services.errors import ServiceError

from ..dialogs.sync_texts import refusal
from ..tasks import Cancelled, TaskContext, TaskHandle

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b91c1c;"
OK_STYLE = "color: #0f766e;"
INFO_STYLE = "color: #1d4ed8;"

ActorSource = Callable[[], Actor | None]


def may(actor: ActorSource, permission: Permission) -> bool:
    """With nobody signed in the window acts as the system (README), as the services do."""
    who = actor()
    return who is None or who.may(permission)


def say(label: QLabel, text: str, style: str = OK_STYLE) -> None:
    label.setStyleSheet(style)
    label.setText(text)


def problem_text(exc: BaseException) -> str | None:
    """The sentence for an expected failure; None for a bug (the window reports those)."""
    if isinstance(exc, ServiceError):
        return refusal(exc)
    if isinstance(exc, OSError):
        return translate("SyncPage", "The file could not be read or written: {error}").format(
            error=exc.strerror or exc
        )
    return None


def checked_progress(ctx: TaskContext) -> Callable[[int, int], None]:
    """A progress callback that also stops the work when Cancel was pressed (the core then
    rolls back, and removes a half-written file)."""

    def report(done: int, total: int) -> None:
        ctx.check()
        ctx.report(done, total)

    return report


def plain_table(view: QTableView) -> None:
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)


class ProgressRow(QWidget):
    """A progress bar and its Cancel button, shown while a package is written or read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self._handle: TaskHandle | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(translate("SyncPage", "Cancel"))

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.show()

    def follow(self, handle: TaskHandle) -> None:
        if handle.is_done:
            return
        self._handle = handle
        handle.progressed.connect(self._progressed)
        handle.done.connect(self.stop)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        self._handle = None
        self.hide()


__all__ = ["Cancelled", "ProgressRow", "checked_progress", "may", "problem_text", "say"]
