"""``cs-desktop audit verify``, ``cs-desktop backup`` and ``cs-desktop restore``.

    cs-desktop audit verify [--json]
    cs-desktop backup --out E:\\备份\\客服.csbak --passphrase-env CS_BACKUP_PASSPHRASE
    cs-desktop restore E:\\备份\\客服.csbak --passphrase-env CS_BACKUP_PASSPHRASE
    cs-desktop restore --undo

Exit 0 on success; 1 with a one-line reason on stderr when the chain is broken, the backup
cannot be written or the file is refused (the current data are then untouched). The passphrase
is read from an environment variable, never from the command line (it would show in the
process list and the shell's history).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED = 0, 1

_ERRORS = {
    "backup_not_supported_for_server": "backup and restore work on the SQLite database file; "
    "back up a PostgreSQL database with the server's tools (pg_dump)",
    "backup_folder_unavailable": "the folder {folder} cannot be used: {reason}",
    "backup_write_failed": "the backup could not be written to {path}: {reason}",
    "backup_over_database": "the backup would overwrite the database itself; choose another file",
    "backup_not_found": "the file does not exist: {path}",
    "backup_not_a_database": "the file is not a database backup: {path}; nothing was changed",
    "backup_damaged": "the backup is damaged ({reason}); nothing was changed",
    "backup_foreign": "the file is an SQLite database but not a cs_desktop one; nothing was changed",
    "backup_too_new": "the backup was written by a newer version of cs_desktop (schema "
    "{revision}); install that version first. Nothing was changed",
    "backup_needs_passphrase": "the backup is encrypted: give its passphrase with "
    "--passphrase-env VAR",
    "backup_wrong_passphrase": "the passphrase does not open this backup (or the file is "
    "damaged); nothing was changed",
    "restore_failed": "the restore failed ({reason}); the current data are unchanged",
    "no_restore_to_undo": "there is no restore to undo (the copy kept aside is gone)",
    "forbidden": "your role may not do this",
}


class _Failed(Exception):
    pass


def message(code: str, params: dict[str, Any]) -> str:
    try:
        return _ERRORS.get(code, code).format(**params)
    except (KeyError, IndexError):
        return _ERRORS.get(code, code)


def add_parsers(sub: Any, common: argparse.ArgumentParser, job: Any) -> None:
    """``job`` is cli.py's entry that calls ``run``."""
    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify", parents=[common],
        help="check the audit trail's hash chain; names the first altered or missing entry")  # fmt: skip
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.set_defaults(job=job, audit_job=_job_verify)

    backup = sub.add_parser(
        "backup", parents=[common],
        help="write a consistent backup of the database (safe while the app is running)")  # fmt: skip
    backup.add_argument("--out", type=Path, required=True, metavar="FILE", help="backup file")
    backup.add_argument("--passphrase-env", metavar="VAR",
                        help="encrypt with the passphrase held in environment variable VAR")  # fmt: skip
    backup.add_argument("--json", action="store_true", help="print the result as JSON")
    backup.set_defaults(job=job, audit_job=_job_backup)

    restore = sub.add_parser(
        "restore", parents=[common],
        help="check a backup, keep the current database aside, and restore the backup")  # fmt: skip
    restore.add_argument("file", type=Path, nargs="?", metavar="FILE", help="backup file")
    restore.add_argument("--passphrase-env", metavar="VAR",
                         help="the passphrase of an encrypted backup is in environment variable VAR")  # fmt: skip
    restore.add_argument("--check", action="store_true",
                         help="only check the file and say what it holds; change nothing")  # fmt: skip
    restore.add_argument("--undo", action="store_true",
                         help="put back the database as it was before the last restore")  # fmt: skip
    restore.add_argument("--json", action="store_true", help="print the result as JSON")
    restore.set_defaults(job=job, audit_job=_job_restore)


def _passphrase(args: argparse.Namespace) -> str | None:
    var = getattr(args, "passphrase_env", None)
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise _Failed(f"the environment variable {var} holding the passphrase is not set")
    return value


