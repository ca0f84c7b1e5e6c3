"""The customers area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.overview import Counts

from .areas import number
from .base import AreaPage

translate = QCoreApplication.translate


class CustomersPage(AreaPage):
    key = "customers"

    def title(self) -> str:
        return translate("CustomersPage", "Customers")

    def summary(self) -> str:
        return translate(
            "CustomersPage",
            "Each customer's info card (资料卡) and management card (管理卡): people and organisations, with phones, addresses, tags, consent and a timeline of everything that happened.",
        )

    def planned(self) -> list[str]:
        return [
            translate(
                "CustomersPage",
                "One search box over name, phone, ID number, address and pinyin (zs finds 张三)",
            ),
            translate(
                "CustomersPage",
                "A list that scrolls through a million customers, sorted and filtered by tier, tag, region and consent",
            ),
            translate(
                "CustomersPage",
                "Card editing with ID-number and phone checks, duplicate detection and merge",
            ),
            translate("CustomersPage", "Import from Excel and CSV files, including GBK exports"),
        ]

    def figure(self, counts: Counts) -> str:
        return translate("CustomersPage", "Customers in this database: {count}").format(
            count=number(counts.customers)
        )
