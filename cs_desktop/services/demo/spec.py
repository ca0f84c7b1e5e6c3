"""What a demo load is made of: its parameters, the shape of its rows and the time frame.

Shared by the process that writes and the processes that generate; no SQLAlchemy here, so a
spawned worker starts quickly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cs_desktop.storage.bulk import NULL as NULL  # NULL in row tuples (binds faster than None)

CHUNK_CUSTOMERS = 2000  # customers generated from one random stream (seeded by seed and chunk)
CUSTOMER_DAYS = 1095  # customers registered over the three years before today
VISIT_DAYS = 730  # visits and transactions over the two years before today
# Opening hours 08:00-17:30 Beijing time are 00:00-09:30 UTC: instants are drawn in "opening
# milliseconds" so that nobody registers or visits at night.
OPEN_MS = 34_200_000

# Column order of the tuples each table receives (the loader adds the constant columns).
CUSTOMER_COLUMNS = (
    "id", "kind", "name", "name_pinyin", "gender", "birth_date", "birthday_calendar",
    "birth_place", "id_type", "id_number", "title", "education", "employer", "position",
    "org_code", "industry", "employee_count", "email", "wechat", "source_channel",
    "preferred_contact_time", "notes", "profile", "credit_limit_cents", "created_at",
)  # fmt: skip
PHONE_COLUMNS = (
    "id", "customer_id", "kind", "raw", "digits", "extension", "label", "is_primary", "created_at",
)  # fmt: skip
ADDRESS_COLUMNS = (
    "id", "customer_id", "kind", "province", "city", "district", "street", "region_code",
    "is_primary", "created_at",
)  # fmt: skip
TAG_COLUMNS = ("id", "customer_id", "tag_id", "created_at")
CONSENT_COLUMNS = ("id", "customer_id", "channel", "granted", "source", "created_at")
RELATION_COLUMNS = (
    "id", "customer_id", "role", "name", "related_customer_id", "phone", "note", "created_at",
)  # fmt: skip
VISIT_COLUMNS = (
    "id", "customer_id", "staff_id", "occurred_at", "kind", "purpose", "outcome", "next_step",
    "value_cents",
)  # fmt: skip
TRANSACTION_COLUMNS = (
    "id", "customer_id", "visit_id", "occurred_at", "kind", "amount_cents", "description",
)  # fmt: skip
STATS_COLUMNS = (
    "customer_id", "visit_count", "first_visit_at", "last_visit_at", "value_cents",
    "balance_cents",
)  # fmt: skip

# Relation roles written by the demo (customer_relations.role).
ROLE_DECISION_MAKER = "decision_maker"
ROLE_PAYER = "payer"
ROLE_USER = "user"
ROLE_REFERRER = "referrer"
ROLE_FAMILY = "family"


@dataclass(frozen=True)
class Spec:
    """Everything a chunk depends on. Chunk ``i`` is a function of (spec, i) alone."""

    seed: int
    total: int
    today: int  # date.toordinal() of "today"; nothing happens on or after it
    site: bytes  # the local site's GUID, stored form
    staff: tuple[bytes, ...]  # who serves visits
    tags: tuple[tuple[str, bytes], ...]  # tag name -> GUID

    @property
    def chunks(self) -> int:
        return -(-self.total // CHUNK_CUSTOMERS)

    @property
    def first_day(self) -> int:
        """Ordinal of the first registration day."""
        return self.today - CUSTOMER_DAYS

    @staticmethod
    def for_date(seed: int, total: int, today: dt.date, site: bytes, staff: Any, tags: Any) -> Spec:
        return Spec(seed, total, today.toordinal(), site, tuple(staff), tuple(tags))


@dataclass
class Chunk:
    """The rows of one chunk of customers, table by table, in insertion order."""

    index: int
    first: int  # global index of its first customer
    customers: list[tuple[Any, ...]] = field(default_factory=list)
    phones: list[tuple[Any, ...]] = field(default_factory=list)
    addresses: list[tuple[Any, ...]] = field(default_factory=list)
    tags: list[tuple[Any, ...]] = field(default_factory=list)
    consents: list[tuple[Any, ...]] = field(default_factory=list)
    relations: list[tuple[Any, ...]] = field(default_factory=list)
    visits: list[tuple[Any, ...]] = field(default_factory=list)
    transactions: list[tuple[Any, ...]] = field(default_factory=list)
    stats: list[tuple[Any, ...]] = field(default_factory=list)
    people: int = 0
    organizations: int = 0
