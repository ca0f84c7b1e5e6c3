"""ranked search keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 23:00:00.000000

The search documents gain the lengths of their name part (relevance order) and the short-query
keys become ranked rows in list order (live, rank, pinyin) addressed by document; the documents
record whether the card is live and its pinyin order too. The index is
derived data: the tables are recreated empty and the app, finding the index incomplete, rebuilds
it on start (cs_desktop/app.py ensure_search_index).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cs_desktop.storage.types

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported from cs_desktop/storage/search_index.py, so this revision never changes.
_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE fts_customer_tri USING fts5(doc, content='customer_search', "
    "content_rowid='doc_id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE fts_customer_uni USING fts5(chars, content='customer_search', "
    "content_rowid='doc_id', tokenize='unicode61')",
)
_POSTGRES_TRGM = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_customer_search_doc_trgm ON customer_search USING gin (doc gin_trgm_ops)",
    "CREATE INDEX ix_customer_search_chars_trgm ON customer_search USING gin (chars gin_trgm_ops)",
)


def _drop_all() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS fts_customer_uni")
        op.execute("DROP TABLE IF EXISTS fts_customer_tri")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customer_search_chars_trgm")
        op.execute("DROP INDEX IF EXISTS ix_customer_search_doc_trgm")
    op.drop_table("customer_search_keys")
    op.drop_table("customer_search")


def _create_search(extra: Sequence[sa.Column]) -> None:  # type: ignore[type-arg]
    op.create_table(
        "customer_search",
        sa.Column("doc_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.Column("chars", sa.Text(), nullable=False),
        *extra,
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_customer_search")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_customer_search_customer_id")),
    )


def _create_full_text() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_FTS, "postgresql": _POSTGRES_TRGM}.get(dialect, ()):
        op.execute(statement)


def upgrade() -> None:
    _drop_all()
    _create_search(
        [
            sa.Column("primary_end", sa.Integer(), nullable=False),
            sa.Column("name_end", sa.Integer(), nullable=False),
            sa.Column("live", sa.Boolean(), nullable=False),
            sa.Column("sort", sa.String(length=400), nullable=False),
        ]
    )
    op.create_index(
        "ix_customer_search_gone",
        "customer_search",
        ["doc_id"],
        sqlite_where=sa.text("NOT live"),
        postgresql_where=sa.text("NOT live"),
    )
    op.create_table(
        "customer_search_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("live", sa.Boolean(), nullable=False),
        sa.Column("rank", sa.SmallInteger(), nullable=False),
        sa.Column("sort", sa.String(length=400), nullable=False),
        sa.Column("doc_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "key", "live", "rank", "sort", "doc_id", name=op.f("pk_customer_search_keys")
        ),
        sqlite_with_rowid=False,
    )
    _create_full_text()


def downgrade() -> None:
    _drop_all()
    _create_search([])
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
    op.create_index("ix_customer_search_keys_customer_id", "customer_search_keys", ["customer_id"])
    _create_full_text()
