"""Signing in, locking the window (Ctrl+L or idle) and unlocking it, and "mine" following the
signed-in person: on a real database file with real argon2 passwords."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.complaints.workflow import Intake
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.ui.dialogs.sign_in import Mode, SignInDialog
from cs_desktop.ui.tasks import SyncTaskRunner


@pytest.fixture
def chinese(translations):
    translations.apply("zh_CN")
    return translations


@pytest.fixture
def accounts(database) -> AccountService:
    service = AccountService(database.factory)
    service.create_first_admin("admin", "周杰", "admin-pass-1")
    service.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    service.create_staff("zhangli", "张丽", Role.SUPERVISOR, "super-pass-1")
    service.sign_out()
    return service


def test_first_administrator_on_a_new_installation(database, qtbot, chinese) -> None:
    service = AccountService(database.factory)
    assert service.needs_first_admin()
    dialog = SignInDialog(service, SyncTaskRunner(), Mode.FIRST_ADMIN)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "创建管理员"
    dialog.username.setText("admin")
    dialog.display_name.setText("周杰")
    dialog.password.setText("secret-1")
    dialog.repeat.setText("secret-2")
    dialog.submit()
    assert dialog.message.text() == "两次输入的密码不一致。" and dialog.actor is None
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.submit()
    assert dialog.message.text() == "密码至少需要 8 个字符。"
    assert service.needs_first_admin()  # nothing was created
    dialog.password.setText("secret-123")
    dialog.repeat.setText("secret-123")
    dialog.submit()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert service.current.display_name == "周杰" and service.current.role is Role.ADMIN
    assert not service.needs_first_admin()


def test_wrong_passwords_count_down_then_lock_the_account(accounts, qtbot, chinese) -> None:
    dialog = SignInDialog(accounts, SyncTaskRunner(), Mode.SIGN_IN)
    qtbot.addWidget(dialog)
    dialog.username.setText("wangfang")
    dialog.password.setText("guess")
    dialog.submit()
    assert dialog.message.text() == "用户名或密码错误。再错 4 次账号将被锁定。"
    assert dialog.password.text() == ""  # never left in the box
    for _ in range(4):
        dialog.password.setText("guess")
        dialog.submit()
    assert dialog.message.text().startswith("密码错误次数过多：账号已锁定 15 分钟。")
    dialog.password.setText("counter-pass-1")  # even the right one now waits
    dialog.submit()
    assert dialog.actor is None and accounts.current is None
    dialog.username.setText("nobody")
    dialog.password.setText("counter-pass-1")
    dialog.submit()
    assert dialog.message.text() == "用户名或密码错误。"  # an unknown name says no more


def _signed_in_window(make_window, accounts, username: str, password: str):
    accounts.sign_in(username, password)
    return make_window(SyncTaskRunner())


def test_lock_hides_everything_until_the_password(make_window, accounts) -> None:
    window = _signed_in_window(make_window, accounts, "wangfang", "counter-pass-1")
    session = window.session
    assert session.who.text() == "王芳（前台）"
    card = window.customers_page.editor._cards.create(CustomerCard(name="欧阳娜"))
    window.customers_page.editor.open_card(card.id)
    open_card = window.customers_page.editor.dialog
    assert open_card.isVisible()
    shortcut = session.shortcut  # Ctrl+L works over an open card too (application-wide)
    assert shortcut.key().toString() == "Ctrl+L"
    assert shortcut.context() is Qt.ShortcutContext.ApplicationShortcut
    shortcut.activated.emit()
    assert session.locked and not window.centralWidget().isVisible()
    assert not open_card.isVisible()  # the customer's card is not left on the screen
    unlock = session.dialog
    assert unlock.windowTitle() == "已锁定" and "王芳" in unlock.heading.text()
    unlock.password.setText("wrong-password")
    unlock.submit()
    assert session.locked and unlock.message.text().startswith("用户名或密码错误。")
    unlock.reject()  # Escape: still locked, asked again
    assert session.locked and session.dialog is not unlock and session.dialog.isVisible()
    session.dialog.password.setText("counter-pass-1")
    session.dialog.submit()
    assert not session.locked and window.centralWidget().isVisible() and open_card.isVisible()


def test_idle_time_locks_and_input_restarts_the_clock(make_window, accounts) -> None:
    window = _signed_in_window(make_window, accounts, "wangfang", "counter-pass-1")
    session = window.session
    assert session.idle.interval() == 10 * 60_000 and session.idle.isActive()  # site default
    session.idle.stop()
    QTest.keyClick(window.customers_page.search, Qt.Key.Key_A)  # typing restarts it
    assert session.idle.isActive()
    session.idle.timeout.emit()  # ten quiet minutes later
    assert session.locked and not window.centralWidget().isVisible()


def test_mine_follows_the_signed_in_person(make_window, accounts) -> None:
    window = _signed_in_window(make_window, accounts, "wangfang", "counter-pass-1")
    page = window.complaints_page
    customer = window.customers_page.editor._cards.create(CustomerCard(name="𠮷祥"))
    info = page._workflow.intake(Intake(customer.id, "counter", "收费", "normal", "多收了挂号费"))
    window.show_page("complaints")
    mine = page.views.count() - 2
    assert page.views.tabText(mine) == "我负责的" and page.views.isTabEnabled(mine)
    page.views.setCurrentIndex(mine)
    assert [page.model.row_at(r).number for r in range(page.model.rowCount())] == [info.number]
    assert page.model.row_at(0).owner == "王芳"  # whoever takes it owns it (首问负责)

    window.session.lock()
    window.session.dialog.switch_user.click()  # someone else at the counter
    other = window.session.dialog
    assert other.windowTitle() == "登录"
    other.username.setText("zhangli")
    other.password.setText("super-pass-1")
    other.submit()
    assert window.session.who.text() == "张丽（主管）"
    assert page.model.rowCount() == 0  # 张丽 owns none of them


def test_the_visit_form_names_the_signed_in_clerk(make_window, accounts) -> None:
    window = _signed_in_window(make_window, accounts, "wangfang", "counter-pass-1")
    assert window.visits_page.form.staff.currentText() == "王芳"
