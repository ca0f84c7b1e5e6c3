"""The tiers area: the tier table (客户等级分类表), the Pareto curve, who moved at the last run;
recompute now; the rule editor and the tier policies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.tiers import RuleError
from cs_desktop.services.changes import Changes
from cs_desktop.services.tiers.policies import TierPolicyService
from cs_desktop.services.tiers.recompute import RunSummary, TierRecompute
from cs_desktop.services.tiers.rule_sets import RuleSetInfo, TierRuleService
from cs_desktop.services.tiers.table import MOVED_SHOWN, Moved, TierRow, TierTable, TierTableService

from ..dialogs.merge_texts import local_time
from ..dialogs.tier_policies import TierPoliciesDialog
from ..dialogs.tier_rules import TierRulesDialog
from ..dialogs.tier_texts import kind_name, problem_text, service_error_text, share_text, yuan_text
from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .areas import number
from .base import Page
from .pareto_curve import ParetoCurve
from .tier_jobs import start_recompute

translate = QCoreApplication.translate
# Tables whose changes alter the tier table.
WATCHED = ("customers", "tier_history", "tier_rule_sets", "tier_runs", "tier_policies",
           "transactions")  # fmt: skip


@dataclass(frozen=True)
class TierView:
    """What one read brings: the table and the active rule set (None: none chosen yet)."""

    table: TierTable | None
    active: RuleSetInfo | None
    problem: str  # why there is no table, in words


def tier_columns() -> list[Column[TierRow]]:
    return [
        Column(lambda: translate("TiersPage", "Tier"), _tier_label),
        Column(lambda: translate("TiersPage", "Customers"), lambda r: number(r.customers),
               align_right=True),
        Column(lambda: translate("TiersPage", "Share of customers"),
               lambda r: share_text(r.customer_share), align_right=True),
        Column(lambda: translate("TiersPage", "Value"), lambda r: yuan_text(r.value_cents),
               align_right=True),
        Column(lambda: translate("TiersPage", "Share of value"),
               lambda r: share_text(r.value_share), align_right=True),
    ]  # fmt: skip


def _tier_label(row: TierRow) -> str:
    if row.tier is None:
        return translate("TiersPage", "No tier")
    return row.label if row.tier in row.label else f"{row.label} ({row.tier})"


class TiersPage(Page):
    key = "tiers"
    tier_chosen = Signal(str)  # show the customers of this tier
    customer_chosen = Signal(uuid.UUID)  # open this customer's card

    def __init__(self, runner: TaskRunner | SyncTaskRunner, tables: TierTableService,
                 rules: TierRuleService, recompute: TierRecompute, policies: TierPolicyService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._tables, self._rules, self._recompute, self._policies = (
            tables, rules, recompute, policies)  # fmt: skip
        self._view: TierView | None = None
        self._generation = 0
        self._stale = True
        self._loading = False
        self.rules_dialog: TierRulesDialog | None = None
        self.policies_dialog: TierPoliciesDialog | None = None

        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.recompute_button = QPushButton()
        self.recompute_button.setObjectName("recomputeButton")
        self.recompute_button.clicked.connect(self.recompute_now)
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("tierRulesButton")
        self.rules_button.clicked.connect(self.open_rules)
        self.policies_button = QPushButton()
        self.policies_button.setObjectName("tierPoliciesButton")
        self.policies_button.clicked.connect(self.open_policies)
        self.rule_label = QLabel()
        self.rule_label.setObjectName("tierRuleLabel")
        self.rule_label.setWordWrap(True)
        self.run_label = QLabel()
        self.run_label.setObjectName("tierRunLabel")
        self.run_label.setWordWrap(True)
        self.done_label = QLabel()
        self.done_label.setObjectName("tierDoneLabel")
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet("color: #0f766e; font-weight: bold;")

        self.model: RowsModel[TierRow] = RowsModel(tier_columns(), self)
        self.table = QTableView()
        self.table.setObjectName("tierTable")
        self.table.setModel(self.model)
        self._setup_view(self.table, ())
        # a handful of rows and five columns: share the width (never ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._tier_activated(index.row()))
        self.total_label = QLabel()
        self.total_label.setObjectName("tierTotalLabel")

        self.curve = ParetoCurve()
        self.curve_caption = QLabel()
        self.curve_caption.setObjectName("curveCaption")
        self.curve_caption.setWordWrap(True)
        self.curve_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.curve_box = QGroupBox()
        curve_layout = QVBoxLayout(self.curve_box)
        curve_layout.addWidget(self.curve, 1)
        curve_layout.addWidget(self.curve_caption)

        self.moved_model: RowsModel[Moved] = RowsModel(self._moved_columns(), self)
        self.moved_view = QTableView()
        self.moved_view.setObjectName("movedTable")
        self.moved_view.setModel(self.moved_model)
        self._setup_view(self.moved_view, ())
        self.moved_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.moved_view.setMinimumWidth(220)
        self.moved_view.doubleClicked.connect(lambda index: self._moved_activated(index.row()))
        self.moved_box = QGroupBox()
        moved_layout = QVBoxLayout(self.moved_box)
        self.moved_note = QLabel()
        self.moved_note.setWordWrap(True)
        moved_layout.addWidget(self.moved_note)
        moved_layout.addWidget(self.moved_view, 1)

        heading_row = QHBoxLayout()
        heading_row.addWidget(self._heading)
        heading_row.addStretch(1)
        for button in (self.recompute_button, self.rules_button, self.policies_button):
            heading_row.addWidget(button)
        lower = QHBoxLayout()
        lower.addWidget(self.curve_box, 3)
        lower.addWidget(self.moved_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(heading_row)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.run_label)
        layout.addWidget(self.done_label)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        layout.addLayout(lower, 1)
        self.done_label.hide()
        self.retranslate()

    @staticmethod
    def _setup_view(view: QTableView, widths: tuple[int, ...]) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(26)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)

    def _moved_columns(self) -> list[Column[Moved]]:
        return [
            Column(lambda: translate("TiersPage", "Customer"), lambda m: m.name),
            Column(lambda: translate("TiersPage", "From"), lambda m: self.tier_name(m.from_tier)),
            Column(lambda: translate("TiersPage", "To"), lambda m: self.tier_name(m.to_tier)),
        ]

    # --- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("TiersPage", "Tiers")

    def retranslate(self) -> None:
        self._heading.setText(translate("TiersPage", "Customer tiers"))
        self.recompute_button.setText(translate("TiersPage", "Recompute now"))
        self.recompute_button.setToolTip(translate(
            "TiersPage", "Classify every customer again by the active rule"))  # fmt: skip
        self.rules_button.setText(translate("TiersPage", "Rules…"))
        self.rules_button.setToolTip(translate(
            "TiersPage", "Choose and tune the rule that classifies customers (administrator)"))  # fmt: skip
        self.policies_button.setText(translate("TiersPage", "Service policies…"))
        self.policies_button.setToolTip(translate(
            "TiersPage", "Per tier: its name, follow-up interval, who handles complaints, care "
            "reminders"))  # fmt: skip
        self.curve_box.setTitle(translate("TiersPage", "Pareto curve"))
        self.moved_box.setTitle(translate("TiersPage", "Moved at the last run"))
        self.table.setToolTip(translate(
            "TiersPage", "Double-click a tier to see its customers in the customer list"))  # fmt: skip
        self.moved_view.setToolTip(translate("TiersPage", "Double-click to open the card"))
        self.model.retranslate()
        self.moved_model.retranslate()
        self._show()

    def tier_name(self, code: str | None) -> str:
        if code is None:
            return translate("TiersPage", "No tier")
        rows = self._view.table.rows if self._view and self._view.table else []
        label = next((r.label for r in rows if r.tier == code), code)
        return label or code

    def _show(self) -> None:
        self.curve_caption.setText(self.curve.caption())
        view = self._view
        if view is None:
            self.rule_label.setText(translate("TiersPage", "Reading the tier table…"))
            self.run_label.setText("")
            self.total_label.setText("")
            self.moved_note.setText("")
            return
        active, table = view.active, view.table
        if active is None or table is None:
            self.rule_label.setText(view.problem)
            self.run_label.setText("")
            self.total_label.setText("")
            self.moved_note.setText("")
            self.curve.set_curve([])
            self.curve_caption.setText(self.curve.caption())
            return
        self.rule_label.setText(translate(
            "TiersPage", "Rule: {name}, version {version} ({kind}); value over the last "
            "{days} days.").format(name=active.name, version=active.version,
                                    kind=kind_name(active.kind), days=table.period_days))  # fmt: skip
        if table.last_run_at is None:
            self.run_label.setText(translate(
                "TiersPage", "Not recomputed yet with this database: press Recompute now."))  # fmt: skip
        else:
            self.run_label.setText(translate(
                "TiersPage", "Last recompute: {when}; {moved} customers changed tier.")
                .format(when=local_time(table.last_run_at),
                        moved=number(table.moved_at_last_run)))  # fmt: skip
        self.total_label.setText(translate(
            "TiersPage", "Total: {customers} customers, {value} of value in the period.")
            .format(customers=number(table.customers), value=yuan_text(table.value_cents)))  # fmt: skip
        if table.moved_at_last_run > len(table.moved):
            self.moved_note.setText(translate(
                "TiersPage", "{count} customers; the first {shown} by name:")
                .format(count=number(table.moved_at_last_run), shown=number(MOVED_SHOWN)))  # fmt: skip
        elif table.last_run_at is None:
            self.moved_note.setText(translate("TiersPage", "No recompute yet."))
        else:
            self.moved_note.setText(translate("TiersPage", "{count} customers:")
                                    .format(count=number(table.moved_at_last_run)))  # fmt: skip

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the table again (in the background); results of older reads are dropped."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        tables, rules = self._tables, self._rules

        def work(_ctx: TaskContext) -> TierView:
            active = rules.active()
            if active is None:
                return TierView(None, None, translate(
                    "TiersPage", "No tier rule is chosen yet. Choose one under Rules…"))  # fmt: skip
            try:
                return TierView(tables.table(), active, "")
            except RuleError as exc:
                words = "; ".join(problem_text(p) for p in exc.problems)
                return TierView(None, None, translate(
                    "TiersPage", "The active rule cannot be used ({problem}). Choose it again "
                    "under Rules…").format(problem=words))  # fmt: skip

        def done(view: TierView) -> None:
            if generation == self._generation:
                self._loading = False
                self._view = view
                self.model.set_rows(view.table.rows if view.table else [])
                self.moved_model.set_rows(view.table.moved if view.table else [])
                self.curve.set_curve(view.table.curve if view.table else [])
                self._fit_table()
                self._show()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._loading = False
            text = service_error_text(exc)
            if text is None:
                self._runner.task_failed.emit(exc)
                return
            self._view = TierView(None, None, text)
            self._show()

        self._loading = True
        self._runner.read(work, done, failed)

    def _fit_table(self) -> None:
        """The tier table is a few rows: as tall as they are, so the curve gets the rest."""
        rows = max(self.model.rowCount(), 1)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth() + 2)  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*WATCHED):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    # --- actions ----------------------------------------------------------------------------
    def recompute_now(self) -> None:
        self.done_label.hide()
        self.recompute_button.setEnabled(False)
        start_recompute(self, self._runner, self._recompute, self._recomputed,
                        self._recompute_failed)  # fmt: skip

    def _recomputed(self, summary: RunSummary) -> None:
        self.recompute_button.setEnabled(True)
        self.done_label.setText(translate(
            "TiersPage", "Recomputed {customers} customers in {seconds} s; {changed} changed "
            "tier.").format(customers=number(summary.customers), changed=number(summary.changed),
                            seconds=f"{summary.seconds:.1f}"))  # fmt: skip
        self.done_label.show()

    def _recompute_failed(self, exc: BaseException | None) -> None:
        self.recompute_button.setEnabled(True)
        if exc is None:
            self.done_label.setText(translate(
                "TiersPage", "Recompute cancelled; no tier was changed."))  # fmt: skip
            self.done_label.show()
            return
        text = service_error_text(exc)
        if isinstance(exc, RuleError):
            text = "; ".join(problem_text(p) for p in exc.problems)
        if text is None:
            self._runner.task_failed.emit(exc)
            return
        self.done_label.setText(text)
        self.done_label.show()

    def open_rules(self) -> None:
        if self.rules_dialog is None:
            self.rules_dialog = TierRulesDialog(self._rules, self._recompute, self._runner, self)
        else:
            self.rules_dialog.load()
        self.rules_dialog.show()
        self.rules_dialog.raise_()
        self.rules_dialog.activateWindow()

    def open_policies(self) -> None:
        if self.policies_dialog is None:
            self.policies_dialog = TierPoliciesDialog(self._policies, self._runner, self)
        else:
            self.policies_dialog.load()
        self.policies_dialog.show()
        self.policies_dialog.raise_()
        self.policies_dialog.activateWindow()

    def _tier_activated(self, row: int) -> None:
        tier = self.model.row_at(row)
        if tier is not None and tier.tier is not None:
            self.tier_chosen.emit(tier.tier)

    def _moved_activated(self, row: int) -> None:
        moved = self.moved_model.row_at(row)
        if moved is not None:
            self.customer_chosen.emit(moved.customer_id)
