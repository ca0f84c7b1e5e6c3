"""Who is signed in, and locking the window: on request (Ctrl+L) and after the site's idle time.

A locked window shows nothing of the customers: the pages and every open dialog are hidden
until the same person types their password, or someone else signs in (the first person is then
signed out). Work already running in the background goes on. The idle clock restarts on every
key press and mouse click anywhere in the application.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.actor import Actor
from cs_desktop.services.accounts.service import AccountService

from .dialogs.sign_in import Mode, SignInDialog
from .tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate
_INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


def role_names() -> dict[Role, str]:
    return {
        Role.COUNTER: translate("SessionLock", "counter staff"),
        Role.SUPERVISOR: translate("SessionLock", "supervisor"),
        Role.ADMIN: translate("SessionLock", "administrator"),
    }


class SessionLock(QObject):
    """``signed_in`` (the Actor) after an unlock by someone else, so pages showing "mine"
    can reload."""

    signed_in = Signal(object)

    def __init__(self, window: QMainWindow, accounts: AccountService,
                 runner: TaskRunner | SyncTaskRunner,
                 idle_minutes: Callable[[], int] | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._accounts = accounts
        self._runner = runner
        self._hidden: list[QWidget] = []
        self.dialog: SignInDialog | None = None
        self.who = QLabel()
        self.who.setObjectName("whoStatus")
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._idle_minutes = idle_minutes
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)  # also over a card
        self.shortcut.activated.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.read_policy()
        self.retranslate()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def read_policy(self) -> None:
        accounts = self._accounts
        provider = self._idle_minutes

        def work(_ctx: TaskContext) -> int:
            return provider() if provider is not None else accounts.policy().idle_lock_minutes

        def done(minutes: int) -> None:
            self.idle.setInterval(max(0, minutes) * 60_000)
            self._restart_idle()

        self._runner.read(work, done)

    def retranslate(self) -> None:
        actor = self._accounts.current
        if actor is None:
            self.who.setText("")
            return
        self.who.setText(translate("SessionLock", "{name} ({role})").format(
            name=actor.display_name, role=role_names().get(actor.role, actor.role.value)))  # fmt: skip
        self.who.setToolTip(translate("SessionLock", "Signed in. Ctrl+L locks the window."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT and not self.locked:
            self._restart_idle()
        return False

    def _restart_idle(self) -> None:
        if self.idle.interval() > 0 and self._accounts.current is not None and not self.locked:
            self.idle.start()
        else:
            self.idle.stop()

    # --- locking ----------------------------------------------------------------------------
    def lock(self) -> None:
        actor = self._accounts.current
        if actor is None or self.locked:
            return  # nobody signed in (the system itself): nothing to protect with a password
        self.idle.stop()
        central = self._window.centralWidget()
        self._hidden = [central] if central is not None else []
        for widget in QApplication.topLevelWidgets():
            if widget is not self._window and widget.isVisible() and widget.isWindow():
                self._hidden.append(widget)
        for widget in self._hidden:
            widget.hide()
        self._ask(Mode.UNLOCK, actor)

    def _ask(self, mode: Mode, actor: Actor | None) -> None:
        dialog = SignInDialog(self._accounts, self._runner, mode, self._window,
                              who=actor.display_name if actor else "")  # fmt: skip
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._unlocked(dialog))
        dialog.switch_user.clicked.connect(self._switch_user)
        dialog.rejected.connect(lambda: self._still_locked(dialog))
        dialog.open()

    def _switch_user(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
        self._accounts.sign_out()
        self._ask(Mode.SIGN_IN, None)

    def _still_locked(self, dialog: SignInDialog) -> None:
        """Escape on the lock: it stays locked (asked again), never shows the window."""
        if self.dialog is dialog:
            self._ask(dialog.mode, self._accounts.current)

    def _unlocked(self, dialog: SignInDialog) -> None:
        if self.dialog is not dialog:
            return
        self.dialog = None
        previous = self._hidden
        self._hidden = []
        changed_person = dialog.mode is Mode.SIGN_IN
        for widget in previous:
            if widget is self._window.centralWidget() or not changed_person:
                widget.show()
            else:
                widget.close()  # the previous person's open cards stay theirs: closed
        self.retranslate()
        self._restart_idle()
        if changed_person and dialog.actor is not None:
            self.signed_in.emit(dialog.actor)
