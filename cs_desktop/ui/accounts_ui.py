"""Staff accounts, roles, the audit trail, masking and backups in the window (issue 9's UI).

``install_accounts_ui`` adds to a built main window: Settings > Staff and sign-in and
Settings > Backups; the staff and audit dialogs; "show full number" on customer cards; "change
my password" from the settings and from the signed-in name in the status bar; and hides or
disables what the signed-in role may not do, again after someone else signs in at the lock.
The services refuse on their own; this only keeps the window from offering what would fail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog

from cs_desktop.domain.roles import Permission
from cs_desktop.services.accounts.service import DEMO_USERNAME

from .access import may, only_for_text
from .context import UiContext
from .dialogs.audit_browser import AuditBrowser
from .dialogs.card_reveal import attach
from .dialogs.staff_accounts import PasswordDialog, StaffDialog
from .pages.settings_accounts import AccountsBox
from .pages.settings_backups import BackupsBox

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate


class AccountsUi(QObject):
    def __init__(self, window: MainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self._window, self._ctx = window, ctx
        self.dialog: QDialog | None = None
        self.audit_browser: AuditBrowser | None = None
        self.accounts_box: AccountsBox | None = None
        self.backups_box: BackupsBox | None = None
        page = window.customers_page
        self._import_offered = page.import_button.isVisibleTo(page)
        self._complaint_rules_offered = window.settings_page.complaint_rules_button.isEnabled()
        if ctx.accounts is not None:
            box = self.accounts_box = AccountsBox(ctx.accounts, ctx.runner)
            box.password_requested.connect(self.change_my_password)
            box.staff_requested.connect(self.open_staff)
            box.audit_requested.connect(self.open_audit)
            if window.session is not None:
                box.policy_saved.connect(self._policy_saved)
                window.session.signed_in.connect(lambda _actor: self.apply_roles())
                who = window.session.who
                who.setCursor(Qt.CursorShape.PointingHandCursor)
                who.installEventFilter(self)
            window.settings_page.add_box(box)
        if ctx.backups is not None:
            self.backups_box = BackupsBox(ctx.backups, ctx.runner)
            window.settings_page.add_box(self.backups_box)
        if ctx.reveal is not None:
            page.editor.card_hook = attach(ctx.reveal, ctx.runner, self.may)
        self.apply_roles()

    def _policy_saved(self, _policy: object) -> None:
        if self._window.session is not None:
            self._window.session.read_policy()  # the idle lock follows the new time at once

    def may(self, permission: Permission) -> bool:
        return may(self._ctx.accounts, permission)

    # --- what the role sees ---------------------------------------------------------------
    def apply_roles(self) -> None:
        w, allowed = self._window, self.may
        page = w.customers_page
        page.import_button.setVisible(self._import_offered and allowed(Permission.IMPORT))
        for action, button, permission in (
            (page.export_action, page.action_buttons[4], Permission.EXPORT),
            (page.delete_action, page.delete_button, Permission.DELETE_RESTORE),
        ):
            action.setVisible(allowed(permission))
            action.setEnabled(allowed(permission))
            button.setVisible(allowed(permission))
        page.deleted_button.setVisible(allowed(Permission.DELETE_RESTORE))
        page.duplicates_button.setVisible(allowed(Permission.MERGE))
        settings = allowed(Permission.EDIT_SETTINGS)
        s = w.settings_page
        rule_buttons: list[QAbstractButton] = [
            s.tier_rules_button, s.tier_policies_button, w.tiers_page.rules_button,
            w.tiers_page.policies_button]  # fmt: skip
        for rule_button in rule_buttons:
            rule_button.setEnabled(settings)
            rule_button.setToolTip("" if settings else only_for_text(Permission.EDIT_SETTINGS))
        s.complaint_rules_button.setEnabled(settings and self._complaint_rules_offered)
        s.complaint_rules_button.setToolTip(
            "" if settings else only_for_text(Permission.EDIT_SETTINGS))  # fmt: skip
        s.tier_max_age.setReadOnly(not settings)
        box = self.accounts_box
        if box is not None:
            box.password_button.setVisible(self._has_password())
            box.staff_button.setVisible(allowed(Permission.MANAGE_STAFF))
            box.audit_button.setVisible(self._ctx.audit is not None
                                        and allowed(Permission.BROWSE_AUDIT))  # fmt: skip
            box.set_editable(settings)
            box.load_policy()
        backups = self.backups_box
        if backups is not None:
            flags = (settings, allowed(Permission.BACKUP), allowed(Permission.RESTORE))
            backups.set_permissions(*flags)
            backups.setVisible(any(flags))
        for dialog in (self.dialog, self.audit_browser):
            if dialog is not None:  # opened by the previous person
                dialog.close()

    def _has_password(self) -> bool:
        """Someone signed in with a password (the demo account has none to change)."""
        actor = self._ctx.accounts.current if self._ctx.accounts is not None else None
        return actor is not None and actor.username != DEMO_USERNAME

    # --- dialogs ----------------------------------------------------------------------------
    def change_my_password(self) -> None:
        accounts = self._ctx.accounts
        if accounts is None or not self._has_password():
            return
        dialog = PasswordDialog(accounts.change_password, self._ctx.runner, own=True,
                                parent=self._window)  # fmt: skip
        dialog.accepted.connect(lambda: self._window.statusBar().showMessage(
            translate("AccountsUi", "Your password was changed."), 8000))  # fmt: skip
        self.dialog = dialog
        dialog.open()

    def open_staff(self) -> None:
        if self._ctx.accounts is None or not self.may(Permission.MANAGE_STAFF):
            return
        self.dialog = StaffDialog(self._ctx.accounts, self._ctx.runner, self._window)
        self.dialog.show()

    def open_audit(self) -> None:
        ctx = self._ctx
        if ctx.audit is None or not self.may(Permission.BROWSE_AUDIT):
            return
        if self.audit_browser is None:
            self.audit_browser = AuditBrowser(ctx.audit, ctx.accounts, ctx.customers, ctx.runner,
                                              self._window)  # fmt: skip
        else:
            self.audit_browser.apply_filters()
        self.audit_browser.show()
        self.audit_browser.raise_()
        self.audit_browser.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A click on the signed-in name in the status bar: change my password."""
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.change_my_password()
            return True
        return False


def install_accounts_ui(window: MainWindow, ctx: UiContext) -> AccountsUi:
    window.accounts_ui = AccountsUi(window, ctx)  # type: ignore[attr-defined]
    return window.accounts_ui  # type: ignore[attr-defined, no-any-return]


__all__ = ["AccountsUi", "install_accounts_ui"]
