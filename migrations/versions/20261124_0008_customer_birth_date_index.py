"""index on customers.birth_date for birthday follow-ups; the due list's indexes end in id

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_birth_date", ["birth_date"], unique=False)
    _followup_indexes(["id"])


def _followup_indexes(tail: list[str]) -> None:
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index("ix_followups_status_due")
        batch_op.drop_index("ix_followups_staff_status_due")
        batch_op.create_index("ix_followups_status_due", ["status", "due_date", *tail])
        batch_op.create_index(
            "ix_followups_staff_status_due", ["assigned_staff_id", "status", "due_date", *tail]
        )


def downgrade() -> None:
    _followup_indexes([])
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_birth_date")
