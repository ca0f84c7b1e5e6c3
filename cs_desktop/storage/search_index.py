"""The customer search index, behind one small interface per dialect (DESIGN.md rule 6).

SQLite: two FTS5 tables over ``customer_search`` (external content, so the text is stored once):
a trigram index for fragments of 3+ characters and a unicode61 index over single characters for
1-2 character Chinese queries (the trigram index cannot match those; shared/TRAPS.md). Rows are
written explicitly, not by triggers, so a bulk load can fill the table and rebuild the index once.

PostgreSQL: a pg_trgm GIN index on ``customer_search.doc`` and ``chars`` serves ILIKE.

``customer_search_keys`` (plain tables, both dialects) answers the one-term short queries that
find many customers, best-first, straight from its primary key (see models/search.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    delete,
    false,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
)
from sqlalchemy.sql.elements import ColumnElement

from cs_desktop.domain.search_text import (
    FIELD_SEPARATOR,
    Rank,
    SearchDoc,
    Term,
    TermKind,
    doc_keys,
)

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
    live: bool = True  # False for a deleted card (still found when deleted cards are shown)
    sort: str | None = None  # the card's name_pinyin; the document's primary spelling if None

    @property
    def sort_key(self) -> str:
        return self.doc.sort_key if self.sort is None else self.sort

    def key_rows(self, doc_id: int) -> list[tuple[str, bool, int, str, int]]:
        return [(k, self.live, int(r), self.sort_key, doc_id) for k, r in self.doc.keys]


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _doc_row(d: IndexedDoc) -> dict[str, object]:
    return {"customer_id": d.customer_id, "doc": d.doc.doc, "chars": d.doc.chars,
            "primary_end": d.doc.primary_end, "name_end": d.doc.name_end, "live": d.live,
            "sort": d.sort_key}  # fmt: skip


def _key_dicts(rows: Iterable[tuple[str, bool, int, str, int]]) -> list[dict[str, object]]:
    return [{"key": k, "live": live, "rank": r, "sort": srt, "doc_id": i}
            for k, live, r, srt, i in rows]  # fmt: skip


def write(conn: Connection, docs: Sequence[IndexedDoc]) -> None:
    """Replace the documents of these customers (card saved, merged, imported)."""
    if not docs:
        return
    ids = [d.customer_id for d in docs]
    remove(conn, ids)
    conn.execute(insert(CustomerSearch), [_doc_row(d) for d in docs])
    rows = conn.execute(
        select(CustomerSearch.doc_id, CustomerSearch.customer_id, CustomerSearch.doc,
               CustomerSearch.chars).where(CustomerSearch.customer_id.in_(ids))
    ).all()  # fmt: skip
    by_customer = {d.customer_id: d for d in docs}
    keys = [k for r in rows for k in by_customer[r[1]].key_rows(r[0])]
    if keys:
        conn.execute(insert(CustomerSearchKey), _key_dicts(keys))
    if _is_sqlite(conn):
        _fts_insert(conn, [(r[0], r[2], r[3]) for r in rows])


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
    s = CustomerSearch
    old = conn.execute(
        select(s.doc_id, s.doc, s.chars, s.primary_end, s.name_end, s.live, s.sort).where(
            s.customer_id.in_(customer_ids)
        )
    ).all()
    if not old:
        return
    if _is_sqlite(conn):  # external content: the index must be told the old text to forget it
        conn.exec_driver_sql(f"INSERT INTO {TRI}({TRI}, rowid, doc) VALUES ('delete', ?, ?)",
                             [(r[0], r[1]) for r in old])  # fmt: skip
        conn.exec_driver_sql(f"INSERT INTO {UNI}({UNI}, rowid, chars) VALUES ('delete', ?, ?)",
                             [(r[0], r[2]) for r in old])  # fmt: skip
    keys = [(k, r.live, int(rank), r.sort, r.doc_id)
            for r in old for k, rank in doc_keys(r.doc, r.primary_end, r.name_end)]  # fmt: skip
    if keys:
        k = CustomerSearchKey
        conn.execute(
            delete(k).where(k.key == bindparam("k_key"), k.live == bindparam("k_live"),
                            k.rank == bindparam("k_rank"), k.sort == bindparam("k_sort"),
                            k.doc_id == bindparam("k_doc")),
            [{"k_key": a, "k_live": b, "k_rank": c, "k_sort": d, "k_doc": e}
             for a, b, c, d, e in keys],
        )  # fmt: skip
    conn.execute(delete(s).where(s.doc_id.in_([r.doc_id for r in old])))


def append_plain(conn: Connection, docs: Sequence[IndexedDoc], first_doc_id: int) -> int:
    """Add documents numbered from ``first_doc_id`` without touching the full-text indexes
    (call ``rebuild`` afterwards); returns the next free number. For bulk loads into an empty
    index: on SQLite the rows go straight to the driver, already in stored form."""
    if not docs:
        return first_doc_id
    numbered = list(enumerate(docs, start=first_doc_id))
    keys = [k for i, d in numbered for k in d.key_rows(i)]
    if _is_sqlite(conn):
        conn.exec_driver_sql(
            "INSERT INTO customer_search (doc_id, customer_id, doc, chars, primary_end, name_end,"
            " live, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, encode_guid(d.customer_id), d.doc.doc, d.doc.chars, d.doc.primary_end,
              d.doc.name_end, d.live, d.sort_key) for i, d in numbered],
        )  # fmt: skip
        conn.exec_driver_sql(
            "INSERT INTO customer_search_keys (key, live, rank, sort, doc_id) VALUES (?, ?, ?, ?, ?)",
            keys,
        )
    else:
        conn.execute(insert(CustomerSearch), [{"doc_id": i, **_doc_row(d)} for i, d in numbered])
        if keys:
            conn.execute(insert(CustomerSearchKey), _key_dicts(keys))
    return first_doc_id + len(docs)


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
    elif conn.dialect.name == "postgresql":  # append_plain numbered the rows itself
        conn.exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('customer_search', 'doc_id'), "
            "COALESCE((SELECT max(doc_id) FROM customer_search), 0) + 1, false)"
        )


def _phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matching_customers(conn_dialect: str, term: Term) -> Select[Any] | None:
    """A SELECT of the ids of customers matching one term, or None if it can match nothing."""
    if term.kind is TermKind.TOO_SHORT:
        return None
    if term.kind is TermKind.LATIN_PREFIX:
        return select(CustomerSearch.customer_id).where(
            CustomerSearch.doc_id.in_(
                select(CustomerSearchKey.doc_id).where(CustomerSearchKey.key == term.text)
            )
        )
    if term.kind is TermKind.HAN_SHORT:
        return select(CustomerSearch.customer_id).where(han_short_docs(conn_dialect, term))
    if conn_dialect == "sqlite":
        return select(CustomerSearch.customer_id).where(
            CustomerSearch.doc_id.in_(_fts_rowids(TRI, _phrase(term.text)))
        )
    return select(CustomerSearch.customer_id).where(
        CustomerSearch.doc.ilike(f"%{_like_escape(term.text)}%", escape="\\")
    )


def _fts_rowids(table: str, value: str):  # type: ignore[no-untyped-def]
    fts = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :q").bindparams(
        bindparam("q", value, unique=True)
    )
    return fts.columns(literal_column("rowid"))


def han_short_docs(conn_dialect: str, term: Term) -> ColumnElement[bool]:
    """True for a ``customer_search`` row whose name or address holds these 1-2 Chinese
    characters side by side."""
    spaced = " ".join(term.text)
    if conn_dialect == "sqlite":
        return CustomerSearch.doc_id.in_(_fts_rowids(UNI, _phrase(spaced)))
    return CustomerSearch.chars.ilike(f"%{_like_escape(spaced)}%", escape="\\")


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


# --- relevance ----------------------------------------------------------------------------------


def _term_rank(term: Term) -> ColumnElement[int]:
    """SQL for domain.search_text.rank_of over the hit's ``customer_search`` row."""
    sep = literal(FIELD_SEPARATOR)
    primary = func.substr(CustomerSearch.doc, 1, CustomerSearch.primary_end)
    name = func.substr(CustomerSearch.doc, 1, CustomerSearch.name_end)
    q = term.text
    return case(
        ((sep + primary + sep).contains(FIELD_SEPARATOR + q + FIELD_SEPARATOR, autoescape=True),
         int(Rank.EXACT)),
        ((sep + primary).contains(FIELD_SEPARATOR + q, autoescape=True), int(Rank.PREFIX)),
        (name.contains(q, autoescape=True), int(Rank.NAME)),
        else_=int(Rank.OTHER),
    )  # fmt: skip


