"""What the Reports page's filters offer: the sites, staff members, complaint categories and
tiers this database knows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.storage.models import Complaint, Site, Staff, TierPolicy

from ..complaints.settings import ComplaintSettings


@dataclass(frozen=True)
class Choices:
    sites: list[tuple[uuid.UUID, str]]
    staff: list[tuple[uuid.UUID, str]]
    categories: list[str]
    tiers: list[tuple[str, str]]  # (code, label)


class ReportChoices:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def choices(self) -> Choices:
        configured = list(ComplaintSettings(self._factory).rules().categories)
        with self._factory() as s:
            sites = [(i, n) for i, n in s.execute(select(Site.id, Site.name).order_by(
                Site.is_local.desc(), Site.name))]  # fmt: skip
            staff = [(i, n) for i, n in s.execute(
                select(Staff.id, Staff.display_name).where(Staff.deleted_at.is_(None))
                .order_by(Staff.active.desc(), Staff.display_name))]  # fmt: skip
            # Categories in use that the rules no longer list still have figures.
            used = s.scalars(select(Complaint.category).distinct().limit(200)).all()
            tiers = [(t, label) for t, label in s.execute(
                select(TierPolicy.tier, TierPolicy.label).order_by(TierPolicy.position))]  # fmt: skip
        return Choices(sites, staff, configured + sorted(set(used) - set(configured)), tiers)
