"""``cs-desktop print``: a standard form as an A4 PDF, without a window.

    cs-desktop print info-card 0190f3a2-... --out 资料卡.pdf
    cs-desktop print followup --date 2026-11-24 --out 回访.pdf      (the day's batch, one file)
    cs-desktop print complaint TS-AB12CD34-20261124-3 --out 投诉.pdf
    cs-desktop print survey --blank --out 调查表.pdf
    cs-desktop print kpi-report --period 2026-11 --out 服务质量月报.pdf   (or kpi_report)

ID and phone numbers are masked (110105********1234, 138****8000) unless --full-numbers is given.
Characters no shipped font has print as a red 〓 and are listed on stderr (and in --json).
Exit 0 when the file was written, 1 with a one-line reason otherwise, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class _Form:
    module: str  # in cs_desktop.printing.forms
    takes: str  # "customer", "complaint", "customer?" (optional), "none"
    help: str


FORMS: dict[str, _Form] = {
    "info-card": _Form("info_card", "customer", "客户资料卡, customer info card"),
    "management-card": _Form("management_card", "customer", "客户管理卡, management card"),
    "addresses": _Form("address_table", "none", "客户地址分类表, customers by address"),
    "tiers": _Form("tier_table", "none", "客户等级分类表, the tier table"),
    "complaint": _Form("complaint_record", "complaint", "客户投诉记录表 (ID or number)"),
    "followup": _Form("followup", "customer?", "回访记录表: one customer, or --date's batch"),
    "survey": _Form("survey", "customer?", "满意度调查表, header filled from the customer"),
    "kpi-report": _Form("kpi_report", "period", "服务质量月报, the KPIs of --period (or --week, "
                        "--quarter, --day; default this month)"),
}  # fmt: skip
SCOPE_OPTIONS = ("period", "week", "quarter", "day", "staff", "category", "tier")

_ERRORS = {
    "customer_not_found": "no such customer: {id}",
    "complaint_not_found": "no such complaint: {ref}",
    "survey_not_found": "no active survey with the code {survey}",
    "no_active_rule_set": "no active tier rule set: choose one in Settings > Tiers first",
}


class UsageError(Exception):
    pass


def add_parser(sub: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    job = sub.add_parser(
        "print", parents=[common], help="print a standard form to a PDF file",
        description="Print a standard form (A4, Chinese, fonts embedded) to a PDF file. Forms: "
        + "; ".join(f"{k}: {f.help}" for k, f in FORMS.items()),
    )  # fmt: skip
    job.add_argument("form", choices=list(FORMS), metavar="FORM", help=", ".join(FORMS),
                     type=lambda name: name.replace("_", "-"))  # fmt: skip
    job.add_argument("ref", nargs="?", metavar="ID", help="the customer's or complaint's ID "
                     "(a complaint also by its number)")  # fmt: skip
    job.add_argument("--date", metavar="YYYY-MM-DD", help="followup: every open follow-up due "
                     "that day, one form each, in one file")  # fmt: skip
    job.add_argument("--province", default="", help="addresses: only this province")
    job.add_argument("--survey", default="", metavar="CODE", help="survey: which survey")
    job.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    job.add_argument("--blank", action="store_true", help="the empty form, to fill by hand")
    job.add_argument("--full-numbers", action="store_true",
                     help="print ID and phone numbers whole (only for roles allowed to)")  # fmt: skip
    job.add_argument("--json", action="store_true", help="print the result as JSON")
    from cs_desktop.cli_kpis import add_scope_options

    add_scope_options(job)  # kpi-report
    return job


def _customer(ref: str | None) -> uuid.UUID:
    try:
        return uuid.UUID(str(ref))
    except ValueError:
        raise UsageError(f"not a customer ID: {ref!r}") from None


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _loader(args: argparse.Namespace, form: _Form, factory: Any) -> Callable[[], Any]:
    """What the form shows, as a services DTO (None for a blank form)."""
    from cs_desktop.services.forms.data import FormData
    from cs_desktop.services.tiers.table import TierTableService

    data = FormData(factory)
    scoped = [f"--{o}" for o in SCOPE_OPTIONS if getattr(args, o, None)]
    if scoped and form.takes != "period":
        raise UsageError(f"{', '.join(scoped)}: only for the kpi-report form")
    if args.blank:
        if args.ref or args.date:
            raise UsageError("--blank prints the empty form: give no ID or --date")
        return lambda: None
    if args.date and args.form != "followup":
        raise UsageError("--date is for the followup form")
    if form.takes == "period":
        return _kpi_report(args, factory)
    if form.takes == "none":
        if args.ref:
            raise UsageError(f"{args.form} takes no ID")
        if args.form == "addresses":
            return lambda: data.addresses(args.province)
        return lambda: TierTableService(factory).table()
    if form.takes == "complaint":
        if not args.ref:
            raise UsageError("give the complaint's ID or number")
        return lambda: data.complaint(args.ref)
    if args.form == "followup":
        if bool(args.ref) == bool(args.date):
            raise UsageError("give a customer ID or --date (the day's batch), not both")
        if args.date:
            day = _day(args.date)
            return lambda: data.followups_due(day)
        cid = _customer(args.ref)
        return lambda: data.followup_for(cid)
    if args.form == "survey":
        sid = _customer(args.ref) if args.ref else None
        return lambda: data.survey(sid, args.survey)
    if not args.ref:
        raise UsageError(f"give the customer's ID (or --blank for the empty {args.form})")
    cid = _customer(args.ref)
    return (lambda: data.management(cid)) if args.form == "management-card" else (
        lambda: data.card(cid))  # fmt: skip


def _kpi_report(args: argparse.Namespace, factory: Any) -> Callable[[], Any]:
    from cs_desktop.cli_kpis import BadOption, scope_from
    from cs_desktop.services.forms.kpi_report import KpiReportService

    if args.ref:
        raise UsageError("kpi-report takes no ID: choose the period with --period, --week, "
                         "--quarter or --day")  # fmt: skip
    try:
        scope = scope_from(args, factory, dt.date.today())
    except BadOption as exc:
        raise UsageError(str(exc)) from None
    return lambda: KpiReportService(factory).report(scope)


def _sections(module: ModuleType, payload: Any, args: argparse.Namespace) -> Any:
    if args.form == "survey":
        return lambda b: module.sections(b, payload, dt.date.today())
    return lambda b: module.sections(b, payload)


def run(args: argparse.Namespace, out: TextIO, err: TextIO, emit_json: Any,
        default_db: Any) -> int:  # fmt: skip
    import importlib

    from cs_desktop.printing.document import make
    from cs_desktop.services.database import open_database
    from cs_desktop.services.errors import ServiceError
    from cs_desktop.services.forms.settings import FormSettings

    form = FORMS[args.form]
    module = importlib.import_module(f"cs_desktop.printing.forms.{form.module}")
    db = None
    try:
        db = open_database(args.db or default_db())
        load = _loader(args, form, db.factory)
        settings = FormSettings(db.factory)
        setting, site = settings.get(module.KEY), settings.site_name()
        payload = load()
    except UsageError as exc:
        err.write(f"cs-desktop print: {exc}\n")
        return EXIT_USAGE
    except ServiceError as exc:
        line = _ERRORS.get(exc.code, exc.code).format_map({"id": "", "ref": "", **exc.params})
        if args.json:
            emit_json(out, {"form": args.form, "error": exc.code, "params": dict(exc.params)})
        err.write(f"cs-desktop print: {line}\n")
        return EXIT_FAILED
    finally:
        if db is not None:
            db.close()
    rendered = make(module.TITLE, setting, site, _sections(module, payload, args),
                    full_numbers=args.full_numbers, blank=args.blank)  # fmt: skip
    target = args.out
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(rendered.pdf)
    os.replace(partial, target)
    result = {"form": args.form, "out": str(target), "pages": rendered.pages,
              "bytes": len(rendered.pdf), "blank": args.blank,
              "masked": not args.full_numbers,
              "missing_characters": list(rendered.missing), "cut_boxes": rendered.cut}  # fmt: skip
    if rendered.missing:
        err.write("cs-desktop print: no font has these characters, printed as 〓: "
                  + " ".join(f"{ch} (U+{ord(ch):04X})" for ch in rendered.missing) + "\n")  # fmt: skip
    if args.json:
        emit_json(out, result)
    else:
        out.write(f"{rendered.pages} page(s) -> {target}\n")
    return EXIT_OK
