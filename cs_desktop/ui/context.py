"""What the window and its pages are given (built by app.py; no globals, DESIGN.md rule 2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import DuplicateService
from cs_desktop.services.customers.importing import CustomerImportService
from cs_desktop.services.customers.listing import CustomerListService
from cs_desktop.services.overview import OverviewService
from cs_desktop.services.site import SiteInfo

from .i18n import Translations
from .prefs import Prefs
from .tasks import SyncTaskRunner, TaskRunner


def _today() -> dt.date:
    return dt.date.today()


@dataclass
class UiContext:
    runner: TaskRunner | SyncTaskRunner
    prefs: Prefs
    translations: Translations
    overview: OverviewService
    customers: CustomerListService
    cards: CustomerCardService
    duplicates: DuplicateService
    site: SiteInfo
    database_label: str  # the file path, or the server URL without its password
    today: Callable[[], dt.date] = field(default=_today)  # injectable clock
    importer: CustomerImportService | None = None  # customer import from spreadsheets
