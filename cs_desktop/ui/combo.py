"""Finding a combo box item by its Python value.

QComboBox.findData compares wrapped Python objects by identity, so a uuid.UUID read again from
the database (an equal value, another object) is never found. ``index_of`` compares by value.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def index_of(combo: QComboBox, value: object) -> int:
    """The first item whose data equals ``value``; -1 when none does."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1
