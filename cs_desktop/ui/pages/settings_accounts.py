"""Settings > Staff and sign-in: my password (anyone signed in), staff accounts (administrator),
the audit trail (supervisors), and the site's sign-in rules (administrator edits; others read).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.accounts.policy import AccountPolicy
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.errors import ServiceError

from ..access import forbidden_text
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate


def policy_refusal(exc: ServiceError) -> str:
    if exc.code == "forbidden":
        return forbidden_text(exc)
    if exc.code == "out_of_range":
        return translate("AccountsBox", "A value is outside what is allowed ({min} to {max}).").format(
            min=exc.params.get("min", ""), max=exc.params.get("max", ""))  # fmt: skip
    return translate("AccountsBox", "The sign-in rules were not saved ({code}).").format(
        code=exc.code)  # fmt: skip


class AccountsBox(QGroupBox):
    password_requested = Signal()
    staff_requested = Signal()
    audit_requested = Signal()
    policy_saved = Signal(object)  # AccountPolicy

    def __init__(self, accounts: AccountService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("accountsBox")
        self._accounts, self._runner = accounts, runner
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.password_button = QPushButton()
        self.password_button.setObjectName("changeMyPassword")
        self.password_button.clicked.connect(self.password_requested.emit)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("staffAccountsButton")
        self.staff_button.clicked.connect(self.staff_requested.emit)
        self.audit_button = QPushButton()
        self.audit_button.setObjectName("auditTrailButton")
        self.audit_button.clicked.connect(self.audit_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.password_button, self.staff_button, self.audit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.max_failed = QSpinBox()
        self.max_failed.setObjectName("maxFailedLogins")
        self.max_failed.setRange(1, 100)
        self.lockout = QSpinBox()
        self.lockout.setObjectName("lockoutMinutes")
        self.lockout.setRange(1, 24 * 60)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleLockMinutes")
        self.idle.setRange(0, 24 * 60)
        self.min_length = QSpinBox()
        self.min_length.setObjectName("minPasswordLength")
        self.min_length.setRange(4, 128)
        self.save_policy_button = QPushButton()
        self.save_policy_button.setObjectName("savePolicy")
        self.save_policy_button.clicked.connect(self.save_policy)
        self.policy_message = QLabel()
        self.policy_message.setObjectName("policyMessage")
        self.policy_message.setWordWrap(True)
        self.policy_message.hide()
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(4)]
        for label, spin in zip(self._labels, (self.max_failed, self.lockout, self.idle,
                                              self.min_length), strict=True):  # fmt: skip
            label.setBuddy(spin)
            self._form.addRow(label, spin)
        for spin in (self.max_failed, self.lockout, self.idle, self.min_length):
            spin.setMinimumWidth(90)
            spin.setMaximumWidth(140)
        self.save_policy_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                              QSizePolicy.Policy.Fixed)  # fmt: skip
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_policy_button)
        save_row.addWidget(self.policy_message, 3)
        save_row.addStretch(1)  # the button keeps to the left while no message shows
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.policy_heading = QLabel()
        self.policy_heading.setObjectName("policyHeading")
        layout.addWidget(self.policy_heading)
        layout.addLayout(self._form)
        layout.addLayout(save_row)
        self.retranslate()
        self.load_policy()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(translate("AccountsBox", "Staff and sign-in"))
        self.hint.setText(translate(
            "AccountsBox", "Everyone signs in with their own account; what they may do depends "
            "on their role. Ctrl+L locks the window."))  # fmt: skip
        self.password_button.setText(translate("AccountsBox", "Change my password…"))
        self.staff_button.setText(translate("AccountsBox", "Staff accounts…"))
        self.audit_button.setText(translate("AccountsBox", "Audit trail…"))
        self.policy_heading.setText(translate("AccountsBox", "Sign-in rules of this site:"))
        texts = (translate("AccountsBox", "Wrong passwords in a row before an account locks:"),
                 translate("AccountsBox", "Minutes a locked account stays locked:"),
                 translate("AccountsBox", "Lock the window after this many idle minutes (0: never):"),
                 translate("AccountsBox", "Shortest password (characters):"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.save_policy_button.setText(translate("AccountsBox", "Save sign-in rules"))

    def set_editable(self, editable: bool) -> None:
        """The administrator edits the rules; everyone else reads them."""
        for spin in (self.max_failed, self.lockout, self.idle, self.min_length):
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if editable
                                  else QSpinBox.ButtonSymbols.NoButtons)  # fmt: skip
        self.save_policy_button.setVisible(editable)

    def load_policy(self) -> None:
        accounts = self._accounts
        self._runner.read(lambda _ctx: accounts.policy(), self.show_policy)

    def show_policy(self, policy: AccountPolicy) -> None:
        self.max_failed.setValue(policy.max_failed_logins)
        self.lockout.setValue(policy.lockout_minutes)
        self.idle.setValue(policy.idle_lock_minutes)
        self.min_length.setValue(policy.min_password_length)

    def policy(self) -> AccountPolicy:
        return AccountPolicy(self.max_failed.value(), self.lockout.value(), self.idle.value(),
                             self.min_length.value())  # fmt: skip

    def _say(self, text: str, error: bool) -> None:
        self.policy_message.setStyleSheet("color: #b91c1c;" if error else "color: #15803d;")
        self.policy_message.setText(text)
        self.policy_message.show()

    def save_policy(self) -> None:
        policy, accounts = self.policy(), self._accounts

        def work(_ctx: TaskContext) -> AccountPolicy:
            accounts.set_policy(policy)
            return policy

        def done(saved: AccountPolicy) -> None:
            self._say(translate("AccountsBox", "Saved. The idle lock now follows the new time."),
                      False)  # fmt: skip
            self.policy_saved.emit(saved)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self._say(policy_refusal(exc), True)
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, done, failed)


__all__ = ["AccountsBox", "policy_refusal"]
