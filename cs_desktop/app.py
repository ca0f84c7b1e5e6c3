"""Composition root: builds the database, services, task runner and window (DESIGN.md rule 2).

Nothing else creates long-lived objects; everything is passed in, so any piece can be built in a
test against a temporary database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from cs_desktop.paths import APP_AUTHOR, APP_NAME, default_database, demo_database, resources_dir
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.audit import AuditService
from cs_desktop.services.backups.service import BackupService
from cs_desktop.services.changes import Changes
from cs_desktop.services.complaints.kpis import ComplaintKpiService
from cs_desktop.services.complaints.lists import ComplaintListService
from cs_desktop.services.complaints.records import ComplaintRecords
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.complaints.workflow import ComplaintWorkflow
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import DuplicateService
from cs_desktop.services.customers.exporting import CustomerExportService
from cs_desktop.services.customers.importing import CustomerImportService
from cs_desktop.services.customers.listing import CustomerListService
from cs_desktop.services.customers.merge import MergeService
from cs_desktop.services.customers.reveal import RevealService
from cs_desktop.services.customers.timeline import TimelineService
from cs_desktop.services.database import Database, open_database
from cs_desktop.services.followups.actions import FollowupActions
from cs_desktop.services.followups.generation import FollowupGenerator
from cs_desktop.services.followups.lists import FollowupListService
from cs_desktop.services.followups.settings import FollowupSettings
from cs_desktop.services.followups.visit_lists import VisitListService
from cs_desktop.services.followups.visits import VisitService
from cs_desktop.services.forms.data import FormData
from cs_desktop.services.forms.kpi_report import KpiReportService
from cs_desktop.services.forms.settings import FormSettings
from cs_desktop.services.kpis import DashboardService
from cs_desktop.services.kpis.breakdown import BreakdownService
from cs_desktop.services.kpis.choices import ReportChoices
from cs_desktop.services.kpis.drill import DrillService
from cs_desktop.services.kpis.export import ReportExport
from cs_desktop.services.kpis.loyalty import LoyaltyService
from cs_desktop.services.overview import OverviewService
from cs_desktop.services.surveys.definitions import SurveyDefinitions
from cs_desktop.services.surveys.responses import SurveyResponses
from cs_desktop.services.tiers.overrides import TierOverrideService
from cs_desktop.services.tiers.policies import TierPolicyService
from cs_desktop.services.tiers.recompute import TierRecompute
from cs_desktop.services.tiers.rule_sets import TierRuleService
from cs_desktop.services.tiers.schedule import TierSchedule
from cs_desktop.services.tiers.table import TierTableService
from cs_desktop.storage.migrate import SchemaError
from cs_desktop.storage.types import utcnow
from cs_desktop.sync.service import SyncService

from .ui.accounts_ui import install_accounts_ui
from .ui.context import (
    ComplaintServices,
    FollowupServices,
    FormServices,
    ReportServices,
    SurveyServices,
    UiContext,
)
from .ui.fonts import register_rare_fonts
from .ui.i18n import Translations
from .ui.main_window import MainWindow
from .ui.messages import schema_error
from .ui.prefs import Prefs
from .ui.style import STYLE_SHEET
from .ui.tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate
DEMO_SITE_NAME = "演示诊所"
DEMO_CUSTOMERS = 3000


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "app.svg"))


def make_settings() -> QSettings:
    """QSettings of this PC's user; CS_DESKTOP_SETTINGS names an ini file instead (tests)."""
    path = os.environ.get("CS_DESKTOP_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(APP_AUTHOR, APP_NAME)


def build_window(
    db: Database,
    prefs: Prefs,
    translations: Translations,
    runner: TaskRunner | SyncTaskRunner,
    now: Callable[[], dt.datetime] = utcnow,
    staff_id: Callable[[], uuid.UUID | None] | None = None,  # who is signed in (None: nobody)
) -> MainWindow:
    complaint_settings = ComplaintSettings(db.factory)
    followup_settings = FollowupSettings(db.factory)
    surveys = SurveyServices(SurveyDefinitions(db.factory), SurveyResponses(db.factory, now=now))
    ctx = UiContext(
        runner=runner,
        prefs=prefs,
        translations=translations,
        overview=OverviewService(db.factory),
        customers=CustomerListService(db.factory),
        cards=CustomerCardService(db.factory),
        duplicates=DuplicateService(db.factory),
        timelines=TimelineService(db.factory),
        exports=CustomerExportService(db.factory, CustomerListService(db.factory)),
        merges=MergeService(db.factory),
        site=db.site,
        database_label=db.label,
        tier_tables=TierTableService(db.factory),
        tier_rules=TierRuleService(db.factory),
        tier_recompute=TierRecompute(db.factory),
        tier_overrides=TierOverrideService(db.factory),
        tier_policies=TierPolicyService(db.factory),
        tier_schedule=TierSchedule(db.factory),
        importer=CustomerImportService(db.factory),
        complaint_settings=complaint_settings,
        accounts=AccountService(db.factory),
        audit=AuditService(db.factory),
        backups=BackupService(db.factory),
        reveal=RevealService(db.factory),
        complaints=ComplaintServices(
            ComplaintWorkflow(db.factory, complaint_settings),
            ComplaintListService(db.factory, complaint_settings),
            ComplaintKpiService(db.factory),
            ComplaintRecords(db.factory),
        ),
        followups=FollowupServices(
            followup_settings,
            FollowupGenerator(db.factory, followup_settings, complaint_settings, now=now),
            FollowupListService(db.factory),
            FollowupActions(db.factory, followup_settings, now=now),
            VisitService(db.factory, followup_settings, complaint_settings, now=now),
            VisitListService(db.factory),
            surveys,
        ),
        surveys=surveys,
        now=now,
        today=lambda: now().astimezone().date(),
        forms=FormServices(
            FormData(db.factory),
            FormSettings(db.factory),
            KpiReportService(db.factory, lambda: now().astimezone().date(), now),
        ),
        sync=SyncService(db.factory),
    )
    ctx.reports = ReportServices(
        DashboardService(db.factory, ctx.today), BreakdownService(db.factory, ctx.today),
        DrillService(db.factory, ctx.today), LoyaltyService(db.factory, now),
        ReportChoices(db.factory), ReportExport(db.factory), ctx.accounts, ctx.today)
    if staff_id is not None:
        ctx.staff_id = staff_id
    window = MainWindow(ctx)
    install_accounts_ui(window, ctx)  # staff, audit, backups, masking, what each role sees
    return window


def fill_demo(window: MainWindow, db: Database, runner: TaskRunner | SyncTaskRunner,
              customers: int = DEMO_CUSTOMERS) -> None:  # fmt: skip
    """Generate demo data in the background, with progress and cancel."""
    from cs_desktop.services.customers.indexing import IndexCancelled, rebuild_search_index
    from cs_desktop.services.demo import DemoCancelled, generate_demo
    from cs_desktop.services.demo.finish import finish_demo

    dialog = QProgressDialog(window)
    dialog.setWindowTitle(translate("App", "Demo data"))
    dialog.setLabelText(
        translate("App", "Creating {count} demo customers…").format(count=customers)
    )
    dialog.setCancelButtonText(translate("App", "Cancel"))
    dialog.setRange(0, 2 * customers)  # the cards, then their search index
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def work(ctx: TaskContext) -> Changes:
        generate_demo(db.engine, customers=customers, seed=1, progress=ctx.report,
                      is_cancelled=lambda: ctx.cancelled)  # fmt: skip
        rebuild_search_index(db.engine, progress=lambda d, t: ctx.report(customers + d, 2 * t),
                             is_cancelled=lambda: ctx.cancelled)  # fmt: skip
        finish_demo(db.factory, customers, seed=1)  # tiers and complaints
        return Changes.all()

    def failed(exc: BaseException) -> None:
        dialog.reset()
        if isinstance(exc, IndexCancelled):
            ensure_search_index(window, db, runner)  # the cards stay; index them later
        elif not isinstance(exc, DemoCancelled):
            QMessageBox.warning(window, translate("App", "Demo data"),
                                translate("App", "The demo data could not be created: {error}")
                                .format(error=exc))  # fmt: skip

    handle = runner.write(work, lambda _c: dialog.reset(), failed)
    handle.progressed.connect(lambda done, _total: dialog.setValue(done))
    dialog.canceled.connect(handle.cancel)


def ensure_search_index(window: MainWindow, db: Database,
                        runner: TaskRunner | SyncTaskRunner) -> None:  # fmt: skip
    """Index customers the search does not know yet (a database from an older version, or one
    filled by another tool), in the background with progress in the status bar."""
    from cs_desktop.services.customers.indexing import index_status, rebuild_search_index

    engine = db.engine

    def check(_ctx: TaskContext) -> bool:
        return index_status(engine).complete

    def rebuild(ctx: TaskContext) -> Changes:
        rebuild_search_index(engine, progress=ctx.report, is_cancelled=lambda: ctx.cancelled)
        return Changes.of("customers")

    def checked(complete: bool) -> None:
        if complete:
            return
        label = translate("App", "Preparing customer search…")
        window.show_job(label, 0, 1)

        def failed(exc: BaseException) -> None:
            window.hide_job()
            runner.task_failed.emit(exc)  # the window tells the user

        handle = runner.write(rebuild, lambda _c: window.hide_job(), failed)
        handle.progressed.connect(lambda done, total: window.show_job(label, done, total))

    runner.read(check, checked)


def recompute_tiers_if_due(window: MainWindow, db: Database,
                           runner: TaskRunner | SyncTaskRunner) -> None:  # fmt: skip
    """At start-up: recompute every customer's tier in the background when the last run is
    older than the site's setting (Settings > Tiers), with progress in the status bar. Cancel
    is not offered: the run is one transaction of a few seconds to a minute, and the counter
    keeps working meanwhile."""
    from cs_desktop.services.tiers.schedule import TierSchedule

    schedule = TierSchedule(db.factory)
    label = translate("App", "Updating customer tiers…")

    def recompute(ctx: TaskContext) -> Changes:
        TierRecompute(db.factory).recompute(progress=ctx.report)
        return Changes.of("customers", "tier_history", "tier_runs")

    def failed(exc: BaseException) -> None:
        window.hide_job()
        runner.task_failed.emit(exc)

    def checked(due: bool) -> None:
        if not due:
            return
        window.show_job(label, 0, 1)
        handle = runner.write(recompute, lambda _c: window.hide_job(), failed)
        handle.progressed.connect(lambda done, total: window.show_job(label, done, total))

    runner.read(lambda _ctx: schedule.due(), checked)


def sign_in_demo(db: Database) -> None:
    """``--demo`` opens signed in as the demo administrator (never stuck at a sign-in). Refused,
    and left to the sign-in, in a database whose accounts have passwords."""
    from cs_desktop.services.accounts.service import AccountService
    from cs_desktop.services.errors import ServiceError

    with contextlib.suppress(ServiceError):
        AccountService(db.factory).demo_sign_in()


def sign_in(db: Database) -> bool:
    """Before the window: the first administrator on a new installation, else a sign-in.
    False when the person closes the dialog."""
    from cs_desktop.services.accounts.service import AccountService

    from .ui.dialogs.sign_in import Mode, SignInDialog

    accounts = AccountService(db.factory)
    if accounts.current is not None:
        return True
    mode = Mode.FIRST_ADMIN if accounts.needs_first_admin() else Mode.SIGN_IN
    dialog = SignInDialog(accounts, SyncTaskRunner(), mode)
    return dialog.exec() == QDialog.DialogCode.Accepted


def backup_if_due(window: MainWindow, db: Database, runner: TaskRunner | SyncTaskRunner) -> None:
    """The first start of the day writes a backup to the site's backup folder (rotating), in the
    background; a folder that is not there (a USB drive) is said once, nothing else stops."""
    from cs_desktop.services.backups.service import BackupService
    from cs_desktop.services.errors import ServiceError

    service = BackupService(db.factory)

    def work(_ctx: TaskContext) -> Changes:
        service.auto_backup_if_due()
        return Changes()

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            runner.task_failed.emit(exc)
            return
        QMessageBox.warning(window, translate("App", "Daily backup"),
                            translate("App", "Today's backup could not be written to {folder}. "
                                      "Check that the backup folder or USB drive is there; "
                                      "your data are not affected.")
                            .format(folder=exc.params.get("folder") or service.folder()))  # fmt: skip

    runner.write(work, lambda _c: None, failed)


def run_gui(db: str | None = None, demo: bool = False, language: str | None = None) -> int:
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_AUTHOR)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(STYLE_SHEET)
    register_rare_fonts()  # 𠮷 and other rare name characters in every widget and chart

    prefs = Prefs(make_settings())
    translations = Translations(app, resources_dir() / "translations")
    translations.apply(language or prefs.language)

    target: str | Path = db or (demo_database() if demo else default_database())
    try:
        database = open_database(target, site_name=DEMO_SITE_NAME if demo else "本站")
    except SchemaError as exc:
        QMessageBox.critical(None, translate("App", "Cannot open the database"),
                             schema_error(exc.code, exc.detail))  # fmt: skip
        return 2

    if demo or database.site.name == DEMO_SITE_NAME:
        sign_in_demo(database)  # a demo database opens signed in, however it is opened
    if not sign_in(database):
        database.close()
        return 0
    runner = TaskRunner(app)
    window = build_window(database, prefs, translations, runner)
    window.show()
    if demo and database.customer_count() == 0:
        fill_demo(window, database, runner)
    else:
        ensure_search_index(window, database, runner)
        recompute_tiers_if_due(window, database, runner)
    if not demo:
        backup_if_due(window, database, runner)
    try:
        return app.exec()
    finally:
        runner.wait()
        database.close()
