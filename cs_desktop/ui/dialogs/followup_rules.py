"""Settings > Follow-ups (回访设置): the visit purposes offered at the counter, when a follow-up
that could not reach the customer comes back and after how many attempts it is given up, the
days after a closed complaint or a visit, birthday and holiday care, and whether care calls
need a recorded consent.

``show_rules(rules)`` fills the form, ``rules()`` reads it back; Save hands it to
FollowupSettings.save on the writer and shows a refusal naming the field.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.changes import Changes
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.settings import MAX_DAYS, FollowupRules, FollowupSettings

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .followup_texts import refusal
from .tier_rule_forms import message_label

translate = QCoreApplication.translate


class FollowupRulesDialog(QDialog):
    def __init__(self, settings: FollowupSettings, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("followupRulesDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._settings, self._runner = settings, runner
        self._loaded = FollowupRules()

        self.purposes_box = QGroupBox()
        self.purposes = QListWidget()
        self.purposes.setObjectName("purposeList")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_purpose)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self._rename_purpose)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_purpose)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self._move(-1))
        purpose_buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button, self.up_button):
            purpose_buttons.addWidget(button)
        purpose_buttons.addStretch(1)
        purpose_layout = QHBoxLayout(self.purposes_box)
        purpose_layout.addWidget(self.purposes, 1)
        purpose_layout.addLayout(purpose_buttons)

        self.calls_box = QGroupBox()
        self.retry_days = self._spin("retryDays", 1, MAX_DAYS)
        self.max_attempts = self._spin("maxAttempts", 0, 20)
        self.complaint_days = self._spin("complaintDays", 0, MAX_DAYS)
        self.visit_days = self._spin("visitDays", 0, MAX_DAYS)
        self.birthday_care = QCheckBox()
        self.holiday_care = QCheckBox()
        self.care_needs_consent = QCheckBox()
        self.care_needs_consent.setObjectName("careNeedsConsent")
        self._labels = [QLabel() for _ in range(4)]
        calls = QFormLayout(self.calls_box)
        calls.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, widget in zip(self._labels, (self.retry_days, self.max_attempts,
                                                self.complaint_days, self.visit_days),
                                 strict=True):  # fmt: skip
            label.setBuddy(widget)
            calls.addRow(label, widget)
        for box in (self.birthday_care, self.holiday_care, self.care_needs_consent):
            calls.addRow(box)

        self.message = message_label()
        self.message.setObjectName("followupRulesMessage")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveFollowupRulesButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purposes_box, 1)
        layout.addWidget(self.calls_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 560)
        self.retranslate()
        self.load()

    @staticmethod
    def _spin(name: str, low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(low, high)
        box.setMinimumWidth(90)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FollowupRulesDialog", "Follow-up settings"))
        self.purposes_box.setTitle(translate("FollowupRulesDialog", "Visit purposes offered "
                                             "at the counter"))  # fmt: skip
        self.add_button.setText(translate("FollowupRulesDialog", "&Add"))
        self.rename_button.setText(translate("FollowupRulesDialog", "Re&name"))
        self.remove_button.setText(translate("FollowupRulesDialog", "Re&move"))
        self.up_button.setText(translate("FollowupRulesDialog", "Move &up"))
        self.calls_box.setTitle(translate("FollowupRulesDialog", "Follow-up calls"))
        for label, text in zip(self._labels, (
            translate("FollowupRulesDialog", "Could not reach: try again after (days):"),
            translate("FollowupRulesDialog", "Give up after this many attempts (0: never):"),
            translate("FollowupRulesDialog", "Follow up a closed complaint after (days):"),
            translate("FollowupRulesDialog", "Follow up a visit's next step after (days):"),
        ), strict=True):  # fmt: skip
            label.setText(text)
        self.birthday_care.setText(translate("FollowupRulesDialog", "&Birthday care calls "
                                             "(solar or lunar, as the card says)"))  # fmt: skip
        self.holiday_care.setText(translate("FollowupRulesDialog", "&Holiday care calls (the "
                                            "holidays of the work calendar)"))  # fmt: skip
        self.care_needs_consent.setText(translate(
            "FollowupRulesDialog", "Care and routine calls only to customers who &agreed to be "
            "called"))  # fmt: skip
        self.save_button.setText(translate("FollowupRulesDialog", "&Save"))
        self.cancel_button.setText(translate("FollowupRulesDialog", "Cancel"))

    # --- load / read back ---------------------------------------------------------------------
    def load(self) -> None:
        settings = self._settings

        def work(_ctx: TaskContext) -> FollowupRules:
            return settings.rules()

        self._runner.read(work, self.show_rules)

    def show_rules(self, rules: FollowupRules) -> None:
        self._loaded = rules
        self.purposes.clear()
        for name in rules.purposes:
            self._purpose_item(name)
        self.retry_days.setValue(rules.retry_days)
        self.max_attempts.setValue(rules.max_attempts)
        self.complaint_days.setValue(rules.complaint_days)
        self.visit_days.setValue(rules.visit_days)
        self.birthday_care.setChecked(rules.birthday_care)
        self.holiday_care.setChecked(rules.holiday_care)
        self.care_needs_consent.setChecked(rules.care_needs_consent)
        self.message.hide()

    def rules(self) -> FollowupRules:
        purposes = tuple(self.purposes.item(i).text() for i in range(self.purposes.count()))
        return replace(self._loaded, purposes=purposes, retry_days=self.retry_days.value(),
                       max_attempts=self.max_attempts.value(),
                       complaint_days=self.complaint_days.value(),
                       visit_days=self.visit_days.value(),
                       birthday_care=self.birthday_care.isChecked(),
                       holiday_care=self.holiday_care.isChecked(),
                       care_needs_consent=self.care_needs_consent.isChecked())  # fmt: skip

    # --- purposes -------------------------------------------------------------------------------
    def _purpose_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.purposes.addItem(item)
        return item

    def _add_purpose(self) -> None:
        item = self._purpose_item(translate("FollowupRulesDialog", "New purpose"))
        self.purposes.setCurrentItem(item)
        self.purposes.editItem(item)

    def _rename_purpose(self) -> None:
        item = self.purposes.currentItem()
        if item is not None:
            self.purposes.editItem(item)

    def _remove_purpose(self) -> None:
        row = self.purposes.currentRow()
        if row >= 0:
            self.purposes.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.purposes.currentRow()
        if 0 <= row + step < self.purposes.count() and row >= 0:
            item = self.purposes.takeItem(row)
            self.purposes.insertItem(row + step, item)
            self.purposes.setCurrentRow(row + step)

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        self.message.hide()
        rules, settings = self.rules(), self._settings
        self.save_button.setEnabled(False)

        def work(_ctx: TaskContext) -> Changes:
            settings.save(rules)
            return Changes.of("app_settings")

        def done(_changes: Changes) -> None:
            self.save_button.setEnabled(True)
            self._loaded = rules
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if not isinstance(exc, ServiceError):
                self._runner.task_failed.emit(exc)
                return
            self.message.setText(refusal(exc))
            self.message.show()
            widget = {"purposes": self.purposes, "retry_days": self.retry_days,
                      "max_attempts": self.max_attempts, "complaint_days": self.complaint_days,
                      "visit_days": self.visit_days}.get(exc.field or "")  # fmt: skip
            if widget is not None:
                widget.setFocus()

        self._runner.write(work, done, failed)
