"""Per-user preferences on this PC (QSettings): language, window geometry, last page.

Site-wide policies live in the database (AppSetting), not here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings

from .i18n import DEFAULT_LANGUAGE


class Prefs:
    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    @property
    def language(self) -> str:
        return str(self._s.value("ui/language", DEFAULT_LANGUAGE))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)
        self._s.sync()

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._s.value("window/geometry")
        state = self._s.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.sync()

    @property
    def last_page(self) -> str:
        return str(self._s.value("window/page", ""))

    @last_page.setter
    def last_page(self, key: str) -> None:
        self._s.setValue("window/page", key)

    # --- follow-ups: the last day this PC showed the due list (what fell due while closed) ---
    @property
    def followups_seen(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(str(self._s.value("followups/seen", "")))
        except ValueError:
            return None

    @followups_seen.setter
    def followups_seen(self, day: dt.date) -> None:
        self._s.setValue("followups/seen", day.isoformat())
        self._s.sync()

    # --- customer import: the mapping chosen for a set of columns, and the last choices -------
    @staticmethod
    def _columns_key(headers: Sequence[str]) -> str:
        digest = hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
        return f"import/mapping/{digest}"

    def import_mapping(self, headers: Sequence[str]) -> dict[str, str] | None:
        """The mapping last used for a file with exactly these column headers."""
        raw = self._s.value(self._columns_key(headers))
        try:
            value = json.loads(str(raw)) if raw else None
        except ValueError:
            return None
        if not isinstance(value, dict):
            return None
        return {str(k): str(v) for k, v in value.items()}

    def save_import_mapping(self, headers: Sequence[str], mapping: dict[str, str]) -> None:
        self._s.setValue(self._columns_key(headers), json.dumps(mapping, ensure_ascii=False))
        self._s.sync()

    def import_choices(self) -> tuple[str, str, str]:
        """(folder of the last file, match key, what happens to matches)."""
        return (str(self._s.value("import/folder", "")), str(self._s.value("import/match", "id")),
                str(self._s.value("import/on_match", "skip")))  # fmt: skip

    def save_import_choices(self, folder: str, match: str, on_match: str) -> None:
        self._s.setValue("import/folder", folder)
        self._s.setValue("import/match", match)
        self._s.setValue("import/on_match", on_match)
