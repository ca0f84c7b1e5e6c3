"""Mainland China 18-digit resident identity numbers (GB 11643-1999).

Layout: 6-digit region code, 8-digit birth date (YYYYMMDD), 3-digit sequence whose last digit is
odd for men and even for women, and a check character (0-9 or X) over ISO 7064 MOD 11-2.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from .enums import Gender
from .text import normalize

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# First two digits: provinces, autonomous regions, municipalities; 71 Taiwan, 81 HK, 82 Macao.
PROVINCE_CODES = frozenset(
    {
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
        "65", "71", "81", "82",
    }
)  # fmt: skip


class IdCardError(StrEnum):
    """Why a number is not a valid resident ID; the UI translates the code."""

    EMPTY = "id_empty"
    LENGTH = "id_length"
    CHARACTERS = "id_characters"
    REGION = "id_region"
    BIRTH_DATE = "id_birth_date"
    FUTURE_BIRTH = "id_future_birth"
    CHECK_DIGIT = "id_check_digit"


@dataclass(frozen=True, slots=True)
class ResidentId:
    number: str
    region_code: str
    birth_date: dt.date
    gender: Gender


class InvalidIdCard(ValueError):
    def __init__(self, code: IdCardError) -> None:
        super().__init__(code.value)
        self.code = code


def check_char(first17: str) -> str:
    """The check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def clean(raw: str | None) -> str:
    """Full-width digits and a lower-case x, spaces inside: what card readers and people type."""
    return normalize(raw).replace(" ", "").upper()


def parse(raw: str | None, today: dt.date | None = None) -> ResidentId:
    """Validate and decode; raises InvalidIdCard with the first failing rule."""
    number = clean(raw)
    if not number:
        raise InvalidIdCard(IdCardError.EMPTY)
    if len(number) != 18:
        raise InvalidIdCard(IdCardError.LENGTH)
    if not (number[:17].isascii() and number[:17].isdigit()) or number[17] not in "0123456789X":
        raise InvalidIdCard(IdCardError.CHARACTERS)
    if number[:2] not in PROVINCE_CODES:
        raise InvalidIdCard(IdCardError.REGION)
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise InvalidIdCard(IdCardError.BIRTH_DATE) from None
    if birth.year < 1880:
        raise InvalidIdCard(IdCardError.BIRTH_DATE)
    if birth > (today or dt.date.today()):
        raise InvalidIdCard(IdCardError.FUTURE_BIRTH)
    if check_char(number[:17]) != number[17]:
        raise InvalidIdCard(IdCardError.CHECK_DIGIT)
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return ResidentId(number, number[:6], birth, gender)


def build(region_code: str, birth: dt.date, sequence: int) -> str:
    """Compose a valid number (demo data, tests). ``sequence`` 0-999; its parity is the gender."""
    first17 = f"{region_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


def mask(number: str) -> str:
    """110105********1234: region and last four kept for recognition."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
