"""Alembic environment for cs_desktop.

Used by the app (``cs_desktop.storage.migrate``), by ``cs-desktop migrate`` and by developers
(``alembic -c migrations/alembic.ini revision --autogenerate -m "..."``).
On SQLite, foreign keys are switched off while batch operations rebuild tables and checked after.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from cs_desktop.storage.engine import create_db_engine
from cs_desktop.storage.models import metadata
from cs_desktop.storage.search_index import include_in_autogenerate

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        compare_server_default=True,
        include_name=lambda name, type_, _parents: include_in_autogenerate(name, type_),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.attributes.get("url") or config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        _run(given)
        return
    url = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL given to Alembic (sqlalchemy.url)")
    engine = create_db_engine(url if not isinstance(url, str) else make_url(url), pool=NullPool)
    try:
        with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                # Must run outside a transaction to take effect; the raw DBAPI cursor does not
                # trigger SQLAlchemy's autobegin.
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            _run(conn)
            if sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                conn.commit()
                if problems:
                    raise RuntimeError(f"foreign key violations after migration: {problems[:5]}")
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
