"""Packages written by an older schema are converted row by row on the way in.

Each entry of ``CONVERTERS`` turns a row written at one schema revision into the form of the
next one (keyed by the revision it converts *from*); a migration that changes a synced column
adds one here. Between converters, columns a package lacks take their defaults (a column added
later) and carry the row's birth stamp, which the merge treats as the oldest possible change.
A package from a schema this program does not know (a newer version) is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cs_desktop.services.errors import ServiceError
from cs_desktop.storage import migrate

Row = dict[str, Any]
Converter = Callable[[str, Row], Row]


# No synced column has changed since packages exist (0010), so no entry yet; the first
# migration that renames or reshapes a synced column registers its converter here.
CONVERTERS: dict[str, Converter] = {}


def revisions_in_order() -> list[str]:
    """Known schema revisions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def plan(package_schema: str, current: str) -> list[Converter]:
    """The converters taking a row from ``package_schema`` to ``current``."""
    order = revisions_in_order()
    if package_schema not in order:
        raise ServiceError("package_schema_newer", schema=package_schema)
    start, end = order.index(package_schema), order.index(current)
    if start > end:
        raise ServiceError("package_schema_newer", schema=package_schema)
    return [CONVERTERS[r] for r in order[start:end] if r in CONVERTERS]


def apply(converters: list[Converter], table: str, row: Row) -> Row:
    for convert in converters:
        row = convert(table, row)
    return row
