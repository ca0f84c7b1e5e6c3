"""The Reports page's period and filters: day, week, month or quarter, stepped back and forth
(never past the period of today), and site, staff member, complaint category and tier."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.kpis import PeriodKind, period_containing
from cs_desktop.services.kpis import Scope

from ..combo import index_of
from ..context import ReportServices
from .report_texts import period_kind_name, period_name

translate = QCoreApplication.translate
NO_TIER = ""  # the tier filter's value for customers without a tier


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.day = today
        self._loaded = False
        self._tiers: dict[str, str] = {}
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for kind in PeriodKind:
            self.kind.addItem("", kind)
        self.kind.setCurrentIndex(list(PeriodKind).index(PeriodKind.MONTH))
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.back = QToolButton()
        self.back.setObjectName("periodBack")
        self.back.setText("◀")
        self.back.clicked.connect(lambda: self.step(-1))
        self.period = QPushButton()
        self.period.setObjectName("periodLabel")
        self.period.setFlat(True)
        self.period.clicked.connect(self.to_today)
        self.forward = QToolButton()
        self.forward.setObjectName("periodForward")
        self.forward.setText("▶")
        self.forward.clicked.connect(lambda: self.step(1))
        self.site = QComboBox()
        self.site.setObjectName("siteFilter")
        self.staff = QComboBox()
        self.staff.setObjectName("staffFilter")
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.tier = QComboBox()
        self.tier.setObjectName("tierFilter")
        for combo in (self.site, self.staff, self.category, self.tier):
            combo.addItem("", None)
            # Narrow when the window is (long names elide; the list opens at full width).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.setMaximumWidth(160)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.site.hide()  # until a second site is known
        self.paper_button = QPushButton()
        self.paper_button.setObjectName("paperSurveyButton")
        self.targets_button = QPushButton()
        self.targets_button.setObjectName("targetsButton")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportReportButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printReportButton")
        # Two rows, each with two of the actions at its end (fits a 720-pixel window).
        period = QHBoxLayout()
        for widget in (self.kind, self.back, self.period, self.forward):
            period.addWidget(widget)
        period.addStretch(1)
        period.addWidget(self.paper_button)
        period.addWidget(self.targets_button)
        filters = QHBoxLayout()
        for widget in (self.site, self.staff, self.category, self.tier):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.print_button)
        filters.addWidget(self.export_button)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(period)
        rows.addLayout(filters)
        self.retranslate()

    def retranslate(self) -> None:
        for i in range(self.kind.count()):
            self.kind.setItemText(i, period_kind_name(self.kind.itemData(i)))
        self.site.setItemText(0, translate("ReportFilters", "All sites"))
        self.staff.setItemText(0, translate("ReportFilters", "All staff"))
        self.category.setItemText(0, translate("ReportFilters", "All categories"))
        self.tier.setItemText(0, translate("ReportFilters", "All tiers"))
        if self.tier.count() > 1:
            self.tier.setItemText(self.tier.count() - 1, translate("ReportFilters", "No tier"))
        self.back.setToolTip(translate("ReportFilters", "The period before"))
        self.forward.setToolTip(translate("ReportFilters", "The period after"))
        self.period.setToolTip(translate("ReportFilters", "Back to the current period"))
        self.paper_button.setText(translate("ReportFilters", "Enter paper surveys…"))
        self.targets_button.setText(translate("ReportFilters", "Targets…"))
        self.export_button.setText(translate("ReportFilters", "Export to Excel…"))
        self.print_button.setText(translate("ReportFilters", "Print the report…"))
        self._show_period()

    # --- the period -------------------------------------------------------------------------
    @property
    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def _show_period(self) -> None:
        current = period_containing(self.period_kind, self.day)
        self.period.setText(period_name(current))
        self.forward.setEnabled(current.end <= self._today)

    def step(self, periods: int) -> None:
        current = period_containing(self.period_kind, self.day)
        target = current.previous() if periods < 0 else current.next()
        if target.start > self._today:
            return
        self.day = target.start
        self.changed.emit()

    def to_today(self) -> None:
        self.day = self._today
        self.changed.emit()

    # --- the filters ------------------------------------------------------------------------
    def set_choices_once(self, services: ReportServices) -> None:
        """Fill the filters from the database the first time figures arrive."""
        if self._loaded:
            return
        self._loaded = True
        choices = services.choices.choices()
        for combo in (self.site, self.staff, self.category, self.tier):
            combo.blockSignals(True)
        for site_id, name in choices.sites:
            self.site.addItem(name, site_id)
        self.site.setVisible(len(choices.sites) > 1)
        for staff_id, name in choices.staff:
            self.staff.addItem(name, staff_id)
        for category in choices.categories:
            self.category.addItem(category, category)
        for code, label in choices.tiers:
            self.tier.addItem(label, code)
            self._tiers[code] = label
        self.tier.addItem(translate("ReportFilters", "No tier"), NO_TIER)
        for combo in (self.site, self.staff, self.category, self.tier):
            combo.blockSignals(False)

    def tier_name(self, code: str | None) -> str:
        if not code:
            return translate("ReportFilters", "No tier")
        return self._tiers.get(code, code)

    def choose(self, combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, index_of(combo, value)))

    def scope(self) -> Scope:
        self._show_period()
        site, staff = self.site.currentData(), self.staff.currentData()
        return Scope(self.day, self.period_kind,
                     site if isinstance(site, uuid.UUID) else None,
                     staff if isinstance(staff, uuid.UUID) else None,
                     self.category.currentData(), self.tier.currentData())  # fmt: skip

    def description(self) -> str:
        """The filters chosen, in words (for the drill-down heading and the export)."""
        return ", ".join(combo.currentText() for combo in (self.site, self.staff, self.category,
                                                           self.tier) if combo.currentIndex() > 0)  # fmt: skip
