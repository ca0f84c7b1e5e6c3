"""Radar of CSI items on the fixed 1..5 scale: this period filled, the previous one outlined,
an optional target ring; long item labels wrap around the circle with the full text as a tip."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import colours
from .text_fit import balanced_wrap

translate = QCoreApplication.translate
LOW, HIGH = 1.0, 5.0
MIN_ITEMS = 3
HIT_RADIUS = 14.0


@dataclass(frozen=True)
class RadarItem:
    code: str
    label: str
    value: float | None  # this period's mean score, None when nobody answered
    previous: float | None = None


class RadarChart(QWidget):
    itemClicked = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarChart")
        self._items: list[RadarItem] = []
        self._target: float | None = None
        self._empty_text = empty_text or translate("Charts", "No data for this period.")
        self._current = -1  # keyboard focus: an item index
        self._geometry: tuple[QPointF, float] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(280, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # data
    def set_data(self, items: Sequence[RadarItem], target: float | None = None) -> None:
        self._items = list(items)
        self._target = target
        self._geometry = None
        self._current = min(self._current, len(self._items) - 1)
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def items(self) -> list[RadarItem]:
        return list(self._items)

    def is_empty(self) -> bool:
        return len(self._items) < MIN_ITEMS or all(i.value is None for i in self._items)

    def empty_text(self) -> str:
        return self._empty_text

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(440, 360)

    # geometry
    def _label_width(self) -> float:
        return max(72.0, min(150.0, self.width() * 0.2))

    def _centre_and_radius(self) -> tuple[QPointF, float]:
        if self._geometry is None:
            self._geometry = self._layout()
        return self._geometry

    def _layout(self) -> tuple[QPointF, float]:
        """The circle as large as the labels beside, above and below it leave room for."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        beside = self._legend_width() + 8 < (self.width() - self._label_width()) / 2 - 8
        legend = 0.0 if beside else line * 1.6  # a row of its own unless it fits beside the top
        spare_x = self._label_width() + 12
        top = bottom = 1
        for index, item in enumerate(self._items):
            lines = len(balanced_wrap(item.label, metrics, self._label_width(), 2))
            sine = math.sin(self._angle(index))
            if sine < -0.5:
                top = max(top, lines)
            elif sine > 0.5:
                bottom = max(bottom, lines)
        spare_top, spare_bottom = top * line + 12, bottom * line + 12
        radius = min((self.width() - 2 * spare_x) / 2,
                     (self.height() - legend - spare_top - spare_bottom) / 2)  # fmt: skip
        centre = QPointF(self.width() / 2, legend + spare_top + max(radius, 0))
        return centre, max(radius, 10.0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._geometry = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._geometry = None
        super().changeEvent(event)

    def _angle(self, index: float) -> float:
        return -math.pi / 2 + 2 * math.pi * index / len(self._items)  # first item at the top

    def _at(self, index: float, value: float) -> QPointF:
        centre, radius = self._centre_and_radius()
        share = (min(max(value, LOW), HIGH) - LOW) / (HIGH - LOW)
        angle = self._angle(index)
        return QPointF(centre.x() + math.cos(angle) * radius * share,
                       centre.y() + math.sin(angle) * radius * share)  # fmt: skip

    def point_position(self, code: str) -> QPointF | None:
        """Where the item's current value is drawn (its spoke's tip if it has none)."""
        for index, item in enumerate(self._items):
            if item.code == code:
                return self._at(index, item.value if item.value is not None else HIGH)
        return None

    def _label_rect(self, index: int) -> tuple[QRectF, list[str]]:
        metrics = QFontMetricsF(self.font())
        width = self._label_width()
        lines = balanced_wrap(self._items[index].label, metrics, width, 2)
        height = metrics.height() * len(lines)
        tip = self._at(index, HIGH)
        centre, _ = self._centre_and_radius()
        dx, dy = tip.x() - centre.x(), tip.y() - centre.y()
        gap = 8.0
        if abs(dx) < 1:  # top or bottom: centred over / under the tip
            x = tip.x() - width / 2
        elif dx > 0:
            x = tip.x() + gap
        else:
            x = tip.x() - gap - width
        if abs(dy) < 1:
            y = tip.y() - height / 2
        elif dy < 0:
            y = tip.y() - height - (gap if abs(dx) < width / 2 else 0)
        else:
            y = tip.y() + (gap if abs(dx) < width / 2 else 0)
        return QRectF(x, y, width, height), lines

    def _hit(self, pos: QPointF) -> int:
        if self.is_empty():
            return -1
        best, best_distance = -1, HIT_RADIUS
        for index, item in enumerate(self._items):
            if self._label_rect(index)[0].adjusted(-4, -4, 4, 4).contains(pos):
                return index
            point = self.point_position(item.code)
            if point is None:
                continue
            distance = math.hypot(point.x() - pos.x(), point.y() - pos.y())
            if distance <= best_distance:
                best, best_distance = index, distance
        return best

    # text
    def tooltip_text(self, code: str) -> str:
        item = next((i for i in self._items if i.code == code), None)
        if item is None:
            return ""
        no_data = translate("Charts", "No data")
        lines = [item.label,
                 translate("Charts", "This period: {value}").format(
                     value=no_data if item.value is None else f"{item.value:.2f}")]  # fmt: skip
        if item.previous is not None:
            lines.append(translate("Charts", "Previous period: {value}").format(
                value=f"{item.previous:.2f}"))  # fmt: skip
        if self._target is not None:
            lines.append(translate("Charts", "Target: {value}").format(value=f"{self._target:.2f}"))
        return "\n".join(lines)

    # events
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._hit(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_text(self._items[index].code),
                                  self)  # fmt: skip
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self._hit(event.position())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._current = index
            self.update()
            self.itemClicked.emit(self._items[index].code)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        count = len(self._items)
        if self.is_empty() or count == 0:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._current = (self._current + 1) % count
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._current = (self._current - 1) % count if self._current >= 0 else count - 1
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current >= 0:
                self.itemClicked.emit(self._items[self._current].code)
            return
        else:
            super().keyPressEvent(event)
            return
        item = self._items[self._current]
        self.setToolTip(self.tooltip_text(item.code))
        self.setAccessibleDescription(self.tooltip_text(item.code))
        self.update()

    # painting
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        text = self.palette().windowText().color()
        if self.is_empty():
            p.setPen(text)
            p.drawText(QRectF(self.rect()).adjusted(12, 12, -12, -12),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self._empty_text)  # fmt: skip
            return
        count = len(self._items)
        centre, _ = self._centre_and_radius()
        p.setPen(QPen(colours.GRID, 1))
        for level in range(int(LOW), int(HIGH) + 1):
            p.drawPolygon(QPolygonF([self._at(i, level) for i in range(count)]))
        for index in range(count):
            p.drawLine(centre, self._at(index, HIGH))
        p.setPen(colours.MUTED)
        metrics = QFontMetricsF(self.font())
        for level in range(int(LOW) + 1, int(HIGH) + 1):  # the scale between the first two spokes
            at = self._at(0.5, level)
            p.drawText(QRectF(at.x() - 8, at.y() - metrics.height() / 2, 16, metrics.height()),
                       Qt.AlignmentFlag.AlignCenter, str(level))  # fmt: skip
        if self._target is not None:
            p.setPen(QPen(colours.TARGET, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(QPolygonF([self._at(i, self._target) for i in range(count)]))
        previous = [self._at(i, it.previous) for i, it in enumerate(self._items)
                    if it.previous is not None]  # fmt: skip
        if len(previous) >= MIN_ITEMS:
            p.setPen(QPen(colours.PREVIOUS, 1.5, Qt.PenStyle.DotLine))
            p.drawPolygon(QPolygonF(previous))
        current = [
            self._at(i, it.value) for i, it in enumerate(self._items) if it.value is not None
        ]
        p.setPen(QPen(colours.VALUE, 2))
        p.setBrush(QBrush(colours.VALUE_FILL))
        p.drawPolygon(QPolygonF(current))
        p.setBrush(colours.VALUE)
        for point in current:
            p.drawEllipse(point, 3.5, 3.5)
        self._paint_labels(p, text)
        self._paint_legend(p, text)
        p.end()

    def _paint_labels(self, p: QPainter, text_colour: QColor) -> None:
        metrics = QFontMetricsF(self.font())
        for index, item in enumerate(self._items):
            rect, lines = self._label_rect(index)
            tip = self._at(index, HIGH)
            if abs(tip.x() - rect.center().x()) < 1:
                align = Qt.AlignmentFlag.AlignHCenter
            elif rect.left() > tip.x():
                align = Qt.AlignmentFlag.AlignLeft
            else:
                align = Qt.AlignmentFlag.AlignRight
            p.setPen(colours.MUTED if item.value is None else text_colour)
            for number, line in enumerate(lines):
                row = QRectF(rect.left(), rect.top() + number * metrics.height(),
                             rect.width(), metrics.height())  # fmt: skip
                p.drawText(row, align | Qt.AlignmentFlag.AlignVCenter, line)
            if index == self._current and self.hasFocus():
                p.setPen(QPen(colours.VALUE, 1, Qt.PenStyle.DotLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(-3, -2, 3, 2))

    def _legend_entries(self) -> list[tuple[str, QPen, QBrush]]:
        entries: list[tuple[str, QPen, QBrush]] = [
            (translate("Charts", "This period"), QPen(colours.VALUE, 2), QBrush(colours.VALUE_FILL))
        ]
        if any(i.previous is not None for i in self._items):
            entries.append((translate("Charts", "Previous period"),
                            QPen(colours.PREVIOUS, 1.5, Qt.PenStyle.DotLine), QBrush()))  # fmt: skip
        if self._target is not None:
            entries.append((translate("Charts", "Target {value}").format(value=f"{self._target:g}"),
                            QPen(colours.TARGET, 1.5, Qt.PenStyle.DashLine), QBrush()))  # fmt: skip
        return entries

    def _legend_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        h = metrics.height()
        return sum(h * 1.2 + metrics.horizontalAdvance(e[0]) + 16 for e in self._legend_entries())

    def _paint_legend(self, p: QPainter, text_colour: QColor) -> None:
        metrics = QFontMetricsF(self.font())
        x, y, h = 8.0, 6.0, metrics.height()
        for label, pen, brush in self._legend_entries():
            p.setPen(pen)
            p.setBrush(brush)
            p.drawRect(QRectF(x, y + h * 0.2, h * 0.9, h * 0.6))
            p.setPen(text_colour)
            p.drawText(QPointF(x + h * 1.2, y + metrics.ascent()), label)
            x += h * 1.2 + metrics.horizontalAdvance(label) + 16
