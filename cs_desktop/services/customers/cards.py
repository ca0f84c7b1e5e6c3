"""Creating, reading, changing, deleting and restoring customer cards."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import (
    AddressKind,
    CalendarKind,
    ContactChannel,
    CustomerKind,
    IdDocumentType,
    PhoneKind,
)
from cs_desktop.domain.masking import mask_phone
from cs_desktop.domain.pinyin import name_keys
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import Customer as CustomerRow
from cs_desktop.storage.models import (
    CustomerAddress,
    CustomerConsent,
    CustomerPhone,
    CustomerRelation,
    CustomerStats,
    CustomerTag,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
)
from cs_desktop.storage.session import writing

from ..accounts.actor import actor_of, require
from ..errors import ServiceError
from ..tiers.recompute import TierRecompute
from .card_dto import AddressEntry, CustomerCard, CustomValue, PhoneEntry, RelationEntry
from .indexing import reindex
from .masked import Sealer, is_sealed_phone, mask_card, unmask_card
from .stats import recompute_stats
from .validation import CheckedCard, Problem, check


class ValidationFailed(ServiceError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("validation_failed")
        self.problems = problems


@dataclass(frozen=True)
class CustomFieldInfo:
    key: str
    label: str
    field_type: str
    choices: tuple[str, ...]
    required: bool
    applies_to: str


@dataclass(frozen=True)
class DeletedCard:
    id: uuid.UUID
    kind: str
    name: str
    phone: str  # the primary phone as typed, to tell two 张伟 apart
    birth_date: dt.date | None
    deleted_at: dt.datetime


@dataclass(frozen=True)
class DeletedCards:
    rows: list[DeletedCard]
    total: int  # all deleted cards matching the text; rows holds the newest ``limit`` of them


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CustomerCardService:
    def __init__(self, factory: sessionmaker[Session],
                 today: Callable[[], dt.date] = dt.date.today) -> None:  # fmt: skip
        self._factory = factory
        self._today = today
        self._sealer = Sealer()  # masked numbers round-trip through the view sealed (masked.py)

    # --- custom fields ------------------------------------------------------------------
    def custom_fields(self) -> list[CustomFieldInfo]:
        with self._factory() as s:
            rows = s.scalars(
                select(CustomFieldDef)
                .where(CustomFieldDef.deleted_at.is_(None), CustomFieldDef.active.is_(True))
                .order_by(CustomFieldDef.position, CustomFieldDef.label)
            ).all()
            return [CustomFieldInfo(r.key, r.label, r.field_type, tuple(r.choices or ()),
                                    r.required, r.applies_to) for r in rows]  # fmt: skip

    def _defs(self) -> dict[str, Any]:
        return {
            f.key: (f.field_type, f.choices, f.required, f.applies_to) for f in self.custom_fields()
        }

    def check(self, card: CustomerCard) -> CheckedCard:
        return check(card, self._today(), self._defs())

    # --- read ---------------------------------------------------------------------------
    def get(self, customer_id: uuid.UUID) -> CustomerCard:
        with self._factory() as s:
            row = s.get(CustomerRow, customer_id)
            if row is None:
                raise ServiceError("customer_not_found", id=str(customer_id))
            return self._shown(s, row)

    def _shown(self, s: Session, row: CustomerRow) -> CustomerCard:
        """The card as the session's actor may see it: numbers masked for a signed-in person
        (masked.py), whole for the system."""
        card = self._to_card(s, row)
        return card if actor_of(s) is None else mask_card(card, self._sealer)

    def _unmasked(self, card: CustomerCard) -> CustomerCard:
        """A card coming back from the view with its still-masked numbers made real again."""
        if not card.sealed and not any(is_sealed_phone(p) for p in card.phones):
            return card
        stored: dict[str, str] = {}
        if card.id is not None:
            with self._factory() as s:
                stored = {digits: raw for digits, raw in s.execute(
                    select(CustomerPhone.digits, CustomerPhone.raw).where(
                        CustomerPhone.customer_id == card.id,
                        CustomerPhone.deleted_at.is_(None)))}  # fmt: skip
        return unmask_card(card, self._sealer, stored)

    def _to_card(self, s: Session, row: CustomerRow) -> CustomerCard:
        cid = row.id
        phones = s.scalars(select(CustomerPhone).where(
            CustomerPhone.customer_id == cid, CustomerPhone.deleted_at.is_(None))
            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.created_at)).all()  # fmt: skip
        addresses = s.scalars(select(CustomerAddress).where(
            CustomerAddress.customer_id == cid, CustomerAddress.deleted_at.is_(None))
            .order_by(CustomerAddress.is_primary.desc(), CustomerAddress.created_at)).all()  # fmt: skip
        relations = s.scalars(select(CustomerRelation).where(
            CustomerRelation.customer_id == cid, CustomerRelation.deleted_at.is_(None))
            .order_by(CustomerRelation.created_at)).all()  # fmt: skip
        tags = s.scalars(select(Tag.name).join(CustomerTag, CustomerTag.tag_id == Tag.id).where(
            CustomerTag.customer_id == cid, CustomerTag.deleted_at.is_(None))
            .order_by(Tag.name)).all()  # fmt: skip
        consents = s.execute(select(CustomerConsent.channel, CustomerConsent.granted).where(
            CustomerConsent.customer_id == cid, CustomerConsent.deleted_at.is_(None))).all()  # fmt: skip
        custom_rows = s.execute(
            select(CustomFieldDef.key, CustomFieldDef.field_type, CustomFieldValue.value_text,
                   CustomFieldValue.value_number, CustomFieldValue.value_date)
            .join(CustomFieldValue, CustomFieldValue.field_id == CustomFieldDef.id)
            .where(CustomFieldValue.customer_id == cid, CustomFieldValue.deleted_at.is_(None))
        ).all()  # fmt: skip
        custom: dict[str, CustomValue] = {}
        for key, field_type, text, number, date in custom_rows:
            custom[key] = (
                number if field_type == "number" else date if field_type == "date" else text
            )
        return CustomerCard(
            kind=CustomerKind(row.kind), name=row.name, id=row.id, row_version=row.row_version,
            gender=row.gender, birth_date=row.birth_date,
            birthday_calendar=CalendarKind(row.birthday_calendar), birth_place=row.birth_place or "",
            id_type=IdDocumentType(row.id_type) if row.id_type else None,
            id_number=row.id_number or "", title=row.title or "", education=row.education or "",
            employer=row.employer or "", position=row.position or "", org_code=row.org_code or "",
            industry=row.industry or "", employee_count=row.employee_count, email=row.email or "",
            wechat=row.wechat or "", source_channel=row.source_channel or "",
            preferred_contact_time=row.preferred_contact_time or "", notes=row.notes or "",
            profile=dict(row.profile or {}), credit_limit_cents=row.credit_limit_cents,
            phones=tuple(PhoneEntry(p.raw, p.label or "", PhoneKind(p.kind), p.digits,
                                    p.extension, p.is_primary) for p in phones),
            addresses=tuple(AddressEntry(a.province, a.city, a.district, a.street,
                                         a.postal_code or "", AddressKind(a.kind), a.is_primary)
                            for a in addresses),
            relations=tuple(RelationEntry(r.role, r.name, r.phone or "", r.note or "",
                                          r.related_customer_id) for r in relations),
            tags=tuple(tags), consents={ContactChannel(c): bool(g) for c, g in consents},
            custom=custom, tier=row.tier, deleted=row.deleted_at is not None,
            created_at=row.created_at, updated_at=row.updated_at,
        )  # fmt: skip

    # --- write --------------------------------------------------------------------------
    def create(self, card: CustomerCard) -> CustomerCard:
        checked = self.check(self._unmasked(card))
        if not checked.ok:
            raise ValidationFailed(checked.problems)
        with writing(self._factory) as s:
            require(s, Permission.EDIT_CUSTOMERS)  # audited by services.audit on commit
            row = CustomerRow(profile={})
            s.add(row)
            self._apply(s, row, checked.card)
            s.add(CustomerStats(customer_id=row.id))  # every customer has one (list orders)
            s.flush()
            reindex(s.connection(), [row.id])
            # placed at once by the last run's thresholds (a new card: the tier of no value)
            TierRecompute(self._factory).reclassify(s, [row.id])
            s.refresh(row)
            return self._shown(s, row)

    def update(self, card: CustomerCard) -> CustomerCard:
        if card.id is None:
            raise ServiceError("customer_not_found")
        checked = self.check(self._unmasked(card))
        if not checked.ok:
            raise ValidationFailed(checked.problems)
        with writing(self._factory) as s:
            require(s, Permission.EDIT_CUSTOMERS)
            row = s.get(CustomerRow, card.id)
            if row is None:
                raise ServiceError("customer_not_found", id=str(card.id))
            if card.row_version is not None and row.row_version != card.row_version:
                raise ServiceError("card_changed_meanwhile", name=row.name)
            self._apply(s, row, checked.card)
            s.flush()
            reindex(s.connection(), [row.id])
            return self._shown(s, row)

    def delete(self, customer_id: uuid.UUID) -> CustomerCard:
        return self._set_deleted(customer_id, _now())

    def restore(self, customer_id: uuid.UUID) -> CustomerCard:
        return self._set_deleted(customer_id, None)

    def deleted_cards(self, text: str = "", limit: int = 500) -> DeletedCards:
        """Cards deleted (not merged) that a supervisor may restore, the latest first.

        Deleted cards are few next to live ones, so a bounded list with a name filter serves;
        merged cards are restored by undoing their merge instead."""
        where: list[ColumnElement[bool]] = [
            CustomerRow.deleted_at.is_not(None),
            CustomerRow.merged_into_id.is_(None),
        ]
        text = text.strip()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append(CustomerRow.name.like(pattern, escape="\\")
                         | CustomerRow.name_pinyin.like(pattern.lower(), escape="\\"))  # fmt: skip
        with self._factory() as s:
            total = s.scalar(select(func.count()).select_from(CustomerRow).where(*where)) or 0
            rows = s.execute(
                select(CustomerRow.id, CustomerRow.kind, CustomerRow.name, CustomerRow.birth_date,
                       CustomerRow.deleted_at)
                .where(*where)
                .order_by(CustomerRow.deleted_at.desc(), CustomerRow.id)
                .limit(limit)
            ).all()  # fmt: skip
            ids = [r.id for r in rows]
            phones: dict[uuid.UUID, str] = {}
            if ids:
                for cid, raw in s.execute(
                    select(CustomerPhone.customer_id, CustomerPhone.raw)
                    .where(CustomerPhone.customer_id.in_(ids), CustomerPhone.deleted_at.is_(None))
                    .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.created_at)
                ):  # fmt: skip
                    phones.setdefault(cid, raw)
            if actor_of(s) is not None:  # shown masked to a signed-in person (masked.py)
                phones = {cid: mask_phone(raw) for cid, raw in phones.items()}
        return DeletedCards(
            [DeletedCard(r.id, r.kind, r.name, phones.get(r.id, ""), r.birth_date, r.deleted_at)
             for r in rows],
            total,
        )  # fmt: skip

    def _set_deleted(self, customer_id: uuid.UUID, when: dt.datetime | None) -> CustomerCard:
        with writing(self._factory) as s:
            require(s, Permission.DELETE_RESTORE)
            row = s.get(CustomerRow, customer_id)
            if row is None:
                raise ServiceError("customer_not_found", id=str(customer_id))
            if row.merged_into_id is not None:
                # A merged card comes back only by undoing its merge (its history moved away).
                raise ServiceError("customer_merged", name=row.name)
            row.deleted_at = when
            s.flush()
            recompute_stats(s.connection(), [row.id])  # only live cards have stats rows
            reindex(s.connection(), [row.id])  # the search keys know which cards are live
            return self._shown(s, row)

    # --- applying a card to the rows ------------------------------------------------------
    def _apply(self, s: Session, row: CustomerRow, card: CustomerCard) -> None:
        scalar_fields = ("kind", "name", "gender", "birth_date", "birth_place", "id_number",
                         "title", "education", "employer", "position", "org_code", "industry",
                         "employee_count", "email", "wechat", "source_channel",
                         "preferred_contact_time", "notes", "credit_limit_cents")  # fmt: skip
        for name in scalar_fields:
            value = getattr(card, name)
            if isinstance(value, str) and name not in ("kind", "name"):
                value = value or None
            setattr(row, name, value.value if name == "kind" else value)
        row.birthday_calendar = card.birthday_calendar.value
        row.id_type = card.id_type.value if card.id_type else None
        row.profile = {k: dict(v) for k, v in card.profile.items() if v}
        row.name_pinyin = name_keys(card.name).sort_key
        row.updated_at = _now()  # a change in a child table alone still changes the card
        s.flush()  # one UPDATE (one row version); the child rows need the id
        now = _now()
        self._sync_phones(s, row.id, card.phones, now)
        self._sync_addresses(s, row.id, card.addresses, now)
        self._sync_relations(s, row.id, card.relations, now)
        self._sync_tags(s, row.id, card.tags, now)
        self._sync_consents(s, row.id, card.consents, now)
        self._sync_custom(s, row.id, card.custom, now)

    @staticmethod
    def _live(s: Session, model: Any, customer_id: uuid.UUID) -> list[Any]:
        return list(s.scalars(select(model).where(model.customer_id == customer_id,
                                                  model.deleted_at.is_(None))))  # fmt: skip

    def _sync_phones(self, s: Session, cid: uuid.UUID, phones: tuple[PhoneEntry, ...],
                     now: dt.datetime) -> None:  # fmt: skip
        existing = {p.digits: p for p in self._live(s, CustomerPhone, cid)}
        for entry in phones:
            row = existing.pop(entry.digits, None)
            if row is None:
                row = CustomerPhone(customer_id=cid)
                s.add(row)
            row.kind = (entry.kind or PhoneKind.OTHER).value
            row.raw, row.digits, row.extension = entry.raw, entry.digits, entry.extension
            row.label, row.is_primary = entry.label or None, entry.is_primary
        for gone in existing.values():
            gone.deleted_at = now

    def _sync_addresses(self, s: Session, cid: uuid.UUID, addresses: tuple[AddressEntry, ...],
                        now: dt.datetime) -> None:  # fmt: skip
        def key(a: Any) -> tuple[str, ...]:
            return (a.province, a.city, a.district, a.street)

        existing = {key(a): a for a in self._live(s, CustomerAddress, cid)}
        for index, entry in enumerate(a for a in addresses if any(key(a))):
            row = existing.pop(key(entry), None)
            if row is None:
                row = CustomerAddress(customer_id=cid, province=entry.province, city=entry.city,
                                      district=entry.district, street=entry.street)  # fmt: skip
                s.add(row)
            row.kind = entry.kind.value
            row.postal_code = entry.postal_code or None
            row.is_primary = (
                entry.is_primary or index == 0 and not any(a.is_primary for a in addresses)
            )
        for gone in existing.values():
            gone.deleted_at = now

    def _sync_relations(self, s: Session, cid: uuid.UUID, relations: tuple[RelationEntry, ...],
                        now: dt.datetime) -> None:  # fmt: skip
        existing = {(r.role, r.name): r for r in self._live(s, CustomerRelation, cid)}
        for entry in relations:
            if not entry.name.strip():
                continue
            row = existing.pop((entry.role, entry.name), None)
            if row is None:
                row = CustomerRelation(customer_id=cid, role=entry.role, name=entry.name)
                s.add(row)
            row.phone, row.note = entry.phone or None, entry.note or None
            row.related_customer_id = entry.related_customer_id
        for gone in existing.values():
            gone.deleted_at = now

    def _sync_tags(
        self, s: Session, cid: uuid.UUID, names: tuple[str, ...], now: dt.datetime
    ) -> None:
        tags = (
            {t.name: t for t in s.scalars(select(Tag).where(Tag.name.in_(names)))} if names else {}
        )
        for name in names:
            if name not in tags:
                tags[name] = Tag(name=name)
                s.add(tags[name])
            elif tags[name].deleted_at is not None:
                tags[name].deleted_at = None
        s.flush()
        wanted = {tags[n].id for n in names}
        links = {link.tag_id: link for link in s.scalars(
            select(CustomerTag).where(CustomerTag.customer_id == cid))}  # fmt: skip
        for tag_id in wanted:
            link = links.pop(tag_id, None)
            if link is None:
                s.add(CustomerTag(customer_id=cid, tag_id=tag_id))
            elif link.deleted_at is not None:
                link.deleted_at = None
        for link in links.values():
            if link.deleted_at is None:
                link.deleted_at = now

    def _sync_consents(self, s: Session, cid: uuid.UUID, consents: dict[ContactChannel, bool],
                       now: dt.datetime) -> None:  # fmt: skip
        existing = {c.channel: c for c in s.scalars(
            select(CustomerConsent).where(CustomerConsent.customer_id == cid))}  # fmt: skip
        for channel, granted in consents.items():
            row = existing.get(channel.value)
            if row is None:
                s.add(CustomerConsent(customer_id=cid, channel=channel.value, granted=granted,
                                      recorded_at=now, source="card"))  # fmt: skip
            elif row.granted != granted or row.deleted_at is not None:
                row.granted, row.recorded_at, row.deleted_at = granted, now, None

    def _sync_custom(self, s: Session, cid: uuid.UUID, custom: dict[str, CustomValue],
                     now: dt.datetime) -> None:  # fmt: skip
        defs = {d.key: d for d in s.scalars(select(CustomFieldDef))}
        existing = {v.field_id: v for v in s.scalars(
            select(CustomFieldValue).where(CustomFieldValue.customer_id == cid))}  # fmt: skip
        for key, value in custom.items():
            definition = defs.get(key)
            if definition is None:
                continue
            row = existing.get(definition.id)
            if value is None or (isinstance(value, str) and not value.strip()):
                if row is not None and row.deleted_at is None:
                    row.deleted_at = now
                continue
            if row is None:
                row = CustomFieldValue(customer_id=cid, field_id=definition.id)
                s.add(row)
            row.deleted_at = None
            row.value_text = value if isinstance(value, str) else None
            row.value_number = value if isinstance(value, decimal.Decimal) else None
            row.value_date = value if isinstance(value, dt.date) else None


__all__ = [
    "CustomFieldInfo",
    "CustomerCardService",
    "DeletedCard",
    "DeletedCards",
    "ValidationFailed",
]
