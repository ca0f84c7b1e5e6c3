"""The tiers area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.overview import Counts

from .areas import number
from .base import AreaPage

translate = QCoreApplication.translate


class TiersPage(AreaPage):
    key = "tiers"

    def title(self) -> str:
        return translate("TiersPage", "Tiers")

    def summary(self) -> str:
        return translate(
            "TiersPage",
            "Customer tier classification (客户等级分类表) by rules an administrator chooses: Pareto value tiers, the four-level model, RFM or a weighted evaluation.",
        )

    def planned(self) -> list[str]:
        return [
            translate(
                "TiersPage",
                "Recompute tiers in the background and preview who moves before applying a rule change",
            ),
            translate(
                "TiersPage",
                "Manual overrides with a reason and an expiry, and the history of every change",
            ),
            translate(
                "TiersPage",
                "The tier table: customers and share of value per tier, and the Pareto curve",
            ),
        ]

    def figure(self, counts: Counts) -> str:
        return translate("TiersPage", "Customers with a tier: {count}").format(
            count=number(counts.tiered_customers)
        )
