"""Editors the customer card is built from: an optional date, money in yuan, a scanner-friendly
line edit, and the phone and address lists (rows added and removed, one marked primary)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import AddressKind
from cs_desktop.domain.text import normalize
from cs_desktop.services.customers.card_dto import AddressEntry, PhoneEntry

from .card_texts import address_kind_names

translate = QCoreApplication.translate
CENT = decimal.Decimal("0.01")


def set_problem(widget: QWidget, flagged: bool) -> None:
    """The red border comes from the dialog's style sheet on the ``problem`` property."""
    if bool(widget.property("problem")) == flagged:
        return
    widget.setProperty("problem", flagged)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


@dataclasses.dataclass
class Slot:
    """Where a field's problem shows: the widget framed in red, the one focused, the sentence."""

    mark: QWidget
    focus: QWidget
    problem: QLabel


def field_box(widget: QWidget) -> tuple[QWidget, QLabel]:
    """The field with its problem sentence under it, as one form cell."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    label = problem_label()
    layout.addWidget(label)
    return box, label


def problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldProblem")
    label.setWordWrap(True)
    label.hide()
    return label


# --- numbers as people type them (full-width digits, thousands separators, ¥) ------------------
def parse_decimal(text: str) -> decimal.Decimal | None:
    """None for an empty field; ValueError when it is not a number."""
    cleaned = normalize(text).replace(",", "").replace("¥", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = decimal.Decimal(cleaned)
    except decimal.InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def parse_int(text: str) -> int | None:
    value = parse_decimal(text)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise ValueError(text)
    return int(value)


def format_yuan(cents: int) -> str:
    return f"¥{decimal.Decimal(cents) / 100:,.2f}"


class MoneyEdit(QLineEdit):
    """An amount in yuan, stored as integer cents through Decimal (never float arithmetic)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("¥0.00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._tidy)

    def cents(self) -> int | None:
        """None when empty; ValueError when the text is not an amount."""
        value = parse_decimal(self.text())
        if value is None:
            return None
        return int((value * 100).quantize(decimal.Decimal(1), rounding=decimal.ROUND_HALF_UP))

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else format_yuan(cents))

    def _tidy(self) -> None:
        try:
            cents = self.cents()
        except ValueError:
            return  # left as typed; the dialog names the problem on Save
        self.set_cents(cents)


