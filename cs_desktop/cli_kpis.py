"""``cs-desktop kpis``: the period's satisfaction and service KPIs against their targets.

    cs-desktop kpis                              (this month)
    cs-desktop kpis --period 2026-11 --staff li --json
    cs-desktop kpis --quarter 2026-Q4 --tier A --xlsx 2026Q4.xlsx

A text table in Chinese for people; ``--json`` for scripts: every figure in its stored unit
(durations in seconds, shares and rates as fractions, the CSI on 1-5), its count, 90th
percentile, target and whether it is met, and the thirteen periods' trend. ``--xlsx`` writes
the workbook the Reports page exports. Runs as the system, like every command-line job.
Exit 0 on success; 1 with a one-line reason naming the option on bad input or failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED = 0, 1

UNITS = {"satisfaction": "score 1-5", "nps": "score -100..100", "css": "ratio",
         "csat": "share", "first_contact_resolution": "share", "first_response": "seconds",
         "resolution": "seconds", "complaint_rate": "share", "followup_completion": "share"}  # fmt: skip


class BadOption(Exception):
    """Bad input for an option; the message names it."""


# --- the period and filters (shared with ``cs-desktop print kpi-report``) ------------------------
def add_scope_options(parser: argparse.ArgumentParser, filters: bool = True) -> None:
    when = parser.add_argument_group("period (one of; default: the current month)")
    when.add_argument("--period", metavar="YYYY-MM", help="a month")
    when.add_argument("--week", metavar="YYYY-Www", help="an ISO week, e.g. 2026-W48")
    when.add_argument("--quarter", metavar="YYYY-Qn", help="a quarter, e.g. 2026-Q4")
    when.add_argument("--day", metavar="YYYY-MM-DD", help="a day")
    if filters:
        which = parser.add_argument_group("filters")
        which.add_argument("--staff", metavar="USERNAME", help="one staff member (sign-in name)")
        which.add_argument("--category", metavar="TEXT", help="one complaint category")
        which.add_argument("--tier", metavar="CODE",
                           help='one customer tier; "none" for customers without one')  # fmt: skip


def _period(args: argparse.Namespace, today: dt.date) -> tuple[Any, dt.date]:
    from cs_desktop.domain.kpis import PeriodKind

    given = [(o, getattr(args, o)) for o in ("period", "week", "quarter", "day")
             if getattr(args, o, None)]  # fmt: skip
    if len(given) > 1:
        raise BadOption("give only one of " + ", ".join(f"--{o}" for o, _ in given))
    if not given:
        return PeriodKind.MONTH, today
    option, text = given[0]
    text = unicodedata.normalize("NFKC", text).strip()
    try:
        if option == "period":
            m = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
            if m:
                return PeriodKind.MONTH, dt.date(int(m[1]), int(m[2]), 1)
            raise BadOption(f"--period: not a month (YYYY-MM, e.g. 2026-11): {text!r}")
        if option == "week":
            m = re.fullmatch(r"(\d{4})-?[Ww](\d{1,2})", text)
            if m:
                return PeriodKind.WEEK, dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            raise BadOption(f"--week: not an ISO week (YYYY-Www, e.g. 2026-W48): {text!r}")
        if option == "quarter":
            m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text)
            if m:
                return PeriodKind.QUARTER, dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
            raise BadOption(f"--quarter: not a quarter (YYYY-Qn, e.g. 2026-Q4): {text!r}")
        return PeriodKind.DAY, dt.date.fromisoformat(text)
    except ValueError:
        what = {"period": "a month (YYYY-MM, e.g. 2026-11)", "week": "an ISO week (YYYY-Www, e.g. "
                "2026-W48)", "day": "a date (YYYY-MM-DD)"}[option]  # fmt: skip
        raise BadOption(f"--{option}: not {what}: {text!r}") from None


def scope_from(args: argparse.Namespace, factory: Any, today: dt.date) -> Any:
    """The Scope the options ask for; BadOption for a malformed period or an unknown staff
    member."""
    from cs_desktop.services.errors import ServiceError
    from cs_desktop.services.forms.kpi_report import KpiReportService
    from cs_desktop.services.kpis import Scope

    kind, day = _period(args, today)
    staff_id = None
    if getattr(args, "staff", None):
        try:
            staff_id = KpiReportService(factory).staff_id(args.staff)
        except ServiceError:
            raise BadOption(f"--staff: no staff member signs in as {args.staff!r}") from None
    tier = getattr(args, "tier", None)
    category = getattr(args, "category", None)
    return Scope(day, kind, staff_id=staff_id, category=category or None,
                 tier="" if tier and tier.strip().lower() == "none" else (tier or None))  # fmt: skip


# --- the command ------------------------------------------------------------------------------
def add_parser(sub: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    job = sub.add_parser(
        "kpis", parents=[common], help="satisfaction and service KPIs of a period",
        description="The period's satisfaction and service KPIs against their targets, with "
        "the 13-period trend (DOMAIN.md section 5).")  # fmt: skip
    add_scope_options(job)
    job.add_argument("--xlsx", type=Path, metavar="FILE.xlsx",
                     help="also write the Reports page's workbook")  # fmt: skip
    job.add_argument("--json", action="store_true", help="print every figure as JSON")
    return job


def run(args: argparse.Namespace, out: TextIO, err: TextIO, emit_json: Any,
        default_db: Any) -> int:  # fmt: skip
    from cs_desktop.services.database import open_database
    from cs_desktop.services.errors import ServiceError
    from cs_desktop.services.forms.kpi_report import KpiReportService
    from cs_desktop.services.kpis.export import ReportExport
    from cs_desktop.services.kpis.workbook import tables

    db = None
    try:
        try:
            db = open_database(args.db or default_db())
            scope = scope_from(args, db.factory, dt.date.today())
            report = KpiReportService(db.factory).report(scope)
            written = None
            if args.xlsx is not None:
                heading = _heading(report)
                written = ReportExport(db.factory).write(
                    args.xlsx, tables(report.board, heading, report.tiers),
                    report.board.periods[-1].label)  # fmt: skip
        finally:
            if db is not None:
                db.close()
    except BadOption as exc:
        err.write(f"cs-desktop kpis: {exc}\n")
        return EXIT_FAILED
    except ServiceError as exc:
        line = (f"--xlsx: the folder {exc.params.get('folder')} does not exist"
                if exc.code == "export_folder_missing" else exc.code)  # fmt: skip
        if args.json:
            emit_json(out, {"error": exc.code, "params": {k: str(v) for k, v in
                                                            exc.params.items()}})  # fmt: skip
        err.write(f"cs-desktop kpis: {line}\n")
        return EXIT_FAILED
    if args.json:
        payload = as_json(report)
        payload["xlsx"] = str(written) if written is not None else None
        emit_json(out, payload)
    else:
        out.write(as_text(report))
        if written is not None:
            out.write(f"工作簿已写入：{written}\n")
    return EXIT_OK


def _heading(report: Any) -> str:
    from cs_desktop.printing.forms.kpi_report import filters_text, period_text

    period = period_text(report.board.periods[-1])
    filters = filters_text(report.filters)
    return f"{period} · {filters}" if filters else period


def _figure(f: Any) -> dict[str, Any]:
    return {"value": f.value, "count": f.count, "p90": f.p90, "met": f.met}


def as_json(report: Any) -> dict[str, Any]:
    from cs_desktop.services.kpis import KPIS, Dim

    board, scope = report.board, report.scope
    period = board.periods[-1]
    priority = {i.code: n for n, i in enumerate(board.priorities, 1)}
    nps = board.nps
    return {
        "period": {"kind": period.kind.value, "label": period.label,
                   "start": period.start.isoformat(), "end": period.end.isoformat()},
        "filters": {"staff": report.filters.get(Dim.STAFF), "category": scope.category,
                    "tier": scope.tier},
        "counts": {"responses": board.responses, "complaints": board.complaints,
                   "services": board.services, "churn_risk": report.churn_risk,
                   "over_credit": report.over_credit},
        "kpis": {kpi.value: {**_figure(board.figure(kpi)), "unit": UNITS[kpi.value],
                             "target": board.targets[kpi].value,
                             "direction": board.targets[kpi].direction.value,
                             "previous": board.figure(kpi, back=1).value} for kpi in KPIS},
        "trend": {"periods": [p.label for p in board.periods],
                  **{kpi.value: [_figure(f) for f in board.trends[kpi]] for kpi in KPIS}},
        "nps": None if nps is None else {"promoters": nps.promoters, "passives": nps.passives,
                                         "detractors": nps.detractors, "score": nps.score},
        "items": [{"code": i.code, "text": i.text, "mean": i.mean, "answers": i.answers,
                   "weight": i.weight, "previous": i.previous, "priority": priority.get(i.code)}
                  for i in board.items],
        "tiers": [{"tier": t.tier, "label": t.label, "customers": t.customers,
                   "still_visiting": t.still_visiting, "churn_risk": t.churn_risk,
                   "answers": t.answers, "would_return": t.would_return,
                   "would_recommend": t.would_recommend, "nps": t.nps,
                   "value_cents": t.value_cents} for t in report.tiers],
    }  # fmt: skip


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def as_text(report: Any) -> str:
    from cs_desktop.printing.forms.kpi_report import (
        KPI_HEADERS,
        NO_DATA,
        figure_text,
        met_text,
        target_text,
    )
    from cs_desktop.services.kpis import KPIS
    from cs_desktop.services.kpis.workbook import NAMES

    board = report.board
    rows = [KPI_HEADERS]
    for kpi in KPIS:
        now = board.figure(kpi)
        rows.append([NAMES[kpi], figure_text(kpi, now.value),
                     figure_text(kpi, board.figure(kpi, back=1).value),
                     target_text(board.targets[kpi]), met_text(now.met),
                     f"{now.count:,}" if now.count else NO_DATA])  # fmt: skip
    widths = [max(_width(r[c]) for r in rows) + 2 for c in range(len(KPI_HEADERS))]
    lines = [f"服务质量指标 {_heading(report)}"]
    lines += ["".join(_pad(v, w) for v, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]  # fmt: skip
    lines.append(f"调查答卷 {board.responses:,} 份，受理投诉 {board.complaints:,} 件，"
                 f"来访与来电 {board.services:,} 次；流失风险 {report.churn_risk:,} 位，"
                 f"超出信用额度 {report.over_credit:,} 位")  # fmt: skip
    if board.priorities:
        lines.append("改进优先项：" + "；".join(f"{i.text}（{i.mean:.2f} 分）"
                                            for i in board.priorities))  # fmt: skip
    return "\n".join(lines) + "\n"
