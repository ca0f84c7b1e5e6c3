"""The complaints area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.overview import Counts

from .areas import number
from .base import AreaPage

translate = QCoreApplication.translate


class ComplaintsPage(AreaPage):
    key = "complaints"

    def title(self) -> str:
        return translate("ComplaintsPage", "Complaints")

    def summary(self) -> str:
        return translate(
            "ComplaintsPage",
            "The complaint log (投诉记录): intake, investigation, resolution, feedback and review, with time limits and owners.",
        )

    def planned(self) -> list[str]:
        return [
            translate(
                "ComplaintsPage",
                "Intake in a few keystrokes; whoever takes a complaint owns it until a logged handover",
            ),
            translate(
                "ComplaintsPage",
                "First-response and resolution deadlines, escalation of overdue complaints",
            ),
            translate("ComplaintsPage", "Promises made to the customer, tracked until kept"),
            translate("ComplaintsPage", "Complaint rate and response times"),
        ]

    def figure(self, counts: Counts) -> str:
        return translate("ComplaintsPage", "Open complaints: {count}").format(
            count=number(counts.open_complaints)
        )
