"""One form per kind of tier rule: proper widgets for its parameters, and the field-level
messages of RuleProblem codes next to the widgets they concern.

A form shows a rule (``load``) and gives back the parameters as typed (``params``); the rule's
own ``problems()`` decide what is valid, so the forms never duplicate the rules' checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.tiers import (
    CRITERIA,
    FourLevelRule,
    ParetoRule,
    RfmRule,
    RuleProblem,
    TierRule,
    WeightedRule,
)

from .tier_texts import criterion_name, problem_text

translate = QCoreApplication.translate
MAX_TIERS = 8
MAX_YUAN = 100_000_000


def message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldMessage")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b91c1c;")
    label.hide()
    return label


def _spin(kind: str) -> QAbstractSpinBox:
    """A spin box for one kind of value: percent, yuan, total score, mean score, days, count."""
    box: QSpinBox | QDoubleSpinBox
    if kind == "percent":
        box = QDoubleSpinBox()
        box.setRange(0.1, 99.9)
        box.setDecimals(1)
        box.setSuffix(" %")
    elif kind == "yuan":
        box = QDoubleSpinBox()
        box.setRange(0.01, MAX_YUAN)
        box.setDecimals(2)
        box.setPrefix("¥ ")
        box.setGroupSeparatorShown(True)
    elif kind == "yuan0":
        box = QDoubleSpinBox()
        box.setRange(0, MAX_YUAN)
        box.setDecimals(2)
        box.setPrefix("¥ ")
        box.setGroupSeparatorShown(True)
    elif kind == "total":
        box = QSpinBox()
        box.setRange(3, 15)
    elif kind == "score":
        box = QDoubleSpinBox()
        box.setRange(1, 5)
        box.setDecimals(1)
        box.setSingleStep(0.1)
    else:  # "days", "count"
        box = QSpinBox()
        box.setRange(0, 3660 if kind == "days" else 100_000)
    box.setMinimumWidth(110)
    box.setMaximumWidth(180)
    return box


def _value(box: QAbstractSpinBox) -> float:
    assert isinstance(box, QSpinBox | QDoubleSpinBox)
    return box.value()


def _set(box: QAbstractSpinBox, value: float) -> None:
    if isinstance(box, QSpinBox):
        box.setValue(int(value))
    elif isinstance(box, QDoubleSpinBox):
        box.setValue(float(value))


class TierRows(QWidget):
    """The tiers above the rest tier, best first: a code and a number each; add and remove."""

    edited = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.codes: list[QLineEdit] = []
        self.values: list[QAbstractSpinBox] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.code_header, self.value_header = QLabel(), QLabel()
        self._grid.addWidget(self.code_header, 0, 0)
        self._grid.addWidget(self.value_header, 0, 1)
        self._grid.setColumnStretch(2, 1)  # spare width stays on the right
        self.add_button = QPushButton()
        self.add_button.setObjectName("addTierButton")
        self.add_button.clicked.connect(lambda: self._append("", None))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeTierButton")
        self.remove_button.clicked.connect(self._remove_last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[tuple[str, float]]) -> None:
        while self.codes:
            self._remove_last(notify=False)
        for code, value in rows:
            self._append(code, value, notify=False)
        self._update_buttons()

    def rows(self) -> list[tuple[str, float]]:
        return [(c.text(), _value(v)) for c, v in zip(self.codes, self.values, strict=True)]

    def _append(self, code: str, value: float | None, notify: bool = True) -> None:
        row = len(self.codes) + 1
        edit = QLineEdit(code)
        edit.setMaxLength(16)
        edit.setMaximumWidth(120)
        box = _spin(self._kind)
        if value is not None:
            _set(box, value)
        elif self.values:  # a new tier below the last one: a lower number
            _set(box, _value(self.values[-1]) / 2 if self._kind != "total" else
                 _value(self.values[-1]) - 1)  # fmt: skip
        edit.textEdited.connect(lambda _t: self.edited.emit())
        box.editingFinished.connect(self.edited.emit)
        if isinstance(box, QSpinBox | QDoubleSpinBox):
            box.valueChanged.connect(lambda _v: self.edited.emit())
        self._grid.addWidget(edit, row, 0)
        self._grid.addWidget(box, row, 1)
        self.codes.append(edit)
        self.values.append(box)
        self._update_buttons()
        if notify:
            self.edited.emit()

    def _remove_last(self, notify: bool = True) -> None:
        if not self.codes:
            return
        for widget in (self.codes.pop(), self.values.pop()):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._update_buttons()
        if notify:
            self.edited.emit()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.codes) < MAX_TIERS)
        self.remove_button.setEnabled(len(self.codes) > 1)

    def retranslate(self, value_header: str) -> None:
        self.code_header.setText(translate("TierRuleForms", "Tier code"))
        self.value_header.setText(value_header)
        self.add_button.setText(translate("TierRuleForms", "Add a tier"))
        self.remove_button.setText(translate("TierRuleForms", "Remove the last"))


class RuleForm(QWidget):
    """Base of the forms. ``messages`` maps a problem field's first part to its label."""

    kind = ""
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.messages: dict[str, QLabel] = {}
        self.rest = QLineEdit()
        self.rest.setObjectName("restTier")
        self.rest.setMaxLength(16)
        self.rest.setMaximumWidth(120)
        self.rest.textEdited.connect(lambda _t: self.edited.emit())
        self.period = QSpinBox()
        self.period.setObjectName("periodDays")
        self.period.setRange(1, 3660)
        self.period.setMaximumWidth(180)
        self.period.valueChanged.connect(lambda _v: self.edited.emit())
        self.rest_label, self.period_label = QLabel(), QLabel()

    def _add(self, label: QLabel | None, widget: QWidget, *fields: str) -> None:
        """A row with its message label under it, for problems of ``fields``."""
        if label is None:
            self.form.addRow(widget)
        else:
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        message = message_label()
        self.form.addRow(message)
        for field in fields:
            self.messages[field] = message

    def _add_rest_and_period(self) -> None:
        self._add(self.rest_label, self.rest, "rest")
        self._add(self.period_label, self.period, "period_days")

    # --- what each form gives -------------------------------------------------------------
    def load(self, rule: TierRule) -> None:
        raise NotImplementedError

    def params(self) -> dict[str, Any]:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.rest_label.setText(translate("TierRuleForms", "Rest tier:"))
        self.rest.setToolTip(translate("TierRuleForms", "The tier of everyone else"))
        self.period_label.setText(translate("TierRuleForms", "Period:"))
        self.period.setSuffix(translate("TierRuleForms", " days"))
        self.period.setToolTip(translate(
            "TierRuleForms", "Value and purchases are counted over this many days up to today"))  # fmt: skip

    # --- messages -------------------------------------------------------------------------
    def clear_problems(self) -> None:
        for label in self.messages.values():
            label.clear()
            label.hide()

    def show_problems(self, problems: Sequence[RuleProblem]) -> list[RuleProblem]:
        """Put each problem under its widget; returns those no widget of this form owns."""
        self.clear_problems()
        unplaced = []
        texts: dict[int, list[str]] = {}
        for problem in problems:
            label = self.messages.get(problem.field.split(".")[0])
            if label is None:
                unplaced.append(problem)
                continue
            texts.setdefault(id(label), []).append(problem_text(problem))
            label.setText(" ".join(texts[id(label)]))
            label.show()
        return unplaced


