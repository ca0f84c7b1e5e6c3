"""Dialogs of the desktop app; each has a symmetric load(dto) / card-or-save() -> dto."""

from .customer_card import CustomerCardDialog

__all__ = ["CustomerCardDialog"]
