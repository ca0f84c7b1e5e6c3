"""Typed errors the UI and the command line translate into a sentence (services speak codes)."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """``code`` names the reason; ``field`` the input at fault, if any; ``params`` fill the
    translated sentence's named placeholders."""

    def __init__(self, code: str, *, field: str | None = None, **params: Any) -> None:
        super().__init__(code if field is None else f"{field}: {code}")
        self.code = code
        self.field = field
        self.params = params
