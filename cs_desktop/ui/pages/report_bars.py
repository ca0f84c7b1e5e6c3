"""The Reports page's comparison tab: one KPI of the period as bars per staff member, complaint
category, customer tier or site, against its target; a bar opens the records behind it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cs_desktop.domain.kpis import Direction, Kpi, Target
from cs_desktop.services.kpis import KPIS, Dim, Scope
from cs_desktop.services.kpis.breakdown import Bar, BreakdownService

from ..charts import BarChart, BarItem
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .report_texts import axis_formatter, dim_name, kpi_name, none_label, target_text

translate = QCoreApplication.translate
DIMS = (Dim.STAFF, Dim.CATEGORY, Dim.TIER, Dim.SITE)


class BreakdownTab(QWidget):
    bar_chosen = Signal(object, object, object)  # (Kpi, Dim, Bar)

    def __init__(self, runner: TaskRunner | SyncTaskRunner, service: BreakdownService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._service = runner, service
        self._generation = 0
        self._scope: Scope | None = None
        self._targets: dict[Kpi, Target] = {}
        self.bars: list[Bar] = []
        self.kpi = QComboBox()
        self.kpi.setObjectName("barKpi")
        for kpi in KPIS:
            self.kpi.addItem("", kpi)
        self.by = QComboBox()
        self.by.setObjectName("barBy")
        for dim in DIMS:
            self.by.addItem("", dim)
        self.kpi.currentIndexChanged.connect(lambda _i: self.reload())
        self.by.currentIndexChanged.connect(lambda _i: self.reload())
        self.note = QLabel()
        self.note.setObjectName("barNote")
        self.note.setWordWrap(True)
        self.chart = BarChart()
        self.chart.setObjectName("kpiBars")
        self.chart.barClicked.connect(self._clicked)
        row = QHBoxLayout()
        self.kpi_label, self.by_label = QLabel(), QLabel()
        row.addWidget(self.kpi_label)
        row.addWidget(self.kpi)
        row.addWidget(self.by_label)
        row.addWidget(self.by)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.chart, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.kpi_label.setText(translate("ReportBars", "Figure:"))
        self.by_label.setText(translate("ReportBars", "per"))
        for i in range(self.kpi.count()):
            self.kpi.setItemText(i, kpi_name(self.kpi.itemData(i)))
        for i in range(self.by.count()):
            self.by.setItemText(i, dim_name(self.by.itemData(i)))
        self.chart.set_empty_text(translate("ReportBars", "Nothing to compare in this period."))

    @property
    def chosen(self) -> tuple[Kpi, Dim]:
        return Kpi(self.kpi.currentData()), Dim(self.by.currentData())

    def set_targets(self, targets: dict[Kpi, Target]) -> None:
        self._targets = targets

    def load(self, scope: Scope) -> None:
        self._scope = scope
        self.reload()

    def reload(self) -> None:
        if self._scope is None or not self._targets:
            return
        self._generation += 1
        generation = self._generation
        kpi, by = self.chosen
        scope, service = self._scope, self._service
        self.note.setText(translate("ReportBars", "Working out the figures…"))

        def work(_ctx: TaskContext) -> list[Bar]:
            return service.bars(kpi, by, scope)

        def done(bars: list[Bar]) -> None:
            if generation == self._generation:
                self._show(kpi, by, bars)

        self._runner.read(work, done)

    def bar_label(self, bar: Bar) -> str:
        return bar.label or none_label(self.chosen[1])

    def _show(self, kpi: Kpi, by: Dim, bars: list[Bar]) -> None:
        target = self._targets[kpi]
        better = target.direction is Direction.HIGHER
        # Worst first: what needs attention is at the top.
        ordered = sorted(bars, key=lambda b: (b.value is None,
                                              (b.value or 0) if better else -(b.value or 0)))  # fmt: skip
        self.bars = ordered
        self.chart.set_data([BarItem(b, self.bar_label(b), b.value, b.count) for b in ordered],
                            value_format=axis_formatter(kpi), target=target.value,
                            higher_is_better=better,
                            value_range=(1.0, 5.0) if kpi is Kpi.SATISFACTION else None)  # fmt: skip
        self.note.setText(translate("ReportBars", "{kpi} per {by}, weakest first ({target}). "
                                    "Click a bar for its records.").format(
            kpi=kpi_name(kpi), by=dim_name(by), target=target_text(target)))  # fmt: skip

    def _clicked(self, key: object) -> None:
        if isinstance(key, Bar):
            kpi, by = self.chosen
            self.bar_chosen.emit(kpi, by, key)

    def shown(self) -> tuple[Kpi, Dim, list[Bar]] | None:
        """What the chart shows, for the export."""
        if not self.bars:
            return None
        kpi, by = self.chosen
        return kpi, by, self.bars
