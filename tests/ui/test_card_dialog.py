"""The customer card dialog as a clerk meets it: load and read back, validation at the field,
the ID offer, a card reader's Enter, person and organisation cards, the site's custom fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import functools
import re
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QDialog, QLineEdit

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import (
    AddressKind,
    CalendarKind,
    ContactChannel,
    CustomerKind,
    Gender,
    IdDocumentType,
    PhoneKind,
)
from cs_desktop.services.customers import validation
from cs_desktop.services.customers.card_dto import (
    AddressEntry,
    CustomerCard,
    PhoneEntry,
    RelationEntry,
)
from cs_desktop.services.customers.cards import CustomFieldInfo
from cs_desktop.services.customers.validation import Problem
from cs_desktop.ui.dialogs import CustomerCardDialog

TODAY = dt.date(2026, 11, 23)
ID = idcard.build("330106", dt.date(1985, 3, 9), 123)  # a man born 9 March 1985
BAD_ID = ID[:-1] + ("0" if ID[-1] != "0" else "1")
ORG_CODE = "91350100M000100Y43"
FIELDS = [
    CustomFieldInfo("allergy", "过敏史", "text", (), False, "person"),
    CustomFieldInfo("weight", "体重", "number", (), False, "both"),
    CustomFieldInfo("last_checkup", "上次体检", "date", (), False, "both"),
    CustomFieldInfo("blood_type", "血型", "choice", ("A", "B", "AB", "O"), False, "person"),
    CustomFieldInfo("contract_no", "合同号", "text", (), False, "organization"),
]
TAB_BASIC, TAB_CONTACT, TAB_PROFILE, TAB_MANAGEMENT, TAB_CUSTOM = range(5)


@pytest.fixture(autouse=True)
def _english(translations) -> Iterator[None]:
    """Source strings are English; other UI tests may have left Chinese installed."""
    before = translations.language
    translations.apply("en")
    yield
    translations.apply(before)


def _check_for(fields: list[CustomFieldInfo]) -> Callable[[CustomerCard], validation.CheckedCard]:
    defs = {f.key: (f.field_type, f.choices, f.required, f.applies_to) for f in fields}
    return functools.partial(validation.check, today=TODAY, custom_defs=defs)


@pytest.fixture
def make_dialog(qtbot) -> Callable[..., CustomerCardDialog]:
    def make(card: CustomerCard | None = None,
             fields: list[CustomFieldInfo] = FIELDS) -> CustomerCardDialog:  # fmt: skip
        dialog = CustomerCardDialog(_check_for(fields), fields)
        qtbot.addWidget(dialog)
        if card is not None:
            dialog.load(card)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        return dialog

    return make


def _person() -> CustomerCard:
    return CustomerCard(
        kind=CustomerKind.PERSON, name="王𠮷", id=uuid.uuid4(), row_version=3,
        gender=Gender.MALE, birth_date=dt.date(1985, 3, 9), birthday_calendar=CalendarKind.LUNAR,
        birth_place="浙江𠮷安", id_type=IdDocumentType.RESIDENT_ID, id_number=ID,
        title="𠮷主任", education="本科", employer="𠮷医院", position="护士长",
        email="wang@example.com", wechat="wx_𠮷", source_channel="转介绍",
        preferred_contact_time="工作日晚上𠮷", notes="第一行\n第二行𠮷",
        profile={
            "spending": {"level": "中", "preferences": "中医理疗𠮷"},
            "education": {"school": "浙江大学", "major": "护理"},
            "career": {"history": "2005 入职\n2015 护士长"},
            "family": {"members": "妻、子", "notes": "儿子在读𠮷"},
            "lifestyle": {"hobbies": "太极𠮷", "habits": "早起", "pets": "猫"},  # pets: unknown
            "personality": {"traits": "稳重"},
            "relationships": {"influencers": "妻子", "referred_by": "李四"},
            "legacy_import": {"score": 7},  # a group the form does not know
        },
        credit_limit_cents=123456,
        phones=(PhoneEntry("+86 139-1234-5678", "手机", PhoneKind.MOBILE, "13912345678", "", False),
                PhoneEntry("(010)6543-2109 转 8", "单位𠮷", PhoneKind.LANDLINE, "01065432109",
                           "8", True)),
        addresses=(AddressEntry("浙江省", "杭州市", "西湖区", "文三路 90 号𠮷", "310012",
                                AddressKind.HOME, True),
                   AddressEntry("北京市", "北京市", "朝阳区", "建国路 1 号", "", AddressKind.WORK)),
        relations=(RelationEntry("referrer", "李四", "13800138000"),),
        tags=("VIP", "慢病随访", "𠮷"),
        consents={ContactChannel.PHONE: True, ContactChannel.SMS: False,
                  ContactChannel.WECHAT: True},
        custom={"allergy": "青霉素𠮷", "weight": decimal.Decimal("65.50"),
                "last_checkup": dt.date(2026, 5, 1), "blood_type": "AB"},
        tier="A", created_at=dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC),
    )  # fmt: skip


def _organization() -> CustomerCard:
    return CustomerCard(
        kind=CustomerKind.ORGANIZATION, name="杭州𠮷康医疗器械有限公司", id=uuid.uuid4(),
        row_version=1, org_code=ORG_CODE, industry="医疗器械", employee_count=120,
        email="buy@example.cn", source_channel="网络",
        profile={"profile": {"size": "中型", "scope": "医疗器械批发𠮷"},
                 "business": {"condition": "稳定"},
                 "trading": {"volume": "每年约 50 万", "credit": "良好", "rating_by": "财务部"}},
        credit_limit_cents=5_000_000,
        phones=(PhoneEntry("0571-8888 6666", "总机", PhoneKind.LANDLINE, "057188886666", "",
                           True),),
        addresses=(AddressEntry("浙江省", "杭州市", "滨江区", "江南大道 1 号", "310051",
                                AddressKind.WORK, True),),
        tags=("经销商",), consents={ContactChannel.EMAIL: True},
        custom={"weight": decimal.Decimal("0"), "contract_no": "HT-2026-𠮷"},
    )  # fmt: skip


def _type(qtbot, widget, text: str) -> None:
    """Type as a clerk does: ASCII from the keyboard, Chinese committed by the input method
    (QTest can only type ASCII keys)."""
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QCoreApplication.sendEvent(widget, event)


def _save(qtbot, dialog: CustomerCardDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# --- load and read back --------------------------------------------------------------------
def test_a_full_person_card_round_trips_exactly(make_dialog) -> None:
    card = _person()
    dialog = make_dialog(card)
    assert dialog.card() == card
    assert dialog.card().id_type is IdDocumentType.RESIDENT_ID
    assert dialog.card().gender is Gender.MALE
    assert dialog.windowTitle() == "Customer card — 王𠮷"
    assert dialog.name.text() == "王𠮷"
    assert dialog.credit_limit.text() == "¥1,234.56"
    assert dialog.gender.currentText() == "Male"
    assert dialog.birth_date.text() == "1985-03-09"
    assert dialog.tabs.tabText(TAB_CUSTOM) == "C&ustom fields"


def test_a_full_organisation_card_round_trips_exactly(make_dialog) -> None:
    card = _organization()
    dialog = make_dialog(card)
    assert dialog.card() == card
    assert dialog.organization_kind.isChecked()
    assert dialog.org_code.text() == ORG_CODE
    assert dialog.credit_limit.text() == "¥50,000.00"


def test_a_clean_card_is_saved_normalised_and_accepted(make_dialog, qtbot) -> None:
    card = _person()
    dialog = make_dialog(card)
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_card is not None
    assert dialog.result_card.id == card.id and dialog.result_card.row_version == 3
    assert dialog.result_card.name == "王𠮷"


def test_a_new_card_is_titled_new_and_the_name_has_the_focus(make_dialog) -> None:
    dialog = make_dialog()
    assert dialog.windowTitle() == "New customer"
    assert dialog.focusWidget() is dialog.name
    assert dialog.card() == CustomerCard()


def test_credit_limit_in_yuan_is_stored_as_cents(make_dialog, qtbot) -> None:
    dialog = make_dialog(CustomerCard(name="张三", credit_limit_cents=123456))
    assert dialog.credit_limit.text() == "¥1,234.56"
    assert dialog.card().credit_limit_cents == 123456
    dialog.credit_limit.clear()
    _type(qtbot, dialog.credit_limit, "２,０００.１")  # full-width digits from an IME
    assert dialog.card().credit_limit_cents == 200010
    dialog.credit_limit.clear()
    assert dialog.card().credit_limit_cents is None
    _type(qtbot, dialog.credit_limit, "一千")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Enter a number, such as 12.5." in dialog.problem_texts()
    assert dialog.tabs.currentIndex() == TAB_MANAGEMENT


def test_phones_and_addresses_are_added_and_removed(make_dialog, qtbot) -> None:
    dialog = make_dialog(CustomerCard(name="张三"))
    dialog.tabs.setCurrentIndex(TAB_CONTACT)
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    number, label = dialog.phones.rows[0].fields
    qtbot.keyClicks(number, "139 1234 5678")
    _type(qtbot, label, "手机")
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.phones.rows[1].fields[0], "0571-8888 6666")
    dialog.phones.rows[1].primary.click()
    qtbot.mouseClick(dialog.addresses.add_button, Qt.MouseButton.LeftButton)
    province, city, district, street, *_ = dialog.addresses.rows[0].fields
    for edit, text in ((province, "浙江省"), (city, "杭州市"), (district, "西湖区"),
                       (street, "文三路 90 号")):  # fmt: skip
        _type(qtbot, edit, text)
    card = dialog.card()
    assert card.phones == (PhoneEntry("139 1234 5678", "手机", is_primary=False),
                           PhoneEntry("0571-8888 6666", "", is_primary=True))  # fmt: skip
    assert card.addresses == (AddressEntry("浙江省", "杭州市", "西湖区", "文三路 90 号",
                                           is_primary=True),)  # fmt: skip
    qtbot.mouseClick(dialog.phones.rows[0].remove, Qt.MouseButton.LeftButton)
    assert [p.raw for p in dialog.card().phones] == ["0571-8888 6666"]


# --- validation at the field ----------------------------------------------------------------
def test_a_bad_id_keeps_the_dialog_open_and_points_at_the_field(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    _type(qtbot, dialog.name, "张三")
    qtbot.keyClicks(dialog.id_number, BAD_ID)
    dialog.tabs.setCurrentIndex(TAB_CONTACT)
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.result_card is None
    assert dialog.tabs.currentIndex() == TAB_BASIC
    assert dialog.id_number.property("problem")
    message = "The ID number's check digit does not match: a character is probably mistyped."
    assert message in dialog.problem_texts()
    assert dialog.message.text().startswith("The card was not saved")
    assert dialog.focusWidget() is dialog.id_number


def test_the_id_is_checked_when_the_field_is_left(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    qtbot.keyClicks(dialog.id_number, ID[:10])
    dialog.id_number.editingFinished.emit()
    assert "A resident ID number has 18 characters." in dialog.problem_texts()
    qtbot.keyClicks(dialog.id_number, ID[10:])  # typing on clears the mark at once
    assert not dialog.id_number.property("problem")
    dialog.id_number.editingFinished.emit()
    assert dialog.problem_texts() == []


def test_the_id_offers_to_fill_birth_date_and_gender(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    _type(qtbot, dialog.name, "张三")
    qtbot.keyClicks(dialog.id_number, ID.lower())
    _enter(qtbot, dialog.id_number)
    assert dialog.id_offer.isVisible()
    assert dialog.id_offer_text.text() == (
        "The ID number gives the birth date 1985-03-09 and the gender Male.")  # fmt: skip
    assert dialog.fill_from_id.text() == "&Fill birth date and gender from the ID"
    qtbot.mouseClick(dialog.fill_from_id, Qt.MouseButton.LeftButton)
    assert dialog.gender.currentText() == "Male"
    assert dialog.birth_date.text() == "1985-03-09"
    assert not dialog.id_offer.isVisible()
    card = dialog.card()
    assert (card.gender, card.birth_date) == (Gender.MALE, dt.date(1985, 3, 9))


def test_a_birth_date_that_disagrees_with_the_id_is_named(make_dialog, qtbot) -> None:
    dialog = make_dialog(dataclasses.replace(_person(), birth_date=dt.date(1985, 3, 10)))
    assert not dialog.id_offer.isVisible()
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "The ID number gives the birth date 1985-03-09." in dialog.problem_texts()
    assert dialog.birth_date.edit.property("problem")
    assert dialog.focusWidget() is dialog.birth_date.edit
    assert dialog.id_offer.isVisible()  # and the way out is right there
    qtbot.mouseClick(dialog.fill_from_id, Qt.MouseButton.LeftButton)
    assert not dialog.birth_date.edit.property("problem")
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)


def test_a_bad_phone_is_marked_on_its_row(make_dialog, qtbot) -> None:
    card = CustomerCard(name="张三", phones=(PhoneEntry("13912345678"), PhoneEntry("138001380")))
    dialog = make_dialog(card)
    _save(qtbot, dialog)
    assert dialog.tabs.currentIndex() == TAB_CONTACT
    assert "138001380: a mobile number has 11 digits." in dialog.problem_texts()
    assert dialog.phones.rows[1].fields[0].property("problem")
    assert not dialog.phones.rows[0].fields[0].property("problem")
    assert dialog.focusWidget() is dialog.phones.rows[1].fields[0]


def test_the_same_phone_twice_and_a_bad_email_are_named(make_dialog, qtbot) -> None:
    card = CustomerCard(name="张三", email="zhang@",
                        phones=(PhoneEntry("13912345678"), PhoneEntry("139 1234 5678")))  # fmt: skip
    dialog = make_dialog(card)
    _save(qtbot, dialog)
    texts = dialog.problem_texts()
    assert "The same phone number is listed twice." in texts
    assert "This is not an e-mail address (name@example.com)." in texts


def test_an_empty_name_is_required(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.name.property("problem")
    assert "This field is required." in dialog.problem_texts()


def test_a_required_custom_field_left_empty_is_named(make_dialog, qtbot) -> None:
    fields = [*FIELDS, CustomFieldInfo("member_no", "会员号", "text", (), True, "both")]
    dialog = make_dialog(CustomerCard(name="张三"), fields=fields)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == TAB_CUSTOM
    member = dialog.custom.widgets["member_no"]
    assert member.property("problem")
    assert dialog.focusWidget() is member
    assert "This field is required." in dialog.problem_texts()
    qtbot.keyClicks(member, "M-0001")
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)
    assert dialog.result_card.custom == {"member_no": "M-0001"}


def test_custom_values_are_typed_by_their_field(make_dialog, qtbot) -> None:
    dialog = make_dialog(CustomerCard(name="张三"))
    _type(qtbot, dialog.custom.widgets["weight"], "６５.５")
    dialog.custom.widgets["blood_type"].setCurrentText("O")
    assert dialog.card().custom == {"weight": decimal.Decimal("65.5"), "blood_type": "O"}
    dialog.custom.widgets["weight"].setText("很重")
    _save(qtbot, dialog)
    assert "Enter a number, such as 12.5." in dialog.problem_texts()
    assert dialog.tabs.currentIndex() == TAB_CUSTOM


def test_an_emptied_custom_value_is_sent_as_none(make_dialog) -> None:
    dialog = make_dialog(_person())
    dialog.custom.widgets["allergy"].clear()
    dialog.custom.widgets["last_checkup"].known.setChecked(False)
    custom = dialog.card().custom
    assert custom["allergy"] is None and custom["last_checkup"] is None


def test_service_problems_and_messages_show(make_dialog) -> None:
    dialog = make_dialog(_person())
    dialog.show_problems(["card_changed_meanwhile"])
    assert dialog.message.isVisible()
    assert "Someone else changed this card while you were editing it" in dialog.message.text()
    dialog.show_problems([Problem("phones.0", "phone_unknown_format", {"raw": "12345"})])
    assert "12345: neither a mobile nor a landline number." in dialog.problem_texts()
    assert not any("Someone else" in t for t in dialog.problem_texts())
    dialog.show_message("The database is busy; try again.")
    assert dialog.message.text() == "The database is busy; try again."


def test_every_problem_code_has_a_sentence() -> None:
    from cs_desktop.domain.idcard import IdCardError
    from cs_desktop.domain.phones import PhoneError
    from cs_desktop.ui.dialogs.card_texts import problem_text

    codes = [*(c.value for c in IdCardError), *(c.value for c in PhoneError), "required",
             "too_long", "id_birth_mismatch", "id_gender_mismatch", "in_future",
             "duplicate_phone", "email_format", "org_code_invalid", "negative", "not_a_number",
             "not_a_date", "not_a_choice", "unknown_field", "card_changed_meanwhile"]  # fmt: skip
    params = {"max": 200, "id_birth_date": "1985-03-09", "id_gender": "female", "raw": "123",
              "choices": ["A", "B"]}  # fmt: skip
    texts = {code: problem_text(Problem("x", code, params)) for code in codes}
    assert all(t and "{" not in t and "accepted" not in t for t in texts.values()), texts
    assert len(set(texts.values())) == len(codes)
    assert texts["id_gender_mismatch"] == "The ID number gives the gender Female."
    assert texts["not_a_choice"] == "Choose one of: A、B."


# --- the keyboard ---------------------------------------------------------------------------
def test_a_readers_enter_in_the_id_field_does_not_save(make_dialog, qtbot) -> None:
    dialog = make_dialog()
    _type(qtbot, dialog.name, "张三")
    qtbot.mouseClick(dialog.id_number, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.id_number
    qtbot.keyClicks(dialog.id_number, ID)
    _enter(qtbot, dialog.id_number)  # what a USB card reader sends after the number
    assert dialog.isVisible() and dialog.result_card is None
    assert dialog.focusWidget() is dialog.gender  # on to the next field, past the offer
    assert dialog.id_offer.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        _enter(qtbot, dialog.focusWidget())  # Enter anywhere else saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_card.id_number == ID
    assert dialog.result_card.id_type is IdDocumentType.RESIDENT_ID


def test_enter_in_the_name_saves_and_in_the_notes_starts_a_new_line(make_dialog, qtbot) -> None:
    dialog = make_dialog(CustomerCard(name="张三"))
    dialog.tabs.setCurrentIndex(TAB_MANAGEMENT)
    _type(qtbot, dialog.notes, "一")
    _enter(qtbot, dialog.notes)
    _type(qtbot, dialog.notes, "二")
    assert dialog.isVisible() and dialog.notes.toPlainText() == "一\n二"
    with qtbot.waitSignal(dialog.accepted):
        _enter(qtbot, dialog.name)
    assert dialog.result_card.notes == "一\n二"


def test_escape_cancels(make_dialog, qtbot) -> None:
    dialog = make_dialog(_person())
    _type(qtbot, dialog.name, "改")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible() and dialog.result_card is None


# --- person and organisation ----------------------------------------------------------------
def test_an_organisation_shows_its_own_fields(make_dialog, qtbot) -> None:
    dialog = make_dialog(CustomerCard(name="张三", id_number=ID))
    assert dialog.id_number.isVisible() and not dialog.org_code.isVisible()
    qtbot.mouseClick(dialog.organization_kind, Qt.MouseButton.LeftButton)
    assert not dialog.id_number.isVisible() and not dialog.gender.isVisible()
    assert dialog.org_code.isVisible() and dialog.employee_count.isVisible()
    label = dialog.organization_box.layout().labelForField(dialog.org_code.parentWidget())
    assert label.text() == "Unified social credit code"
    dialog.tabs.setCurrentIndex(TAB_PROFILE)
    profile = dialog.profile
    assert profile.fields[("trading", "volume")].isVisible()
    assert not profile.fields[("lifestyle", "hobbies")].isVisible()
    dialog.tabs.setCurrentIndex(TAB_CUSTOM)
    assert dialog.custom.widgets["contract_no"].isVisible()
    assert not dialog.custom.widgets["allergy"].isVisible()
    card = dialog.card()
    assert card.kind is CustomerKind.ORGANIZATION and card.id_number == ""  # hidden, not saved
    qtbot.mouseClick(dialog.person_kind, Qt.MouseButton.LeftButton)
    assert dialog.card().id_number == ID  # switching back lost nothing


def test_a_bad_organisation_code_and_head_count(make_dialog, qtbot) -> None:
    dialog = make_dialog(CustomerCard(kind=CustomerKind.ORGANIZATION, name="某公司"))
    qtbot.keyClicks(dialog.org_code, ORG_CODE[:-1] + "0")
    _type(qtbot, dialog.employee_count, "许多")
    _save(qtbot, dialog)
    texts = dialog.problem_texts()
    assert any(t.startswith("This is not a valid unified social credit code") for t in texts)
    assert "Enter a number, such as 12.5." in texts
    dialog.employee_count.setText("-3")
    _save(qtbot, dialog)
    assert "This cannot be negative." in dialog.problem_texts()


def test_the_custom_tab_is_hidden_when_no_field_applies(make_dialog) -> None:
    dialog = make_dialog(fields=[FIELDS[0]])
    assert dialog.tabs.isTabVisible(TAB_CUSTOM)
    dialog.organization_kind.click()
    assert not dialog.tabs.isTabVisible(TAB_CUSTOM)


def test_texts_are_read_again_on_a_language_change(make_dialog) -> None:
    dialog = make_dialog(_person())
    dialog.setWindowTitle("")
    dialog.name.setText("王𠮷二")  # the title names the card as loaded
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "Customer card — 王𠮷"
    assert isinstance(dialog.findChild(QLineEdit, "name"), QLineEdit)


def test_an_organisations_evaluation_is_scored_1_to_5(make_dialog) -> None:
    from cs_desktop.domain.enums import CustomerKind
    from cs_desktop.ui.dialogs.card_sections import ScoreBox

    dialog = make_dialog(CustomerCard(kind=CustomerKind.ORGANIZATION, name="杭州某某科技有限公司",
                                      profile={"evaluation": {"credit": 4, "enthusiasm": 2}}))  # fmt: skip
    fields = dialog.profile.fields
    credit = fields[("evaluation", "credit")]
    assert isinstance(credit, ScoreBox) and credit.currentText() == "4"
    fields[("evaluation", "capability")].setCurrentIndex(5)
    fields[("evaluation", "enthusiasm")].setCurrentIndex(0)  # cleared
    assert dialog.card().profile["evaluation"] == {"credit": 4, "capability": 5}
