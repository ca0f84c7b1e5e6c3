"""The customers area: one search box, filters and a list that scrolls through a million."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import ContactChannel
from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import DuplicateService
from cs_desktop.services.customers.exporting import CustomerExportService
from cs_desktop.services.customers.importing import CustomerImportService
from cs_desktop.services.customers.listing import (
    CustomerListService,
    CustomerRow,
    FilterChoices,
    QueryHint,
    hint_for,
)
from cs_desktop.services.customers.merge import MergeService
from cs_desktop.services.customers.timeline import TimelineService
from cs_desktop.services.tiers.overrides import TierOverrideService
from cs_desktop.services.tiers.policies import TierPolicyService

from ..dialogs.deleted_cards import DeletedCardsDialog
from ..dialogs.duplicates import DuplicatesDialog
from ..dialogs.import_wizard import ImportWizard, open_import_wizard
from ..dialogs.tier_override import TierOverrideDialog
from ..models.customer_table import CustomerTableModel
from ..prefs import Prefs
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .areas import number
from .base import Page
from .customer_editing import CustomerEditor
from .customer_export import ListExporter

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
                 timelines: TimelineService, exports: CustomerExportService,
                 parent: QWidget | None = None, *, merges: MergeService,
                 tier_overrides: TierOverrideService, tier_policies: TierPolicyService,
                 importer: CustomerImportService | None = None,
                 prefs: Prefs | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._tier_services = (tier_overrides, tier_policies)
        self.tier_dialog: TierOverrideDialog | None = None
        self._importer = importer
        self._prefs = prefs
        self.import_wizard: ImportWizard | None = None
        self.import_button = QToolButton()
        self.import_button.setObjectName("importCustomers")
        self.import_button.clicked.connect(self.import_customers)
        self.import_button.setVisible(importer is not None and prefs is not None)
        self._service = service
        self._cards, self._duplicates, self._merges = cards, duplicates, merges
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.deleted_dialog: DeletedCardsDialog | None = None
        self.question: QMessageBox | None = None
        self.editor = CustomerEditor(cards, duplicates, timelines, runner, self)
        self.exporter = ListExporter(exports, runner, self)
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
        # Enabling sorting sorts by the header's indicator (Qt's default: descending): set it to
        # name ascending first, which the model takes as "relevance while searching".
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
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

        # Down in the search box goes to the results, so search → open is keyboard only.
        to_list = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        to_list.setContext(Qt.ShortcutContext.WidgetShortcut)
        to_list.activated.connect(self.focus_results)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_shortcut.activated.connect(self.open_selected)
        self.duplicates_button = QToolButton()
        self.duplicates_button.setObjectName("duplicatesButton")
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.deleted_button = QToolButton()
        self.deleted_button.setObjectName("deletedCardsButton")
        self.deleted_button.clicked.connect(self.open_deleted_cards)
        self.tier_action = QAction(self)
        self.tier_action.triggered.connect(self.set_tier_of_selected)
        self.tier_button = QToolButton()
        self.tier_button.setObjectName("setTierButton")
        self.tier_button.setDefaultAction(self.tier_action)

        # Printed tables of the list as shown (address table, tier table): the main window
        # gives the menu (set_print_menu); hidden until then.
        self.print_button = QToolButton()
        self.print_button.setObjectName("printList")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.hide()

        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.model.count_changed.connect(self._count_arrived)

        # Actions on cards. Undo/redo are the session's stack (edits, new cards, deletes); the
        # search box keeps its own Ctrl+Z while it has the focus.
        self.new_action = QAction(self)
        self.new_action.triggered.connect(self.new_card)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        stack = self.editor.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.triggered.connect(stack.redo)
        # Slots that use only the signals' values: the stack may be mid-destruction.
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self._undo_step = self._redo_step = ""
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.editor.step_failed.connect(self._step_failed)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(
            lambda: self.exporter.choose_and_export(self.model.query)
        )
        self.actions_row = QHBoxLayout()
        self.action_buttons: list[QToolButton] = []
        for action in (
            self.new_action,
            self.delete_action,
            self.undo_action,
            self.redo_action,
            self.export_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.action_buttons.append(button)
            self.actions_row.addWidget(button)
        self.delete_button = self.action_buttons[1]

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.open_complaint_filter)
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
        self.actions_row.addStretch(1)
        # The upkeep of the card file sits under the list, beside the count: the heading row
        # and the filter row are full at the narrowest window.
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.result_label, 1)
        for button in (
            self.print_button,
            self.tier_button,
            self.import_button,
            self.duplicates_button,
            self.deleted_button,
        ):
            bottom_row.addWidget(button)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self._heading)
        heading_row.addSpacing(16)
        heading_row.addLayout(self.actions_row, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(heading_row)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom_row)
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
        self.new_action.setText(translate("CustomersPage", "New card"))
        self.new_action.setToolTip(translate("CustomersPage", "New customer card (Ctrl+N)"))
        self.delete_action.setText(translate("CustomersPage", "Delete card…"))
        self.delete_action.setToolTip(translate(
            "CustomersPage", "Delete the selected card (Del). It can be undone, and restored later."))  # fmt: skip
        self.export_action.setText(translate("CustomersPage", "Export…"))
        self.export_action.setToolTip(translate(
            "CustomersPage", "Save the list as shown (search and filters applied) as .xlsx or .csv"))  # fmt: skip
        self._undo_texts()
        self.duplicates_button.setText(translate("CustomersPage", "Duplicates…"))
        self.duplicates_button.setToolTip(translate(
            "CustomersPage", "Likely duplicate cards over the whole database; merge and undo"))  # fmt: skip
        self.deleted_button.setText(translate("CustomersPage", "Deleted cards…"))
        self.tier_action.setText(translate("CustomersPage", "Set tier…"))
        self.tier_action.setToolTip(translate(
            "CustomersPage", "Set the selected customer's tier by hand, with a reason"))  # fmt: skip
        self.deleted_button.setToolTip(translate(
            "CustomersPage", "Cards deleted by mistake can be restored here"))  # fmt: skip
        self.print_button.setText(translate("CustomersPage", "&Print…"))
        self.print_button.setToolTip(translate(
            "CustomersPage", "Print the address table of the list as shown, or the tier table"))  # fmt: skip
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

    def focus_results(self) -> None:
        self._apply_query()  # what is typed now, not what was typed 150 ms ago
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)

    def new_card(self) -> None:
        self.editor.new_card()

    def set_print_menu(self, menu: QMenu) -> None:
        self.print_button.setMenu(menu)
        self.print_button.show()

    def shown_count(self) -> int:
        """How many customers the list shows now."""
        return self._count

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

    def selected_row(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("CustomersPage", "Delete card"),
                          translate("CustomersPage", "Delete the card of {name}?\n\nThe card "
                                    "leaves the list; its history is kept. Undo (Ctrl+Z) brings it "
                                    "back, and a supervisor can restore it under Deleted cards.")
                          .format(name=row.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("CustomersPage", "Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("CustomersPage", "Cancel"))
        customer_id = row.id

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.editor.delete_card(customer_id)

        box.finished.connect(answered)
        self.question = box
        box.open()

    @Slot(str)
    def _undo_text_changed(self, step: str) -> None:
        self._undo_step = step
        self._undo_texts()

    @Slot(str)
    def _redo_text_changed(self, step: str) -> None:
        self._redo_step = step
        self._undo_texts()

    def _undo_texts(self) -> None:
        # Our own actions rather than QUndoStack.createUndoAction: its "Undo %1" template would
        # need Qt's own translations.
        undo, redo = self._undo_step, self._redo_step
        self.undo_action.setText(translate("CustomersPage", "Undo {step}").format(step=undo)
                                 if undo else translate("CustomersPage", "Undo"))  # fmt: skip
        self.redo_action.setText(translate("CustomersPage", "Redo {step}").format(step=redo)
                                 if redo else translate("CustomersPage", "Redo"))  # fmt: skip
        # The buttons say just "Undo"/"Redo" (a long name would widen the window); the full
        # step is in the tooltip.
        self.undo_action.setIconText(translate("CustomersPage", "Undo"))
        self.redo_action.setIconText(translate("CustomersPage", "Redo"))
        self.undo_action.setToolTip(self.undo_action.text() + " (Ctrl+Z)")
        self.redo_action.setToolTip(self.redo_action.text() + " (Ctrl+Shift+Z)")
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setEnabled(bool(redo))

    def _step_failed(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("CustomersPage", "Cannot undo"),
                          text + "\n\n" + translate("CustomersPage", "The undo history was cleared."),
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        self.warning = box
        box.open()

    def open_duplicates(self) -> None:
        if self.duplicates_dialog is None:
            self.duplicates_dialog = DuplicatesDialog(
                self._duplicates, self._cards, self._merges, self._runner, self
            )
            self.duplicates_dialog.start_search()  # fmt: skip
        self.duplicates_dialog.show()
        self.duplicates_dialog.raise_()
        self.duplicates_dialog.activateWindow()

    def open_deleted_cards(self) -> None:
        if self.deleted_dialog is None:
            self.deleted_dialog = DeletedCardsDialog(self._cards, self._runner, self)
        self.deleted_dialog.show()
        self.deleted_dialog.raise_()
        self.deleted_dialog.activateWindow()

    def set_tier_of_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if self.tier_dialog is not None:
            self.tier_dialog.close()
        self.tier_dialog = TierOverrideDialog(*self._tier_services, self._runner, row.id, self)
        self.tier_dialog.open()

    def show_tier(self, tier: str) -> None:
        """Every customer of this tier (the tier table's click-through): the search and the
        other filters are cleared."""
        widgets = (self.search, self.tier_filter, self.tag_filter, self.province_filter,
                   self.consent_filter, self.open_complaint_filter)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.open_complaint_filter.setChecked(False)
        for combo in widgets[2:5]:
            combo.setCurrentIndex(0)  # type: ignore[attr-defined]
        if self.tier_filter.findData(tier) < 0:  # choices not read yet, or a tier new to them
            self.tier_filter.addItem(tier, tier)
        self.tier_filter.setCurrentIndex(self.tier_filter.findData(tier))
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_query()

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
        if changes.touches("complaints", "visits", "followups"):
            self.editor.reload_timeline()
