"""Recording audit entries in the transaction of the change itself.

``install_audit(factory)`` hooks two session events of the database's session factory:

- ``before_flush`` notes, for every new, changed or deleted row of an audited model
  (``AUDITED``), its changed columns with the value before and after (SQLAlchemy's attribute
  history: what the service set, compared with what was loaded; nothing is read again);
- ``before_commit`` flushes, folds the notes into entries (one per customer card, whatever
  child rows changed with it; one per staff row or setting) and appends them to the chain with
  one INSERT, inside the same transaction: the change and its entry commit or roll back together.

Actions a service performs that are not row changes (merge, print, export, import, reveal,
sign-in) are added with ``record_in(session, ...)`` in the service's own transaction. An entry
recorded with ``absorb=True`` (a merge) takes the transaction's row changes into its details
instead of them becoming entries of their own.

Who: the actor bound to the session (services.accounts.actor), None for the system.
Sensitive values (ID and phone numbers) are kept masked in the details, password hashes never.
Bulk writes through Core statements (demo data, the import's bulk insert, merge's moves) are
not seen row by row: their services record one entry saying what they did.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.masking import mask_id_number, mask_phone
from cs_desktop.storage.models import (
    AppSetting,
    AuditEvent,
    Complaint,
    ComplaintPromise,
    ComplaintStageRecord,
    Customer,
    CustomerAddress,
    CustomerConsent,
    CustomerPhone,
    CustomerRelation,
    CustomerTag,
    CustomFieldValue,
    Followup,
    Staff,
    SurveyResponse,
    Visit,
)
from cs_desktop.storage.types import utcnow

from ..accounts.actor import actor_of
from .chain import GENESIS, canonical, entry_hash, jsonable

PENDING_KEY = "audit.pending"
EXPLICIT_KEY = "audit.explicit"
INSTALLED_KEY = "audit.installed"

# Columns never worth an entry (bookkeeping) and columns whose values are never written.
_BOOKKEEPING = frozenset({"id", "origin_site_id", "created_at", "updated_at", "row_version",
                          "name_pinyin", "customer_id"})  # fmt: skip
_SECRET = frozenset({"password_hash"})
_QUIET = frozenset({"failed_logins", "locked_until"})  # sign-in entries say it instead
_MASKED: dict[str, Callable[[str | None], str]] = {
    "id_number": mask_id_number, "raw": mask_phone, "digits": mask_phone, "phone": mask_phone,
}  # fmt: skip


@dataclass(frozen=True)
class Audited:
    entity: str
    part_of_customer: bool  # a child row of a card: folded into the card's entry


AUDITED: dict[type[Any], Audited] = {
    Customer: Audited("customer", False),
    CustomerPhone: Audited("customer_phones", True),
    CustomerAddress: Audited("customer_addresses", True),
    CustomerRelation: Audited("customer_relations", True),
    CustomerTag: Audited("customer_tags", True),
    CustomerConsent: Audited("customer_consents", True),
    CustomFieldValue: Audited("custom_field_values", True),
    Staff: Audited("staff", False),
    AppSetting: Audited("setting", False),
    # the customer's other records: entries of their own, filed under the customer where the
    # row names one (a complaint's own timeline, complaint_actions, is itself a log: not here)
    Complaint: Audited("complaint", False),
    ComplaintStageRecord: Audited("complaint_stage", False),
    ComplaintPromise: Audited("complaint_promise", False),
    Visit: Audited("visit", False),
    Followup: Audited("followup", False),
    SurveyResponse: Audited("survey_response", False),  # its answers are in the same change
}


@dataclass
class _RowNote:
    obj: Any
    op: str  # insert, update, delete
    fields: dict[str, list[Any]] = field(default_factory=dict)  # name -> [before, after]


@dataclass(frozen=True)
class _Entry:
    action: str
    entity: str
    entity_id: uuid.UUID | None
    customer_id: uuid.UUID | None
    details: dict[str, Any]
    staff_id: uuid.UUID | None
    absorb: bool = False


def _shown(name: str, value: Any) -> Any:
    if name in _SECRET:
        return "***" if value else None
    if name in _MASKED and isinstance(value, str):
        return _MASKED[name](value)
    return jsonable(value)


def _note_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    pending: dict[int, _RowNote] | None = None

    def note(obj: Any, op: str) -> _RowNote:
        nonlocal pending
        if pending is None:
            pending = session.info.setdefault(PENDING_KEY, {})
        found = pending.get(id(obj))
        if found is None:
            found = pending[id(obj)] = _RowNote(obj, op)
        elif op == "delete":
            found.op = "delete"
        return found

    for obj in session.new:
        if type(obj) in AUDITED:
            row = note(obj, "insert")
            for attr in inspect(obj).mapper.column_attrs:
                key = attr.key
                value = getattr(obj, key, None)
                if key not in _BOOKKEEPING and key not in _QUIET and value is not None:
                    row.fields[key] = [None, _shown(key, value)]
    for obj in session.dirty:
        if type(obj) not in AUDITED:
            continue
        state = inspect(obj)
        changed: dict[str, list[Any]] = {}
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key in _BOOKKEEPING or key in _QUIET:
                continue
            history = state.attrs[key].history
            if not history.added and not history.deleted:
                continue
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changed[key] = [_shown(key, before), _shown(key, after)]
        if changed:
            row = note(obj, "update")
            for key, (before, after) in changed.items():
                if key in row.fields:
                    row.fields[key][1] = after  # keep the first before, the last after
                else:
                    row.fields[key] = [before, after]
    for obj in session.deleted:
        if type(obj) in AUDITED:
            note(obj, "delete")


def _card_action(note: _RowNote | None) -> str:
    if note is None:
        return "change"
    if note.op == "insert":
        return "create"
    if note.op == "delete":
        return "delete"
    deleted = note.fields.get("deleted_at")
    if deleted is not None:
        if deleted[0] is None and deleted[1] is not None:
            return "delete"
        if deleted[0] is not None and deleted[1] is None:
            return "restore"
    return "change"


def _entries_from_notes(notes: list[_RowNote], staff_id: uuid.UUID | None) -> list[_Entry]:
    cards: dict[uuid.UUID, dict[str, Any]] = {}
    others: list[_Entry] = []
    for note in notes:
        spec = AUDITED[type(note.obj)]
        obj = note.obj
        if spec.part_of_customer or type(obj) is Customer:
            cid = obj.customer_id if spec.part_of_customer else obj.id
            card = cards.setdefault(cid, {"card": None, "rows": []})
            if type(obj) is Customer:
                card["card"] = note
            elif note.fields or note.op != "update":
                card["rows"].append({"table": spec.entity, "id": str(obj.id), "op": note.op,
                                     "fields": note.fields})  # fmt: skip
            continue
        if type(obj) is AppSetting:
            fields = note.fields.get("value", [None, None])
            others.append(_Entry("change_setting", "setting", None, None,
                                 {"key": obj.key, "before": fields[0], "after": fields[1]},
                                 staff_id))  # fmt: skip
            continue
        action = {"insert": "create", "delete": "delete"}.get(note.op, "change")
        if type(obj) is Staff and "active" in note.fields and note.op == "update":
            action = "deactivate" if not note.fields["active"][1] else "activate"
        customer = getattr(obj, "customer_id", None)
        others.append(_Entry(action, spec.entity, obj.id,
                             customer if isinstance(customer, uuid.UUID) else None,
                             {"fields": note.fields}, staff_id))  # fmt: skip
    entries = []
    for cid, card in cards.items():
        details: dict[str, Any] = {"fields": card["card"].fields if card["card"] else {}}
        if card["rows"]:
            details["rows"] = card["rows"]
        if not details["fields"] and not card["rows"]:
            continue
        entries.append(_Entry(_card_action(card["card"]), "customer", cid, cid, details, staff_id))
    return entries + others


def record_in(session: Session, action: str, entity: str, entity_id: uuid.UUID | None = None,
              *, customer_id: uuid.UUID | None = None, details: dict[str, Any] | None = None,
              staff_id: uuid.UUID | None = None, absorb: bool = False) -> None:  # fmt: skip
    """Add an entry to the transaction of ``session``; written when it commits.

    ``staff_id`` defaults to the session's actor. With ``absorb`` the transaction's row changes
    go into this entry's details (``changes``) instead of entries of their own."""
    if staff_id is None:
        actor = actor_of(session)
        staff_id = actor.staff_id if actor else None
    entry = _Entry(action, entity, entity_id, customer_id, jsonable(details or {}), staff_id,
                   absorb)  # fmt: skip
    session.info.setdefault(EXPLICIT_KEY, []).append(entry)


