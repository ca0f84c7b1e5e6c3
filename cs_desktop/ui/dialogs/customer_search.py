"""Choosing a customer inside a form: a search line (name, phone digits, pinyin; the same
search as the customer list) and a combo box of the first matches, read in the background a
moment after typing stops. Used by the complaint intake and the visit form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit

from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery, CustomerRow

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner

MATCHES = 30
DELAY_MS = 200


class CustomerSearch(QObject):
    def __init__(self, customers: CustomerListService | None,
                 runner: TaskRunner | SyncTaskRunner, parent: QObject) -> None:  # fmt: skip
        super().__init__(parent)
        self._customers = customers
        self._runner = runner
        self.line = QLineEdit()
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)  # fmt: skip
        self.combo.setMinimumContentsLength(8)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.line.textChanged.connect(lambda _t: self._timer.start())

    def set_customer(self, customer_id: uuid.UUID, name: str) -> None:
        """The customer is known (opened from their card)."""
        self.combo.clear()
        self.combo.addItem(name, customer_id)
        self.combo.setItemData(0, name, Qt.ItemDataRole.ToolTipRole)

    def current_id(self) -> uuid.UUID | None:
        value = self.combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def current_name(self) -> str:
        return self.combo.currentData(Qt.ItemDataRole.ToolTipRole) or self.combo.currentText()

    def find(self) -> None:
        text, customers = self.line.text(), self._customers
        if customers is None:
            return

        def work(_ctx: TaskContext) -> list[CustomerRow]:
            return customers.page(CustomerQuery(text=text), 0, MATCHES).rows if text.strip() else []

        def done(rows: list[CustomerRow]) -> None:
            if text != self.line.text():
                return  # typed on meanwhile
            self.combo.clear()
            for row in rows:
                self.combo.addItem(f"{row.name}  {row.phone}  {row.region}".strip(), row.id)
                self.combo.setItemData(self.combo.count() - 1, row.name,
                                       Qt.ItemDataRole.ToolTipRole)  # fmt: skip

        self._runner.read(work, done)
