"""A customer's timeline: every source, newest first, with a limit that says it is cut."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.enums import ComplaintState, FollowupStatus, TierCause
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.merge import MergeService
from cs_desktop.services.customers.timeline import EntryKind, TimelineService
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import (
    Complaint,
    Followup,
    Staff,
    TierHistory,
    TierPolicy,
    Transaction,
    Visit,
)
from cs_desktop.storage.session import writing


def _at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, tzinfo=dt.UTC)


@pytest.fixture
def cards(database) -> CustomerCardService:
    return CustomerCardService(database.factory, today=lambda: dt.date(2026, 11, 23))


def test_every_source_newest_first(database, cards) -> None:
    cid = cards.create(CustomerCard(name="𠮷田")).id
    with writing(database.factory) as s:
        nurse = Staff(username="li", display_name="李护士")
        s.add_all([nurse, TierPolicy(tier="A", label="A 类（重点）")])
        s.flush()
        visit = Visit(customer_id=cid, occurred_at=_at(2), kind="counter", purpose="复诊",
                      outcome="血压正常", value_cents=12_000, staff_id=nurse.id)  # fmt: skip
        s.add(visit)
        s.flush()
        s.add_all([
            Transaction(customer_id=cid, visit_id=visit.id, occurred_at=_at(2, 10), kind="sale",
                        amount_cents=12_000, description="降压药"),
            Complaint(number="TS-2026-0001", customer_id=cid, received_at=_at(5), channel="phone",
                      category="等候时间", severity="minor", customer_words="排队太久",
                      state=ComplaintState.INVESTIGATING.value, owner_staff_id=nurse.id),
            Followup(customer_id=cid, due_date=dt.date(2026, 11, 9), reason="visit",
                     status=FollowupStatus.DONE.value, completed_at=_at(8, 15), outcome="已好转"),
            Followup(customer_id=cid, due_date=dt.date(2026, 12, 1), reason="tier",
                     status=FollowupStatus.OPEN.value),
            TierHistory(customer_id=cid, from_tier=None, to_tier="A", cause=TierCause.RULE.value,
                        at=_at(6)),
            Visit(customer_id=cid, occurred_at=_at(3), kind="phone", deleted_at=_at(4)),
        ])  # fmt: skip

    entries = TimelineService(database.factory).timeline(cid).entries
    times = [e.at for e in entries]
    assert times == sorted(times, reverse=True)
    assert EntryKind.CREATED in [e.kind for e in entries]  # when this test runs
    assert [e.kind for e in entries if e.kind is not EntryKind.CREATED] == [
        EntryKind.FOLLOWUP,  # due 1 December, still open
        EntryKind.FOLLOWUP,  # done 8 November
        EntryKind.TIER,
        EntryKind.COMPLAINT,
        EntryKind.TRANSACTION,
        EntryKind.VISIT,  # the deleted visit is not shown
    ]
    by_kind = {e.kind: e for e in entries}
    assert by_kind[EntryKind.VISIT].title == "复诊" and by_kind[EntryKind.VISIT].staff == "李护士"
    assert by_kind[EntryKind.VISIT].amount_cents == 12_000
    assert by_kind[EntryKind.COMPLAINT].state == "investigating"
    assert by_kind[EntryKind.COMPLAINT].subkind == "TS-2026-0001"
    assert (
        by_kind[EntryKind.TIER].to_tier == "A 类（重点）"
        and by_kind[EntryKind.TIER].from_tier == ""
    )
    assert by_kind[EntryKind.TRANSACTION].title == "降压药"
    assert len(entries) == 7


def test_limit_cuts_and_says_so(database, cards) -> None:
    cid = cards.create(CustomerCard(name="王五")).id
    with writing(database.factory) as s:
        s.add_all(Visit(customer_id=cid, occurred_at=_at(1) + dt.timedelta(hours=n), kind="counter")
                  for n in range(12))  # fmt: skip
    service = TimelineService(database.factory)
    cut = service.timeline(cid, limit=5)
    assert len(cut.entries) == 5 and not cut.complete
    assert cut.entries[0].kind is EntryKind.CREATED  # now: after the back-dated visits
    assert [e.at for e in cut.entries[1:]] == [
        _at(1) + dt.timedelta(hours=n) for n in (11, 10, 9, 8)
    ]
    whole = service.timeline(cid, limit=13)
    assert len(whole.entries) == 13 and whole.complete


def test_a_merge_shows_on_the_kept_card(database, cards) -> None:
    kept = cards.create(CustomerCard(name="张三")).id
    other = cards.create(CustomerCard(name="章三")).id
    with writing(database.factory) as s:
        s.add(Visit(customer_id=other, occurred_at=_at(1), kind="counter", purpose="体检"))
    merges = MergeService(database.factory)
    merges.merge(kept, other)
    entries = TimelineService(database.factory).timeline(kept).entries
    merge = next(e for e in entries if e.kind is EntryKind.MERGE)
    assert merge.title == "章三" and merge.state == ""
    assert any(e.kind is EntryKind.VISIT and e.title == "体检" for e in entries)  # moved over


def test_unknown_customer(database) -> None:
    import uuid

    with pytest.raises(ServiceError) as err:
        TimelineService(database.factory).timeline(uuid.uuid4())
    assert err.value.code == "customer_not_found"
