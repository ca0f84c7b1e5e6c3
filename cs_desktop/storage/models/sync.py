"""The sync state of every travelling row: its change stamps (hybrid logical clock)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

STAMP = String(51)


class SyncRowState(Base):
    """One row per synced row (keyed by table and id), kept beside the data so the synced tables
    themselves stay as they are and set-based writers need not know about sync.

    - ``born``: the stamp of the row's creation; every field has it until changed.
    - ``clocks``: ``{field: stamp}`` for fields changed since (sparse: most rows have none).
    - ``seen``: ``{site hex: stamp}``, the newest change from each site merged into the row.
    - ``changed``: the local stamp of the last local change *or import* of the row, so an
      export to a site finds what changed here since the last export to it (relays included).
    - ``swept_at``/``digest``: the row's ``updated_at`` and a hash of its synced values when the
      stamps were last brought up to date; a row written outside the ORM (bulk updates) has a
      newer ``updated_at``, and the export stamps it if its values really changed.
    """

    __tablename__ = "sync_row_states"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    born: Mapped[str] = mapped_column(STAMP)
    clocks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seen: Mapped[dict[str, Any]] = mapped_column(default=dict)
    changed: Mapped[str] = mapped_column(STAMP, index=True)
    swept_at: Mapped[dt.datetime | None] = mapped_column()
    digest: Mapped[str | None] = mapped_column(String(16))
