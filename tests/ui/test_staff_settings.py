"""Settings > Staff and sign-in: the administrator's staff list (create, reset, role,
deactivate; oneself protected), changing one's own password, and the site's sign-in rules,
whose idle time the window lock follows at once."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QMessageBox

from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.errors import ServiceError
from cs_desktop.ui.dialogs import staff_accounts
from cs_desktop.ui.tasks import SyncTaskRunner

FAST = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture
def accounts(database) -> AccountService:
    service = AccountService(database.factory, hasher=FAST)
    service.create_first_admin("admin", "周杰", "admin-pass-1")
    service.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    service.sign_out()
    return service


def _window(make_window, accounts, username, password):
    accounts.sign_in(username, password)
    return make_window(SyncTaskRunner())


def _rows(dialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [tuple(model.data(model.index(r, c)) for c in range(4)) for r in range(model.rowCount())]


def test_the_administrator_keeps_the_staff_list(make_window, accounts, database,
                                               monkeypatch) -> None:  # fmt: skip
    window = _window(make_window, accounts, "admin", "admin-pass-1")
    box = window.accounts_ui.accounts_box
    box.staff_button.click()
    dialog = window.accounts_ui.dialog
    assert dialog.windowTitle() == "员工账号"
    assert ("wangfang", "王芳", "前台", "正常") in _rows(dialog)
    assert ("admin", "周杰", "管理员", "正常") in _rows(dialog)

    dialog.new_button.click()
    new = dialog.child
    new.username.setText("lilei")
    new.display_name.setText("李雷")
    new.role.setCurrentIndex(new.role.findText("主管"))
    new.password.setText("short")
    new.repeat.setText("short")
    new.save()
    assert new.message.text() == "密码至少需要 8 个字符。" and new.isVisible()
    new.password.setText("lilei-pass-1")
    new.repeat.setText("lilei-pass-1")
    new.save()
    assert dialog.message.text() == "账号 lilei 已创建。"
    assert ("lilei", "李雷", "主管", "正常") in _rows(dialog)

    # 王芳 locked herself out; resetting her password lets her in again at once
    for _ in range(5):
        with pytest.raises(ServiceError):
            AccountService(database.factory, hasher=FAST).sign_in("wangfang", "guess")
    dialog.load()
    row = next(i for i, r in enumerate(_rows(dialog)) if r[0] == "wangfang")
    assert _rows(dialog)[row][3].startswith("锁定至 ")
    dialog.table.selectRow(row)
    dialog.reset_button.click()
    reset = dialog.child
    assert reset.windowTitle() == "重置 王芳 的密码"
    reset.new.setText("fresh-pass-1")
    reset.repeat.setText("fresh-pass-1")
    reset.save()
    assert dialog.message.text() == "王芳 的密码已重置，账号已解锁。"
    assert ("wangfang", "王芳", "前台", "正常") in _rows(dialog)

    monkeypatch.setattr(staff_accounts.QInputDialog, "getItem",
                        lambda *a, **k: ("主管", True))  # fmt: skip
    dialog.table.selectRow(next(i for i, r in enumerate(_rows(dialog)) if r[0] == "wangfang"))
    dialog.role_button.click()
    assert dialog.message.text() == "王芳 现在是主管。"
    monkeypatch.setattr(staff_accounts.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)  # fmt: skip
    dialog.deactivate_button.click()
    assert dialog.message.text() == "王芳 的账号已停用。"
    assert all(r[0] != "wangfang" for r in _rows(dialog))
    dialog.show_inactive.setChecked(True)
    assert ("wangfang", "王芳", "主管", "已停用") in _rows(dialog)
    with pytest.raises(ServiceError):
        accounts.sign_in("wangfang", "fresh-pass-1")

    # she comes back: the same button reactivates a deactivated account
    dialog.table.selectRow(next(i for i, r in enumerate(_rows(dialog)) if r[0] == "wangfang"))
    assert dialog.deactivate_button.text() == "重新启用"
    dialog.deactivate_button.click()
    assert dialog.message.text() == "王芳 可以重新登录了。"
    assert ("wangfang", "王芳", "主管", "正常") in _rows(dialog)
    assert dialog.deactivate_button.text() == "停用"


def test_the_administrator_cannot_demote_or_deactivate_themself(
    make_window, accounts, monkeypatch
) -> None:
    window = _window(make_window, accounts, "admin", "admin-pass-1")
    window.accounts_ui.open_staff()
    dialog = window.accounts_ui.dialog
    dialog.table.selectRow(next(i for i, r in enumerate(_rows(dialog)) if r[0] == "admin"))
    monkeypatch.setattr(staff_accounts.QInputDialog, "getItem",
                        lambda *a, **k: ("前台", True))  # fmt: skip
    dialog.role_button.click()  # the only administrator
    assert dialog.message.text() == (
        "这是最后一位可以登录的管理员：否则本站将无人管理员工和设置。请先将其他人设为管理员。")  # fmt: skip
    accounts.create_staff("liu", "刘洋", Role.ADMIN, "liuyang-pass-1")
    dialog.load()
    dialog.role_button.click()  # another administrator now, but still oneself
    assert dialog.message.text() == "不能修改自己的角色，可由其他管理员修改。"
    monkeypatch.setattr(staff_accounts.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)  # fmt: skip
    dialog.deactivate_button.click()
    assert dialog.message.text() == "不能停用自己的账号，可由其他管理员停用。"
    assert ("admin", "周杰", "管理员", "正常") in _rows(dialog)


def test_anyone_changes_their_own_password(make_window, accounts) -> None:
    window = _window(make_window, accounts, "wangfang", "counter-pass-1")
    window.accounts_ui.accounts_box.password_button.click()
    dialog = window.accounts_ui.dialog
    assert dialog.windowTitle() == "修改我的密码"
    dialog.old.setText("not-my-password")
    dialog.new.setText("better-pass-2")
    dialog.repeat.setText("better-pass-2")
    dialog.save()
    assert dialog.message.text() == "当前密码错误。" and dialog.old.text() == ""
    dialog.old.setText("counter-pass-1")
    dialog.new.setText("better-pass-2")
    dialog.repeat.setText("better-pass-3")
    dialog.save()
    assert dialog.message.text() == "两次输入的密码不一致。"
    dialog.repeat.setText("better-pass-2")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.statusBar().currentMessage() == "您的密码已修改。"
    accounts.sign_out()
    assert accounts.sign_in("wangfang", "better-pass-2").display_name == "王芳"


def test_the_signed_in_name_opens_the_password_dialog(make_window, accounts, qtbot) -> None:
    from PySide6.QtCore import Qt

    window = _window(make_window, accounts, "wangfang", "counter-pass-1")
    qtbot.mouseClick(window.session.who, Qt.MouseButton.LeftButton)
    assert window.accounts_ui.dialog.windowTitle() == "修改我的密码"


def test_sign_in_rules_are_the_administrators_and_the_lock_follows(make_window, accounts) -> None:
    window = _window(make_window, accounts, "admin", "admin-pass-1")
    box = window.accounts_ui.accounts_box
    assert (box.max_failed.value(), box.lockout.value(), box.idle.value(),
            box.min_length.value()) == (5, 15, 10, 8)  # fmt: skip
    box.idle.setValue(3)
    box.max_failed.setValue(3)
    box.save_policy_button.click()
    assert box.policy_message.text() == "已保存。空闲锁定已按新时间生效。"
    assert window.session.idle.interval() == 3 * 60_000
    assert accounts.policy().max_failed_logins == 3
    box.min_length.setValue(4)
    box.lockout.setValue(24 * 60)
    box.save_policy_button.click()
    assert accounts.policy().lockout_minutes == 24 * 60
