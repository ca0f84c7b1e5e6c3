"""Bulk loading into SQLite through the raw DBAPI connection (demo data, large imports).

The ORM costs tens of microseconds per row; a million customers with their visits are over ten
million rows. Here rows are pre-built tuples in the stored form (``types.encode_guid`` /
``encode_utc``, dates as "YYYY-MM-DD", JSON text, booleans 0/1).

- ``InsertPlan``: an INSERT whose tuples carry only the varying columns; columns that are the
  same on every row (origin site, row version, tombstone) are written into the statement, and a
  column equal to another one (``updated_at`` = ``created_at``) reuses its parameter. ``sql``
  for ``executemany``; ``copy_sql`` to copy from a packed image.
- ``pack_rows`` / ``load_packed``: rows bound into an in-memory database where they are made (a
  worker process), its image attached on the writer's connection and copied inside SQLite.
- ``secondary_indexes`` / ``drop_indexes`` / ``create_indexes``: drop the non-unique indexes of
  the tables being loaded and build them once afterwards from the definitions in
  ``models.metadata``, so the re-created indexes are exactly the migrated ones (an index whose
  stored SQL differs from the models is left alone). Done inside the load's transaction,
  a rollback brings the dropped indexes back.
- ``load_settings`` / ``checkpoint``: pragmas for the duration of a load on one connection,
  restored afterwards; the WAL copied into the database file once at the end.

SQLite only: callers check ``engine.dialect.name``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Index, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

from .models import metadata

_DIALECT = sqlite.dialect()

# Python's sqlite3 binds int, float and str directly but sends None and bytes through its adapter
# lookup (a tuple, a dict miss and two failed attribute lookups): measured 0.5 us per None and
# 0.75 us per bytes value, five times an int, which adds up to seconds over millions of rows.
# Bulk rows therefore carry BLOBs as bytearray (bound directly, stored the same) and NULL as this
# float, which no bulk-loaded column ever holds; the statements below turn it back into NULL.
NULL = 0.5


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


@dataclass(frozen=True)
class InsertPlan:
    """INSERT INTO ``table``: tuples hold ``columns`` in order; ``fixed`` columns get the same
    stored value on every row; ``same_as`` maps a column to the column whose value it repeats."""

    table: str
    columns: tuple[str, ...]
    fixed: Mapping[str, Any] = field(default_factory=dict)
    same_as: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.check()

    @property
    def sql_table(self) -> Table:
        return metadata.tables[self.table]

    def check(self) -> None:
        """Every column named exists, none twice, and every NOT NULL column without a server
        default gets a value: a schema change shows up here, not as a half-loaded database."""
        if self.table not in metadata.tables:
            raise ValueError(f"unknown table {self.table}")
        table = self.sql_table
        named = [*self.columns, *self.fixed, *self.same_as]
        unknown = [c for c in named if c not in table.c]
        if unknown:
            raise ValueError(f"{self.table}: unknown columns {unknown}")
        if len(set(named)) != len(named):
            raise ValueError(f"{self.table}: a column is given twice")
        bad_refs = [c for c in self.same_as.values() if c not in self.columns]
        if bad_refs:
            raise ValueError(f"{self.table}: same_as must name tuple columns, not {bad_refs}")
        missing = [
            c.name
            for c in table.columns
            if c.name not in named and not c.nullable and c.server_default is None
        ]
        if missing:
            raise ValueError(f"{self.table}: no value for NOT NULL columns {missing}")

    def value_sql(self, expr: str, column: str) -> str:
        """``expr`` giving ``column``'s value; NULL written as the ``NULL`` marker becomes NULL."""
        return f"NULLIF({expr}, {NULL})" if self.sql_table.c[column].nullable else expr

    @property
    def sql(self) -> str:
        position = {name: i + 1 for i, name in enumerate(self.columns)}
        names: list[str] = []
        values: list[str] = []
        for column in self.sql_table.columns:  # table order: readable, stable statements
            name = column.name
            if name in position:
                values.append(self.value_sql(f"?{position[name]}", name))
            elif name in self.same_as:
                values.append(
                    self.value_sql(f"?{position[self.same_as[name]]}", self.same_as[name])
                )
            elif name in self.fixed:
                values.append(_literal(self.fixed[name]))
            else:
                continue
            names.append(name)
        return f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join(values)})"

    def copy_sql(self, schema: str, source: str | None = None, order_by: str = "") -> str:
        """INSERT INTO ``table`` SELECT from ``schema.source`` (default: the same table name),
        a table whose columns are ``columns`` holding real NULLs (see ``pack_rows``): the copy
        runs in SQLite alone, no Python object per row. ``order_by``: a tuple column to insert
        in its order (appending to an index beats inserting at random places)."""
        exprs: list[str] = []
        names: list[str] = []
        for column in self.sql_table.columns:
            name = column.name
            if name in self.columns:
                exprs.append(name)
            elif name in self.same_as:
                exprs.append(self.same_as[name])
            elif name in self.fixed:
                exprs.append(_literal(self.fixed[name]))
            else:
                continue
            names.append(name)
        order = f" ORDER BY {order_by}" if order_by else ""
        return (
            f"INSERT INTO main.{self.table} ({', '.join(names)}) "
            f"SELECT {', '.join(exprs)} FROM {schema}.{source or self.table}{order}"
        )


