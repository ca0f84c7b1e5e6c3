"""The customer search index (derived, local, rebuilt at will; never synced).

``customer_search`` holds one document per customer: the text every fragment search runs over
(name, pinyin spellings and initials, phone digits, ID number, address, organisation code), and
the name and address as spaced single characters for one- and two-character Chinese queries.
On SQLite, FTS5 tables index these columns (storage/search_sqlite.py); on PostgreSQL a pg_trgm
index does. ``customer_search_keys`` holds every pinyin spelling and initials string so that a
one- or two-letter query ("zs") is a B-tree range scan.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, PrimaryKeyConstraint, String, Text
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


class CustomerSearchKey(Base):
    __tablename__ = "customer_search_keys"

    key: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (PrimaryKeyConstraint("key", "customer_id"),)
