"""The Reports page's overview: a tile per KPI (figure, target, change, a small trend) and the
chosen KPI's line over the last 13 periods. A tile chooses the line; a point of the line, or
the button under it, opens the records behind the figure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cs_desktop.domain.kpis import Direction, Kpi
from cs_desktop.services.kpis import KPIS, Dashboard

from ..charts import KpiTile, TrendChart
from .report_texts import (
    axis_formatter,
    formatter,
    kpi_meaning,
    kpi_name,
    period_name,
    short_period,
    target_text,
)

translate = QCoreApplication.translate
COLUMNS = 3
WIDE = 5  # tiles per row when the page is wide enough
TILE_WIDTH = 200


class OverviewTab(QWidget):
    drill_requested = Signal(object, int)  # (Kpi, index of the period in the trend)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = Kpi.SATISFACTION
        self.board: Dashboard | None = None
        self.tiles: dict[Kpi, KpiTile] = {}
        self.grid = grid = QGridLayout()
        grid.setSpacing(8)
        for kpi in KPIS:
            tile = KpiTile()
            tile.setObjectName(f"tile_{kpi.value}")
            tile.clicked.connect(lambda kpi=kpi: self.choose(kpi))
            self.tiles[kpi] = tile
        self.columns = 0
        self._place(COLUMNS)
        self.trend = TrendChart()
        self.trend.setObjectName("kpiTrend")
        self.trend.setMinimumHeight(170)
        self.trend.pointClicked.connect(lambda i: self.drill_requested.emit(self.chosen, i))
        self.trend_title = QLabel()
        self.trend_title.setObjectName("trendTitle")
        self.trend_title.setWordWrap(True)
        self.records_button = QPushButton()
        self.records_button.setObjectName("showRecords")
        self.records_button.clicked.connect(lambda: self.drill_requested.emit(self.chosen, -1))
        heading = QHBoxLayout()
        heading.addWidget(self.trend_title, 1)
        heading.addWidget(self.records_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(heading)
        layout.addWidget(self.trend, 1)

    def _place(self, columns: int) -> None:
        """The tiles in rows of ``columns``: five on a wide screen leaves the trend room."""
        if columns == self.columns:
            return
        self.columns = columns
        for n, kpi in enumerate(KPIS):
            self.grid.addWidget(self.tiles[kpi], n // columns, n % columns)
        for column in range(max(COLUMNS, WIDE)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place(WIDE if event.size().width() >= WIDE * TILE_WIDTH else COLUMNS)

    def choose(self, kpi: Kpi) -> None:
        self.chosen = kpi
        if self.board is not None:
            self._trend(self.board)

    def show_board(self, board: Dashboard) -> None:
        self.board = board
        for kpi, tile in self.tiles.items():
            target = board.targets[kpi]
            history = [f.value for f in board.trends[kpi]]
            tile.set_data(kpi_name(kpi), history[-1], value_format=formatter(kpi),
                          target=target.value,
                          higher_is_better=target.direction is Direction.HIGHER,
                          history=history)  # fmt: skip
            figure = board.figure(kpi)
            extra = [kpi_meaning(kpi)]
            if figure.p90 is not None:
                extra.append(translate("ReportOverview", "90th percentile: {value}").format(
                    value=formatter(kpi)(figure.p90)))  # fmt: skip
            extra.append(translate("ReportOverview", "Counted over {count}.").format(
                count=f"{figure.count:,}"))  # fmt: skip
            tile.setToolTip(tile.toolTip() + "\n" + "\n".join(extra))
        self._trend(board)

    def _trend(self, board: Dashboard) -> None:
        kpi = self.chosen
        target = board.targets[kpi]
        self.trend.set_empty_text(translate("ReportOverview", "No figures in these periods."))
        self.trend.set_data([short_period(p) for p in board.periods],
                            [f.value for f in board.trends[kpi]],
                            value_format=axis_formatter(kpi), target=target.value,
                            higher_is_better=target.direction is Direction.HIGHER)  # fmt: skip
        self.trend_title.setText(translate("ReportOverview", "{kpi} over the last {count} "
                                           "periods ({target}); click a point for its records.")
                                 .format(kpi=kpi_name(kpi), count=len(board.periods),
                                         target=target_text(target)))  # fmt: skip
        self.records_button.setText(translate("ReportOverview", "Records of {period}…").format(
            period=period_name(board.periods[-1])))  # fmt: skip
        for k, tile in self.tiles.items():
            tile.setProperty("chosen", k is kpi)
            tile.setFrameShape(tile.Shape.Box if k is kpi else tile.Shape.StyledPanel)
