"""sync row states: change stamps (hybrid logical clock) of every travelling row

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import cs_desktop.storage.types

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "sync_row_states",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("born", sa.String(length=51), nullable=False),
        sa.Column("clocks", JSON, nullable=False),
        sa.Column("seen", JSON, nullable=False),
        sa.Column("changed", sa.String(length=51), nullable=False),
        sa.Column("swept_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("digest", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_row_states")),
    )
    with op.batch_alter_table("sync_row_states", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_row_states_changed"), ["changed"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_row_states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_row_states_changed"))
    op.drop_table("sync_row_states")
