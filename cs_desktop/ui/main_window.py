"""The main window: navigation between the areas, the pages, the status bar."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from cs_desktop.services.changes import Changes
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.lists import DueCounts
from cs_desktop.services.overview import Counts

from . import printing, surveys_ui
from .access import forbidden_text
from .context import UiContext
from .dialogs.complaint_rules import ComplaintRulesDialog
from .dialogs.followup_rules import FollowupRulesDialog
from .pages.areas import number
from .pages.base import Page
from .pages.complaints import ComplaintsPage
from .pages.customers import CustomersPage
from .pages.followups import FollowupsPage
from .pages.reports import ReportsPage
from .pages.settings import SettingsPage
from .pages.sync import SyncAreaPage, SyncPage
from .pages.tiers import TiersPage
from .pages.visits import VisitsPage
from .reminders import FollowupReminders
from .session_lock import SessionLock
from .tasks import TaskContext

translate = QCoreApplication.translate

# Tables whose changes alter the status bar figures.
_COUNTED = ("customers", "visits", "complaints", "followups", "survey_responses", "sites")


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._ctx = ctx
        self._counts: Counts | None = None
        self._counting = False

        self.settings_page = SettingsPage(ctx.database_label, ctx.site.name, ctx.prefs.language)
        self.settings_page.language_chosen.connect(self.set_language)
        self.customers_page = CustomersPage(
            ctx.customers,
            ctx.runner,
            ctx.cards,
            ctx.duplicates,
            ctx.timelines,
            ctx.exports,
            merges=ctx.merges,
            tier_overrides=ctx.tier_overrides,
            tier_policies=ctx.tier_policies,
            importer=ctx.importer,
            prefs=ctx.prefs,
        )
        self.tiers_page = TiersPage(ctx.runner, ctx.tier_tables, ctx.tier_rules,
                                    ctx.tier_recompute, ctx.tier_policies)  # fmt: skip
        self.tiers_page.tier_chosen.connect(self.show_tier)
        self.settings_page.tier_rules_requested.connect(self.tiers_page.open_rules)
        self.settings_page.tier_policies_requested.connect(self.tiers_page.open_policies)
        self._load_tier_schedule()
        self.settings_page.tier_max_age_chosen.connect(self._save_tier_schedule)
        self.complaint_rules_dialog: ComplaintRulesDialog | None = None
        self.settings_page.complaint_rules_button.setEnabled(ctx.complaint_settings is not None)
        self.settings_page.complaint_rules_requested.connect(self.open_complaint_rules)
        self.tiers_page.customer_chosen.connect(self.customers_page.editor.open_card)
        complaints = ctx.complaints
        assert complaints is not None and ctx.complaint_settings is not None
        self.complaints_page = ComplaintsPage(ctx.runner, complaints, ctx.complaint_settings,
                                              ctx.customers, ctx.cards, lambda: ctx.staff_id())  # fmt: skip
        self.customers_page.editor.complaint_requested.connect(self.complaints_page.register_for)
        self.customers_page.editor.complaint_opened.connect(self.complaints_page.open_complaint)
        followups = ctx.followups
        assert followups is not None

        def staff() -> uuid.UUID | None:  # read at each use: sign-in may change it
            return ctx.staff_id()

        self.visits_page = VisitsPage(ctx.runner, followups, ctx.customers, ctx.now, staff)
        self.followups_page = FollowupsPage(ctx.runner, followups, ctx.customers, ctx.today,
                                            staff)  # fmt: skip
        self.reminders = FollowupReminders(followups, ctx.runner, ctx.prefs, ctx.today, staff,
                                           self)  # fmt: skip
        self._badges: dict[str, str] = {}
        self.followup_rules_dialog: FollowupRulesDialog | None = None
        self._connect_followups()
        self.followups_page.print_requested.connect(self.print_followups)
        accounts = ctx.accounts
        self.sync_page = SyncPage(ctx.runner, ctx.sync,
                                  lambda: accounts.current if accounts is not None else None,
                                  ctx.today, ctx.site.name) if ctx.sync is not None \
            else SyncAreaPage()  # fmt: skip
        assert ctx.reports is not None
        self.reports_page = ReportsPage(ctx.runner, ctx.reports)
        self.reports_page.customer_chosen.connect(self.customers_page.editor.open_card)
        self.reports_page.complaint_chosen.connect(self.complaints_page.open_complaint)
        self.pages: list[Page] = [
            self.customers_page,
            self.visits_page,
            self.followups_page,
            self.complaints_page,
            self.tiers_page,
            self.reports_page,
            self.sync_page,
            self.settings_page,
        ]

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(168)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        for index, page in enumerate(self.pages):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigation.addItem(item)
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.navigation.setCurrentRow(i))
        self.navigation.currentRowChanged.connect(self._page_chosen)
        # Ctrl+Q everywhere (Windows has no standard Quit key); two shortcuts on one key would
        # be ambiguous and neither would fire.
        QShortcut(QKeySequence("Ctrl+Q"), self).activated.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.find_customer)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_customer)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_status = QLabel(ctx.database_label)
        self.database_status.setObjectName("databaseStatus")
        self.counts_status = QLabel()
        self.counts_status.setObjectName("countsStatus")
        self.job_status = QLabel()
        self.job_progress = QProgressBar()
        self.job_progress.setMaximumWidth(180)
        self.job_progress.setTextVisible(False)
        self.job_status.hide()
        self.job_progress.hide()
        self.statusBar().addWidget(self.database_status, 1)
        self.statusBar().addPermanentWidget(self.job_status)
        self.statusBar().addPermanentWidget(self.job_progress)
        self.statusBar().addPermanentWidget(self.counts_status)
        self.session: SessionLock | None = None
        if ctx.accounts is not None:
            self.session = SessionLock(self, ctx.accounts, ctx.runner)
            self.statusBar().addPermanentWidget(self.session.who)
            self.session.signed_in.connect(lambda _actor: self.on_changes(Changes.all()))

        ctx.runner.changes_happened.connect(self.on_changes)
        ctx.runner.task_failed.connect(self._task_failed)
        self.printing = printing.install(self, ctx)  # printed forms: menus and buttons
        self.reports_page.print_requested.connect(
            lambda scope: self.printing.kpi_report(scope, self))  # fmt: skip
        self.surveys = surveys_ui.install_surveys_ui(self, ctx)  # File > paper survey forms
        if self.surveys is not None:
            self.reports_page.paper_survey_requested.connect(
                lambda: self.surveys.enter_paper_forms(self) if self.surveys else None)  # fmt: skip
        else:
            self.reports_page.filters.paper_button.hide()

        self.retranslate()
        self._restore_state()
        self.refresh_counts()
        self.reminders.start()

    # --- language -------------------------------------------------------------------------
    @Slot(str)
    def set_language(self, code: str) -> None:
        applied = self._ctx.translations.apply(code)
        self._ctx.prefs.language = applied
        self.settings_page.set_language(applied)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            translate("MainWindow", "Customer Service Desk — {site}").format(
                site=self._ctx.site.name
            )
        )
        for row, page in enumerate(self.pages):
            item = self.navigation.item(row)
            badge = self._badges.get(page.key)
            item.setText(translate("MainWindow", "{page}  ({count})").format(
                page=page.title(), count=badge) if badge else page.title())  # fmt: skip
            item.setToolTip(translate("MainWindow", "{page} (Ctrl+{key})").format(
                page=page.title(), key=row + 1))  # fmt: skip
        self.database_status.setToolTip(translate("MainWindow", "Database in use"))
        if getattr(self, "session", None) is not None:
            self.session.retranslate()
        self._show_counts()

    # --- pages ----------------------------------------------------------------------------
    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        for row, page in enumerate(self.pages):
            if page.key == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def find_customer(self) -> None:
        """Ctrl+F from anywhere: the customer search box."""
        self.show_page(self.customers_page.key)
        self.customers_page.focus_search()

    def new_customer(self) -> None:
        """Ctrl+N from anywhere: a new customer card."""
        self.show_page(self.customers_page.key)
        self.customers_page.new_card()

    def show_tier(self, tier: str) -> None:
        """The customer list, filtered by this tier (from the tier table)."""
        self.show_page(self.customers_page.key)
        self.customers_page.show_tier(tier)

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self._ctx.prefs.last_page = self.pages[row].key
        if self.pages[row] is self.followups_page:
            self.navigation.item(row).setFont(self.navigation.font())  # the reminder was seen

    # --- counts and changes ---------------------------------------------------------------
    def refresh_counts(self) -> None:
        if self._counting:
            return
        self._counting = True
        today = self._ctx.today()
        overview = self._ctx.overview

        def work(_ctx: TaskContext) -> Counts:
            return overview.counts(today)

        def done(counts: Counts) -> None:
            self._counting = False
            self._counts = counts
            for page in self.pages:
                page.show_counts(counts)
            self._show_counts()

        def failed(exc: BaseException) -> None:
            self._counting = False
            self.counts_status.setText(translate("MainWindow", "Counts unavailable"))
            self._task_failed(exc)

        self._ctx.runner.read(work, done, failed)

    def _show_counts(self) -> None:
        c = self._counts
        if c is None:
            self.counts_status.setText(translate("MainWindow", "Counting records…"))
            return
        complaints = number(c.open_complaints)
        if c.overdue_complaints:
            complaints = translate("MainWindow", "{open} ({overdue} overdue)").format(
                open=complaints, overdue=number(c.overdue_complaints))  # fmt: skip
        self.counts_status.setText(
            translate(
                "MainWindow",
                "Customers {customers} · Visits {visits} · Open complaints {complaints}"
                " · Follow-ups due {due}",
            ).format(
                customers=number(c.customers),
                visits=number(c.visits),
                complaints=complaints,
                due=number(c.followups_due),
            )
        )

    # --- the start-up recompute's age (Settings > Customer tiers) -------------------------
    def _load_tier_schedule(self) -> None:
        schedule = self._ctx.tier_schedule
        self._ctx.runner.read(lambda _ctx: schedule.max_age_days(),
                              self.settings_page.set_tier_max_age)  # fmt: skip

    def _save_tier_schedule(self, days: int) -> None:
        schedule = self._ctx.tier_schedule

        def work(_ctx: TaskContext) -> Changes:
            schedule.set_max_age_days(days)
            return Changes.of("app_settings")

        self._ctx.runner.write(work)

    # --- printed forms ----------------------------------------------------------------------
    def print_followups(self, day: dt.date) -> None:
        """The day's follow-up forms, one per customer due that day, in one print preview."""
        if self.printing is not None:
            self.printing.followups(day, self)

    # --- Settings > Complaints ------------------------------------------------------------
    def open_complaint_rules(self) -> None:
        settings = self._ctx.complaint_settings
        if settings is None:
            return
        if self.complaint_rules_dialog is None:
            self.complaint_rules_dialog = ComplaintRulesDialog(settings, self._ctx.runner, self)
        else:
            self.complaint_rules_dialog.load()
        self.complaint_rules_dialog.show()
        self.complaint_rules_dialog.raise_()
        self.complaint_rules_dialog.activateWindow()

    # --- visits and follow-ups: pages, reminders, the navigation badge, Settings ------------
    def _connect_followups(self) -> None:
        editor = self.customers_page.editor
        editor.visit_requested.connect(self.visits_page.record_for)
        self.visits_page.customer_chosen.connect(editor.open_card)
        self.followups_page.customer_chosen.connect(editor.open_card)
        self.reminders.counts_changed.connect(self._followup_counts)
        self.reminders.fell_due_while_closed.connect(self.followups_page.show_fell_due_message)
        self.reminders.reminded.connect(self._reminded)
        self.settings_page.followup_rules_requested.connect(self.open_followup_rules)

    def _followup_counts(self, counts: DueCounts) -> None:
        due = counts.today + counts.overdue
        badge = number(due) if due else ""
        if badge != self._badges.get("followups"):
            self._badges["followups"] = badge
            self.retranslate()
            self.refresh_counts()  # the status bar's "Follow-ups due"
        self.followups_page.set_counts(counts)

    def _reminded(self, text: str) -> None:
        """Shown, never focused: the badge in bold until the page is looked at, and the
        status bar (the tray notification is the reminders' own)."""
        item = self.navigation.item(self.pages.index(self.followups_page))
        if self.current_page() is not self.followups_page:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.statusBar().showMessage(text, 60_000)

    def open_followup_rules(self) -> None:
        followups = self._ctx.followups
        assert followups is not None
        if self.followup_rules_dialog is None:
            self.followup_rules_dialog = FollowupRulesDialog(followups.settings,
                                                             self._ctx.runner, self)  # fmt: skip
        else:
            self.followup_rules_dialog.load()
        self.followup_rules_dialog.show()
        self.followup_rules_dialog.raise_()
        self.followup_rules_dialog.activateWindow()

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        for page in self.pages:
            page.on_changes(changes)
        self.reminders.on_changes(changes)
        if changes.touches(*_COUNTED):
            self.refresh_counts()

    @Slot(object)
    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError) and exc.code == "forbidden":
            box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Not allowed"),
                              forbidden_text(exc), QMessageBox.StandardButton.Ok, self)  # fmt: skip
            box.setObjectName("forbiddenMessage")
            box.open()
            return
        detail = getattr(exc, "__traceback_text__", "") or repr(exc)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("MainWindow", "Something went wrong"))
        box.setText(translate("MainWindow", "The last action could not be completed. "
                                            "Nothing was changed by it."))  # fmt: skip
        box.setDetailedText(detail)
        box.open()

    # --- background jobs in the status bar -------------------------------------------------
    def show_job(self, text: str, done: int, total: int) -> None:
        """A long job that needs no dialog (index rebuild): label and bar in the status bar."""
        self.job_status.setText(text)
        self.job_progress.setRange(0, max(total, 1))
        self.job_progress.setValue(done)
        self.job_status.show()
        self.job_progress.show()

    def hide_job(self) -> None:
        self.job_status.hide()
        self.job_progress.hide()

    # --- window state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry, state = self._ctx.prefs.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        if state is not None:
            self.restoreState(state)
        keys = [p.key for p in self.pages]
        last = self._ctx.prefs.last_page
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._ctx.prefs.save_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
