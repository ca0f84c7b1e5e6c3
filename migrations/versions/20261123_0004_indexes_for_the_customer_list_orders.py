"""indexes for the customer list orders

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 20:55:05.113316
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer_stats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_stats_last_visit_at"))
        batch_op.drop_index(batch_op.f("ix_customer_stats_value_cents"))
        batch_op.create_index(
            "ix_customer_stats_last_visit", ["last_visit_at", "customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_customer_stats_value", ["value_cents", "customer_id"], unique=False
        )

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customers_live_name",
            ["name_pinyin", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
        )
        batch_op.create_index(
            "ix_customers_live_tier",
            ["tier", "name_pinyin", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
        )

    # From now on exactly the live cards have a stats row (the value and last-visit orders
    # walk customer_stats alone); cards saved before this revision may have none, and deleted
    # or merged cards may still have one.
    op.execute(
        "DELETE FROM customer_stats WHERE customer_id IN (SELECT id FROM customers "
        "WHERE deleted_at IS NOT NULL OR merged_into_id IS NOT NULL)"
    )
    op.execute(
        "INSERT INTO customer_stats (customer_id, visit_count, value_cents, balance_cents, "
        "open_complaints) SELECT id, 0, 0, 0, 0 FROM customers WHERE deleted_at IS NULL "
        "AND merged_into_id IS NULL AND id NOT IN (SELECT customer_id FROM customer_stats)"
    )


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_customers_live_tier",
            sqlite_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
        )
        batch_op.drop_index(
            "ix_customers_live_name",
            sqlite_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND merged_into_id IS NULL"),
        )

    with op.batch_alter_table("customer_stats", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_stats_value")
        batch_op.drop_index("ix_customer_stats_last_visit")
        batch_op.create_index(
            batch_op.f("ix_customer_stats_value_cents"), ["value_cents"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_stats_last_visit_at"), ["last_visit_at"], unique=False
        )
