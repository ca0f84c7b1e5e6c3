"""``cs-desktop import-customers``: the import wizard's work without a window.

    cs-desktop import-customers 客户.csv --dry-run
    cs-desktop import-customers 客户.xlsx --map "联系人=name" --map "客户代号=" --match phone \\
        --on-match update --json

Exit 0 when everything asked for was done, 1 when the file has rejected lines (nothing is
written then, unless --skip-rejected) or cannot be read, 2 for a usage error (a --map naming a
column the file lacks or a field that does not exist).
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
USAGE_CODES = frozenset({"column_not_found", "unknown_field", "field_mapped_twice"})

_ENCODINGS = {"utf-8": "UTF-8", "utf-8-bom": "UTF-8 with BOM", "gb18030": "GBK/GB18030",
              "utf-16": "UTF-16"}  # fmt: skip

_REASONS = {
    "required": "required, but empty",
    "too_long": "too long (at most {max} characters)",
    "id_length": "a resident ID number has 18 characters",
    "id_characters": "a resident ID number is 17 digits and a digit or X",
    "id_region": "the ID number starts with an unknown region code",
    "id_birth_date": "the birth date inside the ID number is not a real date",
    "id_future_birth": "the birth date inside the ID number lies in the future",
    "id_check_digit": "the ID number's check digit does not match (a character is mistyped)",
    "id_birth_mismatch": "the ID number gives the birth date {id_birth_date}",
    "id_gender_mismatch": "the ID number gives the gender {id_gender}",
    "id_stored_as_number": "Excel stored the ID number as a number and lost digits; "
    "format the column as text",
    "in_future": "the date lies in the future",
    "phone_characters": "{raw}: a phone number holds digits, spaces and dashes only",
    "phone_mobile_length": "{raw}: a mobile number has 11 digits",
    "phone_landline_format": "{raw}: a landline is an area code and 7 or 8 digits",
    "phone_unknown_format": "{raw}: neither a mobile nor a landline number",
    "duplicate_phone": "the same phone number twice",
    "email_format": "not an e-mail address",
    "org_code_invalid": "not a valid unified social credit code",
    "negative": "cannot be negative",
    "not_a_number": "not a number",
    "not_a_date": "not a date",
    "not_a_choice": "not one of the choices",
    "unknown_field": "this custom field is not defined at this site",
    "gender_unknown": "{value}: not a gender (男/女, M/F)",
    "kind_unknown": "{value}: neither a person (个人) nor an organisation (单位)",
    "id_type_unknown": "{value}: not a known ID document",
    "duplicate_in_file": "the same as line {line}",
    "matches_several": "matches {count} existing cards (merge them first)",
    "matches_same_card": "matches the same existing card as line {line}",
}

_ERRORS = {
    "file_not_found": "the file does not exist: {path}",
    "file_unreadable": "the file cannot be read: {reason}",
    "file_empty": "the file is empty",
    "file_too_large": "the file is larger than {max_mb} MB",
    "no_data_lines": "the file has a header line but no customers",
    "no_name_column": 'no column holds the name; map one with --map "HEADER=name" '
    "(columns: {columns})",
    "not_a_spreadsheet": "the file is not a spreadsheet (.csv or .xlsx)",
    "encoding_unknown": "the file is neither UTF-8 nor GBK/GB18030 text",
    "xls_not_supported": "Excel 97-2003 files (.xls) cannot be read; save it as .xlsx or .csv",
    "xlsx_damaged": "the .xlsx file is damaged or not an Excel workbook",
    "csv_damaged": "the file cannot be read as CSV near line {line}",
    "column_not_found": "--map names a column the file does not have: {column}",
    "unknown_field": "--map names an unknown field: {target} (fields: {fields})",
    "field_mapped_twice": "two columns are mapped to {target}",
    "card_changed_meanwhile": "a matched card was changed by someone else during the import; "
    "nothing was written, run it again",
}


def _fill(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**{k: ("、".join(map(str, v)) if isinstance(v, list) else v)
                                  for k, v in params.items()})  # fmt: skip
    except (KeyError, IndexError):
        return template


def reason(code: str, params: dict[str, Any]) -> str:
    return _fill(_REASONS.get(code, code), params)


def error_text(code: str, params: dict[str, Any]) -> str:
    return _fill(_ERRORS.get(code, code), params)


def _width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def parse_map(values: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in values or ():
        if "=" not in item:
            raise argparse.ArgumentTypeError(f"--map needs HEADER=FIELD, not {item!r}")
        header, target = item.split("=", 1)
        mapping[header.strip()] = target.strip()
    return mapping


def add_parser(sub: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    job = sub.add_parser(
        "import-customers", parents=[common],
        help="import customer cards from a .csv (UTF-8 or GBK) or .xlsx file",
        description="Import customer cards from a spreadsheet. Every line is checked as the card "
        "dialog checks a card; the import is all or nothing. Fields for --map include name, "
        "gender, birth_date, id_number, phone, address, email, tags, notes, org_name, org_code "
        "and custom.KEY (a site's custom field); an empty field ignores the column.",
    )  # fmt: skip
    job.add_argument("file", type=Path, help=".csv or .xlsx file; the header is its first line")
    job.add_argument("--map", action="append", metavar="HEADER=FIELD",
                     help="the column HEADER holds FIELD (repeatable); wins over recognition")  # fmt: skip
    job.add_argument("--dry-run", action="store_true", help="check every line, write nothing")
    job.add_argument("--match", choices=["id", "phone", "none"], default="id",
                     help="how a line finds an existing card (default: id)")  # fmt: skip
    job.add_argument("--on-match", choices=["skip", "update", "create"], default="skip",
                     help="what happens to a line that matches a card (default: skip)")  # fmt: skip
    job.add_argument("--skip-rejected", action="store_true",
                     help="import the other lines when some are rejected")  # fmt: skip
    job.add_argument("--json", action="store_true", help="print the result as JSON")
    job.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return job


def _progress(err: TextIO) -> Any:
    started = time.perf_counter()
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - last[0] < 0.5:
            return
        last[0] = now
        step = "checking" if 2 * done < total else "writing"
        err.write(f"\r{step} lines: {100 * done // max(total, 1)}% ({now - started:.0f} s)  ")
        if done >= total:
            err.write("\n")
        err.flush()

    return report


def run(args: argparse.Namespace, out: TextIO, err: TextIO, emit_json: Any,
        default_db: Any) -> int:  # fmt: skip
    from cs_desktop.services.customers.importing import (
        FIELDS,
        CustomerImportService,
        ImportOptions,
        MatchKey,
        OnMatch,
    )
    from cs_desktop.services.database import open_database
    from cs_desktop.services.errors import ServiceError

    try:
        mapping = parse_map(args.map)
    except argparse.ArgumentTypeError as exc:
        err.write(f"cs-desktop import-customers: {exc}\n")
        return EXIT_USAGE
    options = ImportOptions(mapping=mapping or None, match=MatchKey(args.match),
                            on_match=OnMatch(args.on_match),
                            skip_rejected=args.skip_rejected)  # fmt: skip
    db = open_database(args.db or default_db())
    try:
        service = CustomerImportService(db.factory)
        if args.dry_run:
            report = service.dry_run(args.file, options)
        else:
            show = None if args.quiet or args.json else _progress(err)
            report = service.commit(args.file, options, progress=show)
    except ServiceError as exc:
        params = dict(exc.params)
        params.setdefault("fields", ", ".join(FIELDS))
        line = error_text(exc.code, params)
        if args.json:
            emit_json(out, {"file": str(args.file), "error": exc.code,
                            "params": {k: v for k, v in exc.params.items()}})  # fmt: skip
        err.write(f"cs-desktop import-customers: {line}\n")
        return EXIT_USAGE if exc.code in USAGE_CODES else EXIT_FAILED
    finally:
        db.close()

    refused = bool(report.rejected) and not args.skip_rejected
    if args.json:
        emit_json(out, {
            "file": str(args.file), "type": report.file_type, "encoding": report.encoding,
            "sheet": report.sheet_name, "header_line": report.header_line,
            "mapping": report.mapping, "match": report.match.value,
            "on_match": report.on_match.value, "dry_run": bool(args.dry_run),
            "written": report.written, "lines": report.lines, "created": report.created,
            "updated": report.updated, "skipped": report.skipped,
            "rejected_lines": report.rejected_lines,
            "rejected": [{"line": r.line, "column": r.column, "field": r.field, "code": r.code,
                          "params": r.params} for r in report.rejected],
            "seconds": round(report.seconds, 2),
        })  # fmt: skip
    else:
        _print_report(out, args, report)
    if refused:
        err.write(f"cs-desktop import-customers: {report.rejected_lines} line(s) rejected; "
                  "nothing was written (fix them, or use --skip-rejected)\n")  # fmt: skip
        return EXIT_FAILED
    return EXIT_OK


def _print_report(out: TextIO, args: argparse.Namespace, report: Any) -> None:
    kind = report.file_type.upper()
    detail = _ENCODINGS.get(report.encoding or "", "") or (f"sheet {report.sheet_name}"
                                                          if report.sheet_name else "")  # fmt: skip
    out.write(f"{args.file}: {kind}, {detail}, header on line {report.header_line}, "
              f"{report.lines} lines\n")  # fmt: skip
    mapped = [f"{h} -> {f}" for h, f in report.mapping.items() if f]
    ignored = [h for h, f in report.mapping.items() if not f]
    out.write("columns: " + "; ".join(mapped) + "\n")
    if ignored:
        out.write("ignored: " + "; ".join(ignored) + "\n")
    verb = "would be" if args.dry_run or not report.written else "were"
    out.write(f"{report.created} cards {verb} created, {report.updated} updated, "
              f"{report.skipped} skipped (match by {report.match.value}, "
              f"on match: {report.on_match.value})\n")  # fmt: skip
    if report.rejected:
        rows = [(str(r.line), r.column or "-", r.field, reason(r.code, r.params))
                for r in report.rejected]  # fmt: skip
        head = ("line", "column", "field", "reason")
        widths = [max(_width(x) for x in col) for col in zip(head, *rows, strict=False)]
        out.write(f"{report.rejected_lines} lines rejected:\n")
        for row in (head, *rows):
            out.write("  " + "  ".join(_pad(c, w) for c, w in zip(row[:3], widths, strict=False))
                      + "  " + row[3] + "\n")  # fmt: skip
    if report.written:
        out.write(f"written in {report.seconds:.1f} s\n")
