"""Likely duplicates: before a new card is saved, and ranked pairs over the whole database.

Signals, strongest first: the same ID number; the same phone; the same name read aloud (equal
pinyin, which also pairs homophone surnames such as 张/章 and simplified with traditional forms
such as 张/張) with the same birth date; the same name read aloud alone. A pair's score adds its
signals' weights, capped at 100.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.pinyin import name_keys
from cs_desktop.storage.models import Customer, CustomerDistinctPair, CustomerPhone, CustomerStats
from cs_desktop.storage.session import writing

from .card_dto import CustomerCard


class Signal(StrEnum):
    SAME_ID = "same_id"
    SAME_PHONE = "same_phone"
    SAME_NAME_AND_BIRTH = "same_name_and_birth"
    SAME_NAME = "same_name"
    # Evidence against: two namesakes born the same day with different ID numbers are two people.
    DIFFERENT_ID = "different_id"
    DIFFERENT_GENDER = "different_gender"


WEIGHTS: dict[Signal, int] = {
    Signal.SAME_ID: 100,
    Signal.SAME_PHONE: 60,
    Signal.SAME_NAME_AND_BIRTH: 70,
    Signal.SAME_NAME: 20,
    Signal.DIFFERENT_ID: -60,
    Signal.DIFFERENT_GENDER: -30,
}


def score(signals: set[Signal] | frozenset[Signal]) -> int:
    """0 to 100; a pair scoring 0 is not shown as a likely duplicate."""
    found = set(signals)
    if Signal.SAME_NAME_AND_BIRTH in found:
        found.discard(Signal.SAME_NAME)  # one fact, not two
    return max(0, min(100, sum(WEIGHTS[s] for s in found)))


_GENDERS = ("male", "female")  # "unknown" or empty says nothing against


def conflicts(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> set[Signal]:
    """Evidence against two cards being one customer, from their (ID number, gender)."""
    found: set[Signal] = set()
    if a[0] and b[0] and a[0] != b[0]:
        found.add(Signal.DIFFERENT_ID)
    if a[1] in _GENDERS and b[1] in _GENDERS and a[1] != b[1]:
        found.add(Signal.DIFFERENT_GENDER)
    return found


@dataclass(frozen=True)
class Candidate:
    customer_id: uuid.UUID
    name: str
    birth_date: dt.date | None
    signals: frozenset[Signal]
    score: int


@dataclass(frozen=True)
class Pair:
    first_id: uuid.UUID
    second_id: uuid.UUID
    first_name: str
    second_name: str
    signals: frozenset[Signal]
    score: int


@dataclass(frozen=True)
class Activity:
    created_at: dt.datetime
    visit_count: int
    last_visit_at: dt.datetime | None
    value_cents: int
    open_complaints: int


@dataclass
class _Found:
    signals: set[Signal] = field(default_factory=set)


def _live():  # type: ignore[no-untyped-def]
    return and_(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))


class DuplicateService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def candidates_for(self, card: CustomerCard, limit: int = 10) -> list[Candidate]:
        """Existing customers the card probably describes (shown before a new card is saved).
        ``card`` should be the normalised card (phone digits filled)."""
        found: dict[uuid.UUID, _Found] = defaultdict(_Found)
        pinyin = name_keys(card.name).sort_key if card.name else ""
        with self._factory() as s:
            not_self = Customer.id != card.id if card.id is not None else Customer.id.is_not(None)
            if card.id_number:
                for cid in s.scalars(select(Customer.id).where(
                        Customer.id_number == card.id_number, _live(), not_self)):  # fmt: skip
                    found[cid].signals.add(Signal.SAME_ID)
            digits = [p.digits for p in card.phones if p.digits]
            if digits:
                for cid in s.scalars(
                    select(CustomerPhone.customer_id).join(Customer, Customer.id == CustomerPhone.customer_id)
                    .where(CustomerPhone.digits.in_(digits), CustomerPhone.deleted_at.is_(None),
                           _live(), not_self).distinct()
                ):  # fmt: skip
                    found[cid].signals.add(Signal.SAME_PHONE)
            if pinyin:
                rows = s.execute(select(Customer.id, Customer.birth_date).where(
                    Customer.name_pinyin == pinyin, Customer.kind == card.kind.value, _live(),
                    not_self).limit(200)).all()  # fmt: skip
                for cid, birth in rows:
                    same_birth = card.birth_date is not None and birth == card.birth_date
                    found[cid].signals.add(
                        Signal.SAME_NAME_AND_BIRTH if same_birth else Signal.SAME_NAME
                    )
            if not found:
                return []
            names = dict(
                s.execute(
                    select(Customer.id, Customer.name).where(Customer.id.in_(list(found)))
                ).all()
            )
            births = dict(
                s.execute(
                    select(Customer.id, Customer.birth_date).where(Customer.id.in_(list(found)))
                ).all()
            )
            facts = {cid: (number, gender) for cid, number, gender in s.execute(
                select(Customer.id, Customer.id_number, Customer.gender)
                .where(Customer.id.in_(list(found))))}  # fmt: skip
        mine = (card.id_number or None, card.gender)  # Gender is a StrEnum: "male" == MALE
        for cid, f in found.items():
            f.signals |= conflicts(mine, facts[cid])
        ranked = sorted(
            (Candidate(cid, names[cid], births[cid], frozenset(f.signals), score(f.signals))
             for cid, f in found.items() if score(f.signals) > 0),
            key=lambda c: (-c.score, c.name),
        )  # fmt: skip
        # A name alone is too weak to interrupt the clerk unless nothing better exists.
        strong = [c for c in ranked if c.score > WEIGHTS[Signal.SAME_NAME]]
        return (strong or ranked)[:limit]

    def ranked_pairs(
        self,
        limit: int = 500,
        include_name_only: bool = False,
        is_cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Pair]:
        """Likely duplicate pairs over the whole database, best first (grouping in SQL).

        ``progress(done, total)`` is told after each of the four steps (ID numbers, phones,
        names, ranking): each step is one grouping query, seconds over a million cards."""
        pairs: dict[tuple[uuid.UUID, uuid.UUID], set[Signal]] = defaultdict(set)

        def add_groups(groups: list[list[uuid.UUID]], signal: Signal) -> None:
            for ids in groups:
                ids = sorted(set(ids))[:20]  # a shared switchboard number is not 190 pairs
                for i, a in enumerate(ids):
                    for b in ids[i + 1 :]:
                        pairs[(a, b)].add(signal)

        def step(done: int) -> None:
            if progress is not None:
                progress(done, 4)

        step(0)
        with self._factory() as s:
            dup_ids = select(Customer.id_number).where(Customer.id_number.is_not(None), _live()) \
                .group_by(Customer.id_number).having(func.count() > 1)  # fmt: skip
            groups: dict[object, list[uuid.UUID]] = defaultdict(list)
            for cid, key in s.execute(select(Customer.id, Customer.id_number).where(
                    Customer.id_number.in_(dup_ids), _live())):  # fmt: skip
                groups[key].append(cid)
            add_groups(list(groups.values()), Signal.SAME_ID)
            step(1)
            if is_cancelled and is_cancelled():
                return []

            dup_phones = select(CustomerPhone.digits).join(Customer, Customer.id == CustomerPhone.customer_id) \
                .where(CustomerPhone.deleted_at.is_(None), _live()).group_by(CustomerPhone.digits) \
                .having(func.count(func.distinct(CustomerPhone.customer_id)) > 1)  # fmt: skip
            groups = defaultdict(list)
            for cid, key in s.execute(
                select(CustomerPhone.customer_id, CustomerPhone.digits)
                .join(Customer, Customer.id == CustomerPhone.customer_id)
                .where(CustomerPhone.digits.in_(dup_phones), CustomerPhone.deleted_at.is_(None), _live())
            ):  # fmt: skip
                groups[key].append(cid)
            add_groups(list(groups.values()), Signal.SAME_PHONE)
            step(2)
            if is_cancelled and is_cancelled():
                return []

            name_groups = select(Customer.name_pinyin, Customer.birth_date).where(
                Customer.name_pinyin != "", _live()).group_by(
                Customer.name_pinyin, Customer.birth_date).having(func.count() > 1)  # fmt: skip
            if not include_name_only:
                name_groups = name_groups.where(Customer.birth_date.is_not(None))
            by_name: dict[tuple[str, dt.date | None], list[uuid.UUID]] = defaultdict(list)
            sub = name_groups.subquery()
            for cid, pinyin, birth in s.execute(
                select(Customer.id, Customer.name_pinyin, Customer.birth_date).join(
                    sub, and_(sub.c.name_pinyin == Customer.name_pinyin,
                              or_(sub.c.birth_date == Customer.birth_date,
                                  and_(sub.c.birth_date.is_(None), Customer.birth_date.is_(None)))))
                .where(_live())
            ):  # fmt: skip
                by_name[(pinyin, birth)].append(cid)
            for (_pinyin, birth), ids in by_name.items():
                add_groups(
                    [ids], Signal.SAME_NAME_AND_BIRTH if birth is not None else Signal.SAME_NAME
                )
            self._add_conflicts(s, pairs)
            for ab in self._distinct(s):
                pairs.pop(ab, None)  # someone checked: two different customers
            step(3)
            if is_cancelled and is_cancelled():
                return []

            ranked = sorted(
                ((ab, sig) for ab, sig in pairs.items() if score(sig) > 0),
                key=lambda kv: -score(kv[1]),
            )[:limit]
            shown = {i for (a, b), _ in ranked for i in (a, b)}
            names = (
                dict(
                    s.execute(
                        select(Customer.id, Customer.name).where(Customer.id.in_(shown))
                    ).all()
                )
                if shown
                else {}
            )
        step(4)
        return [
            Pair(a, b, names[a], names[b], frozenset(sig), score(sig)) for (a, b), sig in ranked
        ]

    @staticmethod
    def _add_conflicts(s: Session, pairs: dict[tuple[uuid.UUID, uuid.UUID], set[Signal]]) -> None:
        ids = list({i for ab in pairs for i in ab})
        facts: dict[uuid.UUID, tuple[str | None, str | None]] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            for cid, number, gender in s.execute(
                select(Customer.id, Customer.id_number, Customer.gender)
                .where(Customer.id.in_(ids[start : start + 500]))
            ):  # fmt: skip
                facts[cid] = (number, gender)
        for (a, b), signals in pairs.items():
            signals |= conflicts(facts[a], facts[b])

    @staticmethod
    def _distinct(s: Session) -> set[tuple[uuid.UUID, uuid.UUID]]:
        return {(a, b) for a, b in s.execute(
            select(CustomerDistinctPair.first_id, CustomerDistinctPair.second_id)
            .where(CustomerDistinctPair.deleted_at.is_(None)))}  # fmt: skip

    def mark_distinct(self, a: uuid.UUID, b: uuid.UUID, staff_id: uuid.UUID | None = None) -> None:
        """Record that two cards are different customers: the pair is no longer offered."""
        first, second = sorted((a, b))
        with writing(self._factory) as s:
            rows = s.scalars(select(CustomerDistinctPair).where(
                CustomerDistinctPair.first_id == first,
                CustomerDistinctPair.second_id == second)).all()  # fmt: skip
            if any(r.deleted_at is None for r in rows):
                return
            if rows:
                rows[0].deleted_at = None
                rows[0].decided_at, rows[0].staff_id = dt.datetime.now(dt.UTC), staff_id
                return
            s.add(CustomerDistinctPair(first_id=first, second_id=second, staff_id=staff_id,
                                       decided_at=dt.datetime.now(dt.UTC)))  # fmt: skip

    def unmark_distinct(self, a: uuid.UUID, b: uuid.UUID) -> None:
        """Take the decision back: the pair is offered again if it still looks alike."""
        first, second = sorted((a, b))
        now = dt.datetime.now(dt.UTC)
        with writing(self._factory) as s:
            for row in s.scalars(select(CustomerDistinctPair).where(
                    CustomerDistinctPair.first_id == first, CustomerDistinctPair.second_id == second,
                    CustomerDistinctPair.deleted_at.is_(None))):  # fmt: skip
                row.deleted_at = now

    def activity(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, Activity]:
        """What happened with each card: shown beside a pair so the user keeps the busier one."""
        with self._factory() as s:
            rows = s.execute(
                select(Customer.id, Customer.created_at, CustomerStats.visit_count,
                       CustomerStats.last_visit_at, CustomerStats.value_cents,
                       CustomerStats.open_complaints)
                .outerjoin(CustomerStats, CustomerStats.customer_id == Customer.id)
                .where(Customer.id.in_(ids))
            ).all()  # fmt: skip
        return {
            cid: Activity(created, visits or 0, last, value or 0, complaints or 0)
            for cid, created, visits, last, value, complaints in rows
        }
