"""The dry run: every line read, checked as the card dialog checks a card, compared with the
other lines and with the live cards, and given an action. The commit carries out a plan made
the same way inside its write transaction, so what it writes is what the dry run said."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from cs_desktop.domain.enums import CustomerKind

from ..card_dto import CustomerCard
from ..validation import CheckedCard, Problem, check
from .existing import ExistingCard, ids_by_document, ids_by_phone, load_cards
from .rows import ParsedRow


class MatchKey(StrEnum):
    ID = "id"  # resident ID / document number, or an organisation's credit code
    PHONE = "phone"  # any phone number of the line
    NONE = "none"  # every line is a new card


class OnMatch(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    REJECT = "reject"


@dataclass(frozen=True)
class Rejection:
    """Why one line is not imported: ``field`` and ``code`` as the card checks name them,
    ``column`` the header of the column at fault (empty when no single column is)."""

    line: int
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    column: str = ""


@dataclass(slots=True)
class PlannedLine:
    line: int
    action: Action
    card: CustomerCard  # checked and normalised; for an update, the card as it will be
    target: uuid.UUID | None = None
    existing: ExistingCard | None = None
    problems: list[Rejection] = field(default_factory=list)


@dataclass
class Plan:
    lines: list[PlannedLine]

    def count(self, action: Action) -> int:
        return sum(1 for p in self.lines if p.action is action)

    @property
    def rejections(self) -> list[Rejection]:
        return [r for p in self.lines for r in p.problems]


Checker = Callable[[CustomerCard], CheckedCard]


def make_checker(today: dt.date, custom_defs: Mapping[str, Any]) -> Checker:
    defs = dict(custom_defs)

    def run(card: CustomerCard) -> CheckedCard:
        return check(card, today, defs)

    return run


def _document_key(card: CustomerCard) -> tuple[str, str] | None:
    """(field, normalised value) of the line's document: ID number or credit code."""
    if card.kind is CustomerKind.ORGANIZATION:
        return ("org_code", card.org_code) if card.org_code else None
    return ("id_number", card.id_number) if card.id_number else None


def _phone_digits(card: CustomerCard) -> list[str]:
    return [p.digits for p in card.phones if p.digits]


def _merge(existing: CustomerCard, row: ParsedRow, checked: CustomerCard) -> CustomerCard:
    """The matched card with the line applied: a filled cell replaces the card's value, an empty
    one keeps it; phones, an address and tags the card lacks are added; nothing is removed."""
    blank = CustomerCard()
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(CustomerCard):
        name = f.name
        if name in ("id", "row_version", "phones", "addresses", "tags", "custom", "relations",
                    "consents", "profile", "tier", "deleted", "created_at", "updated_at"):  # fmt: skip
            continue
        if name == "kind" and not row.explicit_kind:
            continue
        value = getattr(row.card, name)
        if value != getattr(blank, name):
            changes[name] = value
    if changes.get("id_number") and "id_type" not in changes:
        changes["id_type"] = None  # let the check recognise the new number's kind
    known_digits = {p.digits for p in existing.phones}
    new_phones = tuple(p for p in row.card.phones
                       if p.raw.strip() and _digits_of(p, checked) not in known_digits)  # fmt: skip
    keys = {(a.province, a.city, a.district, a.street) for a in existing.addresses}
    new_addresses = tuple(
        dataclasses.replace(a, is_primary=not existing.addresses)
        for a in row.card.addresses
        if (a.province, a.city, a.district, a.street) not in keys
    )
    tags = tuple(dict.fromkeys((*existing.tags, *row.card.tags)))
    custom = {**existing.custom, **row.card.custom}
    return dataclasses.replace(existing, phones=existing.phones + new_phones,
                               addresses=existing.addresses + new_addresses, tags=tags,
                               custom=custom, **changes)  # fmt: skip


def _digits_of(entry: Any, checked: CustomerCard) -> str:
    for p in checked.phones:
        if p.raw == entry.raw.strip():
            return p.digits
    return ""


