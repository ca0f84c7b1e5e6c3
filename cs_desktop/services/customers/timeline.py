"""A customer's timeline: everything that happened with them, newest first.

Visits and calls, transactions, complaints, follow-ups (due and done), tier changes, merges and
the card's own creation. Each source is read newest first with a limit, through its
(customer_id, time) index, and the streams are merged, so a customer with years of visits opens
as fast as a new one. Entries carry codes and the customer's own data (purposes, categories,
descriptions), never sentences: the UI words them (DESIGN.md rule 9).
"""

from __future__ import annotations

import datetime as dt
import heapq
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.services.complaints.lists import overdue_condition
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    CustomerMerge,
    Followup,
    Staff,
    SurveyDefinition,
    SurveyResponse,
    TierHistory,
    TierPolicy,
    Transaction,
    Visit,
)
from cs_desktop.storage.types import utcnow

from ..errors import ServiceError

DEFAULT_LIMIT = 300


class EntryKind(StrEnum):
    CREATED = "created"
    VISIT = "visit"
    TRANSACTION = "transaction"
    COMPLAINT = "complaint"
    FOLLOWUP = "followup"
    TIER = "tier"
    MERGE = "merge"
    SURVEY = "survey"


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime  # UTC; a follow-up's due date is taken at midnight UTC
    kind: EntryKind
    subkind: str = ""  # visit kind, transaction kind, follow-up reason, tier cause ...
    state: str = ""  # complaint state, follow-up status; "undone" for an undone merge
    title: str = ""  # the customer's data: purpose, category, description, other card's name
    detail: str = ""  # outcome, customer's words, reason, number
    amount_cents: int | None = None
    staff: str = ""
    from_tier: str = ""  # tier labels as the site names them
    to_tier: str = ""
    ref_id: uuid.UUID | None = None
    late: bool = False  # a complaint past its deadline
    score: float | None = None  # an answered survey's index on 1-5
    nps: int | None = None  # its 0-10 recommendation answer


@dataclass(frozen=True)
class Timeline:
    entries: list[TimelineEntry]
    complete: bool  # False when some source had more than the limit


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


