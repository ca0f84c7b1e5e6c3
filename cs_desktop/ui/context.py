"""What the window and its pages are given (built by app.py; no globals, DESIGN.md rule 2)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from cs_desktop.domain.roles import Permission
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.audit import AuditService
from cs_desktop.services.backups.service import BackupService
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
from cs_desktop.services.site import SiteInfo
from cs_desktop.services.surveys.definitions import SurveyDefinitions
from cs_desktop.services.surveys.responses import SurveyResponses
from cs_desktop.services.tiers.overrides import TierOverrideService
from cs_desktop.services.tiers.policies import TierPolicyService
from cs_desktop.services.tiers.recompute import TierRecompute
from cs_desktop.services.tiers.rule_sets import TierRuleService
from cs_desktop.services.tiers.schedule import TierSchedule
from cs_desktop.services.tiers.table import TierTableService
from cs_desktop.sync.service import SyncService

from .i18n import Translations
from .prefs import Prefs
from .tasks import SyncTaskRunner, TaskRunner


def _today() -> dt.date:
    return dt.date.today()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _nobody() -> uuid.UUID | None:
    return None


def _never() -> bool:
    return False


@dataclass(frozen=True)
class ComplaintServices:
    workflow: ComplaintWorkflow
    lists: ComplaintListService
    kpis: ComplaintKpiService
    records: ComplaintRecords


@dataclass(frozen=True)
class FollowupServices:
    settings: FollowupSettings
    generator: FollowupGenerator
    lists: FollowupListService
    actions: FollowupActions
    visits: VisitService
    visit_lists: VisitListService
    surveys: SurveyServices | None = None  # the survey asked when a follow-up is completed


@dataclass(frozen=True)
class SurveyServices:
    """Survey definitions (Settings > Surveys) and recording answers."""

    definitions: SurveyDefinitions
    responses: SurveyResponses


@dataclass(frozen=True)
class FormServices:
    """Printed forms: the data each one shows, and the site's title, header, footer, logo."""

    data: FormData
    settings: FormSettings
    kpi_report: KpiReportService | None = None  # the monthly KPI report (Reports page)


@dataclass(frozen=True)
class ReportServices:
    """The Reports page: the dashboard and its targets, bars, the records behind a figure,
    loyalty and warnings, the filters' choices, the Excel export."""

    dashboard: DashboardService
    breakdown: BreakdownService
    drill: DrillService
    loyalty: LoyaltyService
    choices: ReportChoices
    export: ReportExport
    accounts: AccountService | None
    today: Callable[[], dt.date]


@dataclass
class UiContext:
    runner: TaskRunner | SyncTaskRunner
    prefs: Prefs
    translations: Translations
    overview: OverviewService
    customers: CustomerListService
    cards: CustomerCardService
    duplicates: DuplicateService
    timelines: TimelineService
    exports: CustomerExportService
    merges: MergeService
    site: SiteInfo
    database_label: str  # the file path, or the server URL without its password
    tier_tables: TierTableService
    tier_rules: TierRuleService
    tier_recompute: TierRecompute
    tier_overrides: TierOverrideService
    tier_policies: TierPolicyService
    tier_schedule: TierSchedule
    today: Callable[[], dt.date] = field(default=_today)  # injectable clock
    importer: CustomerImportService | None = None  # customer import from spreadsheets
    complaint_settings: ComplaintSettings | None = None  # Settings > Complaint rules
    complaints: ComplaintServices | None = None  # the complaints page
    accounts: AccountService | None = None  # who is signed in; locking the window
    followups: FollowupServices | None = None  # the follow-ups and visits pages, reminders
    now: Callable[[], dt.datetime] = field(default=_now)  # injectable clock (UTC), reminders
    staff_id: Callable[[], uuid.UUID | None] = field(default=_nobody)  # who is signed in
    forms: FormServices | None = None  # printed forms: preview, print, Settings > Printed forms
    # Whether the user's role may print ID and phone numbers whole (DOMAIN.md section 8): asked
    # each time a preview opens. The accounts work supplies the real rule; until then: never.
    may_print_full_numbers: Callable[[], bool] = field(default=_never)
    surveys: SurveyServices | None = None  # survey answers and Settings > Surveys
    sync: SyncService | None = None  # the Sync page: keys, trusted sites, packages, conflicts

    audit: AuditService | None = None  # Settings > Audit trail (supervisors)
    backups: BackupService | None = None  # Settings > Backups
    reveal: RevealService | None = None  # "show full number" on a card shown masked
    reports: ReportServices | None = None  # the Reports page

    def __post_init__(self) -> None:
        if self.accounts is not None:  # the signed-in person, unless a test injects someone
            if self.staff_id is _nobody:
                self.staff_id = self._signed_in
            if self.may_print_full_numbers is _never:
                self.may_print_full_numbers = self._may_print_full_numbers

    def _signed_in(self) -> uuid.UUID | None:
        """The signed-in staff member's id ("mine" in lists); None when nobody is."""
        actor = self.accounts.current if self.accounts is not None else None
        return actor.staff_id if actor is not None else None

    def _may_print_full_numbers(self) -> bool:
        actor = self.accounts.current if self.accounts is not None else None
        return actor is not None and actor.may(Permission.PRINT_UNMASKED)
