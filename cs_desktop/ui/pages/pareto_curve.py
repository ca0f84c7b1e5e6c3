"""The Pareto curve of the tier table, painted with QPainter (QtCharts is not in
PySide6-Essentials): share of customers, best first, against their share of all value."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

translate = QCoreApplication.translate
MARK_AT = 0.2  # "the best 20% of customers bring ...% of value"


def share_at(curve: Sequence[tuple[float, float]], x: float) -> float:
    """The value share at customer share ``x``, interpolated between the curve's points."""
    if not curve:
        return 0.0
    previous = curve[0]
    for point in curve[1:]:
        if point[0] >= x:
            span = point[0] - previous[0]
            if span <= 0:
                return point[1]
            return previous[1] + (point[1] - previous[1]) * (x - previous[0]) / span
        previous = point
    return curve[-1][1]


class ParetoCurve(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paretoCurve")
        self._curve: list[tuple[float, float]] = []
        self.setMinimumSize(200, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_curve(self, curve: Sequence[tuple[float, float]]) -> None:
        self._curve = list(curve)
        self.setToolTip(self.caption() if self._has_value() else "")
        self.update()

    def curve(self) -> list[tuple[float, float]]:
        return list(self._curve)

    def _has_value(self) -> bool:
        return len(self._curve) > 1 and self._curve[-1][1] > 0

    def caption(self) -> str:
        if not self._has_value():
            return translate("ParetoCurve", "No value in the period yet.")
        return translate("ParetoCurve", "The best {customers}% of customers bring {value}% of "
                         "the value.").format(customers=round(MARK_AT * 100),
                                              value=round(share_at(self._curve, MARK_AT) * 100))  # fmt: skip

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = p.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("100%") + 8
        right = metrics.horizontalAdvance("100%") / 2 + 4  # the last x label is centred on the edge
        plot = QRectF(left, line * 0.6, self.width() - left - right, self.height() - line * 3.0)
        if plot.width() < 40 or plot.height() < 40:
            return

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height())

        grid = QPen(QColor("#e2e8f0"))
        text = QColor("#475569")
        for step in range(0, 101, 20):
            share = step / 100
            p.setPen(grid)
            p.drawLine(at(share, 0), at(share, 1))
            p.drawLine(at(0, share), at(1, share))
            p.setPen(text)
            label = f"{step}%"
            y = at(0, share).y()
            p.drawText(QRectF(0, y - line / 2, left - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            x = at(share, 0).x()
            p.drawText(QRectF(x - 30, plot.bottom() + 2, 60, line),
                       Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip
        p.drawText(QRectF(plot.left(), plot.bottom() + line + 2, plot.width(), line),
                   Qt.AlignmentFlag.AlignHCenter,
                   translate("ParetoCurve", "Customers, best first"))  # fmt: skip
        p.setPen(QPen(QColor("#94a3b8"), 1, Qt.PenStyle.DashLine))
        p.drawLine(at(0, 0), at(1, 1))  # every customer worth the same
        if not self._has_value():
            p.setPen(text)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.caption())
            return
        path = QPainterPath(at(*self._curve[0]))
        for point in self._curve[1:]:
            path.lineTo(at(*point))
        p.setPen(QPen(QColor("#0f766e"), 2.5))
        p.drawPath(path)
        mark = share_at(self._curve, MARK_AT)
        p.setPen(QPen(QColor("#b45309"), 1, Qt.PenStyle.DotLine))
        p.drawLine(at(MARK_AT, 0), at(MARK_AT, mark))
        p.drawLine(at(0, mark), at(MARK_AT, mark))
        p.setBrush(QColor("#b45309"))
        p.drawEllipse(at(MARK_AT, mark), 3.5, 3.5)
        p.end()  # the caption is a label under the widget: it wraps when narrow
