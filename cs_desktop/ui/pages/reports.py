"""The reports area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.overview import Counts

from .areas import number
from .base import AreaPage

translate = QCoreApplication.translate


class ReportsPage(AreaPage):
    key = "reports"

    def title(self) -> str:
        return translate("ReportsPage", "Reports")

    def summary(self) -> str:
        return translate(
            "ReportsPage",
            "Satisfaction and service figures: CSI, CSS, NPS, response times, complaint rate, follow-up completion.",
        )

    def planned(self) -> list[str]:
        return [
            translate(
                "ReportsPage",
                "Charts against targets, with a click through to the records behind a figure",
            ),
            translate(
                "ReportsPage",
                "Survey definitions and answers from follow-ups, the counter and paper forms",
            ),
            translate("ReportsPage", "Churn-risk and over-credit-limit warnings; export to Excel"),
        ]

    def figure(self, counts: Counts) -> str:
        return translate("ReportsPage", "Survey answers recorded: {count}").format(
            count=number(counts.survey_responses)
        )