def _open(args: argparse.Namespace, default_db: Any, server_ok: bool = False) -> Any:
    from cs_desktop.services.database import open_database
    from cs_desktop.storage.engine import database_url, is_sqlite

    url = database_url(args.db or default_db())
    if not server_ok and not is_sqlite(url):
        raise _Failed(message("backup_not_supported_for_server", {}))
    return open_database(url)


def run(args: argparse.Namespace, out: TextIO, err: TextIO, emit_json: Any,
        default_db: Any) -> int:  # fmt: skip
    from cs_desktop.services.errors import ServiceError

    name = "audit verify" if args.command == "audit" else args.command
    try:
        return int(args.audit_job(args, out, emit_json, default_db))
    except ServiceError as exc:
        line = message(exc.code, dict(exc.params))
        if getattr(args, "json", False):
            emit_json(out, {"ok": False, "error": exc.code, "params": dict(exc.params)})
    except _Failed as exc:
        line = str(exc)
    err.write(f"cs-desktop {name}: {line}\n")
    return EXIT_FAILED


def _job_verify(args: argparse.Namespace, out: TextIO, emit_json: Any, default_db: Any) -> int:
    from cs_desktop.services.audit import AuditService

    db = _open(args, default_db, server_ok=True)
    try:
        result = AuditService(db.factory).verify()
    finally:
        db.close()
    if args.json:
        emit_json(out, {"database": db.label, "ok": result.ok, "checked": result.checked,
                        "last_seq": result.last_seq, "broken_seq": result.broken_seq,
                        "reason": result.reason, "message": result.describe()})  # fmt: skip
    if not result.ok:
        raise _Failed(result.describe())
    if not args.json:
        out.write(result.describe() + "\n")
    return EXIT_OK


def _job_backup(args: argparse.Namespace, out: TextIO, emit_json: Any, default_db: Any) -> int:
    from cs_desktop.services.backups.service import BackupService

    passphrase = _passphrase(args)
    db = _open(args, default_db)
    try:
        info = BackupService(db.factory).backup(args.out, passphrase)
    finally:
        db.close()
    if args.json:
        emit_json(out, {"database": db.label, "backup": str(info.path), "bytes": info.size,
                        "encrypted": info.encrypted, "seconds": round(info.seconds, 2)})  # fmt: skip
    else:
        out.write(f"backup written: {info.path} ({info.size / 1e6:.1f} MB"
                  f"{', encrypted' if info.encrypted else ''}) in {info.seconds:.1f} s\n")  # fmt: skip
    return EXIT_OK


def _job_restore(args: argparse.Namespace, out: TextIO, emit_json: Any, default_db: Any) -> int:
    from cs_desktop.services.backups.service import BackupService

    if (args.file is None) == (not args.undo):
        raise _Failed("give a backup FILE, or --undo (not both)")
    passphrase = _passphrase(args)
    db = _open(args, default_db)
    try:
        service = BackupService(db.factory)
        if args.check:
            if args.file is None:
                raise _Failed("--check needs a backup FILE")
            checked = service.check(args.file, passphrase)
            payload = {"database": db.label, "backup": str(checked.path), "ok": True,
                       "encrypted": checked.encrypted, "schema": checked.revision,
                       "needs_upgrade": checked.needs_upgrade, "customers": checked.customers,
                       "audit_entries": checked.audit_entries}  # fmt: skip
            text = (f"{checked.path} is a good backup: {checked.customers:,} customers, "
                    f"schema {checked.revision}\n")  # fmt: skip
        else:
            result = service.undo_restore() if args.undo else service.restore(args.file,
                                                                               passphrase)  # fmt: skip
            payload = {"database": db.label, "restored_from": str(result.restored_from),
                       "kept_aside": str(result.kept_aside), "schema": result.revision,
                       "upgraded": result.upgraded}  # fmt: skip
            text = (f"restored {db.label} from {result.restored_from}; the previous database "
                    f"is kept as {result.kept_aside} (undo: cs-desktop restore --undo)\n")  # fmt: skip
    finally:
        db.close()
    if args.json:
        emit_json(out, payload)
    else:
        out.write(text)
    return EXIT_OK
