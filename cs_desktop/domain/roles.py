"""Who may see and do what: the permission table of the three staff roles (DOMAIN.md
section 8).

The table is data, so the README's table, the services' checks (``services.accounts.Actor``)
and the tests read the same thing.
"""

from __future__ import annotations

from enum import StrEnum

from .enums import Role


class Permission(StrEnum):
    VIEW_CUSTOMERS = "view_customers"  # lists and cards, ID and phone numbers masked
    EDIT_CUSTOMERS = "edit_customers"  # create and change cards, visits, complaints
    REVEAL_PHONE = "reveal_phone"  # show one customer's full phone number (audited)
    REVEAL_ID = "reveal_id"  # show one customer's full ID number (audited)
    PRINT_UNMASKED = "print_unmasked"  # print forms with full ID and phone numbers
    EXPORT = "export"  # export customers to a spreadsheet
    IMPORT = "import"  # import customers from a spreadsheet
    MERGE = "merge"  # merge duplicate cards and undo merges
    DELETE_RESTORE = "delete_restore"  # delete cards and restore deleted ones
    EDIT_SURVEYS = "edit_surveys"  # survey definitions and KPI targets
    EDIT_SETTINGS = "edit_settings"  # site settings: tier rules, complaint rules, backups
    BROWSE_AUDIT = "browse_audit"  # browse and verify the audit trail
    SYNC_REVIEW = "sync_review"  # export and import sync packages, review sync conflicts
    BACKUP = "backup"  # take a backup now
    RESTORE = "restore"  # restore a backup over the current data
    MANAGE_STAFF = "manage_staff"  # create, deactivate staff, reset passwords, change roles


_COUNTER = frozenset({
    Permission.VIEW_CUSTOMERS, Permission.EDIT_CUSTOMERS, Permission.REVEAL_PHONE,
})  # fmt: skip
_SUPERVISOR = _COUNTER | {
    Permission.REVEAL_ID, Permission.PRINT_UNMASKED, Permission.EXPORT, Permission.IMPORT,
    Permission.MERGE, Permission.DELETE_RESTORE, Permission.BROWSE_AUDIT, Permission.BACKUP,
    Permission.SYNC_REVIEW, Permission.EDIT_SURVEYS,
}  # fmt: skip
_ADMIN = frozenset(Permission)

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COUNTER: _COUNTER,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: _ADMIN,
}


def allowed(role: Role | str, permission: Permission) -> bool:
    try:
        return permission in PERMISSIONS[Role(role)]
    except ValueError:  # a role this version does not know (a newer site's sync) may do nothing
        return False


__all__ = ["PERMISSIONS", "Permission", "allowed"]
