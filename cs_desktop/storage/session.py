"""The one session factory of the application (DESIGN.md rule 4).

Services open short sessions with ``factory.begin()``. ``origin_site_id`` of new synced rows is
filled from the factory's site so no caller can forget it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from .engine import SQLITE_BEGIN_OPTION
from .models.base import Synced
from .sync_state import SITE_KEY, stamp_changes


def _fill_origin_site(session: Session, _ctx: Any, _instances: Any) -> None:
    site_id = session.info.get(SITE_KEY)
    for obj in session.new:
        if isinstance(obj, Synced) and getattr(obj, "origin_site_id", None) is None:
            if site_id is None:
                raise RuntimeError("new synced row but the session knows no local site")
            obj.origin_site_id = site_id


def make_session_factory(engine: Engine, site_id: uuid.UUID | None) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False, info={SITE_KEY: site_id})
    event.listen(factory, "before_flush", _fill_origin_site)
    event.listen(factory, "after_flush", stamp_changes)  # sync stamps (cs_desktop.sync)
    return factory


@contextmanager
def writing(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A write transaction: takes SQLite's write lock up front (waiting up to the busy timeout
    for another writer), commits on success, rolls back on any error. PostgreSQL ignores the
    option and uses its usual transaction."""
    with factory() as session:
        session.connection(execution_options={SQLITE_BEGIN_OPTION: "IMMEDIATE"})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
