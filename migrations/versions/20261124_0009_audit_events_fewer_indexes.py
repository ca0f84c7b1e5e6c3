"""audit trail: only the customer index (each index costs every audited change a page write)

The date range is found by bisecting ``seq`` (entry times never go backwards in the chain), so
the ``at`` index is not needed; staff and action filters scan newest first.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DROPPED = {"ix_audit_events_action": "action", "ix_audit_events_at": "at",
            "ix_audit_events_staff_id": "staff_id"}  # fmt: skip


def upgrade() -> None:
    for name in _DROPPED:
        op.drop_index(name, table_name="audit_events")


def downgrade() -> None:
    for name, column in _DROPPED.items():
        op.create_index(name, "audit_events", [column], unique=False)
