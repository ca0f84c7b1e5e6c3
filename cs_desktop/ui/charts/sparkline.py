"""A tiny trend line for a KPI tile: gaps where a period has no data, the last point marked,
the target as a faint dashed line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import colours
from .trend import runs


class Sparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float | None] = []
        self._target: float | None = None
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, values: Sequence[float | None], target: float | None = None) -> None:
        self._values = list(values)
        self._target = target
        self.update()

    def values(self) -> list[float | None]:
        return list(self._values)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, 28)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        present = [v for v in self._values if v is not None]
        if not present:
            return
        shown = present + ([self._target] if self._target is not None else [])
        low, high = min(shown), max(shown)
        span = (high - low) or 1.0
        margin = 3.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        step = width / max(len(self._values) - 1, 1)

        def at(index: int, value: float) -> QPointF:
            return QPointF(margin + index * step, margin + (high - value) / span * height)

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._target is not None:
            p.setPen(QPen(colours.TARGET, 1, Qt.PenStyle.DashLine))
            y = at(0, self._target).y()
            p.drawLine(QPointF(margin, y), QPointF(margin + width, y))
        p.setPen(QPen(colours.VALUE, 1.6))
        for run in runs(self._values):
            path = QPainterPath(at(run[0], self._values[run[0]] or 0.0))
            for index in run[1:]:
                path.lineTo(at(index, self._values[index] or 0.0))
            p.drawPath(path) if len(run) > 1 else p.drawPoint(path.currentPosition())
        last = len(self._values) - 1
        if self._values[last] is not None:
            p.setBrush(colours.VALUE)
            p.drawEllipse(at(last, self._values[last] or 0.0), 2.5, 2.5)
        p.end()
