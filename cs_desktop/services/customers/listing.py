"""The customer list: one query object (search text, filters, sort) counted and read in pages.

SQL does all filtering and sorting (DESIGN.md rule 5); the UI asks for the count and then for
blocks of rows as they scroll into view.

While there is search text and no sort column was chosen (``SortKey.RELEVANCE``), the best
matches come first (domain.search_text.Rank: the exact name, then name and primary-pinyin
prefixes, then other name matches, then phone, ID and address matches), ties in pinyin order.
A one-term short query without filters ("陈", "zs": the ones with tens of thousands of hits) is
answered from the ranked keys: the name matches straight from an index in list order, then the
address-only matches; anything else ranks its hits in SQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import ComplaintState, ContactChannel
from cs_desktop.domain.masking import mask_phone
from cs_desktop.domain.phones import stored_display
from cs_desktop.domain.search_text import Term, TermKind, parse_query
from cs_desktop.storage import search_index
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    CustomerAddress,
    CustomerConsent,
    CustomerPhone,
    CustomerSearch,
    CustomerStats,
    CustomerTag,
    Tag,
    TierPolicy,
)

from ..accounts.actor import actor_of

_CLOSED = (ComplaintState.CLOSED.value, ComplaintState.REVIEWED.value)


class SortKey(StrEnum):
    RELEVANCE = "relevance"  # best match first while searching, else pinyin order (the default)
    NAME = "name"  # pinyin order
    TIER = "tier"
    LAST_VISIT = "last_visit"
    VALUE = "value"


class QueryHint(StrEnum):
    """Why a search shows nothing yet; the UI says it in words."""

    NONE = ""
    TOO_SHORT = "too_short"  # "12": phone and ID fragments need 3 digits


@dataclass(frozen=True)
class CustomerQuery:
    text: str = ""
    tiers: frozenset[str] = frozenset()
    tag_id: uuid.UUID | None = None
    province: str | None = None
    city: str | None = None
    consent: ContactChannel | None = None
    open_complaint: bool = False
    sort: SortKey = SortKey.RELEVANCE
    descending: bool = False  # not for RELEVANCE: the best match always comes first
    include_deleted: bool = False


@dataclass(frozen=True)
class CustomerRow:
    id: uuid.UUID
    kind: str
    name: str
    gender: str | None
    birth_date: dt.date | None
    tier: str | None
    phone: str  # display form of the primary phone
    phone_digits: str
    region: str  # city and district of the primary address
    last_visit_at: dt.datetime | None
    value_cents: int
    deleted: bool = False


@dataclass(frozen=True)
class Page:
    offset: int
    rows: list[CustomerRow] = field(default_factory=list)


@dataclass(frozen=True)
class FilterChoices:
    tiers: list[tuple[str, str]]  # (tier code, label)
    tags: list[tuple[uuid.UUID, str]]
    provinces: list[str]


def hint_for(text: str) -> QueryHint:
    terms = parse_query(text)
    if any(t.kind is TermKind.TOO_SHORT for t in terms):
        return QueryHint.TOO_SHORT
    return QueryHint.NONE


class CustomerListService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    # --- the WHERE clause ------------------------------------------------------------------
    def _filtered(self, stmt: Select, q: CustomerQuery, dialect: str) -> Select:  # type: ignore[type-arg]
        conditions: list[ColumnElement[bool]] = [Customer.merged_into_id.is_(None)]
        if not q.include_deleted:
            conditions.append(Customer.deleted_at.is_(None))
        found = search_index.search_condition(dialect, parse_query(q.text))
        if found is not None:
            conditions.append(found)
        if q.tiers:
            conditions.append(Customer.tier.in_(sorted(q.tiers)))
        if q.tag_id is not None:
            conditions.append(exists().where(
                CustomerTag.customer_id == Customer.id, CustomerTag.tag_id == q.tag_id,
                CustomerTag.deleted_at.is_(None)))  # fmt: skip
        if q.province or q.city:
            region = [
                CustomerAddress.customer_id == Customer.id,
                CustomerAddress.deleted_at.is_(None),
            ]
            if q.province:
                region.append(CustomerAddress.province == q.province)
            if q.city:
                region.append(CustomerAddress.city == q.city)
            conditions.append(exists().where(*region))
        if q.consent is not None:
            conditions.append(exists().where(
                CustomerConsent.customer_id == Customer.id,
                CustomerConsent.channel == q.consent.value,
                CustomerConsent.granted.is_(True), CustomerConsent.deleted_at.is_(None)))  # fmt: skip
        if q.open_complaint:
            conditions.append(exists().where(
                Complaint.customer_id == Customer.id, Complaint.deleted_at.is_(None),
                Complaint.state.not_in(_CLOSED)))  # fmt: skip
        return stmt.where(and_(*conditions))

    def matching_ids(self, q: CustomerQuery, dialect: str) -> Select:  # type: ignore[type-arg]
        """The ids of the cards the list shows for ``q``, unordered (for other reads to join:
        the address table printed for the list as filtered)."""
        return self._filtered(select(Customer.id), q, dialect)

    def _order(self, q: CustomerQuery) -> list:  # type: ignore[type-arg]
        """Orders that match an index exactly, so the database never sorts a million rows."""

        def d(col):  # type: ignore[no-untyped-def]
            return col.desc() if q.descending else col.asc()

        if q.sort is SortKey.RELEVANCE:
            return [Customer.name_pinyin.asc(), Customer.id.asc()]
        if q.sort is SortKey.TIER:
            return [d(Customer.tier), d(Customer.name_pinyin), d(Customer.id)]
        if q.sort is SortKey.LAST_VISIT:
            return [d(CustomerStats.last_visit_at), d(CustomerStats.customer_id)]
        if q.sort is SortKey.VALUE:
            return [d(CustomerStats.value_cents), d(CustomerStats.customer_id)]
        return [d(Customer.name_pinyin), d(Customer.id)]  # NAME, and RELEVANCE without ranks

    def _ordered_ids(self, q: CustomerQuery, dialect: str) -> Select:  # type: ignore[type-arg]
        """The ids in a column's order (or in name order for a relevance without ranks)."""
        if q.sort in (SortKey.LAST_VISIT, SortKey.VALUE) and q == CustomerQuery(
            sort=q.sort, descending=q.descending
        ):
            # No filter at all: customer_stats holds exactly the live cards, so its covering
            # index alone answers any depth.
            return select(CustomerStats.customer_id).order_by(*self._order(q))
        ids_stmt = select(Customer.id)
        if q.sort in (SortKey.LAST_VISIT, SortKey.VALUE):  # walk the stats index
            ids_stmt = select(CustomerStats.customer_id).join(
                Customer, Customer.id == CustomerStats.customer_id
            )
        return self._filtered(ids_stmt, q, dialect).order_by(*self._order(q))

    def filter_choices(self) -> FilterChoices:
        with self._factory() as s:
            policies = s.execute(
                select(TierPolicy.tier, TierPolicy.label)
                .where(TierPolicy.deleted_at.is_(None))
                .order_by(TierPolicy.position, TierPolicy.tier)
            ).all()
            known = {t for t, _ in policies}
            used = s.scalars(select(Customer.tier).where(Customer.tier.is_not(None)).distinct())
            tiers = [(t, label) for t, label in policies]
            tiers += [(t, t) for t in sorted(t for t in set(used) - known if t)]
            tags = s.execute(
                select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.name)
            ).all()
            provinces = s.scalars(
                select(CustomerAddress.province)
                .where(CustomerAddress.province != "")
                .distinct()
                .order_by(CustomerAddress.province)
            ).all()
        return FilterChoices(tiers, [(i, n) for i, n in tags], list(provinces))

    # --- the best-first order -------------------------------------------------------------
    @staticmethod
    def _keyed(q: CustomerQuery, terms: list[Term]) -> str | None:
        """The ranked key answering this query, if it is a one-term short one without filters."""
        if q.sort is not SortKey.RELEVANCE or q != CustomerQuery(text=q.text):
            return None
        return search_index.short_key(terms)

    @staticmethod
    def _unkeyed(terms: list[Term], dialect: str) -> Select | None:  # type: ignore[type-arg]
        """The live cards a one-term Chinese query finds only outside the name (the address):
        they rank last (Rank.OTHER), in pinyin order. None for a pinyin key (names only)."""
        if terms[0].kind is not TermKind.HAN_SHORT:
            return None
        cs = CustomerSearch
        return (
            select(cs.customer_id)
            .where(search_index.han_short_docs(dialect, terms[0]),
                   ~search_index.name_has(terms[0]), cs.live.is_(True))
            .order_by(cs.sort, cs.doc_id)
        )  # fmt: skip

    def _keyed_ids(self, s: Session, terms: list[Term], key: str, dialect: str, offset: int,
                   limit: int) -> list[uuid.UUID]:  # fmt: skip
        docs = list(s.scalars(search_index.keyed_hits(key).offset(offset).limit(limit)))
        customer_of: dict[int, uuid.UUID] = {}
        if docs:
            customer_of.update(s.execute(
                select(CustomerSearch.doc_id, CustomerSearch.customer_id)
                .where(CustomerSearch.doc_id.in_(docs))).all())  # fmt: skip
        ids = [customer_of[d] for d in docs]
        rest = self._unkeyed(terms, dialect)
        if len(ids) < limit and rest is not None:  # past the name matches
            keyed = (
                offset + len(docs) if docs else int(s.scalar(search_index.keyed_count(key)) or 0)
            )
            ids += s.scalars(rest.offset(max(0, offset - keyed)).limit(limit - len(ids)))
        return ids

    # --- reads --------------------------------------------------------------------------------
    def count(self, q: CustomerQuery) -> int:
        terms = parse_query(q.text)
        with self._factory() as s:
            dialect = s.get_bind().dialect.name
            key = self._keyed(q, terms)
            if key is not None:
                found = int(s.scalar(search_index.keyed_count(key)) or 0)
                rest = self._unkeyed(terms, dialect)
                counted = search_index.unkeyed_count(s.connection(), terms[0])
                if counted is not None:
                    found += counted
                elif rest is not None:
                    found += int(s.scalar(
                        select(func.count()).select_from(rest.order_by(None).subquery())) or 0)  # fmt: skip
                return found
            stmt = self._filtered(select(func.count()).select_from(Customer), q, dialect)
            return int(s.scalar(stmt) or 0)

    def page(self, q: CustomerQuery, offset: int, limit: int) -> Page:
        """One block of rows. First the ids alone, so that for the default orders the OFFSET
        walks a covering index only; then the details of just those rows."""
        terms = parse_query(q.text)
        with self._factory() as s:
            dialect = s.get_bind().dialect.name
            key = self._keyed(q, terms)
            relevance = (
                search_index.relevance(terms) if q.sort is SortKey.RELEVANCE and terms else None
            )
            if key is not None:
                ids = self._keyed_ids(s, terms, key, dialect, offset, limit)
            elif relevance is not None:
                ids_stmt = select(Customer.id).join(
                    CustomerSearch, CustomerSearch.customer_id == Customer.id
                )
                ids_stmt = self._filtered(ids_stmt, q, dialect).order_by(
                    relevance, CustomerSearch.sort, CustomerSearch.doc_id
                )
                ids = list(s.scalars(ids_stmt.offset(offset).limit(limit)))
            else:
                ids = list(s.scalars(self._ordered_ids(q, dialect).offset(offset).limit(limit)))
            if not ids:
                return Page(offset, [])
            # A merged or deleted card has no stats row; a stats row always has a card.
            details = {r.id: r for r in s.execute(
                select(Customer.id, Customer.kind, Customer.name, Customer.gender,
                       Customer.birth_date, Customer.tier, Customer.deleted_at,
                       CustomerStats.last_visit_at, CustomerStats.value_cents)
                .outerjoin(CustomerStats, CustomerStats.customer_id == Customer.id)
                .where(Customer.id.in_(ids)))}  # fmt: skip
            phones = self._primary_phones(s, ids)
            if actor_of(s) is not None:  # a signed-in person sees numbers masked (masked.py)
                phones = {cid: (mask_phone(digits), "") for cid, (_shown, digits) in phones.items()}
            regions = self._primary_regions(s, ids)
        rows = []
        for cid in ids:
            r = details[cid]
            phone, digits = phones.get(cid, ("", ""))
            rows.append(CustomerRow(
                id=cid, kind=r.kind, name=r.name, gender=r.gender, birth_date=r.birth_date,
                tier=r.tier, phone=phone, phone_digits=digits, region=regions.get(cid, ""),
                last_visit_at=r.last_visit_at, value_cents=r.value_cents or 0,
                deleted=r.deleted_at is not None))  # fmt: skip
        return Page(offset, rows)

    @staticmethod
    def _primary_phones(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str]]:
        if not ids:
            return {}
        out: dict[uuid.UUID, tuple[str, str]] = {}
        rows = s.execute(
            select(CustomerPhone.customer_id, CustomerPhone.kind, CustomerPhone.digits,
                   CustomerPhone.extension, CustomerPhone.is_primary)
            .where(CustomerPhone.customer_id.in_(ids), CustomerPhone.deleted_at.is_(None))
            .order_by(CustomerPhone.is_primary.desc())
        )  # fmt: skip
        for cid, kind, digits, ext, _primary in rows:
            if cid in out:
                continue
            out[cid] = (stored_display(kind, digits, ext), digits)
        return out

    @staticmethod
    def _primary_regions(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not ids:
            return {}
        out: dict[uuid.UUID, str] = {}
        rows = s.execute(
            select(CustomerAddress.customer_id, CustomerAddress.city, CustomerAddress.district)
            .where(CustomerAddress.customer_id.in_(ids), CustomerAddress.deleted_at.is_(None))
            .order_by(CustomerAddress.is_primary.desc())
        )
        for cid, city, district in rows:
            out.setdefault(cid, f"{city}{district}")
        return out
