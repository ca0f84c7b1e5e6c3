"""The customer card's sentences and choice names (services speak codes, DESIGN.md rule 9).

Every text is looked up at call time, so a language change is picked up by calling again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cs_desktop.domain.enums import (
    AddressKind,
    CalendarKind,
    ContactChannel,
    Gender,
    IdDocumentType,
)
from cs_desktop.services.customers.validation import Problem

translate = QCoreApplication.translate
CONTEXT = "CustomerCardDialog"

# Stored values offered in the source-channel combo (data, not interface text: the site's
# reports group by them, so they stay the same whatever the interface language).
SOURCE_CHANNELS = ("门诊", "转介绍", "电话", "网络", "社区活动")


def gender_names() -> list[tuple[Gender | None, str]]:
    return [
        (None, ""),
        (Gender.MALE, translate("CustomerCardDialog", "Male")),
        (Gender.FEMALE, translate("CustomerCardDialog", "Female")),
        (Gender.UNKNOWN, translate("CustomerCardDialog", "Unknown")),
    ]


def gender_name(value: str | None) -> str:
    return dict(gender_names()).get(Gender(value) if value else None, value or "")


def id_type_names() -> list[tuple[IdDocumentType | None, str]]:
    return [
        (None, ""),
        (IdDocumentType.RESIDENT_ID, translate("CustomerCardDialog", "Resident ID card")),
        (IdDocumentType.PASSPORT, translate("CustomerCardDialog", "Passport")),
        (IdDocumentType.HK_MACAO_PERMIT,
         translate("CustomerCardDialog", "Mainland travel permit for Hong Kong and Macao residents")),
        (IdDocumentType.TAIWAN_PERMIT,
         translate("CustomerCardDialog", "Mainland travel permit for Taiwan residents")),
        (IdDocumentType.FOREIGN_PERMANENT,
         translate("CustomerCardDialog", "Foreigner's permanent residence ID card")),
        (IdDocumentType.OTHER, translate("CustomerCardDialog", "Other document")),
    ]  # fmt: skip


def calendar_names() -> list[tuple[CalendarKind, str]]:
    return [
        (CalendarKind.SOLAR, translate("CustomerCardDialog", "Gregorian calendar")),
        (CalendarKind.LUNAR, translate("CustomerCardDialog", "Lunar calendar")),
    ]


def channel_names() -> list[tuple[ContactChannel, str]]:
    return [
        (ContactChannel.PHONE, translate("CustomerCardDialog", "Phone calls")),
        (ContactChannel.SMS, translate("CustomerCardDialog", "SMS")),
        (ContactChannel.WECHAT, translate("CustomerCardDialog", "WeChat")),
        (ContactChannel.EMAIL, translate("CustomerCardDialog", "E-mail")),
        (ContactChannel.POST, translate("CustomerCardDialog", "Post")),
    ]


def address_kind_names() -> list[tuple[AddressKind, str]]:
    return [
        (AddressKind.HOME, translate("CustomerCardDialog", "Home")),
        (AddressKind.WORK, translate("CustomerCardDialog", "Work")),
        (AddressKind.MAIL, translate("CustomerCardDialog", "Mailing")),
        (AddressKind.OTHER, translate("CustomerCardDialog", "Other")),
    ]


def field_labels(person: bool) -> dict[str, str]:
    """Form labels by field key (the keys problems name); a required field ends with *."""
    return {
        "kind": translate("CustomerCardDialog", "Customer is"),
        "name": (translate("CustomerCardDialog", "Name *") if person
                 else translate("CustomerCardDialog", "Organisation name *")),
        "id_type": translate("CustomerCardDialog", "ID document"),
        "id_number": translate("CustomerCardDialog", "ID number"),
        "gender": translate("CustomerCardDialog", "Gender"),
        "birth_date": translate("CustomerCardDialog", "Date of birth"),
        "birthday_calendar": translate("CustomerCardDialog", "Birthday kept in"),
        "birth_place": translate("CustomerCardDialog", "Place of birth"),
        "title": translate("CustomerCardDialog", "Title"),
        "education": translate("CustomerCardDialog", "Education level"),
        "employer": translate("CustomerCardDialog", "Employer"),
        "position": translate("CustomerCardDialog", "Position"),
        "org_code": translate("CustomerCardDialog", "Unified social credit code"),
        "industry": translate("CustomerCardDialog", "Industry"),
        "employee_count": translate("CustomerCardDialog", "Employees"),
        "email": translate("CustomerCardDialog", "E-mail"),
        "wechat": translate("CustomerCardDialog", "WeChat"),
        "preferred_contact_time": translate("CustomerCardDialog", "Best time to contact"),
        "source_channel": translate("CustomerCardDialog", "Came to us through"),
        "tags": translate("CustomerCardDialog", "Tags"),
        "credit_limit_cents": translate("CustomerCardDialog", "Credit limit (yuan)"),
        "notes": translate("CustomerCardDialog", "Notes"),
    }  # fmt: skip


# --- the soft groups of a card (DOMAIN.md section 1), kept in card.profile[group][field] --------
# (field key, label, editor: "line", "text" (several lines) or "score" (1-5, stored as a
# number: the weighted tier rule reads the organisation's evaluation)); the keys are stored and
# must never change.
ProfileGroup = tuple[str, str, list[tuple[str, str, str]]]


def person_profile() -> list[ProfileGroup]:
    return [
        ("spending", translate("CustomerCardDialog", "Spending and preferences"), [
            ("level", translate("CustomerCardDialog", "Spending level"), "line"),
            ("preferences", translate("CustomerCardDialog", "Preferences"), "line"),
        ]),
        ("education", translate("CustomerCardDialog", "Education"), [
            ("school", translate("CustomerCardDialog", "School"), "line"),
            ("major", translate("CustomerCardDialog", "Major"), "line"),
        ]),
        ("career", translate("CustomerCardDialog", "Career"), [
            ("history", translate("CustomerCardDialog", "Career history"), "text"),
        ]),
        ("family", translate("CustomerCardDialog", "Family"), [
            ("members", translate("CustomerCardDialog", "Family members"), "line"),
            ("notes", translate("CustomerCardDialog", "Family notes"), "text"),
        ]),
        ("lifestyle", translate("CustomerCardDialog", "Way of life"), [
            ("hobbies", translate("CustomerCardDialog", "Hobbies"), "line"),
            ("habits", translate("CustomerCardDialog", "Habits"), "line"),
        ]),
        ("personality", translate("CustomerCardDialog", "Personality"), [
            ("traits", translate("CustomerCardDialog", "Character"), "line"),
        ]),
        ("relationships", translate("CustomerCardDialog", "Relationships"), [
            ("influencers", translate("CustomerCardDialog", "Who influences them"), "line"),
            ("referred_by", translate("CustomerCardDialog", "Referred by"), "line"),
        ]),
    ]  # fmt: skip


def organization_profile() -> list[ProfileGroup]:
    return [
        ("profile", translate("CustomerCardDialog", "Profile"), [
            ("size", translate("CustomerCardDialog", "Size"), "line"),
            ("scope", translate("CustomerCardDialog", "Business scope"), "text"),
        ]),
        ("business", translate("CustomerCardDialog", "Business condition"), [
            ("condition", translate("CustomerCardDialog", "Condition"), "text"),
        ]),
        ("evaluation", translate("CustomerCardDialog", "Evaluation (1-5)"), [
            ("enthusiasm", translate("CustomerCardDialog", "Enthusiasm"), "score"),
            ("capability", translate("CustomerCardDialog", "Business capability"), "score"),
            ("credit", translate("CustomerCardDialog", "Credit"), "score"),
            ("relationships", translate("CustomerCardDialog", "Relationships"), "score"),
        ]),
        ("trading", translate("CustomerCardDialog", "Trading record"), [
            ("volume", translate("CustomerCardDialog", "Trading volume"), "line"),
            ("credit", translate("CustomerCardDialog", "Credit"), "line"),
        ]),
    ]  # fmt: skip


# --- problems ----------------------------------------------------------------------------------
def problem_text(problem: Problem) -> str:
    """One sentence for a problem code; unknown codes still say something useful."""
    p: dict[str, Any] = problem.params
    code = problem.code
    if code == "required":
        return translate("CustomerCardDialog", "This field is required.")
    if code == "too_long":
        return translate("CustomerCardDialog", "This is too long: at most {max} characters.").format(
            max=p.get("max", ""))  # fmt: skip
    if code == "id_empty":
        return translate("CustomerCardDialog", "Enter the ID number.")
    if code == "id_length":
        return translate("CustomerCardDialog", "A resident ID number has 18 characters.")
    if code == "id_characters":
        return translate("CustomerCardDialog",
                         "A resident ID number is 17 digits followed by a digit or X.")  # fmt: skip
    if code == "id_region":
        return translate("CustomerCardDialog", "The ID number starts with an unknown region code.")
    if code == "id_birth_date":
        return translate("CustomerCardDialog",
                         "The birth date inside the ID number is not a real date.")  # fmt: skip
    if code == "id_future_birth":
        return translate("CustomerCardDialog",
                         "The birth date inside the ID number lies in the future.")  # fmt: skip
    if code == "id_check_digit":
        return translate("CustomerCardDialog", "The ID number's check digit does not match: "
                         "a character is probably mistyped.")  # fmt: skip
    if code == "id_birth_mismatch":
        return translate("CustomerCardDialog", "The ID number gives the birth date {id_birth_date}."
                         ).format(id_birth_date=p.get("id_birth_date", ""))  # fmt: skip
    if code == "id_gender_mismatch":
        return translate("CustomerCardDialog", "The ID number gives the gender {id_gender}.").format(
            id_gender=gender_name(p.get("id_gender")))  # fmt: skip
    if code == "in_future":
        return translate("CustomerCardDialog", "This date lies in the future.")
    if code == "phone_empty":
        return translate("CustomerCardDialog", "Enter a phone number.")
    if code == "phone_characters":
        return translate("CustomerCardDialog", "{raw}: a phone number holds digits, spaces, dashes "
                         "and an extension only.").format(raw=p.get("raw", ""))  # fmt: skip
    if code == "phone_mobile_length":
        return translate("CustomerCardDialog", "{raw}: a mobile number has 11 digits.").format(
            raw=p.get("raw", ""))  # fmt: skip
    if code == "phone_landline_format":
        return translate("CustomerCardDialog", "{raw}: a landline number is an area code "
                         "(such as 010) and 7 or 8 digits.").format(raw=p.get("raw", ""))  # fmt: skip
    if code == "phone_unknown_format":
        return translate("CustomerCardDialog", "{raw}: neither a mobile nor a landline number."
                         ).format(raw=p.get("raw", ""))  # fmt: skip
    if code == "duplicate_phone":
        return translate("CustomerCardDialog", "The same phone number is listed twice.")
    if code == "email_format":
        return translate("CustomerCardDialog", "This is not an e-mail address (name@example.com).")
    if code == "org_code_invalid":
        return translate("CustomerCardDialog", "This is not a valid unified social credit code "
                         "(18 characters, the last one a check character).")  # fmt: skip
    if code == "negative":
        return translate("CustomerCardDialog", "This cannot be negative.")
    if code == "not_a_number":
        return translate("CustomerCardDialog", "Enter a number, such as 12.5.")
    if code == "not_a_date":
        return translate("CustomerCardDialog", "Enter a date.")
    if code == "not_a_choice":
        return translate("CustomerCardDialog", "Choose one of: {choices}.").format(
            choices="、".join(str(c) for c in p.get("choices", ())))  # fmt: skip
    if code == "unknown_field":
        return translate("CustomerCardDialog", "This field is no longer defined at this site.")
    if code == "card_changed_meanwhile":
        return translate("CustomerCardDialog", "Someone else changed this card while you were "
                         "editing it, so your changes were not saved. Close the card and open it "
                         "again to see the latest version.")  # fmt: skip
    if code == "customer_not_found":
        return translate("CustomerCardDialog", "This customer no longer exists: the card may "
                         "have been merged or deleted.")  # fmt: skip
    return translate("CustomerCardDialog", "This entry was not accepted ({code}).").format(
        code=code
    )
