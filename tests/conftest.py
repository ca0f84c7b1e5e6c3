"""Shared fixtures: a migrated template database copied per test, isolated data and settings."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a screen (DESIGN.md rule 10); set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data folder or QSettings."""
    monkeypatch.setenv("CS_DESKTOP_DATA_DIR", str(tmp_path / "用户数据"))
    monkeypatch.setenv("CS_DESKTOP_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cs_desktop.storage import migrate
    from cs_desktop.storage.engine import database_url

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    migrate.upgrade(database_url(path))
    return path


@pytest.fixture
def db_path(migrated_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the migrated template, in a folder with Chinese characters (张三)."""
    folder = tmp_path / "张三"
    folder.mkdir()
    target = folder / "客服.sqlite3"
    shutil.copyfile(migrated_template, target)
    return target


@pytest.fixture
def database(db_path: Path) -> Iterator[object]:
    from cs_desktop.services.database import open_database

    db = open_database(db_path)
    yield db
    db.close()
