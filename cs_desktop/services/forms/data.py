"""The data each printed form shows, read in one short session per form (or per batch), as
plain frozen dataclasses. Numbers come whole: the printing layer masks them."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from cs_desktop.domain.enums import ComplaintStage
from cs_desktop.storage.models import (
    Complaint,
    ComplaintPromise,
    ComplaintStageRecord,
    Customer,
    CustomerAddress,
    CustomerPhone,
    CustomerStats,
    Followup,
    Staff,
    SurveyDefinition,
    SurveyItem,
    TierPolicy,
    Visit,
)

from ..complaints.settings import ComplaintSettings, Level
from ..customers.card_dto import CustomerCard
from ..customers.cards import CustomerCardService
from ..customers.listing import CustomerListService, CustomerQuery
from ..customers.timeline import EntryKind, TimelineEntry, TimelineService
from ..errors import ServiceError
from ..surveys.definitions import survey_uses

RECENT = 15  # visits and transactions shown on the management card


@dataclass(frozen=True)
class ManagementCard:
    card: CustomerCard
    visit_count: int
    first_visit_at: dt.datetime | None
    last_visit_at: dt.datetime | None
    value_cents: int
    balance_cents: int
    open_complaints: int
    recent: list[TimelineEntry]  # visits and transactions, newest first


@dataclass(frozen=True)
class AddressLine:
    province: str
    city: str
    district: str
    street: str
    name: str
    phone: str  # digits
    tier: str  # the tier's label


@dataclass(frozen=True)
class PromiseLine:
    text: str
    due_at: dt.datetime
    status: str


@dataclass(frozen=True)
class ComplaintSheet:
    number: str
    received_at: dt.datetime
    channel: str
    category: str
    severity: str  # the site's label for it
    state: str
    customer_name: str
    customer_phone: str  # digits
    customer_id_number: str
    customer_words: str
    customer_wants: str
    promised_handling: str
    receiver: str
    owner: str
    satisfaction: int | None
    compensation_cents: int
    stages: dict[ComplaintStage, dict[str, object]]
    promises: list[PromiseLine]


@dataclass(frozen=True)
class FollowupSheet:
    customer_name: str
    phone: str  # digits
    tier: str
    last_visit_at: dt.datetime | None
    last_visit_purpose: str
    due_date: dt.date | None
    reason: str  # FollowupReason value, "" for a form printed from the card
    notes: str
    staff: str


@dataclass(frozen=True)
class SurveyItemLine:
    text: str
    kind: str


@dataclass(frozen=True)
class SurveySheet:
    name: str  # "" when the site has no survey defined: the printing layer's standard items
    scale_max: int
    items: list[SurveyItemLine]
    customer_name: str
    phone: str
    # the questions beside the items that the survey asks (so a returned form matches what
    # is typed in from it)
    asks_nps: bool = True
    asks_expectation: bool = True
    asks_loyalty: bool = True


class FormData:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    # --- cards --------------------------------------------------------------------------------
    def card(self, customer_id: uuid.UUID) -> CustomerCard:
        return CustomerCardService(self._factory).get(customer_id)

    def management(self, customer_id: uuid.UUID) -> ManagementCard:
        card = self.card(customer_id)
        with self._factory() as s:
            stats = s.get(CustomerStats, customer_id)
        entries = TimelineService(self._factory).timeline(customer_id, RECENT).entries
        recent = [e for e in entries if e.kind in (EntryKind.VISIT, EntryKind.TRANSACTION)]
        if stats is None:
            return ManagementCard(card, 0, None, None, 0, 0, 0, recent)
        return ManagementCard(card, stats.visit_count, stats.first_visit_at, stats.last_visit_at,
                              stats.value_cents, stats.balance_cents, stats.open_complaints,
                              recent)  # fmt: skip

    # --- tables -------------------------------------------------------------------------------
    def addresses(
        self, province: str = "", query: CustomerQuery | None = None
    ) -> list[AddressLine]:
        """Live customers by primary address: province, city, district, then name (pinyin).
        ``query``: only the customers the list shows for it (search text and filters)."""
        phone = aliased(CustomerPhone)
        stmt = (
            select(CustomerAddress.province, CustomerAddress.city, CustomerAddress.district,
                   CustomerAddress.street, Customer.name, phone.digits, TierPolicy.label)
            .join(Customer, Customer.id == CustomerAddress.customer_id)
            .outerjoin(phone, and_(phone.customer_id == Customer.id, phone.is_primary.is_(True),
                                   phone.deleted_at.is_(None)))
            .outerjoin(TierPolicy, TierPolicy.tier == Customer.tier)
            .where(CustomerAddress.is_primary.is_(True), CustomerAddress.deleted_at.is_(None),
                   Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))
            .order_by(CustomerAddress.province, CustomerAddress.city, CustomerAddress.district,
                      Customer.name_pinyin, Customer.id)
        )  # fmt: skip
        if province:
            stmt = stmt.where(CustomerAddress.province == province)
        with self._factory() as s:
            if query is not None:
                ids = CustomerListService(self._factory).matching_ids(
                    query, s.get_bind().dialect.name
                )
                stmt = stmt.where(Customer.id.in_(ids))
            return [AddressLine(p or "", c or "", d or "", st or "", n, ph or "", t or "")
                    for p, c, d, st, n, ph, t in s.execute(stmt)]  # fmt: skip

    # --- complaints ---------------------------------------------------------------------------
    def complaint(self, ref: str) -> ComplaintSheet:
        """By id or by its printed number (TS-...)."""
        receiver, owner = aliased(Staff), aliased(Staff)
        with self._factory() as s:
            cond = Complaint.number == ref.strip()
            with contextlib.suppress(ValueError):
                cond = cond | (Complaint.id == uuid.UUID(ref.strip()))
            row = s.execute(
                select(Complaint, Customer.name, Customer.id_number, receiver.display_name,
                       owner.display_name)
                .join(Customer, Customer.id == Complaint.customer_id)
                .outerjoin(receiver, receiver.id == Complaint.receiver_staff_id)
                .outerjoin(owner, owner.id == Complaint.owner_staff_id)
                .where(cond, Complaint.deleted_at.is_(None))
            ).first()  # fmt: skip
            if row is None:
                raise ServiceError("complaint_not_found", field="complaint", ref=ref)
            c, name, id_number, receiver_name, owner_name = row
            severity = {lv.code: lv.label for lv in self._severities()}.get(c.severity, c.severity)
            stages = {ComplaintStage(st): dict(data or {}) for st, data in s.execute(
                select(ComplaintStageRecord.stage, ComplaintStageRecord.data)
                .where(ComplaintStageRecord.complaint_id == c.id,
                       ComplaintStageRecord.deleted_at.is_(None)))}  # fmt: skip
            promises = [PromiseLine(p.text, p.due_at, p.status) for p in s.scalars(
                select(ComplaintPromise).where(ComplaintPromise.complaint_id == c.id,
                                               ComplaintPromise.deleted_at.is_(None))
                .order_by(ComplaintPromise.due_at))]  # fmt: skip
            return ComplaintSheet(
                c.number, c.received_at, c.channel, c.category, severity, c.state, name,
                _primary_phone(s, c.customer_id), id_number or "", c.customer_words,
                c.customer_wants or "", c.promised_handling or "", receiver_name or "",
                owner_name or "", c.satisfaction, c.compensation_cents, stages, promises,
            )  # fmt: skip

    def _severities(self) -> tuple[Level, ...]:
        return ComplaintSettings(self._factory).rules().severities

    # --- follow-ups -----------------------------------------------------------------------------
    def followups_due(self, day: dt.date) -> list[FollowupSheet]:
        """The open follow-ups due on ``day``, by customer name (pinyin): the day's batch."""
        staff = aliased(Staff)
        with self._factory() as s:
            rows = s.execute(
                select(Followup, Customer.id, Customer.name, TierPolicy.label, staff.display_name)
                .join(Customer, Customer.id == Followup.customer_id)
                .outerjoin(TierPolicy, TierPolicy.tier == Customer.tier)
                .outerjoin(staff, staff.id == Followup.assigned_staff_id)
                .where(Followup.due_date == day, Followup.status == "open",
                       Followup.deleted_at.is_(None), Customer.deleted_at.is_(None))
                .order_by(Customer.name_pinyin, Customer.id)
            ).all()  # fmt: skip
            ids = [cid for _f, cid, *_rest in rows]
            phones, visits = _primary_phones(s, ids), _last_visits(s, ids)
            sheets = []
            for f, cid, name, tier, who in rows:
                visit_at, purpose = visits.get(cid, (None, ""))
                sheets.append(FollowupSheet(name, phones.get(cid, ""), tier or "", visit_at,
                                            purpose, f.due_date, f.reason, f.notes or "",
                                            who or ""))  # fmt: skip
            return sheets

    def followup_for(self, customer_id: uuid.UUID) -> FollowupSheet:
        """A return-visit form for one customer (printed from the card)."""
        with self._factory() as s:
            row = s.execute(select(Customer.name, TierPolicy.label)
                            .outerjoin(TierPolicy, TierPolicy.tier == Customer.tier)
                            .where(Customer.id == customer_id,
                                   Customer.deleted_at.is_(None))).first()  # fmt: skip
            if row is None:
                raise ServiceError("customer_not_found", field="customer", id=str(customer_id))
            visit_at, purpose = _last_visits(s, [customer_id]).get(customer_id, (None, ""))
            return FollowupSheet(row[0], _primary_phone(s, customer_id), row[1] or "", visit_at,
                                 purpose, None, "", "", "")  # fmt: skip

    # --- surveys --------------------------------------------------------------------------------
    def survey(self, customer_id: uuid.UUID | None = None, code: str = "") -> SurveySheet:
        """The active survey (the one named by ``code``, else the site's follow-up survey, else
        the first active one) with the customer's name and phone for the header; no survey
        defined: an empty item list."""
        with self._factory() as s:
            name, phone = "", ""
            if customer_id is not None:
                name = s.scalar(select(Customer.name).where(Customer.id == customer_id,
                                                            Customer.deleted_at.is_(None))) or ""  # fmt: skip
                if not name:
                    raise ServiceError("customer_not_found", field="customer",
                                       id=str(customer_id))  # fmt: skip
                phone = _primary_phone(s, customer_id)
            stmt = select(SurveyDefinition).where(SurveyDefinition.active.is_(True),
                                                  SurveyDefinition.deleted_at.is_(None))  # fmt: skip
            if code:
                stmt = stmt.where(SurveyDefinition.code == code)
            order = (SurveyDefinition.code, SurveyDefinition.version.desc())
            survey = None if code else s.scalars(
                stmt.where(SurveyDefinition.code == survey_uses(s)["followup"])
                .order_by(*order)).first()  # fmt: skip
            survey = survey or s.scalars(stmt.order_by(*order)).first()
            if survey is None:
                if code:
                    raise ServiceError("survey_not_found", field="survey", survey=code)
                return SurveySheet("", 5, [], name, phone)
            items = [SurveyItemLine(i.text, i.kind) for i in s.scalars(
                select(SurveyItem).where(SurveyItem.definition_id == survey.id,
                                         SurveyItem.deleted_at.is_(None))
                .order_by(SurveyItem.position))]  # fmt: skip
            return SurveySheet(survey.name, survey.scale_max, items, name, phone,
                               survey.asks_nps, survey.asks_expectation, survey.asks_loyalty)  # fmt: skip


