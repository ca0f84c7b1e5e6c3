"""Tier policies: how each tier is served (its name in the tier table, the follow-up interval,
the role that handles its complaints, care reminders). Rows are made when a rule set brings a
new tier (TierRuleService.save); here the administrator edits them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import Role
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import TierPolicy
from cs_desktop.storage.session import writing

from ..accounts.actor import require_bound
from ..errors import ServiceError

MAX_LABEL = 50
MAX_INTERVAL_DAYS = 3650


@dataclass(frozen=True)
class PolicyInfo:
    id: uuid.UUID
    tier: str
    label: str
    position: int
    followup_interval_days: int | None  # None: no routine follow-up
    complaint_role: Role | None  # None: whoever takes the complaint
    care_reminders: bool


@dataclass(frozen=True)
class PolicyEdit:
    tier: str
    label: str
    followup_interval_days: int | None
    complaint_role: Role | None
    care_reminders: bool


class TierPolicyService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def policies(self) -> list[PolicyInfo]:
        """Every live policy, in table order."""
        with self._factory() as s:
            rows = s.scalars(select(TierPolicy).where(TierPolicy.deleted_at.is_(None))
                             .order_by(TierPolicy.position, TierPolicy.tier)).all()  # fmt: skip
            return [_info(r) for r in rows]

    def save(self, edits: Sequence[PolicyEdit]) -> list[PolicyInfo]:
        """Apply the edits in one transaction; the first problem raises ServiceError with the
        field and the tier at fault, and nothing is saved."""
        require_bound(self._factory, Permission.EDIT_SETTINGS)  # administrators
        cleaned = [_checked(e) for e in edits]
        with writing(self._factory) as s:
            rows = {r.tier: r for r in s.scalars(
                select(TierPolicy).where(TierPolicy.deleted_at.is_(None)))}  # fmt: skip
            for edit in cleaned:
                row = rows.get(edit.tier)
                if row is None:
                    raise ServiceError("unknown_tier", field="tier", tier=edit.tier)
                new = (edit.label, edit.followup_interval_days,
                       edit.complaint_role.value if edit.complaint_role else None,
                       edit.care_reminders)  # fmt: skip
                old = (row.label, row.followup_interval_days, row.complaint_role,
                       row.care_reminders)  # fmt: skip
                if new != old:  # row_version is bumped by the ORM on UPDATE
                    row.label, row.followup_interval_days = new[0], new[1]
                    row.complaint_role, row.care_reminders = new[2], new[3]
            s.flush()
            ordered = sorted(rows.values(), key=lambda r: (r.position, r.tier))
            return [_info(r) for r in ordered]


def _checked(edit: PolicyEdit) -> PolicyEdit:
    label = " ".join(edit.label.split())
    if not label:
        raise ServiceError("required", field="label", tier=edit.tier)
    if len(label) > MAX_LABEL:
        raise ServiceError("too_long", field="label", tier=edit.tier, max=MAX_LABEL)
    days = edit.followup_interval_days
    if days is not None and (isinstance(days, bool) or not 1 <= days <= MAX_INTERVAL_DAYS):
        raise ServiceError("out_of_range", field="followup_interval_days", tier=edit.tier,
                           min=1, max=MAX_INTERVAL_DAYS)  # fmt: skip
    return PolicyEdit(edit.tier, label, days, edit.complaint_role, edit.care_reminders)


def _info(row: TierPolicy) -> PolicyInfo:
    role = Role(row.complaint_role) if row.complaint_role in set(Role) else None
    return PolicyInfo(row.id, row.tier, row.label, row.position, row.followup_interval_days,
                      role, bool(row.care_reminders))  # fmt: skip