def insert_rows(con: sqlite3.Connection, plan: InsertPlan, rows: Iterable[Sequence[Any]]) -> None:
    con.executemany(plan.sql, rows)


def pack_rows(tables: Iterable[tuple[str, InsertPlan, Iterable[Sequence[Any]]]]) -> bytes:
    """An in-memory SQLite database holding, for each (name, plan, rows), a table ``name`` with
    the plan's tuple columns, as the bytes of its image. Built where the rows are made (a worker
    process), so that binding millions of Python values happens there and the writer only
    copies (``InsertPlan.copy_sql``).

    The tables have no declared types: values keep their storage class, and the target table's
    affinity applies on the copy exactly as it would on a direct INSERT. ``NULL`` markers in
    nullable columns are stored as real NULLs.
    """
    con = sqlite3.connect(":memory:", isolation_level=None)
    try:
        con.execute("PRAGMA page_size = 16384")  # fewer, larger pages: less to walk and copy
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("BEGIN")
        tables = list(tables)
        # Tables first: the same root pages in every image, whatever the number of rows.
        for name, plan, _ in tables:
            con.execute(f"CREATE TABLE {name} ({', '.join(plan.columns)})")
        for name, plan, rows in tables:
            values = ", ".join(plan.value_sql("?", column) for column in plan.columns)
            con.executemany(f"INSERT INTO {name} VALUES ({values})", rows)
        con.execute("COMMIT")
        return con.serialize()
    finally:
        con.close()


def can_pack() -> bool:
    """serialize/deserialize exist when Python's SQLite was built with them (the default)."""
    return hasattr(sqlite3.Connection, "serialize") and hasattr(sqlite3.Connection, "deserialize")


def load_packed(con: sqlite3.Connection, schema: str, image: bytes) -> None:
    """Replace the attached in-memory database ``schema`` with a ``pack_rows`` image. Works
    inside a transaction (unlike ATTACH/DETACH): attach ``:memory:`` once before BEGIN.

    Statements reading ``schema`` must be prepared after each load (see ``fresh``): images have
    the same schema cookie, so SQLite would not notice that a cached statement's table pages
    belong to the previous image.
    """
    con.deserialize(image, name=schema)


def fresh(sql: str, generation: int) -> str:
    """``sql`` made unique per loaded image, so sqlite3's statement cache never reuses it."""
    return f"{sql} /* image {generation} */"


def secondary_indexes(tables: Iterable[str]) -> list[Index]:
    """The non-unique indexes the models declare on ``tables`` (primary keys and unique
    constraints are not included: they guard data and cannot be dropped)."""
    found: list[Index] = []
    for name in tables:
        table = metadata.tables[name]
        found.extend(sorted((i for i in table.indexes if not i.unique), key=lambda i: i.name or ""))
    return found


def index_sql(index: Index) -> str:
    """The CREATE INDEX statement as the migration wrote it (SQLite keeps it in sqlite_master)."""
    return str(CreateIndex(index).compile(dialect=_DIALECT))


def drop_indexes(con: sqlite3.Connection, indexes: Iterable[Index]) -> list[Index]:
    """Drop those of ``indexes`` that exist exactly as the models define them; return them."""
    stored = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    dropped: list[Index] = []
    for index in indexes:
        if stored.get(index.name) == index_sql(index):
            con.execute(f'DROP INDEX "{index.name}"')
            dropped.append(index)
    return dropped


