"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 19:41:48.937953
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import cs_desktop.storage.types

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column(
            "value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "custom_field_defs",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("field_type", sa.String(length=16), nullable=False),
        sa.Column(
            "choices",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("applies_to", sa.String(length=16), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_field_defs")),
        sa.UniqueConstraint("key", name=op.f("uq_custom_field_defs_key")),
    )
    with op.batch_alter_table("custom_field_defs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_custom_field_defs_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "customers",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_pinyin", sa.String(length=400), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birthday_calendar", sa.String(length=8), nullable=False),
        sa.Column("birth_place", sa.String(length=200), nullable=True),
        sa.Column("id_type", sa.String(length=24), nullable=True),
        sa.Column("id_number", sa.String(length=40), nullable=True),
        sa.Column("title", sa.String(length=50), nullable=True),
        sa.Column("education", sa.String(length=50), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("position", sa.String(length=100), nullable=True),
        sa.Column("org_code", sa.String(length=32), nullable=True),
        sa.Column("industry", sa.String(length=100), nullable=True),
        sa.Column("employee_count", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("wechat", sa.String(length=100), nullable=True),
        sa.Column("source_channel", sa.String(length=50), nullable=True),
        sa.Column("preferred_contact_time", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "profile",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("credit_limit_cents", sa.BigInteger(), nullable=True),
        sa.Column("tier", sa.String(length=16), nullable=True),
        sa.Column("tier_rule", sa.String(length=16), nullable=True),
        sa.Column("tier_override", sa.String(length=16), nullable=True),
        sa.Column("tier_override_reason", sa.Text(), nullable=True),
        sa.Column("tier_override_until", sa.Date(), nullable=True),
        sa.Column("merged_into_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["customers.id"], name=op.f("fk_customers_merged_into_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_id_number"), ["id_number"], unique=False)
        batch_op.create_index("ix_customers_kind_deleted", ["kind", "deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_name_pinyin"), ["name_pinyin"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_org_code"), ["org_code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customers_source_channel"), ["source_channel"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_customers_tier"), ["tier"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "sites",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("code", name=op.f("uq_sites_code")),
    )
    op.create_table(
        "survey_definitions",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("scale_max", sa.SmallInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_definitions")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_survey_definitions_code_version")),
    )
    with op.batch_alter_table("survey_definitions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_definitions_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "tags",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tags_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "tier_policies",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("followup_interval_days", sa.Integer(), nullable=True),
        sa.Column("complaint_role", sa.String(length=16), nullable=True),
        sa.Column("care_reminders", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_policies")),
        sa.UniqueConstraint("tier", name=op.f("uq_tier_policies_tier")),
    )
    with op.batch_alter_table("tier_policies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tier_policies_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "custom_field_values",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("field_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("value_text", sa.Text(), nullable=True),
        sa.Column("value_number", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("value_date", sa.Date(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_custom_field_values_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["custom_field_defs.id"],
            name=op.f("fk_custom_field_values_field_id_custom_field_defs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_field_values")),
        sa.UniqueConstraint(
            "customer_id", "field_id", name=op.f("uq_custom_field_values_customer_id_field_id")
        ),
    )
    with op.batch_alter_table("custom_field_values", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_custom_field_values_field_id"), ["field_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_custom_field_values_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "customer_addresses",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("province", sa.String(length=50), nullable=False),
        sa.Column("city", sa.String(length=50), nullable=False),
        sa.Column("district", sa.String(length=50), nullable=False),
        sa.Column("street", sa.String(length=300), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=True),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_addresses_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_addresses")),
    )
    with op.batch_alter_table("customer_addresses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_addresses_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_customer_addresses_region", ["province", "city", "district"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_addresses_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "customer_consents",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column(
            "recorded_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("source", sa.String(length=50), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_consents_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_consents")),
        sa.UniqueConstraint(
            "customer_id", "channel", name=op.f("uq_customer_consents_customer_id_channel")
        ),
    )
    with op.batch_alter_table("customer_consents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_consents_channel_granted", ["channel", "granted"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_consents_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "customer_phones",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("raw", sa.String(length=64), nullable=False),
        sa.Column("digits", sa.String(length=20), nullable=False),
        sa.Column("extension", sa.String(length=8), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_phones_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_phones")),
    )
    with op.batch_alter_table("customer_phones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_phones_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_customer_phones_digits"), ["digits"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customer_phones_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "customer_relations",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("related_customer_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_relations_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["related_customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_relations_related_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_relations")),
    )
    with op.batch_alter_table("customer_relations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_relations_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_relations_related_customer_id"),
            ["related_customer_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_customer_relations_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "customer_stats",
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("visit_count", sa.Integer(), nullable=False),
        sa.Column(
            "first_visit_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "last_visit_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("value_cents", sa.BigInteger(), nullable=False),
        sa.Column("balance_cents", sa.BigInteger(), nullable=False),
        sa.Column("open_complaints", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_stats_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_stats")),
    )
    with op.batch_alter_table("customer_stats", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_stats_last_visit_at"), ["last_visit_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_customer_stats_value_cents"), ["value_cents"], unique=False
        )

    op.create_table(
        "customer_tags",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("tag_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_tags_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_customer_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_tags")),
        sa.UniqueConstraint(
            "customer_id", "tag_id", name=op.f("uq_customer_tags_customer_id_tag_id")
        ),
    )
    with op.batch_alter_table("customer_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_tags_tag_id"), ["tag_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customer_tags_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "staff",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("site_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column(
            "locked_until", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_staff_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_username")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "survey_items",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("definition_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("weight", sa.Numeric(precision=8, scale=4), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["definition_id"],
            ["survey_definitions.id"],
            name=op.f("fk_survey_items_definition_id_survey_definitions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_items")),
    )
    with op.batch_alter_table("survey_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_items_definition_id"), ["definition_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_items_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "sync_packages",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("peer_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("package_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("range_from", sa.String(length=64), nullable=True),
        sa.Column("range_to", sa.String(length=64), nullable=True),
        sa.Column(
            "counts",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["peer_site_id"], ["sites.id"], name=op.f("fk_sync_packages_peer_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_packages")),
        sa.UniqueConstraint(
            "direction", "package_id", name=op.f("uq_sync_packages_direction_package_id")
        ),
    )
    with op.batch_alter_table("sync_packages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_packages_peer_site_id"), ["peer_site_id"], unique=False
        )

    op.create_table(
        "audit_events",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_audit_events_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_events_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_events_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column(
            "received_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("customer_words", sa.Text(), nullable=False),
        sa.Column("customer_wants", sa.Text(), nullable=True),
        sa.Column("promised_handling", sa.Text(), nullable=True),
        sa.Column("difficult_type", sa.String(length=32), nullable=True),
        sa.Column("receiver_staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("owner_staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("paused_from_state", sa.String(length=24), nullable=True),
        sa.Column("paused_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("paused_seconds", sa.BigInteger(), nullable=False),
        sa.Column(
            "first_response_due_at",
            cs_desktop.storage.types.UTCDateTime(timezone=True),
            nullable=True,
        ),
        sa.Column(
            "first_response_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "resolution_due_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "resolved_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("closed_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "reviewed_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("resolved_first_contact", sa.Boolean(), nullable=False),
        sa.Column("satisfaction", sa.SmallInteger(), nullable=True),
        sa.Column("compensation_cents", sa.BigInteger(), nullable=False),
        sa.Column("escalation_level", sa.Integer(), nullable=False),
        sa.Column("signed_by_complainant", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_complaints_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"], ["staff.id"], name=op.f("fk_complaints_owner_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["receiver_staff_id"], ["staff.id"], name=op.f("fk_complaints_receiver_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("number", name=op.f("uq_complaints_number")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(
            "ix_complaints_category_severity", ["category", "severity"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_complaints_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_complaints_owner_state", ["owner_staff_id", "state"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_complaints_received_at"), ["received_at"], unique=False
        )
        batch_op.create_index(
            "ix_complaints_state_resolution_due", ["state", "resolution_due_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_complaints_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "sync_conflicts",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column(
            "kept_value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "lost_value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("lost_site_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("package_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "detected_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "resolved_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("resolved_by_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["lost_site_id"], ["sites.id"], name=op.f("fk_sync_conflicts_lost_site_id_sites")
        ),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["sync_packages.id"],
            name=op.f("fk_sync_conflicts_package_id_sync_packages"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["staff.id"], name=op.f("fk_sync_conflicts_resolved_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sync_conflicts_open", ["resolved_at", "detected_at"], unique=False
        )

    op.create_table(
        "tier_rule_sets",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "params",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_tier_rule_sets_created_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_rule_sets")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_tier_rule_sets_name_version")),
    )
    with op.batch_alter_table("tier_rule_sets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tier_rule_sets_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "visits",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "occurred_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("purpose", sa.String(length=100), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("value_cents", sa.BigInteger(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_visits_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_visits_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visits_customer_occurred", ["customer_id", "occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visits_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_purpose"), ["purpose"], unique=False)
        batch_op.create_index("ix_visits_staff_occurred", ["staff_id", "occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "complaint_actions",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("complaint_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("from_state", sa.String(length=24), nullable=True),
        sa.Column("to_state", sa.String(length=24), nullable=True),
        sa.Column("target_staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("counts_as_response", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_actions_complaint_id_complaints"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_complaint_actions_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["target_staff_id"],
            ["staff.id"],
            name=op.f("fk_complaint_actions_target_staff_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_actions")),
    )
    with op.batch_alter_table("complaint_actions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_complaint_actions_complaint_at", ["complaint_id", "at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_complaint_actions_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "complaint_promises",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("complaint_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("due_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "resolved_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_promises_complaint_id_complaints"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"],
            ["staff.id"],
            name=op.f("fk_complaint_promises_owner_staff_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_promises")),
    )
    with op.batch_alter_table("complaint_promises", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_promises_complaint_id"), ["complaint_id"], unique=False
        )
        batch_op.create_index(
            "ix_complaint_promises_status_due", ["status", "due_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_complaint_promises_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "complaint_stages",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("complaint_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column(
            "data",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "recorded_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
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
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_stages_complaint_id_complaints"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_complaint_stages_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_stages")),
        sa.UniqueConstraint(
            "complaint_id", "stage", name=op.f("uq_complaint_stages_complaint_id_stage")
        ),
    )
    with op.batch_alter_table("complaint_stages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_stages_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "followups",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=True),
        sa.Column("assigned_staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column(
            "last_attempt_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "completed_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("satisfaction", sa.SmallInteger(), nullable=True),
        sa.Column("nps", sa.SmallInteger(), nullable=True),
        sa.Column("rescheduled_from", sa.Date(), nullable=True),
        sa.Column("reschedule_reason", sa.Text(), nullable=True),
        sa.Column("visit_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("complaint_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_staff_id"], ["staff.id"], name=op.f("fk_followups_assigned_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"], name=op.f("fk_followups_complaint_id_complaints")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_followups_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_followups_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_followups_dedupe_key")),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followups_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_followups_reason_due", ["reason", "due_date"], unique=False)
        batch_op.create_index(
            "ix_followups_staff_status_due",
            ["assigned_staff_id", "status", "due_date"],
            unique=False,
        )
        batch_op.create_index("ix_followups_status_due", ["status", "due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_followups_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "tier_runs",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("rule_set_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "started_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "finished_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_set_id"],
            ["tier_rule_sets.id"],
            name=op.f("fk_tier_runs_rule_set_id_tier_rule_sets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_runs")),
    )
    with op.batch_alter_table("tier_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tier_runs_started_at"), ["started_at"], unique=False)

    op.create_table(
        "transactions",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("visit_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "occurred_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_transactions_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_transactions_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transactions")),
    )
    with op.batch_alter_table("transactions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_transactions_customer_occurred", ["customer_id", "occurred_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_transactions_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_transactions_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_transactions_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "survey_responses",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("definition_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("followup_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("visit_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("complaint_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column(
            "answered_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("nps", sa.SmallInteger(), nullable=True),
        sa.Column("expectation", sa.SmallInteger(), nullable=True),
        sa.Column("would_return", sa.Boolean(), nullable=True),
        sa.Column("would_recommend", sa.Boolean(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_survey_responses_complaint_id_complaints"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_survey_responses_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["definition_id"],
            ["survey_definitions.id"],
            name=op.f("fk_survey_responses_definition_id_survey_definitions"),
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name=op.f("fk_survey_responses_followup_id_followups"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_survey_responses_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_survey_responses_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
    )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_responses_answered_at"), ["answered_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_responses_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_responses_definition_id"), ["definition_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_survey_responses_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "tier_history",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("customer_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("from_tier", sa.String(length=16), nullable=True),
        sa.Column("to_tier", sa.String(length=16), nullable=True),
        sa.Column("cause", sa.String(length=24), nullable=False),
        sa.Column("rule_set_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("run_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("staff_id", cs_desktop.storage.types.GUID(length=16), nullable=True),
        sa.Column("at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_tier_history_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["rule_set_id"],
            ["tier_rule_sets.id"],
            name=op.f("fk_tier_history_rule_set_id_tier_rule_sets"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["tier_runs.id"], name=op.f("fk_tier_history_run_id_tier_runs")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_tier_history_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_history")),
    )
    with op.batch_alter_table("tier_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tier_history_at"), ["at"], unique=False)
        batch_op.create_index("ix_tier_history_customer_at", ["customer_id", "at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_tier_history_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "survey_answers",
        sa.Column("id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("origin_site_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("response_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("item_id", cs_desktop.storage.types.GUID(length=16), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=True),
        sa.Column(
            "created_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "updated_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", cs_desktop.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["survey_items.id"], name=op.f("fk_survey_answers_item_id_survey_items")
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_responses.id"],
            name=op.f("fk_survey_answers_response_id_survey_responses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint(
            "response_id", "item_id", name=op.f("uq_survey_answers_response_id_item_id")
        ),
    )
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_answers_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_survey_answers_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_answers_updated_at"))
        batch_op.drop_index(batch_op.f("ix_survey_answers_item_id"))

    op.drop_table("survey_answers")
    with op.batch_alter_table("tier_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tier_history_updated_at"))
        batch_op.drop_index("ix_tier_history_customer_at")
        batch_op.drop_index(batch_op.f("ix_tier_history_at"))

    op.drop_table("tier_history")
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_responses_updated_at"))
        batch_op.drop_index(batch_op.f("ix_survey_responses_definition_id"))
        batch_op.drop_index(batch_op.f("ix_survey_responses_customer_id"))
        batch_op.drop_index(batch_op.f("ix_survey_responses_answered_at"))

    op.drop_table("survey_responses")
    with op.batch_alter_table("transactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transactions_visit_id"))
        batch_op.drop_index(batch_op.f("ix_transactions_updated_at"))
        batch_op.drop_index(batch_op.f("ix_transactions_occurred_at"))
        batch_op.drop_index("ix_transactions_customer_occurred")

    op.drop_table("transactions")
    with op.batch_alter_table("tier_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tier_runs_started_at"))

    op.drop_table("tier_runs")
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followups_updated_at"))
        batch_op.drop_index("ix_followups_status_due")
        batch_op.drop_index("ix_followups_staff_status_due")
        batch_op.drop_index("ix_followups_reason_due")
        batch_op.drop_index(batch_op.f("ix_followups_customer_id"))

    op.drop_table("followups")
    with op.batch_alter_table("complaint_stages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_stages_updated_at"))

    op.drop_table("complaint_stages")
    with op.batch_alter_table("complaint_promises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_promises_updated_at"))
        batch_op.drop_index("ix_complaint_promises_status_due")
        batch_op.drop_index(batch_op.f("ix_complaint_promises_complaint_id"))

    op.drop_table("complaint_promises")
    with op.batch_alter_table("complaint_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_actions_updated_at"))
        batch_op.drop_index("ix_complaint_actions_complaint_at")

    op.drop_table("complaint_actions")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_updated_at"))
        batch_op.drop_index("ix_visits_staff_occurred")
        batch_op.drop_index(batch_op.f("ix_visits_purpose"))
        batch_op.drop_index(batch_op.f("ix_visits_occurred_at"))
        batch_op.drop_index("ix_visits_customer_occurred")

    op.drop_table("visits")
    with op.batch_alter_table("tier_rule_sets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tier_rule_sets_updated_at"))

    op.drop_table("tier_rule_sets")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflicts_open")

    op.drop_table("sync_conflicts")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_updated_at"))
        batch_op.drop_index("ix_complaints_state_resolution_due")
        batch_op.drop_index(batch_op.f("ix_complaints_received_at"))
        batch_op.drop_index("ix_complaints_owner_state")
        batch_op.drop_index(batch_op.f("ix_complaints_customer_id"))
        batch_op.drop_index("ix_complaints_category_severity")

    op.drop_table("complaints")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_staff_id"))
        batch_op.drop_index(batch_op.f("ix_audit_events_customer_id"))
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index(batch_op.f("ix_audit_events_action"))

    op.drop_table("audit_events")
    with op.batch_alter_table("sync_packages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_packages_peer_site_id"))

    op.drop_table("sync_packages")
    with op.batch_alter_table("survey_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_items_updated_at"))
        batch_op.drop_index(batch_op.f("ix_survey_items_definition_id"))

    op.drop_table("survey_items")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_updated_at"))

    op.drop_table("staff")
    with op.batch_alter_table("customer_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_tags_updated_at"))
        batch_op.drop_index(batch_op.f("ix_customer_tags_tag_id"))

    op.drop_table("customer_tags")
    with op.batch_alter_table("customer_stats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_stats_value_cents"))
        batch_op.drop_index(batch_op.f("ix_customer_stats_last_visit_at"))

    op.drop_table("customer_stats")
    with op.batch_alter_table("customer_relations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_relations_updated_at"))
        batch_op.drop_index(batch_op.f("ix_customer_relations_related_customer_id"))
        batch_op.drop_index(batch_op.f("ix_customer_relations_customer_id"))

    op.drop_table("customer_relations")
    with op.batch_alter_table("customer_phones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_phones_updated_at"))
        batch_op.drop_index(batch_op.f("ix_customer_phones_digits"))
        batch_op.drop_index(batch_op.f("ix_customer_phones_customer_id"))

    op.drop_table("customer_phones")
    with op.batch_alter_table("customer_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_consents_updated_at"))
        batch_op.drop_index("ix_customer_consents_channel_granted")

    op.drop_table("customer_consents")
    with op.batch_alter_table("customer_addresses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_addresses_updated_at"))
        batch_op.drop_index("ix_customer_addresses_region")
        batch_op.drop_index(batch_op.f("ix_customer_addresses_customer_id"))

    op.drop_table("customer_addresses")
    with op.batch_alter_table("custom_field_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custom_field_values_updated_at"))
        batch_op.drop_index(batch_op.f("ix_custom_field_values_field_id"))

    op.drop_table("custom_field_values")
    with op.batch_alter_table("tier_policies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tier_policies_updated_at"))

    op.drop_table("tier_policies")
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tags_updated_at"))

    op.drop_table("tags")
    with op.batch_alter_table("survey_definitions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_definitions_updated_at"))

    op.drop_table("survey_definitions")
    op.drop_table("sites")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_updated_at"))
        batch_op.drop_index(batch_op.f("ix_customers_tier"))
        batch_op.drop_index(batch_op.f("ix_customers_source_channel"))
        batch_op.drop_index(batch_op.f("ix_customers_org_code"))
        batch_op.drop_index(batch_op.f("ix_customers_name_pinyin"))
        batch_op.drop_index("ix_customers_kind_deleted")
        batch_op.drop_index(batch_op.f("ix_customers_id_number"))

    op.drop_table("customers")
    with op.batch_alter_table("custom_field_defs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custom_field_defs_updated_at"))

    op.drop_table("custom_field_defs")
    op.drop_table("app_settings")
