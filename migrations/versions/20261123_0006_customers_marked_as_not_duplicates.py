"""customers marked as not duplicates

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 22:49:09.575586
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cs_desktop.storage.types

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "customer_distinct_pairs",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("first_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("second_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "decided_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["first_id"],
            ["customers.id"],
            name=op.f("fk_customer_distinct_pairs_first_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["second_id"],
            ["customers.id"],
            name=op.f("fk_customer_distinct_pairs_second_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_customer_distinct_pairs_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_distinct_pairs")),
    )
    with op.batch_alter_table("customer_distinct_pairs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_distinct_pairs_pair", ["first_id", "second_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_distinct_pairs_second_id"), ["second_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_distinct_pairs_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("customer_distinct_pairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_distinct_pairs_updated_at"))
        batch_op.drop_index(batch_op.f("ix_customer_distinct_pairs_second_id"))
        batch_op.drop_index("ix_customer_distinct_pairs_pair")

    op.drop_table("customer_distinct_pairs")