class ParetoForm(RuleForm):
    kind = ParetoRule.kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiers = TierRows("percent")
        self.tiers.edited.connect(self.edited.emit)
        self.tiers_label = QLabel()
        self._add(self.tiers_label, self.tiers, "shares", "tiers")
        self._add_rest_and_period()

    def load(self, rule: TierRule) -> None:
        assert isinstance(rule, ParetoRule)
        self.tiers.set_rows([(code, share * 100) for code, share in rule.shares])
        self.rest.setText(rule.rest)
        self.period.setValue(rule.period_days)

    def params(self) -> dict[str, Any]:
        shares = [[code, round(value / 100, 4)] for code, value in self.tiers.rows()]
        return {"shares": shares, "rest": self.rest.text(), "period_days": self.period.value()}

    def retranslate(self) -> None:
        super().retranslate()
        self.tiers_label.setText(translate("TierRuleForms", "Shares of value:"))
        self.tiers.retranslate(translate("TierRuleForms", "Share of all value"))


class FourLevelForm(RuleForm):
    kind = FourLevelRule.kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiers = TierRows("yuan")
        self.tiers.edited.connect(self.edited.emit)
        self.tiers_label = QLabel()
        self._add(self.tiers_label, self.tiers, "levels", "tiers")
        self._add_rest_and_period()

    def load(self, rule: TierRule) -> None:
        assert isinstance(rule, FourLevelRule)
        self.tiers.set_rows([(code, cents / 100) for code, cents in rule.levels])
        self.rest.setText(rule.rest)
        self.period.setValue(rule.period_days)

    def params(self) -> dict[str, Any]:
        levels = [[code, round(value * 100)] for code, value in self.tiers.rows()]
        return {"levels": levels, "rest": self.rest.text(), "period_days": self.period.value()}

    def retranslate(self) -> None:
        super().retranslate()
        self.tiers_label.setText(translate("TierRuleForms", "Levels:"))
        self.tiers.retranslate(translate("TierRuleForms", "Value from"))


