"""Column types that behave the same on SQLite and PostgreSQL.

- GUID: 16-byte BLOB on SQLite (half the size of the 32-char text SQLAlchemy's Uuid uses there,
  which matters with millions of foreign keys), native UUID on PostgreSQL.
- UTCDateTime: always timezone-aware UTC in Python; stored as naive UTC text on SQLite, timestamptz
  on PostgreSQL, so ordering by the column is chronological on both.

The module-level ``encode_*`` functions give the exact stored form so bulk loaders that bypass the
ORM (demo data, sync import) write what the ORM would have written.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import LargeBinary, Uuid
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator, TypeEngine

UTC = dt.UTC
SQLITE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


class GUID(TypeDecorator[uuid.UUID]):
    impl = LargeBinary(16)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.UUID(as_uuid=True))
        return dialect.type_descriptor(LargeBinary(16))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, uuid.UUID):
            value = uuid.UUID(str(value))
        return value if dialect.name == "postgresql" else value.bytes

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        if value is None:
            return None
        if isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(bytes=bytes(value))

    def compare_against_backend(self, dialect: Dialect, conn_type: Any) -> bool | None:
        # Alembic autogenerate: a BLOB column on SQLite / UUID column on PostgreSQL is this type.
        return isinstance(conn_type, (LargeBinary, Uuid, postgresql.UUID)) or None


class UTCDateTime(TypeDecorator[dt.datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError("UTCDateTime needs a datetime")
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a timezone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def encode_guid(value: uuid.UUID) -> bytes:
    """The SQLite stored form of a GUID."""
    return value.bytes


def encode_utc(value: dt.datetime) -> str:
    """The SQLite stored form of a UTCDateTime (same text SQLAlchemy's DateTime writes)."""
    return value.astimezone(UTC).strftime(SQLITE_DATETIME_FORMAT)


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)
