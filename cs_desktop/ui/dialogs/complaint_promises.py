"""The promises made to a customer in one complaint: what, who keeps it, by when, and whether it
was kept. An open promise past its date shows in red until someone marks it kept or broken.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import PromiseStatus
from cs_desktop.services.complaints.records import PromiseInfo
from cs_desktop.services.complaints.workflow import StaffChoice

from ..combo import index_of

translate = QCoreApplication.translate
OVERDUE_COLOR = "#c62828"


def status_names() -> dict[PromiseStatus, str]:
    return {
        PromiseStatus.OPEN: translate("ComplaintPromises", "open"),
        PromiseStatus.KEPT: translate("ComplaintPromises", "kept"),
        PromiseStatus.BROKEN: translate("ComplaintPromises", "broken"),
    }


class PromisesPanel(QWidget):
    """Shows promises and collects a new one; the complaint window does the writing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintPromises")
        self.promises: list[PromiseInfo] = []
        self._names: dict[object, str] = {}
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        for column, width in enumerate((300, 90, 130)):
            self.list.setColumnWidth(column, width)
        self.text = QLineEdit()
        self.due = QDateTimeEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.owner = QComboBox()
        self.add_button = QPushButton()
        self.kept_button = QPushButton()
        self.broken_button = QPushButton()
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        new_row = QHBoxLayout()
        new_row.addWidget(self.text, 1)
        new_row.addWidget(self.due)
        new_row.addWidget(self.owner)
        new_row.addWidget(self.add_button)
        settle_row = QHBoxLayout()
        settle_row.addStretch(1)
        settle_row.addWidget(self.kept_button)
        settle_row.addWidget(self.broken_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(settle_row)
        layout.addLayout(new_row)
        self.reset_new()
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.list.setHeaderLabels([
            translate("ComplaintPromises", "Promise"), translate("ComplaintPromises", "Owner"),
            translate("ComplaintPromises", "Due"), translate("ComplaintPromises", "Status"),
        ])  # fmt: skip
        self.text.setPlaceholderText(translate("ComplaintPromises", "What was promised"))
        self.add_button.setText(translate("ComplaintPromises", "Add &promise"))
        self.kept_button.setText(translate("ComplaintPromises", "&Kept"))
        self.broken_button.setText(translate("ComplaintPromises", "&Broken"))
        self.set_promises(self.promises)

    def reset_new(self) -> None:
        self.text.clear()
        tomorrow = QDateTime.currentDateTime().addDays(1)
        self.due.setDateTime(tomorrow.addSecs(-tomorrow.time().second()))

    def set_staff(self, staff: list[StaffChoice]) -> None:
        self._names = {s.id: s.name for s in staff}
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem(translate("ComplaintPromises", "(owner)"), None)
        for choice in staff:
            self.owner.addItem(choice.name, choice.id)
        self.owner.setCurrentIndex(max(0, index_of(self.owner, current)))

    def set_promises(self, promises: list[PromiseInfo]) -> None:
        self.promises = promises
        now = dt.datetime.now(dt.UTC)
        names = status_names()
        self.list.clear()
        for p in promises:
            overdue = p.status is PromiseStatus.OPEN and p.due_at < now
            status = (translate("ComplaintPromises", "overdue") if overdue
                      else names[p.status])  # fmt: skip
            item = QTreeWidgetItem([
                p.text, self._names.get(p.owner_staff_id, ""),
                p.due_at.astimezone().strftime("%Y-%m-%d %H:%M"), status,
            ])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, p.id)
            if overdue:
                for column in range(4):
                    item.setForeground(column, QBrush(QColor(OVERDUE_COLOR)))
            self.list.addTopLevelItem(item)
        self._enable()

    def selected(self) -> PromiseInfo | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem())
        return self.promises[index] if 0 <= index < len(self.promises) else None

    def due_at(self) -> dt.datetime:
        return self.due.dateTime().toPython().astimezone(dt.UTC)  # type: ignore[union-attr]

    def _enable(self) -> None:
        chosen = self.selected()
        open_one = chosen is not None and chosen.status is PromiseStatus.OPEN
        self.kept_button.setEnabled(open_one)
        self.broken_button.setEnabled(open_one)