def _lock_chain(session: Session) -> None:
    """One appender at a time. SQLite: the write transaction already holds the database's write
    lock (a deferred one fails rather than fork the chain). PostgreSQL: an advisory lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(6170301)"))


_TABLE: Table = AuditEvent.__table__  # type: ignore[assignment]
_LAST = (
    select(_TABLE.c.seq, _TABLE.c.entry_hash, _TABLE.c.at).order_by(_TABLE.c.seq.desc()).limit(1)
)
_INSERT = insert(_TABLE)


def append(session: Session, entries: list[_Entry], now: dt.datetime) -> None:
    if not entries:
        return
    _lock_chain(session)
    conn = session.connection()  # Core: the ORM's bulk machinery costs more than the row
    last = conn.execute(_LAST).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    if last is not None and last[2] > now:
        now = last[2]  # the PC's clock went back: times never go backwards along the chain
    rows = []
    for e in entries:
        seq += 1
        digest = entry_hash(prev, canonical(seq, now, e.staff_id, e.action, e.entity, e.entity_id,
                                            e.customer_id, e.details))  # fmt: skip
        rows.append({"seq": seq, "at": now, "staff_id": e.staff_id, "action": e.action,
                     "entity": e.entity, "entity_id": e.entity_id, "customer_id": e.customer_id,
                     "details": e.details, "prev_hash": prev, "entry_hash": digest})  # fmt: skip
        prev = digest
    conn.execute(_INSERT, rows)


def _writer(now: Callable[[], dt.datetime]) -> Callable[[Session], None]:
    def write_entries(session: Session) -> None:
        session.flush()  # the last changes are noted now
        if PENDING_KEY not in session.info and EXPLICIT_KEY not in session.info:
            return
        notes = list(session.info.pop(PENDING_KEY, {}).values())
        explicit: list[_Entry] = session.info.pop(EXPLICIT_KEY, [])
        actor = actor_of(session)
        changes = _entries_from_notes(notes, actor.staff_id if actor else None)
        absorbing = next((e for e in explicit if e.absorb), None)
        if absorbing is not None and changes:
            folded = [{"action": c.action, "entity": c.entity,
                       "entity_id": str(c.entity_id) if c.entity_id else None, **c.details}
                      for c in changes]  # fmt: skip
            index = explicit.index(absorbing)
            explicit[index] = _Entry(absorbing.action, absorbing.entity, absorbing.entity_id,
                                     absorbing.customer_id,
                                     {**absorbing.details, "changes": folded},
                                     absorbing.staff_id)  # fmt: skip
            changes = []
        append(session, changes + explicit, now())

    return write_entries


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(PENDING_KEY, None)
    session.info.pop(EXPLICIT_KEY, None)


def install_audit(factory: sessionmaker[Session], now: Callable[[], dt.datetime] = utcnow) -> None:
    """Record audit entries for every session of ``factory`` (once per factory)."""
    info = factory.kw.setdefault("info", {})
    if info.get(INSTALLED_KEY):
        return
    info[INSTALLED_KEY] = True
    event.listen(factory, "before_flush", _note_changes)
    event.listen(factory, "before_commit", _writer(now))
    event.listen(factory, "after_rollback", _forget)


__all__ = ["AUDITED", "append", "install_audit", "record_in"]
