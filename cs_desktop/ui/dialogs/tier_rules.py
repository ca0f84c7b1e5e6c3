"""The tier rule editor (an administrator's rare task): choose the kind of rule, tune it, see
who would move (preview, in the background), then apply: a new version of the rule set, and a
recompute with progress. Apply is offered only for the settings the preview was made of."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.tiers import RULES, RuleError, RuleProblem, rule_from
from cs_desktop.services.changes import Changes
from cs_desktop.services.tiers.recompute import RunSummary, TierRecompute
from cs_desktop.services.tiers.rule_sets import (
    Move,
    Preview,
    RuleInvalid,
    RuleSetInfo,
    TierRuleService,
)

from ..models.rows import Column, RowsModel
from ..pages.areas import number
from ..pages.tier_jobs import start_recompute
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .tier_rule_forms import FORMS, RuleForm, message_label
from .tier_texts import kind_help, kind_name, problem_text, service_error_text

translate = QCoreApplication.translate


def _tier(code: str | None) -> str:
    return code if code is not None else translate("TierRulesDialog", "No tier")


def move_columns() -> list[Column[Move]]:
    return [
        Column(lambda: translate("TierRulesDialog", "From"), lambda m: _tier(m.from_tier)),
        Column(lambda: translate("TierRulesDialog", "To"), lambda m: _tier(m.to_tier)),
        Column(lambda: translate("TierRulesDialog", "Customers"), lambda m: number(m.customers),
               align_right=True),
    ]  # fmt: skip


class TierRulesDialog(QDialog):
    def __init__(self, rules: TierRuleService, recompute: TierRecompute,
                 runner: TaskRunner | SyncTaskRunner, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("tierRulesDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._rules, self._recompute, self._runner = rules, recompute, runner
        self._active: RuleSetInfo | None = None
        self._previewed: tuple[str, Any] | None = None  # (kind, params) of the shown preview
        self._generation = 0
        self.preview: Preview | None = None

        self.name = QLineEdit()
        self.name.setObjectName("ruleSetName")
        self.name.setMaxLength(100)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.kind = QComboBox()
        self.kind.setObjectName("ruleKind")
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("ruleHelp")
        self.help.setStyleSheet("color: #475569;")
        self.stack = QStackedWidget()
        self.forms: dict[str, RuleForm] = {}
        for form_class in FORMS:
            form = form_class()
            form.edited.connect(self._edited)
            self.forms[form.kind] = form
            self.stack.addWidget(form)
            self.kind.addItem("", form.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.notes = QLineEdit()
        self.notes.setObjectName("ruleNotes")
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes)
        self.message = message_label()
        self.message.setObjectName("ruleMessage")

        top = QFormLayout()
        top.addRow(self.name_label, self.name)
        top.addRow(self.notes_label, self.notes)
        top.addRow(self.kind_label, self.kind)
        top.addRow(self.help)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.stack)
        editor_layout.addWidget(self.message)
        editor_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.preview_title = QLabel()
        self.preview_title.setObjectName("previewTitle")
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.preview_summary = QLabel()
        self.preview_summary.setObjectName("previewSummary")
        self.preview_summary.setWordWrap(True)
        self.moves_model: RowsModel[Move] = RowsModel(move_columns(), self)
        self.moves_view = QTableView()
        self.moves_view.setObjectName("previewMoves")
        self.moves_view.setModel(self.moves_model)
        self.moves_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.moves_view.verticalHeader().setVisible(False)
        self.moves_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.moves_view.verticalHeader().setDefaultSectionSize(24)
        self.moves_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("previewCounts")
        self.counts_label.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.preview_title)
        side_layout.addWidget(self.preview_summary)
        side_layout.addWidget(self.moves_view, 1)
        side_layout.addWidget(self.counts_label)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 360])

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.run_preview)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyButton")
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.apply_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(860, 600)
        self.retranslate()
        self.load()

    # --- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("TierRulesDialog", "Tier rules"))
        self.name_label.setText(translate("TierRulesDialog", "Rule set &name:"))
        self.kind_label.setText(translate("TierRulesDialog", "&Kind of rule:"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_name(str(self.kind.itemData(index))))
        self.notes_label.setText(translate("TierRulesDialog", "N&otes:"))
        self.notes.setPlaceholderText(translate("TierRulesDialog", "Why this rule (optional)"))
        self.preview_title.setText(translate("TierRulesDialog", "Who would move"))
        self.preview_button.setText(translate("TierRulesDialog", "&Preview"))
        self.apply_button.setText(translate("TierRulesDialog", "&Apply"))
        self.apply_button.setToolTip(translate(
            "TierRulesDialog", "Save as a new version of the rule set and recompute every "
            "customer's tier"))  # fmt: skip
        self.close_button.setText(translate("TierRulesDialog", "Close"))
        for form in self.forms.values():
            form.retranslate()
        self.moves_model.retranslate()
        self._show_help()
        self._show_preview()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_help(self) -> None:
        self.help.setText(kind_help(self.current_kind()))

    # --- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        """The active rule set into the forms (other kinds start from their defaults)."""
        rules = self._rules

        def work(_ctx: TaskContext) -> RuleSetInfo | None:
            return rules.active()

        self._runner.read(work, self._loaded)

    def _loaded(self, active: RuleSetInfo | None) -> None:
        self._active = active
        for kind, form in self.forms.items():
            form.blockSignals(True)
            form.load(RULES[kind].default())
            form.blockSignals(False)
        if active is not None and active.kind in self.forms:
            try:
                rule = rule_from(active.kind, active.params)
            except RuleError:
                rule = None  # a broken stored rule: its kind's defaults, to be saved anew
            form = self.forms[active.kind]
            form.blockSignals(True)
            if rule is not None:
                form.load(rule)
            form.blockSignals(False)
            self.kind.setCurrentIndex(self.kind.findData(active.kind))
        self.name.setText(active.name if active else kind_name(self.current_kind()))
        self.notes.setText(active.notes if active else "")
        self._reset_preview()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_form(self) -> RuleForm:
        return self.forms[self.current_kind()]

    def _kind_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._show_help()
        self._suggest_name()
        self._edited()

    def _suggest_name(self) -> None:
        """A rule set of another kind gets its own name (and versions), unless the
        administrator typed one."""
        active, kind = self._active, self.current_kind()
        ours = {kind_name(k) for k in self.forms} | ({active.name} if active else set())
        same = active is not None and active.kind == kind
        if self.name.text() in ours:
            self.name.setText(active.name if same and active else kind_name(kind))
        if active is not None and self.notes.text() in ("", active.notes):
            self.notes.setText(active.notes if same else "")

    def _edited(self) -> None:
        self._reset_preview()

    def _reset_preview(self) -> None:
        self._generation += 1  # a preview still running is for other settings
        self._previewed = None
        self.preview = None
        self.message.hide()
        self.current_form().clear_problems()
        self._show_preview()

    # --- checking, preview, apply -----------------------------------------------------------
    def _checked(self) -> tuple[str, dict[str, Any]] | None:
        """The kind and parameters as typed, or None after showing what is wrong."""
        kind, params = self.current_kind(), self.current_form().params()
        try:
            rule_from(kind, params)
        except RuleError as exc:
            self.show_problems(exc.problems)
            return None
        self.current_form().clear_problems()
        self.message.hide()
        return kind, params

    def show_problems(self, problems: list[RuleProblem]) -> None:
        left = self.current_form().show_problems(problems)
        if left:
            self.message.setText(" ".join(problem_text(p) for p in left))
            self.message.show()
        else:
            self.message.hide()

    def run_preview(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        kind, params = checked
        self._generation += 1
        generation = self._generation
        rules = self._rules
        self.preview_button.setEnabled(False)
        self.preview_summary.setText(translate("TierRulesDialog", "Computing the preview…"))

        def work(_ctx: TaskContext) -> Preview:
            return rules.preview(kind, params)

        def done(preview: Preview) -> None:
            self.preview_button.setEnabled(True)
            if generation == self._generation:
                self.preview = preview
                self._previewed = (kind, params)
                self._show_preview()

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            if generation == self._generation:
                self._failed(exc)
                self._show_preview()

        self._runner.read(work, done, failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, RuleInvalid):
            self.show_problems(exc.problems)
            return
        text = service_error_text(exc)
        if text is None:
            self._runner.task_failed.emit(exc)
            return
        self.message.setText(text)
        self.message.show()

    def _show_preview(self) -> None:
        preview = self.preview
        self.apply_button.setEnabled(preview is not None)
        if preview is None:
            self.moves_model.set_rows([])
            self.preview_summary.setText(translate(
                "TierRulesDialog", "Press Preview to see how many customers would move from "
                "which tier to which. Apply is possible after a preview."))  # fmt: skip
            self.counts_label.setText("")
            return
        moving = sum(m.customers for m in preview.moves)
        self.moves_model.set_rows(preview.moves)
        self.preview_summary.setText(translate(
            "TierRulesDialog", "Of {customers} customers, {moving} would change tier.")
            .format(customers=number(preview.customers), moving=number(moving)))  # fmt: skip
        order = [d.code for d in RULES[self.current_kind()].default().tiers()]
        counts = sorted(preview.counts.items(),
                        key=lambda kv: (kv[0] is None, order.index(kv[0]) if kv[0] in order
                                        else len(order), str(kv[0])))  # fmt: skip
        self.counts_label.setText(translate("TierRulesDialog", "After the change: {counts}")
                                  .format(counts=translate("TierRulesDialog", ", ").join(
                                      f"{_tier(t)} {number(n)}" for t, n in counts)))  # fmt: skip

    def apply(self) -> None:
        if self._previewed is None:
            return
        kind, params = self._previewed
        name, notes = self.name.text(), self.notes.text()
        rules = self._rules
        self.apply_button.setEnabled(False)
        self.preview_button.setEnabled(False)

        def work(_ctx: TaskContext) -> Changes:
            rules.save(name, kind, params, notes)
            return Changes.of("tier_rule_sets", "tier_policies")  # new tiers get a policy

        def saved(_changes: Changes) -> None:
            start_recompute(self, self._runner, self._recompute, self._recomputed,
                            self._recompute_failed)  # fmt: skip

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            self.apply_button.setEnabled(True)
            self._failed(exc)

        self._runner.write(work, saved, failed)

    def _recomputed(self, _summary: RunSummary) -> None:
        self.preview_button.setEnabled(True)
        self.accept()

    def _recompute_failed(self, exc: BaseException | None) -> None:
        # The new rule set is saved and active; the tiers follow at the next recompute.
        self.preview_button.setEnabled(True)
        self._reset_preview()
        if exc is None:
            self.message.setText(translate(
                "TierRulesDialog", "The rule is saved; the recompute was cancelled, so the "
                "tiers change at the next recompute."))  # fmt: skip
            self.message.show()
        else:
            self._failed(exc)