class ScanLineEdit(QLineEdit):
    """A line edit a USB ID-card reader or barcode scanner types into. They end with Enter,
    which here finishes the field instead of saving the dialog."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # not passed on to the dialog's default button
            self.entered.emit()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """A date that may be unknown: the tick box says whether a date is given (like the Windows
    date picker with a check box)."""

    date_changed = Signal()

    def __init__(self, default: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default or QDate.currentDate()
        self.known = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(1880, 1, 1))
        self.edit.setDate(self._default)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)
        self.known.toggled.connect(self._known_toggled)
        self.edit.dateChanged.connect(lambda _d: self.date_changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.known.setToolTip(translate("CustomerCardDialog",
                                        "Tick to enter a date; leave unticked when it is unknown."))  # fmt: skip
        self.known.setAccessibleName(translate("CustomerCardDialog", "Date known"))

    def date(self) -> dt.date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None  # type: ignore[return-value]

    def set_date(self, value: dt.date | None) -> None:
        self.known.setChecked(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else self._default)

    def text(self) -> str:
        """What the user sees: the date, or nothing when it is unknown."""
        return self.edit.text() if self.known.isChecked() else ""

    def focus_widgets(self) -> list[QWidget]:
        return [self.known, self.edit]

    def focus_target(self) -> QWidget:
        """Where a problem sends the user: the date itself once one is given."""
        return self.edit if self.known.isChecked() else self.known

    def _known_toggled(self, known: bool) -> None:
        self.edit.setEnabled(known)
        if known and self.known.hasFocus():
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.date_changed.emit()


# --- lists of rows: phones and addresses ------------------------------------------------------
class _Row(QFrame):
    def __init__(self, fields: list[QWidget], loaded: object | None) -> None:
        super().__init__()
        self.fields = fields
        self.loaded = loaded
        self.primary = QRadioButton()
        self.remove = QPushButton()
        self.remove.setAutoDefault(False)
        self.problem = problem_label()

    def focus_widgets(self) -> list[QWidget]:
        return [*self.fields, self.primary, self.remove]


class _ListEditor(QWidget):
    """Rows under a header with an Add button; one row may be marked primary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self._primary = QButtonGroup(self)
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)  # Enter still saves the dialog
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.problem = problem_label()  # for the list as a whole ("listed twice")
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addStretch(1)
        header.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.problem)

    # what a subclass provides
    def _make_row(self, loaded: object | None) -> _Row:
        raise NotImplementedError

    def _retranslate_row(self, row: _Row) -> None:
        raise NotImplementedError

    # mechanics
    def add_row(self, loaded: object | None = None, focus: bool = False) -> _Row:
        row = self._make_row(loaded)
        self._primary.addButton(row.primary)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        if loaded is None and self._primary.checkedButton() is None:
            row.primary.setChecked(True)  # a first new row is the primary one
        self._retranslate_row(row)
        self._chain()
        if focus:
            row.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: _Row) -> None:
        self.rows.remove(row)
        self._primary.removeButton(row.primary)
        row.hide()
        row.deleteLater()
        self._chain()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            self._primary.removeButton(row.primary)
            row.hide()
            row.deleteLater()
        self.clear_marks()

    def _chain(self) -> None:
        """Tab from the Add button through the rows in their order (rows made later would
        otherwise come last in the window's tab order)."""
        previous: QWidget = self.add_button
        for row in self.rows:
            for widget in row.focus_widgets():
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def mark(self, index: int, text: str) -> None:
        row = self.rows[index]
        set_problem(row.fields[0], True)
        row.problem.setText(text)
        row.problem.show()

    def mark_list(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def clear_marks(self) -> None:
        for row in self.rows:
            set_problem(row.fields[0], False)
            row.problem.hide()
        self.problem.hide()

    def retranslate(self) -> None:
        for row in self.rows:
            self._retranslate_row(row)


class PhoneListEditor(_ListEditor):
    def _make_row(self, loaded: object | None) -> _Row:
        number, label = QLineEdit(), QLineEdit()
        number.setObjectName("phoneNumber")
        if isinstance(loaded, PhoneEntry):
            number.setText(loaded.raw)
            label.setText(loaded.label)
        row = _Row([number, label], loaded)
        row.primary.setChecked(isinstance(loaded, PhoneEntry) and loaded.is_primary)
        number.textEdited.connect(lambda _t: (set_problem(number, False), row.problem.hide()))
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(number, 3)
        line.addWidget(label, 2)
        line.addWidget(row.primary)
        line.addWidget(row.remove)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(row.problem)
        return row

    def _retranslate_row(self, row: _Row) -> None:
        number, label = row.fields
        number.setPlaceholderText(translate("CustomerCardDialog", "Number, e.g. 139 1234 5678"))
        number.setAccessibleName(translate("CustomerCardDialog", "Phone number"))
        label.setPlaceholderText(translate("CustomerCardDialog", "Label, e.g. mobile, home"))
        label.setAccessibleName(translate("CustomerCardDialog", "Phone label"))
        row.primary.setText(translate("CustomerCardDialog", "Primary"))
        row.remove.setText(translate("CustomerCardDialog", "Remove"))
        row.remove.setToolTip(translate("CustomerCardDialog", "Remove this phone number"))

    def retranslate(self) -> None:
        self.add_button.setText(translate("CustomerCardDialog", "Add phone"))
        super().retranslate()

    def set_entries(self, entries: Sequence[PhoneEntry]) -> None:
        self.clear()
        for entry in entries:
            self.add_row(entry)

    def entries(self) -> tuple[tuple[PhoneEntry, ...], list[int]]:
        """The filled rows as entries, and for each entry its row (problems name entries)."""
        out: list[PhoneEntry] = []
        rows: list[int] = []
        for index, row in enumerate(self.rows):
            number, label = row.fields
            raw = number.text()  # type: ignore[attr-defined]
            if not raw.strip():
                continue
            primary = row.primary.isChecked()
            loaded = row.loaded
            if isinstance(loaded, PhoneEntry) and loaded.raw == raw:
                # unchanged number: keep what the service derived from it (kind, digits)
                entry = dataclasses.replace(loaded, label=label.text(), is_primary=primary)  # type: ignore[attr-defined]
            else:
                entry = PhoneEntry(raw, label.text(), is_primary=primary)  # type: ignore[attr-defined]
            out.append(entry)
            rows.append(index)
        return tuple(out), rows


class AddressListEditor(_ListEditor):
    _PARTS = ("province", "city", "district", "street", "postal_code")

    def _make_row(self, loaded: object | None) -> _Row:
        edits = [QLineEdit() for _ in self._PARTS]
        kind = QComboBox()
        for value, _name in address_kind_names():
            kind.addItem("", value.value)
        entry = loaded if isinstance(loaded, AddressEntry) else AddressEntry()
        for edit, part in zip(edits, self._PARTS, strict=True):
            edit.setText(getattr(entry, part))
        kind.setCurrentIndex(max(kind.findData(entry.kind.value), 0))
        row = _Row([*edits, kind], loaded)
        row.primary.setChecked(entry.is_primary and loaded is not None)
        province, city, district, street, postal = edits
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(province, 0, 0)
        grid.addWidget(city, 0, 1)
        grid.addWidget(district, 0, 2)
        grid.addWidget(kind, 0, 3)
        grid.addWidget(street, 1, 0, 1, 3)
        grid.addWidget(postal, 1, 3)
        side = QHBoxLayout()
        side.addWidget(row.primary)
        side.addWidget(row.remove)
        grid.addLayout(side, 0, 4)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(grid)
        layout.addWidget(row.problem)
        return row

    def _retranslate_row(self, row: _Row) -> None:
        names = (translate("CustomerCardDialog", "Province"), translate("CustomerCardDialog", "City"),
                 translate("CustomerCardDialog", "District"),
                 translate("CustomerCardDialog", "Street and number"),
                 translate("CustomerCardDialog", "Postal code"))  # fmt: skip
        for edit, name in zip(row.fields, names, strict=False):
            edit.setPlaceholderText(name)  # type: ignore[attr-defined]
            edit.setAccessibleName(name)
        kind = row.fields[-1]
        assert isinstance(kind, QComboBox)
        for index, (_value, name) in enumerate(address_kind_names()):
            kind.setItemText(index, name)
        kind.setAccessibleName(translate("CustomerCardDialog", "Kind of address"))
        row.primary.setText(translate("CustomerCardDialog", "Primary"))
        row.remove.setText(translate("CustomerCardDialog", "Remove"))
        row.remove.setToolTip(translate("CustomerCardDialog", "Remove this address"))

    def retranslate(self) -> None:
        self.add_button.setText(translate("CustomerCardDialog", "Add address"))
        super().retranslate()

    def set_entries(self, entries: Sequence[AddressEntry]) -> None:
        self.clear()
        for entry in entries:
            self.add_row(entry)

    def entries(self) -> tuple[AddressEntry, ...]:
        out = []
        for row in self.rows:
            *edits, kind = row.fields
            parts = {p: e.text() for p, e in zip(self._PARTS, edits, strict=True)}  # type: ignore[attr-defined]
            if not any(v.strip() for v in parts.values()):
                continue  # an empty row left in the editor
            out.append(AddressEntry(**parts, kind=AddressKind(kind.currentData()),  # type: ignore[attr-defined]
                                    is_primary=row.primary.isChecked()))  # fmt: skip
        return tuple(out)
