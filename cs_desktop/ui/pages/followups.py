"""The follow-ups area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.overview import Counts

from .areas import number
from .base import AreaPage

translate = QCoreApplication.translate


class FollowupsPage(AreaPage):
    key = "followups"

    def title(self) -> str:
        return translate("FollowupsPage", "Follow-ups")

    def summary(self) -> str:
        return translate(
            "FollowupsPage",
            "Return visits and calls planned after visits, after complaints, by tier and on birthdays and holidays.",
        )

    def planned(self) -> list[str]:
        return [
            translate(
                "FollowupsPage", "Today, overdue and upcoming follow-ups, mine or everyone's"
            ),
            translate(
                "FollowupsPage",
                "Complete with outcome and satisfaction, count unreachable attempts, reschedule with a reason",
            ),
            translate(
                "FollowupsPage",
                "Reminders while the app runs and a printed list of the day's calls",
            ),
        ]

    def figure(self, counts: Counts) -> str:
        return translate("FollowupsPage", "Follow-ups due today or overdue: {count}").format(
            count=number(counts.followups_due)
        )
