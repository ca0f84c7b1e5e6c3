"""The Reports page's survey tab: the CSI items as a radar (this period and the one before,
with the target ring), each item's score in a table, the weakest items as the improvement
priorities, and how the NPS splits into promoters, passives and detractors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.kpis import Kpi
from cs_desktop.services.kpis import Dashboard, ItemFigure

from ..charts import RadarChart, RadarItem
from ..models.rows import Column, RowsModel
from .areas import number
from .report_texts import percent, score

translate = QCoreApplication.translate


def _change(item: ItemFigure) -> str:
    if item.previous is None:
        return ""
    delta = item.mean - item.previous
    if abs(delta) < 0.005:
        return "＝"
    return ("▲ " if delta > 0 else "▼ ") + score(abs(delta))


class SatisfactionTab(QWidget):
    drill_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar = RadarChart()
        self.radar.setObjectName("csiRadar")
        self.radar.setMinimumSize(360, 300)
        self.radar.itemClicked.connect(lambda _code: self.drill_requested.emit())
        self.items: RowsModel[ItemFigure] = RowsModel([
            Column(lambda: translate("ReportSatisfaction", "Item"), lambda i: i.text,
                   tooltip=lambda i: i.text),
            Column(lambda: translate("ReportSatisfaction", "Score"), lambda i: score(i.mean),
                   align_right=True,
                   color=lambda i: "#b91c1c" if i.mean < self._target else None),
            Column(lambda: translate("ReportSatisfaction", "Change"), _change, align_right=True),
            Column(lambda: translate("ReportSatisfaction", "Weight"), lambda i: percent(i.weight),
                   align_right=True),
            Column(lambda: translate("ReportSatisfaction", "Answers"), lambda i: number(i.answers),
                   align_right=True),
        ], self)  # fmt: skip
        self._target = 4.5
        self.table = QTableView()
        self.table.setObjectName("itemTable")
        self.table.setModel(self.items)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.priorities = QLabel()
        self.priorities.setObjectName("priorities")
        self.priorities.setWordWrap(True)
        self.priorities.setTextFormat(Qt.TextFormat.RichText)
        self.priorities_box = QGroupBox()
        box = QVBoxLayout(self.priorities_box)
        box.addWidget(self.priorities)
        self.nps = QLabel()
        self.nps.setObjectName("npsParts")
        self.nps.setWordWrap(True)
        self.records_button = QPushButton()
        self.records_button.setObjectName("surveyRecords")
        self.records_button.clicked.connect(self.drill_requested)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.priorities_box)
        right.addWidget(self.nps)
        right.addWidget(self.records_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.radar, 1)
        layout.addLayout(right, 1)

    def show_board(self, board: Dashboard) -> None:
        self._target = board.targets[Kpi.SATISFACTION].value
        self.radar.set_empty_text(translate("ReportSatisfaction", "The radar needs answers to at least "
                                    "three survey items in this period."))  # fmt: skip
        self.radar.set_data([RadarItem(i.code, i.text, i.mean, i.previous) for i in board.items],
                            target=self._target)  # fmt: skip
        self.items.set_rows(board.items)
        self.priorities_box.setTitle(translate("ReportSatisfaction", "Improve first"))
        if board.priorities:
            lines = [translate("ReportSatisfaction", "{n}. {item}: {score} (target {target})").format(
                n=n, item=i.text, score=score(i.mean), target=score(self._target))
                for n, i in enumerate(board.priorities, 1)]  # fmt: skip
            self.priorities.setText("<br>".join(lines))
        else:
            self.priorities.setText(
                translate("ReportSatisfaction", "No survey answers in this period.")
            )
        parts = board.nps
        if parts is None:
            self.nps.setText(translate("ReportSatisfaction", "Nobody answered the recommendation "
                               "question in this period."))  # fmt: skip
        else:
            self.nps.setText(translate(
                "ReportSatisfaction", "NPS {score}: {promoters} promoters ({p}), {passives} "
                "passives ({m}), {detractors} detractors ({d}).").format(
                score=f"{parts.score:.0f}", promoters=number(parts.promoters),
                p=percent(parts.promoter_share), passives=number(parts.passives),
                m=percent(parts.passive_share), detractors=number(parts.detractors),
                d=percent(parts.detractor_share)))  # fmt: skip
        self.records_button.setText(translate("ReportSatisfaction", "The answers of this period…"))
