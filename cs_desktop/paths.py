"""Where the application's bundled folders and the user's data live.

resources/ and migrations/ sit beside the package in a source checkout and inside the bundle in a
PyInstaller build (sys._MEIPASS); they are never looked up from the working directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "cs_desktop"
APP_AUTHOR = "cs_desktop"


def bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    path = bundle_root() / "migrations"
    if not (path / "env.py").is_file():
        raise FileNotFoundError(f"migrations folder not found at {path}")
    return path


def resources_dir() -> Path:
    return bundle_root() / "resources"


def data_dir() -> Path:
    """The user's data folder; CS_DESKTOP_DATA_DIR overrides it (portable installs, tests)."""
    override = os.environ.get("CS_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_database() -> Path:
    return data_dir() / "cs_desktop.sqlite3"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite3"
