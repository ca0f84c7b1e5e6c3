"""The customer card as the UI and the importer see it: plain frozen data, no ORM objects."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from dataclasses import dataclass, field
from typing import Any

from cs_desktop.domain.enums import (
    AddressKind,
    CalendarKind,
    ContactChannel,
    CustomerKind,
    IdDocumentType,
    PhoneKind,
)

CustomValue = str | decimal.Decimal | dt.date | None

# The softer groups of a card (DOMAIN.md section 1) kept in Customer.profile, by group key.
PERSON_GROUPS = ("spending", "education", "career", "family", "lifestyle", "personality",
                 "relationships")  # fmt: skip
ORGANIZATION_GROUPS = ("profile", "business", "evaluation", "trading")


@dataclass(frozen=True, slots=True)
class PhoneEntry:
    raw: str  # as typed; normalised on save
    label: str = ""
    kind: PhoneKind | None = None  # filled on save
    digits: str = ""
    extension: str = ""
    is_primary: bool = False


@dataclass(frozen=True, slots=True)
class AddressEntry:
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    postal_code: str = ""
    kind: AddressKind = AddressKind.HOME
    is_primary: bool = False

    @property
    def one_line(self) -> str:
        return f"{self.province}{self.city if self.city != self.province else ''}{self.district}{self.street}"


@dataclass(frozen=True, slots=True)
class RelationEntry:
    role: str  # influencer, referrer, family, decision_maker, payer, user, contact
    name: str
    phone: str = ""
    note: str = ""
    related_customer_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class CustomerCard:
    kind: CustomerKind = CustomerKind.PERSON
    name: str = ""
    id: uuid.UUID | None = None
    row_version: int | None = None  # the version the editor started from (lost-update check)
    # person
    gender: str | None = None
    birth_date: dt.date | None = None
    birthday_calendar: CalendarKind = CalendarKind.SOLAR
    birth_place: str = ""
    id_type: IdDocumentType | None = None
    id_number: str = ""
    title: str = ""
    education: str = ""
    employer: str = ""
    position: str = ""
    # organisation
    org_code: str = ""
    industry: str = ""
    employee_count: int | None = None
    # every card
    email: str = ""
    wechat: str = ""
    source_channel: str = ""
    preferred_contact_time: str = ""
    notes: str = ""
    profile: dict[str, dict[str, Any]] = field(default_factory=dict)
    credit_limit_cents: int | None = None
    phones: tuple[PhoneEntry, ...] = ()
    addresses: tuple[AddressEntry, ...] = ()
    relations: tuple[RelationEntry, ...] = ()
    tags: tuple[str, ...] = ()
    consents: dict[ContactChannel, bool] = field(default_factory=dict)
    custom: dict[str, CustomValue] = field(default_factory=dict)  # by custom field key
    # read-only on the card
    tier: str | None = None
    deleted: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # numbers shown masked to the signed-in person: field -> the real value sealed by the
    # service (services.customers.masked); the view cannot read it and hands it back on save
    sealed: dict[str, str] = field(default_factory=dict)
