"""The complaint workflow: intake, the allowed moves, responses, notes and handovers.

Every step is one write transaction that also writes an entry on the complaint's own timeline
(complaint_actions) and recomputes its two deadlines (first response, resolution) from the
site's rules, counting around the pauses the timeline records. The deadlines are stored on the
complaint, so the overdue list is one indexed query however many complaints there are.

Times are stored in UTC; the work calendar counts in the site's wall-clock time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from cs_desktop.domain.complaints.deadlines import Deadline, deadline
from cs_desktop.domain.complaints.states import PAUSED, TransitionError, move
from cs_desktop.domain.enums import ComplaintState, DifficultType
from cs_desktop.domain.text import normalize
from cs_desktop.domain.worktime import Pause
from cs_desktop.storage.models import Complaint, ComplaintAction, Customer, Site, Staff
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..accounts.actor import actor_of
from ..errors import ServiceError
from .settings import ComplaintRules, ComplaintSettings

MAX_WORDS = 4000


@dataclass(frozen=True)
class Intake:
    customer_id: uuid.UUID
    channel: str  # counter, phone, letter, online ...
    category: str
    severity: str
    customer_words: str
    customer_wants: str = ""
    promised_handling: str = ""
    difficult_type: str | None = None


@dataclass(frozen=True)
class ActionEntry:
    """One line of a complaint's own timeline."""

    at: dt.datetime
    kind: str  # intake, state, reopen, response, note, handover, escalation, stage, promise...
    from_state: str | None
    to_state: str | None
    text: str
    staff: str
    target_staff: str


@dataclass(frozen=True)
class ComplaintInfo:
    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    state: ComplaintState
    paused_from: ComplaintState | None
    category: str
    severity: str
    owner_staff_id: uuid.UUID | None
    received_at: dt.datetime
    first_response: Deadline
    resolution: Deadline
    row_version: int


@dataclass(frozen=True)
class ComplaintDetails:
    """What the intake recorded, for the complaint window and the printed record form."""

    customer_name: str
    channel: str
    customer_words: str
    customer_wants: str
    promised_handling: str
    difficult_type: str | None
    receiver: str
    owner: str
    signed_by_complainant: bool


@dataclass(frozen=True)
class StaffChoice:
    id: uuid.UUID
    name: str


def acting_staff(s: Session) -> uuid.UUID | None:
    """The signed-in staff member of the session (None when the system acts)."""
    actor = actor_of(s)
    return actor.staff_id if actor is not None else None


def local(value: dt.datetime) -> dt.datetime:
    """UTC -> the site's wall-clock time, naive (what the work calendar counts in)."""
    return value.astimezone().replace(tzinfo=None)


def utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


