"""Two cards side by side: which card survives a merge, and which value of each field it keeps.

Differing values are highlighted. Where the merge service can take a field from the other card
(MERGEABLE_FIELDS) the two values are radio buttons; lists (phones, addresses, tags) and the whole
history of both cards are always kept, and the panel says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import CustomerKind, IdDocumentType
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.duplicates import Activity
from cs_desktop.services.customers.merge import MERGEABLE_FIELDS

from .card_texts import calendar_names, field_labels, gender_name, id_type_names
from .merge_texts import day, local_time, yuan

translate = QCoreApplication.translate
VALUE_WIDTH = 250  # pixels of a choosable value shown (a radio button cannot wrap); tooltip: all
# Local to the panel: the highlight means something, so it must not depend on the app's theme.
STYLE = """
QLabel#compareTitle { font-size: 16px; font-weight: bold; }
QLabel#compareLabel { color: #475569; }
QLabel#compareLabel[differs="true"] { color: #92400e; font-weight: bold; }
QLabel#compareValue[differs="true"], QRadioButton[differs="true"] {
    background: #fef3c7; border-radius: 3px; padding: 2px 4px;
}
QRadioButton[kept="true"] { color: #0f766e; font-weight: bold; }
QLabel#compareNote { color: #334155; padding-top: 6px; }
"""


@dataclass(frozen=True)
class FieldRow:
    key: str  # the label's key
    fields: tuple[str, ...]  # card fields taken together (a number and its document type)
    show: Callable[[CustomerCard], str]


def _text(name: str) -> Callable[[CustomerCard], str]:
    def show(card: CustomerCard) -> str:
        value = getattr(card, name)
        return "" if value is None else str(value)

    return show


def _id(card: CustomerCard) -> str:
    if not card.id_number:
        return ""
    if card.id_type in (None, IdDocumentType.RESIDENT_ID):
        return card.id_number  # the usual document: its name would only crowd the column
    return f"{card.id_number} ({dict(id_type_names()).get(card.id_type, '')})"


def _birth(card: CustomerCard) -> str:
    if card.birth_date is None:
        return ""
    calendar = dict(calendar_names()).get(card.birthday_calendar, "")
    return f"{day(card.birth_date)} ({calendar})" if calendar else day(card.birth_date)


ROWS: tuple[FieldRow, ...] = (
    FieldRow("name", ("name",), _text("name")),
    FieldRow("gender", ("gender",), lambda c: gender_name(c.gender)),
    FieldRow("birth_date", ("birth_date", "birthday_calendar"), _birth),
    FieldRow("id_number", ("id_type", "id_number"), _id),
    *(FieldRow(k, (k,), _text(k)) for k in ("birth_place", "title", "education", "employer",
      "position", "org_code", "industry", "employee_count", "email", "wechat", "source_channel",
      "preferred_contact_time")),
    FieldRow("credit_limit_cents", ("credit_limit_cents",), lambda c: yuan(c.credit_limit_cents)),
    FieldRow("notes", ("notes",), _text("notes")),
)  # fmt: skip
assert all(f in MERGEABLE_FIELDS for row in ROWS for f in row.fields)


def _elide(widget: QWidget, text: str) -> str:
    one_line = " ".join(text.split())
    return widget.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, VALUE_WIDTH)


def _empty() -> str:
    return translate("PairCompare", "(empty)")


class PairCompare(QWidget):
    """Shows a pair; ``choice_changed`` fires when the survivor or a field's value changes."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._cards: tuple[CustomerCard, CustomerCard] | None = None
        self._activity: dict[uuid.UUID, Activity] = {}
        self._field_groups: dict[str, QButtonGroup] = {}
        self._keep_group = QButtonGroup(self)
        self._keep_group.idToggled.connect(self._survivor_toggled)

        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setObjectName("compareHint")
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)
        self._kept_note = QLabel()
        self._kept_note.setWordWrap(True)
        self._kept_note.setObjectName("compareNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._kept_note)
        self.clear()

    # --- what the dialog asks -------------------------------------------------------------
    def cards(self) -> tuple[CustomerCard, CustomerCard] | None:
        return self._cards

    def survivor(self) -> int:
        """0 or 1: which of the two cards stays."""
        return max(self._keep_group.checkedId(), 0)

    def kept_card(self) -> CustomerCard | None:
        return self._cards[self.survivor()] if self._cards else None

    def merged_card(self) -> CustomerCard | None:
        return self._cards[1 - self.survivor()] if self._cards else None

    def take_from_merged(self) -> list[str]:
        """Card fields whose value the user chose from the card that goes away."""
        other = 1 - self.survivor()
        taken: list[str] = []
        for row in ROWS:
            group = self._field_groups.get(row.key)
            if group is not None and group.checkedId() == other:
                taken.extend(row.fields)
        return taken

    def choose_survivor(self, which: int) -> None:
        button = self._keep_group.button(which)
        if button is not None:
            button.setChecked(True)

    def choose_value(self, key: str, which: int) -> None:
        group = self._field_groups.get(key)
        if group is not None and group.button(which) is not None:
            group.button(which).setChecked(True)

    def differing_rows(self) -> list[str]:
        """Label keys of the rows shown as different (for tests and the summary)."""
        return [k for k, differs in self._differs.items() if differs]

    # --- showing a pair -------------------------------------------------------------------
    def clear(self, hint: str = "") -> None:
        self._cards = None
        self._differs: dict[str, bool] = {}
        self._reset_grid()
        self._hint.setText(hint or translate("PairCompare", "Choose a pair in the list to compare the two cards."))  # fmt: skip
        self._hint.show()
        self._kept_note.clear()

    def show_pair(
        self,
        first: CustomerCard,
        second: CustomerCard,
        activity: dict[uuid.UUID, Activity],
    ) -> None:
        self._cards = (first, second)
        self._activity = activity
        self._differs = {}
        self._reset_grid()
        self._hint.hide()
        person = first.kind is CustomerKind.PERSON or second.kind is CustomerKind.PERSON
        labels = {k: v.rstrip(" *") for k, v in field_labels(person).items()}
        row = 0
        for which, card in enumerate((first, second)):
            head = QRadioButton(translate("PairCompare", "Keep this card"))
            head.setObjectName(f"keepCard{which}")
            self._keep_group.addButton(head, which)
            title = QLabel(card.name)
            title.setObjectName("compareTitle")
            title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(title)
            cell.addWidget(head)
            self._grid.addLayout(cell, row, which + 1)
        row += 1
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self._grid.addWidget(line, row, 0, 1, 3)
        row += 1
        for field_row in ROWS:
            values = (field_row.show(first), field_row.show(second))
            if not any(values):
                continue  # neither card has it: no line to read
            differs = values[0] != values[1]
            if field_row.key == "id_number" and first.sealed.get("id_number"):
                # shown masked: two numbers alike in the mask still differ (sealed equally
                # only when equal: services.customers.masked)
                differs = differs or first.sealed.get("id_number") != second.sealed.get("id_number")
            self._differs[field_row.key] = differs
            self._add_label(labels.get(field_row.key, field_row.key), row, differs)
            if differs:
                group = QButtonGroup(self)
                group.idToggled.connect(lambda _i, on: on and self.choice_changed.emit())
                self._field_groups[field_row.key] = group
                for which, value in enumerate(values):
                    button = QRadioButton()
                    button.setText(_elide(button, value) if value else _empty())
                    button.setObjectName(f"value_{field_row.key}_{which}")
                    button.setToolTip(value)
                    button.setProperty("differs", True)
                    group.addButton(button, which)
                    self._grid.addWidget(button, row, which + 1)
            else:
                for which, value in enumerate(values):
                    self._add_value(value, row, which + 1, False)
            row += 1
        for key, label, show in self._combined_rows(labels):
            values = (show(first), show(second))
            if not any(values):
                continue
            # Phones compare by their digits: "+86 137-1234-5678" is 13712345678.
            same = (
                {p.digits or p.raw for p in first.phones}
                == {p.digits or p.raw for p in second.phones}
                if key == "phones"
                else values[0] == values[1]
            )
            differs = not same
            self._differs[key] = differs
            self._add_label(label, row, differs)
            for which, value in enumerate(values):
                self._add_value(value, row, which + 1, differs)
            row += 1
        self._grid.setRowStretch(row, 1)
        self.choose_survivor(self._busier())
        self._refresh_note()

    def _combined_rows(
        self, labels: dict[str, str]
    ) -> list[tuple[str, str, Callable[[CustomerCard], str]]]:
        sep = translate("PairCompare", "; ")

        def activity(card: CustomerCard) -> str:
            a = self._activity.get(card.id) if card.id else None
            if a is None:
                return ""
            text = translate("PairCompare", "{visits} visits, last {last}, value ¥{value}").format(
                visits=a.visit_count, last=local_time(a.last_visit_at)[:10] or "—",
                value=yuan(a.value_cents))  # fmt: skip
            if a.open_complaints:
                text += sep + translate("PairCompare", "{count} open complaints").format(
                    count=a.open_complaints
                )
            return text

        return [
            ("phones", translate("PairCompare", "Phones"),
             lambda c: sep.join(p.raw for p in c.phones)),
            ("addresses", translate("PairCompare", "Addresses"),
             lambda c: sep.join(a.one_line for a in c.addresses)),
            ("tags", labels.get("tags", "tags"), lambda c: sep.join(c.tags)),
            ("tier", translate("PairCompare", "Tier"), lambda c: c.tier or ""),
            ("history", translate("PairCompare", "History"), activity),
            ("created_at", translate("PairCompare", "Card created"),
             lambda c: local_time(c.created_at)),
        ]  # fmt: skip

    def _busier(self) -> int:
        """The card to keep by default: more visits, then the older card (the one staff know)."""
        assert self._cards is not None

        def weight(card: CustomerCard) -> tuple[int, float]:
            a = self._activity.get(card.id) if card.id else None
            created = card.created_at.timestamp() if card.created_at else 0.0
            return (a.visit_count if a else 0, -created)

        return 0 if weight(self._cards[0]) >= weight(self._cards[1]) else 1

    def _survivor_toggled(self, which: int, on: bool) -> None:
        if not on or self._cards is None:
            return
        # Each field defaults to the survivor's value, or the other card's where the survivor
        # has none: a merge should not lose a birth date only one card knew.
        for row in ROWS:
            group = self._field_groups.get(row.key)
            if group is None:
                continue
            mine = row.show(self._cards[which])
            group.button(which if mine else 1 - which).setChecked(True)
        for button in self._keep_group.buttons():
            button.setProperty("kept", self._keep_group.id(button) == which)
            button.style().polish(button)  # the style sheet marks the survivor
        self._refresh_note()
        self.choice_changed.emit()

    def _refresh_note(self) -> None:
        kept, merged = self.kept_card(), self.merged_card()
        if kept is None or merged is None:
            self._kept_note.clear()
            return
        kept_name, merged_name = kept.name, merged.name
        if kept_name == merged_name:  # namesakes: say which column
            left = self.survivor() == 0
            kept_name = self._side(kept_name, left)
            merged_name = self._side(merged_name, not left)
        self._kept_note.setText(translate(
            "PairCompare", "{kept} stays. Phones, addresses, tags, consents and every visit, "
            "complaint and follow-up of {merged} move to it, and {merged} is closed. Where two "
            "values differ, the chosen one is kept and the other is recorded "
            "with the merge.").format(kept=kept_name, merged=merged_name))  # fmt: skip

    @staticmethod
    def _side(name: str, left: bool) -> str:
        return (translate("PairCompare", "{name} (left)") if left
                else translate("PairCompare", "{name} (right)")).format(name=name)  # fmt: skip

    # --- grid helpers ---------------------------------------------------------------------
    def _reset_grid(self) -> None:
        for group in self._field_groups.values():
            group.deleteLater()
        self._field_groups = {}
        for button in self._keep_group.buttons():
            self._keep_group.removeButton(button)
        while self._grid.count():
            item = self._grid.takeAt(0)
            self._drop(item)
        for r in range(self._grid.rowCount()):
            self._grid.setRowStretch(r, 0)

    def _drop(self, item) -> None:  # type: ignore[no-untyped-def]
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            layout = item.layout()
            while layout.count():
                self._drop(layout.takeAt(0))
            layout.deleteLater()

    def _add_label(self, text: str, row: int, differs: bool) -> None:
        label = QLabel(text)
        label.setObjectName("compareLabel")
        label.setProperty("differs", differs)
        label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)

    def _add_value(self, value: str, row: int, column: int, differs: bool) -> None:
        label = QLabel(value or _empty())
        label.setWordWrap(True)  # read-only values wrap; the columns never scroll sideways
        label.setObjectName("compareValue")
        label.setProperty("differs", differs)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._grid.addWidget(label, row, column)
