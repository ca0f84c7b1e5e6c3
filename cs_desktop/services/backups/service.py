"""Backups of an SQLite database: manual, automatic once a day with rotation, optional
passphrase encryption, and a restore that checks the file first and can be undone.

- Taking a backup uses SQLite's online backup API in one step: a consistent snapshot while the
  app (or another thread) keeps writing, since WAL readers do not block writers. The copy is
  switched to a plain rollback journal so it is one self-contained file.
- Restoring copies the backup to a temporary file (decrypting it), and refuses it unless it is
  an SQLite database, ``PRAGMA integrity_check`` says ok and its schema is one of ours that this
  version can open. Only then is the current database kept aside (another online backup) and
  the checked copy written over it through the backup API, which is one transaction: the
  current data are untouched by a refused file and by a restore that fails half-way. An older
  schema is upgraded afterwards. ``undo_restore`` puts the copy kept aside back.
- After a restore the caller reopens the database (another site's backup has another site).
- A PostgreSQL database is backed up by the server's own tools (pg_dump): refused here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage import migrate
from cs_desktop.storage.engine import BUSY_TIMEOUT_MS, database_url, sqlite_path
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..accounts.actor import require_bound
from ..audit.recorder import record_in
from ..errors import ServiceError
from . import crypto
from .policy import BackupPolicy, read_policy, write_policy

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".sqlite3"
ENCRYPTED_SUFFIX = ".csbak"
UNDO_SIDECAR = ".last-restore.json"
OUR_TABLES = frozenset({"customers", "staff", "audit_events", "sites"})


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    encrypted: bool
    seconds: float


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    encrypted: bool
    revision: str
    needs_upgrade: bool
    customers: int
    audit_entries: int
    file_time: dt.datetime | None = None  # when the file was last written (UTC)
    last_activity: dt.datetime | None = None  # the newest audit entry inside it (UTC)


def _utc(text: object) -> dt.datetime | None:
    """A time read straight from an SQLite column (naive UTC text), or None."""
    try:
        value = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path  # the database as it was before; undo_restore puts it back
    revision: str
    upgraded: bool


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return con


def _snapshot(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (online backup API, one step) as a single file."""
    target.unlink(missing_ok=True)
    src = _connect(source)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)  # all pages in one step: one read snapshot, writers go on
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


