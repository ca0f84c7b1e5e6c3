"""Per-user preferences on this PC (QSettings): language, window geometry, last page.

Site-wide policies live in the database (AppSetting), not here.
"""

from __future__ import annotations

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
