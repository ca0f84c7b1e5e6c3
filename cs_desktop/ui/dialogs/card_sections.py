"""The customer card's soft profile groups and the site's custom fields, as two tab pages."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import CustomerKind
from cs_desktop.services.customers.card_dto import CustomValue
from cs_desktop.services.customers.cards import CustomFieldInfo

from .card_fields import OptionalDateEdit, Slot, field_box, parse_decimal, set_problem
from .card_texts import ProfileGroup, organization_profile, person_profile

translate = QCoreApplication.translate


class ScoreBox(QComboBox):
    """A score of 1 to 5, or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        for score in range(1, 6):
            self.addItem(str(score), score)

    def text(self) -> str:
        return "" if self.currentData() is None else str(self.currentData())

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit-like interface
        try:
            score = round(float(text))
        except ValueError:
            score = 0
        self.setCurrentIndex(score if 1 <= score <= 5 else 0)


TextWidget = QLineEdit | QPlainTextEdit | ScoreBox


def _text(widget: TextWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def _set_text(widget: TextWidget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


class ProfileSection(QWidget):
    """Free-text fields kept in ``card.profile[group][field]``; the person's groups or the
    organisation's, by kind. Keys the form does not know survive untouched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[tuple[str, str], TextWidget] = {}
        self._boxes: dict[str, QGroupBox] = {}
        self._labels: dict[tuple[str, str], QLabel] = {}
        self._loaded: dict[str, dict[str, Any]] = {}
        self.focus_order: list[QWidget] = []
        layout = QVBoxLayout(self)
        self._person = self._build(person_profile(), layout)
        self._organization = self._build(organization_profile(), layout)
        layout.addStretch(1)

    def _build(self, groups: list[ProfileGroup], layout: QVBoxLayout) -> set[str]:
        keys = set()
        for group, _title, fields in groups:
            box = QGroupBox()
            form = QFormLayout(box)
            for key, _label, editor in fields:
                widget: TextWidget
                if editor == "text":
                    widget = QPlainTextEdit()
                    widget.setTabChangesFocus(True)
                    widget.setFixedHeight(64)
                elif editor == "score":
                    widget = ScoreBox()
                else:
                    widget = QLineEdit()
                widget.setObjectName(f"profile_{group}_{key}")
                label = QLabel()
                label.setBuddy(widget)
                form.addRow(label, widget)
                self.fields[(group, key)] = widget
                self._labels[(group, key)] = label
                self.focus_order.append(widget)
            self._boxes[group] = box
            layout.addWidget(box)
            keys.add(group)
        return keys

    def retranslate(self) -> None:
        for group, title, fields in person_profile() + organization_profile():
            self._boxes[group].setTitle(title)
            for key, label, _editor in fields:
                self._labels[(group, key)].setText(label)

    def set_kind(self, kind: CustomerKind) -> None:
        person = kind is CustomerKind.PERSON
        for group, box in self._boxes.items():
            box.setVisible((group in self._person) == person)

    def load(self, profile: dict[str, dict[str, Any]]) -> None:
        self._loaded = copy.deepcopy(profile)
        for (group, key), widget in self.fields.items():
            value = (profile.get(group) or {}).get(key)
            _set_text(widget, "" if value is None else str(value))

    def profile(self, kind: CustomerKind) -> dict[str, dict[str, Any]]:
        """The loaded profile with the known fields of the shown kind taken from the form; the
        other kind's known fields are left out (they cannot be seen, so they are not saved)."""
        shown = self._person if kind is CustomerKind.PERSON else self._organization
        out = copy.deepcopy(self._loaded)
        for (group, key), widget in self.fields.items():
            old = (self._loaded.get(group) or {}).get(key)
            (out.get(group) or {}).pop(key, None)
            text = _text(widget)
            if group not in shown:
                continue
            if old is not None and text == str(old):
                value: Any = old  # unchanged: keep the stored value and its type
            elif isinstance(widget, ScoreBox):
                value = int(text) if text else None  # a number: the tier rule computes with it
            else:
                value = text if text.strip() else None
            if value is not None and value != "":
                out.setdefault(group, {})[key] = value
        return {g: v for g, v in out.items() if v or g not in self._boxes}


class CustomFieldsSection(QWidget):
    """One editor per custom field the site defines; those for the other kind are hidden."""

    def __init__(self, fields: list[CustomFieldInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.infos = list(fields)
        self.widgets: dict[str, QWidget] = {}
        self.slots: dict[str, Slot] = {}
        self.focus_order: list[QWidget] = []
        self._loaded: dict[str, CustomValue] = {}
        self._kind = CustomerKind.PERSON
        self._form = QFormLayout(self)
        for info in self.infos:
            widget = self._make(info)
            label = QLabel(f"{info.label} *" if info.required else info.label)
            box, problem = field_box(widget)
            self._form.addRow(label, box)
            label.setBuddy(widget)
            self.widgets[info.key] = widget
            mark = widget.edit if isinstance(widget, OptionalDateEdit) else widget
            self.slots[f"custom.{info.key}"] = Slot(mark, widget, problem)
            self.focus_order += (widget.focus_widgets() if isinstance(widget, OptionalDateEdit)
                                 else [widget])  # fmt: skip
        self.retranslate()

    @staticmethod
    def _make(info: CustomFieldInfo) -> QWidget:
        widget: QWidget
        if info.field_type == "date":
            widget = OptionalDateEdit()
        elif info.field_type == "choice":
            widget = QComboBox()
            widget.addItem("", None)
            for choice in info.choices:
                widget.addItem(choice, choice)
        else:
            widget = QLineEdit()
        widget.setObjectName(f"custom_{info.key}")
        widget.setAccessibleName(info.label)
        return widget

    def retranslate(self) -> None:
        for info in self.infos:
            widget = self.widgets[info.key]
            if isinstance(widget, OptionalDateEdit):
                widget.retranslate()
            elif isinstance(widget, QLineEdit) and info.field_type == "number":
                widget.setPlaceholderText(translate("CustomerCardDialog", "A number, e.g. 12.5"))
            if info.required:
                widget.setToolTip(translate("CustomerCardDialog", "Required"))

    def applies(self, info: CustomFieldInfo) -> bool:
        return info.applies_to in ("both", self._kind.value)

    def set_kind(self, kind: CustomerKind) -> None:
        self._kind = kind
        for info in self.infos:
            self._form.setRowVisible(self.widgets[info.key].parentWidget(), self.applies(info))

    def any_shown(self) -> bool:
        return any(self.applies(info) for info in self.infos)

    def load(self, values: dict[str, CustomValue]) -> None:
        self._loaded = dict(values)
        for info in self.infos:
            widget, value = self.widgets[info.key], values.get(info.key)
            set_problem(self.slots[f"custom.{info.key}"].mark, False)
            if isinstance(widget, OptionalDateEdit):
                widget.set_date(value if isinstance(value, dt.date) else None)
            elif isinstance(widget, QComboBox):
                if value is not None and widget.findData(value) < 0:
                    widget.addItem(str(value), value)  # an old choice survives the round trip
                widget.setCurrentIndex(max(widget.findData(value), 0) if value is not None else 0)
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText("" if value is None else str(value))

    def values(self) -> dict[str, CustomValue]:
        """Values of the fields shown for this kind; an emptied field is sent as None so the
        service removes it. A number that does not parse is sent as typed: check() names it."""
        out: dict[str, CustomValue] = {}
        for info in self.infos:
            if not self.applies(info):
                continue  # hidden: the stored value is left as it is
            widget = self.widgets[info.key]
            value: CustomValue
            if isinstance(widget, OptionalDateEdit):
                value = widget.date()
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            else:
                assert isinstance(widget, QLineEdit)
                text = widget.text()
                value = text if text.strip() else None
                if value is not None and info.field_type == "number":
                    try:
                        value = parse_decimal(text)
                    except ValueError:
                        value = text
            if value is not None or info.key in self._loaded:
                out[info.key] = value
        return out
