"""One KPI over the periods (e.g. 13 months or weeks): a line with points, a gap where a period
has no data (never a 0), a dashed target line, points missing the target marked by colour and
shape; a click on a point gives its period index."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QLineSeries, QScatterSeries, QXYSeries
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QFontMetricsF, QKeyEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from . import colours
from .chart_base import ChartBase, label_value_axis
from .formats import ValueFormat, nice_ticks, two_decimals

translate = QCoreApplication.translate


def runs(values: Sequence[float | None]) -> list[list[int]]:
    """Indexes of the consecutive periods that have a value."""
    found: list[list[int]] = []
    for index, value in enumerate(values):
        if value is None:
            continue
        if found and found[-1][-1] == index - 1:
            found[-1].append(index)
        else:
            found.append([index])
    return found


class TrendChart(ChartBase):
    pointClicked = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent)
        self.setObjectName("trendChart")
        self._labels: list[str] = []
        self._values: list[float | None] = []
        self._format: ValueFormat = two_decimals
        self._target: float | None = None
        self._higher_is_better = True
        self._current = -1
        self.lines: list[QLineSeries] = []
        self.met_points = self._scatter(colours.VALUE, QScatterSeries.MarkerShape.MarkerShapeCircle,
                                        9)  # fmt: skip
        self.missed_points = self._scatter(
            colours.MISSED, QScatterSeries.MarkerShape.MarkerShapeTriangle, 13
        )
        self.target_line = QLineSeries()
        self.target_line.setPen(QPen(colours.TARGET, 1.5, Qt.PenStyle.DashLine))
        self._periods = QCategoryAxis()
        self._axis_values = QCategoryAxis()
        for axis in (self._periods, self._axis_values):
            self._style_axis(axis)
        self._periods.setGridLineVisible(False)
        self._periods.setTruncateLabels(False)
        chart = self.chart()
        chart.addAxis(self._periods, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._axis_values, Qt.AlignmentFlag.AlignLeft)
        self._attach(self.target_line)
        self._attach(self.met_points)
        self._attach(self.missed_points)
        self.setMinimumSize(320, 200)

    def _scatter(
        self, colour: object, shape: QScatterSeries.MarkerShape, size: float
    ) -> QScatterSeries:
        series = QScatterSeries()
        series.setColor(colour)  # type: ignore[arg-type]
        series.setBorderColor(Qt.GlobalColor.white)
        series.setMarkerShape(shape)
        series.setMarkerSize(size)
        series.clicked.connect(self._clicked)
        series.hovered.connect(self._hovered)
        return series

    def _attach(self, series: QXYSeries) -> None:
        self.chart().addSeries(series)
        series.attachAxis(self._periods)
        series.attachAxis(self._axis_values)

    # data
    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float | None],
        *,
        value_format: ValueFormat = two_decimals,
        target: float | None = None,
        higher_is_better: bool = True,
        value_range: tuple[float, float] | None = None,
    ) -> None:
        if len(labels) != len(values):
            raise ValueError("one label per value")
        self._labels, self._values = list(labels), list(values)
        self._format, self._target = value_format, target
        self._higher_is_better = higher_is_better
        self._current = -1
        present = [v for v in self._values if v is not None]
        self._empty = not present
        for line in self.lines:
            self.chart().removeSeries(line)
            line.deleteLater()
        self.lines = []
        for run in runs(self._values):
            line = QLineSeries()
            line.setPen(QPen(colours.VALUE, 2.5))
            line.append([QPointF(i, self._values[i] or 0.0) for i in run])
            line.clicked.connect(self._clicked)
            self._attach(line)
            self.lines.append(line)
        met, missed = [], []
        for index, value in enumerate(self._values):
            if value is not None:
                (met if self.meets(value) else missed).append(QPointF(index, value))
        self.met_points.replace(met)
        self.missed_points.replace(missed)
        for scatter in (self.met_points, self.missed_points):  # points above the lines
            self.chart().removeSeries(scatter)
            self._attach(scatter)
        last = max(len(self._values) - 1, 0)
        self.target_line.replace(
            [] if target is None else [QPointF(-0.5, target), QPointF(last + 0.5, target)]
        )
        self._label_periods()
        if value_range is not None:
            ticks = nice_ticks(*value_range, 5)
        else:
            shown = present + ([target] if target is not None else [])
            low, high = (min(shown), max(shown)) if shown else (0.0, 1.0)
            pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
            ticks = nice_ticks(low - pad, high + pad, 5)
        label_value_axis(self._axis_values, ticks, value_format)
        for axis in (self._periods, self._axis_values):
            axis.setVisible(not self._empty)
        self._fit_period_labels()
        self.viewport().update()

    def _label_periods(self) -> None:
        axis = self._periods
        for label in axis.categoriesLabels():
            axis.remove(label)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setStartValue(-0.5)
        seen: set[str] = set()
        for index, label in enumerate(self._labels):
            while label in seen:
                label += "\u200b"
            seen.add(label)
            axis.append(label, index)
        axis.setRange(-0.5, max(len(self._labels) - 1, 0) + 0.5)

    def _fit_period_labels(self) -> None:
        if not self._labels:
            return
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(label) for label in self._labels)
        room = self.chart().plotArea().width() or self.width() * 0.85
        self._periods.setLabelsAngle(0 if widest + 8 <= room / len(self._labels) else -45)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_period_labels()

    def meets(self, value: float) -> bool:
        if self._target is None:
            return True
        return value >= self._target if self._higher_is_better else value <= self._target

    def period_labels(self) -> list[str]:
        return list(self._periods.categoriesLabels())

    def tooltip_text(self, index: int) -> str:
        value = self._values[index]
        text = translate("Charts", "No data") if value is None else self._format(value)
        lines = [f"{self._labels[index]}: {text}"]
        if self._target is not None:
            lines.append(translate("Charts", "Target: {value}").format(
                value=self._format(self._target)))  # fmt: skip
            if value is not None:
                lines.append(translate("Charts", "✔ Target met") if self.meets(value)
                             else translate("Charts", "✘ Target missed"))  # fmt: skip
        return "\n".join(lines)

    def point_position(self, index: int) -> QPointF:
        """Where period ``index``'s point is on the viewport (its value, or the axis if none)."""
        value = self._values[index]
        y = value if value is not None else self._axis_values.min()
        return QPointF(self.view_position(QPointF(index, y), self.met_points))

    # events
    def _index_of(self, point: QPointF) -> int:
        index = round(point.x())
        return index if 0 <= index < len(self._values) else -1

    def _clicked(self, point: QPointF) -> None:
        index = self._index_of(point)
        if index >= 0 and self._values[index] is not None:
            self._current = index
            self.pointClicked.emit(index)

    def _hovered(self, point: QPointF, state: bool) -> None:
        index = self._index_of(point)
        if state and index >= 0:
            QToolTip.showText(QCursor.pos(), self.tooltip_text(index), self)
        else:
            QToolTip.hideText()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        present = [i for i, v in enumerate(self._values) if v is not None]
        key = event.key()
        if present and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if key == Qt.Key.Key_Right:
                later = [i for i in present if i > self._current]
                self._current = later[0] if later else present[-1]
            else:
                earlier = [i for i in present if i < self._current]
                self._current = earlier[-1] if earlier else present[0]
            text = self.tooltip_text(self._current)
            self.setToolTip(text)
            self.setAccessibleDescription(text)
            QToolTip.showText(self.mapToGlobal(self.point_position(self._current).toPoint()),
                              text, self)  # fmt: skip
        elif self._current >= 0 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.pointClicked.emit(self._current)
        else:
            super().keyPressEvent(event)
