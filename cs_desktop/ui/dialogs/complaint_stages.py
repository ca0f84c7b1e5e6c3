"""The stage records of one complaint as forms: investigation (evidence, departments, the five
whys, root cause), resolution (plan, actions, compensation), feedback (result told, satisfaction)
and the review (facts, analysis, lesson, improvement, whether it worked).

A form only shows and collects; the complaint window saves it through ComplaintRecords, which
checks every field (services/complaints/records.py) and names the field it refuses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import ComplaintStage
from cs_desktop.services.errors import ServiceError

translate = QCoreApplication.translate
WHYS = 5
_SPLIT = re.compile(r"[、,，;；\n]+")


def stage_names() -> dict[ComplaintStage, str]:
    return {
        ComplaintStage.INVESTIGATION: translate("ComplaintStages", "Investigation"),
        ComplaintStage.RESOLUTION: translate("ComplaintStages", "Resolution"),
        ComplaintStage.FEEDBACK: translate("ComplaintStages", "Feedback"),
        ComplaintStage.PREVENTION: translate("ComplaintStages", "Review"),
    }


def field_labels() -> dict[str, str]:
    return {
        "evidence": translate("ComplaintStages", "Evidence:"),
        "departments": translate("ComplaintStages", "Departments consulted:"),
        "whys": translate("ComplaintStages", "Why? (five times)"),
        "root_cause": translate("ComplaintStages", "Root cause:"),
        "plan": translate("ComplaintStages", "Plan agreed with the customer:"),
        "actions": translate("ComplaintStages", "Actions taken:"),
        "compensation_cents": translate("ComplaintStages", "Compensation:"),
        "result_told": translate("ComplaintStages", "Result told to the customer:"),
        "satisfaction": translate("ComplaintStages", "Customer's satisfaction:"),
        "further_followup": translate("ComplaintStages", "Further follow-up:"),
        "facts": translate("ComplaintStages", "Facts:"),
        "analysis": translate("ComplaintStages", "Analysis:"),
        "lesson": translate("ComplaintStages", "Lesson:"),
        "improvement": translate("ComplaintStages", "Improvement:"),
        "improvement_worked": translate("ComplaintStages", "Did the improvement work?"),
    }


def stage_refusal(exc: ServiceError) -> str:
    label = field_labels().get(exc.field or "", exc.field or "").rstrip(":：?？")
    reasons = {
        "too_long": translate("ComplaintStages", "at most {max} characters"),
        "too_many": translate("ComplaintStages", "at most {max} answers"),
        "not_an_amount": translate("ComplaintStages", "not an amount of money"),
        "out_of_range": translate("ComplaintStages", "choose from {min} to {max}"),
    }  # fmt: skip
    reason = reasons.get(exc.code, exc.code).format(**{k: v for k, v in exc.params.items()
                                                       if k in ("max", "min")})  # fmt: skip
    return translate("ComplaintStages", "{field}: {reason}. Nothing was saved.").format(
        field=label, reason=reason)  # fmt: skip


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(58)
    return box


class StageForm(QWidget):
    """One stage's fields; ``save_button`` asks the window to save ``data()``."""

    def __init__(self, stage: ComplaintStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stage_{stage.value}")
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self.widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self.whys: list[QLineEdit] = []
        self._choices: dict[str, QComboBox] = {}
        self.status = QLabel()
        self.save_button = QPushButton()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, kind in _FIELDS[stage]:
            widget = self._build(name, kind)
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            form.addRow(label, widget)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(scroll, 1)
        row = QFormLayout()
        row.addRow(self.save_button, self.status)
        layout.addLayout(row)
        self.retranslate()

    def _build(self, name: str, kind: str) -> QWidget:
        if kind == "text":
            box = _text_box()
            self._getters[name] = box.toPlainText
            self._setters[name] = lambda v, b=box: b.setPlainText(v or "")
            widget: QWidget = box
        elif kind == "list":
            line = QLineEdit()
            self._getters[name] = lambda ln=line: [p for p in _SPLIT.split(ln.text()) if p.strip()]
            self._setters[name] = lambda v, ln=line: ln.setText("、".join(v or []))
            widget = line
        elif kind == "whys":
            widget = QWidget()
            column = QVBoxLayout(widget)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            self.whys = [QLineEdit() for _ in range(WHYS)]
            for line in self.whys:
                column.addWidget(line)
            self._getters[name] = lambda: [ln.text() for ln in self.whys]
            self._setters[name] = self._set_whys
        elif kind == "cents":
            spin = QDoubleSpinBox()
            spin.setRange(0, 10_000_000)
            spin.setDecimals(2)
            spin.setGroupSeparatorShown(True)
            self._getters[name] = lambda s=spin: round(s.value() * 100)
            self._setters[name] = lambda v, s=spin: s.setValue((v or 0) / 100)
            widget = spin
        else:  # "score" 1-5 or "tristate" yes/no/not yet known
            combo = QComboBox()
            self._choices[name] = combo
            self._getters[name] = combo.currentData
            self._setters[name] = lambda v, c=combo: c.setCurrentIndex(max(0, c.findData(v)))
            widget = combo
        self.widgets[name] = widget
        return widget

    def _set_whys(self, values: list[str] | None) -> None:
        values = list(values or [])
        for index, line in enumerate(self.whys):
            line.setText(values[index] if index < len(values) else "")

    def retranslate(self) -> None:
        labels = field_labels()
        for name, label in self._labels.items():
            label.setText(labels[name])
        for index, line in enumerate(self.whys, start=1):
            line.setPlaceholderText(translate("ComplaintStages", "Why {n}?").format(n=index))
        if "departments" in self.widgets:
            self.widgets["departments"].setProperty("placeholderText", translate(
                "ComplaintStages", "Separate departments with 、 or commas"))  # fmt: skip
        if "compensation_cents" in self.widgets:
            spin = self.widgets["compensation_cents"]
            assert isinstance(spin, QDoubleSpinBox)
            spin.setSuffix(translate("ComplaintStages", " yuan"))
        for name, combo in self._choices.items():
            current = combo.currentData()
            combo.clear()
            if name == "satisfaction":
                combo.addItem(translate("ComplaintStages", "Not asked yet"), None)
                for score, text in _scores().items():
                    combo.addItem(f"{score} · {text}", score)
            else:
                combo.addItem(translate("ComplaintStages", "Not known yet"), None)
                combo.addItem(translate("ComplaintStages", "Yes, it worked"), True)
                combo.addItem(translate("ComplaintStages", "No, it did not"), False)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.save_button.setText(translate("ComplaintStages", "&Save {stage}").format(
            stage=stage_names()[self.stage]))  # fmt: skip

    def load(self, data: dict[str, Any]) -> None:
        for name, setter in self._setters.items():
            setter(data.get(name))

    def data(self) -> dict[str, Any]:
        return {name: getter() for name, getter in self._getters.items()}

    def focus_field(self, name: str) -> None:
        widget = self.widgets.get(name)
        if widget is not None:
            target = self.whys[0] if name == "whys" and self.whys else widget
            target.setFocus(Qt.FocusReason.OtherFocusReason)


def _scores() -> dict[int, str]:
    return {
        1: translate("ComplaintStages", "very dissatisfied"),
        2: translate("ComplaintStages", "dissatisfied"),
        3: translate("ComplaintStages", "neutral"),
        4: translate("ComplaintStages", "satisfied"),
        5: translate("ComplaintStages", "very satisfied"),
    }


# the widgets for records.FIELDS: "list" a line split at 、 or commas, "whys" numbered lines
_FIELDS: dict[ComplaintStage, list[tuple[str, str]]] = {
    ComplaintStage.INVESTIGATION: [("evidence", "text"), ("departments", "list"),
                                   ("whys", "whys"), ("root_cause", "text")],
    ComplaintStage.RESOLUTION: [("plan", "text"), ("actions", "text"),
                                ("compensation_cents", "cents")],
    ComplaintStage.FEEDBACK: [("result_told", "text"), ("satisfaction", "score"),
                              ("further_followup", "text")],
    ComplaintStage.PREVENTION: [("facts", "text"), ("analysis", "text"), ("lesson", "text"),
                                ("improvement", "text"), ("improvement_worked", "tristate")],
}  # fmt: skip
