"""A KPI tile: the figure, its name, the target with a met / not met mark (colour and symbol),
a sparkline of the periods and the change against the previous period; a click opens it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from . import colours
from .formats import ValueFormat, two_decimals
from .sparkline import Sparkline

translate = QCoreApplication.translate

TILE_STYLE = """
QFrame#kpiTile { background: palette(base); border: 1px solid #e2e8f0; border-radius: 8px; }
QFrame#kpiTile:hover { border-color: #94a3b8; }
QFrame#kpiTile:focus { border: 2px solid #0f766e; }
QLabel#kpiName { font-size: 14px; color: #334155; }
QLabel#kpiFigure { font-size: 28px; font-weight: bold; color: #0f172a; }
QLabel#kpiStatus, QLabel#kpiChange { font-size: 13px; }
"""


class KpiTile(QFrame):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(TILE_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._name = ""
        self._mark = ""
        self._target_text = ""
        self.name_label = QLabel(objectName="kpiName")
        self.figure_label = QLabel(objectName="kpiFigure")
        self.status_label = QLabel(objectName="kpiStatus")
        self.change_label = QLabel(objectName="kpiChange")
        self.sparkline = Sparkline()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        figure_row = QHBoxLayout()
        figure_row.addWidget(self.figure_label)
        figure_row.addStretch(1)
        figure_row.addWidget(self.change_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(figure_row)
        self.status_label.setWordWrap(True)  # the mark and the target; wraps on a narrow tile
        layout.addWidget(self.status_label)
        layout.addWidget(self.sparkline)
        self.setMinimumWidth(170)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no gaps

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, super().sizeHint().height())

    def set_data(
        self,
        name: str,
        value: float | None,
        *,
        value_format: ValueFormat = two_decimals,
        target: float | None = None,
        higher_is_better: bool = True,
        history: Sequence[float | None] = (),
        previous: float | None = None,
    ) -> None:
        """``history`` is the periods' values, oldest first, this one last; ``previous``
        defaults to the one before it."""
        if previous is None and len(history) >= 2:
            previous = history[-2]
        self._name = name
        self._elide_name()
        no_data = translate("Charts", "No data")
        self.figure_label.setText(no_data if value is None else value_format(value))
        met: bool | None = None
        if target is not None and value is not None:
            met = value >= target if higher_is_better else value <= target
        self._mark = ""
        if met is not None:
            self._mark = (translate("Charts", "✔ Target met") if met
                          else translate("Charts", "✘ Target missed"))  # fmt: skip
        self._target_text = ""
        if target is not None:
            template = (translate("Charts", "Target ≥ {value}") if higher_is_better
                        else translate("Charts", "Target ≤ {value}"))  # fmt: skip
            self._target_text = template.format(value=value_format(target))
        parts = []
        if self._mark:
            colour = colours.MET if met else colours.MISSED
            parts.append(f'<b style="color:{colour.name()}">{html.escape(self._mark)}</b>')
        if self._target_text:
            muted = colours.MUTED.name()
            parts.append(f'<span style="color:{muted}">{html.escape(self._target_text)}</span>')
        self.status_label.setText(" ".join(parts))  # a space: wraps between mark and target
        self._set_change(value, previous, value_format, higher_is_better)
        self.sparkline.set_data(history, target)
        lines = [name, self.figure_label.text(), self._target_text, self._mark,
                 self.change_label.toolTip()]  # fmt: skip
        tip = "\n".join(line for line in lines if line)
        self.setToolTip(tip)
        self.setAccessibleName(name)
        self.setAccessibleDescription(tip)

    def _set_change(self, value: float | None, previous: float | None, fmt: ValueFormat,
                    higher_is_better: bool) -> None:  # fmt: skip
        if value is None or previous is None:
            self.change_label.setText("")
            self.change_label.setToolTip(translate("Charts", "No previous period to compare"))
            return
        delta = value - previous
        if abs(delta) < 1e-9:
            self.change_label.setText("＝")
            self.change_label.setStyleSheet(f"color: {colours.MUTED.name()};")
        else:
            arrow = "▲" if delta > 0 else "▼"
            good = (delta > 0) == higher_is_better
            self.change_label.setText(f"{arrow} {fmt(abs(delta))}")
            colour = colours.MET if good else colours.MISSED
            self.change_label.setStyleSheet(f"color: {colour.name()};")
        self.change_label.setToolTip(translate("Charts", "Previous period: {value}").format(
            value=fmt(previous)))  # fmt: skip

    def _elide_name(self) -> None:
        self.name_label.ensurePolished()
        metrics = self.name_label.fontMetrics()
        room = max(self.width() - 24, 60)
        self.name_label.setText(metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, room))
        self.name_label.setToolTip(self._name)

    def name(self) -> str:
        return self._name

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide_name()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.clicked.emit()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
