"""What a customer is found by, and how a typed query is read. Pure rules, no SQL.

A customer's search document holds every fragment staff may type: name (as written and
normalised), every full-pinyin spelling and initials string, phone digits, ID number, address,
organisation code and e-mail. Fields are joined by U+001F, a character no query contains, so a
fragment never matches across two fields.

A query is split on spaces into terms that must all match. Each term is routed by what it is:
- digits (phones typed with spaces, dashes, +86, full-width digits; ID numbers with X): the
  digits alone, searched as a fragment once there are at least 3;
- text with Chinese characters: a fragment (3+ characters) or, for 1-2 characters, a phrase over
  single characters (the trigram index cannot match fewer than 3);
- Latin letters: a fragment of pinyin, initials, e-mail ... (3+), or for 1-2 letters a prefix of
  a pinyin spelling or initials string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .pinyin import is_han, name_keys
from .text import normalize

FIELD_SEPARATOR = "\u001f"
MIN_FRAGMENT = 3  # the trigram index needs three characters
PREFIX_LETTERS = MIN_FRAGMENT - 1  # shorter Latin queries are answered from stored prefixes
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()（）.]+[xX]?$")


class TermKind(StrEnum):
    DIGITS = "digits"  # phone or ID fragment: searched as a fragment
    FRAGMENT = "fragment"  # 3+ characters of anything else
    HAN_SHORT = "han_short"  # 1-2 Chinese characters: phrase over single characters
    LATIN_PREFIX = "latin_prefix"  # 1-2 letters: prefix of pinyin or initials
    TOO_SHORT = "too_short"  # 1-2 digits or symbols: matches nothing yet


@dataclass(frozen=True, slots=True)
class Term:
    kind: TermKind
    text: str


@dataclass(frozen=True, slots=True)
class SearchDoc:
    doc: str  # for fragment (trigram) search
    chars: str  # name and address as single characters separated by spaces
    keys: tuple[str, ...]  # first two letters of every pinyin spelling and initials string


def _digits_of(term: str) -> str | None:
    """The digits of a phone- or ID-like term, or None if it is not one."""
    if not _PHONE_LIKE.match(term):
        return None
    digits = re.sub(r"[^\dxX]", "", term).upper()
    if term.lstrip().startswith("+86"):
        digits = digits[2:]
    elif digits.startswith("0086") and len(digits) > 11:
        digits = digits[4:]
    return digits


def _join_phone_groups(text: str) -> str:
    """'138 0013 8000' is one term, not three: digit groups separated by spaces are joined."""
    return re.sub(r"(?<=\d)[\s\-]+(?=\d)", "", text)


def parse_query(raw: str) -> list[Term]:
    text = _join_phone_groups(normalize(raw)).lower()
    terms: list[Term] = []
    for part in text.split(" "):
        part = part.strip()
        if not part:
            continue
        digits = _digits_of(part)
        if digits is not None:
            kind = TermKind.DIGITS if len(digits) >= MIN_FRAGMENT else TermKind.TOO_SHORT
            terms.append(Term(kind, digits.lower()))
            continue
        if len(part) >= MIN_FRAGMENT:
            terms.append(Term(TermKind.FRAGMENT, part))
        elif all(is_han(ch) for ch in part):
            terms.append(Term(TermKind.HAN_SHORT, part))
        elif part.isascii() and part.isalpha():
            terms.append(Term(TermKind.LATIN_PREFIX, part))
        else:
            terms.append(Term(TermKind.TOO_SHORT, part))
    return terms


_NOT_WORD = re.compile(r"[\W_]+")


def _spaced(text: str) -> str:
    """'张三 (VIP)' -> '张 三 V I P': letters and digits as single-character tokens."""
    return " ".join(_NOT_WORD.sub("", text))


def build_doc(
    name: str,
    *,
    phones: tuple[str, ...] = (),
    id_number: str | None = None,
    addresses: tuple[str, ...] = (),
    org_code: str | None = None,
    email: str | None = None,
    extra: tuple[str, ...] = (),
) -> SearchDoc:
    """The search document of one customer. ``phones`` are normalised digit strings."""
    keys = name_keys(name)
    norm_name = normalize(name).lower()
    parts: list[str] = [norm_name, *keys.full, *keys.initials, *phones]
    if id_number:
        parts.append(id_number.lower())
    for address in addresses:  # Chinese fragments only: pinyin of addresses costs 60% of
        norm = normalize(address).lower()  # the rebuild time and nobody types it
        if norm:
            parts.append(norm.replace(" ", ""))
    if org_code:
        parts.append(org_code.lower())
    if email:
        parts.append(email.lower())
    parts.extend(normalize(x).lower() for x in extra if x)
    doc = FIELD_SEPARATOR.join(p for p in dict.fromkeys(parts) if p)
    chars = FIELD_SEPARATOR.join(_spaced(x) for x in (norm_name, *addresses) if x)
    # Longer queries go to the trigram index, so a 1-2 letter prefix is all the keys must answer.
    prefixes = tuple(dict.fromkeys(k[:PREFIX_LETTERS] for k in (*keys.full, *keys.initials)))
    return SearchDoc(doc, chars, prefixes)
