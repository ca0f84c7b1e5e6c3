"""Sentences for the codes that services and storage raise (they speak codes, DESIGN.md rule 9)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def schema_error(code: str, detail: str) -> str:
    if code == "db_too_new":
        return translate("Messages", "This database was written by a newer version of the "
                         "program (schema {revision}). Install that version or newer to open it. "
                         "The file was not changed.").format(revision=detail)  # fmt: skip
    if code == "db_foreign":
        return translate("Messages", "This file is a database of another program, not of the "
                         "customer service desk. It was not changed.")  # fmt: skip
    if code == "not_a_database":
        return translate("Messages", "This file is not a database, or it is damaged. "
                         "It was not changed.")  # fmt: skip
    if code == "db_network_share":
        return translate("Messages", "The database is on a network share, where it cannot be "
                         "locked safely. Keep it on this PC's disk, or ask the administrator "
                         "for a database server.")  # fmt: skip
    return translate("Messages", "The database cannot be opened: {detail}").format(
        detail=detail or code
    )
