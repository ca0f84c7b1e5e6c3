"""What the QtCharts widgets share: a plain chart in the application's palette and font with
no animation, an empty text shown over it, and a value axis labelled by a format callable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAbstractAxis, QAbstractSeries, QCategoryAxis, QChart, QChartView
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from . import colours
from .formats import ValueFormat

translate = QCoreApplication.translate


class ChartBase(QChartView):
    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text or translate("Charts", "No data for this period.")
        self._empty = True
        self._axes: list[QAbstractAxis] = []
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.apply_palette()

    def apply_palette(self) -> None:
        chart = self.chart()
        palette = self.palette()
        chart.setBackgroundBrush(palette.base())
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setTitleBrush(palette.windowText())
        chart.setFont(self.font())
        self.setBackgroundBrush(palette.base())

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def is_empty(self) -> bool:
        return self._empty

    def view_position(self, value: QPointF, series: QAbstractSeries) -> QPoint:
        """Where ``value`` of ``series`` is on the viewport (for clicks and tests)."""
        chart = self.chart()
        return self.mapFromScene(chart.mapToScene(chart.mapToPosition(value, series)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.apply_palette()
            for axis in self._axes:
                self._style_axis(axis)

    def _style_axis(self, axis: QAbstractAxis, font: QFont | None = None) -> None:
        if axis not in self._axes:
            self._axes.append(axis)
        axis.setLabelsFont(font or self.font())
        axis.setLabelsBrush(self.palette().windowText())
        axis.setGridLineColor(colours.GRID)
        axis.setLinePenColor(colours.GRID)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        if self._empty:
            painter.save()
            painter.setPen(self.palette().windowText().color())
            painter.setFont(self.font())
            painter.drawText(self.sceneRect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)  # fmt: skip
            painter.restore()


def label_value_axis(axis: QCategoryAxis, ticks: Sequence[float], fmt: ValueFormat) -> None:
    """Replace the axis' labels with ``fmt`` of each tick, placed on the tick's value."""
    for label in axis.categoriesLabels():
        axis.remove(label)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(ticks[0])
    seen: set[str] = set()
    for tick in ticks:
        label = fmt(tick)
        while label in seen:  # QCategoryAxis needs unique labels; pad invisibly
            label += "\u200b"
        seen.add(label)
        axis.append(label, tick)
    axis.setRange(ticks[0], ticks[-1])
