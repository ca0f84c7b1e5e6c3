"""SQLite-only helpers kept in one place (DESIGN.md rule 6): online backup, integrity check,
network-share detection."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path


def backup_to(source: Path, target: Path) -> None:
    """Consistent copy through SQLite's online backup API (safe while the app is writing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


def quick_check(path: Path) -> str:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(con.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        con.close()


def is_network_path(path: Path) -> bool:
    """WAL needs shared memory, which network shares do not provide (shared/TRAPS.md)."""
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\") or text.startswith("//"):
            return True
        try:
            import ctypes

            drive = str(path.resolve().drive) + "\\"
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
        except (OSError, AttributeError):
            return False
    return text.startswith("//")