def relevance(terms: Sequence[Term]) -> ColumnElement[int] | None:
    """The rank of a hit for a whole query (the sum over its terms), as SQL over
    ``customer_search``; None when it is the same for every hit (phone and ID digits only)."""
    ranked = [_term_rank(t) for t in terms if t.kind is not TermKind.DIGITS]
    if not ranked:
        return None
    total = ranked[0]
    for r in ranked[1:]:
        total = total + r
    return cast(total, Integer)


def short_key(terms: Sequence[Term]) -> str | None:
    """The key a one-term query is answered from, best-first (see ``keyed_hits``), or None."""
    if len(terms) == 1 and terms[0].kind in (TermKind.HAN_SHORT, TermKind.LATIN_PREFIX):
        return terms[0].text
    return None


def keyed_hits(key: str) -> Select[Any]:
    """The live cards whose name matches a short key, best-first: an index range read."""
    k = CustomerSearchKey
    return select(k.doc_id).where(k.key == key, k.live.is_(True)).order_by(k.rank, k.sort, k.doc_id)


def keyed_count(key: str) -> Select[Any]:
    k = CustomerSearchKey
    return select(func.count()).select_from(k).where(k.key == key, k.live.is_(True))


def name_has(term: Term) -> ColumnElement[bool]:
    """True for a ``customer_search`` row whose name holds these Chinese characters (its hit
    is among ``keyed_hits``): only the name field of the primary part can hold Chinese."""
    return func.substr(CustomerSearch.doc, 1, CustomerSearch.primary_end).contains(
        term.text, autoescape=True
    )


def unkeyed_count(conn: Connection, term: Term) -> int | None:
    """How many live cards a 1-2 character Chinese term finds outside their name (SQLite; None
    elsewhere), counted without reading a document: every name hit is also a hit of the
    single-character index, so it is that index's count, less the name hits (the term's keys),
    less the address-only hits of deleted cards (found through their small partial index)."""
    if not _is_sqlite(conn) or term.kind is not TermKind.HAN_SHORT:
        return None
    value = _phrase(" ".join(term.text))
    hits = conn.exec_driver_sql(f"SELECT count(*) FROM {UNI} WHERE {UNI} MATCH ?", (value,))
    k = CustomerSearchKey
    named = conn.scalar(select(func.count()).select_from(k).where(k.key == term.text))
    # written as the partial index's predicate, so SQLite uses the index
    gone = [r[0] for r in conn.execute(select(CustomerSearch.doc_id).where(text("NOT live")))]
    dead = 0
    if gone:
        dead = int(conn.scalar(
            select(func.count()).select_from(CustomerSearch).where(
                CustomerSearch.doc_id.in_(gone), han_short_docs("sqlite", term), ~name_has(term)))
            or 0)  # fmt: skip
    return int(hits.scalar_one()) - int(named or 0) - dead
