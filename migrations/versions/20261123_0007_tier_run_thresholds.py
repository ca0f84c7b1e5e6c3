"""tier run thresholds, covering index for per-customer transaction sums

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 22:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tier_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "thresholds",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )
    with op.batch_alter_table("transactions", schema=None) as batch_op:
        batch_op.drop_index("ix_transactions_customer_occurred")
        batch_op.create_index(
            "ix_transactions_customer_occurred",
            ["customer_id", "occurred_at", "kind", "amount_cents", "deleted_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("transactions", schema=None) as batch_op:
        batch_op.drop_index("ix_transactions_customer_occurred")
        batch_op.create_index(
            "ix_transactions_customer_occurred", ["customer_id", "occurred_at"], unique=False
        )
    with op.batch_alter_table("tier_runs", schema=None) as batch_op:
        batch_op.drop_column("thresholds")
