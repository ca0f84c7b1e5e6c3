"""The visits area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.overview import Counts

from .areas import number
from .base import AreaPage

translate = QCoreApplication.translate


class VisitsPage(AreaPage):
    key = "visits"

    def title(self) -> str:
        return translate("VisitsPage", "Visits")

    def summary(self) -> str:
        return translate(
            "VisitsPage",
            "Every counter visit and call: when, who served, purpose, outcome and next step.",
        )

    def planned(self) -> list[str]:
        return [
            translate(
                "VisitsPage",
                "Record a visit or call in a few keystrokes from the card or from here",
            ),
            translate("VisitsPage", "Plan a follow-up from a visit's next step"),
            translate("VisitsPage", "Browse visits by day, staff member and purpose"),
        ]

    def figure(self, counts: Counts) -> str:
        return translate("VisitsPage", "Visits and calls recorded: {count}").format(
            count=number(counts.visits)
        )