class BackupService:
    def __init__(self, factory: sessionmaker[Session], *,
                 now: Callable[[], dt.datetime] = utcnow,
                 kdf_log2_n: int = crypto.DEFAULT_LOG2_N) -> None:  # fmt: skip
        self._factory = factory
        self._now = now
        self._log2_n = kdf_log2_n

    # --- where ------------------------------------------------------------------------------
    @property
    def _url(self) -> URL:
        bind = self._factory.kw.get("bind")
        if not isinstance(bind, Engine):
            raise ServiceError("backup_no_database")
        return bind.url

    def database_path(self) -> Path:
        path = sqlite_path(self._url)
        if path is None:
            raise ServiceError("backup_not_supported_for_server")
        return path

    def policy(self) -> BackupPolicy:
        with self._factory() as s:
            return read_policy(s)

    def set_policy(self, policy: BackupPolicy) -> None:
        with writing(self._factory) as s:
            require_bound(self._factory, Permission.EDIT_SETTINGS)
            write_policy(s, policy)

    def folder(self) -> Path:
        configured = self.policy().folder.strip()
        return Path(configured) if configured else self.database_path().parent / "backups"

    # --- taking a backup ----------------------------------------------------------------------
    def backup(self, target: Path, passphrase: str | None = None) -> BackupInfo:
        """A manual backup to ``target`` (encrypted when a passphrase is given)."""
        require_bound(self._factory, Permission.BACKUP)
        return self._take(target, passphrase, "backup")

    def _take(self, target: Path, passphrase: str | None, action: str) -> BackupInfo:
        source = self.database_path()
        started = time.perf_counter()
        target = Path(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServiceError("backup_folder_unavailable", field="path",
                               folder=str(target.parent), reason=str(exc)) from exc  # fmt: skip
        if target.resolve() == source.resolve():
            raise ServiceError("backup_over_database", field="path")
        plain = target.with_name(target.name + ".part")
        sealed = target.with_name(target.name + ".sealed")
        try:
            _snapshot(source, plain)
            if passphrase:
                crypto.encrypt_file(plain, sealed, passphrase, self._log2_n)
                plain.unlink()
                os.replace(sealed, target)
            else:
                os.replace(plain, target)
        except OSError as exc:
            raise ServiceError("backup_write_failed", field="path", path=str(target),
                               reason=exc.strerror or str(exc)) from exc  # fmt: skip
        finally:
            plain.unlink(missing_ok=True)
            sealed.unlink(missing_ok=True)
        info = BackupInfo(target, target.stat().st_size, bool(passphrase),
                          time.perf_counter() - started)  # fmt: skip
        with writing(self._factory) as s:
            record_in(s, action, "database", details={"file": str(target), "size": info.size,
                                                      "encrypted": info.encrypted})  # fmt: skip
        return info

    def auto_backup_if_due(self) -> BackupInfo | None:
        """On the first start of the day (local time): a backup to the policy's folder, then
        only the newest ``keep`` automatic backups are kept. None when already done today or
        turned off; ServiceError backup_folder_unavailable when the folder (a USB drive) is not
        there. Runs as the system (no permission needed)."""
        policy = self.policy()
        if not policy.daily:
            return None
        stem = self.database_path().stem
        local = self._now().astimezone()
        folder = self.folder()
        if folder.is_dir() and any(folder.glob(f"{stem}-auto-{local:%Y%m%d}-*{SUFFIX}")):
            return None
        info = self._take(folder / f"{stem}-auto-{local:%Y%m%d-%H%M%S}{SUFFIX}", None,
                          "auto_backup")  # fmt: skip
        autos = sorted(folder.glob(f"{stem}-auto-*{SUFFIX}"), key=lambda p: p.name)
        for old in autos[: max(0, len(autos) - policy.keep)]:
            old.unlink(missing_ok=True)
        return info

    def automatic_backups(self) -> list[Path]:
        folder = self.folder()
        stem = self.database_path().stem
        return (
            sorted(folder.glob(f"{stem}-auto-*{SUFFIX}"), reverse=True) if folder.is_dir() else []
        )

    # --- checking a file ------------------------------------------------------------------------
    @contextmanager
    def _checked_copy(
        self, path: Path, passphrase: str | None
    ) -> Iterator[tuple[Path, BackupCheck]]:
        path = Path(path)
        if not path.is_file():
            raise ServiceError("backup_not_found", field="path", path=str(path))
        folder = self.database_path().parent
        fd, name = tempfile.mkstemp(prefix=".cs-restore-", suffix=SUFFIX, dir=folder)
        os.close(fd)
        temp = Path(name)
        try:
            encrypted = crypto.is_encrypted(path)
            if encrypted:
                if not passphrase:
                    raise ServiceError("backup_needs_passphrase", field="passphrase")
                try:
                    crypto.decrypt_file(path, temp, passphrase)
                except crypto.WrongPassphrase:
                    raise ServiceError("backup_wrong_passphrase", field="passphrase") from None
                except crypto.Damaged as exc:
                    raise ServiceError("backup_damaged", field="path", reason=str(exc)) from None
            else:
                with path.open("rb") as src, temp.open("wb") as dst:
                    while block := src.read(1 << 20):
                        dst.write(block)
            yield temp, self._check_file(temp, path, encrypted)
        finally:
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(str(temp) + suffix).unlink(missing_ok=True)

    @staticmethod
    def _check_file(temp: Path, original: Path, encrypted: bool) -> BackupCheck:
        with temp.open("rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                raise ServiceError("backup_not_a_database", field="path", path=str(original))
        try:
            con = _connect(temp)
            try:
                con.execute("PRAGMA journal_mode = DELETE")
                verdict = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
                if verdict != ["ok"]:
                    raise ServiceError("backup_damaged", field="path", reason=verdict[0])
                tables = {r[0] for r in con.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
                if "alembic_version" not in tables or not tables >= OUR_TABLES:
                    raise ServiceError("backup_foreign", field="path")
                customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
                audit = con.execute("SELECT count(*) FROM audit_events").fetchone()[0]
                newest = con.execute(
                    "SELECT at FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()  # fmt: skip
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            raise ServiceError("backup_damaged", field="path", reason=str(exc)) from None
        status = migrate.schema_status(database_url(temp))
        if status.state is migrate.SchemaState.TOO_NEW:
            raise ServiceError("backup_too_new", field="path", revision=status.current or "")
        if status.state not in (migrate.SchemaState.CURRENT, migrate.SchemaState.BEHIND):
            raise ServiceError("backup_foreign", field="path")
        written = dt.datetime.fromtimestamp(original.stat().st_mtime, dt.UTC)
        return BackupCheck(original, encrypted, status.current or "",
                           status.state is migrate.SchemaState.BEHIND, customers, audit,
                           written, _utc(newest[0]) if newest else None)  # fmt: skip

    def check(self, path: Path, passphrase: str | None = None) -> BackupCheck:
        """What a restore of ``path`` would bring back, or the ServiceError it would refuse."""
        with self._checked_copy(path, passphrase) as (_temp, checked):
            return checked

    # --- restoring ------------------------------------------------------------------------------
    def restore(self, path: Path, passphrase: str | None = None) -> RestoreResult:
        require_bound(self._factory, Permission.RESTORE)
        return self._restore(Path(path), passphrase, "restore")

    def _restore(self, path: Path, passphrase: str | None, action: str) -> RestoreResult:
        live = self.database_path()
        stamp = self._now().astimezone().strftime("%Y%m%d-%H%M%S")
        with self._checked_copy(path, passphrase) as (temp, checked):
            aside = live.with_name(f"{live.stem}.before-restore-{stamp}{SUFFIX}")
            _snapshot(live, aside)
            src = _connect(temp)
            try:
                dst = _connect(live)
                try:
                    # A WAL database takes a backup only of its own page size (demo data use
                    # 16 KiB pages): the temporary copy is rebuilt to match first.
                    size = dst.execute("PRAGMA page_size").fetchone()[0]
                    if src.execute("PRAGMA page_size").fetchone()[0] != size:
                        src.execute(f"PRAGMA page_size = {int(size)}")
                        src.execute("VACUUM")
                    src.backup(dst)  # one write transaction on the live database
                finally:
                    dst.close()
            except sqlite3.Error as exc:
                raise ServiceError("restore_failed", reason=str(exc)) from exc
            finally:
                src.close()
        upgraded = False
        if checked.needs_upgrade:
            migrate.upgrade(self._url)
            upgraded = True
        sidecar = live.with_name(live.name + UNDO_SIDECAR)
        sidecar.write_text(json.dumps({"kept_aside": str(aside), "restored_from": str(path),
                                       "at": self._now().isoformat()}, ensure_ascii=False),
                           encoding="utf-8")  # fmt: skip
        with writing(self._factory) as s:
            record_in(s, action, "database", details={
                "file": str(path), "kept_aside": str(aside), "revision": checked.revision,
                "upgraded": upgraded})  # fmt: skip
        return RestoreResult(path, aside, checked.revision, upgraded)

    def last_restore(self) -> Path | None:
        """The copy kept aside by the last restore, if it is still there (what undo brings back)."""
        live = self.database_path()
        sidecar = live.with_name(live.name + UNDO_SIDECAR)
        try:
            aside = Path(json.loads(sidecar.read_text(encoding="utf-8"))["kept_aside"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return aside if aside.is_file() else None

    def undo_restore(self) -> RestoreResult:
        """Put back the database as it was before the last restore (itself kept aside again)."""
        require_bound(self._factory, Permission.RESTORE)
        aside = self.last_restore()
        if aside is None:
            raise ServiceError("no_restore_to_undo")
        return self._restore(aside, None, "undo_restore")


__all__ = ["BackupCheck", "BackupInfo", "BackupService", "RestoreResult"]
