"""customer search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:09:46.032255
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cs_desktop.storage.types

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "customer_search",
        sa.Column("doc_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.Column("chars", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_customer_search")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_customer_search_customer_id")),
    )
    op.create_table(
        "customer_search_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_keys_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "customer_id", name=op.f("pk_customer_search_keys")),
    )
    with op.batch_alter_table("customer_search_keys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_search_keys_customer_id"), ["customer_id"], unique=False
        )

    # The full-text indexes over customer_search (see cs_desktop/storage/search_index.py). The
    # statements are written out here, not imported, so this revision never changes later.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE fts_customer_tri USING fts5(doc, content='customer_search', "
            "content_rowid='doc_id', tokenize='trigram')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE fts_customer_uni USING fts5(chars, content='customer_search', "
            "content_rowid='doc_id', tokenize='unicode61')"
        )
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_customer_search_doc_trgm ON customer_search "
            "USING gin (doc gin_trgm_ops)"
        )
        op.execute(
            "CREATE INDEX ix_customer_search_chars_trgm ON customer_search "
            "USING gin (chars gin_trgm_ops)"
        )
    # Customers already in the database are indexed by the app on start (it rebuilds a search
    # index that is missing documents), not here: the pinyin keys are computed in Python.


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS fts_customer_uni")
        op.execute("DROP TABLE IF EXISTS fts_customer_tri")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customer_search_chars_trgm")
        op.execute("DROP INDEX IF EXISTS ix_customer_search_doc_trgm")
    with op.batch_alter_table("customer_search_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_search_keys_customer_id"))

    op.drop_table("customer_search_keys")
    op.drop_table("customer_search")
