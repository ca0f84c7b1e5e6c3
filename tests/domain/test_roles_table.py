"""The README's table of what each role may do is the permission table the services check."""

from __future__ import annotations

from pathlib import Path

from cs_desktop.domain.enums import Role
from cs_desktop.domain.roles import PERMISSIONS, Permission, allowed

README = Path(__file__).resolve().parents[2] / "README.md"
ROWS = {  # the README row (its first words) -> the permissions it stands for
    "see customers": {Permission.VIEW_CUSTOMERS, Permission.EDIT_CUSTOMERS},
    "show one customer's full phone": {Permission.REVEAL_PHONE},
    "show one customer's full ID": {Permission.REVEAL_ID},
    "print forms with full": {Permission.PRINT_UNMASKED},
    "export customers": {Permission.EXPORT, Permission.IMPORT},
    "merge duplicate cards": {Permission.MERGE},
    "delete cards": {Permission.DELETE_RESTORE},
    "browse and verify": {Permission.BROWSE_AUDIT},
    "exchange sync packages": {Permission.SYNC_REVIEW},
    "take a backup": {Permission.BACKUP},
    "restore a backup": {Permission.RESTORE},
    "see the Reports page": {Permission.VIEW_REPORTS},
    "edit survey definitions": {Permission.EDIT_SURVEYS},
    "edit site settings": {Permission.EDIT_SETTINGS},
    "manage staff": {Permission.MANAGE_STAFF},
}


def test_readme_table_matches_the_permissions() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("| may | counter staff | supervisor | administrator |")
    seen = set()
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        key = next(k for k in ROWS if cells[0].startswith(k))
        for role, cell in zip((Role.COUNTER, Role.SUPERVISOR, Role.ADMIN), cells[1:], strict=True):
            for permission in ROWS[key]:
                assert allowed(role, permission) is (cell == "✓"), (cells[0], role)
        seen |= ROWS[key]
    assert seen == set(Permission)


def test_each_role_has_what_the_one_below_has() -> None:
    assert PERMISSIONS[Role.COUNTER] < PERMISSIONS[Role.SUPERVISOR] < PERMISSIONS[Role.ADMIN]
    assert not allowed("cleaner", Permission.VIEW_CUSTOMERS)  # a role unknown here may do nothing
