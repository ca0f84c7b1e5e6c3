"""Horizontal bars for categories or staff: value and count at each bar's end, an optional target
line, bars short of the target in another colour; a click on a bar gives the caller's key."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QHorizontalStackedBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCursor, QFontMetricsF, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from . import colours
from .chart_base import ChartBase, label_value_axis
from .formats import ValueFormat, nice_ticks, two_decimals

translate = QCoreApplication.translate
ROW_HEIGHT = 26
LABEL_WIDTH = 140.0


@dataclass(frozen=True)
class BarItem:
    key: object  # handed back by barClicked
    label: str
    value: float | None  # None: no data (shown as such, never as 0)
    count: int | None = None  # the records behind the value, shown beside it


class BarChart(ChartBase):
    barClicked = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent)
        self.setObjectName("barChart")
        self._items: list[BarItem] = []
        self._total = 0
        self._format: ValueFormat = two_decimals
        self._target: float | None = None
        self._higher_is_better = True
        self._current = -1
        chart = self.chart()
        self._categories = QBarCategoryAxis()
        self._values = QCategoryAxis()
        self._style_axis(self._categories)
        self._style_axis(self._values)
        chart.addAxis(self._categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self._values, Qt.AlignmentFlag.AlignBottom)
        self._series = QHorizontalStackedBarSeries()
        self._series.setBarWidth(0.7)
        self._met = QBarSet("met")
        self._missed = QBarSet("missed")
        self._met.setColor(colours.VALUE)
        self._missed.setColor(colours.MISSED)
        for bar_set in (self._met, self._missed):
            bar_set.setBorderColor(Qt.GlobalColor.transparent)
            bar_set.setSelectedColor(colours.TARGET.darker(140))
            bar_set.clicked.connect(self._clicked)
            bar_set.hovered.connect(self._hovered)
        self._series.append([self._met, self._missed])
        chart.addSeries(self._series)
        self._series.attachAxis(self._categories)
        self._series.attachAxis(self._values)

    # data
    def set_data(
        self,
        items: Sequence[BarItem],
        *,
        value_format: ValueFormat = two_decimals,
        target: float | None = None,
        higher_is_better: bool = True,
        limit: int = 15,
        value_range: tuple[float, float] | None = None,
    ) -> None:
        """Bars in the given order, top first; only the first ``limit`` are drawn, with a note."""
        self._total = len(items)
        self._items = list(items[:limit])
        self._format = value_format
        self._target = target
        self._higher_is_better = higher_is_better
        self._current = -1
        self._empty = not self._items
        shown = list(reversed(self._items))  # a horizontal bar series draws its first at the bottom
        self._met.remove(0, self._met.count())
        self._missed.remove(0, self._missed.count())
        self._met.append([self._value_if(item, True) for item in shown])
        self._missed.append([self._value_if(item, False) for item in shown])
        self._met.deselectAllBars()
        self._missed.deselectAllBars()
        metrics = QFontMetricsF(self.font())
        self._categories.setCategories(
            [
                self._unique(
                    metrics.elidedText(i.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH), n
                )
                for n, i in enumerate(shown)
            ]  # fmt: skip
        )
        values = [i.value for i in self._items if i.value is not None]
        if target is not None:
            values.append(target)
        if value_range is not None:
            ticks = nice_ticks(*value_range, 5)
        else:
            ticks = nice_ticks(min([*values, 0.0]), max([*values, 0.0]) or 1.0, 5)
        label_value_axis(self._values, ticks, value_format)
        texts = [self.value_text(n) for n in range(len(self._items))] + [value_format(ticks[-1])]
        widest = max(metrics.horizontalAdvance(t) for t in texts) if texts else 0.0
        self.chart().setMargins(QMargins(4, 4, int(widest) + 12, 4))  # the value text goes there
        for axis in (self._categories, self._values):
            axis.setVisible(not self._empty)
        self.chart().setTitle(self.note())
        self.setMinimumHeight(min(ROW_HEIGHT * max(len(self._items), 3) + 70, 420))
        self.viewport().update()

    @staticmethod
    def _unique(label: str, n: int) -> str:
        return label + "\u200b" * n  # equal elided labels would merge into one category

    def _meets(self, value: float) -> bool:
        if self._target is None:
            return True
        return value >= self._target if self._higher_is_better else value <= self._target

    def _value_if(self, item: BarItem, met: bool) -> float:
        if item.value is None:
            return 0.0
        return item.value if self._meets(item.value) == met else 0.0

    def items(self) -> list[BarItem]:
        return list(self._items)

    def note(self) -> str:
        if self._total <= len(self._items):
            return ""
        return translate("Charts", "Showing the first {shown} of {total}").format(
            shown=len(self._items), total=self._total)  # fmt: skip

    def category_labels(self) -> list[str]:
        return list(self._categories.categories())

    def value_text(self, index: int) -> str:
        """The text at the end of bar ``index`` (in the caller's order)."""
        item = self._items[index]
        if item.value is None:
            return translate("Charts", "No data")
        text = self._format(item.value)
        if item.count is not None:
            text += " · " + translate("Charts", "{count} records").format(count=item.count)
        return text

    def tooltip_text(self, index: int) -> str:
        item = self._items[index]
        lines = [item.label, self.value_text(index)]
        if self._target is not None:
            lines.append(translate("Charts", "Target: {value}").format(
                value=self._format(self._target)))  # fmt: skip
        return "\n".join(lines)

    def bar_position(self, index: int) -> QPointF:
        """The middle of bar ``index`` (caller's order) in viewport coordinates."""
        item = self._items[index]
        row = len(self._items) - 1 - index
        value = (item.value or 0.0) / 2
        return QPointF(self.view_position(QPointF(value, row), self._series))

    # events
    def _index(self, row: int) -> int:
        return len(self._items) - 1 - row

    def _clicked(self, row: int) -> None:
        index = self._index(row)
        if 0 <= index < len(self._items):
            self._select(index)
            self.barClicked.emit(self._items[index].key)

    def _hovered(self, status: bool, row: int) -> None:
        index = self._index(row)
        if status and 0 <= index < len(self._items):
            QToolTip.showText(QCursor.pos(), self.tooltip_text(index), self)
        else:
            QToolTip.hideText()

    def _select(self, index: int) -> None:
        self._current = index
        row = len(self._items) - 1 - index
        for bar_set in (self._met, self._missed):
            bar_set.deselectAllBars()
            bar_set.selectBar(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        count = len(self._items)
        key = event.key()
        if count and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._select(max(0, min(count - 1, self._current + step)))
            self.setToolTip(self.tooltip_text(self._current))
            self.setAccessibleDescription(self.tooltip_text(self._current))
        elif count and self._current >= 0 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                      Qt.Key.Key_Space):  # fmt: skip
            self.barClicked.emit(self._items[self._current].key)
        else:
            super().keyPressEvent(event)

    # painting: value texts at the bars' ends and the target line
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        if self._empty:
            return
        chart = self.chart()
        plot = chart.plotArea()
        metrics = QFontMetricsF(self.font())
        painter.save()
        painter.setFont(self.font())
        if self._target is not None:
            x = chart.mapToPosition(QPointF(self._target, 0), self._series).x()
            painter.setPen(QPen(colours.TARGET, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        for index, item in enumerate(self._items):
            row = len(self._items) - 1 - index
            end = chart.mapToPosition(QPointF(item.value or 0.0, row), self._series)
            colour = colours.MUTED if item.value is None else self.palette().windowText().color()
            painter.setPen(colour)
            painter.drawText(QPointF(end.x() + 5, end.y() + metrics.ascent() / 2 - 1),
                             self.value_text(index))  # fmt: skip
        painter.restore()