def _primary_phone(s: Session, customer_id: uuid.UUID) -> str:
    return _primary_phones(s, [customer_id]).get(customer_id, "")


def _primary_phones(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    out: dict[uuid.UUID, str] = {}
    for chunk in _chunks(ids):
        for cid, digits, primary in s.execute(
            select(CustomerPhone.customer_id, CustomerPhone.digits, CustomerPhone.is_primary)
            .where(CustomerPhone.customer_id.in_(chunk), CustomerPhone.deleted_at.is_(None))
            .order_by(CustomerPhone.is_primary)
        ):  # fmt: skip
            if primary or cid not in out:  # the primary one wins, else any
                out[cid] = digits
    return out


def _last_visits(
    s: Session, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[dt.datetime | None, str]]:
    out: dict[uuid.UUID, tuple[dt.datetime | None, str]] = {}
    for chunk in _chunks(ids):
        for cid, at, purpose in s.execute(
            select(Visit.customer_id, Visit.occurred_at, Visit.purpose)
            .where(Visit.customer_id.in_(chunk), Visit.deleted_at.is_(None))
            .order_by(Visit.occurred_at)
        ):  # fmt: skip
            out[cid] = (at, purpose or "")  # the latest one stays
    return out


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> list[Sequence[uuid.UUID]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