class ComplaintWorkflow:
    def __init__(self, factory: sessionmaker[Session], settings: ComplaintSettings,
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._settings = settings
        self._now = now

    # --- intake -----------------------------------------------------------------------------
    def intake(self, form: Intake, staff_id: uuid.UUID | None = None) -> ComplaintInfo:
        """Register a complaint; whoever takes it owns it (首问负责)."""
        rules = self._settings.rules()
        words = normalize(form.customer_words)
        if not words:
            raise ServiceError("required", field="customer_words")
        if len(words) > MAX_WORDS:
            raise ServiceError("too_long", field="customer_words", max=MAX_WORDS)
        if form.category not in rules.categories:
            raise ServiceError("not_a_choice", field="category", choices=rules.categories)
        if form.severity not in {s.code for s in rules.severities}:
            raise ServiceError("not_a_choice", field="severity",
                               choices=tuple(s.code for s in rules.severities))  # fmt: skip
        if not form.channel.strip():
            raise ServiceError("required", field="channel")
        if form.difficult_type and form.difficult_type not in set(DifficultType):
            raise ServiceError("not_a_choice", field="difficult_type",
                               choices=tuple(DifficultType))  # fmt: skip
        now = self._now()
        with writing(self._factory) as s:
            staff_id = staff_id or acting_staff(s)  # 首问负责: the signed-in clerk owns it
            customer = s.get(Customer, form.customer_id)
            if customer is None or customer.deleted_at is not None:
                raise ServiceError("customer_not_found", field="customer_id")
            row = Complaint(
                number=self._number(s, now), customer_id=customer.id, received_at=now,
                channel=form.channel.strip(), category=form.category, severity=form.severity,
                customer_words=words, customer_wants=form.customer_wants.strip() or None,
                promised_handling=form.promised_handling.strip() or None,
                difficult_type=form.difficult_type, receiver_staff_id=staff_id,
                owner_staff_id=staff_id, state=ComplaintState.REGISTERED.value,
            )  # fmt: skip
            s.add(row)
            s.flush()
            self._log(s, row, "intake", staff_id, now, to_state=row.state)
            return self._refresh(s, row, rules, now)

    def _number(self, s: Session, now: dt.datetime) -> str:
        """TS-<site code>-<local date>-<n>: unique across sites, readable on paper."""
        code = s.scalar(select(Site.code).where(Site.is_local.is_(True))) or "LOCAL"
        prefix = f"TS-{code}-{local(now):%Y%m%d}-"
        taken = s.scalar(select(func.count()).select_from(Complaint)
                         .where(Complaint.number.like(prefix + "%"))) or 0  # fmt: skip
        return f"{prefix}{taken + 1:04d}"

    # --- moves ------------------------------------------------------------------------------
    def move(self, complaint_id: uuid.UUID, target: ComplaintState, reason: str = "",
             staff_id: uuid.UUID | None = None) -> ComplaintInfo:  # fmt: skip
        """One allowed move; an illegal one raises ServiceError (code from TransitionError,
        params current/target) and changes nothing."""
        rules = self._settings.rules()
        now = self._now()
        with writing(self._factory) as s:
            row = self._row(s, complaint_id)
            current = ComplaintState(row.state)
            paused_from = ComplaintState(row.paused_from_state) if row.paused_from_state else None
            try:
                step = move(current, target, paused_from=paused_from, reason=reason)
            except TransitionError as exc:
                raise ServiceError(exc.code, field="state", current=exc.current.value,
                                   target=exc.target.value) from exc  # fmt: skip
            if step.pauses:
                row.paused_from_state, row.paused_at = current.value, now
            elif step.resumes:
                if row.paused_at is not None:
                    row.paused_seconds += int((now - row.paused_at).total_seconds())
                row.paused_from_state, row.paused_at = None, None
            elif target in PAUSED:  # from one kind of waiting to the other
                row.paused_from_state = step.paused_from.value if step.paused_from else None
            row.state = target.value
            if current is ComplaintState.REGISTERED and target is ComplaintState.RESOLVING:
                row.resolved_first_contact = True  # resolved on the spot, no investigation
            if target is ComplaintState.FEEDBACK:
                row.resolved_at = now
            elif target is ComplaintState.CLOSED:
                row.closed_at = now
            elif target is ComplaintState.REVIEWED:
                row.reviewed_at = now
            elif step.reopened:
                row.closed_at = row.resolved_at = None
            self._log(s, row, "reopen" if step.reopened else "state", staff_id, now,
                      from_state=current.value, to_state=target.value, text=reason.strip())  # fmt: skip
            return self._refresh(s, row, rules, now)

    def respond(self, complaint_id: uuid.UUID, text: str,
                staff_id: uuid.UUID | None = None) -> ComplaintInfo:  # fmt: skip
        """A response to the customer: the first one meets the first-response limit."""
        return self._entry(complaint_id, "response", text, staff_id, counts=True)

    def note(self, complaint_id: uuid.UUID, text: str,
             staff_id: uuid.UUID | None = None) -> ComplaintInfo:  # fmt: skip
        """An internal note: on the timeline, but not a response to the customer."""
        return self._entry(complaint_id, "note", text, staff_id, counts=False)

    def hand_over(self, complaint_id: uuid.UUID, to_staff_id: uuid.UUID, reason: str,
                  staff_id: uuid.UUID | None = None) -> ComplaintInfo:  # fmt: skip
        """The explicit, logged handover that ends first-complaint ownership."""
        if not reason.strip():
            raise ServiceError("required", field="reason")
        rules = self._settings.rules()
        now = self._now()
        with writing(self._factory) as s:
            row = self._row(s, complaint_id)
            if row.owner_staff_id == to_staff_id:
                raise ServiceError("same_owner", field="to_staff_id")
            self._log(s, row, "handover", staff_id, now, text=reason.strip(),
                      target_staff_id=to_staff_id)  # fmt: skip
            row.owner_staff_id = to_staff_id
            return self._refresh(s, row, rules, now)

    def mark_signed(self, complaint_id: uuid.UUID, signed: bool,
                    staff_id: uuid.UUID | None = None) -> None:  # fmt: skip
        """The intake record was read back to the complainant, who signed it (medical preset)."""
        now = self._now()
        with writing(self._factory) as s:
            row = self._row(s, complaint_id)
            if row.signed_by_complainant == signed:
                return
            row.signed_by_complainant = signed
            self._log(s, row, "signed" if signed else "unsigned", staff_id, now)

    def details(self, complaint_id: uuid.UUID) -> ComplaintDetails:
        receiver, owner = aliased(Staff), aliased(Staff)
        with self._factory() as s:
            found = s.execute(
                select(Complaint, Customer.name, receiver.display_name, owner.display_name)
                .join(Customer, Customer.id == Complaint.customer_id)
                .outerjoin(receiver, receiver.id == Complaint.receiver_staff_id)
                .outerjoin(owner, owner.id == Complaint.owner_staff_id)
                .where(Complaint.id == complaint_id, Complaint.deleted_at.is_(None))
            ).first()  # fmt: skip
            if found is None:
                raise ServiceError("complaint_not_found", id=str(complaint_id))
            row, name, received_by, owned_by = found
            return ComplaintDetails(
                name, row.channel, row.customer_words, row.customer_wants or "",
                row.promised_handling or "", row.difficult_type, received_by or "",
                owned_by or "", row.signed_by_complainant,
            )  # fmt: skip

    def staff(self) -> list[StaffChoice]:
        """Active staff, by name: who a complaint or a promise can be given to."""
        with self._factory() as s:
            rows = s.execute(select(Staff.id, Staff.display_name)
                             .where(Staff.active.is_(True), Staff.deleted_at.is_(None))
                             .order_by(Staff.display_name)).all()  # fmt: skip
        return [StaffChoice(i, n) for i, n in rows]

    def actions(self, complaint_id: uuid.UUID) -> list[ActionEntry]:
        """The complaint's own timeline, oldest first."""
        who, target = aliased(Staff), aliased(Staff)
        with self._factory() as s:
            rows = s.execute(
                select(ComplaintAction.at, ComplaintAction.kind, ComplaintAction.from_state,
                       ComplaintAction.to_state, ComplaintAction.text, who.display_name,
                       target.display_name)
                .outerjoin(who, who.id == ComplaintAction.staff_id)
                .outerjoin(target, target.id == ComplaintAction.target_staff_id)
                .where(ComplaintAction.complaint_id == complaint_id)
                .order_by(ComplaintAction.at, ComplaintAction.id)
            ).all()  # fmt: skip
        return [ActionEntry(at, kind, old, new, text or "", staff or "", to or "")
                for at, kind, old, new, text, staff, to in rows]  # fmt: skip

    def get(self, complaint_id: uuid.UUID) -> ComplaintInfo:
        rules = self._settings.rules()
        with self._factory() as s:
            return self.standing(s, self._row(s, complaint_id), rules, self._now())

    # --- inside ------------------------------------------------------------------------------
    def _entry(self, complaint_id: uuid.UUID, kind: str, text: str, staff_id: uuid.UUID | None,
               counts: bool) -> ComplaintInfo:  # fmt: skip
        text = text.strip()
        if not text:
            raise ServiceError("required", field="text")
        rules = self._settings.rules()
        now = self._now()
        with writing(self._factory) as s:
            row = self._row(s, complaint_id)
            if counts and row.first_response_at is None:
                row.first_response_at = now
            self._log(s, row, kind, staff_id, now, text=text, counts=counts)
            return self._refresh(s, row, rules, now)

    @staticmethod
    def _row(s: Session, complaint_id: uuid.UUID) -> Complaint:
        row = s.get(Complaint, complaint_id)
        if row is None or row.deleted_at is not None:
            raise ServiceError("complaint_not_found", id=str(complaint_id))
        return row

    @staticmethod
    def _log(s: Session, row: Complaint, kind: str, staff_id: uuid.UUID | None, at: dt.datetime,
             *, from_state: str | None = None, to_state: str | None = None, text: str = "",
             counts: bool = False, target_staff_id: uuid.UUID | None = None) -> None:  # fmt: skip
        s.add(ComplaintAction(complaint_id=row.id, at=at, staff_id=staff_id or acting_staff(s),
                              kind=kind,
                              from_state=from_state, to_state=to_state, text=text or None,
                              counts_as_response=counts, target_staff_id=target_staff_id))  # fmt: skip
        s.flush()

    def _refresh(self, s: Session, row: Complaint, rules: ComplaintRules,
                 now: dt.datetime) -> ComplaintInfo:  # fmt: skip
        """Recompute and store the deadlines; the info the caller shows."""
        info = self.standing(s, row, rules, now)
        row.first_response_due_at = (
            None if info.first_response.due is None else utc(info.first_response.due)
        )
        row.resolution_due_at = None if info.resolution.due is None else utc(info.resolution.due)
        row.escalation_level = max(info.first_response.escalation, info.resolution.escalation)
        s.flush()
        return dataclasses.replace(info, row_version=row.row_version)

    @staticmethod
    def _pauses(s: Session, row: Complaint) -> list[Pause]:
        pauses: list[Pause] = []
        moves = s.execute(
            select(ComplaintAction.at, ComplaintAction.from_state, ComplaintAction.to_state)
            .where(ComplaintAction.complaint_id == row.id,
                   ComplaintAction.kind.in_(("state", "reopen")))
            .order_by(ComplaintAction.at, ComplaintAction.id)
        ).all()  # fmt: skip
        paused = {s.value for s in PAUSED}
        start: dt.datetime | None = None
        for at, old, new in moves:
            if new in paused and old not in paused:
                start = at
            elif old in paused and new not in paused and start is not None:
                pauses.append((local(start), local(at)))
                start = None
        if start is not None:
            pauses.append((local(start), None))
        return pauses

    def standing(self, s: Session, row: Complaint, rules: ComplaintRules,
                 now: dt.datetime) -> ComplaintInfo:  # fmt: skip
        """Where a loaded complaint stands at ``now`` by ``rules`` (inside the caller's session)."""
        calendar = rules.calendar()
        pauses = self._pauses(s, row)
        start, at = local(row.received_at), local(now)
        first = deadline(rules.policy, calendar, rules.policy.first_response, start, at, pauses,
                         local(row.first_response_at) if row.first_response_at else None)  # fmt: skip
        done = row.resolved_at
        resolution = deadline(rules.policy, calendar, rules.resolution_limit(row.severity), start,
                              at, pauses, local(done) if done else None)  # fmt: skip
        return ComplaintInfo(
            row.id, row.number, row.customer_id, ComplaintState(row.state),
            ComplaintState(row.paused_from_state) if row.paused_from_state else None,
            row.category, row.severity, row.owner_staff_id, row.received_at, first, resolution,
            row.row_version,
        )  # fmt: skip
