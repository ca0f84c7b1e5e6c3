"""The visits area (来访记录): record a visit or call at the top, the recent ones below.

The form keeps the purpose and the customer after a save (a clerk often records several alike)
and returns to the customer search; Enter in any line records. The list is newest first, paged
(PagedRowsModel), one purpose's or all; a double click opens the customer's card.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.listing import CustomerListService
from cs_desktop.services.followups.visit_lists import VisitQuery, VisitRow
from cs_desktop.services.followups.visits import VisitRecorded

from ..context import FollowupServices
from ..dialogs.followup_texts import kind_names
from ..dialogs.survey_answer import SurveyAnswerDialog
from ..dialogs.visit_form import VisitDialog, VisitForm, recorded_text
from ..models.paged_rows import PagedRowsModel
from ..models.rows import Column
from ..tasks import SyncTaskRunner, TaskRunner
from .areas import number
from .base import Page

translate = QCoreApplication.translate


def _when(row: VisitRow) -> str:
    return row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")


class VisitsPage(Page):
    key = "visits"
    customer_chosen = Signal(object)  # uuid.UUID

    def __init__(self, runner: TaskRunner | SyncTaskRunner, services: FollowupServices,
                 customers: CustomerListService, now: Callable[[], dt.datetime],
                 staff_id: Callable[[], uuid.UUID | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._services = runner, services
        self._now, self._staff_id = now, staff_id
        self.visit_dialog: VisitDialog | None = None
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")

        self.form_box = QGroupBox()
        self.form = VisitForm(services, customers, runner, now, staff_id, columns=2)
        self.form.recorded.connect(self._recorded)
        self.form.loaded.connect(self._fill_purposes)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordVisitButton")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.form.save)
        for line in (self.form.customer_search, self.form.outcome, self.form.next_step):
            line.returnPressed.connect(self.form.save)
        self.done_text = QLabel()
        self.done_text.setObjectName("visitDone")
        self.done_text.setWordWrap(True)
        self.done_text.setStyleSheet("color: #0f766e;")
        # the counter survey of the visit just recorded, or of the visit chosen in the list
        self.survey_dialog: SurveyAnswerDialog | None = None
        self._survey_target: tuple[uuid.UUID, uuid.UUID | None, str] | None = None
        self.survey_button = QPushButton()
        self.survey_button.setObjectName("visitSurveyButton")
        self.survey_button.setEnabled(False)
        self.survey_button.setVisible(services.surveys is not None)
        self.survey_button.clicked.connect(self.ask_survey)
        bottom = QHBoxLayout()
        bottom.addWidget(self.done_text, 1)
        bottom.addWidget(self.survey_button)
        bottom.addWidget(self.record_button)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.form)
        box_layout.addLayout(bottom)

        self.recent_label = QLabel()
        self.recent_label.setObjectName("sectionHeading")
        self.purpose_filter = QComboBox()
        self.purpose_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.purpose_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: PagedRowsModel[VisitRow] = PagedRowsModel([
            Column(lambda: translate("VisitsPage", "When"), _when),
            Column(lambda: translate("VisitsPage", "Customer"), lambda r: r.customer_name),
            Column(lambda: translate("VisitsPage", "How"),
                   lambda r: kind_names().get(r.kind, r.kind.value)),
            Column(lambda: translate("VisitsPage", "Purpose"), lambda r: r.purpose),
            Column(lambda: translate("VisitsPage", "Served by"), lambda r: r.staff),
            Column(lambda: translate("VisitsPage", "Outcome"), lambda r: r.outcome),
            Column(lambda: translate("VisitsPage", "Next step"), lambda r: r.next_step),
            Column(lambda: translate("VisitsPage", "Follow-up"),
                   lambda r: r.followup_due.isoformat() if r.followup_due else ""),
        ], runner, self)  # fmt: skip
        self.model.count_changed.connect(lambda _n: self._show_result())
        self.table = QTableView()
        self.table.setObjectName("visitTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((130, 180, 70, 100, 80, 200, 180)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open_row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._row_chosen())
        self.result = QLabel()

        list_top = QHBoxLayout()
        list_top.addWidget(self.recent_label)
        list_top.addStretch(1)
        list_top.addWidget(self.purpose_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self._heading)
        layout.addWidget(self.form_box)
        layout.addLayout(list_top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.retranslate()
        self.refresh()

    # --- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("VisitsPage", "Visits")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.form_box.setTitle(translate("VisitsPage", "Record a visit or call"))
        self.record_button.setText(translate("VisitsPage", "&Record"))
        self.record_button.setToolTip(translate("VisitsPage", "Record the visit (Enter)"))
        self.survey_button.setText(translate("VisitsPage", "Satisfaction &survey…"))
        self.survey_button.setToolTip(translate("VisitsPage", "The customer answers the counter "
                                                "survey about the visit just recorded (or the "
                                                "visit chosen in the list)"))  # fmt: skip
        self.recent_label.setText(translate("VisitsPage", "Recent visits and calls"))
        self.form.retranslate()
        self._fill_purposes()
        self.model.retranslate()
        self._show_result()

    def _fill_purposes(self) -> None:
        current = self.purpose_filter.currentData()
        self.purpose_filter.blockSignals(True)
        self.purpose_filter.clear()
        self.purpose_filter.addItem(translate("VisitsPage", "All purposes"), None)
        for name in self.form.rules.purposes:
            self.purpose_filter.addItem(name, name)
        self.purpose_filter.setCurrentIndex(max(0, self.purpose_filter.findData(current))
                                            if current else 0)  # fmt: skip
        self.purpose_filter.blockSignals(False)

    def _show_result(self) -> None:
        self.result.setText(translate("VisitsPage", "{count} visits and calls").format(
            count=number(self.model.count)))  # fmt: skip

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        query = VisitQuery(purpose=self.purpose_filter.currentData())
        lists = self._services.visit_lists
        self.model.load(lambda: lists.count(query),
                        lambda offset, limit: lists.page(query, offset, limit))  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("visits", "customers", "followups"):
            self.refresh()
        if changes.touches("app_settings", "staff"):
            self.form.load()

    def _recorded(self, recorded: VisitRecorded, name: str) -> None:
        self.done_text.setText(recorded_text(recorded, name))
        self._survey_target = (recorded.visit_id, None, name)
        self.survey_button.setEnabled(True)
        self.form.customer_search.setFocus()
        self.form.customer_search.selectAll()

    def _open_row(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self.customer_chosen.emit(row.customer_id)

    def _row_chosen(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            self._survey_target = (row.id, row.customer_id, row.customer_name)
            self.survey_button.setEnabled(True)

    def ask_survey(self) -> None:
        """满意度调查…: the counter survey, linked to the visit and its customer."""
        surveys, target = self._services.surveys, self._survey_target
        if surveys is None or target is None:
            return
        visit_id, customer_id, name = target
        dialog = SurveyAnswerDialog(surveys.definitions, surveys.responses, self._runner,
                                    paper=False, customer=(customer_id, name), visit_id=visit_id,
                                    use="counter", parent=self)  # fmt: skip
        dialog.accepted.connect(lambda: self.done_text.setText(translate(
            "VisitsPage", "Survey of {name} saved.").format(name=name)))  # fmt: skip
        self.survey_dialog = dialog
        dialog.open()

    def focus_form(self) -> None:
        self.form.customer_search.setFocus()

    # --- from the customer's card -----------------------------------------------------------------
    def record_for(self, customer_id: uuid.UUID, name: str, parent: QWidget | None = None) -> None:
        dialog = VisitDialog(self._services, self._runner, self._now, self._staff_id,
                             customer_id, name, parent or self)  # fmt: skip
        self.visit_dialog = dialog
        dialog.open()
