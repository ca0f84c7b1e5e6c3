"""The ``cs-desktop`` command: the window by default, subcommands for jobs without a window.

A stable contract (DESIGN.md): clinic administrators script it. Each job exits 0 on success and
non-zero with a one-line reason on stderr on failure; ``--json`` prints a machine-readable result.
Output is written as UTF-8 whatever the console's code page (GBK consoles cannot encode 𠮷).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from cs_desktop import __version__
from cs_desktop.paths import default_database, demo_database
from cs_desktop.storage.engine import sqlite_path

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

DEMO_SITE_NAME = "演示诊所"
DEMO_GUI_CUSTOMERS = 3000


class CliError(Exception):
    """A job failed for a reason the user can act on; the message is the one line printed."""


def _utf8(stream: TextIO) -> TextIO:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="replace")
    return stream


def _emit_json(out: TextIO, payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def _schema_message(code: str, detail: str) -> str:
    messages = {
        "db_too_new": "the database was written by a newer version of cs_desktop "
        f"(schema {detail}); install that version or newer. The file was not changed.",
        "db_foreign": "the file is an SQLite database but not a cs_desktop database; "
        "choose another file. It was not changed.",
        "not_a_database": "the file is not an SQLite database (or it is damaged). It was not changed.",
        "db_unreadable": f"the database cannot be opened: {detail}",
        "db_network_share": "the database is on a network share, where SQLite cannot lock "
        "it safely; keep it on a local disk, or use a database server (PostgreSQL URL).",
    }
    return messages.get(code, f"{code} {detail}".strip())


def _describe(url: URL) -> str:
    """The database as shown to people: a path, or a URL with its password hidden."""
    path = sqlite_path(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


# --- jobs ---------------------------------------------------------------------------------------


def _job_migrate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.storage import migrate
    from cs_desktop.storage.engine import database_url

    url = database_url(args.db or default_database())
    result = migrate.upgrade(url)
    payload = {
        "database": _describe(url),
        "from": result.before,
        "to": result.after,
        "backup": str(result.backup) if result.backup else None,
        "changed": result.before != result.after,
    }
    if args.json:
        _emit_json(out, payload)
    elif payload["changed"]:
        out.write(f"upgraded {payload['database']} from {result.before or 'empty'} to {result.after}"
                  + (f" (backup: {result.backup})" if result.backup else "") + "\n")  # fmt: skip
    else:
        out.write(f"{payload['database']} is already at the latest schema ({result.after})\n")
    return EXIT_OK


def _progress_printer(err: TextIO, total: int) -> Callable[[int, int], None]:
    started = time.perf_counter()
    last = [0.0]

    def report(done: int, all_: int) -> None:
        now = time.perf_counter()
        if done < all_ and now - last[0] < 0.5:
            return
        last[0] = now
        rate = done / max(now - started, 1e-6)
        err.write(f"\r{done:,}/{all_:,} customers ({100 * done // max(all_, 1)}%, {rate:,.0f}/s)")
        if done >= all_:
            err.write("\n")
        err.flush()

    return report


def _job_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.services.customers.indexing import rebuild_search_index
    from cs_desktop.services.database import open_database
    from cs_desktop.services.demo import generate_demo
    from cs_desktop.services.demo.finish import finish_demo

    target = args.db or demo_database()
    db = open_database(target, site_name=DEMO_SITE_NAME)
    try:
        if db.customer_count() > 0:
            raise CliError(f"{target} already holds customers; demo data goes into an empty "
                           "database (choose a new file with --db)")  # fmt: skip
        summary = generate_demo(
            db.engine,
            customers=args.customers,
            seed=args.seed,
            progress=None if args.quiet else _progress_printer(err, args.customers),
        )
        if not args.quiet:
            err.write("building the search index\n")
        index = rebuild_search_index(
            db.engine, progress=None if args.quiet else _progress_printer(err, summary.customers)
        )
        finish = finish_demo(db.factory, summary.customers, seed=args.seed)
    finally:
        db.close()
    payload = {
        "database": str(target),
        "customers": summary.customers,
        "people": summary.people,
        "organizations": summary.organizations,
        "visits": summary.visits,
        "transactions": summary.transactions,
        "seconds": round(summary.seconds, 2),
        "index_seconds": round(index.seconds, 2),
        "tier_seconds": round(finish.tier_seconds, 2),
        "complaints": finish.complaints,
        "survey_responses": finish.survey_responses,
        "seed": args.seed,
    }
    if args.json:
        _emit_json(out, payload)
    else:
        out.write(f"{summary.customers:,} customers, {summary.visits:,} visits, "
                  f"{summary.transactions:,} transactions in {summary.seconds:.1f} s, search index "
                  f"in {index.seconds:.1f} s -> {target}\n")  # fmt: skip
    return EXIT_OK


def _job_tiers_recompute(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import datetime as dt

    from cs_desktop.services.database import open_database
    from cs_desktop.services.errors import ServiceError
    from cs_desktop.services.tiers.recompute import TierRecompute, active_rule, last_run

    db = open_database(args.db or default_database())
    try:
        with db.factory() as s:
            try:
                active = active_rule(s)
            except ServiceError as exc:
                raise CliError("no active tier rule set: choose one in Settings > Tiers first"
                               if exc.code == "no_active_rule_set" else exc.code) from exc  # fmt: skip
            previous = last_run(s)
        age_days = None
        if previous is not None:
            age_days = (dt.datetime.now(dt.UTC) - previous["finished_at"]).total_seconds() / 86400
        if (
            args.if_older_than is not None
            and age_days is not None
            and age_days < args.if_older_than
        ):
            payload = {"database": _describe(db.url), "rule_set": active.name,
                       "version": active.version, "skipped": True,
                       "last_run_days_ago": round(age_days, 2)}  # fmt: skip
            if args.json:
                _emit_json(out, payload)
            else:
                out.write(f"skipped: the last recompute was {age_days:.1f} days ago\n")
            return EXIT_OK
        summary = TierRecompute(db.factory).recompute()
    finally:
        db.close()
    payload = {
        "database": _describe(db.url),
        "rule_set": active.name,
        "version": active.version,
        "kind": active.rule.kind,
        "skipped": False,
        "customers": summary.customers,
        "changed": summary.changed,
        "seconds": round(summary.seconds, 2),
        "thresholds": summary.thresholds,
    }
    if args.json:
        _emit_json(out, payload)
    else:
        out.write(f"{summary.customers:,} customers classified by {active.name} "
                  f"(v{active.version}), {summary.changed:,} changed tier, "
                  f"in {summary.seconds:.1f} s\n")  # fmt: skip
    return EXIT_OK


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def _job_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop.services.customers.listing import (
        CustomerListService,
        CustomerQuery,
        QueryHint,
        hint_for,
    )
    from cs_desktop.services.database import open_database

    db = open_database(args.db or default_database())
    try:
        service = CustomerListService(db.factory)
        query = CustomerQuery(text=args.text)
        total = service.count(query)
        rows = service.page(query, 0, args.limit).rows
    finally:
        db.close()
    results = [
        {"id": str(r.id), "name": r.name, "kind": r.kind, "phone": r.phone_digits,
         "region": r.region, "tier": r.tier,
         "birth_date": r.birth_date.isoformat() if r.birth_date else None}
        for r in rows
    ]  # fmt: skip
    hint = hint_for(args.text)
    if args.json:
        _emit_json(out, {"query": args.text, "total": total, "shown": len(results),
                         "hint": hint.value or None, "results": results})  # fmt: skip
        return EXIT_OK
    if hint is QueryHint.TOO_SHORT:
        err.write("type at least 3 digits of a phone or ID number\n")
    for r in results:
        out.write(f"{r['name']}\t{r['phone']}\t{r['region']}\t{r['id']}\n")
    out.write(f"{len(results)} of {total} shown\n")
    return EXIT_OK


def _job_audit_backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop import cli_audit

    return cli_audit.run(args, out, err, _emit_json, default_database)


def _job_import_customers(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop import cli_import

    return cli_import.run(args, out, err, _emit_json, default_database)


def _job_print(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop import cli_print

    return cli_print.run(args, out, err, _emit_json, default_database)


def _job_due(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop import cli_due

    return cli_due.run(args, out, err, _emit_json, default_database, CliError)


def _job_kpis(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop import cli_kpis

    return cli_kpis.run(args, out, err, _emit_json, default_database)


def _job_sync(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from cs_desktop import cli_sync

    return cli_sync.run(args, out, err, _emit_json, default_database)


# --- parser -------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    db_help = "database file or URL (default: cs_desktop.sqlite3 in your data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", help=db_help)
    # Subcommands accept --db too; left out there, the one before the subcommand stands
    # (`cs-desktop --db X demo` and `cs-desktop demo --db X` mean the same).
    sub_common = argparse.ArgumentParser(add_help=False)
    sub_common.add_argument("--db", metavar="PATH|URL", help=db_help, default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="cs-desktop",
        description="Customer service desk. Without a subcommand, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"cs-desktop {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help=f"open the demo database (created with {DEMO_GUI_CUSTOMERS:,} customers on first use)")  # fmt: skip
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo", parents=[sub_common], help="fill an empty database with demo data"
    )
    demo.add_argument("--customers", type=_positive_int, default=1000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--json", action="store_true", help="print the result as JSON")
    demo.add_argument("--quiet", action="store_true", help="no progress on stderr")
    demo.set_defaults(job=_job_demo)

    search = sub.add_parser(
        "search", parents=[sub_common], help="find customers as the search box does"
    )
    search.add_argument("text", help="name, phone, ID number, address or pinyin fragment")
    search.add_argument("--limit", type=_positive_int, default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="print the result as JSON")
    search.set_defaults(job=_job_search)

    from cs_desktop import cli_import

    cli_import.add_parser(sub, common).set_defaults(job=_job_import_customers)

    from cs_desktop import cli_print

    cli_print.add_parser(sub, sub_common).set_defaults(job=_job_print)

    from cs_desktop import cli_due

    cli_due.add_parser(sub, sub_common).set_defaults(job=_job_due)

    from cs_desktop import cli_kpis

    cli_kpis.add_parser(sub, sub_common).set_defaults(job=_job_kpis)

    from cs_desktop import cli_audit

    cli_audit.add_parsers(sub, sub_common, _job_audit_backup)

    from cs_desktop import cli_sync

    cli_sync.add_parsers(sub, sub_common, _job_sync)

    mig = sub.add_parser(
        "migrate", parents=[sub_common], help="upgrade a database to the latest schema"
    )
    mig.add_argument("--json", action="store_true", help="print the result as JSON")
    mig.set_defaults(job=_job_migrate)

    tiers = sub.add_parser("tiers", help="customer tiers")
    tiers_sub = tiers.add_subparsers(dest="tiers_command", metavar="ACTION", required=True)
    recompute = tiers_sub.add_parser(
        "recompute", parents=[sub_common],
        help="classify every customer by the active rule set (for a scheduled job)")  # fmt: skip
    recompute.add_argument("--if-older-than", type=_non_negative_float, metavar="DAYS",
                           help="do nothing if the last recompute is more recent")  # fmt: skip
    recompute.add_argument("--json", action="store_true", help="print the result as JSON")
    recompute.set_defaults(job=_job_tiers_recompute)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    out, err = _utf8(sys.stdout), _utf8(sys.stderr)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from cs_desktop.app import run_gui

        return run_gui(db=args.db, demo=args.demo, language=args.lang)
    from cs_desktop.storage.migrate import SchemaError

    try:
        return int(args.job(args, out, err))
    except CliError as exc:
        err.write(f"cs-desktop {args.command}: {exc}\n")
    except SchemaError as exc:
        err.write(f"cs-desktop {args.command}: {_schema_message(exc.code, exc.detail)}\n")
    except KeyboardInterrupt:
        err.write(f"cs-desktop {args.command}: interrupted\n")
    except OSError as exc:
        err.write(f"cs-desktop {args.command}: {exc.strerror or exc}: {exc.filename or ''}\n")
    return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
