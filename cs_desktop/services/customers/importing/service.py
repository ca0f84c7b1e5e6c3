"""Importing customer cards from a spreadsheet: look at a file, dry-run it, commit it.

- ``inspect``: what the file is (type, encoding, sheet), its header line, columns with sample
  values and the field each column maps to (recognised, or the user's mapping).
- ``dry_run``: every line checked; rejected lines with line number, field and reason code;
  how many cards would be created, updated or skipped. Nothing is written.
- ``commit``: the same plan made again inside ONE write transaction (so it is checked against
  the cards as they are at that moment) and carried out; progress and cancel; any error or a
  cancel rolls everything back. With ``expected`` (the dry run the user saw) it refuses to write
  anything else than what the dry run said.

Errors are ``ServiceError`` codes (``file_empty``, ``encoding_unknown``, ``no_name_column`` ...).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.session import SITE_KEY, writing

from ...accounts.actor import require, require_bound
from ...audit.recorder import record_in
from ...errors import ServiceError
from ..cards import CustomerCardService
from .columns import FIELDS, IGNORE, find_header, header_text, resolve
from .plan import Action, MatchKey, OnMatch, Plan, Rejection, make_checker, make_plan
from .reading import RawSheet, read_file
from .rows import RowReader, cell_text
from .writer import ImportCancelled, Writer

SAMPLE_ROWS = 5
TICK = 2_000  # lines between progress reports and cancel checks


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """An import makes several objects per line and keeps them: Python's cyclic collector then
    walks all of them again and again (measured: 100,000 lines took 1.5x as long with it on).
    Nothing here makes reference cycles, so it is paused for the duration."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class ImportOptions:
    mapping: Mapping[str, str] | None = None  # column header -> field ("" ignores a column)
    match: MatchKey = MatchKey.ID
    on_match: OnMatch = OnMatch.SKIP
    skip_rejected: bool = False  # write the other lines when some are rejected


@dataclass(frozen=True)
class ColumnInfo:
    header: str
    field: str  # IGNORE ("") when not imported
    samples: tuple[str, ...]


@dataclass(frozen=True)
class FilePreview:
    file_type: str  # "csv" | "xlsx"
    encoding: str | None
    sheet_name: str | None
    header_line: int
    columns: tuple[ColumnInfo, ...]
    mapping: dict[str, str]  # header -> field, what to remember
    lines: int  # non-blank lines below the header
    custom_fields: tuple[tuple[str, str], ...] = ()  # (key, label) a column may be mapped to

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


@dataclass(frozen=True)
class ImportReport:
    file_type: str
    encoding: str | None
    sheet_name: str | None
    header_line: int
    mapping: dict[str, str]
    match: MatchKey
    on_match: OnMatch
    lines: int  # non-blank data lines
    created: int
    updated: int
    skipped: int
    rejected: tuple[Rejection, ...]
    written: bool = False
    seconds: float = 0.0

    @property
    def rejected_lines(self) -> int:
        return len({r.line for r in self.rejected})

    @property
    def ok(self) -> bool:
        return not self.rejected

    def same_outcome(self, other: ImportReport) -> bool:
        return (self.created, self.updated, self.skipped, self.rejected) == (
            other.created, other.updated, other.skipped, other.rejected)  # fmt: skip


@dataclass
class _Sheet:
    raw: RawSheet
    header_index: int
    headers: list[str]