def make_plan(conn: Connection, rows: list[ParsedRow], checker: Checker, match: MatchKey,
              on_match: OnMatch, tick: Callable[[int], None] | None = None) -> Plan:  # fmt: skip
    """``tick(lines checked)`` every 2,000 lines (it may raise to stop)."""
    planned: list[PlannedLine] = []
    checked_cards: list[CheckedCard] = []
    seen_document: dict[str, int] = {}
    seen_phone: dict[str, int] = {}

    def reject(p: PlannedLine, row: ParsedRow, problem: Problem) -> None:
        p.action = Action.REJECT
        p.problems.append(Rejection(row.line, problem.field, problem.code, dict(problem.params),
                                    row.column_of(problem.field)))  # fmt: skip

    for index, row in enumerate(rows):
        if tick is not None and index % 2000 == 1999:
            tick(index + 1)
        checked = checker(row.card)
        checked_cards.append(checked)
        p = PlannedLine(row.line, Action.CREATE, checked.card)
        planned.append(p)
        for problem in row.problems:
            reject(p, row, problem)
        # Duplicates inside the file: the same document always; the same phone when phones
        # are the match key (two lines would claim one card).
        doc = _document_key(checked.card)
        if doc is not None:
            first = seen_document.setdefault(doc[1], row.line)
            if first != row.line:
                reject(p, row, Problem(doc[0], "duplicate_in_file", {"line": first}))
        if match is MatchKey.PHONE:
            for digits in dict.fromkeys(_phone_digits(checked.card)):
                first = seen_phone.setdefault(digits, row.line)
                if first != row.line:
                    reject(p, row, Problem("phones", "duplicate_in_file", {"line": first}))
                    break

    matches: dict[int, set[uuid.UUID]] = {}
    if match is MatchKey.ID:
        docs = [(i, _document_key(c.card)) for i, c in enumerate(checked_cards)]
        found = ids_by_document(
            conn,
            (d[1] for _, d in docs if d and d[0] == "id_number"),
            (d[1] for _, d in docs if d and d[0] == "org_code"),
        )
        for i, d in docs:
            if d and found.get(d[1]):
                matches[i] = set(found[d[1]])
    elif match is MatchKey.PHONE:
        found = ids_by_phone(conn, (d for c in checked_cards for d in _phone_digits(c.card)))
        for i, c in enumerate(checked_cards):
            hit: set[uuid.UUID] = set()
            for digits in _phone_digits(c.card):
                hit |= found.get(digits, set())
            if hit:
                matches[i] = hit

    key_field = "phones" if match is MatchKey.PHONE else None
    claimed: dict[uuid.UUID, int] = {}
    for i, targets in matches.items():
        p, row = planned[i], rows[i]
        if p.action is Action.REJECT:
            continue  # a duplicate line, a line that cannot be read: it claims no card
        problem_field = key_field or (_document_key(checked_cards[i].card) or ("id_number",))[0]
        if len(targets) > 1:
            reject(p, row, Problem(problem_field, "matches_several", {"count": len(targets)}))
            continue
        target = next(iter(targets))
        first = claimed.setdefault(target, row.line)
        if first != row.line:
            reject(p, row, Problem(problem_field, "matches_same_card", {"line": first}))
            continue
        p.target = target
        if p.action is Action.REJECT:
            continue
        p.action = {OnMatch.SKIP: Action.SKIP, OnMatch.UPDATE: Action.UPDATE,
                    OnMatch.CREATE: Action.CREATE}[on_match]  # fmt: skip

    # An update is checked as the card will be after it; every other line as the file has it
    # (a skipped line with a mistake is still reported: the file should be put right).
    update_ids = [p.target for p in planned if p.action is Action.UPDATE and p.target]
    existing = load_cards(conn, update_ids) if update_ids else {}
    for i, p in enumerate(planned):
        row = rows[i]
        if p.action is Action.UPDATE:
            assert p.target is not None
            p.existing = existing[p.target]
            merged = checker(_merge(p.existing.card, row, checked_cards[i].card))
            p.card = merged.card
            problems = merged.problems
            if not problems and merged.card == checker(p.existing.card).card:
                p.action = Action.SKIP  # the card already says all the line says
        else:
            problems = checked_cards[i].problems
        # A cell already reported (too long, not a date) is not reported again as empty.
        read_fields = {q.field for q in row.problems}
        for problem in problems:
            if problem.field not in read_fields:
                reject(p, row, problem)
    return Plan(planned)
