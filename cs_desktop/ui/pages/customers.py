"""The customers area: one search box, filters and a list that scrolls through a million."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import ContactChannel
from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import DuplicateService
from cs_desktop.services.customers.importing import CustomerImportService
from cs_desktop.services.customers.listing import (
    CustomerListService,
    FilterChoices,
    QueryHint,
    hint_for,
)

from ..dialogs.import_wizard import ImportWizard, open_import_wizard
from ..models.customer_table import CustomerTableModel
from ..prefs import Prefs
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .areas import number
from .base import Page
from .customer_editing import CustomerEditor

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 150  # results as you type, without a query per keystroke
_WATCHED = ("customers", "customer_phones", "customer_addresses", "customer_tags",
            "customer_consents", "customer_stats", "complaints", "tags")  # fmt: skip


def _channel_name(channel: ContactChannel) -> str:
    return {
        ContactChannel.PHONE: translate("CustomersPage", "Phone calls"),
        ContactChannel.SMS: translate("CustomersPage", "SMS"),
        ContactChannel.WECHAT: translate("CustomersPage", "WeChat"),
        ContactChannel.EMAIL: translate("CustomersPage", "E-mail"),
        ContactChannel.POST: translate("CustomersPage", "Post"),
    }[channel]


class CustomersPage(Page):
    key = "customers"

    def __init__(self, service: CustomerListService, runner: TaskRunner | SyncTaskRunner,
                 cards: CustomerCardService, duplicates: DuplicateService,
                 parent: QWidget | None = None, *, importer: CustomerImportService | None = None,
                 prefs: Prefs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._importer = importer
        self._prefs = prefs
        self.import_wizard: ImportWizard | None = None
        self.import_button = QPushButton()
        self.import_button.setObjectName("importCustomers")
        self.import_button.clicked.connect(self.import_customers)
        self.import_button.setVisible(importer is not None and prefs is not None)
        self._service = service
        self.editor = CustomerEditor(cards, duplicates, runner, self)
        self._runner = runner
        self._choices: FilterChoices | None = None
        self._count = 0
        self.model = CustomerTableModel(service, runner, parent=self)

        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_query)

        self.tier_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.province_filter = QComboBox()
        self.consent_filter = QComboBox()
        self.open_complaint_filter = QCheckBox()
        for combo in (self.tier_filter, self.tag_filter, self.province_filter, self.consent_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_query)
        self.open_complaint_filter.toggled.connect(self._apply_query)

        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed, never ResizeToContents: measuring a million rows takes minutes (TRAPS.md).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(28)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        for column, width in enumerate((150, 50, 50, 140, 60, 150, 110, 110)):
            self.table.setColumnWidth(column, width)

        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_shortcut.activated.connect(self.open_selected)

        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.model.count_changed.connect(self._count_arrived)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.open_complaint_filter)
        search_row.addWidget(self.import_button)
        # Each filter's first entry names it ("All tiers"), so no separate labels are needed.
        filter_row = QHBoxLayout()
        for widget in (
            self.tier_filter,
            self.tag_filter,
            self.province_filter,
            self.consent_filter,
        ):
            filter_row.addWidget(widget)
        filter_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self._heading)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        self.retranslate()
        self._load_choices()
        self.model.refresh()

    # --- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("CustomersPage", "Customers")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.search.setPlaceholderText(translate(
            "CustomersPage", "Search name, phone, ID number, address or pinyin (zs finds 张三) — Ctrl+F"))  # fmt: skip
        names = (translate("CustomersPage", "Tier"), translate("CustomersPage", "Tag"),
                 translate("CustomersPage", "Region"), translate("CustomersPage", "Consent to contact"))  # fmt: skip
        for combo, name in zip((self.tier_filter, self.tag_filter, self.province_filter,
                                self.consent_filter), names, strict=True):  # fmt: skip
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        self.open_complaint_filter.setText(translate("CustomersPage", "With an &open complaint"))
        self.import_button.setText(translate("CustomersPage", "&Import…"))
        self.import_button.setToolTip(translate(
            "CustomersPage", "Import customer cards from a .csv or .xlsx file"))  # fmt: skip
        self._fill_combos()
        self.model.retranslate()
        self._show_result()

    def _fill_combos(self) -> None:
        choices = self._choices
        self._refill(self.tier_filter, translate("CustomersPage", "All tiers"),
                     [(label, code) for code, label in (choices.tiers if choices else [])])  # fmt: skip
        self._refill(self.tag_filter, translate("CustomersPage", "All tags"),
                     [(name, str(tag_id)) for tag_id, name in (choices.tags if choices else [])])  # fmt: skip
        self._refill(self.province_filter, translate("CustomersPage", "All regions"),
                     [(p, p) for p in (choices.provinces if choices else [])])  # fmt: skip
        self._refill(self.consent_filter, translate("CustomersPage", "Any consent"),
                     [(_channel_name(c), c.value) for c in ContactChannel])  # fmt: skip

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- query ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_card(self) -> None:
        self.editor.new_card()

    def import_customers(self) -> None:
        """The import wizard; its Changes refresh the list like any other write."""
        if self._importer is None or self._prefs is None:
            return
        self.import_wizard = open_import_wizard(self._importer, self._runner, self._prefs, self)

    def open_selected(self) -> None:
        row = (
            self.model.row_at(self.table.currentIndex().row())
            if self.table.currentIndex().isValid()
            else None
        )
        if row is not None:
            self.editor.open_card(row.id)

    def _apply_query(self) -> None:
        self._search_timer.stop()
        tier = self.tier_filter.currentData()
        tag = self.tag_filter.currentData()
        consent = self.consent_filter.currentData()
        query = dataclasses.replace(
            self.model.query,
            text=self.search.text(),
            tiers=frozenset({tier}) if tier else frozenset(),
            tag_id=uuid.UUID(tag) if tag else None,
            province=self.province_filter.currentData(),
            consent=ContactChannel(consent) if consent else None,
            open_complaint=self.open_complaint_filter.isChecked(),
        )
        if query != self.model.query:
            self.model.set_query(query)

    def _count_arrived(self, count: int) -> None:
        self._count = count
        self._show_result()
        if count and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)

    def _show_result(self) -> None:
        if hint_for(self.search.text()) is QueryHint.TOO_SHORT:
            self.result_label.setText(translate(
                "CustomersPage", "Type at least 3 digits of a phone or ID number."))  # fmt: skip
        elif self.model.query.text.strip() or self._has_filters():
            self.result_label.setText(translate("CustomersPage", "{count} customers found")
                                      .format(count=number(self._count)))  # fmt: skip
        else:
            self.result_label.setText(translate("CustomersPage", "{count} customers")
                                      .format(count=number(self._count)))  # fmt: skip

    def _has_filters(self) -> bool:
        q = self.model.query
        return bool(q.tiers or q.tag_id or q.province or q.consent or q.open_complaint)

    def _load_choices(self) -> None:
        service = self._service

        def work(_ctx: TaskContext) -> FilterChoices:
            return service.filter_choices()

        def done(choices: FilterChoices) -> None:
            self._choices = choices
            self._fill_combos()

        self._runner.read(work, done)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*_WATCHED):
            self.model.refresh()
        if changes.touches("tags", "tier_policies", "customer_addresses"):
            self._load_choices()
