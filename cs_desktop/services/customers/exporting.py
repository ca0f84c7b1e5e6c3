"""Export the customer list as the clerk sees it (search, filters and order applied) to a
spreadsheet: .xlsx, or .csv in UTF-8 with a BOM so that Excel on a Chinese Windows reads it.

The file is written beside its destination under a temporary name and moved into place only when
complete, so a cancel or a failure leaves whatever was there before. Spreadsheet formulas are
never written: an .xlsx text cell is typed as text, and a .csv cell a spreadsheet would read as
a formula (starting with = + - @) gets a leading apostrophe. ID numbers stay text (Excel would
round 18 digits to 15). Column titles come from the caller (the UI translates them); the defaults
are the Chinese titles the importer recognises, so an export can be imported again.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.phones import stored_display
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import (
    Customer,
    CustomerAddress,
    CustomerPhone,
    CustomerStats,
    CustomerTag,
    Tag,
    TierPolicy,
)
from cs_desktop.storage.session import writing

from ..accounts.actor import require_bound
from ..audit.recorder import record_in
from ..errors import ServiceError
from .listing import CustomerListService, CustomerQuery

CHUNK = 2000
COLUMNS = ("name", "kind", "gender", "birth_date", "id_number", "phones", "address", "tier",
           "tags", "last_visit", "value", "email", "wechat", "org_code", "notes")  # fmt: skip
DEFAULT_HEADERS = {
    "name": "姓名", "kind": "类型", "gender": "性别", "birth_date": "出生日期",
    "id_number": "身份证号", "phones": "电话", "address": "地址", "tier": "等级",
    "tags": "标签", "last_visit": "最近来访", "value": "消费金额", "email": "邮箱",
    "wechat": "微信", "org_code": "统一社会信用代码", "notes": "备注",
}  # fmt: skip
DEFAULT_VALUES = {"person": "个人", "organization": "单位", "male": "男", "female": "女",
                  "unknown": "未知"}  # fmt: skip
FORMATS = ("xlsx", "csv")
XLSX_MAX_ROWS = 1_048_576 - 1  # a worksheet's rows, less the title row
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in .xlsx text


class ExportCancelled(Exception):
    pass


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    rows: int


def format_for(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ServiceError("export_format", field="path", suffix=path.suffix)
    return suffix


class CustomerExportService:
    def __init__(self, factory: sessionmaker[Session], listing: CustomerListService) -> None:
        self._factory = factory
        self._listing = listing

    def export(self, query: CustomerQuery, path: Path, *,
               headers: Mapping[str, str] | None = None,
               values: Mapping[str, str] | None = None,
               progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> ExportSummary:  # fmt: skip
        """Write every customer of ``query`` in its order. ``values`` words the stored codes
        (person, male ...). Raises ExportCancelled (nothing written) or ServiceError."""
        require_bound(self._factory, Permission.EXPORT)
        fmt = format_for(path)
        titles = [(headers or DEFAULT_HEADERS).get(c, DEFAULT_HEADERS[c]) for c in COLUMNS]
        words = dict(DEFAULT_VALUES if values is None else values)
        total = self._listing.count(query)
        if fmt == "xlsx" and total > XLSX_MAX_ROWS:
            raise ServiceError("export_too_many_rows", field="path", rows=total, max=XLSX_MAX_ROWS)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise ServiceError("export_folder_missing", field="path", folder=str(folder))
        fd, temp_name = tempfile.mkstemp(prefix=".cs-export-", suffix=f".{fmt}", dir=folder)
        os.close(fd)
        temp = Path(temp_name)
        try:
            writer = _XlsxWriter(temp, titles) if fmt == "xlsx" else _CsvWriter(temp, titles)
            written = 0
            with writer:
                if progress:
                    progress(0, total)
                offset = 0
                while True:
                    if is_cancelled and is_cancelled():
                        raise ExportCancelled
                    page = self._listing.page(query, offset, CHUNK)
                    if not page.rows:
                        break
                    for row in self._rows([r.id for r in page.rows], words):
                        writer.write(row)
                    written += len(page.rows)
                    offset += len(page.rows)
                    if progress:
                        progress(written, max(total, written))
            os.replace(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        with writing(self._factory) as s:  # who took which customers out, and where to
            record_in(s, "export", "customer", details={
                "file": path.name, "format": fmt, "customers": written,
                "query": {k: v for k, v in dataclasses.asdict(query).items() if v}})  # fmt: skip
        return ExportSummary(path, written)

    def _rows(self, ids: list[uuid.UUID], words: dict[str, str]) -> list[list[Any]]:
        with self._factory() as s:
            labels = {t: label for t, label in s.execute(select(TierPolicy.tier, TierPolicy.label))}
            cards = {r.id: r for r in s.execute(
                select(Customer.id, Customer.name, Customer.kind, Customer.gender,
                       Customer.birth_date, Customer.id_number, Customer.tier, Customer.email,
                       Customer.wechat, Customer.org_code, Customer.notes,
                       CustomerStats.last_visit_at, CustomerStats.value_cents)
                .outerjoin(CustomerStats, CustomerStats.customer_id == Customer.id)
                .where(Customer.id.in_(ids)))}  # fmt: skip
            phones: dict[uuid.UUID, list[str]] = {}
            for cid, kind, digits, ext in s.execute(
                select(CustomerPhone.customer_id, CustomerPhone.kind, CustomerPhone.digits,
                       CustomerPhone.extension)
                .where(CustomerPhone.customer_id.in_(ids), CustomerPhone.deleted_at.is_(None))
                .order_by(CustomerPhone.customer_id, CustomerPhone.is_primary.desc(),
                          CustomerPhone.created_at)):  # fmt: skip
                phones.setdefault(cid, []).append(stored_display(kind, digits, ext))
            addresses: dict[uuid.UUID, str] = {}
            for cid, province, city, district, street in s.execute(
                select(CustomerAddress.customer_id, CustomerAddress.province, CustomerAddress.city,
                       CustomerAddress.district, CustomerAddress.street)
                .where(CustomerAddress.customer_id.in_(ids), CustomerAddress.deleted_at.is_(None))
                .order_by(CustomerAddress.is_primary.desc(), CustomerAddress.created_at)):  # fmt: skip
                city = "" if city == province else city
                addresses.setdefault(cid, f"{province}{city}{district}{street}")
            tags: dict[uuid.UUID, list[str]] = {}
            for cid, name in s.execute(
                select(CustomerTag.customer_id, Tag.name)
                .join(Tag, Tag.id == CustomerTag.tag_id)
                .where(CustomerTag.customer_id.in_(ids), CustomerTag.deleted_at.is_(None))
                .order_by(Tag.name)):  # fmt: skip
                tags.setdefault(cid, []).append(name)
        out: list[list[Any]] = []
        for cid in ids:
            c = cards.get(cid)
            if c is None:  # merged or purged since the page was read
                continue
            last = c.last_visit_at.astimezone().date() if c.last_visit_at else None
            out.append([
                c.name, words.get(c.kind, c.kind), words.get(c.gender or "", c.gender or ""),
                c.birth_date, c.id_number or "", "；".join(phones.get(cid, [])),
                addresses.get(cid, ""), labels.get(c.tier, c.tier or "") if c.tier else "",
                "、".join(tags.get(cid, [])), last, (c.value_cents or 0) / 100, c.email or "",
                c.wechat or "", c.org_code or "", c.notes or "",
            ])  # fmt: skip
        return out


class _CsvWriter:
    def __init__(self, path: Path, titles: Sequence[str]) -> None:
        self._path = path
        self._titles = titles

    def __enter__(self) -> _CsvWriter:
        self._file = self._path.open("w", encoding="utf-8-sig", newline="")
        self._csv = csv.writer(self._file, lineterminator="\r\n")
        self._csv.writerow(self._titles)
        return self

    def write(self, row: Sequence[Any]) -> None:
        self._csv.writerow([_csv_cell(v) for v in row])

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class _XlsxWriter:
    def __init__(self, path: Path, titles: Sequence[str]) -> None:
        self._path = path
        self._titles = titles

    def __enter__(self) -> _XlsxWriter:
        from openpyxl import Workbook

        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("客户")
        self._sheet.freeze_panes = "A2"
        for index, width in enumerate((12, 6, 6, 12, 21, 28, 40, 10, 20, 12, 12, 22, 16, 21, 30)):
            self._sheet.column_dimensions[_column_letter(index)].width = width
        self._sheet.append([self._cell(t) for t in self._titles])
        return self

    def _cell(self, value: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if isinstance(value, str):
            cell = WriteOnlyCell(self._sheet, value=_ILLEGAL_XML.sub("", value))
            cell.data_type = "s"  # never a formula, even when it starts with "="
            return cell
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.number_format = "yyyy-mm-dd"
            return cell
        if isinstance(value, float):
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.number_format = "#,##0.00"
            return cell
        return value

    def write(self, row: Sequence[Any]) -> None:
        self._sheet.append([self._cell(v) for v in row])

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self._book.save(self._path)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
