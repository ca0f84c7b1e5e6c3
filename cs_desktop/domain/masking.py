"""Masking ID and phone numbers for screens and printouts that do not need them in full.

The masked form keeps what lets a person recognise a number (region and last four digits of
an ID number, the operator prefix and last four of a mobile) and hides the rest with ``*``.
Input is taken as people and card readers type it: full-width digits, spaces, dashes, "+86".
Nothing here raises: an odd or short value is masked as well as it can be, never shown whole.
"""

from __future__ import annotations

import re

from .text import normalize

MASK = "*"
_NOT_ID = re.compile(r"[\s\-]")
_COUNTRY = re.compile(r"^(?:\+?86|0086)(?=1[3-9]\d{9}$)")


def mask_id_number(value: str | None) -> str:
    """110105199001011234 -> 110105********1234 (the length is kept).

    Shorter documents (passports, permits) keep fewer characters: up to 4 characters are
    hidden whole, up to 8 show their last 2, up to 13 their first 2 and last 3."""
    text = _NOT_ID.sub("", normalize(value)).upper()
    n = len(text)
    if n == 0:
        return ""
    if n <= 4:
        head, tail = 0, 0
    elif n <= 8:
        head, tail = 0, 2
    elif n <= 13:
        head, tail = 2, 3
    else:
        head, tail = 6, 4
    return text[:head] + MASK * (n - head - tail) + (text[n - tail :] if tail else "")


def mask_phone(value: str | None) -> str:
    """13812348000 -> 138****8000; 010-12345678 -> 010****5678; an extension stays as typed.

    Only the digits are shown (separators dropped, "+86" taken off a mobile)."""
    text = normalize(value)
    if not text:
        return ""
    main, sep, extension = text.partition("转")
    digits = "".join(ch for ch in main if ch.isascii() and ch.isdigit())
    if not digits:
        return MASK * 3
    digits = _COUNTRY.sub("", digits)
    n = len(digits)
    if n == 11 and digits.startswith("1"):
        head, tail = 3, 4
    elif digits.startswith("0") and n >= 9:
        head, tail = (3 if digits[1] in "12" else 4), 4
    elif n >= 9:
        head, tail = 3, 4
    elif n >= 5:
        head, tail = 0, 2
    else:
        head, tail = 0, 0
    masked = digits[:head] + MASK * (n - head - tail) + (digits[n - tail :] if tail else "")
    extension = "".join(ch for ch in extension if ch.isdigit())
    return f"{masked} 转 {extension}" if sep and extension else masked


__all__ = ["MASK", "mask_id_number", "mask_phone"]
