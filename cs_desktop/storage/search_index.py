"""The customer search index, behind one small interface per dialect (DESIGN.md rule 6).

SQLite: two FTS5 tables over ``customer_search`` (external content, so the text is stored once):
a trigram index for fragments of 3+ characters and a unicode61 index over single characters for
1-2 character Chinese queries (the trigram index cannot match those; shared/TRAPS.md). Rows are
written explicitly, not by triggers, so a bulk load can fill the table and rebuild the index once.

PostgreSQL: a pg_trgm GIN index on ``customer_search.doc`` and ``chars`` serves ILIKE.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    Select,
    and_,
    bindparam,
    delete,
    false,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.sql.elements import ColumnElement

from cs_desktop.domain.search_text import SearchDoc, Term, TermKind

from .models import Customer, CustomerSearch, CustomerSearchKey
from .types import encode_guid

FTS_PREFIX = "fts_"  # virtual tables and their shadow tables; Alembic autogenerate skips them
TRI = "fts_customer_tri"
UNI = "fts_customer_uni"

SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRI} USING fts5(doc, content='customer_search', "
    "content_rowid='doc_id', tokenize='trigram')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {UNI} USING fts5(chars, content='customer_search', "
    "content_rowid='doc_id', tokenize='unicode61')",
)
SQLITE_DROP = (f"DROP TABLE IF EXISTS {TRI}", f"DROP TABLE IF EXISTS {UNI}")
POSTGRES_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_customer_search_doc_trgm ON customer_search "
    "USING gin (doc gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_customer_search_chars_trgm ON customer_search "
    "USING gin (chars gin_trgm_ops)",
)
POSTGRES_DROP = (
    "DROP INDEX IF EXISTS ix_customer_search_chars_trgm",
    "DROP INDEX IF EXISTS ix_customer_search_doc_trgm",
)


def include_in_autogenerate(name: str | None, type_: str) -> bool:
    """Alembic include_name hook: the FTS tables and the trigram indexes are managed here."""
    if name is None:
        return True
    if type_ == "table" and name.startswith(FTS_PREFIX):
        return False
    return not (type_ == "index" and name.endswith("_trgm"))


@dataclass(frozen=True, slots=True)
class IndexedDoc:
    customer_id: uuid.UUID
    doc: SearchDoc


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def write(conn: Connection, docs: Sequence[IndexedDoc]) -> None:
    """Replace the documents of these customers (card saved, merged, imported)."""
    if not docs:
        return
    ids = [d.customer_id for d in docs]
    remove(conn, ids)
    conn.execute(insert(CustomerSearch), [
        {"customer_id": d.customer_id, "doc": d.doc.doc, "chars": d.doc.chars} for d in docs
    ])  # fmt: skip
    keys = [{"key": k, "customer_id": d.customer_id} for d in docs for k in d.doc.keys]
    if keys:
        conn.execute(insert(CustomerSearchKey), keys)
    if _is_sqlite(conn):
        rows = conn.execute(
            select(CustomerSearch.doc_id, CustomerSearch.doc, CustomerSearch.chars).where(
                CustomerSearch.customer_id.in_(ids)
            )
        ).all()
        _fts_insert(conn, rows)


def _fts_insert(conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    rows = list(rows)
    conn.exec_driver_sql(
        f"INSERT INTO {TRI}(rowid, doc) VALUES (?, ?)", [(r[0], r[1]) for r in rows]
    )
    conn.exec_driver_sql(
        f"INSERT INTO {UNI}(rowid, chars) VALUES (?, ?)", [(r[0], r[2]) for r in rows]
    )


def remove(conn: Connection, customer_ids: Sequence[uuid.UUID]) -> None:
    if not customer_ids:
        return
    if _is_sqlite(conn):
        old = conn.execute(
            select(CustomerSearch.doc_id, CustomerSearch.doc, CustomerSearch.chars).where(
                CustomerSearch.customer_id.in_(customer_ids)
            )
        ).all()
        if old:  # external content: the index must be told the old text to forget it
            conn.exec_driver_sql(f"INSERT INTO {TRI}({TRI}, rowid, doc) VALUES ('delete', ?, ?)",
                                 [(r[0], r[1]) for r in old])  # fmt: skip
            conn.exec_driver_sql(f"INSERT INTO {UNI}({UNI}, rowid, chars) VALUES ('delete', ?, ?)",
                                 [(r[0], r[2]) for r in old])  # fmt: skip
    conn.execute(delete(CustomerSearchKey).where(CustomerSearchKey.customer_id.in_(customer_ids)))
    conn.execute(delete(CustomerSearch).where(CustomerSearch.customer_id.in_(customer_ids)))


def append_plain(conn: Connection, docs: Sequence[IndexedDoc]) -> None:
    """Add documents without touching the full-text indexes (call ``rebuild`` afterwards).
    For bulk loads: on SQLite the rows go straight to the driver, already in stored form."""
    if not docs:
        return
    if _is_sqlite(conn):
        conn.exec_driver_sql(
            "INSERT INTO customer_search (customer_id, doc, chars) VALUES (?, ?, ?)",
            [(encode_guid(d.customer_id), d.doc.doc, d.doc.chars) for d in docs],
        )
        conn.exec_driver_sql(
            "INSERT INTO customer_search_keys (key, customer_id) VALUES (?, ?)",
            [(k, encode_guid(d.customer_id)) for d in docs for k in d.doc.keys],
        )
        return
    conn.execute(insert(CustomerSearch), [
        {"customer_id": d.customer_id, "doc": d.doc.doc, "chars": d.doc.chars} for d in docs
    ])  # fmt: skip
    keys = [{"key": k, "customer_id": d.customer_id} for d in docs for k in d.doc.keys]
    if keys:
        conn.execute(insert(CustomerSearchKey), keys)


def clear(conn: Connection) -> None:
    """Empty the index (before a full rebuild)."""
    if _is_sqlite(conn):
        conn.exec_driver_sql(f"INSERT INTO {TRI}({TRI}) VALUES ('delete-all')")
        conn.exec_driver_sql(f"INSERT INTO {UNI}({UNI}) VALUES ('delete-all')")
    conn.execute(delete(CustomerSearchKey))
    conn.execute(delete(CustomerSearch))


def rebuild(conn: Connection) -> None:
    """Rebuild the full-text indexes from ``customer_search`` after a bulk load."""
    if _is_sqlite(conn):
        conn.exec_driver_sql(f"INSERT INTO {TRI}({TRI}) VALUES ('rebuild')")
        conn.exec_driver_sql(f"INSERT INTO {UNI}({UNI}) VALUES ('rebuild')")


def _phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matching_customers(conn_dialect: str, term: Term) -> Select[tuple[uuid.UUID]] | None:
    """A SELECT of the ids of customers matching one term, or None if it can match nothing."""
    if term.kind is TermKind.TOO_SHORT:
        return None
    if term.kind is TermKind.LATIN_PREFIX:
        upper = term.text[:-1] + chr(ord(term.text[-1]) + 1)
        return (
            select(CustomerSearchKey.customer_id)
            .where(CustomerSearchKey.key >= term.text, CustomerSearchKey.key < upper)
            .distinct()
        )
    han_short = term.kind is TermKind.HAN_SHORT
    if conn_dialect == "sqlite":
        table, value = (
            (UNI, _phrase(" ".join(term.text))) if han_short else (TRI, _phrase(term.text))
        )
        fts = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q").bindparams(
            bindparam("q", value, unique=True)
        )
        return select(CustomerSearch.customer_id).where(
            CustomerSearch.doc_id.in_(fts.columns(literal_column("rowid")))
        )
    column = CustomerSearch.chars if han_short else CustomerSearch.doc
    pattern = " ".join(term.text) if han_short else term.text
    return select(CustomerSearch.customer_id).where(
        column.ilike(f"%{_like_escape(pattern)}%", escape="\\")
    )


def search_condition(conn_dialect: str, terms: Sequence[Term]) -> ColumnElement[bool] | None:
    """A WHERE clause on ``customers`` that all terms match; None for no search at all.
    A query whose terms cannot match anything yields a clause that is always false."""
    if not terms:
        return None
    clauses = []
    for term in terms:
        sub = matching_customers(conn_dialect, term)
        if sub is None:
            return false()  # "12": nothing yet; the UI says why
        clauses.append(Customer.id.in_(sub))
    return and_(*clauses)
