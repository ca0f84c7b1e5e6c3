"""Merging two cards of the same customer, and undoing it.

Everything that happened with either card stays: visits, transactions, follow-ups, complaints,
surveys, tier history, phones, addresses, tags, consents, relations and custom values move to
the kept card. Where the kept card already has the same thing (the same phone, tag, consent
channel, custom field), the merged card's row is set aside (tombstoned), not lost. Card fields
the user chooses are taken from the merged card, and the merge record keeps which value came
from where. The merged card becomes a tombstone pointing at the kept one. Undo reverses all of it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from cs_desktop.domain.enums import TierCause
from cs_desktop.domain.pinyin import name_keys
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    CustomerAddress,
    CustomerConsent,
    CustomerMerge,
    CustomerPhone,
    CustomerRelation,
    CustomerTag,
    CustomFieldValue,
    Followup,
    Staff,
    SurveyResponse,
    TierHistory,
    Transaction,
    Visit,
)
from cs_desktop.storage.session import writing

from ..accounts.actor import require
from ..audit.recorder import record_in
from ..errors import ServiceError
from ..tiers.recompute import TierRecompute
from .indexing import reindex
from .stats import recompute_stats

# Card fields a user may take from the merged card.
MERGEABLE_FIELDS = (
    "name", "gender", "birth_date", "birthday_calendar", "birth_place", "id_type", "id_number",
    "title", "education", "employer", "position", "org_code", "industry", "employee_count",
    "email", "wechat", "source_channel", "preferred_contact_time", "notes", "credit_limit_cents",
)  # fmt: skip

# Rows that simply move. (model, column naming the customer)
_MOVE: tuple[Any, ...] = (Visit, Transaction, Followup, Complaint, SurveyResponse, TierHistory,
                          CustomerRelation)  # fmt: skip
# Rows that move unless the kept card has the same one: (model, the columns that make it "same")
_MOVE_UNLESS_SAME: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (CustomerPhone, ("digits",)),
    (CustomerAddress, ("province", "city", "district", "street")),
    (CustomerTag, ("tag_id",)),
    (CustomerConsent, ("channel",)),
    (CustomFieldValue, ("field_id",)),
)


# What a merge or its undo writes, for the Changes the UI broadcasts.
TOUCHED_TABLES: tuple[str, ...] = (
    "customers", "customer_stats", "customer_merges", "tags",
    *(m.__tablename__ for m in _MOVE), *(m.__tablename__ for m, _ in _MOVE_UNLESS_SAME),
)  # fmt: skip


@dataclass(frozen=True)
class MergeRecord:
    """One merge as the recent-merges list shows it."""

    merge_id: uuid.UUID
    kept_id: uuid.UUID
    kept_name: str
    merged_id: uuid.UUID
    merged_name: str
    merged_at: dt.datetime
    staff_name: str | None
    fields_taken: tuple[str, ...]
    moved: dict[str, int]  # rows moved to the kept card, by table
    set_aside: dict[str, int]  # rows the kept card already had, by table
    undone_at: dt.datetime | None
    # Undo needs the later merges into the same kept card undone first (the service refuses).
    undoable: bool


@dataclass(frozen=True)
class MergeResult:
    merge_id: uuid.UUID
    kept_id: uuid.UUID
    merged_id: uuid.UUID
    moved: dict[str, int]
    set_aside: dict[str, int]
    fields_taken: tuple[str, ...]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, decimal.Decimal):
        return {"decimal": str(value)}
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and "date" in value:
        return dt.date.fromisoformat(value["date"])
    if isinstance(value, dict) and "decimal" in value:
        return decimal.Decimal(value["decimal"])
    return value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MergeService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def merge(self, kept_id: uuid.UUID, merged_id: uuid.UUID,
              take_from_merged: Iterable[str] = (), staff_id: uuid.UUID | None = None) -> MergeResult:  # fmt: skip
        take = tuple(dict.fromkeys(take_from_merged))
        unknown = [f for f in take if f not in MERGEABLE_FIELDS]
        if unknown:
            raise ServiceError("unknown_field", field=unknown[0])
        if kept_id == merged_id:
            raise ServiceError("merge_same_card")
        now = _now()
        with writing(self._factory) as s:
            actor = require(s, Permission.MERGE)
            if staff_id is None and actor is not None:
                staff_id = actor.staff_id
            kept, merged = s.get(Customer, kept_id), s.get(Customer, merged_id)
            if kept is None or merged is None:
                raise ServiceError("customer_not_found")
            if merged.merged_into_id is not None or kept.merged_into_id is not None:
                raise ServiceError("already_merged")
            if kept.deleted_at is not None:
                raise ServiceError("customer_deleted", name=kept.name)
            fields = {}
            for name in take:
                fields[name] = {"kept": _jsonable(getattr(kept, name)),
                                "merged": _jsonable(getattr(merged, name))}  # fmt: skip
                setattr(kept, name, getattr(merged, name))
            if "name" in take:
                kept.name_pinyin = name_keys(kept.name).sort_key
            kept.updated_at = now
            moved: dict[str, list[str]] = {}
            set_aside: dict[str, list[str]] = {}
            for model in _MOVE:
                ids = list(s.scalars(select(model.id).where(model.customer_id == merged_id)))
                if ids:
                    s.execute(update(model).where(model.id.in_(ids))
                              .values(customer_id=kept_id, updated_at=now))  # fmt: skip
                    moved[model.__tablename__] = [str(i) for i in ids]
            for model, same in _MOVE_UNLESS_SAME:
                kept_keys = {tuple(getattr(r, c) for c in same) for r in s.scalars(
                    select(model).where(model.customer_id == kept_id, model.deleted_at.is_(None)))}  # fmt: skip
                for row in s.scalars(select(model).where(model.customer_id == merged_id)):
                    if row.deleted_at is None and tuple(getattr(row, c) for c in same) in kept_keys:
                        row.deleted_at = now
                        set_aside.setdefault(model.__tablename__, []).append(str(row.id))
                    else:
                        row.customer_id = kept_id
                        if model is CustomerPhone or model is CustomerAddress:
                            row.is_primary = False  # the kept card's primary stays primary
                        moved.setdefault(model.__tablename__, []).append(str(row.id))
            merged.merged_into_id = kept_id
            merged.deleted_at = now
            record = CustomerMerge(kept_id=kept_id, merged_id=merged_id, staff_id=staff_id,
                                   merged_at=now, moved=moved, set_aside=set_aside, fields=fields)  # fmt: skip
            s.add(record)
            s.flush()
            # one audit entry: what moved, which fields came from where, the cards' changes
            record_in(s, "merge", "customer", kept_id, customer_id=kept_id, absorb=True,
                      details={"merge_id": record.id, "merged_id": merged_id,
                               "merged_name": merged.name, "fields": fields,
                               "moved": {k: len(v) for k, v in moved.items()},
                               "set_aside": {k: len(v) for k, v in set_aside.items()}})  # fmt: skip
            record_in(s, "merged_into", "customer", merged_id, customer_id=merged_id,
                      details={"merge_id": record.id, "kept_id": kept_id})  # fmt: skip
            conn = s.connection()
            recompute_stats(conn, [kept_id, merged_id])
            reindex(conn, [kept_id, merged_id])
            # the kept card now has both cards' transactions: its tier follows (cause "merge")
            TierRecompute(self._factory).reclassify(s, [kept_id], TierCause.MERGE)
            return MergeResult(record.id, kept_id, merged_id,
                               {k: len(v) for k, v in moved.items()},
                               {k: len(v) for k, v in set_aside.items()}, take)  # fmt: skip

    def recent(self, limit: int = 200) -> list[MergeRecord]:
        """The latest merges first, undone ones included (they say when)."""
        kept, merged = aliased(Customer), aliased(Customer)
        with self._factory() as s:
            rows = s.execute(
                select(CustomerMerge, kept.name, merged.name, Staff.display_name)
                .join(kept, kept.id == CustomerMerge.kept_id)
                .join(merged, merged.id == CustomerMerge.merged_id)
                .outerjoin(Staff, Staff.id == CustomerMerge.staff_id)
                .order_by(CustomerMerge.merged_at.desc(), CustomerMerge.id.desc())
                .limit(limit)
            ).all()  # fmt: skip
            # The newest live merge into each kept card is the one that may be undone.
            last_live = dict(
                s.execute(
                    select(CustomerMerge.kept_id, func.max(CustomerMerge.merged_at))
                    .where(CustomerMerge.undone_at.is_(None),
                           CustomerMerge.kept_id.in_({r[0].kept_id for r in rows}))
                    .group_by(CustomerMerge.kept_id)
                ).all()
            ) if rows else {}  # fmt: skip
        return [
            MergeRecord(
                m.id, m.kept_id, kept_name, m.merged_id, merged_name, m.merged_at, staff_name,
                tuple(m.fields), {k: len(v) for k, v in m.moved.items()},
                {k: len(v) for k, v in m.set_aside.items()}, m.undone_at,
                m.undone_at is None and last_live.get(m.kept_id) == m.merged_at,
            )
            for m, kept_name, merged_name, staff_name in rows
        ]  # fmt: skip

    def undo(self, merge_id: uuid.UUID) -> None:
        now = _now()
        models = {m.__tablename__: m for m in (*_MOVE, *(m for m, _ in _MOVE_UNLESS_SAME))}
        with writing(self._factory) as s:
            require(s, Permission.MERGE)
            record = s.get(CustomerMerge, merge_id)
            if record is None:
                raise ServiceError("merge_not_found")
            if record.undone_at is not None:
                raise ServiceError("merge_already_undone")
            later = s.scalar(select(CustomerMerge.id).where(
                CustomerMerge.kept_id == record.kept_id, CustomerMerge.merged_at > record.merged_at,
                CustomerMerge.undone_at.is_(None)).limit(1))  # fmt: skip
            if later is not None:
                raise ServiceError("merge_not_last")  # undo the later merge first
            kept, merged = s.get(Customer, record.kept_id), s.get(Customer, record.merged_id)
            assert kept is not None and merged is not None
            for table, ids in record.moved.items():
                model = models[table]
                s.execute(update(model).where(model.id.in_([uuid.UUID(i) for i in ids]))
                          .values(customer_id=record.merged_id, updated_at=now))  # fmt: skip
            for table, ids in record.set_aside.items():
                model = models[table]
                s.execute(update(model).where(model.id.in_([uuid.UUID(i) for i in ids]))
                          .values(deleted_at=None, updated_at=now))  # fmt: skip
            for name, values in record.fields.items():
                setattr(kept, name, _from_json(values["kept"]))
            kept.name_pinyin = name_keys(kept.name).sort_key
            kept.updated_at = now
            merged.merged_into_id = None
            merged.deleted_at = None
            record.undone_at = now
            s.flush()
            record_in(s, "unmerge", "customer", record.kept_id, customer_id=record.kept_id,
                      absorb=True, details={"merge_id": record.id,
                                            "merged_id": record.merged_id})  # fmt: skip
            conn: Connection = s.connection()
            recompute_stats(conn, [record.kept_id, record.merged_id])
            reindex(conn, [record.kept_id, record.merged_id])
            TierRecompute(self._factory).reclassify(
                s, [record.kept_id, record.merged_id], TierCause.MERGE
            )
