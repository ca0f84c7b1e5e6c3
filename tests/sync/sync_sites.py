"""Sites for sync tests: real SQLite files copied from the migrated template, each a site with
its own key pair, trusting each other as their administrators would after swapping key files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from cs_desktop.services.database import Database, open_database
from cs_desktop.sync import keys


def make_sites(template: Path, folder: Path, names: list[str]) -> list[Database]:
    sites = []
    for name in names:
        path = folder / f"{name}.sqlite3"
        shutil.copyfile(template, path)
        sites.append(open_database(path, site_name=name))
    for a in sites:
        key_file = folder / f"{a.site.name}.key"
        keys.write_key_file(a.factory, key_file)
        for b in sites:
            if b is not a:
                keys.trust(b.factory, keys.read_key_file(key_file))
    return sites


def dump(db: Database) -> list[str]:
    """Every table's rows as SQL text: to prove a refused file changed nothing."""
    path = db.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())
