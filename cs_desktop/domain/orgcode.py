"""Unified social credit codes of organisations (统一社会信用代码, GB 32100-2015): 18 characters
from a 31-character alphabet, the last one a check character."""

from __future__ import annotations

from .text import normalize

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def check_char(first17: str) -> str:
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def clean(raw: str | None) -> str:
    return normalize(raw).replace(" ", "").upper()


def is_valid(raw: str | None) -> bool:
    code = clean(raw)
    if len(code) != 18 or any(c not in ALPHABET for c in code):
        return False
    return check_char(code[:17]) == code[17]
