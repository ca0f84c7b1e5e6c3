"""Engine creation: SQLite (embedded default) or PostgreSQL (a site sharing one server).

SQLite connections get WAL, foreign keys, a busy timeout and synchronous=FULL (shared/TRAPS.md:
NORMAL may lose the last commits on power loss; FULL still does 2.4k commits/s, plenty for a
counter). Python's sqlite3 module opens transactions on its own and breaks SAVEPOINT and
transactional DDL; we switch that off and let SQLAlchemy emit BEGIN itself (SQLAlchemy's
"Serializable isolation / Savepoints / Transactional DDL" recipe for pysqlite).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool, Pool

from cs_desktop.domain.ids import new_id

BUSY_TIMEOUT_MS = 10_000
# A SQL function on every SQLite connection returning a new UUIDv7 in the stored form (16 bytes),
# so set-based INSERT ... SELECT can make synced rows (tier history of a million customers).
NEW_ID_FUNCTION = "cs_new_id"
SQLITE_BEGIN_OPTION = "sqlite_begin"  # execution option: "IMMEDIATE" for write transactions


def _json_dumps(value: Any) -> str:
    # Keep Chinese readable in the file and in sync packages (no \\uXXXX escapes).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def database_url(target: str | Path) -> URL:
    """A path becomes an SQLite URL; anything with '://' is taken as a URL as is."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for in-memory and non-SQLite URLs."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN; see module docstring
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        # 64 MB of page cache per connection (the default is 2 MB): the reports read hundreds
        # of thousands of index entries, and each read thread keeps its own connection.
        cur.execute("PRAGMA cache_size = -65536")
    finally:
        cur.close()
    dbapi_connection.create_function(NEW_ID_FUNCTION, 0, _new_id_bytes)


def _new_id_bytes() -> bytes:
    return new_id().bytes


def _on_begin(conn: Any) -> None:
    # Write transactions ask for BEGIN IMMEDIATE (storage.session.writing): a deferred transaction
    # that reads and then writes fails at once with "database is locked" when another process
    # committed in between, instead of waiting for the busy timeout.
    mode = conn.get_execution_options().get(SQLITE_BEGIN_OPTION, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def create_db_engine(
    target: str | Path | URL, *, echo: bool = False, pool: type[Pool] | None = None
) -> Engine:
    url = target if isinstance(target, URL) else database_url(target)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs: dict[str, Any] = {
            "echo": echo,
            "json_serializer": _json_dumps,
            # Worker threads borrow pooled connections; each is used by one thread at a time.
            "connect_args": {"check_same_thread": False},
        }
        if path is None or pool is not None:
            kwargs["poolclass"] = pool or NullPool
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin)
        return engine
    kwargs = {"poolclass": pool} if pool is not None else {}
    return create_engine(url, echo=echo, json_serializer=_json_dumps, pool_pre_ping=True, **kwargs)
