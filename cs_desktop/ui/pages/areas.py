"""Shared helpers for area pages."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int) -> str:
    """A count in the user's locale (1,234,567)."""
    return QLocale().toString(value)
