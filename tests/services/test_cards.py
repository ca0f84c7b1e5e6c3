"""Customer cards through the service: validation at the field, save, edit, delete, restore."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal

import pytest
from sqlalchemy import insert

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import ContactChannel, CustomerKind, Gender
from cs_desktop.domain.ids import new_id
from cs_desktop.services.customers.card_dto import AddressEntry, CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService, ValidationFailed
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import CustomFieldDef

TODAY = dt.date(2026, 11, 23)
ID = idcard.build("330106", dt.date(1985, 3, 9), 123)  # a man born 9 March 1985


@pytest.fixture
def cards(database) -> CustomerCardService:
    return CustomerCardService(database.factory, today=lambda: TODAY)


def _card(**kw) -> CustomerCard:
    base = dict(name="单田芳", id_number=ID, gender=Gender.MALE, birth_date=dt.date(1985, 3, 9),
                phones=(PhoneEntry("+86 139-1234-5678"), PhoneEntry("(010)6543-2109 转 8")),
                addresses=(AddressEntry("浙江省", "杭州市", "西湖区", "文三路 90 号"),),
                tags=("VIP", "慢病随访"), consents={ContactChannel.PHONE: True, ContactChannel.SMS: False})  # fmt: skip
    base.update(kw)
    return CustomerCard(**base)


def _codes(exc: ValidationFailed) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.problems}


def test_create_normalises_and_keeps_what_was_typed(cards, database) -> None:
    saved = cards.create(_card(id_number=ID.lower()[:-1] + ID[-1].lower()))
    assert saved.id is not None and saved.row_version == 1
    assert saved.id_number == ID
    assert [(p.raw, p.digits, p.extension, p.is_primary) for p in saved.phones] == [
        ("+86 139-1234-5678", "13912345678", "", True),
        ("(010)6543-2109 转 8", "01065432109", "8", False),
    ]
    assert saved.tags == ("VIP", "慢病随访")
    assert saved.consents == {ContactChannel.PHONE: True, ContactChannel.SMS: False}
    listed = CustomerListService(database.factory).page(CustomerQuery(text="stf"), 0, 10).rows
    assert [r.name for r in listed] == ["单田芳"]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "  "}, {("name", "required")}),
        ({"id_number": ID[:-1] + ("0" if ID[-1] != "0" else "1")}, {("id_number", "id_check_digit")}),
        ({"id_number": ID[:10]}, {("id_number", "id_length")}),
        ({"birth_date": dt.date(1985, 3, 10)}, {("birth_date", "id_birth_mismatch")}),
        ({"gender": Gender.FEMALE}, {("gender", "id_gender_mismatch")}),
        ({"phones": (PhoneEntry("138001380"),)}, {("phones.0", "phone_mobile_length")}),
        ({"phones": (PhoneEntry("13800138000"), PhoneEntry("138 0013 8000"))}, {("phones", "duplicate_phone")}),
        ({"email": "zhang@"}, {("email", "email_format")}),
        ({"birth_date": dt.date(2027, 1, 1), "id_number": ""}, {("birth_date", "in_future")}),
    ],
)  # fmt: skip
def test_bad_input_names_the_field_and_writes_nothing(cards, database, changes, expected) -> None:
    with pytest.raises(ValidationFailed) as info:
        cards.create(_card(**changes))
    assert _codes(info.value) == expected
    assert CustomerListService(database.factory).count(CustomerQuery()) == 0


def test_a_valid_id_offers_birth_date_and_gender(cards) -> None:
    checked = cards.check(_card(birth_date=None, gender=None))
    assert checked.ok
    assert checked.id_facts is not None
    assert (checked.id_facts.birth_date, checked.id_facts.gender) == (
        dt.date(1985, 3, 9),
        Gender.MALE,
    )


def test_edit_replaces_children_and_keeps_history_rows(cards, database) -> None:
    saved = cards.create(_card())
    edited = dataclasses.replace(
        saved, name="单田芳", notes="爱听评书",
        phones=(PhoneEntry("13022223333"), saved.phones[0]),
        tags=("VIP",), consents={ContactChannel.PHONE: False, ContactChannel.SMS: False},
    )  # fmt: skip
    again = cards.update(edited)
    assert again.row_version == 2
    assert [p.digits for p in again.phones] == ["13912345678", "13022223333"]  # primary first
    assert again.tags == ("VIP",) and again.notes == "爱听评书"
    assert again.consents[ContactChannel.PHONE] is False
    search = CustomerListService(database.factory)
    assert [r.name for r in search.page(CustomerQuery(text="3333"), 0, 5).rows] == ["单田芳"]
    assert search.page(CustomerQuery(text="65432109"), 0, 5).rows == []  # removed phone


def test_a_stale_edit_is_refused(cards) -> None:
    saved = cards.create(_card())
    cards.update(dataclasses.replace(saved, notes="第一位同事的修改"))
    with pytest.raises(ServiceError) as info:
        cards.update(dataclasses.replace(saved, notes="第二位同事的修改"))
    assert info.value.code == "card_changed_meanwhile"
    assert cards.get(saved.id).notes == "第一位同事的修改"


def test_delete_is_soft_and_restorable(cards, database) -> None:
    saved = cards.create(_card())
    listing = CustomerListService(database.factory)
    cards.delete(saved.id)
    assert listing.count(CustomerQuery()) == 0
    assert listing.count(CustomerQuery(include_deleted=True)) == 1
    restored = cards.restore(saved.id)
    assert not restored.deleted and listing.count(CustomerQuery(text="单田芳")) == 1


def test_organisation_card_and_custom_fields(cards, database) -> None:
    with database.factory.begin() as s:
        s.execute(insert(CustomFieldDef), [
            {"id": new_id(), "origin_site_id": database.site.id, "key": "blood", "label": "血型",
             "field_type": "choice", "choices": ["A", "B", "O", "AB"], "applies_to": "person"},
            {"id": new_id(), "origin_site_id": database.site.id, "key": "beds", "label": "床位数",
             "field_type": "number", "choices": [], "applies_to": "organization", "required": True},
        ])  # fmt: skip
    org = CustomerCard(kind=CustomerKind.ORGANIZATION, name="杭州𠮷祥医疗器械有限公司",
                       org_code="91330106MA2KXXXX0X", custom={})  # fmt: skip
    with pytest.raises(ValidationFailed) as info:
        cards.create(org)
    assert _codes(info.value) == {("org_code", "org_code_invalid"), ("custom.beds", "required")}
    from cs_desktop.domain.orgcode import check_char

    code = "91330106MA2KXXXX0"
    saved = cards.create(dataclasses.replace(org, org_code=code + check_char(code),
                                             custom={"beds": decimal.Decimal("120")}))  # fmt: skip
    assert saved.custom == {"beds": decimal.Decimal("120")}
    person = cards.create(_card(custom={"blood": "AB"}))
    assert person.custom == {"blood": "AB"}
    with pytest.raises(ValidationFailed) as info:
        cards.update(dataclasses.replace(person, custom={"blood": "Z"}))
    assert _codes(info.value) == {("custom.blood", "not_a_choice")}


def test_value_and_last_visit_orders_list_only_live_cards(cards, database) -> None:
    from cs_desktop.services.customers.listing import SortKey

    a = cards.create(_card(name="甲", id_number="", gender=None, birth_date=None, phones=()))
    b = cards.create(_card(name="乙", id_number="", gender=None, birth_date=None, phones=()))
    listing = CustomerListService(database.factory)
    for sort in (SortKey.VALUE, SortKey.LAST_VISIT):
        query = CustomerQuery(sort=sort, descending=True)
        assert {r.name for r in listing.page(query, 0, 10).rows} == {"甲", "乙"}
        cards.delete(b.id)
        assert [r.name for r in listing.page(query, 0, 10).rows] == ["甲"]
        assert listing.count(query) == 1
        cards.restore(b.id)
    assert a.id is not None


def test_deleted_cards_list_the_latest_first_and_filter_by_name(cards) -> None:
    first = cards.create(_card(name="张三", id_number="", gender=None, birth_date=None,
                               phones=(PhoneEntry("13800138000"),)))  # fmt: skip
    second = cards.create(_card(name="李四", id_number="", gender=None, birth_date=None))
    live = cards.create(_card(name="王五", id_number="", gender=None, birth_date=None))
    assert cards.deleted_cards().rows == []
    cards.delete(first.id)
    cards.delete(second.id)
    listed = cards.deleted_cards()
    assert [r.name for r in listed.rows] == ["李四", "张三"] and listed.total == 2
    assert listed.rows[1].phone == "13800138000" and listed.rows[1].deleted_at is not None
    assert [r.name for r in cards.deleted_cards("张").rows] == ["张三"]
    assert [r.name for r in cards.deleted_cards("lisi").rows] == ["李四"]  # pinyin
    assert cards.deleted_cards("%").rows == []  # typed text, not a pattern
    small = cards.deleted_cards(limit=1)
    assert len(small.rows) == 1 and small.total == 2
    cards.restore(first.id)
    assert [r.name for r in cards.deleted_cards().rows] == ["李四"]
    assert live.id not in {r.id for r in cards.deleted_cards().rows}


def test_a_merged_card_is_not_listed_nor_restored_as_deleted(cards, database) -> None:
    from cs_desktop.services.customers.merge import MergeService

    kept = cards.create(_card(name="张三", id_number="", gender=None, birth_date=None))
    merged = cards.create(_card(name="章三", id_number="", gender=None, birth_date=None))
    MergeService(database.factory).merge(kept.id, merged.id)
    assert cards.deleted_cards().rows == []
    with pytest.raises(ServiceError) as err:
        cards.restore(merged.id)
    assert err.value.code == "customer_merged"
