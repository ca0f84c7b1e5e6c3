"""Set a customer's tier by hand: a tier from the policies, a reason (required) and optionally
a last day, after which the rule's tier comes back. An override in force can be cleared."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.changes import Changes
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.tiers.overrides import MAX_REASON, OverrideState, TierOverrideService
from cs_desktop.services.tiers.policies import PolicyInfo, TierPolicyService

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .tier_rule_forms import message_label
from .tier_texts import service_error_text

translate = QCoreApplication.translate
# What setting or clearing an override writes, for the Changes broadcast.
OVERRIDE_TABLES = ("customers", "tier_history")


@dataclass(frozen=True)
class _Loaded:
    state: OverrideState
    policies: list[PolicyInfo]


class TierOverrideDialog(QDialog):
    def __init__(self, overrides: TierOverrideService, policies: TierPolicyService,
                 runner: TaskRunner | SyncTaskRunner, customer_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("tierOverrideDialog")
        self._overrides, self._policies, self._runner = overrides, policies, runner
        self._customer_id = customer_id
        self.state: OverrideState | None = None
        self._labels: dict[str, str] = {}

        self.current = QLabel()
        self.current.setObjectName("overrideCurrent")
        self.current.setWordWrap(True)
        self.tier = QComboBox()
        self.tier.setObjectName("overrideTier")
        self.tier_label = QLabel()
        self.tier_label.setBuddy(self.tier)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.reason_message = message_label()
        self.has_until = QCheckBox()
        self.has_until.setObjectName("overrideHasUntil")
        self.until = QDateEdit()
        self.until.setObjectName("overrideUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        self.until_message = message_label()
        self.message = message_label()
        self.message.setObjectName("overrideMessage")
        until_row = QHBoxLayout()
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tier_label, self.tier)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.reason_message)
        form.addRow(until_row)
        form.addRow(self.until_message)

        self.set_button = QPushButton()
        self.set_button.setObjectName("setOverrideButton")
        self.set_button.setDefault(True)
        self.set_button.clicked.connect(self.set_override)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearOverrideButton")
        self.clear_button.clicked.connect(self.clear_override)
        self.clear_button.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.set_button.setEnabled(False)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("TierOverrideDialog", "Set tier"))
        self.tier_label.setText(translate("TierOverrideDialog", "&Tier:"))
        self.reason_label.setText(translate("TierOverrideDialog", "&Reason:"))
        self.reason.setPlaceholderText(translate(
            "TierOverrideDialog", "Why this customer gets this tier (required)"))  # fmt: skip
        self.has_until.setText(translate("TierOverrideDialog", "&Until (last day):"))
        self.has_until.setToolTip(translate(
            "TierOverrideDialog", "After this day the rule's tier applies again; without it, "
            "the tier stays until cleared"))  # fmt: skip
        self.set_button.setText(translate("TierOverrideDialog", "Set tier"))
        self.clear_button.setText(translate("TierOverrideDialog", "Clear override"))
        self.clear_button.setToolTip(translate(
            "TierOverrideDialog", "Back to the tier the rule gives"))  # fmt: skip
        self.cancel_button.setText(translate("TierOverrideDialog", "Cancel"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        overrides, policies, customer_id = self._overrides, self._policies, self._customer_id

        def work(_ctx: TaskContext) -> _Loaded:
            return _Loaded(overrides.state(customer_id), policies.policies())

        self._runner.read(work, self._loaded, self._failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self.state = loaded.state
        self._labels = {p.tier: p.label for p in loaded.policies}
        self.tier.clear()
        for policy in loaded.policies:
            text = (
                policy.label if policy.tier in policy.label else f"{policy.label} ({policy.tier})"
            )
            self.tier.addItem(text, policy.tier)
        state = loaded.state
        chosen = state.override_tier or state.tier
        if chosen is not None and self.tier.findData(chosen) >= 0:
            self.tier.setCurrentIndex(self.tier.findData(chosen))
        self.reason.setText(state.reason)
        today = dt.date.today()
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        until = state.until or today + dt.timedelta(days=90)
        self.until.setDate(QDate(until.year, until.month, until.day))
        self.has_until.setChecked(state.until is not None)
        self.clear_button.setVisible(state.override_tier is not None)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)  # the tier is usually chosen
        self.set_button.setEnabled(bool(loaded.policies))
        if not loaded.policies:
            self.message.setText(translate(
                "TierOverrideDialog", "No tiers yet: an administrator chooses a tier rule "
                "first (Tiers > Rules…)."))  # fmt: skip
            self.message.show()
        self._show_state()

    def _name(self, tier: str | None) -> str:
        if tier is None:
            return translate("TierOverrideDialog", "none")
        return self._labels.get(tier, tier)

    def _show_state(self) -> None:
        state = self.state
        if state is None:
            self.current.setText(translate("TierOverrideDialog", "Reading the card…"))
            return
        self.setWindowTitle(translate("TierOverrideDialog", "Set tier — {name}")
                            .format(name=state.name))  # fmt: skip
        lines = [translate("TierOverrideDialog", "Tier now: {tier}; by the rule: {rule}.")
                 .format(tier=self._name(state.tier), rule=self._name(state.rule_tier))]  # fmt: skip
        if state.override_tier is not None:
            if state.until is None:
                lines.append(translate("TierOverrideDialog", "Set by hand: {tier}, until cleared.")
                             .format(tier=self._name(state.override_tier)))  # fmt: skip
            else:
                lines.append(translate("TierOverrideDialog", "Set by hand: {tier}, until {day}.")
                             .format(tier=self._name(state.override_tier),
                                     day=state.until.isoformat()))  # fmt: skip
        self.current.setText("\n".join(lines))

    # --- writing ----------------------------------------------------------------------------
    def until_day(self) -> dt.date | None:
        if not self.has_until.isChecked():
            return None
        d = self.until.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_override(self) -> None:
        tier = self.tier.currentData()
        if tier is None:
            return
        overrides, customer_id = self._overrides, self._customer_id
        reason, until = self.reason.text(), self.until_day()

        def work(_ctx: TaskContext) -> Changes:
            overrides.set_override(customer_id, str(tier), reason, until)
            return Changes.of(*OVERRIDE_TABLES)

        self._write(work)

    def clear_override(self) -> None:
        overrides, customer_id, reason = self._overrides, self._customer_id, self.reason.text()

        def work(_ctx: TaskContext) -> Changes:
            overrides.clear_override(customer_id, reason)
            return Changes.of(*OVERRIDE_TABLES)

        self._write(work)

    def _write(self, work: object) -> None:
        for label in (self.reason_message, self.until_message, self.message):
            label.hide()
        self.set_button.setEnabled(False)
        self.clear_button.setEnabled(False)

        def done(_changes: Changes) -> None:
            self.accept()

        def failed(exc: BaseException) -> None:
            self.set_button.setEnabled(True)
            self.clear_button.setEnabled(True)
            self._failed(exc)

        self._runner.write(work, done, failed)  # type: ignore[arg-type]

    def _failed(self, exc: BaseException) -> None:
        text = service_error_text(exc)
        if text is None:
            self._runner.task_failed.emit(exc)
            return
        field = exc.field if isinstance(exc, ServiceError) else None
        label = {"reason": self.reason_message, "until": self.until_message}.get(
            field or "", self.message
        )
        label.setText(text)
        label.show()
        if field == "reason":
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
