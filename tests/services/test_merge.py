"""Merging two cards keeps every piece of history of both, and can be undone exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cs_desktop.domain.enums import ContactChannel
from cs_desktop.services.customers.card_dto import AddressEntry, CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
from cs_desktop.services.customers.merge import MergeService
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import CustomerStats, Transaction, Visit

TODAY = dt.date(2026, 11, 23)
AT = dt.datetime(2026, 3, 1, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def cards(database) -> CustomerCardService:
    return CustomerCardService(database.factory, today=lambda: TODAY)


def _history(database, customer_id, visits: int, value: int) -> None:
    with database.factory.begin() as s:
        for i in range(visits):
            v = Visit(
                customer_id=customer_id, occurred_at=AT + dt.timedelta(days=i), value_cents=value
            )
            s.add(v)
            s.flush()
            s.add(Transaction(customer_id=customer_id, visit_id=v.id, occurred_at=v.occurred_at,
                              kind="sale", amount_cents=value))  # fmt: skip


def _snapshot(database, cards, *ids) -> dict:
    with database.factory() as s:
        counts = {str(i): (s.scalar(select(func.count()).select_from(Visit).where(Visit.customer_id == i)),
                           s.scalar(select(func.count()).select_from(Transaction).where(Transaction.customer_id == i)))
                  for i in ids}  # fmt: skip
        stats = {str(r.customer_id): (r.visit_count, r.value_cents) for r in s.scalars(
            select(CustomerStats).where(CustomerStats.customer_id.in_(ids)))}  # fmt: skip
    got = {str(i): cards.get(i) for i in ids}
    return {"counts": counts, "stats": stats,
            "cards": {k: (c.name, c.birth_date, c.deleted, tuple(p.digits for p in c.phones),
                          c.tags, tuple(sorted(c.consents.items())), len(c.addresses))
                      for k, c in got.items()}}  # fmt: skip


def test_merge_keeps_everything_and_undo_restores_it(cards, database) -> None:
    kept = cards.create(CustomerCard(
        name="张三", phones=(PhoneEntry("13800138000"),), tags=("VIP",),
        addresses=(AddressEntry("北京市", "北京市", "朝阳区", "建国路88号"),),
        consents={ContactChannel.PHONE: True}))  # fmt: skip
    dupe = cards.create(CustomerCard(
        name="张叁", birth_date=dt.date(1980, 5, 17),
        phones=(PhoneEntry("138 0013 8000"), PhoneEntry("13911112222")), tags=("VIP", "慢病随访"),
        addresses=(AddressEntry("北京市", "北京市", "朝阳区", "建国路88号"),),
        consents={ContactChannel.PHONE: False, ContactChannel.SMS: True}))  # fmt: skip
    _history(database, kept.id, 2, 1000)
    _history(database, dupe.id, 3, 500)
    from cs_desktop.services.customers.stats import recompute_stats

    with database.engine.begin() as conn:
        recompute_stats(conn, [kept.id, dupe.id])
    before = _snapshot(database, cards, kept.id, dupe.id)

    merges = MergeService(database.factory)
    result = merges.merge(kept.id, dupe.id, take_from_merged=["birth_date"])

    after = cards.get(kept.id)
    assert after.birth_date == dt.date(1980, 5, 17)  # taken from the merged card
    assert after.name == "张三"  # kept
    assert [p.digits for p in after.phones] == ["13800138000", "13911112222"]
    assert after.tags == ("VIP", "慢病随访")
    assert after.consents == {ContactChannel.PHONE: True, ContactChannel.SMS: True}
    assert len(after.addresses) == 1
    assert result.moved["visits"] == 3 and result.moved["transactions"] == 3
    assert result.set_aside == {"customer_phones": 1, "customer_addresses": 1, "customer_tags": 1,
                                "customer_consents": 1}  # fmt: skip
    snap = _snapshot(database, cards, kept.id, dupe.id)
    assert snap["counts"][str(kept.id)] == (5, 5) and snap["counts"][str(dupe.id)] == (0, 0)
    assert snap["stats"][str(kept.id)] == (5, 3500)
    assert cards.get(dupe.id).deleted
    listing = CustomerListService(database.factory)
    assert [r.name for r in listing.page(CustomerQuery(text="1111"), 0, 5).rows] == ["张三"]
    assert listing.count(CustomerQuery(text="张叁")) == 0

    merges.undo(result.merge_id)
    assert _snapshot(database, cards, kept.id, dupe.id) == before
    assert [r.name for r in listing.page(CustomerQuery(text="1111"), 0, 5).rows] == ["张叁"]
    with pytest.raises(ServiceError) as info:
        merges.undo(result.merge_id)
    assert info.value.code == "merge_already_undone"


def test_merge_refuses_nonsense(cards, database) -> None:
    a = cards.create(CustomerCard(name="李四"))
    b = cards.create(CustomerCard(name="李肆"))
    merges = MergeService(database.factory)
    for args, code in (((a.id, a.id), "merge_same_card"),
                       ((a.id, b.id, ["row_version"]), "unknown_field")):  # fmt: skip
        with pytest.raises(ServiceError) as info:
            merges.merge(*args)
        assert info.value.code == code
    merges.merge(a.id, b.id)
    with pytest.raises(ServiceError) as info:
        merges.merge(a.id, b.id)
    assert info.value.code == "already_merged"


def test_recent_merges_say_what_moved_and_which_may_be_undone(cards, database) -> None:
    a = cards.create(CustomerCard(name="张三", phones=(PhoneEntry("13800138000"),)))
    b = cards.create(CustomerCard(name="章三", birth_date=dt.date(1980, 5, 17),
                                  phones=(PhoneEntry("13800138000"), PhoneEntry("13911112222"))))  # fmt: skip
    c = cards.create(CustomerCard(name="張三"))
    _history(database, b.id, 2, 100)
    merges = MergeService(database.factory)
    assert merges.recent() == []
    first = merges.merge(a.id, b.id, take_from_merged=["birth_date"])
    second = merges.merge(a.id, c.id)
    listed = merges.recent()
    assert [(m.merge_id, m.kept_name, m.merged_name) for m in listed] == [
        (second.merge_id, "张三", "張三"), (first.merge_id, "张三", "章三")]  # fmt: skip
    older = listed[1]
    assert older.fields_taken == ("birth_date",)
    assert older.moved == {"visits": 2, "transactions": 2, "customer_phones": 1}
    assert older.set_aside == {"customer_phones": 1}
    # Only the latest merge into a card can be undone; then the one before it.
    assert [m.undoable for m in listed] == [True, False]
    merges.undo(second.merge_id)
    listed = merges.recent()
    assert listed[0].undone_at is not None and [m.undoable for m in listed] == [False, True]
    merges.undo(first.merge_id)
    assert [m.undoable for m in merges.recent()] == [False, False]
    assert merges.recent(limit=1)[0].merge_id == second.merge_id
