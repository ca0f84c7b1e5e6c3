"""Checks of a card before it is saved. Each problem names the field and a code the UI turns into
a sentence; nothing is written while any problem remains."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from cs_desktop.domain import idcard, orgcode, phones
from cs_desktop.domain.enums import CustomerKind, Gender, IdDocumentType
from cs_desktop.domain.text import normalize

from .card_dto import CustomerCard, PhoneEntry
from .masked import has_sealed_id, is_sealed_phone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 200


@dataclass(frozen=True)
class Problem:
    field: str  # "name", "id_number", "phones.1", "birth_date", "custom.blood_type"
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class IdFacts:
    """What a valid resident ID says, so the card can offer to fill birth date and gender."""

    birth_date: dt.date
    gender: Gender


@dataclass(frozen=True)
class CheckedCard:
    card: CustomerCard  # normalised: phone digits and kinds, cleaned ID and codes
    problems: list[Problem] = field(default_factory=list)
    id_facts: IdFacts | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


_DIGITS_ID = re.compile(r"^\d+X?$")


def _is_resident_id(card: CustomerCard) -> bool:
    """Chosen as such, or, with no type chosen, typed as digits (other documents have letters)."""
    if card.id_type is IdDocumentType.RESIDENT_ID:
        return True
    return card.id_type is None and bool(_DIGITS_ID.match(idcard.clean(card.id_number)))


def check(
    card: CustomerCard, today: dt.date, custom_defs: dict[str, Any] | None = None
) -> CheckedCard:
    problems: list[Problem] = []
    name = normalize(card.name)
    if not name:
        problems.append(Problem("name", "required"))
    elif len(name) > MAX_NAME:
        problems.append(Problem("name", "too_long", {"max": MAX_NAME}))

    id_number = card.id_number.strip()
    id_type = card.id_type
    facts: IdFacts | None = None
    if card.kind is CustomerKind.PERSON and id_number and has_sealed_id(card):
        pass  # shown masked and left alone: the service puts the real number back on save
    elif card.kind is CustomerKind.PERSON and id_number:
        if _is_resident_id(card):
            id_type = IdDocumentType.RESIDENT_ID
            try:
                parsed = idcard.parse(id_number, today)
            except idcard.InvalidIdCard as exc:
                problems.append(Problem("id_number", exc.code.value))
                id_number = idcard.clean(id_number)
            else:
                id_number = parsed.number
                facts = IdFacts(parsed.birth_date, parsed.gender)
                if card.birth_date is not None and card.birth_date != parsed.birth_date:
                    problems.append(Problem("birth_date", "id_birth_mismatch",
                                            {"id_birth_date": parsed.birth_date.isoformat()}))  # fmt: skip
                if card.gender in (Gender.MALE, Gender.FEMALE) and card.gender != parsed.gender:
                    problems.append(Problem("gender", "id_gender_mismatch",
                                            {"id_gender": parsed.gender.value}))  # fmt: skip
        else:
            id_number = normalize(id_number)
    if card.birth_date is not None and card.birth_date > today:
        problems.append(Problem("birth_date", "in_future"))

    checked_phones: list[PhoneEntry] = []
    for index, entry in enumerate(card.phones):
        if not entry.raw.strip():
            continue  # an empty row left in the editor
        if is_sealed_phone(entry):
            checked_phones.append(entry)  # shown masked, unchanged: its digits are sealed
            continue
        try:
            parsed_phone = phones.parse(entry.raw)
        except phones.InvalidPhone as exc:
            problems.append(Problem(f"phones.{index}", exc.code.value, {"raw": entry.raw}))
            checked_phones.append(entry)
        else:
            checked_phones.append(dataclasses.replace(
                entry, raw=entry.raw.strip(), kind=parsed_phone.kind, digits=parsed_phone.digits,
                extension=parsed_phone.extension))  # fmt: skip
    if checked_phones and not any(p.is_primary for p in checked_phones):
        checked_phones[0] = dataclasses.replace(checked_phones[0], is_primary=True)
    digits = [p.digits for p in checked_phones if p.digits]
    if len(digits) != len(set(digits)):
        problems.append(Problem("phones", "duplicate_phone"))

    email = normalize(card.email)
    if email and not _EMAIL.match(email):
        problems.append(Problem("email", "email_format"))
    org_code = orgcode.clean(card.org_code) if card.org_code else ""
    if card.kind is CustomerKind.ORGANIZATION and org_code and not orgcode.is_valid(org_code):
        problems.append(Problem("org_code", "org_code_invalid"))
    if card.credit_limit_cents is not None and card.credit_limit_cents < 0:
        problems.append(Problem("credit_limit_cents", "negative"))
    if card.employee_count is not None and card.employee_count < 0:
        problems.append(Problem("employee_count", "negative"))
    problems.extend(_check_custom(card, custom_defs or {}))

    normalised = dataclasses.replace(
        card, name=name, id_number=id_number, id_type=id_type if id_number else card.id_type,
        phones=tuple(checked_phones), email=email, org_code=org_code,
        tags=tuple(dict.fromkeys(normalize(t) for t in card.tags if normalize(t))),
    )  # fmt: skip
    return CheckedCard(normalised, problems, facts)


def _check_custom(card: CustomerCard, defs: dict[str, Any]) -> list[Problem]:
    """``defs``: key -> (field_type, choices, required, applies_to) of the site's custom fields."""
    import decimal

    problems = []
    for key, (field_type, choices, required, applies_to) in defs.items():
        if applies_to not in ("both", card.kind.value):
            continue
        value = card.custom.get(key)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            if required:
                problems.append(Problem(f"custom.{key}", "required"))
            continue
        if field_type == "number" and not isinstance(value, decimal.Decimal):
            problems.append(Problem(f"custom.{key}", "not_a_number"))
        elif field_type == "date" and not isinstance(value, dt.date):
            problems.append(Problem(f"custom.{key}", "not_a_date"))
        elif field_type == "choice" and value not in choices:
            problems.append(Problem(f"custom.{key}", "not_a_choice", {"choices": list(choices)}))
    unknown = set(card.custom) - set(defs)
    problems.extend(Problem(f"custom.{key}", "unknown_field") for key in sorted(unknown))
    return problems
