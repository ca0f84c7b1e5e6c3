"""The sync area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.overview import Counts

from .areas import number
from .base import AreaPage

translate = QCoreApplication.translate


class SyncPage(AreaPage):
    key = "sync"

    def title(self) -> str:
        return translate("SyncPage", "Sync")

    def summary(self) -> str:
        return translate(
            "SyncPage",
            "Exchange changes with other sites by file when there is no network between them.",
        )

    def planned(self) -> list[str]:
        return [
            translate(
                "SyncPage",
                "Export what changed since the last exchange to a signed file; import files from trusted sites",
            ),
            translate("SyncPage", "Conflicting edits shown for review, never silently lost"),
            translate("SyncPage", "History of packages sent and received"),
        ]

    def figure(self, counts: Counts) -> str:
        return translate("SyncPage", "Sites known to this database: {count}").format(
            count=number(counts.sites)
        )
