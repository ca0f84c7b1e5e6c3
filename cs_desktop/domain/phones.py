"""Mainland China phone numbers as people type them.

Mobile: 11 digits starting 1[3-9], typed with spaces, dashes, "+86", "0086" or full-width digits.
Landline: area code 0 + 2-3 digits (010, 021, 0755 ...) and a 7-8 digit local number, optionally
an extension ("转 123", "ext 123", "-123" after a full number). The typed text is kept for display;
``digits`` is the key used for search and duplicate detection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .enums import PhoneKind
from .text import normalize

_MOBILE = re.compile(r"1[3-9]\d{9}")
# Two-digit area codes (010 Beijing, 02x big cities); every other area code has three digits.
_AREA2 = re.compile(r"0(10|2\d)")
_EXT = re.compile(r"(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-().（）·.]")


class PhoneError(StrEnum):
    EMPTY = "phone_empty"
    CHARACTERS = "phone_characters"
    MOBILE_LENGTH = "phone_mobile_length"
    LANDLINE_FORMAT = "phone_landline_format"
    UNKNOWN_FORMAT = "phone_unknown_format"


class InvalidPhone(ValueError):
    def __init__(self, code: PhoneError) -> None:
        super().__init__(code.value)
        self.code = code


@dataclass(frozen=True, slots=True)
class Phone:
    kind: PhoneKind
    digits: str  # mobile: 11 digits; landline: area code + number, no extension
    extension: str = ""

    @property
    def display(self) -> str:
        if self.kind is PhoneKind.MOBILE:
            return f"{self.digits[:3]} {self.digits[3:7]} {self.digits[7:]}"
        area = _area_code(self.digits)
        text = f"{area}-{self.digits[len(area) :]}"
        return f"{text} 转 {self.extension}" if self.extension else text


def stored_display(kind: str, digits: str, extension: str | None = None) -> str:
    """The display form of a stored phone (kind code, digits, extension); the bare digits if
    the kind is one this version does not know (a newer site's sync file)."""
    try:
        return Phone(PhoneKind(kind), digits, extension or "").display
    except ValueError:
        return digits


def _area_code(digits: str) -> str:
    return digits[:3] if _AREA2.match(digits) else digits[:4]


def parse(raw: str | None) -> Phone:
    text = normalize(raw)
    if not text:
        raise InvalidPhone(PhoneError.EMPTY)
    extension = ""
    m = _EXT.search(text)
    if m:
        extension = m.group(1)
        text = text[: m.start()]
    text = _SEPARATORS.sub("", text)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if not text.isascii() or not text.isdigit():
        raise InvalidPhone(PhoneError.CHARACTERS)
    if text.startswith("1"):
        if len(text) != 11:
            raise InvalidPhone(PhoneError.MOBILE_LENGTH)
        if not _MOBILE.fullmatch(text):
            raise InvalidPhone(PhoneError.UNKNOWN_FORMAT)
        return Phone(PhoneKind.MOBILE, text, extension)
    if text.startswith("0"):
        area = _area_code(text)
        local = text[len(area) :]
        # "010-12345678-123": an extension written after the full number with a dash
        if not extension and len(local) > 8 and local[:8].isdigit():
            local, extension = local[:8], local[8:]
        if len(local) not in (7, 8) or local[0] == "0":
            raise InvalidPhone(PhoneError.LANDLINE_FORMAT)
        return Phone(PhoneKind.LANDLINE, area + local, extension)
    raise InvalidPhone(PhoneError.UNKNOWN_FORMAT)


def mask(digits: str) -> str:
    """138****8000 for mobiles; landlines keep area code and last four."""
    if len(digits) == 11 and digits.startswith("1"):
        return digits[:3] + "****" + digits[-4:]
    if len(digits) > 6:
        area = _area_code(digits)
        return area + "*" * (len(digits) - len(area) - 4) + digits[-4:]
    return "*" * len(digits)
