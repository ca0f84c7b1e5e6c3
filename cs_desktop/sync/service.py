"""The Sync page's use cases in one object, with each role's rights checked here, not only by
the page's buttons (DOMAIN.md section 8):

- exporting, importing and reviewing conflicts: ``Permission.SYNC_REVIEW`` (supervisor, admin);
- trusting or untrusting a site and choosing the conflict policy: ``EDIT_SETTINGS`` (admin).

With nobody signed in the caller is the system (command-line jobs, tests), as everywhere.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.domain.sync.merge import Policy
from cs_desktop.services.accounts.actor import bound_actor, require_bound
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import AppSetting, Site
from cs_desktop.storage.session import writing

from . import conflicts as conflict_list
from . import keys
from .conflicts import ConflictEntry
from .exporting import ExportResult, export_package
from .importing import ImportResult, import_package
from .overview import (
    ConflictRow,
    PackageEntry,
    TrustedSite,
    history,
    open_conflicts,
    trusted_sites,
)

POLICY_SETTING = "sync.policy"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class KeyPreview:
    """A public-key file read, before the administrator confirms trusting it."""

    key: keys.SiteKey
    known: bool  # this database already trusts the site
    key_changed: bool  # ... with another key: the file may not be what it claims


def read_policy(factory: sessionmaker[Session]) -> Policy:
    with factory() as s:
        row = s.get(AppSetting, POLICY_SETTING)
        try:
            return Policy(str(row.value.get("policy"))) if row is not None else Policy.NEWEST
        except ValueError:
            return Policy.NEWEST


class SyncService:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    # --- keys and trusted sites ---------------------------------------------------------------
    def own_key(self) -> keys.SiteKey:
        return keys.own_key(self._factory)

    def save_key(self, path: Path) -> keys.SiteKey:
        return keys.write_key_file(self._factory, path)

    def read_key(self, path: Path) -> KeyPreview:
        key = keys.read_key_file(path)
        with self._factory() as s:
            site = s.get(Site, key.site_id)
            if site is not None and site.is_local:
                raise ServiceError("key_is_own")
            known = site is not None and site.trusted
            changed = site is not None and site.public_key not in (None, key.public_key)
        return KeyPreview(key, known, changed)

    def trust(self, key: keys.SiteKey) -> keys.TrustResult:
        require_bound(self._factory, Permission.EDIT_SETTINGS)
        return keys.trust(self._factory, key)

    def untrust(self, site_id: uuid.UUID) -> None:
        require_bound(self._factory, Permission.EDIT_SETTINGS)
        keys.untrust(self._factory, site_id)

    def trusted_sites(self) -> list[TrustedSite]:
        with self._factory() as s:
            return trusted_sites(s)

    # --- packages -----------------------------------------------------------------------------
    def export(self, site_id: uuid.UUID, path: Path, *, since: dt.datetime | None = None,
               everything: bool = False, progress: Progress | None = None) -> ExportResult:  # fmt: skip
        require_bound(self._factory, Permission.SYNC_REVIEW)
        return export_package(self._factory, str(site_id), path, since=since,
                              everything=everything, progress=progress)  # fmt: skip

    def import_file(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """All or nothing, with the administrator's conflict policy. A ``progress`` callback
        that raises (a cancel) rolls everything back."""
        require_bound(self._factory, Permission.SYNC_REVIEW)
        return import_package(self._factory, path, policy=self.policy(), progress=progress)

    def history(self, limit: int = 500) -> list[PackageEntry]:
        with self._factory() as s:
            return history(s, limit)

    # --- conflicts ----------------------------------------------------------------------------
    def policy(self) -> Policy:
        return read_policy(self._factory)

    def set_policy(self, policy: Policy) -> Policy:
        require_bound(self._factory, Permission.EDIT_SETTINGS)
        with writing(self._factory) as s:
            row = s.get(AppSetting, POLICY_SETTING)
            if row is None:
                s.add(AppSetting(key=POLICY_SETTING, value={"policy": policy.value}))
            else:
                row.value = {"policy": policy.value}
        return policy

    def conflicts(self, limit: int = 1000) -> list[ConflictRow]:
        require_bound(self._factory, Permission.SYNC_REVIEW)
        with self._factory() as s:
            return open_conflicts(s, limit)

    def keep(self, conflict_id: uuid.UUID) -> ConflictEntry:
        """The kept value stays; the conflict leaves the list."""
        require_bound(self._factory, Permission.SYNC_REVIEW)
        return conflict_list.accept(self._factory, conflict_id, self._staff())

    def flip(self, conflict_id: uuid.UUID) -> ConflictEntry:
        """The lost value comes back (a change made here now, which travels on)."""
        require_bound(self._factory, Permission.SYNC_REVIEW)
        return conflict_list.flip(self._factory, conflict_id, self._staff())

    def _staff(self) -> uuid.UUID | None:
        actor = bound_actor(self._factory)
        return actor.staff_id if actor is not None else None
