"""Signing in: the first administrator on a new installation, a staff member's sign-in, and
unlocking the window after it locked (idle time or Ctrl+L).

Passwords are checked by the accounts service (argon2, ~0.1 s) on the writer thread; a wrong
password says how many tries are left, a locked account for how many minutes. Nothing here
knows a password after the check.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.accounts.actor import Actor
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.errors import ServiceError

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate


class Mode(Enum):
    FIRST_ADMIN = "first_admin"
    SIGN_IN = "sign_in"
    UNLOCK = "unlock"


def refusal(exc: ServiceError) -> str:
    p = exc.params
    if exc.code == "wrong_credentials":
        left = p.get("attempts_left")
        if left is not None:
            return translate("SignIn", "Wrong user name or password. {left} tries left before "
                             "the account locks.").format(left=left)  # fmt: skip
        return translate("SignIn", "Wrong user name or password.")
    if exc.code == "account_locked":
        return translate("SignIn", "Too many wrong passwords: the account is locked for {minutes} "
                         "minutes. An administrator can unlock it now by resetting the "
                         "password.").format(minutes=p.get("minutes", ""))  # fmt: skip
    if exc.code == "password_too_short":
        return translate("SignIn", "The password needs at least {min} characters.").format(
            min=p.get("min", ""))  # fmt: skip
    if exc.code == "passwords_differ":
        return translate("SignIn", "The two passwords are not the same.")
    if exc.code == "required":
        return translate("SignIn", "Fill in every field.")
    if exc.code == "username_taken":
        return translate("SignIn", "This user name is taken.")
    if exc.code == "too_long":
        return translate("SignIn", "Too long: at most {max} characters.").format(
            max=p.get("max", ""))  # fmt: skip
    return translate("SignIn", "Not signed in ({code}).").format(code=exc.code)


class SignInDialog(QDialog):
    """``actor`` is set once accepted; ``switch_user`` is offered when the window is locked."""

    def __init__(self, accounts: AccountService, runner: TaskRunner | SyncTaskRunner, mode: Mode,
                 parent: QWidget | None = None, who: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("signIn")
        self._accounts = accounts
        self._runner = runner
        self.mode = mode
        self.actor: Actor | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        self._labels = {name: QLabel() for name in ("username", "display_name", "password",
                                                    "repeat")}  # fmt: skip
        rows = {"username": self.username, "display_name": self.display_name,
                "password": self.password, "repeat": self.repeat}  # fmt: skip
        shown = {Mode.FIRST_ADMIN: ("username", "display_name", "password", "repeat"),
                 Mode.SIGN_IN: ("username", "password"), Mode.UNLOCK: ("password",)}[mode]  # fmt: skip
        for name in shown:
            self._labels[name].setBuddy(rows[name])
            form.addRow(self._labels[name], rows[name])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.switch_user = QPushButton()
        self.switch_user.setVisible(mode is Mode.UNLOCK)
        if mode is Mode.UNLOCK:
            self.buttons.addButton(self.switch_user, QDialogButtonBox.ButtonRole.ResetRole)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._who = who
        self.setMinimumWidth(380)
        self.retranslate()
        (self.password if mode is Mode.UNLOCK else self.username).setFocus()

    def retranslate(self) -> None:
        titles = {
            Mode.FIRST_ADMIN: translate("SignIn", "Create the administrator"),
            Mode.SIGN_IN: translate("SignIn", "Sign in"),
            Mode.UNLOCK: translate("SignIn", "Locked"),
        }
        self.setWindowTitle(titles[self.mode])
        self.heading.setText({
            Mode.FIRST_ADMIN: translate(
                "SignIn", "This is a new installation. Create the administrator's account: the "
                "administrator then adds the other staff in Settings."),
            Mode.SIGN_IN: translate("SignIn", "Sign in with your user name and password."),
            Mode.UNLOCK: translate(
                "SignIn", "The window is locked. {name}, enter your password to go on.").format(
                    name=self._who),
        }[self.mode])  # fmt: skip
        for name, text in {
            "username": translate("SignIn", "&User name:"),
            "display_name": translate("SignIn", "&Name shown:"),
            "password": translate("SignIn", "&Password:"),
            "repeat": translate("SignIn", "&Repeat the password:"),
        }.items():
            self._labels[name].setText(text)
        self.switch_user.setText(translate("SignIn", "Sign in as someone &else"))

    def submit(self) -> None:
        accounts, mode = self._accounts, self.mode
        username, name = self.username.text(), self.display_name.text()
        password, repeat = self.password.text(), self.repeat.text()
        if mode is Mode.FIRST_ADMIN and password != repeat:
            self._refused(ServiceError("passwords_differ", field="repeat"))
            return
        if mode is Mode.SIGN_IN and not (username.strip() and password):
            self._refused(ServiceError("required", field="username"))
            return

        def work(_ctx: TaskContext) -> Actor:
            if mode is Mode.FIRST_ADMIN:
                return accounts.create_first_admin(username, name or username, password)
            if mode is Mode.SIGN_IN:
                return accounts.sign_in(username, password)
            return accounts.unlock(password)

        def done(actor: Actor) -> None:
            self.actor = actor
            self.password.clear()
            self.repeat.clear()
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self._refused(exc)
            else:
                self._runner.task_failed.emit(exc)

        self.buttons.setEnabled(False)
        handle = self._runner.write(work, done, failed)
        handle.done.connect(lambda: self.buttons.setEnabled(True))

    def _refused(self, exc: ServiceError) -> None:
        self.message.setText(refusal(exc))
        self.message.show()
        self.password.clear()
        self.repeat.clear()
        focus = {"username": self.username, "repeat": self.password}.get(exc.field or "")
        target = focus if focus is not None and focus.isVisible() else self.password
        target.setFocus(Qt.FocusReason.OtherFocusReason)
