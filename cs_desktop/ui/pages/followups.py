"""The follow-ups area (回访): a recall list of the calls to make.

Tabs for today, overdue and the coming days (each with its count), mine or everyone's, by
reason and tier; overdue ones in red. The list is paged (PagedRowsModel): the count and the
first 200 rows are read in the background, the rest as the clerk scrolls, so 10,000 due items
show as fast as 20. From a row: complete it (outcome, satisfaction, NPS), record that the
customer could not be reached, reschedule it with a reason, or open the customer's card.

On start a message says what fell due while the app was closed, with a tab that lists exactly
those; the counts come from the reminders (reminders.py), which also refresh the list when the
day changes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import FollowupReason, FollowupStatus
from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.listing import CustomerListService, FilterChoices
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.actions import FollowupInfo
from cs_desktop.services.followups.lists import DueCounts, DueQuery, DueRow, DueView

from ..context import FollowupServices
from ..dialogs.followup_actions import CompleteDialog, RescheduleDialog
from ..dialogs.followup_texts import reason_names, refusal
from ..models.paged_rows import PagedRowsModel
from ..models.rows import Column
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .areas import number
from .base import Page

translate = QCoreApplication.translate
OVERDUE_COLOR = "#c62828"
UPCOMING_DAYS = 7
SINCE = "since"  # the extra tab: what fell due while the app was closed
TABS = (DueView.TODAY, DueView.OVERDUE, DueView.UPCOMING)


class FollowupsPage(Page):
    key = "followups"
    customer_chosen = Signal(object)  # uuid.UUID: open the card
    print_requested = Signal(object)  # dt.date: print that day's follow-up forms in one file

    def __init__(self, runner: TaskRunner | SyncTaskRunner, services: FollowupServices,
                 customers: CustomerListService, today: Callable[[], dt.date],
                 staff_id: Callable[[], uuid.UUID | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._services, self._customers = runner, services, customers
        self._today, self._staff_id = today, staff_id
        self._counts: DueCounts | None = None
        self._since: dt.date | None = None  # the tab of what fell due while closed
        self._fell = 0
        self._choices: FilterChoices | None = None
        self.complete_dialog: CompleteDialog | None = None
        self.reschedule_dialog: RescheduleDialog | None = None

        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.banner = QFrame()
        self.banner.setObjectName("followupBanner")
        self.banner.setStyleSheet("QFrame#followupBanner { background: #fef3c7; border: 1px solid "
                                  "#f59e0b; border-radius: 4px; }")  # fmt: skip
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_show = QPushButton()
        self.banner_show.clicked.connect(self.show_fell_due)
        self.banner_close = QPushButton()
        self.banner_close.setFlat(True)
        self.banner_close.clicked.connect(self.dismiss_banner)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 8, 8)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_show)
        banner_layout.addWidget(self.banner_close)
        self.banner.hide()

        self.views = QTabBar()
        self.views.setObjectName("followupViews")
        self.views.setExpanding(False)
        for _view in TABS:
            self.views.addTab("")
        self.views.currentChanged.connect(lambda _i: self.refresh())
        self.mine = QCheckBox()
        self.mine.setObjectName("followupsMine")
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.reason = QComboBox()
        self.tier = QComboBox()
        for combo in (self.reason, self.tier):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model: PagedRowsModel[DueRow] = PagedRowsModel([
            Column(lambda: translate("FollowupsPage", "Due"), self._due_text),
            Column(lambda: translate("FollowupsPage", "Customer"), lambda r: r.customer_name),
            Column(lambda: translate("FollowupsPage", "Phone"), lambda r: r.phone),
            Column(lambda: translate("FollowupsPage", "Tier"), lambda r: r.tier or ""),
            Column(lambda: translate("FollowupsPage", "Reason"),
                   lambda r: reason_names().get(r.reason, r.reason.value)),
            Column(lambda: translate("FollowupsPage", "Attempts"),
                   lambda r: str(r.attempts) if r.attempts else "", align_right=True),
            Column(lambda: translate("FollowupsPage", "Assigned to"), lambda r: r.assigned_staff),
            Column(lambda: translate("FollowupsPage", "Notes"), self._notes_text),
        ], runner, self)  # fmt: skip
        self.model.row_color = self._row_color
        self.model.count_changed.connect(lambda _n: self._show_result())
        self.table = QTableView()
        self.table.setObjectName("followupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((160, 200, 150, 50, 110, 70, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_card())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())

        self.complete_button = QPushButton()
        self.complete_button.setObjectName("completeFollowupButton")
        self.complete_button.clicked.connect(self.complete)
        self.unreached_button = QPushButton()
        self.unreached_button.setObjectName("unreachedButton")
        self.unreached_button.clicked.connect(self.could_not_reach)
        self.reschedule_button = QPushButton()
        self.reschedule_button.setObjectName("rescheduleButton")
        self.reschedule_button.clicked.connect(self.reschedule)
        self.card_button = QPushButton()
        self.card_button.clicked.connect(self.open_card)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printFollowupsButton")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self._today()))
        self.result = QLabel()
        self.message = QLabel()
        self.message.setObjectName("followupMessage")
        self.message.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.views, 1)
        filters.addWidget(self.mine)
        filters.addWidget(self.reason)
        filters.addWidget(self.tier)
        actions = QHBoxLayout()
        for button in (self.complete_button, self.unreached_button, self.reschedule_button,
                       self.card_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.table.installEventFilter(self)  # Enter on a row completes it
        self.retranslate()
        self._enable()
        self._load_choices()
        self.refresh()  # what is due already; again once the day's follow-ups are generated

    # --- texts ------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("FollowupsPage", "Follow-ups")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._tab_texts()
        self.mine.setText(translate("FollowupsPage", "&Mine only"))
        self._mine_state()
        self._fill_filters()
        self.complete_button.setText(translate("FollowupsPage", "&Complete…"))
        self.complete_button.setToolTip(translate(
            "FollowupsPage", "The call was made: record its outcome and the customer's "
            "satisfaction (Enter)"))  # fmt: skip
        self.unreached_button.setText(translate("FollowupsPage", "Could &not reach"))
        self.unreached_button.setToolTip(translate(
            "FollowupsPage", "Count the attempt; the follow-up comes back after the days set "
            "in Settings"))  # fmt: skip
        self.reschedule_button.setText(translate("FollowupsPage", "&Reschedule…"))
        self.card_button.setText(translate("FollowupsPage", "Open c&ard"))
        self.print_button.setText(translate("FollowupsPage", "&Print today's forms…"))
        self.print_button.setToolTip(
            translate(
                "FollowupsPage", "The follow-up form of every customer due today, in one file"
            )
        )
        self.banner_show.setText(translate("FollowupsPage", "&Show them"))
        self.banner_close.setText(translate("FollowupsPage", "Dismiss"))
        self._banner_text()
        self.model.retranslate()
        self._show_result()

    def _tab_texts(self) -> None:
        c = self._counts
        names = {
            DueView.TODAY: (translate("FollowupsPage", "Today"), c.today if c else None),
            DueView.OVERDUE: (translate("FollowupsPage", "Overdue"), c.overdue if c else None),
            DueView.UPCOMING: (translate("FollowupsPage", "Next 7 days"),
                               c.upcoming if c else None),
        }  # fmt: skip
        for index in range(self.views.count()):
            data = self.views.tabData(index)
            if data == SINCE:
                text = translate("FollowupsPage", "Fell due while closed ({count})").format(
                    count=number(self._fell))  # fmt: skip
            else:
                name, count = names[TABS[index - (1 if self._since else 0)]]
                text = name if count is None else translate(
                    "FollowupsPage", "{name} ({count})").format(name=name, count=number(count))  # fmt: skip
            self.views.setTabText(index, text)
        overdue = self._tab_index(DueView.OVERDUE)
        self.views.setTabTextColor(overdue, QColor(OVERDUE_COLOR) if c and c.overdue else QColor())

    def _mine_state(self) -> None:
        signed_in = self._staff_id() is not None
        self.mine.setEnabled(signed_in)
        if not signed_in:
            self.mine.setChecked(False)
        self.mine.setToolTip("" if signed_in else translate(
            "FollowupsPage", "Available once staff sign in: then only the follow-ups "
            "assigned to you are listed."))  # fmt: skip

    def _fill_filters(self) -> None:
        tiers = self._choices.tiers if self._choices else []
        for combo, everything, items in (
            (self.reason, translate("FollowupsPage", "All reasons"),
             [(name, r.value) for r, name in reason_names().items()]),
            (self.tier, translate("FollowupsPage", "All tiers"),
             [(label, code) for code, label in tiers]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def _due_text(self, row: DueRow) -> str:
        late = (self._today() - row.due_date).days
        if late > 0:
            return translate("FollowupsPage", "{date} ({days} d late)").format(
                date=row.due_date.isoformat(), days=late)  # fmt: skip
        return row.due_date.isoformat()

    def _notes_text(self, row: DueRow) -> str:
        if row.rescheduled_from is not None:
            moved = translate("FollowupsPage", "moved from {date}").format(
                date=row.rescheduled_from.isoformat())  # fmt: skip
            return f"{row.notes} ({moved})" if row.notes else moved
        return row.notes

    def _row_color(self, row: DueRow) -> str | None:
        return OVERDUE_COLOR if row.due_date < self._today() else None

    def _show_result(self) -> None:
        self.result.setText(translate("FollowupsPage", "{count} follow-ups").format(
            count=number(self.model.count)))  # fmt: skip

    def _banner_text(self) -> None:
        if self._since is None:
            return
        self.banner_text.setText(translate(
            "FollowupsPage", "While the app was closed (since {date}), {count} follow-ups "
            "fell due.").format(date=self._since.isoformat(), count=number(self._fell)))  # fmt: skip

    # --- what fell due while closed ---------------------------------------------------------
    def show_fell_due_message(self, count: int, since: dt.date) -> None:
        """On start: the message, and a first tab that lists exactly those follow-ups.
        Nothing is opened or focused: the clerk may already be typing elsewhere."""
        self._fell = count
        if self._since is None:
            self.views.blockSignals(True)
            self.views.insertTab(0, "")
            self.views.setTabData(0, SINCE)
            self.views.setCurrentIndex(self.views.currentIndex())
            self.views.blockSignals(False)
        self._since = since
        self._tab_texts()
        self._banner_text()
        self.banner.show()

    def show_fell_due(self) -> None:
        if self._since is not None:
            self.views.setCurrentIndex(0)

    def dismiss_banner(self) -> None:
        self.banner.hide()
        if self._since is not None:
            self._since = None
            self.views.blockSignals(True)
            was = self.views.currentIndex()
            self.views.removeTab(0)
            self.views.setCurrentIndex(max(0, was - 1))
            self.views.blockSignals(False)
            self.refresh()

    def _tab_index(self, view: DueView) -> int:
        return TABS.index(view) + (1 if self._since is not None else 0)

    def show_view(self, view: DueView) -> None:
        self.views.setCurrentIndex(self._tab_index(view))

    # --- data ---------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        customers = self._customers

        def done(choices: FilterChoices) -> None:
            self._choices = choices
            self._fill_filters()

        self._runner.read(lambda _ctx: customers.filter_choices(), done)

    def query(self) -> DueQuery:
        index = max(0, self.views.currentIndex())
        staff = self._staff_id() if self.mine.isChecked() else None
        reason = self.reason.currentData()
        common = {"staff_id": staff, "tier": self.tier.currentData(),
                  "reason": FollowupReason(reason) if reason else None,
                  "upcoming_days": UPCOMING_DAYS}  # fmt: skip
        if self.views.tabData(index) == SINCE:
            return DueQuery(self._today(), DueView.DUE, after=self._since, **common)
        view = TABS[index - (1 if self._since is not None else 0)]
        return DueQuery(self._today(), view, **common)  # type: ignore[arg-type]

    def refresh(self) -> None:
        query, lists = self.query(), self._services.lists
        selected = self.table.currentIndex().row()

        def reselect() -> None:
            if self.model.count:  # a row is always chosen: Enter completes it at once
                self.table.selectRow(min(max(selected, 0), self.model.count - 1))
            self._enable()

        self.model.load(lambda: lists.count(query),
                        lambda offset, limit: lists.page(query, offset, limit), reselect)  # fmt: skip
        staff = query.staff_id

        def counted(counts: DueCounts) -> None:
            self._counts = counts
            self._tab_texts()

        self._runner.read(lambda _ctx: lists.counts(query.today, staff, UPCOMING_DAYS), counted)

    def set_counts(self, _counts: DueCounts) -> None:
        """The reminders counted again (a new day, or a follow-up came due): read the list."""
        self._mine_state()
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("followups", "customers"):
            self.refresh()
        if changes.touches("tier_policies", "customers"):
            self._load_choices()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter on a row completes it: the commonest thing done after a call (a shortcut
        would clash with the window's other Enter keys)."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # fmt: skip
            self.complete()
            return True
        return super().eventFilter(watched, event)

    # --- actions on the chosen row --------------------------------------------------------------
    def selected(self) -> DueRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.complete_button, self.unreached_button, self.reschedule_button,
                       self.card_button):  # fmt: skip
            button.setEnabled(chosen)

    def open_card(self) -> None:
        row = self.selected()
        if row is not None:
            self.customer_chosen.emit(row.customer_id)

    def complete(self) -> None:
        row = self.selected()
        if row is None:
            return
        surveys = self._services.surveys
        dialog = CompleteDialog(row, self._services.actions, self._runner, self._staff_id(), self,
                                surveys.definitions if surveys is not None else None)  # fmt: skip
        dialog.accepted.connect(lambda: self._say(translate(
            "FollowupsPage", "Follow-up of {name} completed.").format(name=row.customer_name)))  # fmt: skip
        self.complete_dialog = dialog
        dialog.open()

    def reschedule(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = RescheduleDialog(row, self._services.actions, self._runner, self._today(), self)
        dialog.accepted.connect(lambda: self._rescheduled(row, dialog))
        self.reschedule_dialog = dialog
        dialog.open()

    def _rescheduled(self, row: DueRow, dialog: RescheduleDialog) -> None:
        info = dialog.done_info
        if info is not None:
            self._say(translate("FollowupsPage", "Follow-up of {name} moved to {date}.").format(
                name=row.customer_name, date=info.due_date.isoformat()))  # fmt: skip

    def could_not_reach(self) -> None:
        row = self.selected()
        if row is None:
            return
        actions = self._services.actions

        def work(_ctx: TaskContext) -> tuple[Changes, FollowupInfo]:
            return Changes.of("followups"), actions.could_not_reach(
                row.id, row_version=row.row_version)  # fmt: skip

        def done(result: tuple[Changes, FollowupInfo]) -> None:
            changes, info = result
            if info.status is FollowupStatus.UNREACHABLE:
                self._say(translate("FollowupsPage", "{name} could not be reached after {n} "
                                    "attempts: the follow-up is closed as unreachable.")
                          .format(name=row.customer_name, n=info.attempts))  # fmt: skip
            else:
                self._say(translate("FollowupsPage", "Attempt {n} to reach {name} recorded: "
                                    "back on the list on {date}.")
                          .format(n=info.attempts, name=row.customer_name,
                                  date=info.due_date.isoformat()))  # fmt: skip
            self._runner.changes_happened.emit(changes)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self._say(refusal(exc), error=True)
                self.refresh()
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, done, failed)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b91c1c;" if error else "color: #0f766e;")
        self.message.setText(text)
