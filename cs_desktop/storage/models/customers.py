"""Customer cards (people and organisations) and the facts hanging off them."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.domain.enums import CalendarKind, CustomerKind

from .base import Base, Synced


class Customer(Synced, Base):
    """The info card (资料卡) and management card (管理卡) of one customer.

    Facts that lists filter, sort, print or validate are columns. The softer groups of the card
    (spending and preferences, education, career details, family, way of life, personality,
    relationships; an organisation's business condition and trading record) live in ``profile``,
    a JSON object keyed by group, so a site's card can grow without a migration per field.
    """

    __tablename__ = "customers"

    kind: Mapped[str] = mapped_column(String(16), default=CustomerKind.PERSON.value)
    name: Mapped[str] = mapped_column(String(200))  # as typed, for display and print
    # Full pinyin with the surname reading, lower case, no spaces: the "by name" sort key.
    name_pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)
    # person: basic facts
    gender: Mapped[str | None] = mapped_column(String(8))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birthday_calendar: Mapped[str] = mapped_column(String(8), default=CalendarKind.SOLAR.value)
    birth_place: Mapped[str | None] = mapped_column(String(200))
    id_type: Mapped[str | None] = mapped_column(String(24))
    id_number: Mapped[str | None] = mapped_column(String(40), index=True)  # normalised
    title: Mapped[str | None] = mapped_column(String(50))
    education: Mapped[str | None] = mapped_column(String(50))
    employer: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(100))
    # organisation: basic facts and profile
    org_code: Mapped[str | None] = mapped_column(
        String(32), index=True
    )  # unified social credit code
    industry: Mapped[str | None] = mapped_column(String(100))
    employee_count: Mapped[int | None] = mapped_column(Integer)
    # every card
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(100))
    source_channel: Mapped[str | None] = mapped_column(String(50), index=True)
    preferred_contact_time: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # management card
    credit_limit_cents: Mapped[int | None] = mapped_column(BigInteger)
    # tier: the effective tier, and a manual override with reason and expiry
    tier: Mapped[str | None] = mapped_column(String(16), index=True)
    tier_rule: Mapped[str | None] = mapped_column(String(16))  # what the rule alone says
    tier_override: Mapped[str | None] = mapped_column(String(16))
    tier_override_reason: Mapped[str | None] = mapped_column(Text)
    tier_override_until: Mapped[dt.date | None] = mapped_column(Date)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"))

    __table_args__ = (
        Index("ix_customers_kind_deleted", "kind", "deleted_at"),
        # The list's default orders over live cards: partial covering indexes, so a jump to
        # row 900,000 walks the index alone (4.4 s -> 56 ms over a million customers).
        Index("ix_customers_live_name", "name_pinyin", "id",
              sqlite_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
              postgresql_where=text("deleted_at IS NULL AND merged_into_id IS NULL")),
        Index("ix_customers_live_tier", "tier", "name_pinyin", "id",
              sqlite_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
              postgresql_where=text("deleted_at IS NULL AND merged_into_id IS NULL")),
        # Birthday follow-ups look up the ~130 birth dates celebrated on a day (one per year).
        Index("ix_customers_birth_date", "birth_date"),
    )  # fmt: skip


class CustomerStats(Base):
    """Derived figures per customer, kept up to date by the services; never synced.

    Sorting a million-row list by last visit or by value needs these indexed, and recomputing
    them from visits and transactions is always possible.
    """

    __tablename__ = "customer_stats"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    visit_count: Mapped[int] = mapped_column(Integer, default=0)
    first_visit_at: Mapped[dt.datetime | None] = mapped_column()
    last_visit_at: Mapped[dt.datetime | None] = mapped_column()
    value_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    balance_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    open_complaints: Mapped[int] = mapped_column(Integer, default=0)

    # The list sorted by value or last visit walks these (every customer has a stats row).
    __table_args__ = (
        Index("ix_customer_stats_value", "value_cents", "customer_id"),
        Index("ix_customer_stats_last_visit", "last_visit_at", "customer_id"),
    )


class CustomerPhone(Synced, Base):
    __tablename__ = "customer_phones"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    raw: Mapped[str] = mapped_column(String(64))  # as typed
    digits: Mapped[str] = mapped_column(String(20), index=True)  # normalised key
    extension: Mapped[str] = mapped_column(String(8), default="")
    label: Mapped[str | None] = mapped_column(String(50))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class CustomerAddress(Synced, Base):
    __tablename__ = "customer_addresses"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    province: Mapped[str] = mapped_column(String(50), default="")
    city: Mapped[str] = mapped_column(String(50), default="")
    district: Mapped[str] = mapped_column(String(50), default="")
    street: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str | None] = mapped_column(String(10))
    region_code: Mapped[str | None] = mapped_column(String(6))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_customer_addresses_region", "province", "city", "district"),)


class Tag(Synced, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class CustomerTag(Synced, Base):
    __tablename__ = "customer_tags"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"), index=True)

    __table_args__ = (UniqueConstraint("customer_id", "tag_id"),)


class CustomerConsent(Synced, Base):
    """Consent to be contacted, per channel; absence means not asked (treated as no)."""

    __tablename__ = "customer_consents"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    channel: Mapped[str] = mapped_column(String(16))
    granted: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[dt.datetime] = mapped_column()
    source: Mapped[str | None] = mapped_column(String(50))

    __table_args__ = (
        UniqueConstraint("customer_id", "channel"),
        Index("ix_customer_consents_channel_granted", "channel", "granted"),
    )


class CustomerRelation(Synced, Base):
    """Who influences or referred a person; who decides, pays and uses at an organisation."""

    __tablename__ = "customer_relations"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    related_customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id"), index=True
    )
    phone: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)


class CustomFieldDef(Synced, Base):
    """A field the site adds to its cards: text, number, date or a choice list."""

    __tablename__ = "custom_field_defs"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    field_type: Mapped[str] = mapped_column(String(16))
    choices: Mapped[list[Any]] = mapped_column(default=list)
    applies_to: Mapped[str] = mapped_column(String(16), default="both")
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CustomFieldValue(Synced, Base):
    __tablename__ = "custom_field_values"

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    field_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("custom_field_defs.id"), index=True)
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[decimal.Decimal | None] = mapped_column(Numeric(18, 4))
    value_date: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("customer_id", "field_id"),)


class CustomerMerge(Synced, Base):
    """Two cards merged into one: what moved, what was set aside and which values came from the
    merged card, so the merge can be shown, audited and undone."""

    __tablename__ = "customer_merges"

    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    merged_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    merged_at: Mapped[dt.datetime] = mapped_column()
    # {"visits": [id, ...], ...}: rows moved from the merged card to the kept one
    moved: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # rows of the merged card set aside because the kept card had the same (phone, tag ...)
    set_aside: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # {"birth_date": {"kept": old value, "merged": value taken}}: values taken from the merged card
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[dt.datetime | None] = mapped_column()


class CustomerDistinctPair(Synced, Base):
    """Two cards a person checked and found to be different customers ("not a duplicate"), so
    the duplicates view stops offering them. ``first_id`` is the smaller id of the two; a row set
    aside (deleted_at) means the decision was taken back. No unique constraint: two sites may
    decide the same pair offline, and both rows then say the same thing."""

    __tablename__ = "customer_distinct_pairs"

    first_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    second_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[dt.datetime] = mapped_column()

    __table_args__ = (Index("ix_customer_distinct_pairs_pair", "first_id", "second_id"),)
