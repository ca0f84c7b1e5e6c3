"""Settings > Satisfaction surveys: choose a survey, edit its name, scale (1-5 or 1-10), its
items (text and weight; add, remove, move) and which other questions it asks (NPS, the
expectation, would come again / recommend); a new survey from a template; which survey is asked
after a follow-up, at the counter and after a closed complaint.

Saving makes the next version of the survey and says so: answers already given keep the version
they answered. Staff without the EDIT_SURVEYS permission see everything read-only.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.kpis.templates import TEMPLATES, USES
from cs_desktop.services.changes import Changes
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.surveys.definitions import (
    ItemDraft,
    Saved,
    SurveyDefinitions,
    SurveyDraft,
    SurveyInfo,
)

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .survey_texts import refusal, use_names
from .tier_rule_forms import message_label

translate = QCoreApplication.translate
CODE_ROLE = Qt.ItemDataRole.UserRole


class SurveyEditorDialog(QDialog):
    def __init__(self, definitions: SurveyDefinitions, runner: TaskRunner | SyncTaskRunner,
                 may_edit: bool, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("surveyEditor")
        self.setWindowTitle(translate("SurveyEditor", "Satisfaction surveys"))
        self._definitions, self._runner, self._may_edit = definitions, runner, may_edit
        self.surveys: list[SurveyInfo] = []
        self.current: SurveyInfo | None = None
        self.chooser = QComboBox()
        self.chooser.setObjectName("surveyChooser")
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.new_button = QPushButton(translate("SurveyEditor", "&New from a template"))
        templates = QMenu(self.new_button)
        for t in TEMPLATES:
            action = templates.addAction(t.name)
            action.triggered.connect(lambda _c=False, code=t.code: self.new_from(code))
        self.new_button.setMenu(templates)
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)

        self.name = QLineEdit()
        self.scale = QComboBox()
        self.scale.addItem(translate("SurveyEditor", "1-5"), 5)
        self.scale.addItem(translate("SurveyEditor", "1-10"), 10)
        self.asks_nps = QCheckBox(translate("SurveyEditor", "How likely to recommend us (0-10, "
                                            "for the NPS)"))  # fmt: skip
        self.asks_expectation = QCheckBox(translate("SurveyEditor", "What the customer expected "
                                                    "(for the CSS)"))  # fmt: skip
        self.asks_loyalty = QCheckBox(translate("SurveyEditor", "Would come again, would "
                                                "recommend (yes / no)"))  # fmt: skip
        self.version = QLabel()
        form = QFormLayout()
        form.addRow(translate("SurveyEditor", "&Name:"), self.name)
        form.addRow(translate("SurveyEditor", "&Scale:"), self.scale)
        form.addRow(translate("SurveyEditor", "Also asks:"), self.asks_nps)
        form.addRow("", self.asks_expectation)
        form.addRow("", self.asks_loyalty)
        form.addRow(translate("SurveyEditor", "Version:"), self.version)

        self.items = QTableWidget(0, 2)
        self.items.setObjectName("surveyItems")
        self.items.setHorizontalHeaderLabels([translate("SurveyEditor", "Item"),
                                              translate("SurveyEditor", "Weight")])  # fmt: skip
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.items.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.items.setColumnWidth(1, 80)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(translate("SurveyEditor", "&Add item"))
        self.remove_button = QPushButton(translate("SurveyEditor", "&Remove"))
        self.up_button = QPushButton(translate("SurveyEditor", "Move &up"))
        self.down_button = QPushButton(translate("SurveyEditor", "Move do&wn"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        item_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        self.save_button = QPushButton(translate("SurveyEditor", "Save as a new &version"))
        self.save_button.setObjectName("saveSurvey")
        self.save_button.clicked.connect(self.save)

        self.uses_box = QGroupBox(translate("SurveyEditor", "Which survey is asked"))
        uses_form = QFormLayout(self.uses_box)
        self.uses: dict[str, QComboBox] = {}
        for use in USES:
            combo = QComboBox()
            combo.setObjectName(f"use_{use}")
            self.uses[use] = combo
            uses_form.addRow(use_names()[use] + ":", combo)
        self.uses_button = QPushButton(translate("SurveyEditor", "Save the &choice"))
        self.uses_button.clicked.connect(self.save_uses)
        uses_form.addRow("", self.uses_button)

        self.message = message_label()
        self.status = QLabel()
        self.status.setObjectName("surveySaved")
        self.status.setWordWrap(True)
        self.read_only = QLabel(translate("SurveyEditor", "Only supervisors and administrators "
                                          "edit surveys; shown read-only."))  # fmt: skip
        self.read_only.setVisible(not may_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.items, 1)
        layout.addLayout(item_buttons)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.uses_box)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(close)
        for widget in (self.new_button, self.name, self.scale, self.asks_nps,
                       self.asks_expectation, self.asks_loyalty, self.add_button,
                       self.remove_button, self.up_button, self.down_button, self.save_button,
                       self.uses_button, *self.uses.values()):  # fmt: skip
            widget.setEnabled(may_edit)
        if not may_edit:
            self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resize(640, 720)
        self.load()

    # --- reading ------------------------------------------------------------------------------
    def load(self, select: str | None = None) -> None:
        definitions = self._definitions

        def work(_ctx: TaskContext) -> tuple[list[SurveyInfo], dict[str, str]]:
            return definitions.surveys(), definitions.uses()

        def done(result: tuple[list[SurveyInfo], dict[str, str]]) -> None:
            self.surveys, uses = result
            keep = select or (self.current.code if self.current else None)
            self.chooser.blockSignals(True)
            self.chooser.clear()
            for survey in self.surveys:
                self.chooser.addItem(survey.name, survey.code)
            self.chooser.blockSignals(False)
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(keep)) if keep else 0)
            self._chosen()
            for use, combo in self.uses.items():
                combo.clear()
                for survey in self.surveys:
                    combo.addItem(survey.name, survey.code)
                combo.setCurrentIndex(max(0, combo.findData(uses.get(use))))

        self._runner.read(work, done)

    def _chosen(self, *_args: object) -> None:
        code = self.chooser.currentData()
        survey = next((s for s in self.surveys if s.code == code), None)
        self.current = survey
        self.items.setRowCount(0)
        if survey is None:
            return
        self.name.setText(survey.name)
        self.scale.setCurrentIndex(max(0, self.scale.findData(survey.scale)))
        self.asks_nps.setChecked(survey.asks_nps)
        self.asks_expectation.setChecked(survey.asks_expectation)
        self.asks_loyalty.setChecked(survey.asks_loyalty)
        self.version.setText(translate("SurveyEditor", "version {n}").format(n=survey.version))
        for item in survey.items:
            self._append(item.text, f"{item.weight:g}", item.code)

    def _append(self, text: str, weight: str, code: str) -> int:
        row = self.items.rowCount()
        self.items.insertRow(row)
        cell = QTableWidgetItem(text)
        cell.setData(CODE_ROLE, code)
        self.items.setItem(row, 0, cell)
        self.items.setItem(row, 1, QTableWidgetItem(weight))
        return row

    # --- editing ------------------------------------------------------------------------------
    def add_item(self) -> None:
        row = self._append("", "1", "")
        self.items.setCurrentCell(row, 0)
        self.items.editItem(self.items.item(row, 0))

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def move_item(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.rowCount():
            return
        taken = [self.items.takeItem(row, c) for c in range(2)]
        moved = [self.items.takeItem(target, c) for c in range(2)]
        for c in range(2):
            self.items.setItem(target, c, taken[c])
            self.items.setItem(row, c, moved[c])
        self.items.setCurrentCell(target, self.items.currentColumn())

    def draft(self) -> SurveyDraft:
        items = []
        for row in range(self.items.rowCount()):
            text, weight = self.items.item(row, 0), self.items.item(row, 1)
            items.append(ItemDraft(text.text() if text else "", weight.text() if weight else "",
                                   str(text.data(CODE_ROLE) or "") if text else ""))  # fmt: skip
        return SurveyDraft(self.name.text(), int(self.scale.currentData()), tuple(items),
                           self.asks_nps.isChecked(), self.asks_expectation.isChecked(),
                           self.asks_loyalty.isChecked())  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            self._runner.task_failed.emit(exc)
            return
        self.message.setText(refusal(exc))
        self.message.show()
        item = exc.params.get("item")
        if isinstance(item, int) and 0 < item <= self.items.rowCount():
            self.items.setCurrentCell(item - 1, 1 if exc.field == "weight" else 0)
            self.items.setFocus()
        elif exc.field == "name":
            self.name.setFocus()

    def save(self) -> None:
        survey = self.current
        if survey is None:
            return
        self.message.hide()
        definitions, draft, sid = self._definitions, self.draft(), survey.id
        result: list[Saved] = []

        def work(_ctx: TaskContext) -> Changes:
            result.append(definitions.save(sid, draft))
            return Changes.of("survey_definitions")

        def done(_c: Changes) -> None:
            saved = result[0]
            self.status.setText(translate("SurveyEditor", "Saved as version {new}; answers "
                                          "already given are still counted by version {old}.")
                                .format(new=saved.survey.version, old=saved.previous_version))  # fmt: skip
            self.load(saved.survey.code)

        self._runner.write(work, done, self._failed)

    def new_from(self, template: str) -> None:
        self.message.hide()
        definitions = self._definitions
        made: list[SurveyInfo] = []

        def work(_ctx: TaskContext) -> Changes:
            made.append(definitions.from_template(template))
            return Changes.of("survey_definitions")

        def done(_c: Changes) -> None:
            self.status.setText(translate("SurveyEditor", "New survey “{name}” made from the "
                                          "template; edit it and save.").format(name=made[0].name))  # fmt: skip
            self.load(made[0].code)

        self._runner.write(work, done, self._failed)

    def save_uses(self) -> None:
        self.message.hide()
        definitions = self._definitions
        chosen = {use: str(combo.currentData()) for use, combo in self.uses.items()
                  if combo.currentData()}  # fmt: skip

        def work(_ctx: TaskContext) -> Changes:
            definitions.set_uses(chosen)
            return Changes.of("app_settings")

        def done(_c: Changes) -> None:
            self.status.setText(translate("SurveyEditor", "Saved which survey is asked where."))

        self._runner.write(work, done, self._failed)

    def chosen_id(self) -> uuid.UUID | None:
        return self.current.id if self.current else None
