"""The customer list model: a million rows without loading a million rows (DESIGN.md rule 5).

The model knows the row count of the current query and keeps a bounded LRU cache of row blocks.
A row not in the cache shows a placeholder while its block is read on the worker pool; when the
block arrives the rows are repainted. Every new query bumps a generation number, so late answers
to an old query are dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from cs_desktop.services.customers.listing import (
    CustomerListService,
    CustomerQuery,
    CustomerRow,
    Page,
    SortKey,
)

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

BLOCK_ROWS = 200
MAX_BLOCKS = 60  # 12,000 rows cached at most

# (key, sort key if sortable)
COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    ("name", SortKey.NAME),
    ("gender", None),
    ("age", None),
    ("phone", None),
    ("tier", SortKey.TIER),
    ("region", None),
    ("last_visit", SortKey.LAST_VISIT),
    ("value", SortKey.VALUE),
)


def column_title(key: str) -> str:
    titles = {
        "name": translate("CustomerTable", "Name"),
        "gender": translate("CustomerTable", "Gender"),
        "age": translate("CustomerTable", "Age"),
        "phone": translate("CustomerTable", "Phone"),
        "tier": translate("CustomerTable", "Tier"),
        "region": translate("CustomerTable", "Region"),
        "last_visit": translate("CustomerTable", "Last visit"),
        "value": translate("CustomerTable", "Value"),
    }
    return titles[key]


def _age(birth: dt.date | None, today: dt.date) -> str:
    if birth is None:
        return ""
    years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return str(max(years, 0))


def _gender(code: str | None) -> str:
    if code == "male":
        return translate("CustomerTable", "Male")
    if code == "female":
        return translate("CustomerTable", "Female")
    return ""


class CustomerTableModel(QAbstractTableModel):
    count_changed = Signal(int)
    loading_changed = Signal(bool)

    CustomerIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, service: CustomerListService, runner: TaskRunner | SyncTaskRunner,
                 today: dt.date | None = None, parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._today = today or dt.date.today()
        self._query = CustomerQuery()
        self._generation = 0
        self._count = 0
        self._blocks: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._wanted: set[int] = set()  # blocks asked for by the view, not yet requested
        self._requested: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_wanted)

    # --- query ------------------------------------------------------------------------------
    @property
    def query(self) -> CustomerQuery:
        return self._query

    def set_query(self, query: CustomerQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Count and read the first block again (after a change in the data)."""
        self._generation += 1
        generation, query = self._generation, self._query
        service = self._service
        self.loading_changed.emit(True)

        def work(ctx: TaskContext) -> tuple[int, Page]:
            count = service.count(query)
            ctx.check()
            return count, service.page(query, 0, BLOCK_ROWS)

        def done(result: tuple[int, Page]) -> None:
            if generation != self._generation:
                return  # an answer to a query the user has already changed
            count, first = result
            self.beginResetModel()
            self._count = count
            self._blocks.clear()
            self._wanted.clear()
            self._requested.clear()
            self._blocks[0] = first.rows
            self.endResetModel()
            self.loading_changed.emit(False)
            self.count_changed.emit(count)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading_changed.emit(False)
            self._runner.task_failed.emit(exc)  # the window shows it

        self._runner.read(work, done, failed)

    # --- rows ---------------------------------------------------------------------------------
    def row_at(self, row: int) -> CustomerRow | None:
        block, offset = divmod(row, BLOCK_ROWS)
        rows = self._blocks.get(block)
        if rows is None:
            if block not in self._requested:
                self._wanted.add(block)
                self._flush.start()
            return None
        self._blocks.move_to_end(block)
        return rows[offset] if offset < len(rows) else None

    def _request_wanted(self) -> None:
        generation, query, service = self._generation, self._query, self._service
        for block in sorted(self._wanted):
            if block in self._blocks or block in self._requested:
                continue
            self._requested.add(block)

            def work(_ctx: TaskContext, block: int = block) -> Page:
                return service.page(query, block * BLOCK_ROWS, BLOCK_ROWS)

            def done(page: Page, block: int = block) -> None:
                if generation != self._generation:
                    return
                self._requested.discard(block)
                self._blocks[block] = page.rows
                while len(self._blocks) > MAX_BLOCKS:
                    self._blocks.popitem(last=False)
                first = block * BLOCK_ROWS
                last = min(first + len(page.rows), self._count) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(COLUMNS) - 1))  # fmt: skip

            self._runner.read(work, done)
        self._wanted.clear()

    def cached_blocks(self) -> int:
        return len(self._blocks)

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return column_title(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._count):
            return None
        row = self.row_at(index.row())
        key = COLUMNS[index.column()][0]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and key == "name":
                return translate("CustomerTable", "Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == self.CustomerIdRole:
            return str(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("value", "age"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.deleted:
            from PySide6.QtGui import QColor

            return QColor("#94a3b8")
        return None

    def _display(self, row: CustomerRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "gender":
            return _gender(row.gender)
        if key == "age":
            return _age(row.birth_date, self._today)
        if key == "phone":
            return row.phone
        if key == "tier":
            return row.tier or ""
        if key == "region":
            return row.region
        if key == "last_visit":
            if row.last_visit_at is None:
                return ""
            return QLocale().toString(
                row.last_visit_at.astimezone().date(), QLocale.FormatType.ShortFormat
            )
        if key == "value":
            return QLocale().toCurrencyString(row.value_cents / 100, "¥")
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query.sort is SortKey.RELEVANCE and (sort_key, descending) == (
            SortKey.NAME,
            False,
        ):
            return  # the view showing its initial indicator: relevance is name order until a search
        if (self._query.sort, self._query.descending) != (sort_key, descending):
            self.set_query(dataclasses.replace(self._query, sort=sort_key, descending=descending))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
