"""The sync area (DOMAIN.md section 7): exchange changes with other sites by signed files.

Tabs: sites and keys (this site's fingerprint, saving its key, trusting another site's key, the
trusted sites), export, import, the history of packages, and the conflict review. The work is
done by ``cs_desktop.sync.service.SyncService``, which checks each role's rights itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cs_desktop.services.changes import Changes
from cs_desktop.services.overview import Counts
from cs_desktop.sync.overview import TrustedSite
from cs_desktop.sync.service import SyncService

from ..tasks import SyncTaskRunner, TaskRunner
from .areas import number
from .base import AreaPage, Page
from .sync_parts import ActorSource
from .sync_review import ConflictsPanel, HistoryPanel
from .sync_sites import SitesPanel
from .sync_transfer import ExportPanel, ImportPanel

translate = QCoreApplication.translate
SITES, EXPORT, IMPORT, HISTORY, CONFLICTS = range(5)


class SyncPage(Page):
    key = "sync"

    def __init__(self, runner: TaskRunner | SyncTaskRunner, sync: SyncService,
                 actor: ActorSource, today: Callable[[], dt.date], site_name: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._sync = runner, sync
        self._conflicts = 0
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self.sites = SitesPanel(runner, sync, actor)
        self.exporting = ExportPanel(runner, sync, actor, today, site_name)
        self.importing = ImportPanel(runner, sync, actor)
        self.history = HistoryPanel(runner, sync)
        self.conflicts = ConflictsPanel(runner, sync, actor, self._conflict_count)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        for panel in (self.sites, self.exporting, self.importing, self.history, self.conflicts):
            self.tabs.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return translate("SyncPage", "Sync")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._summary.setText(translate(
            "SyncPage", "Exchange changes with other sites by file when there is no network "
            "between them."))  # fmt: skip
        for panel in (self.sites, self.exporting, self.importing, self.history, self.conflicts):
            panel.retranslate()
        self._tab_texts()

    def _tab_texts(self) -> None:
        self.tabs.setTabText(SITES, translate("SyncPage", "Sites and keys"))
        self.tabs.setTabText(EXPORT, translate("SyncPage", "Export"))
        self.tabs.setTabText(IMPORT, translate("SyncPage", "Import"))
        self.tabs.setTabText(HISTORY, translate("SyncPage", "History"))
        self.tabs.setTabText(CONFLICTS, translate("SyncPage", "Conflicts ({count})").format(
            count=number(self._conflicts)) if self._conflicts else
            translate("SyncPage", "Conflicts"))  # fmt: skip

    def _conflict_count(self, count: int) -> None:
        self._conflicts = count
        self._tab_texts()

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.sites.refresh()
        self._read_sites()
        self.history.refresh()
        self.conflicts.refresh()
        self.importing.show_policy()

    def _read_sites(self) -> None:
        sync = self._sync

        def listed(sites: list[TrustedSite]) -> None:
            self.exporting.set_sites(sites)

        self._runner.read(lambda _ctx: sync.trusted_sites(), listed)

    def on_changes(self, changes: Changes) -> None:
        if changes.everything:
            self.refresh()
            return
        if changes.touches("sites", "sync_packages"):
            self.sites.refresh()
            self._read_sites()
            self.history.refresh()
        if changes.touches("sync_conflicts"):
            self.conflicts.refresh()
        if changes.touches("sync_policy"):
            self.importing.show_policy()


class SyncAreaPage(AreaPage):
    """The area's description, when the window is built without the sync services."""

    key = "sync"

    def title(self) -> str:
        return translate("SyncPage", "Sync")

    def summary(self) -> str:
        return translate(
            "SyncPage",
            "Exchange changes with other sites by file when there is no network between them.",
        )

    def planned(self) -> list[str]:
        return [translate("SyncPage", "History of packages sent and received")]

    def figure(self, counts: Counts) -> str:
        return translate("SyncPage", "Sites known to this database: {count}").format(
            count=number(counts.sites)
        )
