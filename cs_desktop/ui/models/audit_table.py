"""The audit trail as a paged table, newest first: the model knows the count and reads blocks of
entries as they scroll into view (DESIGN.md rule 5), so 100,000 entries open as fast as 100.
The paging is PagedRowsModel's; this adds the columns and the query."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.audit import AuditEntry, AuditQuery, AuditService

from ..dialogs.audit_texts import action_name, entity_name, summary
from ..tasks import SyncTaskRunner, TaskRunner
from .paged_rows import BLOCK_ROWS, PagedRowsModel
from .rows import Column

translate = QCoreApplication.translate


def _subject(e: AuditEntry) -> str:
    if e.customer_name:
        return e.customer_name
    return entity_name(e.entity)


def _columns() -> list[Column[AuditEntry]]:
    return [
        Column(lambda: translate("AuditTable", "When"),
               lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
        Column(lambda: translate("AuditTable", "Staff"),
               lambda e: e.staff_name or translate("AuditTable", "(system)")),
        Column(lambda: translate("AuditTable", "Action"),
               lambda e: action_name(e.action, e.entity)),
        Column(lambda: translate("AuditTable", "Customer or object"), _subject),
        Column(lambda: translate("AuditTable", "What"), summary),
    ]  # fmt: skip


class AuditTableModel(PagedRowsModel[AuditEntry]):
    def __init__(self, service: AuditService, runner: TaskRunner | SyncTaskRunner,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(_columns(), runner, parent)
        self._service = service
        self._query = AuditQuery()

    @property
    def query(self) -> AuditQuery:
        return self._query

    def set_query(self, query: AuditQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        service, query = self._service, self._query
        self.load(lambda: service.page(query, 0, 1).total,
                  lambda offset, limit: service.page(query, offset, limit).rows)  # fmt: skip

    def entry_at(self, row: int) -> AuditEntry | None:
        return self.row_at(row)


__all__ = ["BLOCK_ROWS", "AuditTableModel"]
