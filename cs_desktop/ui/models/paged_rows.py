"""A read-only table model over a long list read in blocks (the due follow-ups, recent visits).

Like the customer list (customer_table.py) but for any service that can count a query and read
a block of it: the row count comes first with the first block, so the first screen shows at
once however long the list; other blocks are read on the worker pool when the view reaches
them and kept in a bounded cache. A new query bumps a generation number, so late answers to an
old one are dropped. Columns are the same ``Column`` descriptions as RowsModel's.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .rows import Column

translate = QCoreApplication.translate
R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
BLOCK_ROWS = 200
MAX_BLOCKS = 50

Counter = Callable[[], int]
Reader = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> rows


class PagedRowsModel(QAbstractTableModel, Generic[R]):
    count_changed = Signal(int)

    def __init__(self, columns: Sequence[Column[R]], runner: TaskRunner | SyncTaskRunner,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._columns = list(columns)
        self._runner = runner
        self._generation = 0
        self._count = 0
        self._reader: Reader | None = None
        self._blocks: OrderedDict[int, list[R]] = OrderedDict()
        self._wanted: set[int] = set()
        self._requested: set[int] = set()
        self.row_color: Callable[[R], str | None] | None = None  # the whole row (overdue)
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_wanted)

    # --- source ---------------------------------------------------------------------------
    def load(self, count: Counter, read: Reader,
             on_loaded: Callable[[], None] | None = None) -> None:  # fmt: skip
        """Count and read the first block of a (new) query in the background."""
        self._generation += 1
        generation = self._generation

        def work(ctx: TaskContext) -> tuple[int, list[R]]:
            n = count()
            ctx.check()
            return n, list(read(0, BLOCK_ROWS)) if n else []

        def done(result: tuple[int, list[R]]) -> None:
            if generation != self._generation:
                return  # an answer to a query the clerk has already changed
            n, first = result
            self.beginResetModel()
            self._reader = read
            self._count = n
            self._blocks.clear()
            self._wanted.clear()
            self._requested.clear()
            self._blocks[0] = first
            self.endResetModel()
            self.count_changed.emit(n)
            if on_loaded is not None:
                on_loaded()

        self._runner.read(work, done)

    @property
    def count(self) -> int:
        return self._count

    # --- rows -----------------------------------------------------------------------------
    def row_at(self, row: int) -> R | None:
        block, offset = divmod(row, BLOCK_ROWS)
        rows = self._blocks.get(block)
        if rows is None:
            if block not in self._requested:
                self._wanted.add(block)
                self._flush.start()
            return None
        self._blocks.move_to_end(block)
        return rows[offset] if offset < len(rows) else None

    def loaded_rows(self) -> list[R]:
        """The rows read so far, in order (tests, the first screen)."""
        return [r for b in sorted(self._blocks) for r in self._blocks[b]]

    def _request_wanted(self) -> None:
        generation, read = self._generation, self._reader
        if read is None:
            return
        for block in sorted(self._wanted):
            if block in self._blocks or block in self._requested:
                continue
            self._requested.add(block)

            def work(_ctx: TaskContext, block: int = block) -> list[R]:
                return list(read(block * BLOCK_ROWS, BLOCK_ROWS))

            def done(rows: list[R], block: int = block) -> None:
                if generation != self._generation:
                    return
                self._requested.discard(block)
                self._blocks[block] = rows
                while len(self._blocks) > MAX_BLOCKS:
                    self._blocks.popitem(last=False)
                first = block * BLOCK_ROWS
                last = min(first + len(rows), self._count) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(self._columns) - 1))  # fmt: skip

            self._runner.read(work, done)
        self._wanted.clear()

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self._columns) - 1))  # fmt: skip

    # --- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_at(index.row())
        column = self._columns[index.column()]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return translate("PagedRows", "Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = column.color(row) if column.color is not None else None
            if color is None and self.row_color is not None:
                color = self.row_color(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):  # fmt: skip
            return self._columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
