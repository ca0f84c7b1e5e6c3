"""Pieces of the complaint rules dialog: the severity table's model, the opening-hours editor,
the year calendar where the site marks holidays and make-up working days (调休), and the
sentences for the settings service's refusals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.complaints.deadlines import Limit
from cs_desktop.domain.holidays_cn import default_holidays, default_workdays, last_known_year
from cs_desktop.services.complaints.settings import CalendarEdits, Level
from cs_desktop.services.errors import ServiceError

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
HOURS, DAYS = "hours", "working_days"
HOLIDAY_COLOUR = QColor("#fecaca")  # red-ish: a day off
WORKDAY_COLOUR = QColor("#bfdbfe")  # blue-ish: a make-up working day


def rules_error_text(exc: BaseException) -> str | None:
    """A sentence for ComplaintSettings.save's refusal, or None for an unexpected failure."""
    if not isinstance(exc, ServiceError):
        return None
    texts = {
        "no_periods": translate("ComplaintRulesTexts", "Enter at least one opening period."),
        "periods_out_of_order": translate(
            "ComplaintRulesTexts", "Each period must end after it starts, and the periods must "
            "follow each other through the day without overlapping."),
        "bad_weekday": translate("ComplaintRulesTexts", "Choose working weekdays from the list."),
        "duplicate_code": translate(
            "ComplaintRulesTexts", "Enter at least one severity level, each with its own code."),
        "no_limit_for_severity": translate(
            "ComplaintRulesTexts", "Severity {severity}: enter its resolution time limit.")
        .format(severity=exc.params.get("severity", "")),
        "not_a_choice": translate("ComplaintRulesTexts", "Choose one of the offered presets."),
    }  # fmt: skip
    if exc.code == "required" and exc.field == "categories":
        return translate("ComplaintRulesTexts", "Enter at least one category; none may be blank.")
    if exc.code == "required" and exc.field == "severities":
        return translate("ComplaintRulesTexts", "Every severity level needs a code.")
    return texts.get(exc.code)


# --- severity levels and their resolution limits -------------------------------------------
@dataclass
class SeverityRow:
    code: str
    label: str
    meaning: str
    amount: float  # 0: no limit entered yet
    unit: str  # HOURS or DAYS


def unit_name(unit: str) -> str:
    if unit == DAYS:
        return translate("ComplaintRulesDialog", "working days")
    return translate("ComplaintRulesDialog", "hours")


