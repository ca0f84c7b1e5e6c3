"""The records behind a figure: the survey answers, complaints or follow-ups it was counted
over, paged from the database; a double-click opens the customer's card or the complaint."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.kpis.drill import Drill, DrillService, Record, Records

from ..models.paged_rows import PagedRowsModel
from ..models.rows import Column
from ..pages.areas import number
from ..pages.report_texts import duration, kpi_name, period_name, score
from ..tasks import SyncTaskRunner, TaskRunner
from .merge_texts import local_time

translate = QCoreApplication.translate


def _at(record: Record) -> str:
    """An instant in the PC's time zone; a follow-up's due day as it is."""
    if isinstance(record.at, dt.datetime):
        return local_time(record.at)
    return record.at.isoformat()


def source_name(code: str) -> str:
    return {
        "followup": translate("KpiDrill", "follow-up"),
        "counter": translate("KpiDrill", "at the counter"),
        "paper": translate("KpiDrill", "paper form"),
        "complaint": translate("KpiDrill", "complaint closure"),
    }.get(code, code)


def status_name(code: str) -> str:
    return {
        "open": translate("KpiDrill", "to do"),
        "done": translate("KpiDrill", "completed"),
        "unreachable": translate("KpiDrill", "not reached"),
        "cancelled": translate("KpiDrill", "cancelled"),
        "registered": translate("KpiDrill", "registered"),
        "investigating": translate("KpiDrill", "investigating"),
        "resolving": translate("KpiDrill", "resolving"),
        "feedback": translate("KpiDrill", "feedback"),
        "waiting_customer": translate("KpiDrill", "waiting for the customer"),
        "closed": translate("KpiDrill", "closed"),
        "reviewed": translate("KpiDrill", "reviewed"),
    }.get(code, code)


def drill_columns(records: Records) -> list[Column[Record]]:
    customer = Column[Record](lambda: translate("KpiDrill", "Customer"), lambda r: r.customer)
    staff = Column[Record](lambda: translate("KpiDrill", "Staff"), lambda r: r.staff)
    if records is Records.RESPONSES:
        return [
            Column(lambda: translate("KpiDrill", "Answered"), _at),
            customer,
            Column(lambda: translate("KpiDrill", "Survey"), lambda r: r.what),
            Column(lambda: translate("KpiDrill", "How"), lambda r: source_name(r.state)),
            Column(lambda: translate("KpiDrill", "Index"),
                   lambda r: "" if r.score is None else score(r.score), align_right=True),
            Column(lambda: translate("KpiDrill", "NPS"), lambda r: "" if r.nps is None else str(r.nps),
                   align_right=True),
            staff,
            Column(lambda: translate("KpiDrill", "Comment"), lambda r: r.comment,
                   tooltip=lambda r: r.comment),
        ]  # fmt: skip
    if records is Records.FOLLOWUPS:
        return [
            Column(lambda: translate("KpiDrill", "Due"), _at),
            customer,
            Column(lambda: translate("KpiDrill", "Status"), lambda r: status_name(r.state)),
            Column(lambda: translate("KpiDrill", "Satisfaction"),
                   lambda r: "" if r.score is None else f"{r.score:.0f}", align_right=True),
            staff,
            Column(lambda: translate("KpiDrill", "Outcome"), lambda r: r.comment,
                   tooltip=lambda r: r.comment),
        ]  # fmt: skip
    took = (translate("KpiDrill", "First response") if records is Records.RECEIVED
            else translate("KpiDrill", "Resolution time"))  # fmt: skip
    return [
        Column(lambda: translate("KpiDrill", "Received") if records is Records.RECEIVED
               else translate("KpiDrill", "Resolved"), _at),
        Column(lambda: translate("KpiDrill", "Complaint"), lambda r: r.what),
        customer,
        Column(lambda: translate("KpiDrill", "State"), lambda r: status_name(r.state)),
        Column(lambda: took, lambda r: "" if r.seconds is None else duration(r.seconds),
               align_right=True),
        Column(lambda: translate("KpiDrill", "At first contact"),
               lambda r: "" if r.first_contact is None else
               (translate("KpiDrill", "yes") if r.first_contact else translate("KpiDrill", "no"))),
        staff,
        Column(lambda: translate("KpiDrill", "In the customer's words"), lambda r: r.comment,
               tooltip=lambda r: r.comment),
    ]  # fmt: skip


class KpiDrillDialog(QDialog):
    customer_chosen = Signal(uuid.UUID)
    complaint_chosen = Signal(uuid.UUID)

    def __init__(self, runner: TaskRunner | SyncTaskRunner, service: DrillService, drill: Drill,
                 filters: str = "", parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kpiDrill")
        self.drill = drill
        self.setWindowTitle(translate("KpiDrill", "{kpi}: the records behind it").format(
            kpi=kpi_name(drill.kpi)))  # fmt: skip
        self.heading = QLabel()
        self.heading.setObjectName("drillHeading")
        self.heading.setWordWrap(True)
        self.count_label = QLabel(translate("KpiDrill", "Loading…"))
        self.count_label.setObjectName("drillCount")
        self.model: PagedRowsModel[Record] = PagedRowsModel(drill_columns(drill.records), runner,
                                                            self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("drillTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        hint = QLabel(translate("KpiDrill", "Double-click a row to open it."))
        hint.setObjectName("drillHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(900, 520)
        where = period_name(drill.period)
        self.heading.setText(translate("KpiDrill", "{kpi} · {period}{filters}").format(
            kpi=kpi_name(drill.kpi), period=where,
            filters=f" · {filters}" if filters else ""))  # fmt: skip
        self.model.count_changed.connect(self._counted)
        self.model.load(lambda: service.count(drill),
                        lambda offset, limit: service.page(drill, offset, limit),
                        self._fit)  # fmt: skip

    def _counted(self, count: int) -> None:
        self.count_label.setText(translate("KpiDrill", "{count} records").format(
            count=number(count)) if count else translate("KpiDrill", "No records."))  # fmt: skip

    def _fit(self) -> None:
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))

    def open_row(self, row: int) -> None:
        record = self.model.row_at(row)
        if record is None:
            return
        if self.drill.records in (Records.RECEIVED, Records.RESOLVED):
            self.complaint_chosen.emit(record.id)
        elif record.customer_id is not None:
            self.customer_chosen.emit(record.customer_id)
