"""The customers page shows the best matches first while searching, as the CLI does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.ui.tasks import SyncTaskRunner


def test_zs_lists_primary_readings_first(make_window) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    for name in ("张俊", "张山辉", "赵四", "张三", "李四"):
        page.editor._cards.create(CustomerCard(name=name))
    page.search.setText("zs")
    page._apply_query()
    model = page.model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    # exact initials first, then names starting with them, then 张俊 (zs only through a rare
    # reading of 俊, shun); pinyin order within each group
    assert names == ["张三", "赵四", "张山辉", "张俊"]
    # a click on the name column sorts by name
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["赵四", "张山辉", "张三", "张俊"]
