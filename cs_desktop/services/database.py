"""Opening a database: check its schema, back up and upgrade it, know the local site."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.storage import migrate
from cs_desktop.storage.engine import create_db_engine, database_url, sqlite_path
from cs_desktop.storage.models import Customer
from cs_desktop.storage.session import make_session_factory

from .audit.recorder import install_audit
from .site import SiteInfo, ensure_local_site
from .surveys.definitions import SurveyDefinitions


@dataclass
class Database:
    url: URL
    engine: Engine
    factory: sessionmaker[Session]
    site: SiteInfo
    upgrade: migrate.UpgradeResult

    @property
    def label(self) -> str:
        """What the user sees: the file path, or the server URL without its password."""
        path = sqlite_path(self.url)
        return str(path) if path is not None else self.url.render_as_string(hide_password=True)

    def customer_count(self) -> int:
        with self.factory() as s:
            return s.scalar(select(func.count()).select_from(Customer)) or 0

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path | URL, *, site_name: str = "本站") -> Database:
    """Upgrade (after a backup) and open. Raises migrate.SchemaError for a database that must
    not be touched (too new, not ours, on a network share) before writing anything."""
    url = target if isinstance(target, URL) else database_url(target)
    result = migrate.upgrade(url)
    engine = create_db_engine(url)
    site = ensure_local_site(engine, site_name)
    factory = make_session_factory(engine, site.id)
    install_audit(factory)  # every change made through the factory is audited (services.audit)
    SurveyDefinitions(factory).install_templates()  # a new database starts with the templates
    return Database(url, engine, factory, site, result)
