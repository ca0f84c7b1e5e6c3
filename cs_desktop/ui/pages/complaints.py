"""The complaints area: the lists by next deadline, overdue and paused ones highlighted, the
figures of the last 30 days, and intake.

Lists are read in the background and refreshed whenever complaints change, and every minute
(deadlines move while the page is open), when overdue complaints are also escalated.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import ComplaintState
from cs_desktop.services.changes import Changes
from cs_desktop.services.complaints.kpis import ComplaintKpis
from cs_desktop.services.complaints.lists import (
    ComplaintQuery,
    ComplaintRow,
    View,
)
from cs_desktop.services.complaints.settings import ComplaintRules, ComplaintSettings
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.listing import CustomerListService

from ..context import ComplaintServices
from ..dialogs.complaint_intake import ComplaintIntakeDialog
from ..dialogs.complaint_texts import escalation_level_names, state_names
from ..dialogs.complaint_window import ComplaintWindow
from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .areas import number
from .base import Page

translate = QCoreApplication.translate
REFRESH_MS = 60_000
PAGE = 500  # the lists show the first 500 by deadline; the count says how many there are
VIEWS = (View.OPEN, View.OVERDUE, View.PAUSED, View.MINE, View.ALL)
SOON = dt.timedelta(hours=4)
OVERDUE_COLOR, SOON_COLOR = "#c62828", "#e65100"


def view_names() -> dict[View, str]:
    return {
        View.OPEN: translate("ComplaintsPage", "Open, by deadline"),
        View.OVERDUE: translate("ComplaintsPage", "Overdue"),
        View.PAUSED: translate("ComplaintsPage", "Waiting"),
        View.MINE: translate("ComplaintsPage", "Mine"),
        View.ALL: translate("ComplaintsPage", "All"),
    }


def _local(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def _urgency_color(row: ComplaintRow) -> str | None:
    if row.next_due_at is None:
        return None
    now = dt.datetime.now(dt.UTC)
    if row.next_due_at < now:
        return OVERDUE_COLOR
    return SOON_COLOR if row.next_due_at - now < SOON else None


class ComplaintsPage(Page):
    key = "complaints"

    def __init__(self, runner: TaskRunner | SyncTaskRunner, services: ComplaintServices,
                 settings: ComplaintSettings, customers: CustomerListService,
                 cards: CustomerCardService | None = None,
                 current_staff: Callable[[], uuid.UUID | None] = lambda: None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._workflow = services.workflow
        self._records = services.records
        self._lists = services.lists
        self._kpis = services.kpis
        self._settings = settings
        self._customers = customers
        self._cards = cards
        self._current_staff = current_staff
        self._rules: ComplaintRules | None = None
        self._count = 0
        self._kpi: ComplaintKpis | None = None
        self.intake_dialog: ComplaintIntakeDialog | None = None

        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.new_button = QPushButton()
        self.new_button.setObjectName("registerComplaint")
        self.new_button.clicked.connect(self.register)
        self.views = QTabBar()
        for _view in VIEWS:
            self.views.addTab("")
        self.views.currentChanged.connect(lambda _i: self.refresh())
        self.category = QComboBox()
        self.severity = QComboBox()
        for combo in (self.category, self.severity):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: RowsModel[ComplaintRow] = RowsModel([
            Column(lambda: translate("ComplaintsPage", "Number"), lambda r: r.number),
            Column(lambda: translate("ComplaintsPage", "Customer"), lambda r: r.customer_name),
            Column(lambda: translate("ComplaintsPage", "Category"), lambda r: r.category),
            Column(lambda: translate("ComplaintsPage", "Severity"), self._severity_label),
            Column(lambda: translate("ComplaintsPage", "State"),
                   lambda r: state_names().get(r.state, r.state.value)),
            Column(lambda: translate("ComplaintsPage", "Owner"), lambda r: r.owner),
            Column(lambda: translate("ComplaintsPage", "Received"), lambda r: _local(r.received_at)),
            Column(lambda: translate("ComplaintsPage", "Next deadline"), self._due_text,
                   color=_urgency_color),
            Column(lambda: translate("ComplaintsPage", "Escalated to"),
                   lambda r: escalation_level_names().get(r.escalation_level, ""),
                   color=lambda r: OVERDUE_COLOR if r.escalation_level else None),
        ], self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((215, 80, 80, 64, 96, 64, 125, 200)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.complaint_window: ComplaintWindow | None = None
        # The complaint window's Print… (complaint id, number, window): set by the main window.
        self.print_complaint: Callable[[uuid.UUID, str, QWidget], object] | None = None
        self.result = QLabel()
        self.figures = QLabel()
        self.figures.setObjectName("complaintFigures")
        self.figures.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.views, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.severity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.figures)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.retranslate()
        self._load_rules()
        self.tick()  # escalate what became overdue while the app was closed

    # --- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("ComplaintsPage", "Complaints")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.new_button.setText(translate("ComplaintsPage", "&Register a complaint…"))
        for index, view in enumerate(VIEWS):
            self.views.setTabText(index, view_names()[view])
        self.views.setTabEnabled(VIEWS.index(View.MINE), self._current_staff() is not None)
        self.views.setTabToolTip(VIEWS.index(View.MINE), translate(
            "ComplaintsPage", "Open and waiting complaints you own"))  # fmt: skip
        self._fill_filters()
        self.model.retranslate()
        self._show_result()

    def _severity_label(self, row: ComplaintRow) -> str:
        levels = {s.code: s.label for s in self._rules.severities} if self._rules else {}
        return levels.get(row.severity, row.severity)

    def _due_text(self, row: ComplaintRow) -> str:
        if row.state in (ComplaintState.WAITING_CUSTOMER, ComplaintState.WAITING_THIRD_PARTY):
            return translate("ComplaintsPage", "clock stopped")
        if row.next_due_at is None:
            return ""
        kind = (translate("ComplaintsPage", "response") if not row.answered
                else translate("ComplaintsPage", "resolution"))  # fmt: skip
        return translate("ComplaintsPage", "{when} ({kind})").format(
            when=_local(row.next_due_at), kind=kind)  # fmt: skip

    def _fill_filters(self) -> None:
        rules = self._rules
        for combo, everything, items in (
            (self.category, translate("ComplaintsPage", "All categories"),
             [(c, c) for c in rules.categories] if rules else []),
            (self.severity, translate("ComplaintsPage", "All severities"),
             [(s.label, s.code) for s in rules.severities] if rules else []),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def _show_result(self) -> None:
        self.result.setText(translate("ComplaintsPage", "{count} complaints").format(
            count=number(self._count)))  # fmt: skip
        k = self._kpi
        if k is None:
            self.figures.setText("")
            return
        parts = [translate("ComplaintsPage", "Last 30 days: {n} complaints").format(n=k.complaints)]
        if k.rate is not None:
            parts.append(translate("ComplaintsPage", "complaint rate {rate:.2%} of services")
                         .format(rate=k.rate))  # fmt: skip
        if k.first_response_hours is not None:
            parts.append(translate("ComplaintsPage", "first response median {m:.1f} h, 90% within {p:.1f} h")
                         .format(m=k.first_response_hours[0], p=k.first_response_hours[1]))  # fmt: skip
        if k.resolution_hours is not None:
            parts.append(translate("ComplaintsPage", "resolved median {m:.1f} h, 90% within {p:.1f} h")
                         .format(m=k.resolution_hours[0], p=k.resolution_hours[1]))  # fmt: skip
        if k.first_contact_share is not None:
            parts.append(translate("ComplaintsPage", "{share:.0%} resolved at first contact")
                         .format(share=k.first_contact_share))  # fmt: skip
        self.figures.setText(translate("ComplaintsPage", "; ").join(parts))

    # --- data ---------------------------------------------------------------------------------
    def _load_rules(self) -> None:
        settings = self._settings

        def done(rules: ComplaintRules) -> None:
            self._rules = rules
            self._fill_filters()
            self.refresh()

        self._runner.read(lambda _ctx: settings.rules(), done)

    def query(self) -> ComplaintQuery:
        return ComplaintQuery(VIEWS[max(0, self.views.currentIndex())],
                              staff_id=self._current_staff(),
                              category=self.category.currentData(),
                              severity=self.severity.currentData())  # fmt: skip

    def tick(self) -> None:
        """Every minute: escalate what became overdue (a write, on the writer; under a second
        over 200,000 complaints, bench/complaints.py), then read the list again."""
        lists = self._lists
        self._runner.write(lambda _ctx: lists.escalate(), lambda _done: self.refresh())

    def refresh(self) -> None:
        query, lists, kpis = self.query(), self._lists, self._kpis

        def work(_ctx: TaskContext) -> tuple[int, list[ComplaintRow], ComplaintKpis]:
            now = dt.datetime.now(dt.UTC)
            figures = kpis.kpis(now - dt.timedelta(days=30), now)
            return lists.count(query), lists.page(query, 0, PAGE), figures

        def done(result: tuple[int, list[ComplaintRow], ComplaintKpis]) -> None:
            if query != self.query():
                return  # the clerk chose another view meanwhile
            self._count, rows, self._kpi = result
            self.model.set_rows(rows)
            self._show_result()

        self._runner.read(work, done)

    def on_changes(self, changes: Changes) -> None:
        if changes.everything:  # e.g. someone else signed in: "mine" is theirs now
            self.views.setTabEnabled(VIEWS.index(View.MINE), self._current_staff() is not None)
        if changes.touches("complaints", "customers"):
            self.refresh()
        if changes.touches("app_settings"):
            self._load_rules()

    def open_row(self, row: int) -> None:
        complaint = self.model.row_at(row)
        if complaint is not None:
            self.open_complaint(complaint.id)

    def open_complaint(self, complaint_id: uuid.UUID, parent: QWidget | None = None) -> None:
        """The complaint's window; from a customer's card it opens over the card."""
        labels = {s.code: s.label for s in self._rules.severities} if self._rules else {}
        window = ComplaintWindow(self._workflow, self._records, self._runner, labels,
                                 parent or self, on_print=self.print_complaint)  # fmt: skip
        self.complaint_window = window
        window.load(complaint_id)
        window.open()

    # --- intake -------------------------------------------------------------------------------
    def register(self) -> None:
        self.register_for(None, "", self)

    def register_for(self, customer_id: uuid.UUID | None, name: str,
                     parent: QWidget | None = None) -> None:  # fmt: skip
        """The intake form; from a customer's card the customer is filled in already."""
        if self._rules is None:
            return
        dialog = ComplaintIntakeDialog(self._workflow, self._customers, self._rules,
                                       self._runner, parent or self, cards=self._cards)  # fmt: skip
        if customer_id is not None:
            dialog.set_customer(customer_id, name)
        dialog.accepted.connect(
            lambda: self._runner.changes_happened.emit(Changes.of("complaints"))
        )
        self.intake_dialog = dialog
        dialog.open()
