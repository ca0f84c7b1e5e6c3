"""Settings: interface language now; rules and policies join as their areas arrive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
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
    tier_rules_requested = Signal()
    tier_policies_requested = Signal()
    tier_max_age_chosen = Signal(int)  # days; 0: no recompute at start-up
    complaint_rules_requested = Signal()
    followup_rules_requested = Signal()

    print_forms_requested = Signal()

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

        # Tier rules and policies: the same dialogs as on the Tiers page.
        self._tiers_box = QGroupBox()
        tiers_layout = QVBoxLayout(self._tiers_box)
        self._tiers_hint = QLabel()
        self._tiers_hint.setWordWrap(True)
        self.tier_rules_button = QPushButton()
        self.tier_rules_button.clicked.connect(self.tier_rules_requested.emit)
        self.tier_policies_button = QPushButton()
        self.tier_policies_button.clicked.connect(self.tier_policies_requested.emit)
        tier_buttons = QHBoxLayout()
        tier_buttons.addWidget(self.tier_rules_button)
        tier_buttons.addWidget(self.tier_policies_button)
        tier_buttons.addStretch(1)
        self.tier_max_age = QSpinBox()
        self.tier_max_age.setObjectName("tierMaxAge")
        self.tier_max_age.setRange(0, 365)
        self.tier_max_age.setEnabled(False)  # until the site's value has been read
        self.tier_max_age.editingFinished.connect(
            lambda: self.tier_max_age_chosen.emit(self.tier_max_age.value())
        )
        self._tier_age_label = QLabel()
        self._tier_age_label.setBuddy(self.tier_max_age)
        self._tier_age_label.setWordWrap(True)
        age_row = QHBoxLayout()
        age_row.addWidget(self._tier_age_label, 1)
        age_row.addWidget(self.tier_max_age)
        tiers_layout.addWidget(self._tiers_hint)
        tiers_layout.addLayout(tier_buttons)
        tiers_layout.addLayout(age_row)

        # Complaints: time limits, severities, categories, hours and the work calendar.
        self._complaints_box = QGroupBox()
        complaints_layout = QVBoxLayout(self._complaints_box)
        self._complaints_hint = QLabel()
        self._complaints_hint.setWordWrap(True)
        self.complaint_rules_button = QPushButton()
        self.complaint_rules_button.setObjectName("complaintRulesButton")
        self.complaint_rules_button.clicked.connect(self.complaint_rules_requested.emit)
        complaint_buttons = QHBoxLayout()
        complaint_buttons.addWidget(self.complaint_rules_button)
        complaint_buttons.addStretch(1)
        complaints_layout.addWidget(self._complaints_hint)
        complaints_layout.addLayout(complaint_buttons)

        # Follow-ups: visit purposes, retries, days after complaints and visits, care calls.
        self._followups_box = QGroupBox()
        followups_layout = QVBoxLayout(self._followups_box)
        self._followups_hint = QLabel()
        self._followups_hint.setWordWrap(True)
        self.followup_rules_button = QPushButton()
        self.followup_rules_button.setObjectName("followupRulesButton")
        self.followup_rules_button.clicked.connect(self.followup_rules_requested.emit)
        followup_buttons = QHBoxLayout()
        followup_buttons.addWidget(self.followup_rules_button)
        followup_buttons.addStretch(1)
        followups_layout.addWidget(self._followups_hint)
        followups_layout.addLayout(followup_buttons)

        # Printed forms: each form's title, header and footer text and logo.
        self._forms_box = QGroupBox()
        forms_layout = QVBoxLayout(self._forms_box)
        self._forms_hint = QLabel()
        self._forms_hint.setWordWrap(True)
        self.print_forms_button = QPushButton()
        self.print_forms_button.setObjectName("printFormsButton")
        self.print_forms_button.clicked.connect(self.print_forms_requested.emit)
        forms_buttons = QHBoxLayout()
        forms_buttons.addWidget(self.print_forms_button)
        forms_buttons.addStretch(1)
        forms_layout.addWidget(self._forms_hint)
        forms_layout.addLayout(forms_buttons)

        # The boxes scroll: the page must not force the window taller than a small screen.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self._heading)
        layout.addWidget(self._ui_box)
        layout.addWidget(self._tiers_box)
        layout.addWidget(self._complaints_box)
        layout.addWidget(self._followups_box)

        layout.addWidget(self._forms_box)
        layout.addWidget(self._db_box)
        layout.addStretch(1)
        self.retranslate()

    def add_box(self, box: QWidget) -> None:
        """Another area's settings, shown above the database box."""
        parent = self._db_box.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(self._db_box), box)

    def title(self) -> str:
        return translate("SettingsPage", "Settings")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._ui_box.setTitle(translate("SettingsPage", "Interface"))
        self._language_label.setText(translate("SettingsPage", "&Language:"))
        self._language_hint.setText(
            translate("SettingsPage", "The change applies at once and is remembered on this PC.")
        )
        self._tiers_box.setTitle(translate("SettingsPage", "Customer tiers"))
        self._tiers_hint.setText(translate(
            "SettingsPage", "The rule that classifies customers, and how each tier is served."))  # fmt: skip
        self.tier_rules_button.setText(translate("SettingsPage", "Tier rules…"))
        self.tier_policies_button.setText(translate("SettingsPage", "Tier service policies…"))
        self._tier_age_label.setText(translate(
            "SettingsPage", "At start-up, recompute every customer's tier when the last run is "
            "older than (days; 0: only on demand):"))  # fmt: skip
        self.tier_max_age.setSuffix(translate("SettingsPage", " days"))
        self._complaints_box.setTitle(translate("SettingsPage", "Complaints"))
        self._complaints_hint.setText(translate(
            "SettingsPage", "Time limits, severity levels, categories, working hours and the "
            "holiday calendar that complaint deadlines are counted in."))  # fmt: skip
        self.complaint_rules_button.setText(translate("SettingsPage", "Complaint rules…"))
        self._followups_box.setTitle(translate("SettingsPage", "Visits and follow-ups"))
        self._followups_hint.setText(translate(
            "SettingsPage", "Visit purposes, when an unreachable customer is called again, "
            "follow-ups after complaints and visits, birthday and holiday care."))  # fmt: skip
        self.followup_rules_button.setText(translate("SettingsPage", "Follow-up settings…"))

        self._forms_box.setTitle(translate("SettingsPage", "Printed forms"))
        self._forms_hint.setText(translate(
            "SettingsPage", "Each form's title, header and footer text and logo, as this site "
            "prints them."))  # fmt: skip
        self.print_forms_button.setText(translate("SettingsPage", "Printed forms…"))
        self._db_box.setTitle(translate("SettingsPage", "Database"))
        self._db_label.setText(translate("SettingsPage", "In use:"))
        self._site_label.setText(translate("SettingsPage", "This site:"))
        self._version_label.setText(translate("SettingsPage", "Version:"))

    def set_tier_max_age(self, days: int) -> None:
        self.tier_max_age.blockSignals(True)
        self.tier_max_age.setValue(days)
        self.tier_max_age.blockSignals(False)
        self.tier_max_age.setEnabled(True)

    def set_language(self, code: str) -> None:
        index = self._language.findData(code)
        if index >= 0 and index != self._language.currentIndex():
            self._language.setCurrentIndex(index)

    def _language_changed(self, index: int) -> None:
        self.language_chosen.emit(str(self._language.itemData(index)))
