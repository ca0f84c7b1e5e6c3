"""Interface language: Simplified Chinese by default, English complete.

Source strings are English; zh_CN comes from resources/translations/cs_desktop_zh_CN.qm (built
from the .ts by pyside6-lrelease). Switching installs new translators, and Qt sends every widget a
LanguageChange event, on which each widget re-reads its texts: no restart needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}


class Translations:
    def __init__(self, app: QCoreApplication, translations_dir: Path) -> None:
        self._app = app
        self._dir = translations_dir
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> str:
        """Install the translators for ``language`` (unknown codes fall back to the default)."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed.clear()
        if language != "en":
            ours = QTranslator(self._app)
            if not ours.load(str(self._dir / f"cs_desktop_{language}.qm")):
                raise FileNotFoundError(self._dir / f"cs_desktop_{language}.qm")
            self._installed.append(ours)
            qt = QTranslator(self._app)  # Qt's own dialogs and buttons (OK/Cancel)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt)
        for tr in self._installed:
            self._app.installTranslator(tr)
        QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
        self.language = language
        return language
