"""The live cards an import meets: which ones a file's ID numbers or phones point at, and what
the matched cards hold now (read in chunks, a few queries per thousand cards, not per card)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, and_, select

from cs_desktop.domain.enums import (
    AddressKind,
    CalendarKind,
    CustomerKind,
    IdDocumentType,
    PhoneKind,
)
from cs_desktop.storage.models import (
    Customer,
    CustomerAddress,
    CustomerPhone,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)

from ..card_dto import AddressEntry, CustomerCard, CustomValue, PhoneEntry

CHUNK = 500  # values per IN (...): far below every database's limit on bound parameters
T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _live() -> Any:
    return and_(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))


def ids_by_document(conn: Connection, numbers: Iterable[str], org_codes: Iterable[str]
                    ) -> dict[str, set[uuid.UUID]]:  # fmt: skip
    """Normalised ID number or credit code -> live customers holding it."""
    found: dict[str, set[uuid.UUID]] = defaultdict(set)
    for column, values in ((Customer.id_number, sorted(set(numbers))),
                           (Customer.org_code, sorted(set(org_codes)))):  # fmt: skip
        for part in chunks(values):
            for key, cid in conn.execute(
                select(column, Customer.id).where(column.in_(part), _live())
            ):
                if key is not None:
                    found[key].add(cid)
    return found


def ids_by_phone(conn: Connection, digits: Iterable[str]) -> dict[str, set[uuid.UUID]]:
    found: dict[str, set[uuid.UUID]] = defaultdict(set)
    for part in chunks(sorted(set(digits))):
        for key, cid in conn.execute(
            select(CustomerPhone.digits, CustomerPhone.customer_id)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(CustomerPhone.digits.in_(part), CustomerPhone.deleted_at.is_(None), _live())
        ):
            found[key].add(cid)
    return found


@dataclass
class ExistingCard:
    """A matched card as it is now, in the shape the card checks take."""

    card: CustomerCard
    row_version: int
    phone_digits: set[str] = field(default_factory=set)
    address_keys: set[tuple[str, str, str, str]] = field(default_factory=set)


_SCALARS = ("kind", "name", "gender", "birth_date", "birthday_calendar", "birth_place",
            "id_type", "id_number", "title", "education", "employer", "position", "org_code",
            "industry", "employee_count", "email", "wechat", "source_channel",
            "preferred_contact_time", "notes", "credit_limit_cents")  # fmt: skip


def load_cards(conn: Connection, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, ExistingCard]:
    cards: dict[uuid.UUID, dict[str, Any]] = {}
    versions: dict[uuid.UUID, int] = {}
    phones: dict[uuid.UUID, list[PhoneEntry]] = defaultdict(list)
    addresses: dict[uuid.UUID, list[AddressEntry]] = defaultdict(list)
    tags: dict[uuid.UUID, list[str]] = defaultdict(list)
    custom: dict[uuid.UUID, dict[str, CustomValue]] = defaultdict(dict)
    columns = [getattr(Customer, n) for n in _SCALARS]
    for part in chunks(list(ids)):
        for row in conn.execute(
            select(Customer.id, Customer.row_version, *columns).where(Customer.id.in_(part))
        ):
            values = dict(zip(_SCALARS, row[2:], strict=True))
            values["kind"] = CustomerKind(values["kind"])
            values["birthday_calendar"] = CalendarKind(values["birthday_calendar"])
            values["id_type"] = IdDocumentType(values["id_type"]) if values["id_type"] else None
            for name in _SCALARS:
                if values[name] is None and name not in ("gender", "birth_date", "id_type",
                                                         "employee_count", "credit_limit_cents"):  # fmt: skip
                    values[name] = ""
            cards[row[0]] = values
            versions[row[0]] = row[1]
        for p in conn.execute(
            select(CustomerPhone.customer_id, CustomerPhone.raw, CustomerPhone.label,
                   CustomerPhone.kind, CustomerPhone.digits, CustomerPhone.extension,
                   CustomerPhone.is_primary)
            .where(CustomerPhone.customer_id.in_(part), CustomerPhone.deleted_at.is_(None))
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.created_at)
        ):  # fmt: skip
            phones[p[0]].append(PhoneEntry(p[1], p[2] or "", PhoneKind(p[3]), p[4], p[5], p[6]))
        for a in conn.execute(
            select(CustomerAddress.customer_id, CustomerAddress.province, CustomerAddress.city,
                   CustomerAddress.district, CustomerAddress.street, CustomerAddress.postal_code,
                   CustomerAddress.kind, CustomerAddress.is_primary)
            .where(CustomerAddress.customer_id.in_(part), CustomerAddress.deleted_at.is_(None))
            .order_by(CustomerAddress.is_primary.desc(), CustomerAddress.created_at)
        ):  # fmt: skip
            addresses[a[0]].append(AddressEntry(a[1], a[2], a[3], a[4], a[5] or "",
                                                AddressKind(a[6]), a[7]))  # fmt: skip
        for cid, name in conn.execute(
            select(CustomerTag.customer_id, Tag.name)
            .join(Tag, Tag.id == CustomerTag.tag_id)
            .where(CustomerTag.customer_id.in_(part), CustomerTag.deleted_at.is_(None))
            .order_by(Tag.name)
        ):
            tags[cid].append(name)
        for cid, key, kind, text, number, date in conn.execute(
            select(CustomFieldValue.customer_id, CustomFieldDef.key, CustomFieldDef.field_type,
                   CustomFieldValue.value_text, CustomFieldValue.value_number,
                   CustomFieldValue.value_date)
            .join(CustomFieldDef, CustomFieldDef.id == CustomFieldValue.field_id)
            .where(CustomFieldValue.customer_id.in_(part), CustomFieldValue.deleted_at.is_(None))
        ):  # fmt: skip
            custom[cid][key] = number if kind == "number" else date if kind == "date" else text
    result: dict[uuid.UUID, ExistingCard] = {}
    for cid, values in cards.items():
        card = CustomerCard(id=cid, row_version=versions[cid], phones=tuple(phones[cid]),
                            addresses=tuple(addresses[cid]), tags=tuple(tags[cid]),
                            custom=dict(custom[cid]), **values)  # fmt: skip
        result[cid] = ExistingCard(
            card,
            versions[cid],
            {p.digits for p in card.phones},
            {(a.province, a.city, a.district, a.street) for a in card.addresses},
        )
    return result
