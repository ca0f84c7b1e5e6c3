"""Handing a complaint over to a colleague: the explicit, logged step that ends first-complaint
ownership (首问负责). Who takes it over and why are both required."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.complaints.workflow import StaffChoice

translate = QCoreApplication.translate


class HandoverDialog(QDialog):
    def __init__(self, staff: list[StaffChoice], owner: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("complaintHandover")
        self.setWindowTitle(translate("ComplaintHandover", "Hand over the complaint"))
        self.to_staff = QComboBox()
        for choice in staff:
            if choice.id != owner:
                self.to_staff.addItem(choice.name, choice.id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate(
            "ComplaintHandover", "e.g. needs the billing office; I am off from tomorrow"))  # fmt: skip
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.hide()
        form = QFormLayout()
        form.addRow(translate("ComplaintHandover", "&To:"), self.to_staff)
        form.addRow(translate("ComplaintHandover", "&Reason:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "ComplaintHandover", "Whoever takes the complaint over owns it from now on. The "
            "handover and its reason go on the complaint's timeline.")))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.to_staff.currentData() is None:
            self.message.setText(translate("ComplaintHandover", "Choose who takes it over."))
        elif not self.reason.text().strip():
            self.message.setText(
                translate("ComplaintHandover", "Write the reason for the handover.")
            )
            self.reason.setFocus()
        else:
            self.accept()
            return
        self.message.show()
