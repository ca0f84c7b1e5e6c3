"""The local site: every database knows which installation it is."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from cs_desktop.domain.ids import new_id
from cs_desktop.storage.models import Site


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    name: str
    code: str


def _local(session: Session) -> Site | None:
    return session.scalars(select(Site).where(Site.is_local.is_(True))).first()


def ensure_local_site(
    engine: Engine, default_name: str = "本站", code: str | None = None
) -> SiteInfo:
    """Return this database's own site, creating it on first use."""
    with Session(engine) as session, session.begin():
        site = _local(session)
        if site is None:
            site_id = new_id()
            site = Site(
                id=site_id,
                name=default_name,
                code=code or site_id.hex[-8:].upper(),
                is_local=True,
                trusted=True,
            )
            session.add(site)
            session.flush()
        return SiteInfo(site.id, site.name, site.code)


def rename_local_site(engine: Engine, name: str) -> SiteInfo:
    with Session(engine) as session, session.begin():
        site = _local(session)
        if site is None:
            raise LookupError("no local site")
        site.name = name
        return SiteInfo(site.id, site.name, site.code)
