"""The customer search index (derived, local, rebuilt at will; never synced).

``customer_search`` holds one document per customer: the text every fragment search runs over
(name, pinyin spellings and initials, phone digits, ID number, address, organisation code), and
the name and address as spaced single characters for one- and two-character Chinese queries.
On SQLite, FTS5 tables index these columns (storage/search_sqlite.py); on PostgreSQL a pg_trgm
index does. The document starts with the name part; ``primary_end`` and ``name_end`` mark where
the primary name keys and the whole name part end, so SQL can rank a hit (domain Rank).

``customer_search_keys`` answers the short queries that match many customers ("陈", "zs"): one
row per key of a customer (the first one and two letters of every pinyin spelling and initials
string, every Chinese character and pair of adjacent characters of the name) with its rank. Its
primary key orders the rows of one key as the list shows them (live cards first, best rank,
then pinyin order), so the first page is an index range read and the count an index count.
"""

from __future__ import annotations

import uuid

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CustomerSearch(Base):
    __tablename__ = "customer_search"

    # Integer key: FTS5 external-content tables address their rows by an integer rowid.
    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), unique=True
    )
    doc: Mapped[str] = mapped_column(Text, default="")
    chars: Mapped[str] = mapped_column(Text, default="")
    primary_end: Mapped[int] = mapped_column(Integer, default=0)
    name_end: Mapped[int] = mapped_column(Integer, default=0)
    live: Mapped[bool] = mapped_column(Boolean, default=True)  # the card is not deleted
    sort: Mapped[str] = mapped_column(String(400), default="")  # the card's name_pinyin

    # The few documents of deleted cards, so a count can leave them out without reading the rest.
    __table_args__ = (
        Index("ix_customer_search_gone", "doc_id", sqlite_where=text("NOT live"),
              postgresql_where=text("NOT live")),
    )  # fmt: skip


class CustomerSearchKey(Base):
    __tablename__ = "customer_search_keys"

    key: Mapped[str] = mapped_column(String(64))
    live: Mapped[bool] = mapped_column(Boolean)  # as in customer_search
    rank: Mapped[int] = mapped_column(SmallInteger)  # domain.search_text.Rank
    sort: Mapped[str] = mapped_column(String(400))  # as in customer_search
    doc_id: Mapped[int] = mapped_column(Integer)  # customer_search.doc_id

    # No foreign key and no index on doc_id (it would double the table's size): the keys of a
    # document follow from its stored text (domain.search_text.doc_keys), so search_index
    # deletes them by primary key along with the document.
    __table_args__ = (
        PrimaryKeyConstraint("key", "live", "rank", "sort", "doc_id"),
        {"sqlite_with_rowid": False},
    )
