"""Schema migrations: the four Alembic checks, backups on upgrade and refusing what is not ours."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from cs_desktop.storage import migrate
from cs_desktop.storage.engine import create_db_engine, database_url
from cs_desktop.storage.models import metadata
from cs_desktop.storage.search_index import include_in_autogenerate


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_single_head_and_linear_history() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert revisions[-1].down_revision is None  # one base


def test_fresh_upgrade_equals_the_models(tmp_path: Path) -> None:
    url = database_url(tmp_path / "fresh.sqlite3")
    migrate.upgrade(url)
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_name": lambda n, t, _p: include_in_autogenerate(n, t),
            })  # fmt: skip
            diff = compare_metadata(ctx, metadata)
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_upgrade_downgrade_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "roundtrip.sqlite3"
    url = database_url(path)
    cfg = migrate.alembic_config(url)
    command.upgrade(cfg, "head")
    tables_at_head = _tables(path)
    assert {"customers", "visits", "complaints", "followups", "audit_events"} <= tables_at_head
    command.downgrade(cfg, "base")
    assert _tables(path) <= {"alembic_version"}
    command.upgrade(cfg, "head")
    assert _tables(path) == tables_at_head
    assert migrate.schema_status(url).state is migrate.SchemaState.CURRENT


def test_every_revision_steps_up_and_down(tmp_path: Path) -> None:
    url = database_url(tmp_path / "steps.sqlite3")
    cfg = migrate.alembic_config(url)
    script = ScriptDirectory.from_config(cfg)
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for rev in revisions:
        command.upgrade(cfg, rev)
    for _ in revisions:
        command.downgrade(cfg, "-1")
    command.upgrade(cfg, "head")


def test_too_new_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    url = database_url(path)
    migrate.upgrade(url)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(path)
    siblings_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(migrate.SchemaError) as info:
        migrate.upgrade(url)
    assert info.value.code == "db_too_new"
    assert "ffff_from_the_future" in info.value.detail
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in siblings_before if not n.endswith(("-wal", "-shm"))
    ], "no backup or other file may be written for a refused database"


def test_foreign_and_garbage_files_are_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other_app.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes("这不是数据库 not a database".encode() * 200)
    for path, code in ((foreign, "db_foreign"), (garbage, "not_a_database")):
        before = _digest(path)
        with pytest.raises(migrate.SchemaError) as info:
            migrate.upgrade(database_url(path))
        assert info.value.code == code
        assert _digest(path) == before


def _scripts_with_extra_revision(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus one newer revision, as the next release would ship."""
    scripts = tmp_path / "next_release_migrations"
    shutil.copytree(migrate.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "99990101_9999_next.py").write_text(
        f"""from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
""",
        encoding="utf-8",
    )
    return scripts


def _older_database(tmp_path: Path) -> Path:
    path = tmp_path / "older.sqlite3"
    migrate.upgrade(database_url(path))
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO app_settings (key, value, updated_at) "
        "VALUES ('site.title', '\"𠮷诊所\"', '2026-01-01 00:00:00.000000')"
    )
    con.commit()
    con.close()
    return path


def test_upgrade_writes_a_backup_beside_the_database_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _older_database(tmp_path)
    old_head = migrate.head_revision()
    scripts = _scripts_with_extra_revision(
        tmp_path, "    op.add_column('customers', sa.Column('nickname', sa.String(50)))"
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    url = database_url(path)
    assert migrate.schema_status(url).state is migrate.SchemaState.BEHIND

    result = migrate.upgrade(url)

    assert (result.before, result.after) == (old_head, "9999")
    assert result.backup is not None and result.backup.parent == path.parent
    assert migrate.schema_status(database_url(result.backup)).current == old_head
    con = sqlite3.connect(path)
    columns = {r[1] for r in con.execute("PRAGMA table_info(customers)")}
    title = con.execute("SELECT value FROM app_settings").fetchone()[0]
    con.close()
    assert "nickname" in columns
    assert title == '"𠮷诊所"'


def test_failed_upgrade_puts_the_backup_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _older_database(tmp_path)
    old_head = migrate.head_revision()
    scripts = _scripts_with_extra_revision(
        tmp_path,
        "    op.add_column('customers', sa.Column('nickname', sa.String(50)))\n"
        "    raise RuntimeError('disk full halfway through')",
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    url = database_url(path)
    with pytest.raises(RuntimeError, match="disk full"):
        migrate.upgrade(url)
    assert migrate.schema_status(url).current == old_head
    con = sqlite3.connect(path)
    columns = {r[1] for r in con.execute("PRAGMA table_info(customers)")}
    title = con.execute("SELECT value FROM app_settings").fetchone()[0]
    con.close()
    assert "nickname" not in columns
    assert title == '"𠮷诊所"'


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    from cs_desktop.storage.sqlite_tools import backup_to, quick_check

    path = tmp_path / "live.sqlite3"
    url = database_url(path)
    migrate.upgrade(url)
    engine = create_db_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO app_settings (key, value, updated_at) VALUES ('site.title', '\"𠮷诊所\"', '2026-01-01 00:00:00.000000')"
        )
    target = tmp_path / "备份" / "copy.sqlite3"
    backup_to(path, target)  # while the engine still holds the WAL
    engine.dispose()
    assert quick_check(target) == "ok"
    con = sqlite3.connect(target)
    assert con.execute("SELECT value FROM app_settings").fetchone()[0] == '"𠮷诊所"'
    con.close()


def test_migrations_are_found_from_any_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # an empty folder with no migrations/ in it
    url = database_url(tmp_path / "cwd.sqlite3")
    assert migrate.upgrade(url).after == migrate.head_revision()
