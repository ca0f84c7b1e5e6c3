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

Relevance: each term is ranked against a customer (``Rank``): the whole name or its primary
pinyin (spelling or initials) equals the term; one of those starts with it; some other part of
the name or of a reading matches (张俊 found by "zs" through the rare reading shun of 俊); or only
a phone, ID, address... matches. The document starts with the name part so that SQL can compute
the same rank over a hit from two stored lengths (``SearchDoc.primary_end``, ``name_end``), and
the keys of short queries carry their rank, precomputed here, so that an index gives the hits of
"陈" or "zs" already best-first.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum

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


class Rank(IntEnum):
    """How well one term matches one customer: lower is better."""

    EXACT = 0  # the name, its primary spelling or its primary initials is the term
    PREFIX = 1  # one of those starts with the term
    NAME = 2  # another part of the name or of another reading holds the term
    OTHER = 3  # only phone, ID number, address, organisation code, e-mail...


@dataclass(frozen=True, slots=True)
class SearchDoc:
    doc: str  # for fragment (trigram) search; the name part first
    chars: str  # name and address as single characters separated by spaces
    keys: tuple[tuple[str, Rank], ...]
    """Keys of short queries with their rank: the first one and two letters of every pinyin
    spelling and initials string, and every Chinese character and pair of adjacent characters
    of the name."""
    primary_end: int  # doc[:primary_end]: the name, primary spelling and primary initials
    name_end: int  # doc[:name_end]: the name and all its spellings and initials
    sort_key: str  # the primary spelling: "by name" order


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


def rank_of(term: str, doc: str, primary_end: int, name_end: int) -> Rank:
    """The rank of one (normalised, lower-case) term against a document; the same rule as the
    SQL expression in storage/search_index.py."""
    primary = doc[:primary_end].split(FIELD_SEPARATOR)
    if term in primary:
        return Rank.EXACT
    if any(field.startswith(term) for field in primary):
        return Rank.PREFIX
    if term in doc[:name_end]:
        return Rank.NAME
    return Rank.OTHER


def _join_han(text: str) -> str:
    """'张 三' -> '张三': a space between two Chinese characters is dropped (as split_name does)."""
    n = len(text)
    return "".join(
        ch
        for i, ch in enumerate(text)
        if not (ch == " " and 0 < i < n - 1 and is_han(text[i - 1]) and is_han(text[i + 1]))
    )


def doc_keys(doc: str, primary_end: int, name_end: int) -> tuple[tuple[str, Rank], ...]:
    """The keys of short queries a document answers, with their rank: the first one and two
    letters of every spelling and initials string of the name, and every Chinese character and
    pair of adjacent characters of the name as written. A function of the stored document
    alone, so the keys of a stored document can always be found again (to delete them)."""
    fields = doc[:name_end].split(FIELD_SEPARATOR)
    name = fields[0]
    found: list[str] = [ch for ch in name if is_han(ch)]
    found += [a + b for a, b in itertools.pairwise(name) if is_han(a) and is_han(b)]
    for field in fields:
        for n in range(1, PREFIX_LETTERS + 1):
            prefix = field[:n]
            if len(prefix) == n and prefix.isascii() and prefix.isalpha():
                found.append(prefix)
    # rank_of, unrolled: this runs for every key of every customer in a rebuild. Every key
    # comes from the name, so its rank is at most NAME.
    primary = fields[: doc[:primary_end].count(FIELD_SEPARATOR) + 1]
    ranked: list[tuple[str, Rank]] = []
    for k in dict.fromkeys(found):
        if k in primary:
            ranked.append((k, Rank.EXACT))
        elif any(f.startswith(k) for f in primary):
            ranked.append((k, Rank.PREFIX))
        else:
            ranked.append((k, Rank.NAME))
    return tuple(ranked)


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
    # 张 三 is the name 张三 (split_name drops such spaces too).
    norm_name = _join_han(normalize(name).lower())
    primary = [p for p in dict.fromkeys((norm_name, *keys.full[:1], *keys.initials[:1])) if p]
    names = [p for p in dict.fromkeys((*primary, *keys.full, *keys.initials)) if p]
    parts: list[str] = [*phones]
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
    seen = set(names)
    rest = [p for p in dict.fromkeys(parts) if p and p not in seen]
    doc = FIELD_SEPARATOR.join((*names, *rest))
    primary_end = len(FIELD_SEPARATOR.join(primary))
    name_end = len(FIELD_SEPARATOR.join(names))
    chars = FIELD_SEPARATOR.join(_spaced(x) for x in (norm_name, *addresses) if x)
    # Longer queries go to the trigram index, so 1-2 letter prefixes are all the keys answer.
    ranked = doc_keys(doc, primary_end, name_end)
    return SearchDoc(doc, chars, ranked, primary_end, name_end, keys.sort_key)
