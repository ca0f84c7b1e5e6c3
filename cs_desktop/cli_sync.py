"""``cs-desktop export`` / ``import`` / ``sync``: sync packages and keys without a window.

    cs-desktop sync key --out 甲站.key              this site's public key, to give to the other
    cs-desktop sync trust 乙站.key                  trust the other site (compare the fingerprint)
    cs-desktop export --to 乙站 --out 甲到乙.zip     what changed since the last export to 乙站
    cs-desktop import 乙到甲.zip --json              merge a package from a trusted site

Exit 0 on success (a package imported before is reported as such, exit 0), 1 with a one-line
reason when the file or the request is refused (the database is then unchanged).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED = 0, 1

_ERRORS = {
    "file_not_found": "the file does not exist: {path}",
    "package_damaged": "the file is damaged or truncated, or not a sync package",
    "package_checksum_mismatch": "the file was altered after it was signed (checksum mismatch)",
    "package_unsafe_path": "the file holds a member with a path outside its folder: {path}",
    "package_too_large": "the file unpacks to too much data (a zip bomb?)",
    "package_format_newer": "the package was written by a newer cs_desktop (format {format}); "
    "upgrade this installation",
    "package_schema_newer": "the package comes from a newer database schema ({schema}); "
    "upgrade this installation",
    "package_from_this_site": "the package was exported by this same site",
    "package_for_another_site": "the package is addressed to another site ({site})",
    "site_not_trusted": "the package comes from a site not trusted here ({site}); "
    "trust its key first with `cs-desktop sync trust FILE`",
    "signature_missing": "the package is not signed",
    "signature_bad": "the package's signature does not match the key of {site}: altered or forged",
    "site_unknown": "no such site here: {site} (trust its key first)",
    "key_file_invalid": "not a cs_desktop public-key file",
    "key_is_own": "that is this site's own key",
    "no_local_site": "the database has no local site",
}


def message(code: str, params: dict[str, Any]) -> str:
    template = _ERRORS.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def _date(text: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    return dt.datetime.combine(day, dt.time(), dt.UTC)


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                job: Callable[..., int]) -> None:  # fmt: skip
    exp = sub.add_parser("export", parents=[common],
                         help="write a signed sync package for another site")  # fmt: skip
    exp.add_argument("--to", required=True, metavar="SITE", help="the site's code or name")
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    when = exp.add_mutually_exclusive_group()
    when.add_argument("--since", type=_date, metavar="DATE",
                      help="everything changed here since this day (UTC)")  # fmt: skip
    when.add_argument("--all", action="store_true", help="everything, changed or not")
    exp.add_argument("--json", action="store_true", help="print the result as JSON")
    exp.set_defaults(job=job, sync_job="export")

    imp = sub.add_parser("import", parents=[common], help="merge a sync package from another site")
    imp.add_argument("file", type=Path)
    imp.add_argument("--policy", choices=["newest", "ours", "theirs", "manual"], default=None,
                     help="who wins when both sites changed a field (default: the policy the "
                     "administrator chose on the Sync page, else the newest change)")  # fmt: skip
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(job=job, sync_job="import")

    sync = sub.add_parser("sync", help="keys and trusted sites for sync")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    key = actions.add_parser("key", parents=[common], help="write this site's public-key file")
    key.add_argument("--out", required=True, type=Path, metavar="FILE")
    key.add_argument("--json", action="store_true", help="print the result as JSON")
    key.set_defaults(job=job, sync_job="key")
    trust = actions.add_parser("trust", parents=[common],
                               help="trust the site of a public-key file")  # fmt: skip
    trust.add_argument("file", type=Path)
    trust.add_argument("--json", action="store_true", help="print the result as JSON")
    trust.set_defaults(job=job, sync_job="trust")


def run(args: argparse.Namespace, out: TextIO, err: TextIO, emit_json: Any,
        default_db: Any) -> int:  # fmt: skip
    from cs_desktop.services.database import open_database
    from cs_desktop.services.errors import ServiceError

    name = args.sync_job if args.sync_job in ("export", "import") else f"sync {args.sync_job}"
    db = open_database(args.db or default_db())
    try:
        payload, text = _JOBS[args.sync_job](db, args)
    except ServiceError as exc:
        if args.json:
            emit_json(
                out, {"error": exc.code, "params": {k: str(v) for k, v in exc.params.items()}}
            )
        err.write(f"cs-desktop {name}: {message(exc.code, exc.params)}\n")
        return EXIT_FAILED
    finally:
        db.close()
    if args.json:
        emit_json(out, payload)
    else:
        out.write(text + "\n")
    return EXIT_OK


def _export(db: Any, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    from cs_desktop.sync.exporting import export_package

    r = export_package(db.factory, args.to, args.out, since=args.since, everything=args.all)
    payload = {"file": str(r.path), "package_id": str(r.package_id), "to": r.destination,
               "mode": r.mode, "rows": r.rows, "counts": r.counts, "bytes": r.bytes}  # fmt: skip
    return payload, f"{r.rows:,} rows for {r.destination} -> {r.path} ({r.bytes:,} bytes)"


def _import(db: Any, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    from cs_desktop.domain.sync.merge import Policy
    from cs_desktop.sync.importing import import_package
    from cs_desktop.sync.service import read_policy

    policy = Policy(args.policy) if args.policy else read_policy(db.factory)
    r = import_package(db.factory, args.file, policy=policy)
    payload = {"file": str(args.file), "package_id": str(r.package_id), "from": r.source,
               "status": r.status, "counts": r.counts, "inserted": r.inserted,
               "updated": r.updated, "deleted": r.deleted, "conflicts": r.conflicts,
               "proposed_merges": [[str(a), str(b)] for a, b in r.proposed_merges]}  # fmt: skip
    if r.status == "already_imported":
        return payload, f"{args.file} from {r.source} was already imported; nothing to do"
    text = (f"from {r.source}: {r.inserted:,} new, {r.updated:,} updated, {r.conflicts:,} "
            f"conflicts to review, {len(r.proposed_merges):,} proposed merges")  # fmt: skip
    return payload, text


def _key(db: Any, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    from cs_desktop.sync import keys

    k = keys.write_key_file(db.factory, args.out)
    payload = {"file": str(args.out), "site_id": str(k.site_id), "name": k.name, "code": k.code,
               "fingerprint": k.fingerprint}  # fmt: skip
    return payload, f"{k.name} ({k.code}) -> {args.out}\nfingerprint: {k.fingerprint}"


def _trust(db: Any, args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    from cs_desktop.sync import keys

    r = keys.trust(db.factory, keys.read_key_file(args.file))
    payload = {"site_id": str(r.site.site_id), "name": r.site.name, "code": r.site.code,
               "fingerprint": r.site.fingerprint, "new": r.new, "key_changed": r.key_changed}  # fmt: skip
    note = " (its key CHANGED: make sure this is expected)" if r.key_changed else ""
    return payload, (f"trusted {r.site.name} ({r.site.code}){note}\n"
                     f"fingerprint: {r.site.fingerprint} (compare it with the other site)")  # fmt: skip


_JOBS = {"export": _export, "import": _import, "key": _key, "trust": _trust}
