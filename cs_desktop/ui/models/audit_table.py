"""The audit trail as a paged table, newest first: the model knows the count and reads blocks of
entries as they scroll into view (DESIGN.md rule 5), so 100,000 entries open as fast as 100."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal

from cs_desktop.services.audit import AuditEntry, AuditPage, AuditQuery, AuditService

from ..dialogs.audit_texts import action_name, entity_name, summary
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .rows import Index

translate = QCoreApplication.translate
BLOCK_ROWS = 200
MAX_BLOCKS = 50


def _titles() -> list[str]:
    return [translate("AuditTable", "When"), translate("AuditTable", "Staff"),
            translate("AuditTable", "Action"), translate("AuditTable", "Customer or object"),
            translate("AuditTable", "What")]  # fmt: skip


def _subject(e: AuditEntry) -> str:
    if e.customer_name:
        return e.customer_name
    return entity_name(e.entity)


class AuditTableModel(QAbstractTableModel):
    count_changed = Signal(int)

    def __init__(self, service: AuditService, runner: TaskRunner | SyncTaskRunner,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._query = AuditQuery()
        self._generation = 0
        self._count = 0
        self._blocks: OrderedDict[int, list[AuditEntry]] = OrderedDict()
        self._wanted: set[int] = set()
        self._requested: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_wanted)

    @property
    def query(self) -> AuditQuery:
        return self._query

    def set_query(self, query: AuditQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, query, service = self._generation, self._query, self._service

        def work(_ctx: TaskContext) -> AuditPage:
            return service.page(query, 0, BLOCK_ROWS)

        def done(first: AuditPage) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._count = first.total
            self._blocks.clear()
            self._wanted.clear()
            self._requested.clear()
            self._blocks[0] = first.rows
            self.endResetModel()
            self.count_changed.emit(first.total)

        self._runner.read(work, done)

    def entry_at(self, row: int) -> AuditEntry | None:
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

            def work(_ctx: TaskContext, block: int = block) -> AuditPage:
                return service.page(query, block * BLOCK_ROWS, BLOCK_ROWS)

            def done(page: AuditPage, block: int = block) -> None:
                if generation != self._generation:
                    return
                self._requested.discard(block)
                self._blocks[block] = page.rows
                while len(self._blocks) > MAX_BLOCKS:
                    self._blocks.popitem(last=False)
                first = block * BLOCK_ROWS
                last = min(first + len(page.rows), self._count) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, 4))

            self._runner.read(work, done)
        self._wanted.clear()

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 5):  # fmt: skip
            return _titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry_at(index.row())
        column = index.column()
        if entry is None:
            return translate("AuditTable", "Loading…") if column == 0 else None
        if column == 0:
            return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return entry.staff_name or translate("AuditTable", "(system)")
        if column == 2:
            return action_name(entry.action, entry.entity)
        if column == 3:
            return _subject(entry)
        return summary(entry)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, 4))


__all__ = ["BLOCK_ROWS", "AuditTableModel"]
