"""The Reports page's loyalty tab: intention and behaviour per tier, and the two early warnings
(customers far behind their usual visit rhythm, customers over their credit limit). Both lists
are paged from the database and open the customer's card on a double-click."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.kpis import Scope
from cs_desktop.services.kpis.loyalty import ChurnRow, CreditRow, LoyaltyService, TierLoyalty

from ..dialogs.merge_texts import local_time, yuan
from ..models.paged_rows import PagedRowsModel
from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .areas import number
from .report_texts import percent, whole

translate = QCoreApplication.translate


def _share(value: float | None) -> str:
    return translate("ReportLoyalty", "no answers") if value is None else percent(value)


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class LoyaltyTab(QWidget):
    customer_chosen = Signal(uuid.UUID)

    def __init__(self, runner: TaskRunner | SyncTaskRunner, service: LoyaltyService,
                 tier_name: Callable[[str | None], str], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._service, self._tier_name = runner, service, tier_name
        self._generation = 0
        self.tiers: RowsModel[TierLoyalty] = RowsModel([
            Column(lambda: translate("ReportLoyalty", "Tier"), lambda r: r.label or tier_name(r.tier)),
            Column(lambda: translate("ReportLoyalty", "Customers"), lambda r: number(r.customers),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Value in the period (yuan)"),
                   lambda r: yuan(r.value_cents), align_right=True),
            Column(lambda: translate("ReportLoyalty", "Still visiting"),
                   lambda r: _share(r.still_visiting_share), align_right=True,
                   tooltip=lambda r: translate("ReportLoyalty", "{count} keep their usual rhythm")
                   .format(count=number(r.still_visiting))),
            Column(lambda: translate("ReportLoyalty", "Churn risk"), lambda r: number(r.churn_risk),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Would return"), lambda r: _share(r.would_return),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Would recommend"),
                   lambda r: _share(r.would_recommend), align_right=True),
            Column(lambda: translate("ReportLoyalty", "NPS"),
                   lambda r: "" if r.nps is None else whole(r.nps), align_right=True),
            Column(lambda: translate("ReportLoyalty", "Answers"), lambda r: number(r.answers),
                   align_right=True),
        ], self)  # fmt: skip
        self.tier_table = _table(self.tiers, "loyaltyTable")
        self.tier_note = QLabel()
        self.tier_note.setWordWrap(True)
        self.tier_note.setObjectName("loyaltyNote")

        self.churn: PagedRowsModel[ChurnRow] = PagedRowsModel([
            Column(lambda: translate("ReportLoyalty", "Customer"), lambda r: r.name),
            Column(lambda: translate("ReportLoyalty", "Tier"), lambda r: tier_name(r.tier)),
            Column(lambda: translate("ReportLoyalty", "Last visit"),
                   lambda r: local_time(r.last_visit_at)[:10]),
            Column(lambda: translate("ReportLoyalty", "Usually every"),
                   lambda r: translate("ReportLoyalty", "{days} days").format(days=f"{r.usual_days:.0f}"),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Behind by"),
                   lambda r: translate("ReportLoyalty", "{times}×").format(times=f"{r.behind:.1f}"),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Visits"), lambda r: number(r.visits),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Value (yuan)"), lambda r: yuan(r.value_cents),
                   align_right=True),
        ], runner, self)  # fmt: skip
        self.churn_table = _table(self.churn, "churnTable")
        self.churn_table.doubleClicked.connect(
            lambda index: self._open(self.churn.row_at(index.row())))  # fmt: skip
        self.churn_box = QGroupBox()
        box = QVBoxLayout(self.churn_box)
        self.churn_note = QLabel()
        self.churn_note.setWordWrap(True)
        box.addWidget(self.churn_note)
        box.addWidget(self.churn_table, 1)

        self.credit: PagedRowsModel[CreditRow] = PagedRowsModel([
            Column(lambda: translate("ReportLoyalty", "Customer"), lambda r: r.name),
            Column(lambda: translate("ReportLoyalty", "Tier"), lambda r: tier_name(r.tier)),
            Column(lambda: translate("ReportLoyalty", "Credit limit"), lambda r: yuan(r.credit_limit_cents),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Owed"), lambda r: yuan(r.balance_cents),
                   align_right=True),
            Column(lambda: translate("ReportLoyalty", "Over by"), lambda r: yuan(r.over_cents),
                   align_right=True, color=lambda _r: "#b91c1c"),
        ], runner, self)  # fmt: skip
        self.credit_table = _table(self.credit, "creditTable")
        self.credit_table.doubleClicked.connect(
            lambda index: self._open(self.credit.row_at(index.row())))  # fmt: skip
        self.credit_box = QGroupBox()
        box = QVBoxLayout(self.credit_box)
        self.credit_note = QLabel()
        self.credit_note.setWordWrap(True)
        box.addWidget(self.credit_note)
        box.addWidget(self.credit_table, 1)
        self.churn.count_changed.connect(lambda _n: self._notes())
        self.credit.count_changed.connect(lambda _n: self._notes())

        self.tier_box = QGroupBox()
        box = QVBoxLayout(self.tier_box)
        box.addWidget(self.tier_table)
        box.addWidget(self.tier_note)
        lists = QHBoxLayout()
        lists.addWidget(self.churn_box, 3)
        lists.addWidget(self.credit_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.tier_box)
        layout.addLayout(lists, 1)
        self._loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        self.tier_box.setTitle(translate("ReportLoyalty", "Loyalty per tier"))
        self.tier_note.setText(translate(
            "ReportLoyalty", "Intention: the survey answers of the period. Behaviour: whether "
            "each customer still comes at their own usual rhythm, as of today."))  # fmt: skip
        self.churn_box.setTitle(translate("ReportLoyalty", "Churn risk"))
        self.credit_box.setTitle(translate("ReportLoyalty", "Over the credit limit"))
        self.tiers.retranslate()
        self.churn.retranslate()
        self.credit.retranslate()
        self._notes()

    def _notes(self) -> None:
        if not self._loaded:
            self.churn_note.setText(translate("ReportLoyalty", "Loading…"))
            self.credit_note.setText(translate("ReportLoyalty", "Loading…"))
            return
        self.churn_note.setText(translate(
            "ReportLoyalty", "{count} customers have stayed away at least twice as long as "
            "they usually do (and at least two weeks). Call them before they are gone.")
            .format(count=number(self.churn.count)))  # fmt: skip
        self.credit_note.setText(translate("ReportLoyalty", "{count} customers owe more than their "
                                   "credit limit.").format(count=number(self.credit.count)))  # fmt: skip

    def load(self, scope: Scope) -> None:
        """Read the tier figures and both lists for the scope (in the background)."""
        self._generation += 1
        generation = self._generation
        service = self._service

        def work(_ctx: TaskContext) -> list[TierLoyalty]:
            return service.tiers(scope)

        def done(rows: list[TierLoyalty]) -> None:
            if generation == self._generation:
                self.tiers.set_rows(rows)
                self._fit_tiers()

        self._runner.read(work, done)
        self._loaded = False
        self._notes()

        def loaded() -> None:
            self._loaded = True
            self._notes()

        self.churn.load(lambda: service.churn_count(scope),
                        lambda offset, limit: service.churn_page(scope, offset, limit), loaded)  # fmt: skip
        self.credit.load(lambda: service.over_credit_count(scope),
                         lambda offset, limit: service.over_credit_page(scope, offset, limit),
                         loaded)  # fmt: skip

    def _fit_tiers(self) -> None:
        """A handful of tiers: the table as tall as its rows, the lists get the rest."""
        view = self.tier_table
        rows = max(self.tiers.rowCount(), 1)
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                            + rows * view.verticalHeader().defaultSectionSize() + 2)  # fmt: skip

    def _open(self, row: ChurnRow | CreditRow | None) -> None:
        if row is not None:
            self.customer_chosen.emit(row.customer_id)