_EDGES = (("recency_edges", "days"), ("frequency_edges", "count"), ("monetary_edges", "yuan0"))


class RfmForm(RuleForm):
    kind = RfmRule.kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = QComboBox()
        self.method.setObjectName("rfmMethod")
        self.method.addItem("", "quintiles")
        self.method.addItem("", "bins")
        self.method.currentIndexChanged.connect(self._method_changed)
        self.method_label = QLabel()
        self._add(self.method_label, self.method, "method")
        self.edges: dict[str, list[QAbstractSpinBox]] = {}
        self.edge_labels: dict[str, QLabel] = {}
        for name, kind in _EDGES:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            boxes = [_spin(kind) for _ in range(4)]
            for box in boxes:
                box.setMinimumWidth(70)
                if isinstance(box, QSpinBox | QDoubleSpinBox):
                    box.valueChanged.connect(lambda _v: self.edited.emit())
                row.addWidget(box)
            holder = QWidget()
            holder.setLayout(row)
            self.edges[name] = boxes
            self.edge_labels[name] = QLabel()
            self._add(self.edge_labels[name], holder, name)
        self.tiers = TierRows("total")
        self.tiers.edited.connect(self.edited.emit)
        self.tiers_label = QLabel()
        self._add(self.tiers_label, self.tiers, "tiers_by_total", "tiers")
        self._add_rest_and_period()

    def _method_changed(self, _index: int) -> None:
        bins = self.method.currentData() == "bins"
        for boxes in self.edges.values():
            for box in boxes:
                box.setEnabled(bins)
        self.edited.emit()

    def load(self, rule: TierRule) -> None:
        assert isinstance(rule, RfmRule)
        self.method.setCurrentIndex(max(0, self.method.findData(rule.method)))
        values = {"recency_edges": rule.recency_edges, "frequency_edges": rule.frequency_edges,
                  "monetary_edges": tuple(c / 100 for c in rule.monetary_edges)}  # fmt: skip
        for name, boxes in self.edges.items():
            for box, value in zip(boxes, values[name], strict=False):
                _set(box, value)
        self.tiers.set_rows([(code, total) for code, total in rule.tiers_by_total])
        self.rest.setText(rule.rest)
        self.period.setValue(rule.period_days)
        self._method_changed(0)

    def params(self) -> dict[str, Any]:
        def ints(name: str, scale: int = 1) -> list[int]:
            return [round(_value(b) * scale) for b in self.edges[name]]

        return {
            "method": self.method.currentData(),
            "recency_edges": ints("recency_edges"),
            "frequency_edges": ints("frequency_edges"),
            "monetary_edges": ints("monetary_edges", 100),
            "tiers_by_total": [[code, int(total)] for code, total in self.tiers.rows()],
            "rest": self.rest.text(),
            "period_days": self.period.value(),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.method_label.setText(translate("TierRuleForms", "Scores 1-5 by:"))
        self.method.setItemText(0, translate("TierRuleForms", "Quintiles of the customers"))
        self.method.setItemText(1, translate("TierRuleForms", "Fixed edges"))
        self.edge_labels["recency_edges"].setText(translate("TierRuleForms", "Recency edges:"))
        self.edge_labels["frequency_edges"].setText(translate("TierRuleForms", "Frequency edges:"))
        self.edge_labels["monetary_edges"].setText(translate("TierRuleForms", "Monetary edges:"))
        for box in self.edges["recency_edges"]:
            box.setToolTip(translate(
                "TierRuleForms", "Last purchase within this many days; the first edge scores 5"))  # fmt: skip
        for box in self.edges["frequency_edges"]:
            box.setToolTip(translate(
                "TierRuleForms", "Purchases in the period; reaching the fourth edge scores 5"))  # fmt: skip
        for box in self.edges["monetary_edges"]:
            box.setToolTip(translate(
                "TierRuleForms", "Value in the period; reaching the fourth edge scores 5"))  # fmt: skip
        self.tiers_label.setText(translate("TierRuleForms", "Tiers by total:"))
        self.tiers.retranslate(translate("TierRuleForms", "Total R+F+M from"))


class WeightedForm(RuleForm):
    kind = WeightedRule.kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weights: dict[str, QDoubleSpinBox] = {}
        self.weight_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, criterion in enumerate(CRITERIA):
            box = QDoubleSpinBox()
            box.setRange(0, 100)
            box.setDecimals(2)
            box.setSingleStep(0.05)
            box.valueChanged.connect(lambda _v: self.edited.emit())
            label = QLabel()
            label.setBuddy(box)
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(box, index // 2, (index % 2) * 2 + 1)
            self.weights[criterion] = box
            self.weight_labels[criterion] = label
        holder = QWidget()
        holder.setLayout(grid)
        self.weights_label = QLabel()
        self._add(self.weights_label, holder, "weights")
        self.tiers = TierRows("score")
        self.tiers.edited.connect(self.edited.emit)
        self.tiers_label = QLabel()
        self._add(self.tiers_label, self.tiers, "tiers_by_score", "tiers")
        self._add(self.rest_label, self.rest, "rest", "period_days")
        self.period.setParent(self)
        self.period.hide()  # the scores are as the card says today: no period

    def load(self, rule: TierRule) -> None:
        assert isinstance(rule, WeightedRule)
        for criterion, weight in rule.weights:
            if criterion in self.weights:
                self.weights[criterion].setValue(weight)
        self.tiers.set_rows(list(rule.tiers_by_score))
        self.rest.setText(rule.rest)
        self.period.setValue(rule.period_days)

    def params(self) -> dict[str, Any]:
        return {
            "weights": [[c, self.weights[c].value()] for c in CRITERIA],
            "tiers_by_score": [[code, round(score, 2)] for code, score in self.tiers.rows()],
            "rest": self.rest.text(),
            "period_days": self.period.value(),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.weights_label.setText(translate("TierRuleForms", "Weights:"))
        for criterion, label in self.weight_labels.items():
            label.setText(criterion_name(criterion))
        self.tiers_label.setText(translate("TierRuleForms", "Tiers by score:"))
        self.tiers.retranslate(translate("TierRuleForms", "Weighted score from"))


FORMS: tuple[type[RuleForm], ...] = (ParetoForm, FourLevelForm, RfmForm, WeightedForm)
