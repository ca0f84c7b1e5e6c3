"""What the app does at start for accounts and backups: --demo signs in as the demo account,
and the first start of the day writes a backup (a missing folder is said, not fatal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from cs_desktop.services.accounts.actor import bound_actor
from cs_desktop.services.backups.policy import BackupPolicy
from cs_desktop.services.backups.service import BackupService
from cs_desktop.ui.tasks import SyncTaskRunner


def test_demo_opens_signed_in_as_the_demo_account(database) -> None:
    from cs_desktop.app import sign_in_demo

    sign_in_demo(database)
    actor = bound_actor(database.factory)
    assert actor is not None and actor.username == "demo"


def test_first_start_of_the_day_writes_a_backup(make_window, database, db_path) -> None:
    from cs_desktop.app import backup_if_due

    runner = SyncTaskRunner()
    window = make_window(runner)
    backup_if_due(window, database, runner)
    backup_if_due(window, database, runner)
    written = list((db_path.parent / "backups").glob("*-auto-*.sqlite3"))
    assert len(written) == 1


def test_a_missing_backup_folder_is_said(make_window, database, tmp_path, monkeypatch) -> None:
    from cs_desktop.app import backup_if_due

    blocker = tmp_path / "not a folder"
    blocker.write_text("x", encoding="utf-8")
    BackupService(database.factory).set_policy(BackupPolicy(folder=str(blocker / "备份")))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    runner = SyncTaskRunner()
    backup_if_due(make_window(runner), database, runner)
    assert len(shown) == 1 and str(Path(blocker / "备份")) in shown[0]
