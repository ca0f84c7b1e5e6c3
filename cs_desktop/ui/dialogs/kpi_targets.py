"""The site's KPI targets, edited in the units people think in: percent, minutes, hours,
points. Saving goes through the service (supervisors and administrators); a refusal names the
figure and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.kpis import Direction, Kpi, Target
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.kpis import KPIS, KpiTargets
from cs_desktop.services.kpis.targets import LIMITS

from ..access import forbidden_text
from ..pages.report_texts import kpi_name

translate = QCoreApplication.translate

# (factor from the stored unit to the shown one, decimals, suffix source)
_UNITS: dict[Kpi, tuple[float, int, str]] = {
    Kpi.SATISFACTION: (1, 2, ""), Kpi.CSS: (1, 2, ""), Kpi.NPS: (1, 0, ""),
    Kpi.CSAT: (100, 1, "%"), Kpi.FIRST_CONTACT_RESOLUTION: (100, 1, "%"),
    Kpi.FOLLOWUP_COMPLETION: (100, 1, "%"), Kpi.COMPLAINT_RATE: (100, 2, "%"),
    Kpi.FIRST_RESPONSE: (1 / 60, 0, "min"), Kpi.RESOLUTION: (1 / 3600, 1, "h"),
}  # fmt: skip


class KpiTargetsDialog(QDialog):
    def __init__(self, service: KpiTargets, targets: dict[Kpi, Target],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kpiTargets")
        self.setWindowTitle(translate("KpiTargets", "KPI targets"))
        self._service = service
        self.saved: dict[Kpi, Target] | None = None
        self.boxes: dict[Kpi, QDoubleSpinBox] = {}
        form = QFormLayout()
        for kpi in KPIS:
            factor, places, unit = _UNITS[kpi]
            box = QDoubleSpinBox()
            box.setObjectName(f"target_{kpi.value}")
            low, high = LIMITS[kpi]
            box.setDecimals(places)
            box.setRange(low * factor, high * factor)
            box.setValue(targets[kpi].value * factor)
            prefix = "≥ " if targets[kpi].direction is Direction.HIGHER else "≤ "
            box.setPrefix(prefix)
            if unit == "min":
                box.setSuffix(translate("KpiTargets", " min"))
            elif unit == "h":
                box.setSuffix(translate("KpiTargets", " h"))
            elif unit:
                box.setSuffix(unit)
            self.boxes[kpi] = box
            form.addRow(kpi_name(kpi), box)
        self.message = QLabel()
        self.message.setObjectName("targetsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.reset_button = QPushButton(translate("KpiTargets", "Back to the defaults"))
        self.reset_button.setObjectName("resetTargets")
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self.reset)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        note = QLabel(translate("KpiTargets", "The defaults come from the service standards: "
                                "first-contact resolution at least 75%, satisfaction at least "
                                "4.5 of 5, first response within 10 minutes, resolution within "
                                "4 hours, complaint rate at most 0.5%, NPS at least 60."))  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> dict[Kpi, float]:
        return {kpi: box.value() / _UNITS[kpi][0] for kpi, box in self.boxes.items()}

    def save(self) -> None:
        try:
            self.saved = self._service.save(self.values())
        except ServiceError as exc:
            self.message.setText(self._refusal(exc))
            return
        self.accept()

    def reset(self) -> None:
        try:
            self.saved = self._service.reset()
        except ServiceError as exc:
            self.message.setText(self._refusal(exc))
            return
        for kpi, box in self.boxes.items():
            box.setValue(self.saved[kpi].value * _UNITS[kpi][0])

    @staticmethod
    def _refusal(exc: ServiceError) -> str:
        if exc.code == "forbidden":
            return forbidden_text(exc)
        try:
            name = kpi_name(Kpi(exc.field or ""))
        except ValueError:
            name = exc.field or ""
        return translate("KpiTargets", "{kpi}: this target is out of range. Nothing was "
                         "saved.").format(kpi=name)  # fmt: skip
