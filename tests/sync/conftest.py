"""Fixtures for sync tests (helpers in sync_sites.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_sites import dump, make_sites

from cs_desktop.services.database import Database


@pytest.fixture
def sites(migrated_template: Path, tmp_path: Path) -> Iterator[Callable[..., list[Database]]]:
    made: list[Database] = []
    folder = tmp_path / "站点"
    folder.mkdir()

    def make(*names: str) -> list[Database]:
        new = make_sites(migrated_template, folder, list(names))
        made.extend(new)
        return new

    yield make
    for db in made:
        db.close()


@pytest.fixture
def snapshot() -> Callable[[Database], list[str]]:
    return dump
