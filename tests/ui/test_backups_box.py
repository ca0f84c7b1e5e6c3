"""Settings > Backups: the folder and how many to keep, "Back up now" (also with a passphrase),
"Restore…" refusing a file that is no backup, telling what a good one holds, asking, restoring
it and restarting; and the undo of that restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QMessageBox

from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.backups.service import BackupService
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.storage.models import Customer
from cs_desktop.ui.pages import settings_backups
from cs_desktop.ui.tasks import SyncTaskRunner

FAST = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture
def admin_window(make_window, database):
    accounts = AccountService(database.factory, hasher=FAST)
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    CustomerCardService(database.factory).create(CustomerCard(name="𠮷田"))
    restarts: list[int] = []
    window = make_window(SyncTaskRunner())
    box = window.accounts_ui.backups_box
    box._restart = lambda: restarts.append(1)  # instead of starting the program again
    return window, box, restarts


def _names(database) -> set[str]:
    with database.factory() as s:
        return {c.name for c in s.query(Customer).filter(Customer.deleted_at.is_(None))}


def _patch_files(monkeypatch, **answers) -> None:
    dialog = settings_backups.QFileDialog
    for name, value in answers.items():
        monkeypatch.setattr(dialog, name, lambda *a, value=value, **k: value)


def test_folder_and_keep_are_saved(admin_window, database, monkeypatch, tmp_path) -> None:
    _window, box, _restarts = admin_window
    assert box.title() == "备份" and box.keep.value() == 7 and box.daily.isChecked()
    assert box.folder.text().endswith("backups")  # beside the database until one is chosen
    usb = tmp_path / "U盘" / "备份"
    _patch_files(monkeypatch, getExistingDirectory=str(usb))
    box.choose_button.click()
    box.keep.setValue(30)
    box.save_button.click()
    assert box.message.text() == "备份设置已保存。"
    policy = BackupService(database.factory).policy()
    assert (policy.folder, policy.keep) == (str(usb), 30)


def test_back_up_restore_and_undo(admin_window, database, monkeypatch, tmp_path) -> None:
    window, box, restarts = admin_window
    target = tmp_path / "备份" / "客服-手动.sqlite3"
    _patch_files(monkeypatch, getSaveFileName=(str(target), ""))
    box.backup_button.click()
    assert target.is_file() and box.message.text().startswith(f"备份已写入：{target}")
    CustomerCardService(database.factory).create(CustomerCard(name="后来的客户"))
    assert _names(database) == {"𠮷田", "后来的客户"}

    junk = tmp_path / "不是备份.sqlite3"
    junk.write_bytes(b"hello, not a database" * 100)
    _patch_files(monkeypatch, getOpenFileName=(str(junk), ""))
    box.restore_button.click()
    assert box.message.text() == "此文件不是数据库备份。您的数据未被更改。"
    assert _names(database) == {"𠮷田", "后来的客户"}

    _patch_files(monkeypatch, getOpenFileName=(str(target), ""))
    box.restore_button.click()
    question = box.question
    assert question.windowTitle() == "恢复此备份？"
    assert "文件：客服-手动.sqlite3" in question.text() and "客户：1" in question.text()
    assert "写入时间：" in question.text() and "撤销上次恢复" in question.text()
    monkeypatch.setattr(settings_backups.QMessageBox, "information", lambda *a, **k: None)
    question.button(QMessageBox.StandardButton.Yes).click()
    assert restarts == [1]  # the program restarts to open the restored data
    assert _names(database) == {"𠮷田"}

    # after the restart: the undo is offered and puts the later customer back
    box.load()
    assert not box.undo_button.isHidden() and box.undo_button.text() == "撤销上次恢复"
    monkeypatch.setattr(settings_backups.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)  # fmt: skip
    box.undo_button.click()
    assert restarts == [1, 1]
    assert _names(database) == {"𠮷田", "后来的客户"}


def test_an_encrypted_backup_asks_for_its_passphrase(
    admin_window, database, monkeypatch, tmp_path
) -> None:
    _window, box, restarts = admin_window
    box._backups = BackupService(database.factory, kdf_log2_n=10)  # a fast key for the test
    target = tmp_path / "加密.csbak"
    _patch_files(monkeypatch, getSaveFileName=(str(target), ""))
    answers = iter([("口令𠮷1", True), ("口令𠮷1", True), ("错的", True), ("口令𠮷1", True)])
    monkeypatch.setattr(settings_backups.QInputDialog, "getText", lambda *a, **k: next(answers))
    box.encrypt.setChecked(True)
    box.backup_button.click()
    assert target.is_file() and target.read_bytes()[:8] == b"CSDESKBK"
    _patch_files(monkeypatch, getOpenFileName=(str(target), ""))
    box.restore_button.click()  # asks, the wrong passphrase is said, asks again, then checks
    assert "已用口令加密。" in box.question.text()
    assert restarts == []


def test_the_backup_folder_missing_is_said(admin_window, monkeypatch) -> None:
    _window, box, _restarts = admin_window
    blocked = Path(box.folder.text()).parent / "客服.sqlite3" / "里面"  # a file as a folder
    _patch_files(monkeypatch, getSaveFileName=(str(blocked / "b.sqlite3"), ""))
    box.backup_button.click()
    assert (
        box.message.text().startswith("无法使用文件夹") and "U 盘是否已插好" in box.message.text()
    )
