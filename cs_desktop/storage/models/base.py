"""Declarative base, naming convention and the columns every synced table carries."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Integer, MetaData
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from cs_desktop.domain.ids import new_id

from ..types import GUID, UTCDateTime, utcnow

# Stable constraint names: Alembic batch mode on SQLite can only drop or alter named constraints.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSONB on PostgreSQL (indexable, compact), JSON text on SQLite.
JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: GUID(),
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
        list[Any]: JSONType,
    }


class Synced:
    """Columns of every table that travels between sites (DESIGN.md rule 6).

    - ``id``: UUIDv7, so rows created offline at different sites never collide.
    - ``origin_site_id``: the site where the row was created (filled from the session's site).
    - ``created_at``/``updated_at``: UTC; ``updated_at`` drives "changed since last export".
    - ``row_version``: incremented by SQLAlchemy on every UPDATE and checked in its WHERE clause,
      so two counters editing the same card on a shared database cannot silently overwrite.
    - ``deleted_at``: soft-delete tombstone; deletions travel and can be restored.
    """

    __synced__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id, sort_order=-2)
    origin_site_id: Mapped[uuid.UUID] = mapped_column(nullable=False, sort_order=-1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, nullable=False, sort_order=90)
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, nullable=False, index=True, sort_order=91
    )
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, sort_order=92)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None, sort_order=93)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr receives the class
        return {"version_id_col": cls.row_version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def synced_tables() -> list[str]:
    """Names of tables whose rows carry the Synced columns (the sync issue exports these)."""
    return sorted(
        m.local_table.name  # type: ignore[union-attr, attr-defined]
        for m in Base.registry.mappers
        if getattr(m.class_, "__synced__", False)
    )
