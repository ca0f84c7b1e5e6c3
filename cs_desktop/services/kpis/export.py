"""The Reports page to an Excel workbook: one sheet per table the page shows, numbers as
numbers (so the supervisor can chart them again), written to a temporary file and moved into
place so a failed export never leaves half a workbook. The export is audited."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.session import writing

from ..accounts.actor import require_bound
from ..audit.recorder import record_in
from ..errors import ServiceError

PERCENT = "0.0%"
DECIMAL = "0.00"
WHOLE = "#,##0"


@dataclass(frozen=True)
class Cell:
    """A value with its own number format (a row of different units)."""

    value: Any
    format: str


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name (at most 31 characters; Excel's limit)
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    formats: Sequence[str | None] = ()  # a number format per column (None: as it comes)


def _cell(sheet: Any, value: Any, fmt: str | None) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, Cell):
        value, fmt = value.value, value.format
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"  # never a formula, even when it starts with "="
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.datetime):
        cell.value = value.astimezone().replace(tzinfo=None)
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    elif fmt and isinstance(value, int | float):
        cell.number_format = fmt
    return cell


class ReportExport:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def write(self, path: Path, tables: Sequence[Table], period: str) -> Path:
        require_bound(self._factory, Permission.VIEW_REPORTS)
        from openpyxl import Workbook

        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise ServiceError("export_folder_missing", field="path", folder=str(folder))
        fd, temp_name = tempfile.mkstemp(prefix=".cs-report-", suffix=".xlsx", dir=folder)
        os.close(fd)
        temp = Path(temp_name)
        try:
            book = Workbook(write_only=True)
            used: set[str] = set()
            for table in tables:
                name = table.name[:31] or "Sheet"
                while name in used:
                    name = name[:28] + f"~{len(used)}"
                used.add(name)
                sheet = book.create_sheet(name)
                sheet.freeze_panes = "A2"
                sheet.append([_cell(sheet, h, None) for h in table.headers])
                formats = list(table.formats) + [None] * len(table.headers)
                for row in table.rows:
                    sheet.append([_cell(sheet, v, formats[i]) for i, v in enumerate(row)])
            book.save(temp)
            os.replace(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        with writing(self._factory) as s:
            record_in(s, "export", "report", details={"file": path.name, "period": period,
                                                     "sheets": [t.name for t in tables]})  # fmt: skip
        return path
