"""survey scores: item codes across versions, what a survey asks beside its items, each
response's index and CSS ratio, and an index for the KPI period queries

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

ASKS = ("asks_nps", "asks_expectation", "asks_loyalty")


def upgrade() -> None:
    with op.batch_alter_table("survey_definitions", schema=None) as batch_op:
        for name in ASKS:
            batch_op.add_column(
                sa.Column(name, sa.Boolean(), server_default=sa.true(), nullable=False)
            )
    with op.batch_alter_table("survey_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("code", sa.String(length=64), server_default="", nullable=False)
        )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("index_score", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("css_ratio", sa.Float(), nullable=True))
        batch_op.drop_index("ix_survey_responses_answered_at")
        batch_op.create_index(
            "ix_survey_responses_answered", ["answered_at", "definition_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_responses_answered")
        batch_op.create_index("ix_survey_responses_answered_at", ["answered_at"], unique=False)
        batch_op.drop_column("css_ratio")
        batch_op.drop_column("index_score")
    with op.batch_alter_table("survey_items", schema=None) as batch_op:
        batch_op.drop_column("code")
    with op.batch_alter_table("survey_definitions", schema=None) as batch_op:
        for name in reversed(ASKS):
            batch_op.drop_column(name)
