"""The Reports page: satisfaction and service KPIs for a period against their targets, with
their trends, the CSI items as a radar, bars per staff member, category, tier or site, loyalty
and the early warnings. Every figure opens the records behind it; the page exports to Excel.

All reading happens on the runner's read threads; an answer to a period or filter the
supervisor has already left is dropped.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.kpis import Kpi
from cs_desktop.domain.roles import Permission
from cs_desktop.services.changes import Changes
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.kpis import Dashboard, Dim
from cs_desktop.services.kpis.breakdown import Bar
from cs_desktop.services.kpis.drill import Drill

from ..access import forbidden_text, may
from ..context import ReportServices
from ..dialogs.kpi_drill import KpiDrillDialog
from ..dialogs.kpi_targets import KpiTargetsDialog
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .base import Page
from .report_bars import BreakdownTab
from .report_export import report_tables
from .report_filters import FilterBar
from .report_loyalty import LoyaltyTab
from .report_overview import OverviewTab
from .report_satisfaction import SatisfactionTab

translate = QCoreApplication.translate
WATCHED = ("survey_responses", "complaints", "visits", "followups", "customers", "app_settings")


class ReportsPage(Page):
    key = "reports"
    customer_chosen = Signal(uuid.UUID)
    complaint_chosen = Signal(uuid.UUID)
    paper_survey_requested = Signal()
    print_requested = Signal(object)  # the Scope shown, as the printed KPI report

    def __init__(self, runner: TaskRunner | SyncTaskRunner, services: ReportServices,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._services = services
        self._generation = 0
        self._stale = True
        self.board: Dashboard | None = None
        self.last_export: Path | None = None
        self.drill_dialog: KpiDrillDialog | None = None

        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.filters = FilterBar(services.today())
        self.filters.changed.connect(self.reload)
        self.filters.export_button.clicked.connect(self.export)
        self.filters.targets_button.clicked.connect(self.edit_targets)
        self.filters.paper_button.clicked.connect(self.paper_survey_requested)
        self.filters.print_button.clicked.connect(
            lambda: self.print_requested.emit(self.filters.scope()))  # fmt: skip
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.denied = QLabel()
        self.denied.setObjectName("reportsDenied")
        self.denied.setWordWrap(True)
        self.denied.hide()

        self.overview = OverviewTab()
        self.overview.drill_requested.connect(self._drill_period)
        self.satisfaction = SatisfactionTab()
        self.satisfaction.drill_requested.connect(
            lambda: self._drill_period(Kpi.SATISFACTION, -1))  # fmt: skip
        self.breakdown = BreakdownTab(runner, services.breakdown)
        self.breakdown.bar_chosen.connect(self._drill_bar)
        self.loyalty = LoyaltyTab(runner, services.loyalty, self.filters.tier_name)
        self.loyalty.customer_chosen.connect(self.customer_chosen)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self._tab_widgets: list[QWidget] = [self.overview, self.satisfaction, self.breakdown,
                                            self.loyalty]  # fmt: skip
        for widget in self._tab_widgets:
            # Scrolled on a small screen rather than forcing the window wider or taller.
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(widget)
            self.tabs.addTab(scroller, "")
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(self._heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.status)
        layout.addWidget(self.denied)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentIndex(self._tab_widgets.index(widget))

    # --- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("ReportsPage", "Reports")

    def retranslate(self) -> None:
        self._heading.setText(translate("ReportsPage", "Satisfaction and service"))
        self.tabs.setTabText(0, translate("ReportsPage", "Overview"))
        self.tabs.setTabText(1, translate("ReportsPage", "Satisfaction survey"))
        self.tabs.setTabText(2, translate("ReportsPage", "Compare"))
        self.tabs.setTabText(3, translate("ReportsPage", "Loyalty and warnings"))
        self.denied.setText(translate(
            "ReportsPage", "Reports are for supervisors and administrators: they compare staff "
            "members. Ask a supervisor to sign in."))  # fmt: skip
        self.filters.retranslate()
        self.breakdown.retranslate()
        self.loyalty.retranslate()
        if self.board is not None:
            self._show(self.board)

    # --- loading ----------------------------------------------------------------------------
    def _allowed(self) -> bool:
        allowed = may(self._services.accounts, Permission.VIEW_REPORTS)
        self.denied.setVisible(not allowed)
        self.tabs.setVisible(allowed)
        self.filters.setEnabled(allowed)
        return allowed

    def reload(self) -> None:
        self._stale = False
        if not self._allowed():
            return
        self._generation += 1
        generation = self._generation
        scope = self.filters.scope()
        service = self._services.dashboard
        self.status.setText(translate("ReportsPage", "Working out the figures…"))

        def work(_ctx: TaskContext) -> Dashboard:
            return service.dashboard(scope)

        def done(board: Dashboard) -> None:
            if generation == self._generation:
                self._show(board)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, ServiceError) and exc.code == "forbidden":
                self.status.setText(forbidden_text(exc))
                return
            self.status.setText("")
            self._runner.task_failed.emit(exc)

        self._runner.read(work, done, failed)
        self._load_tab()

    def _load_tab(self) -> None:
        """The tabs that read more than the dashboard load when they are looked at."""
        if not self.isVisible():
            return
        scope = self.filters.scope()
        shown = self._tab_widgets[self.tabs.currentIndex()]
        if shown is self.breakdown:
            self.breakdown.load(scope)
        elif shown is self.loyalty:
            self.loyalty.load(scope)

    def _show(self, board: Dashboard) -> None:
        self.board = board
        self.filters.set_choices_once(self._services)
        self.overview.show_board(board)
        self.satisfaction.show_board(board)
        self.breakdown.set_targets(board.targets)
        self.status.setText(translate(
            "ReportsPage", "{answers} survey answers, {complaints} complaints and {services} "
            "visits or calls in this period.").format(
            answers=f"{board.responses:,}", complaints=f"{board.complaints:,}",
            services=f"{board.services:,}"))  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*WATCHED) and not changes.touches("staff"):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    # --- drill-down -------------------------------------------------------------------------
    def _drill_period(self, kpi: Kpi, index: int) -> None:
        """The records behind a KPI in one of the trend's periods (-1: the period shown)."""
        scope = self.filters.scope()
        self.open_drill(Drill(kpi, scope, scope.periods[index]))

    def _drill_bar(self, kpi: Kpi, by: Dim, bar: Bar) -> None:
        scope = self.filters.scope()
        self.open_drill(Drill(kpi, scope, scope.current, by, bar.key),
                        self.breakdown.bar_label(bar))  # fmt: skip

    def open_drill(self, drill: Drill, narrowed: str = "") -> KpiDrillDialog:
        filters = ", ".join(x for x in (self.filters.description(), narrowed) if x)
        dialog = KpiDrillDialog(self._runner, self._services.drill, drill, filters, self)
        dialog.customer_chosen.connect(self.customer_chosen)
        dialog.complaint_chosen.connect(self.complaint_chosen)
        self.drill_dialog = dialog
        dialog.show()
        return dialog

    # --- targets and export -----------------------------------------------------------------
    def edit_targets(self) -> None:
        if self.board is None:
            return
        dialog = KpiTargetsDialog(self._services.dashboard.targets, self.board.targets, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload()

    def export(self, path: str | None = None) -> None:
        """Write what the page shows to an Excel workbook (asks where, unless given), in the
        background: the loyalty figures are read first if their tab has not been opened."""
        board = self.board
        if board is None:
            return
        if path is None:
            suggested = translate("ReportsPage", "Service report {period}.xlsx").format(
                period=board.periods[-1].label)  # fmt: skip
            path, _filter = QFileDialog.getSaveFileName(
                self, translate("ReportsPage", "Export the report"), suggested,
                translate("ReportsPage", "Excel workbook (*.xlsx)"))  # fmt: skip
            if not path:
                return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        scope, filters = self.filters.scope(), self.filters.description()
        bars, loaded = self.breakdown.shown(), self.loyalty.tiers.rows()
        services = self._services
        self.filters.export_button.setEnabled(False)
        self.status.setText(translate("ReportsPage", "Exporting…"))

        def work(_ctx: TaskContext) -> Path:
            tiers = loaded or services.loyalty.tiers(scope)
            tables = report_tables(board, filters, bars, tiers)
            return services.export.write(target, tables, board.periods[-1].label)

        def done(written: Path) -> None:
            self.filters.export_button.setEnabled(True)
            self.last_export = written
            self.status.setText(translate("ReportsPage", "Exported to {path}.").format(
                path=str(written)))  # fmt: skip

        def failed(exc: BaseException) -> None:
            self.filters.export_button.setEnabled(True)
            self.status.setText("")
            if isinstance(exc, ServiceError):
                QMessageBox.warning(self, translate("ReportsPage", "Export"),
                                    forbidden_text(exc) if exc.code == "forbidden" else
                                    translate("ReportsPage", "The folder {folder} does not "
                                              "exist.").format(folder=exc.params.get("folder", "")))  # fmt: skip
            elif isinstance(exc, OSError):
                QMessageBox.warning(self, translate("ReportsPage", "Export"), translate(
                    "ReportsPage", "The report could not be written: {reason}").format(
                    reason=exc.strerror or str(exc)))  # fmt: skip
            else:
                self._runner.task_failed.emit(exc)

        self._runner.read(work, done, failed)
