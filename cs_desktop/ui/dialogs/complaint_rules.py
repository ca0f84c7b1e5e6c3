"""Complaint rules (投诉规则): the preset, time limits, severity levels, categories, opening hours
and the work calendar (China's holidays and make-up days, edited by the site).

``load(rules)`` fills the form, ``rules()`` reads it back; Save hands it to
ComplaintSettings.save on the writer and shows a refusal next to the field at fault.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.complaints.deadlines import Counting, DeadlinePolicy, Limit
from cs_desktop.domain.holidays_cn import last_known_year
from cs_desktop.domain.worktime import WorkingHours
from cs_desktop.services.changes import Changes
from cs_desktop.services.complaints.settings import ComplaintRules, ComplaintSettings, preset

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .complaint_rule_parts import (
    CalendarEditor,
    PeriodsEditor,
    SeverityDelegate,
    SeverityModel,
    rules_error_text,
)
from .tier_rule_forms import message_label

translate = QCoreApplication.translate
PRESETS = ("hour_based", "medical")
WEEKDAYS = range(7)  # Monday = 0


def _weekday_name(day: int) -> str:
    return (translate("ComplaintRulesDialog", "Mon"), translate("ComplaintRulesDialog", "Tue"),
            translate("ComplaintRulesDialog", "Wed"), translate("ComplaintRulesDialog", "Thu"),
            translate("ComplaintRulesDialog", "Fri"), translate("ComplaintRulesDialog", "Sat"),
            translate("ComplaintRulesDialog", "Sun"))[day]  # fmt: skip


class ComplaintRulesDialog(QDialog):
    def __init__(self, settings: ComplaintSettings, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("complaintRulesDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._settings, self._runner = settings, runner
        self._loaded = ComplaintRules()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._limits_tab(), "")
        self.tabs.addTab(self._categories_tab(), "")
        self.tabs.addTab(self._calendar_tab(), "")

        self.message = message_label()
        self.message.setObjectName("rulesMessage")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveComplaintRulesButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(700, 620)
        self.retranslate()
        self.load()

    # --- building ---------------------------------------------------------------------------
    def _limits_tab(self) -> QWidget:
        page = QWidget()
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        for name in PRESETS:
            self.preset_combo.addItem("", name)
        self.preset_combo.activated.connect(self._preset_chosen)
        self.preset_label = QLabel()
        self.preset_note = QLabel()
        self.preset_note.setObjectName("presetNote")
        self.preset_note.setWordWrap(True)
        self.first_response = QDoubleSpinBox()
        self.first_response.setObjectName("firstResponseHours")
        self.first_response.setRange(0.5, 999)
        self.first_response.setDecimals(1)
        self.first_label = QLabel()
        self.counting = QComboBox()
        self.counting.setObjectName("countingCombo")
        for c in Counting:
            self.counting.addItem("", c.value)
        self.counting_label = QLabel()
        self.soon_share = QSpinBox()
        self.soon_share.setRange(1, 99)
        self.soon_label = QLabel()
        self.admin_share = QSpinBox()
        self.admin_share.setRange(0, 1000)
        self.admin_label = QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.preset_label, self.preset_combo)
        form.addRow(self.preset_note)
        form.addRow(self.first_label, self.first_response)
        form.addRow(self.counting_label, self.counting)
        form.addRow(self.soon_label, self.soon_share)
        form.addRow(self.admin_label, self.admin_share)

        self.severity_title = QLabel()
        self.severity_title.setStyleSheet("font-weight: bold;")
        self.severity_model = SeverityModel(self)
        self.severity_table = QTableView()
        self.severity_table.setObjectName("severityTable")
        self.severity_table.setModel(self.severity_model)
        self.severity_table.setItemDelegate(SeverityDelegate(self.severity_table))
        self.severity_table.verticalHeader().hide()
        self.severity_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.severity_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SeverityModel.MEANING, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (1, 100), (3, 90), (4, 80)):
            self.severity_table.setColumnWidth(column, width)
        self.add_severity = QPushButton()
        self.add_severity.clicked.connect(self._add_severity)
        self.remove_severity = QPushButton()
        self.remove_severity.clicked.connect(self._remove_severity)
        self.severity_message = message_label()
        self.severity_message.setObjectName("severityMessage")
        self.days_note = QLabel()
        self.days_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_severity)
        row.addWidget(self.remove_severity)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.severity_title)
        layout.addWidget(self.severity_table, 1)
        layout.addWidget(self.days_note)
        layout.addWidget(self.severity_message)
        layout.addLayout(row)
        return page

    def _categories_tab(self) -> QWidget:
        page = QWidget()
        self.categories_note = QLabel()
        self.categories_note.setWordWrap(True)
        self.categories = QListWidget()
        self.categories.setObjectName("categoryList")
        self.categories.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.add_category = QPushButton()
        self.add_category.clicked.connect(self._add_category)
        self.rename_category = QPushButton()
        self.rename_category.clicked.connect(self._rename_category)
        self.remove_category = QPushButton()
        self.remove_category.clicked.connect(self._remove_category)
        self.category_message = message_label()
        self.category_message.setObjectName("categoryMessage")
        row = QHBoxLayout()
        for button in (self.add_category, self.rename_category, self.remove_category):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.categories_note)
        layout.addWidget(self.categories, 1)
        layout.addWidget(self.category_message)
        layout.addLayout(row)
        return page

    def _calendar_tab(self) -> QWidget:
        page = QWidget()
        self.periods = PeriodsEditor()
        self.periods_label = QLabel()
        self.weekday_boxes = [QCheckBox() for _ in WEEKDAYS]
        days = QHBoxLayout()
        for box in self.weekday_boxes:
            days.addWidget(box)
        days.addStretch(1)
        self.weekdays_label = QLabel()
        self.hours_message = message_label()
        self.hours_message.setObjectName("hoursMessage")
        form = QFormLayout()
        form.addRow(self.periods_label, self.periods)
        form.addRow(self.weekdays_label, days)
        form.addRow(self.hours_message)
        self.calendar_note = QLabel()
        self.calendar_note.setObjectName("calendarNote")
        self.calendar_note.setWordWrap(True)
        self.calendar_editor = CalendarEditor()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.calendar_note)
        layout.addWidget(self.calendar_editor, 1)
        return page

    # --- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("ComplaintRulesDialog", "Complaint rules"))
        self.tabs.setTabText(0, translate("ComplaintRulesDialog", "Time limits and severity"))
        self.tabs.setTabText(1, translate("ComplaintRulesDialog", "Categories"))
        self.tabs.setTabText(2, translate("ComplaintRulesDialog", "Working hours and calendar"))
        self.preset_combo.setItemText(0, translate("ComplaintRulesDialog", "Hour-based"))
        self.preset_combo.setItemText(
            1, translate("ComplaintRulesDialog", "Complaint measures for medical institutions")
        )
        self.preset_label.setText(translate("ComplaintRulesDialog", "Start from:"))
        self._show_preset_note()
        self.first_label.setText(translate("ComplaintRulesDialog", "First response within:"))
        self.first_response.setSuffix(translate("ComplaintRulesDialog", " hours"))
        self.counting_label.setText(translate("ComplaintRulesDialog", "Count hours in:"))
        self.counting.setItemText(
            0, translate("ComplaintRulesDialog", "Calendar time (nights and holidays count)")
        )
        self.counting.setItemText(1, translate("ComplaintRulesDialog", "Working hours only"))
        self.soon_label.setText(
            translate(
                "ComplaintRulesDialog", "Highlight as soon due when this share of the time is left:"
            )
        )
        self.soon_share.setSuffix(" %")
        self.admin_label.setText(
            translate(
                "ComplaintRulesDialog",
                "Escalate to the administrator when overdue by this share of the time:",
            )
        )
        self.admin_share.setSuffix(" %")
        self.severity_title.setText(
            translate("ComplaintRulesDialog", "Severity levels and resolution time limits")
        )
        self.days_note.setText(
            translate(
                "ComplaintRulesDialog",
                "A limit in working days runs to closing "
                "time of that working day after the day of intake.",
            )
        )
        self.add_severity.setText(translate("ComplaintRulesDialog", "Add level"))
        self.remove_severity.setText(translate("ComplaintRulesDialog", "Remove level"))
        self.categories_note.setText(
            translate(
                "ComplaintRulesDialog",
                "The categories offered at intake. Double-click to rename; drag to reorder.",
            )
        )
        self.add_category.setText(translate("ComplaintRulesDialog", "Add"))
        self.rename_category.setText(translate("ComplaintRulesDialog", "Rename"))
        self.remove_category.setText(translate("ComplaintRulesDialog", "Remove"))
        self.periods_label.setText(translate("ComplaintRulesDialog", "Opening periods:"))
        self.weekdays_label.setText(translate("ComplaintRulesDialog", "Working weekdays:"))
        for day, box in zip(WEEKDAYS, self.weekday_boxes, strict=True):
            box.setText(_weekday_name(day))
        self.calendar_note.setText(
            translate(
                "ComplaintRulesDialog",
                "China's public holidays and make-up working days (调休) are "
                "known up to {year}. Enter later years' days by hand when the State Council "
                "publishes them. Choose a day, then set it.",
            ).format(year=last_known_year())
        )
        self.save_button.setText(translate("ComplaintRulesDialog", "Save"))
        self.cancel_button.setText(translate("ComplaintRulesDialog", "Cancel"))
        self.periods.retranslate()
        self.calendar_editor.retranslate()
        self.severity_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_preset_note(self) -> None:
        if self.preset_combo.currentData() == "medical":
            self.preset_note.setText(translate(
                "ComplaintRulesDialog", "The national complaint-management measures for medical "
                "institutions (2019): whoever first receives a complaint is responsible for it "
                "(首诉负责); resolve on the spot where possible, otherwise feed back the result "
                "within 5 working days, or 10 working days when several departments must be "
                "coordinated. Working days follow the calendar on the Working hours tab."))  # fmt: skip
        else:
            self.preset_note.setText(translate(
                "ComplaintRulesDialog", "A first response within 24 hours, and a resolution "
                "time limit in hours for each severity level."))  # fmt: skip

    # --- load / read back ---------------------------------------------------------------------
    def load(self) -> None:
        settings = self._settings

        def work(_ctx: TaskContext) -> ComplaintRules:
            return settings.rules()

        self._runner.read(work, self.show_rules)

    def show_rules(self, rules: ComplaintRules) -> None:
        self._loaded = rules
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(rules.preset)))
        self._show_preset_note()
        p = rules.policy
        self.first_response.setValue(p.first_response.hours or p.first_response.working_days * 24)
        self.counting.setCurrentIndex(max(0, self.counting.findData(p.counting.value)))
        self.soon_share.setValue(round(p.soon_share * 100))
        self.admin_share.setValue(round(p.admin_after_share * 100))
        self.severity_model.load(rules.severities, dict(p.resolution))
        self.categories.clear()
        for name in rules.categories:
            self._category_item(name)
        self.periods.set_periods(rules.hours.periods)
        for day, box in zip(WEEKDAYS, self.weekday_boxes, strict=True):
            box.setChecked(day in rules.hours.weekdays)
        self.calendar_editor.set_edits(rules.edits)
        self._clear_messages()

    def rules(self) -> ComplaintRules:
        """The rules as the form shows them."""
        policy = DeadlinePolicy(
            first_response=Limit(hours=self.first_response.value()),
            resolution=self.severity_model.limits(),
            counting=Counting(self.counting.currentData()),
            soon_share=self.soon_share.value() / 100,
            admin_after_share=self.admin_share.value() / 100,
        )
        hours = WorkingHours(
            periods=self.periods.periods(),
            weekdays=frozenset(d for d, b in zip(WEEKDAYS, self.weekday_boxes, strict=True)
                               if b.isChecked()),
        )  # fmt: skip
        categories = tuple(self.categories.item(i).text().strip()
                           for i in range(self.categories.count()))  # fmt: skip
        return replace(self._loaded, preset=str(self.preset_combo.currentData()), policy=policy,
                       hours=hours, edits=self.calendar_editor.edits, categories=categories,
                       severities=self.severity_model.levels())  # fmt: skip

    def _preset_chosen(self, _index: int) -> None:
        """A preset fills the time limits and severity levels; the site's categories, opening
        hours and calendar stay as they are."""
        chosen = preset(str(self.preset_combo.currentData()))
        current = self.rules()
        self.show_rules(replace(chosen, hours=current.hours, edits=current.edits,
                                categories=current.categories))  # fmt: skip

    # --- severities and categories ------------------------------------------------------------
    def _add_severity(self) -> None:
        row = self.severity_model.add_row()
        index = self.severity_model.index(row, SeverityModel.CODE)
        self.severity_table.setCurrentIndex(index)
        self.severity_table.edit(index)

    def _remove_severity(self) -> None:
        self.severity_model.remove_row(self.severity_table.currentIndex().row())

    def _category_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.categories.addItem(item)
        return item

    def _add_category(self) -> None:
        item = self._category_item(translate("ComplaintRulesDialog", "New category"))
        self.categories.setCurrentItem(item)
        self.categories.editItem(item)

    def _rename_category(self) -> None:
        item = self.categories.currentItem()
        if item is not None:
            self.categories.editItem(item)

    def _remove_category(self) -> None:
        row = self.categories.currentRow()
        if row >= 0:
            self.categories.takeItem(row)

    # --- saving -------------------------------------------------------------------------------
    def _clear_messages(self) -> None:
        for label in (self.message, self.severity_message, self.category_message,
                      self.hours_message):  # fmt: skip
            label.hide()

    def save(self) -> None:
        self._clear_messages()
        rules = self.rules()
        settings = self._settings
        self.save_button.setEnabled(False)

        def work(_ctx: TaskContext) -> Changes:
            settings.save(rules)
            return Changes.of("app_settings")

        def done(_changes: Changes) -> None:
            self.save_button.setEnabled(True)
            self._loaded = rules
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            text = rules_error_text(exc)
            if text is None:
                self._runner.task_failed.emit(exc)
                return
            self.show_error(getattr(exc, "field", None), text, exc)

        self._runner.write(work, done, failed)

    def show_error(self, field: str | None, text: str, exc: BaseException) -> None:
        places = {"severities": (0, self.severity_message, self.severity_table),
                  "categories": (1, self.category_message, self.categories),
                  "hours": (2, self.hours_message, self.periods)}  # fmt: skip
        tab, label, widget = places.get(field or "", (self.tabs.currentIndex(), self.message,
                                                      self.tabs))  # fmt: skip
        self.tabs.setCurrentIndex(tab)
        label.setText(text)
        label.show()
        severity = getattr(exc, "params", {}).get("severity")
        if field == "severities" and severity is not None:
            row = self.severity_model.row_of(str(severity))
            if row >= 0:
                self.severity_table.setCurrentIndex(
                    self.severity_model.index(row, SeverityModel.AMOUNT)
                )
        widget.setFocus()
