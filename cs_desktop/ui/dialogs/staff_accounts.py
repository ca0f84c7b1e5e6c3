"""Settings > Staff accounts (administrator): the staff list with role and status; creating a
colleague's account, resetting a password (which also lifts a lockout), changing a role and
deactivating an account. Also the password dialog anyone uses to change their own password.

The service protects the last administrator and the administrator's own account; the dialog says
why in words and changes nothing then.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService, StaffInfo
from cs_desktop.services.errors import ServiceError

from ..access import forbidden_text, role_name
from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .sign_in import refusal

translate = QCoreApplication.translate
ROLES = (Role.COUNTER, Role.SUPERVISOR, Role.ADMIN)


def staff_refusal(exc: ServiceError) -> str:
    """A sentence for what the accounts service refused."""
    if exc.code == "forbidden":
        return forbidden_text(exc)
    if exc.code == "last_admin":
        return translate("StaffAccounts", "This is the last administrator who can sign in: the "
                         "site would have nobody to manage staff and settings. Make someone else "
                         "an administrator first.")  # fmt: skip
    if exc.code == "cannot_deactivate_self":
        return translate("StaffAccounts", "You cannot deactivate your own account. Another "
                         "administrator can.")  # fmt: skip
    if exc.code == "cannot_change_own_role":
        return translate("StaffAccounts", "You cannot change your own role. Another "
                         "administrator can.")  # fmt: skip
    if exc.code == "staff_not_found":
        return translate("StaffAccounts", "This account no longer exists.")
    if exc.code == "wrong_password":
        return translate("StaffAccounts", "The current password is wrong.")
    if exc.code == "not_signed_in":
        return translate("StaffAccounts", "Nobody is signed in.")
    return refusal(exc)


def status_text(info: StaffInfo, now: dt.datetime) -> str:
    if not info.active:
        return translate("StaffAccounts", "Deactivated")
    if info.locked_until is not None and info.locked_until > now:
        return translate("StaffAccounts", "Locked until {time}").format(
            time=info.locked_until.astimezone().strftime("%H:%M"))  # fmt: skip
    if not info.has_password:
        return translate("StaffAccounts", "No password yet")
    return translate("StaffAccounts", "Active")


def _role_combo(current: Role = Role.COUNTER) -> QComboBox:
    combo = QComboBox()
    for role in ROLES:
        combo.addItem(role_name(role), role.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    """Change one's own password (``own``: asks the current one) or set someone's (reset)."""

    def __init__(self, submit: Callable[[str, str], None], runner: TaskRunner | SyncTaskRunner,
                 own: bool, who: str = "", parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._submit, self._runner, self.own = submit, runner, own
        self.setWindowTitle(translate("StaffAccounts", "Change my password") if own else
                            translate("StaffAccounts", "Reset the password of {name}")
                            .format(name=who))  # fmt: skip
        self.old, self.new, self.repeat = _password_field(), _password_field(), _password_field()
        self.old.setObjectName("oldPassword")
        self.new.setObjectName("newPassword")
        self.repeat.setObjectName("repeatPassword")
        form = QFormLayout()
        if own:
            form.addRow(translate("StaffAccounts", "Current password:"), self.old)
        form.addRow(translate("StaffAccounts", "New password:"), self.new)
        form.addRow(translate("StaffAccounts", "New password again:"), self.repeat)
        self.hint = QLabel("" if own else translate(
            "StaffAccounts", "The account is unlocked as well. Tell the person the new password "
            "in private and ask them to change it."))  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setVisible(not own)
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("StaffAccounts", "Save password"))  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("StaffAccounts", "Cancel"))  # fmt: skip
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.repeat.text():
            self.show_message(refusal(ServiceError("passwords_differ")))
            return
        submit = self._submit

        def work(_ctx: TaskContext) -> None:
            submit(old, new)

        def failed(exc: BaseException) -> None:
            for edit in (self.old, self.new, self.repeat):
                edit.clear()
            if isinstance(exc, ServiceError):
                self.show_message(staff_refusal(exc))
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, lambda _r: self.accept(), failed)


class NewStaffDialog(QDialog):
    def __init__(self, accounts: AccountService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("newStaffDialog")
        self.setWindowTitle(translate("StaffAccounts", "New staff account"))
        self._accounts, self._runner = accounts, runner
        self.created: StaffInfo | None = None
        self.username, self.display_name = QLineEdit(), QLineEdit()
        self.role = _role_combo()
        self.password, self.repeat = _password_field(), _password_field()
        form = QFormLayout()
        form.addRow(translate("StaffAccounts", "User name (for signing in):"), self.username)
        form.addRow(translate("StaffAccounts", "Name shown:"), self.display_name)
        form.addRow(translate("StaffAccounts", "Role:"), self.role)
        form.addRow(translate("StaffAccounts", "First password:"), self.password)
        form.addRow(translate("StaffAccounts", "Password again:"), self.repeat)
        self.message = QLabel()
        self.message.setObjectName("newStaffMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("StaffAccounts", "Create account"))  # fmt: skip
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("StaffAccounts", "Cancel"))  # fmt: skip
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(refusal(ServiceError("passwords_differ")))
            self.message.show()
            return
        accounts = self._accounts
        args = (self.username.text(), self.display_name.text(),
                Role(self.role.currentData()), self.password.text())  # fmt: skip

        def work(_ctx: TaskContext) -> StaffInfo:
            return accounts.create_staff(*args)

        def done(info: StaffInfo) -> None:
            self.created = info
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.message.setText(staff_refusal(exc))
                self.message.show()
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, done, failed)


class StaffDialog(QDialog):
    def __init__(self, accounts: AccountService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(translate("StaffAccounts", "Staff accounts"))
        self._accounts, self._runner, self._now = accounts, runner, now
        self.child: QDialog | None = None
        self.model: RowsModel[StaffInfo] = RowsModel([
            Column(lambda: translate("StaffAccounts", "User name"), lambda r: r.username),
            Column(lambda: translate("StaffAccounts", "Name"), lambda r: r.display_name),
            Column(lambda: translate("StaffAccounts", "Role"), lambda r: role_name(r.role)),
            Column(lambda: translate("StaffAccounts", "Status"),
                   lambda r: status_text(r, self._now())),
        ], self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self.show_inactive = QCheckBox(translate("StaffAccounts", "Show deactivated accounts"))
        self.show_inactive.toggled.connect(lambda _on: self.load())
        self.new_button = QPushButton(translate("StaffAccounts", "New account…"))
        self.reset_button = QPushButton(translate("StaffAccounts", "Reset password…"))
        self.role_button = QPushButton(translate("StaffAccounts", "Change role…"))
        self.deactivate_button = QPushButton(translate("StaffAccounts", "Deactivate"))
        self.new_button.clicked.connect(self.new_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        self.message = QLabel()
        self.message.setObjectName("staffMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.reset_button, self.role_button,
                       self.deactivate_button):  # fmt: skip
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_inactive)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("StaffAccounts", "Close"))  # fmt: skip
        close.rejected.connect(self.reject)
        hint = QLabel(translate("StaffAccounts", "A new role applies from the person's next "
                                "sign-in. Deactivated staff can no longer sign in; their name "
                                "stays on what they did."))  # fmt: skip
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(640, 420)
        self.load()

    # --- the list -------------------------------------------------------------------------
    def load(self) -> None:
        accounts, inactive = self._accounts, self.show_inactive.isChecked()

        chosen = self.selected()

        def work(_ctx: TaskContext) -> list[StaffInfo]:
            return accounts.list_staff(include_inactive=inactive)

        def done(rows: list[StaffInfo]) -> None:
            self.model.set_rows(rows)
            if chosen is not None:
                self.select(chosen.id)  # the same person stays chosen after a change
            self._chosen()

        self._runner.read(work, done)

    def selected(self) -> StaffInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, staff_id: uuid.UUID) -> None:
        for row, info in enumerate(self.model.rows()):
            if info.id == staff_id:
                self.table.selectRow(row)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b91c1c;" if error else "color: #15803d;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(self, work: Callable[[], None], success: str) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.say(staff_refusal(exc), error=True)
            else:
                self._runner.task_failed.emit(exc)

        def done(_r: object) -> None:
            self.say(success)
            self.load()

        self._runner.write(lambda _ctx: work(), done, failed)

    # --- actions --------------------------------------------------------------------------
    def new_account(self) -> None:
        dialog = NewStaffDialog(self._accounts, self._runner, self)
        self.child = dialog

        def created() -> None:
            if dialog.created is not None:
                self.say(translate("StaffAccounts", "The account {user} was created.").format(
                    user=dialog.created.username))  # fmt: skip
                self.load()

        dialog.accepted.connect(created)
        dialog.open()

    def reset_password(self) -> None:
        info = self.selected()
        if info is None:
            self.say(translate("StaffAccounts", "Choose an account in the list first."), True)
            return
        accounts = self._accounts
        dialog = PasswordDialog(lambda _old, new: accounts.reset_password(info.id, new),
                                self._runner, own=False, who=info.display_name, parent=self)  # fmt: skip
        self.child = dialog

        def done() -> None:
            self.say(translate("StaffAccounts", "The password of {name} was reset; the account "
                               "is unlocked.").format(name=info.display_name))  # fmt: skip
            self.load()

        dialog.accepted.connect(done)
        dialog.open()

    def change_role(self) -> None:
        info = self.selected()
        if info is None:
            self.say(translate("StaffAccounts", "Choose an account in the list first."), True)
            return
        names = [role_name(r) for r in ROLES]
        chosen, ok = QInputDialog.getItem(
            self, translate("StaffAccounts", "Change role"),
            translate("StaffAccounts", "Role of {name}:").format(name=info.display_name),
            names, ROLES.index(info.role), False)  # fmt: skip
        if not ok or chosen not in names:
            return
        role = ROLES[names.index(chosen)]
        if role is info.role:
            return
        accounts = self._accounts
        self._run(lambda: accounts.change_role(info.id, role),
                  translate("StaffAccounts", "{name} is now {role}.").format(
                      name=info.display_name, role=role_name(role)))  # fmt: skip

    def _chosen(self) -> None:
        info = self.selected()
        self.deactivate_button.setText(
            translate("StaffAccounts", "Reactivate") if info is not None and not info.active
            else translate("StaffAccounts", "Deactivate"))  # fmt: skip

    def deactivate(self) -> None:
        info = self.selected()
        if info is None:
            self.say(translate("StaffAccounts", "Choose an account in the list first."), True)
            return
        if not info.active:
            accounts = self._accounts
            self._run(lambda: accounts.reactivate(info.id),
                      translate("StaffAccounts", "{name} can sign in again.").format(
                          name=info.display_name))  # fmt: skip
            return
        answer = QMessageBox.question(
            self, translate("StaffAccounts", "Deactivate account"),
            translate("StaffAccounts", "Deactivate the account of {name}? They can no longer "
                      "sign in.").format(name=info.display_name))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        accounts = self._accounts
        self._run(lambda: accounts.deactivate(info.id),
                  translate("StaffAccounts", "The account of {name} was deactivated.").format(
                      name=info.display_name))  # fmt: skip


__all__ = ["NewStaffDialog", "PasswordDialog", "StaffDialog", "staff_refusal", "status_text"]
