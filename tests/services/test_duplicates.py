"""Duplicate detection: before saving, and ranked over the whole database."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Gender
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import DuplicateService, Signal, score

TODAY = dt.date(2026, 11, 23)
BIRTH = dt.date(1980, 5, 17)
ID = idcard.build("110105", BIRTH, 35)


@pytest.fixture
def cards(database) -> CustomerCardService:
    return CustomerCardService(database.factory, today=lambda: TODAY)


@pytest.fixture
def dups(database) -> DuplicateService:
    return DuplicateService(database.factory)


def _person(
    name: str, *, phone: str = "", id_number: str = "", birth: dt.date | None = None
) -> CustomerCard:
    return CustomerCard(name=name, id_number=id_number, birth_date=birth,
                        gender=Gender.MALE if id_number else None,
                        phones=(PhoneEntry(phone),) if phone else ())  # fmt: skip


def test_scores() -> None:
    assert score({Signal.SAME_ID}) == 100
    assert score({Signal.SAME_PHONE, Signal.SAME_NAME_AND_BIRTH}) == 100
    assert score({Signal.SAME_NAME_AND_BIRTH, Signal.SAME_NAME}) == 70
    assert score({Signal.SAME_NAME}) == 20


def test_before_saving_each_signal_is_found(cards, dups) -> None:
    existing = cards.create(_person("张三", phone="13800138000", id_number=ID, birth=BIRTH))
    other = cards.create(_person("李四", phone="13900139000"))

    def check(card: CustomerCard) -> list[tuple[str, set[Signal]]]:
        normalised = cards.check(card).card
        return [(c.name, set(c.signals)) for c in dups.candidates_for(normalised)]

    assert check(_person("张叁", id_number=ID.lower())) == [
        ("张三", {Signal.SAME_ID, Signal.SAME_NAME})
    ]
    assert check(_person("王五", phone="+86 138-0013-8000")) == [("张三", {Signal.SAME_PHONE})]
    assert check(_person("章三", birth=BIRTH)) == [
        ("张三", {Signal.SAME_NAME_AND_BIRTH})
    ]  # homophone
    assert check(_person("張三", birth=BIRTH)) == [
        ("张三", {Signal.SAME_NAME_AND_BIRTH})
    ]  # traditional
    assert check(_person("张三")) == [("张三", {Signal.SAME_NAME})]  # weak, but nothing better
    assert check(_person("赵六", phone="13700137000")) == []
    # editing a card never reports the card itself
    assert dups.candidates_for(cards.check(cards.get(existing.id)).card) == []
    assert other.id is not None


def test_deleted_and_merged_cards_are_not_candidates(cards, dups) -> None:
    gone = cards.create(_person("张三", phone="13800138000"))
    cards.delete(gone.id)
    assert dups.candidates_for(cards.check(_person("张三", phone="13800138000")).card) == []


def test_ranked_pairs_over_the_database(cards, dups) -> None:
    a = cards.create(_person("张三", phone="13800138000", id_number=ID, birth=BIRTH))
    cards.create(_person("章三", phone="13800138000", birth=BIRTH))  # phone + name/birth: 100
    cards.create(_person("张三丰", phone="13600136000"))
    b = cards.create(_person("刘备", phone="13500135000"))
    cards.create(_person("刘备", phone="13400134000"))  # name only: hidden by default
    pairs = dups.ranked_pairs()
    assert [({p.first_name, p.second_name}, p.score) for p in pairs] == [({"张三", "章三"}, 100)]
    with_names = dups.ranked_pairs(include_name_only=True)
    assert [p.score for p in with_names] == [100, 20]
    assert {with_names[1].first_name, with_names[1].second_name} == {"刘备"}
    assert a.id in (pairs[0].first_id, pairs[0].second_id) and b.id is not None


def test_ranked_pairs_report_progress_and_stop_when_cancelled(cards, dups) -> None:
    cards.create(_person("张三", birth=BIRTH))
    cards.create(_person("章三", birth=BIRTH))
    steps: list[tuple[int, int]] = []
    assert len(dups.ranked_pairs(progress=lambda d, t: steps.append((d, t)))) == 1
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert dups.ranked_pairs(is_cancelled=lambda: True) == []


def test_activity_tells_the_busier_card(cards, dups, database) -> None:
    import datetime as _dt

    from cs_desktop.services.customers.stats import recompute_stats
    from cs_desktop.storage.models import Visit

    busy = cards.create(_person("张三", birth=BIRTH))
    idle = cards.create(_person("章三", birth=BIRTH))
    when = _dt.datetime(2026, 3, 1, 2, 0, tzinfo=_dt.UTC)
    with database.factory.begin() as s:
        for day in range(3):
            s.add(Visit(customer_id=busy.id, occurred_at=when + _dt.timedelta(days=day),
                        value_cents=1000))  # fmt: skip
    with database.engine.begin() as conn:
        recompute_stats(conn, [busy.id, idle.id])
    found = dups.activity([busy.id, idle.id])
    assert (found[busy.id].visit_count, found[busy.id].value_cents) == (3, 3000)
    assert found[busy.id].last_visit_at == when + _dt.timedelta(days=2)
    assert (found[idle.id].visit_count, found[idle.id].last_visit_at) == (0, None)
    assert found[idle.id].created_at is not None


def test_different_id_numbers_or_genders_count_against_a_pair(cards, dups) -> None:
    other_id = idcard.build("110105", BIRTH, 37)  # another man born the same day
    woman_id = idcard.build("110105", BIRTH, 36)
    cards.create(_person("陈立", id_number=ID, birth=BIRTH))
    cards.create(_person("陈丽", id_number=other_id, birth=BIRTH))  # 70 - 60
    cards.create(_person("张三", phone="13800138000", birth=BIRTH))
    cards.create(CustomerCard(name="张三", birth_date=BIRTH, gender=Gender.FEMALE,
                              phones=(PhoneEntry("13800138000"),)))  # fmt: skip
    ranked = {frozenset((p.first_name, p.second_name)): (p.score, p.signals)
              for p in dups.ranked_pairs()}  # fmt: skip
    assert ranked[frozenset({"陈立", "陈丽"})] == (
        10, frozenset({Signal.SAME_NAME_AND_BIRTH, Signal.DIFFERENT_ID}))  # fmt: skip
    # 张三 (gender unknown) and 张三 (woman): no evidence against.
    assert ranked[frozenset({"张三"})][0] == 100
    # A woman with a different ID and only the name in common is someone else: not listed.
    woman = cards.check(CustomerCard(name="陈丽", id_number=woman_id, gender=Gender.FEMALE)).card
    assert [c.name for c in dups.candidates_for(woman)] == []
    # Same name and birth but the other gender: still worth a look, ranked lower.
    her = cards.check(CustomerCard(name="陈立", birth_date=BIRTH, gender=Gender.FEMALE)).card
    found = dups.candidates_for(her)
    assert sorted((c.name, c.score) for c in found) == [("陈丽", 40), ("陈立", 40)]
    assert all(Signal.DIFFERENT_GENDER in c.signals for c in found)
    assert score({Signal.SAME_NAME, Signal.DIFFERENT_ID}) == 0


def test_a_pair_marked_as_different_customers_is_no_longer_offered(cards, dups) -> None:
    a = cards.create(_person("张三", birth=BIRTH))
    b = cards.create(_person("章三", birth=BIRTH))
    cards.create(_person("王五", phone="13800138000"))
    cards.create(_person("王伍", phone="13800138000"))
    assert len(dups.ranked_pairs()) == 2
    dups.mark_distinct(b.id, a.id)  # either order
    dups.mark_distinct(a.id, b.id)  # twice is once
    assert [{p.first_name, p.second_name} for p in dups.ranked_pairs()] == [{"王五", "王伍"}]
    dups.unmark_distinct(a.id, b.id)
    assert len(dups.ranked_pairs()) == 2
    dups.mark_distinct(a.id, b.id)  # decided again: the old row comes back, no second row
    assert len(dups.ranked_pairs()) == 1
    from sqlalchemy import func, select

    from cs_desktop.storage.models import CustomerDistinctPair

    with dups._factory() as s:
        assert s.scalar(select(func.count()).select_from(CustomerDistinctPair)) == 1
