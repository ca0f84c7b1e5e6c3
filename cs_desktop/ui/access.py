"""What the signed-in person's role may do, as the window shows it (domain.roles is the table).

The services refuse on their own (ServiceError "forbidden"); the window also hides or disables
what a role may not do, so nobody is offered a button that can only fail, and says in words what
a refusal means when one happens anyway (another counter changed the role meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.domain.enums import Role
from cs_desktop.domain.roles import Permission
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.errors import ServiceError

translate = QCoreApplication.translate


def may(accounts: AccountService | None, permission: Permission) -> bool:
    """True for a signed-in role with the permission, and for the system (no one signed in:
    a window built without accounts, as in tests of other areas)."""
    actor = accounts.current if accounts is not None else None
    return actor is None or actor.may(permission)


def role_name(role: Role | str) -> str:
    names = {
        Role.COUNTER.value: translate("Access", "counter staff"),
        Role.SUPERVISOR.value: translate("Access", "supervisor"),
        Role.ADMIN.value: translate("Access", "administrator"),
    }
    value = role.value if isinstance(role, Role) else str(role)
    return names.get(value, value)


def permission_name(permission: str) -> str:
    """What the permission lets one do, as the end of "may not …"."""
    return {
        Permission.VIEW_CUSTOMERS.value: translate("Access", "see customers"),
        Permission.EDIT_CUSTOMERS.value: translate("Access", "create or change customer cards"),
        Permission.REVEAL_PHONE.value: translate("Access", "see full phone numbers"),
        Permission.REVEAL_ID.value: translate("Access", "see full ID numbers"),
        Permission.PRINT_UNMASKED.value: translate("Access", "print full ID and phone numbers"),
        Permission.EXPORT.value: translate("Access", "export customers"),
        Permission.IMPORT.value: translate("Access", "import customers"),
        Permission.MERGE.value: translate("Access", "merge cards or undo merges"),
        Permission.DELETE_RESTORE.value: translate("Access", "delete or restore cards"),
        Permission.EDIT_SETTINGS.value: translate("Access", "change site settings"),
        Permission.EDIT_SURVEYS.value: translate("Access", "edit surveys and KPI targets"),
        Permission.VIEW_REPORTS.value: translate("Access", "see the reports"),
        Permission.BROWSE_AUDIT.value: translate("Access", "browse the audit trail"),
        Permission.BACKUP.value: translate("Access", "take backups"),
        Permission.RESTORE.value: translate("Access", "restore backups"),
        Permission.MANAGE_STAFF.value: translate("Access", "manage staff accounts"),
    }.get(permission, permission)


def forbidden_text(exc: ServiceError) -> str:
    """The sentence for a ServiceError("forbidden", permission=..., role=...)."""
    return translate("Access", "Your role ({role}) may not {what}. Nothing was changed; ask a "
                     "supervisor or the administrator.").format(
        role=role_name(str(exc.params.get("role", ""))),
        what=permission_name(str(exc.params.get("permission", ""))))  # fmt: skip


def only_for_text(permission: Permission) -> str:
    """A disabled control's tooltip."""
    return translate("Access", "Your role may not {what}.").format(
        what=permission_name(permission.value)
    )


__all__ = ["forbidden_text", "may", "only_for_text", "permission_name", "role_name"]
