"""customer merges

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 20:43:44.335605
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import cs_desktop.storage.types

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "customer_merges",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("kept_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("merged_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("merged_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "moved",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "set_aside",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "fields",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("undone_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["customers.id"], name=op.f("fk_customer_merges_kept_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["customers.id"], name=op.f("fk_customer_merges_merged_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_customer_merges_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_merges")),
    )
    with op.batch_alter_table("customer_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_merges_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customer_merges_merged_id"), ["merged_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_merges_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("customer_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_merges_updated_at"))
        batch_op.drop_index(batch_op.f("ix_customer_merges_merged_id"))
        batch_op.drop_index(batch_op.f("ix_customer_merges_kept_id"))

    op.drop_table("customer_merges")