class CustomerImportService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today
        self._cards = CustomerCardService(factory, today)
        # The last file read, kept while it is unchanged on disk: the wizard looks at a file,
        # checks it and imports it, and reading a large .xlsx takes openpyxl many seconds.
        self._last: tuple[tuple[str, int, int], RawSheet] | None = None
        self._lock = threading.Lock()

    # --- the file -------------------------------------------------------------------------
    def _custom(self) -> tuple[dict[str, str], dict[str, str], dict[str, Any]]:
        infos = self._cards.custom_fields()
        labels = {f.key: f.label for f in infos}
        types = {f.key: f.field_type for f in infos}
        defs = {f.key: (f.field_type, f.choices, f.required, f.applies_to) for f in infos}
        return labels, types, defs

    def _read(self, path: Path) -> RawSheet:
        try:
            stat = path.stat()
            key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        except OSError:
            return read_file(path)  # says why in a ServiceError
        with self._lock:
            if self._last is not None and self._last[0] == key:
                return self._last[1]
        raw = read_file(path)
        with self._lock:
            self._last = (key, raw)
        return raw

    def forget_file(self) -> None:
        """Let go of the last file read (its rows can be large)."""
        with self._lock:
            self._last = None

    def _sheet(self, path: Path) -> _Sheet:
        raw = self._read(Path(path))
        index = find_header(raw.rows)
        if index < 0:
            raise ServiceError("file_empty")
        headers = [header_text(c) for c in raw.rows[index][1]]
        while headers and not headers[-1]:
            headers.pop()
        return _Sheet(raw, index, headers)

    @staticmethod
    def _data(sheet: _Sheet) -> list[tuple[int, tuple[Any, ...]]]:
        return [(line, cells) for line, cells in sheet.raw.rows[sheet.header_index + 1 :]
                if any(cell_text(c) for c in cells)]  # fmt: skip

    def inspect(self, path: Path, mapping: Mapping[str, str] | None = None) -> FilePreview:
        sheet = self._sheet(path)
        labels, _types, _defs = self._custom()
        fields, resolved = resolve(sheet.headers, labels, mapping)
        data = self._data(sheet)
        columns = tuple(
            ColumnInfo(h, f, tuple(cell_text(cells[i]) if i < len(cells) else ""
                                   for _line, cells in data[:SAMPLE_ROWS]))
            for i, (h, f) in enumerate(zip(sheet.headers, fields, strict=True))
        )  # fmt: skip
        raw = sheet.raw
        return FilePreview(raw.file_type, raw.encoding, raw.sheet_name,
                           raw.rows[sheet.header_index][0], columns, resolved, len(data),
                           tuple(labels.items()))  # fmt: skip

    # --- planning -------------------------------------------------------------------------
    def _plan(self, conn: Connection, path: Path, options: ImportOptions,
              tick: Callable[[int, int], None] | None = None,
              ) -> tuple[_Sheet, dict[str, str], Plan]:  # fmt: skip
        """``tick(lines done, lines)`` while reading (first half) and checking (second half);
        it may raise to stop."""
        sheet = self._sheet(path)
        labels, types, defs = self._custom()
        fields, resolved = resolve(sheet.headers, labels, options.mapping)
        if "name" not in fields and "org_name" not in fields:
            raise ServiceError("no_name_column", columns=[h for h in sheet.headers if h])
        data = self._data(sheet)
        if not data:
            raise ServiceError("no_data_lines")
        reader = RowReader(sheet.headers, fields, types)
        rows = []
        total = 2 * len(data)
        for index, (line, cells) in enumerate(data):
            row = reader.read(line, cells)
            if row is not None:
                rows.append(row)
            if tick is not None and index % TICK == TICK - 1:
                tick(index + 1, total)
        checker = make_checker(self._today(), defs)
        checked_tick = None if tick is None else (lambda done: tick(len(data) + done, total))
        return sheet, resolved, make_plan(conn, rows, checker, MatchKey(options.match),
                                          OnMatch(options.on_match), checked_tick)  # fmt: skip

    @staticmethod
    def _report(sheet: _Sheet, mapping: dict[str, str], options: ImportOptions, plan: Plan,
                written: bool, started: float) -> ImportReport:  # fmt: skip
        raw = sheet.raw
        return ImportReport(
            raw.file_type, raw.encoding, raw.sheet_name, raw.rows[sheet.header_index][0],
            mapping, MatchKey(options.match), OnMatch(options.on_match), len(plan.lines),
            plan.count(Action.CREATE), plan.count(Action.UPDATE), plan.count(Action.SKIP),
            tuple(plan.rejections), written, time.perf_counter() - started,
        )  # fmt: skip

    def dry_run(self, path: Path, options: ImportOptions = ImportOptions(), *,
                progress: Callable[[int, int], None] | None = None,
                is_cancelled: Callable[[], bool] | None = None) -> ImportReport:  # fmt: skip
        """Check every line; write nothing. ``progress(done, total)`` as lines are read and
        checked; ``is_cancelled`` stops it with ImportCancelled."""
        started = time.perf_counter()

        def tick(done: int, total: int) -> None:
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        with _no_cyclic_gc(), self._factory() as s:
            sheet, mapping, plan = self._plan(s.connection(), path, options, tick)
        if progress is not None:
            progress(1, 1)
        return self._report(sheet, mapping, options, plan, False, started)

    def commit(
        self,
        path: Path,
        options: ImportOptions = ImportOptions(),
        *,
        expected: ImportReport | None = None,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Write the plan in one transaction. Returns the report with ``written`` True, or with
        ``written`` False when lines were rejected and ``skip_rejected`` is off (nothing is
        written then). Raises ImportCancelled (rolled back), or ServiceError
        ``changed_since_dry_run`` when ``expected`` no longer holds (rolled back)."""
        require_bound(self._factory, Permission.IMPORT)
        started = time.perf_counter()
        stop = is_cancelled or (lambda: False)

        def planning(done: int, total: int) -> None:
            if stop():
                raise ImportCancelled()
            if progress is not None:
                progress(done, 2 * total)  # planning is the first half of the bar

        def writing_progress(done: int, total: int) -> None:
            if progress is not None:
                progress(total + done, 2 * total)

        with _no_cyclic_gc(), writing(self._factory) as s:
            require(s, Permission.IMPORT)
            conn = s.connection()
            sheet, mapping, plan = self._plan(conn, path, options, planning)
            report = self._report(sheet, mapping, options, plan, False, started)
            if expected is not None and not report.same_outcome(expected):
                raise ServiceError("changed_since_dry_run")
            if report.rejected and not options.skip_rejected:
                s.rollback()
                return report
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled()
            site = s.info.get(SITE_KEY)
            if site is None:
                raise RuntimeError("the session knows no local site")
            Writer(conn, site).run(plan.lines, writing_progress, is_cancelled)
            record_in(s, "import", "customer", details={
                "file": path.name, "lines": report.lines, "created": report.created,
                "updated": report.updated, "skipped": report.skipped,
                "rejected_lines": report.rejected_lines})  # fmt: skip
        return dataclasses.replace(report, written=True, seconds=time.perf_counter() - started)


def field_names() -> tuple[str, ...]:
    """Every field a column can be mapped to, besides the site's custom fields."""
    return FIELDS


__all__ = ["IGNORE", "ColumnInfo", "CustomerImportService", "FilePreview", "ImportCancelled",
           "ImportOptions", "ImportReport", "MatchKey", "OnMatch", "Rejection", "field_names"]  # fmt: skip
