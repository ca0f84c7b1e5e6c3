"""Normalisation of typed text before it becomes a key (search, duplicates, phone digits).

The original is always stored for display; only keys are normalised.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """NFKC (full-width digits and letters to ASCII), trimmed, inner runs of space collapsed."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def is_outside_bmp(text: str) -> bool:
    """True when the text holds a character above U+FFFF (e.g. 𠮷, CJK Extension B)."""
    return any(ord(ch) > 0xFFFF for ch in text)
