"""Tier policies: per tier, its name in the tier table, how often its customers are followed
up, which role handles its complaints and whether care reminders go out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import Role
from cs_desktop.services.changes import Changes
from cs_desktop.services.tiers.policies import (
    MAX_INTERVAL_DAYS,
    MAX_LABEL,
    PolicyEdit,
    PolicyInfo,
    TierPolicyService,
)

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .tier_rule_forms import message_label
from .tier_texts import role_name, service_error_text

translate = QCoreApplication.translate
ROLES: tuple[Role | None, ...] = (None, Role.COUNTER, Role.SUPERVISOR, Role.ADMIN)


class PolicyRow:
    """The widgets of one tier's policy."""

    def __init__(self, policy: PolicyInfo) -> None:
        self.tier = policy.tier
        self.code = QLabel(policy.tier)
        self.label = QLineEdit(policy.label)
        self.label.setMaxLength(MAX_LABEL)
        self.interval = QSpinBox()
        self.interval.setRange(0, MAX_INTERVAL_DAYS)  # 0 shows as "none"
        self.interval.setValue(policy.followup_interval_days or 0)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem("", role.value if role else None)
        self.role.setCurrentIndex(ROLES.index(policy.complaint_role))
        self.care = QCheckBox()
        self.care.setChecked(policy.care_reminders)

    def retranslate(self) -> None:
        self.interval.setSpecialValueText(translate("TierPoliciesDialog", "None"))
        self.interval.setSuffix(translate("TierPoliciesDialog", " days"))
        for index, role in enumerate(ROLES):
            self.role.setItemText(index, role_name(role))
        self.care.setText(translate("TierPoliciesDialog", "Send"))

    def edit(self) -> PolicyEdit:
        days = self.interval.value() or None
        data = self.role.currentData()
        return PolicyEdit(self.tier, self.label.text(), days, Role(data) if data else None,
                          self.care.isChecked())  # fmt: skip


class TierPoliciesDialog(QDialog):
    def __init__(self, policies: TierPolicyService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("tierPoliciesDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._policies, self._runner = policies, runner
        self.rows: list[PolicyRow] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.grid = QGridLayout()
        self.headers = [QLabel() for _ in range(5)]
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(1, 1)
        self.empty = QLabel()
        self.message = message_label()
        self.message.setObjectName("policyMessage")
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePoliciesButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(720, 320)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("TierPoliciesDialog", "Tier service policies"))
        self.note.setText(translate(
            "TierPoliciesDialog", "How each tier is served. Follow-ups and complaints read "
            "these settings; a tier appears here when a rule first gives it."))  # fmt: skip
        titles = (translate("TierPoliciesDialog", "Tier"), translate("TierPoliciesDialog", "Name"),
                  translate("TierPoliciesDialog", "Follow up every"),
                  translate("TierPoliciesDialog", "Complaints handled by"),
                  translate("TierPoliciesDialog", "Care reminders"))  # fmt: skip
        for header, title in zip(self.headers, titles, strict=True):
            header.setText(title)
        self.empty.setText(translate(
            "TierPoliciesDialog", "No tiers yet: choose a rule under Rules… first."))  # fmt: skip
        self.save_button.setText(translate("TierPoliciesDialog", "Save"))
        self.cancel_button.setText(translate("TierPoliciesDialog", "Cancel"))
        for row in self.rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        policies = self._policies

        def work(_ctx: TaskContext) -> list[PolicyInfo]:
            return policies.policies()

        self._runner.read(work, self.show_policies)

    def show_policies(self, policies: list[PolicyInfo]) -> None:
        for row in self.rows:
            for widget in (row.code, row.label, row.interval, row.role, row.care):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = [PolicyRow(p) for p in policies]
        for index, row in enumerate(self.rows, start=1):
            for column, widget in enumerate((row.code, row.label, row.interval, row.role,
                                             row.care)):  # fmt: skip
                self.grid.addWidget(widget, index, column)
            row.retranslate()
        self.empty.setVisible(not self.rows)
        self.save_button.setEnabled(bool(self.rows))
        self.message.hide()

    def save(self) -> None:
        edits = [row.edit() for row in self.rows]
        policies = self._policies
        self.save_button.setEnabled(False)

        def work(_ctx: TaskContext) -> Changes:
            policies.save(edits)
            return Changes.of("tier_policies")

        def done(_changes: Changes) -> None:
            self.save_button.setEnabled(True)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            text = service_error_text(exc)
            if text is None:
                self._runner.task_failed.emit(exc)
                return
            self.message.setText(text)
            self.message.show()
            tier = getattr(exc, "params", {}).get("tier")
            row = next((r for r in self.rows if r.tier == tier), None)
            if row is not None and getattr(exc, "field", None) == "label":
                row.label.setFocus()

        self._runner.write(work, done, failed)
