"""The audit trail for supervisors (Settings > Audit trail…): every entry newest first, filtered
by customer, staff member, action and dates; the selected entry's changes field by field; and
"Verify the chain", which walks the whole chain in the background and says whether it is intact
or which entry is the first broken one."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.accounts.service import AccountService, StaffInfo
from cs_desktop.services.audit import AuditQuery, AuditService, VerifyResult
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery, CustomerRow
from cs_desktop.services.errors import ServiceError

from ..access import forbidden_text
from ..models.audit_table import AuditTableModel
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .audit_texts import action_name, detail_lines, entity_name, verify_text

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300


def _local_midnight(day: QDate) -> dt.datetime:
    """The start of a local calendar day, in UTC (the trail's times are UTC)."""
    local = dt.datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(dt.UTC)


class AuditBrowser(QDialog):
    def __init__(self, audit: AuditService, accounts: AccountService | None,
                 customers: CustomerListService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("auditBrowser")
        self.setWindowTitle(translate("AuditBrowser", "Audit trail"))
        self._audit, self._accounts, self._customers = audit, accounts, customers
        self._runner = runner
        self.model = AuditTableModel(audit, runner, self)
        self.model.count_changed.connect(self._count_arrived)

        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("auditCustomerSearch")
        self.customer_search.setPlaceholderText(
            translate("AuditBrowser", "Customer: name, phone or ID…"))  # fmt: skip
        self.customer_search.setClearButtonEnabled(True)
        self.customer = QComboBox()
        self.customer.setObjectName("auditCustomer")
        self.customer.setMinimumWidth(200)
        self.customer.addItem(translate("AuditBrowser", "All customers"), None)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.find_customers)
        self.customer_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.customer_search.returnPressed.connect(self.find_customers)
        self.staff = QComboBox()
        self.staff.setObjectName("auditStaff")
        self.staff.addItem(translate("AuditBrowser", "All staff"), None)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(translate("AuditBrowser", "All actions"), None)
        today = QDate.currentDate()
        self.use_since = QCheckBox(translate("AuditBrowser", "From"))
        self.since = QDateEdit(today.addDays(-30))
        self.use_until = QCheckBox(translate("AuditBrowser", "to"))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        for box in (self.use_since, self.use_until):
            box.toggled.connect(lambda _on: self.apply_filters())
        for combo in (self.customer, self.staff, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ResizeToContents
        vertical.setDefaultSectionSize(26)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        for column, width in enumerate((150, 90, 130, 130)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_details())
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.verify_button = QPushButton(translate("AuditBrowser", "Verify the chain"))
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.setAutoDefault(False)
        self.verify_button.setToolTip(translate(
            "AuditBrowser", "Checks every entry's hash and link in the background: finds an entry "
            "altered, deleted or reordered directly in the database file."))  # fmt: skip
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.customer_search, 2)
        filters.addWidget(self.customer, 2)
        filters.addWidget(self.staff, 1)
        filters.addWidget(self.action, 1)
        dates = QHBoxLayout()
        for widget in (self.use_since, self.since, self.use_until, self.until):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.verify_result, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("AuditBrowser", "Close"))  # fmt: skip
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(splitter, 1)
        layout.addLayout(verify_row)
        layout.addWidget(close)
        self.resize(980, 640)
        self._load_choices()
        self.model.refresh()

    # --- filters ----------------------------------------------------------------------------
    def _load_choices(self) -> None:
        audit, accounts = self._audit, self._accounts

        def work(_ctx: TaskContext) -> tuple[list[str], list[StaffInfo]]:
            staff = accounts.list_staff(include_inactive=True) if accounts is not None else []
            return audit.actions(), staff

        def done(result: tuple[list[str], list[StaffInfo]]) -> None:
            actions, staff = result
            for info in staff:
                self.staff.addItem(f"{info.display_name} ({info.username})", str(info.id))
            names = sorted(((action_name(a), a) for a in actions), key=lambda p: p[0])
            for name, code in names:
                self.action.addItem(name, code)

        self._runner.read(work, done, self._failed)

    def find_customers(self) -> None:
        text = self.customer_search.text()
        customers = self._customers

        def work(_ctx: TaskContext) -> list[CustomerRow]:
            return customers.page(CustomerQuery(text=text), 0, 30).rows if text.strip() else []

        def done(rows: list[CustomerRow]) -> None:
            if text != self.customer_search.text():
                return
            self.customer.blockSignals(True)
            self.customer.clear()
            self.customer.addItem(translate("AuditBrowser", "All customers"), None)
            for row in rows:
                self.customer.addItem(f"{row.name}  {row.phone}".strip(), str(row.id))
            if rows:
                self.customer.setCurrentIndex(1)  # the best match: the search means them
            self.customer.blockSignals(False)
            self.apply_filters()

        self._runner.read(work, done)

    def query(self) -> AuditQuery:
        customer, staff = self.customer.currentData(), self.staff.currentData()
        since = _local_midnight(self.since.date()) if self.use_since.isChecked() else None
        until = (_local_midnight(self.until.date().addDays(1))
                 if self.use_until.isChecked() else None)  # fmt: skip
        return AuditQuery(
            customer_id=uuid.UUID(customer) if customer else None,
            staff_id=uuid.UUID(staff) if staff else None,
            action=self.action.currentData() or None, since=since, until=until)  # fmt: skip

    def apply_filters(self) -> None:
        self.details.clear()
        self.model.set_query(self.query())

    def _count_arrived(self, count: int) -> None:
        self.count_label.setText(translate("AuditBrowser", "{count} entries").format(
            count=f"{count:,}"))  # fmt: skip

    # --- details ------------------------------------------------------------------------------
    def show_details(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            self.details.clear()
            return
        head = translate("AuditBrowser", "Entry {seq} · {when} · {who} · {action} · {what}").format(
            seq=entry.seq, when=entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            who=entry.staff_name or translate("AuditBrowser", "(system)"),
            action=action_name(entry.action, entry.entity),
            what=entry.customer_name or entity_name(entry.entity))  # fmt: skip
        self.details.setPlainText("\n".join([head, "", *detail_lines(entry)]))

    # --- verify -------------------------------------------------------------------------------
    def verify(self) -> None:
        audit = self._audit
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(translate("AuditBrowser", "Checking every entry…"))

        def work(_ctx: TaskContext) -> VerifyResult:
            return audit.verify()

        def done(result: VerifyResult) -> None:
            self.verify_button.setEnabled(True)
            self.verify_result.setStyleSheet("color: #15803d;" if result.ok else
                                             "color: #b91c1c; font-weight: bold;")  # fmt: skip
            self.verify_result.setText(verify_text(result))

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self._failed(exc)

        self._runner.read(work, done, failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError) and exc.code == "forbidden":
            self.verify_result.setText(forbidden_text(exc))
        else:
            self._runner.task_failed.emit(exc)


__all__ = ["AuditBrowser"]
