"""Settings: interface language now; rules and policies join as their areas arrive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cs_desktop import __version__

from ..i18n import LANGUAGES
from .base import Page

translate = QCoreApplication.translate


class SettingsPage(Page):
    key = "settings"
    language_chosen = Signal(str)

    def __init__(self, database_label: str, site_name: str, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self._language = QComboBox()
        self._language.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self._language.addItem(name, code)  # each language named in itself
        self._language.setCurrentIndex(max(0, self._language.findData(language)))
        self._language.currentIndexChanged.connect(self._language_changed)

        self._ui_box = QGroupBox()
        ui_form = QFormLayout(self._ui_box)
        self._language_label = QLabel()
        self._language_label.setBuddy(self._language)
        ui_form.addRow(self._language_label, self._language)
        self._language_hint = QLabel()
        self._language_hint.setWordWrap(True)
        ui_form.addRow(self._language_hint)

        self._db_box = QGroupBox()
        db_form = QFormLayout(self._db_box)
        self._db_label = QLabel()
        self._db_value = QLabel(database_label)
        self._db_value.setWordWrap(True)
        self._db_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._site_label = QLabel()
        self._site_value = QLabel(site_name)
        self._version_label = QLabel()
        self._version_value = QLabel(__version__)
        db_form.addRow(self._db_label, self._db_value)
        db_form.addRow(self._site_label, self._site_value)
        db_form.addRow(self._version_label, self._version_value)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self._heading)
        layout.addWidget(self._ui_box)
        layout.addWidget(self._db_box)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return translate("SettingsPage", "Settings")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._ui_box.setTitle(translate("SettingsPage", "Interface"))
        self._language_label.setText(translate("SettingsPage", "&Language:"))
        self._language_hint.setText(
            translate("SettingsPage", "The change applies at once and is remembered on this PC.")
        )
        self._db_box.setTitle(translate("SettingsPage", "Database"))
        self._db_label.setText(translate("SettingsPage", "In use:"))
        self._site_label.setText(translate("SettingsPage", "This site:"))
        self._version_label.setText(translate("SettingsPage", "Version:"))

    def set_language(self, code: str) -> None:
        index = self._language.findData(code)
        if index >= 0 and index != self._language.currentIndex():
            self._language.setCurrentIndex(index)

    def _language_changed(self, index: int) -> None:
        self.language_chosen.emit(str(self._language.itemData(index)))
