"""Schema versions: inspect a database, refuse one that is too new, back up and upgrade.

The schema version is Alembic's revision in ``alembic_version``. Before anything touches an
SQLite file (even setting WAL mode rewrites its header) the file is inspected through a
read-only connection, so a database we must refuse is left byte-for-byte as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from cs_desktop.paths import migrations_dir

from .engine import create_db_engine, sqlite_path
from .sqlite_tools import backup_to, is_network_path


class SchemaState(StrEnum):
    EMPTY = "empty"  # no tables yet: will be created
    CURRENT = "current"
    BEHIND = "behind"  # older schema: upgrade (after a backup)
    TOO_NEW = "too_new"  # written by a newer version of the app: refuse
    FOREIGN = "foreign"  # tables but no schema version: not our database


class SchemaError(Exception):
    """The database cannot be used; ``code`` is translated by the caller."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    current: str | None
    head: str


def alembic_config(url: URL | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url is not None:
        # Passed as an object: a rendered URL would percent-encode Chinese folder names and trip
        # ConfigParser's % interpolation.
        cfg.attributes["url"] = url
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _read_sqlite_version(path: Path) -> tuple[bool, str | None]:
    """(has tables, alembic revision) read without writing a byte."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise SchemaError("db_unreadable", str(exc)) from exc
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rev = None
        if "alembic_version" in names:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            rev = row[0] if row else None
        return bool(names - {"alembic_version"}), rev
    except sqlite3.DatabaseError as exc:  # "file is not a database"
        raise SchemaError("not_a_database", str(exc)) from exc
    finally:
        con.close()


def _read_server_version(url: URL) -> tuple[bool, str | None]:
    engine = create_db_engine(url, pool=NullPool)
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            rev = None
            if "alembic_version" in names:
                rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return bool(names - {"alembic_version"}), rev
    finally:
        engine.dispose()


def schema_status(url: URL) -> SchemaStatus:
    head = head_revision()
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return SchemaStatus(SchemaState.EMPTY, None, head)
        has_tables, rev = _read_sqlite_version(path)
    else:
        has_tables, rev = _read_server_version(url)
    if rev is None:
        state = SchemaState.FOREIGN if has_tables else SchemaState.EMPTY
    elif rev == head:
        state = SchemaState.CURRENT
    elif rev in _known_revisions():
        state = SchemaState.BEHIND
    else:
        state = SchemaState.TOO_NEW
    return SchemaStatus(state, rev, head)


def check_usable(url: URL) -> SchemaStatus:
    """Raise SchemaError for a database this version must not touch."""
    status = schema_status(url)
    if status.state is SchemaState.TOO_NEW:
        raise SchemaError("db_too_new", status.current or "")
    if status.state is SchemaState.FOREIGN:
        raise SchemaError("db_foreign")
    path = sqlite_path(url)
    if path is not None and is_network_path(path):
        raise SchemaError("db_network_share", str(path))
    return status


def backup_path_for(path: Path, revision: str | None, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.before-upgrade-{revision or 'none'}-{stamp}.bak")


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade(url: URL, *, backup: bool = True) -> UpgradeResult:
    """Bring the database to the latest schema. Backs up an existing SQLite file first and puts
    it back if the upgrade fails."""
    status = check_usable(url)
    if status.state is SchemaState.CURRENT:
        return UpgradeResult(status.current, status.head, None)
    path = sqlite_path(url)
    saved: Path | None = None
    if backup and path is not None and status.state is SchemaState.BEHIND:
        saved = backup_path_for(path, status.current)
        backup_to(path, saved)
    try:
        command.upgrade(alembic_config(url), "head")
    except Exception:
        if saved is not None and path is not None:
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            shutil.copyfile(saved, path)
        raise
    return UpgradeResult(status.current, status.head, saved)