class TimelineService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def timeline(self, customer_id: uuid.UUID, limit: int = DEFAULT_LIMIT) -> Timeline:
        with self._factory() as s:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise ServiceError("customer_not_found", id=str(customer_id))
            staff = _Names(s)
            sources = [
                self._visits(s, customer_id, limit, staff),
                self._transactions(s, customer_id, limit),
                self._complaints(s, customer_id, limit, staff),
                self._followups(s, customer_id, limit, staff),
                self._tiers(s, customer_id, limit, staff),
                self._merges(s, customer_id, limit, staff),
                self._surveys(s, customer_id, limit, staff),
            ]
            created = [TimelineEntry(customer.created_at, EntryKind.CREATED, ref_id=customer.id)]
            merged = list(
                _take(heapq.merge(*sources, created, key=lambda e: e.at, reverse=True), limit + 1)
            )
            return Timeline(merged[:limit], complete=len(merged) <= limit)

    # --- sources, newest first, one more than the limit to know whether there is more ----------
    @staticmethod
    def _visits(s: Session, cid: uuid.UUID, limit: int, staff: _Names) -> list[TimelineEntry]:
        rows = s.execute(
            select(
                Visit.id,
                Visit.occurred_at,
                Visit.kind,
                Visit.purpose,
                Visit.outcome,
                Visit.value_cents,
                Visit.staff_id,
            )  # fmt: skip
            .where(Visit.customer_id == cid, Visit.deleted_at.is_(None))
            .order_by(Visit.occurred_at.desc())
            .limit(limit + 1)
        ).all()
        return [
            TimelineEntry(
                at,
                EntryKind.VISIT,
                subkind=kind,
                title=purpose or "",
                detail=outcome or "",
                amount_cents=value or None,
                staff=staff.name(staff_id),
                ref_id=vid,
            )  # fmt: skip
            for vid, at, kind, purpose, outcome, value, staff_id in rows
        ]

    @staticmethod
    def _transactions(s: Session, cid: uuid.UUID, limit: int) -> list[TimelineEntry]:
        rows = s.execute(
            select(
                Transaction.id,
                Transaction.occurred_at,
                Transaction.kind,
                Transaction.description,
                Transaction.amount_cents,
            )  # fmt: skip
            .where(Transaction.customer_id == cid, Transaction.deleted_at.is_(None))
            .order_by(Transaction.occurred_at.desc())
            .limit(limit + 1)
        ).all()
        return [
            TimelineEntry(
                at,
                EntryKind.TRANSACTION,
                subkind=kind,
                title=text or "",
                amount_cents=amount,
                ref_id=tid,
            )  # fmt: skip
            for tid, at, kind, text, amount in rows
        ]

    @staticmethod
    def _complaints(s: Session, cid: uuid.UUID, limit: int, staff: _Names) -> list[TimelineEntry]:
        rows = s.execute(
            select(
                Complaint.id,
                Complaint.received_at,
                Complaint.number,
                Complaint.category,
                Complaint.customer_words,
                Complaint.state,
                Complaint.owner_staff_id,
                overdue_condition(utcnow()),
            )  # fmt: skip
            .where(Complaint.customer_id == cid, Complaint.deleted_at.is_(None))
            .order_by(Complaint.received_at.desc())
            .limit(limit + 1)
        ).all()
        return [
            TimelineEntry(
                at,
                EntryKind.COMPLAINT,
                subkind=number,
                state=state,
                title=category,
                detail=words,
                staff=staff.name(owner),
                ref_id=kid,
                late=bool(late),
            )  # fmt: skip
            for kid, at, number, category, words, state, owner, late in rows
        ]

    @staticmethod
    def _followups(s: Session, cid: uuid.UUID, limit: int, staff: _Names) -> list[TimelineEntry]:
        rows = s.execute(
            select(
                Followup.id,
                Followup.due_date,
                Followup.completed_at,
                Followup.reason,
                Followup.status,
                Followup.outcome,
                Followup.notes,
                Followup.assigned_staff_id,
            )  # fmt: skip
            .where(Followup.customer_id == cid, Followup.deleted_at.is_(None))
            .order_by(Followup.due_date.desc())
            .limit(limit + 1)
        ).all()
        entries = [
            TimelineEntry(
                done or _utc(due),
                EntryKind.FOLLOWUP,
                subkind=reason,
                state=status,
                detail=outcome or notes or "",
                staff=staff.name(who),
                ref_id=fid,
            )  # fmt: skip
            for fid, due, done, reason, status, outcome, notes, who in rows
        ]
        entries.sort(key=lambda e: e.at, reverse=True)  # a done one sits at its completion
        return entries

    @staticmethod
    def _surveys(s: Session, cid: uuid.UUID, limit: int, staff: _Names) -> list[TimelineEntry]:
        rows = s.execute(
            select(SurveyResponse.id, SurveyResponse.answered_at, SurveyResponse.source,
                   SurveyDefinition.name, SurveyResponse.comment, SurveyResponse.index_score,
                   SurveyResponse.nps, SurveyResponse.staff_id)
            .join(SurveyDefinition, SurveyDefinition.id == SurveyResponse.definition_id)
            .where(SurveyResponse.customer_id == cid, SurveyResponse.deleted_at.is_(None))
            .order_by(SurveyResponse.answered_at.desc())
            .limit(limit + 1)
        ).all()  # fmt: skip
        return [TimelineEntry(at, EntryKind.SURVEY, subkind=source, title=name,
                              detail=comment or "", staff=staff.name(who), ref_id=rid,
                              score=index, nps=nps)
                for rid, at, source, name, comment, index, nps, who in rows]  # fmt: skip

    @staticmethod
    def _tiers(s: Session, cid: uuid.UUID, limit: int, staff: _Names) -> list[TimelineEntry]:
        labels = {t: label for t, label in s.execute(select(TierPolicy.tier, TierPolicy.label))}
        rows = s.execute(
            select(
                TierHistory.id,
                TierHistory.at,
                TierHistory.from_tier,
                TierHistory.to_tier,
                TierHistory.cause,
                TierHistory.reason,
                TierHistory.staff_id,
            )  # fmt: skip
            .where(TierHistory.customer_id == cid, TierHistory.deleted_at.is_(None))
            .order_by(TierHistory.at.desc())
            .limit(limit + 1)
        ).all()
        return [
            TimelineEntry(
                at,
                EntryKind.TIER,
                subkind=cause,
                detail=reason or "",
                staff=staff.name(who),
                from_tier=labels.get(old, old) if old else "",
                to_tier=labels.get(new, new) if new else "",
                ref_id=hid,
            )  # fmt: skip
            for hid, at, old, new, cause, reason, who in rows
        ]

    @staticmethod
    def _merges(s: Session, cid: uuid.UUID, limit: int, staff: _Names) -> list[TimelineEntry]:
        rows = s.execute(
            select(
                CustomerMerge.id,
                CustomerMerge.merged_at,
                CustomerMerge.merged_id,
                CustomerMerge.undone_at,
                CustomerMerge.staff_id,
                Customer.name,
            )  # fmt: skip
            .join(Customer, Customer.id == CustomerMerge.merged_id)
            .where(CustomerMerge.kept_id == cid)
            .order_by(CustomerMerge.merged_at.desc())
            .limit(limit + 1)
        ).all()
        return [
            TimelineEntry(
                at,
                EntryKind.MERGE,
                state="undone" if undone else "",
                title=name,
                staff=staff.name(who),
                ref_id=mid,
            )  # fmt: skip
            for mid, at, _merged, undone, who, name in rows
        ]


def _take(entries: Iterable[TimelineEntry], limit: int) -> Iterator[TimelineEntry]:
    for n, entry in enumerate(entries):
        if n >= limit:
            return
        yield entry


class _Names:
    """Staff display names, read once per timeline (a site has tens of staff)."""

    def __init__(self, s: Session) -> None:
        self._names: dict[uuid.UUID, str] | None = None
        self._s = s

    def name(self, staff_id: uuid.UUID | None) -> str:
        if staff_id is None:
            return ""
        if self._names is None:
            self._names = {i: n for i, n in self._s.execute(select(Staff.id, Staff.display_name))}
        return self._names.get(staff_id, "")
