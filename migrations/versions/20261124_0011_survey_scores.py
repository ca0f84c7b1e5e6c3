"""survey scores: item codes, each response's index and CSS ratio

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("survey_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=64), server_default="",
                                      nullable=False))  # fmt: skip
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("index_score", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("css_ratio", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_column("css_ratio")
        batch_op.drop_column("index_score")
    with op.batch_alter_table("survey_items", schema=None) as batch_op:
        batch_op.drop_column("code")
