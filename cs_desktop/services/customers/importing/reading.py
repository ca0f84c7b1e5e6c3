"""Reading a spreadsheet file into rows of cells, whatever Excel or a clerk's tool wrote.

- .csv as UTF-8 with or without BOM, UTF-16 with BOM ("Unicode text"), or GBK/GB18030 (Excel in
  China saves CSV as GBK: shared/TRAPS.md). The encoding is found by decoding strictly: UTF-8
  first (GBK text is almost never valid UTF-8), then GB18030 (a superset of GBK that also holds
  characters outside the BMP such as 𠮷).
- .xlsx through openpyxl in read-only mode with cached values only: formulas are never
  evaluated, a cell holding a formula gives the value Excel last computed (or nothing).

The kind of file is found from its first bytes, not its name: an .xlsx renamed .csv still reads.
Line numbers are the rows as Excel shows them: the first row of the file is line 1.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ...errors import ServiceError

CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | None
Row = tuple[CellValue, ...]

MAX_FILE_BYTES = 256 << 20  # far above any customer list; keeps a wrong file from eating memory
MAX_CELL_CHARS = 65_536  # a longer cell is rejected with its line (see rows.py)
_SNIFF_CHARS = 65_536

# csv refuses fields over 128 KiB by default and stops the whole file: read them and reject the
# one line instead. (The limit is process-wide; raising it harms nobody.)
csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))


class Encoding:
    UTF8 = "utf-8"
    UTF8_BOM = "utf-8-bom"
    UTF16 = "utf-16"
    GB18030 = "gb18030"


@dataclass(frozen=True)
class RawSheet:
    """Every row of the file, blank ones included, numbered from 1 as Excel shows them."""

    file_type: str  # "csv" or "xlsx"
    encoding: str | None  # an ``Encoding`` value for csv, None for xlsx
    sheet_name: str | None  # the worksheet read (xlsx)
    rows: list[tuple[int, Row]]


def read_file(path: Path) -> RawSheet:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ServiceError("file_too_large", max_mb=MAX_FILE_BYTES >> 20)
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise ServiceError("file_not_found", path=str(path)) from None
    except IsADirectoryError:
        raise ServiceError("file_not_found", path=str(path)) from None
    except OSError as exc:
        raise ServiceError("file_unreadable", path=str(path), reason=exc.strerror or "") from None
    if size == 0:
        raise ServiceError("file_empty")
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ServiceError("xls_not_supported")  # Excel 97-2003: ask for .xlsx or .csv
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ServiceError("file_unreadable", path=str(path), reason=exc.strerror or "") from None
    text, encoding = decode(data)
    return RawSheet("csv", encoding, None, list(_csv_rows(text)))


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was written in (strict: no guessing that
    replaces characters)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), Encoding.UTF8_BOM
        except UnicodeDecodeError:
            raise ServiceError("encoding_unknown") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ServiceError("encoding_unknown") from None
        _check_text(text)
        return text, Encoding.UTF16
    if b"\x00" in data[: _SNIFF_CHARS * 4]:
        raise ServiceError("not_a_spreadsheet")  # text files hold no NUL bytes
    for codec, name in (("utf-8", Encoding.UTF8), ("gb18030", Encoding.GB18030)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        _check_text(text)
        return text, name
    raise ServiceError("encoding_unknown")


def _check_text(text: str) -> None:
    """Binary data that happens to decode still shows control characters no table holds."""
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if "\x00" in sample or controls > max(2, len(sample) // 200):
        raise ServiceError("not_a_spreadsheet")


def _delimiter(text: str) -> str:
    """Comma, tab or semicolon: the one the first line holds most of (outside quotes)."""
    first = ""
    for line in text[:_SNIFF_CHARS].splitlines():
        if line.strip():
            first = line
            break
    outside = []
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(ch)
    counts = {d: outside.count(d) for d in (",", "\t", ";", "，")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str) -> list[tuple[int, Row]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[tuple[int, Row]] = []
    line = 0
    try:
        for line, record in enumerate(reader, start=1):  # noqa: B007 - line used after the loop
            rows.append((line, tuple(record)))
    except csv.Error:
        raise ServiceError("csv_damaged", line=line + 1) from None
    return rows


def _read_xlsx(path: Path) -> RawSheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    stream = path.open("rb")  # a stream: openpyxl refuses a path not ending in .xlsx
    try:
        book = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        stream.close()
        raise ServiceError("xlsx_damaged") from None
    try:
        sheet = book.active if book.active is not None else book.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers store a wrong size; read what is there
        rows: list[tuple[int, Row]] = []
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((line, tuple(values)))
        return RawSheet("xlsx", None, sheet.title, rows)
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, TypeError):
        raise ServiceError("xlsx_damaged") from None
    finally:
        book.close()
        stream.close()
