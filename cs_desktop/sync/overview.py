"""What the Sync page lists: trusted sites, packages sent and received, open conflicts."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Customer, Site, SyncConflict, SyncPackage

from . import keys
from .conflicts import _model
from .exporting import OUT


@dataclass(frozen=True)
class TrustedSite:
    id: uuid.UUID
    name: str
    code: str
    fingerprint: str
    since: dt.datetime  # when this database first knew the site
    last_export: dt.datetime | None  # the last package sent to it


@dataclass(frozen=True)
class PackageEntry:
    id: uuid.UUID
    when: dt.datetime
    direction: str  # "out" | "in"
    site: str
    counts: dict[str, int]
    rows: int
    conflicts: int
    status: str  # "sent" | "imported"


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    record: str  # the record's name (the customer's, for a customer's rows); "" when gone
    field: str  # "*": the whole incoming row was set aside (its unique key was taken)
    kept: Any
    lost: Any
    site: str  # the site whose value lost ("" when unknown)
    detected_at: dt.datetime

    @property
    def flippable(self) -> bool:
        return self.field != "*"


def trusted_sites(s: Session) -> list[TrustedSite]:
    last = {site: when for site, when in s.execute(
        select(SyncPackage.peer_site_id, func.max(SyncPackage.created_at))
        .where(SyncPackage.direction == OUT).group_by(SyncPackage.peer_site_id))}  # fmt: skip
    sites = s.scalars(select(Site).where(Site.is_local.is_(False), Site.trusted.is_(True))
                      .order_by(Site.name, Site.code))  # fmt: skip
    return [TrustedSite(site.id, site.name, site.code,
                        keys.fingerprint(site.public_key) if site.public_key else "",
                        site.created_at, last.get(site.id)) for site in sites]  # fmt: skip


def history(s: Session, limit: int) -> list[PackageEntry]:
    conflicts = {package: n for package, n in s.execute(
        select(SyncConflict.package_id, func.count())
        .where(SyncConflict.package_id.is_not(None)).group_by(SyncConflict.package_id))}  # fmt: skip
    query = (select(SyncPackage, Site.name).join(Site, Site.id == SyncPackage.peer_site_id)
             .order_by(SyncPackage.created_at.desc(), SyncPackage.id).limit(limit))  # fmt: skip
    entries = []
    for p, name in s.execute(query):
        counts = {str(k): int(v) for k, v in (p.counts or {}).items()}
        entries.append(PackageEntry(p.id, p.created_at, p.direction, name, counts,
                                    sum(counts.values()), conflicts.get(p.id, 0), p.status))  # fmt: skip
    return entries


def open_conflicts(s: Session, limit: int) -> list[ConflictRow]:
    sites = {site_id: name for site_id, name in s.execute(select(Site.id, Site.name))}
    by_hex = {i.hex: n for i, n in sites.items()}
    query = (select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
             .order_by(SyncConflict.detected_at, SyncConflict.id).limit(limit))  # fmt: skip
    rows = []
    for c in s.scalars(query):
        lost = c.lost_value or {}
        site = sites.get(c.lost_site_id) if c.lost_site_id else by_hex.get(str(lost.get("site")))
        rows.append(ConflictRow(c.id, c.table_name, c.row_id, _record_name(s, c), c.field,
                                (c.kept_value or {}).get("value"), lost.get("value"),
                                site or "", c.detected_at))  # fmt: skip
    return rows


def _record_name(s: Session, c: SyncConflict) -> str:
    try:
        model = _model(c.table_name)
    except ServiceError:  # a table this version does not know: no name to show
        return ""
    row = s.get(model, c.row_id)
    if row is None:
        lost = (c.lost_value or {}).get("value")
        return str(lost.get("name") or "") if c.field == "*" and isinstance(lost, dict) else ""
    if isinstance(getattr(row, "name", None), str):
        return str(row.name)
    customer_id = getattr(row, "customer_id", None)
    if customer_id is not None:
        customer = s.get(Customer, customer_id)
        return customer.name if customer is not None else ""
    return str(getattr(row, "display_name", "") or getattr(row, "username", "") or "")