def create_indexes(con: sqlite3.Connection, indexes: Iterable[Index]) -> None:
    for index in indexes:
        con.execute(index_sql(index))


def use_page_size(con: sqlite3.Connection, page_size: int, *, max_bytes: int = 64 << 20) -> bool:
    """Rebuild a small database with ``page_size`` pages before a bulk load; returns whether it
    has that page size now.

    Large loads are much faster with 16 KiB pages than with SQLite's default 4 KiB: a quarter of
    the B-tree pages to split and walk, and a quarter of the system calls when the WAL is
    checkpointed (measured: a million demo customers 131 s -> 106 s). The page size of a WAL
    database can only change through VACUUM in rollback-journal mode, so this switches the
    journal, vacuums (milliseconds: only for a database under ``max_bytes``) and switches back.
    It does nothing, and returns False, when another connection has the database open (the
    journal cannot change then), or the database is larger.
    """
    if con.in_transaction:
        raise RuntimeError("use_page_size needs a connection outside a transaction")
    if con.execute("PRAGMA page_size").fetchone()[0] == page_size:
        return True
    size = (
        con.execute("PRAGMA page_count").fetchone()[0]
        * con.execute("PRAGMA page_size").fetchone()[0]
    )
    if size > max_bytes:
        return False
    journal = str(con.execute("PRAGMA journal_mode").fetchone()[0])
    timeout = int(con.execute("PRAGMA busy_timeout").fetchone()[0])
    con.execute("PRAGMA busy_timeout = 0")  # another connection open: give up at once
    switched = False
    try:
        if journal == "wal":
            switched = con.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
            if not switched:
                return False
        con.execute(f"PRAGMA page_size = {page_size}")
        con.execute("VACUUM")
    except sqlite3.OperationalError:
        pass
    finally:
        con.execute(f"PRAGMA busy_timeout = {timeout}")
        if switched:
            con.execute(f"PRAGMA journal_mode = {journal}")
    return bool(con.execute("PRAGMA page_size").fetchone()[0] == page_size)


@contextmanager
def load_settings(con: sqlite3.Connection, *, cache_mib: int = 256) -> Iterator[None]:
    """Settings for one bulk load on ``con``, outside any transaction; restored afterwards so the
    connection goes back to its pool as the engine configured it.

    - synchronous=OFF: nothing is synced until the end; a power cut during the load loses the
      load (the WAL keeps the database consistent).
    - foreign_keys=OFF: the loader writes parents first itself; a check per row is a lookup.
    - a larger page cache, and sorter threads for ORDER BY and index builds.
    - no automatic checkpoint: it would run inside the COMMIT with synchronous=OFF, and leave
      the database unsynced after the WAL is reset. Call ``checkpoint`` afterwards.

    The journal stays WAL. A rollback journal would avoid writing every page twice (WAL, then
    checkpoint: measured 97 s instead of 119 s for a million demo customers), but after a crash
    its hot journal makes read-only opens fail ("attempt to write a readonly database", which is
    how ``migrate`` inspects a file before touching it), and while it is on, no other connection
    can open the database (the engine's connect hook asks for WAL and times out).
    """
    if con.in_transaction:
        raise RuntimeError("load_settings needs a connection outside a transaction")
    names = ("synchronous", "foreign_keys", "cache_size", "temp_store", "threads",
             "wal_autocheckpoint")  # fmt: skip
    before = {name: con.execute(f"PRAGMA {name}").fetchone()[0] for name in names}
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA wal_autocheckpoint = 0")  # see checkpoint()
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(f"PRAGMA cache_size = {-cache_mib * 1024}")
    con.execute("PRAGMA threads = 2")
    try:
        yield
    finally:
        if con.in_transaction:
            con.execute("ROLLBACK")
        for name in names:
            con.execute(f"PRAGMA {name} = {int(before[name])}")


def checkpoint(con: sqlite3.Connection) -> None:
    """After a bulk load (outside ``load_settings``, the engine's synchronous=FULL back): copy
    the WAL into the database file, sync it once, and empty the WAL, so that the load does not
    stay in a WAL of gigabytes for the next writer's commit to checkpoint. (Measured ~20 s for
    3.6 GB with 4 KiB pages on the benchmark VM: two system calls per page.)"""
    con.execute("PRAGMA main.wal_checkpoint(TRUNCATE)")