class SeverityModel(QAbstractTableModel):
    """The severity levels with their resolution limits, edited in place."""

    CODE, LABEL, MEANING, AMOUNT, UNIT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SeverityRow] = []

    def load(self, levels: tuple[Level, ...], limits: dict[str, Limit]) -> None:
        self.beginResetModel()
        self._rows = []
        for level in levels:
            limit = limits.get(level.code)
            if limit is None:
                amount, unit = 0.0, HOURS
            elif limit.working_days:
                amount, unit = float(limit.working_days), DAYS
            else:
                amount, unit = limit.hours, HOURS
            self._rows.append(SeverityRow(level.code, level.label, level.meaning, amount, unit))
        self.endResetModel()

    def levels(self) -> tuple[Level, ...]:
        return tuple(Level(r.code.strip(), r.label.strip(), r.meaning.strip()) for r in self._rows)

    def limits(self) -> dict[str, Limit]:
        """Only the levels with a limit entered: the service names the first one without."""
        out: dict[str, Limit] = {}
        for r in self._rows:
            if r.amount > 0:
                days = r.unit == DAYS
                out[r.code.strip()] = (Limit(working_days=max(1, round(r.amount))) if days
                                       else Limit(hours=r.amount))  # fmt: skip
        return out

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code.strip() == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (translate("ComplaintRulesDialog", "Code"),
                  translate("ComplaintRulesDialog", "Name"),
                  translate("ComplaintRulesDialog", "Meaning"),
                  translate("ComplaintRulesDialog", "Resolve within"),
                  translate("ComplaintRulesDialog", "Unit"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.AMOUNT:
                if r.amount <= 0:
                    return translate("ComplaintRulesDialog", "(none)")
                return f"{r.amount:g}"
            if col == self.UNIT:
                return unit_name(r.unit)
            return (r.code, r.label, r.meaning)[col] if col < 3 else None
        if role == Qt.ItemDataRole.EditRole:
            return (r.code, r.label, r.meaning, r.amount, r.unit)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MEANING:
            return r.meaning or None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.AMOUNT and r.amount <= 0:
            return QBrush(QColor("#b91c1c"))
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:  # fmt: skip
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self._rows[index.row()]
        col = index.column()
        if col == self.AMOUNT:
            try:
                r.amount = max(0.0, float(value))
            except (TypeError, ValueError):
                return False
        elif col == self.UNIT:
            if value not in (HOURS, DAYS):
                return False
            r.unit = value
            if value == DAYS:
                r.amount = float(round(r.amount))
        else:
            setattr(r, ("code", "label", "meaning")[col], str(value))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        return True

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(SeverityRow("", "", "", 0.0, HOURS))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class SeverityDelegate(QStyledItemDelegate):
    """A number box for the limit and a choice of hours or working days for the unit."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:  # fmt: skip
        if index.column() == SeverityModel.AMOUNT:
            box = QDoubleSpinBox(parent)
            box.setRange(0, 9999)
            box.setDecimals(1)
            return box
        if index.column() == SeverityModel.UNIT:
            combo = QComboBox(parent)
            for unit in (HOURS, DAYS):
                combo.addItem(unit_name(unit), unit)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


# --- opening periods -----------------------------------------------------------------------
class PeriodsEditor(QWidget):
    """The counter's opening periods on a working day, one row of two times each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QWidget, QTimeEdit, QTimeEdit, QPushButton]] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_period(dt.time(14), dt.time(17)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.add_button.setText(translate("ComplaintRulesDialog", "Add period"))
        for _, _, _, remove in self._rows:
            remove.setText(translate("ComplaintRulesDialog", "Remove"))

    def set_periods(self, periods: tuple[tuple[dt.time, dt.time], ...]) -> None:
        for widget, *_ in self._rows:
            self._list.removeWidget(widget)
            widget.deleteLater()
        self._rows = []
        for start, end in periods:
            self.add_period(start, end)

    def add_period(self, start: dt.time, end: dt.time) -> None:
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        a, b = QTimeEdit(QTime(start.hour, start.minute)), QTimeEdit(QTime(end.hour, end.minute))
        for edit in (a, b):
            edit.setDisplayFormat("HH:mm")
        remove = QPushButton(translate("ComplaintRulesDialog", "Remove"))
        entry = (widget, a, b, remove)
        remove.clicked.connect(lambda: self._remove(entry))
        row.addWidget(a)
        row.addWidget(QLabel("–"))
        row.addWidget(b)
        row.addWidget(remove)
        row.addStretch(1)
        self._rows.append(entry)
        self._list.addWidget(widget)

    def _remove(self, entry: tuple[QWidget, QTimeEdit, QTimeEdit, QPushButton]) -> None:
        if entry in self._rows:
            self._rows.remove(entry)
            self._list.removeWidget(entry[0])
            entry[0].deleteLater()

    def periods(self) -> tuple[tuple[dt.time, dt.time], ...]:
        return tuple((a.time().toPython(), b.time().toPython())  # type: ignore[misc]
                     for _, a, b, _ in self._rows)  # fmt: skip


# --- the year calendar ---------------------------------------------------------------------
DEFAULT, HOLIDAY, WORKDAY = "default", "holiday", "workday"


def mark_day(edits: CalendarEdits, day: dt.date, state: str) -> CalendarEdits:
    """The site's edits with ``day`` made a holiday, a make-up working day, or left to China's
    default; kept as changes over the defaults."""
    hol_def, work_def = day in default_holidays(), day in default_workdays()
    h_add, h_rem = set(edits.holidays_added) - {day}, set(edits.holidays_removed) - {day}
    w_add, w_rem = set(edits.workdays_added) - {day}, set(edits.workdays_removed) - {day}
    if state == HOLIDAY:
        if not hol_def:
            h_add.add(day)
        if work_def:
            w_rem.add(day)
    elif state == WORKDAY:
        if not work_def:
            w_add.add(day)
        if hol_def:
            h_rem.add(day)
    return replace(edits, holidays_added=frozenset(h_add), holidays_removed=frozenset(h_rem),
                   workdays_added=frozenset(w_add), workdays_removed=frozenset(w_rem))  # fmt: skip


class CalendarEditor(QWidget):
    """A month calendar over any year: holidays and make-up working days in their colours, the
    site's own changes in bold; the buttons set the chosen day."""

    edits_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = CalendarEdits()
        self._shown: set[dt.date] = set()
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("complaintCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        plain = QTextCharFormat()
        plain.setForeground(QBrush(QColor("#374151")))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)  # colours mean holidays here
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._show_year())
        self.year_label = QLabel()
        self.year_label.setObjectName("calendarYearLabel")
        self.year_label.setWordWrap(True)
        self.day_label = QLabel()
        self.day_label.setObjectName("calendarDayLabel")
        self.day_label.setWordWrap(True)
        self.holiday_button = QPushButton()
        self.holiday_button.setObjectName("markHolidayButton")
        self.holiday_button.clicked.connect(lambda: self.mark(self.selected(), HOLIDAY))
        self.workday_button = QPushButton()
        self.workday_button.setObjectName("markWorkdayButton")
        self.workday_button.clicked.connect(lambda: self.mark(self.selected(), WORKDAY))
        self.default_button = QPushButton()
        self.default_button.setObjectName("markDefaultButton")
        self.default_button.clicked.connect(lambda: self.mark(self.selected(), DEFAULT))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.holiday_button, self.workday_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addWidget(self.legend)
        layout.addWidget(self.year_label)
        layout.addWidget(self.day_label)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.holiday_button.setText(translate("ComplaintRulesDialog", "Day off (holiday)"))
        self.workday_button.setText(translate("ComplaintRulesDialog", "Make-up working day"))
        self.default_button.setText(translate("ComplaintRulesDialog", "China's default"))
        self.legend.setText(translate(
            "ComplaintRulesDialog", "<span style='background:#fecaca'>&nbsp;red&nbsp;</span> "
            "holiday, <span style='background:#bfdbfe'>&nbsp;blue&nbsp;</span> make-up working "
            "day (调休); <b>bold</b>: changed by this site."))  # fmt: skip
        self._show_day()
        self._show_year()

    def selected(self) -> dt.date:
        return self.calendar.selectedDate().toPython()  # type: ignore[return-value]

    def set_edits(self, edits: CalendarEdits) -> None:
        self.edits = edits
        self._paint()
        self._show_day()
        self._show_year()

    def mark(self, day: dt.date, state: str) -> None:
        self.edits = mark_day(self.edits, day, state)
        self._paint()
        self._show_day()
        self._show_year()
        self.edits_changed.emit()

    def state(self, day: dt.date) -> str:
        e = self.edits
        if day in e.workdays_added or (day in default_workdays() and day not in e.workdays_removed):
            return WORKDAY
        if day in e.holidays_added or (day in default_holidays() and day not in e.holidays_removed):
            return HOLIDAY
        return DEFAULT

    def _changed(self, day: dt.date) -> bool:
        e = self.edits
        return any(day in s for s in (e.holidays_added, e.holidays_removed, e.workdays_added,
                                      e.workdays_removed))  # fmt: skip

    def _paint(self) -> None:
        for day in self._shown:
            self.calendar.setDateTextFormat(QDate(day), QTextCharFormat())
        e = self.edits
        self._shown = (set(default_holidays()) | set(default_workdays()) | e.holidays_added
                       | e.holidays_removed | e.workdays_added | e.workdays_removed)  # fmt: skip
        for day in self._shown:
            fmt = QTextCharFormat()
            state = self.state(day)
            if state == HOLIDAY:
                fmt.setBackground(QBrush(HOLIDAY_COLOUR))
            elif state == WORKDAY:
                fmt.setBackground(QBrush(WORKDAY_COLOUR))
            if self._changed(day):
                fmt.setFontWeight(700)
                fmt.setFontUnderline(True)
            self.calendar.setDateTextFormat(QDate(day), fmt)

    def _show_day(self) -> None:
        day = self.selected()
        state = self.state(day)
        name = default_holidays().get(day) or default_workdays().get(day) or ""
        if state == HOLIDAY:
            text = translate("ComplaintRulesDialog", "{date}: day off (holiday) {name}")
        elif state == WORKDAY:
            text = translate("ComplaintRulesDialog", "{date}: make-up working day {name}")
        else:
            text = translate("ComplaintRulesDialog", "{date}: an ordinary day (weekdays as set)")
            name = ""
        text = text.format(date=day.isoformat(), name=name).strip()
        if self._changed(day):
            text += translate("ComplaintRulesDialog", " — changed by this site")
        self.day_label.setText(text)

    def _show_year(self) -> None:
        """The shown year in figures; a year after China's known schedule says so in red."""
        year = self.calendar.yearShown()
        days = [d for d in self._shown if d.year == year]
        holidays = sum(1 for d in days if self.state(d) == HOLIDAY)
        workdays = sum(1 for d in days if self.state(d) == WORKDAY)
        changed = sum(1 for d in days if self._changed(d))
        text = translate(
            "ComplaintRulesDialog", "{year}: {holidays} holidays, {workdays} make-up working "
            "days; {changed} days changed by this site."
        ).format(year=year, holidays=holidays, workdays=workdays, changed=changed)  # fmt: skip
        unknown = year > last_known_year()
        if unknown:
            text += " " + translate(
                "ComplaintRulesDialog", "China's schedule for {year} is not known to this "
                "version: enter its holidays and make-up working days by hand."
            ).format(year=year)  # fmt: skip
        self.year_label.setText(text)
        self.year_label.setStyleSheet("color: #b91c1c;" if unknown else "")
