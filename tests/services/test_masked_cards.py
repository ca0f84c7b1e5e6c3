"""Numbers masked in the service layer for whoever is signed in: the list and the card never
carry a full ID or phone number to the view, and saving a card shown masked keeps the real
numbers (or takes a newly typed one)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry, RelationEntry
from cs_desktop.services.customers.cards import CustomerCardService, ValidationFailed
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
from cs_desktop.services.customers.reveal import Revealed, RevealService
from cs_desktop.storage.models import Customer, CustomerPhone

FAST = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
ID = idcard.build("110105", dt.date(1990, 1, 1), 123)


@pytest.fixture
def signed_in(database):
    accounts = AccountService(database.factory, hasher=FAST)
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.sign_out()
    cards = CustomerCardService(database.factory)
    card = cards.create(CustomerCard(
        name="𠮷田", id_number=ID, birth_date=dt.date(1990, 1, 1),
        phones=(PhoneEntry("138 1234 8000", "手机"), PhoneEntry("010-6512 3456", "家")),
        relations=(RelationEntry("family", "𠮷田花", "139 8765 4321"),)))  # fmt: skip
    accounts.sign_in("wangfang", "counter-pass-1")
    return cards, card.id, accounts


def test_list_and_card_hold_only_masked_numbers(database, signed_in) -> None:
    cards, cid, _accounts = signed_in
    row = CustomerListService(database.factory).page(CustomerQuery(), 0, 10).rows[0]
    assert (row.phone, row.phone_digits) == ("138****8000", "")
    card = cards.get(cid)
    assert card.id_number == "110105********" + ID[-4:]
    assert [p.raw for p in card.phones] == ["138****8000", "010****3456"]
    assert card.relations[0].phone == "139****4321"
    text = repr(card)
    for secret in ("13812348000", "65123456", ID, "13987654321", "1234 8000"):
        assert secret not in text  # nowhere in the card, sealed values included


def test_saving_a_masked_card_keeps_the_real_numbers(database, signed_in) -> None:
    cards, cid, _accounts = signed_in
    card = cards.get(cid)
    saved = cards.update(dataclasses.replace(card, notes="来电咨询"))
    assert saved.notes == "来电咨询" and saved.id_number == card.id_number
    with database.factory() as s:
        assert s.get(Customer, cid).id_number == ID
        phones = s.execute(select(CustomerPhone.raw, CustomerPhone.digits).where(
            CustomerPhone.customer_id == cid, CustomerPhone.deleted_at.is_(None))).all()  # fmt: skip
    assert sorted(phones) == [("010-6512 3456", "01065123456"), ("138 1234 8000", "13812348000")]


def test_a_clerk_types_a_new_number_over_a_masked_one(database, signed_in) -> None:
    cards, cid, _accounts = signed_in
    card = cards.get(cid)
    phones = (PhoneEntry("139 0000 1111", "手机", is_primary=True), card.phones[1])
    cards.update(dataclasses.replace(card, phones=phones))
    with database.factory() as s:
        digits = set(s.scalars(select(CustomerPhone.digits).where(
            CustomerPhone.customer_id == cid, CustomerPhone.deleted_at.is_(None))))  # fmt: skip
    assert digits == {"13900001111", "01065123456"}
    # a mask partly typed over is no number: refused, nothing written
    card = cards.get(cid)
    edited = dataclasses.replace(card.phones[1], raw="010****3457", digits="")
    with pytest.raises(ValidationFailed) as exc:
        cards.update(dataclasses.replace(card, phones=(card.phones[0], edited)))
    assert [p.field for p in exc.value.problems] == ["phones.1"]


def test_undo_of_a_masked_card_brings_the_old_number_back(database, signed_in) -> None:
    cards, cid, _accounts = signed_in
    before = cards.get(cid)
    after = cards.update(dataclasses.replace(
        before, id_number="", phones=(PhoneEntry("139 0000 1111", is_primary=True),)))  # fmt: skip
    cards.update(dataclasses.replace(before, row_version=after.row_version))
    with database.factory() as s:
        assert s.get(Customer, cid).id_number == ID
        assert set(s.scalars(select(CustomerPhone.digits).where(
            CustomerPhone.customer_id == cid, CustomerPhone.deleted_at.is_(None)))) == {
            "13812348000", "01065123456"}  # fmt: skip


def test_reveal_gives_the_full_numbers_to_a_role_that_may(database, signed_in) -> None:
    _cards, cid, accounts = signed_in
    reveal = RevealService(database.factory)
    assert reveal.reveal(cid, Revealed.PHONES) == ("138 1234 8000", "010-6512 3456")
    with pytest.raises(Exception, match="forbidden"):
        reveal.reveal(cid, Revealed.ID_NUMBER)  # counter staff may not see the ID number
    accounts.sign_out()  # the system (command line) sees everything whole
    assert CustomerListService(database.factory).page(CustomerQuery(), 0, 1).rows[0].phone_digits
