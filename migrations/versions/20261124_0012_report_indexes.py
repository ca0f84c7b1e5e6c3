"""report indexes: covering indexes for the KPI figures per period

The time indexes of visits, complaints and survey answers become the first column of covering
ones (a prefix serves every old use); follow-ups gain one by due day.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = {
    "visits": [("ix_visits_occurred", ["occurred_at", "deleted_at", "staff_id"])],
    "complaints": [
        ("ix_complaints_received", ["received_at", "deleted_at", "owner_staff_id", "category",
                                    "first_response_at"]),
        ("ix_complaints_resolved", ["resolved_at", "deleted_at", "owner_staff_id", "category",
                                    "received_at", "resolved_first_contact"]),
    ],
    "followups": [("ix_followups_due", ["due_date", "deleted_at", "status",
                                        "assigned_staff_id"])],
    "survey_responses": [("ix_survey_responses_answered", ["answered_at", "deleted_at",
                                                           "staff_id", "index_score",
                                                           "css_ratio", "nps"])],
}  # fmt: skip
_OLD = {
    "visits": ("ix_visits_occurred_at", ["occurred_at"]),
    "complaints": ("ix_complaints_received_at", ["received_at"]),
    "survey_responses": ("ix_survey_responses_answered", ["answered_at", "definition_id"]),
}


def upgrade() -> None:
    for table, (name, _columns) in _OLD.items():
        op.drop_index(name, table_name=table)
    for table, indexes in _NEW.items():
        for name, columns in indexes:
            op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, indexes in _NEW.items():
        for name, _columns in indexes:
            op.drop_index(name, table_name=table)
    for table, (name, columns) in _OLD.items():
        op.create_index(name, table, columns, unique=False)
