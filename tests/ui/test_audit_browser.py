"""The audit browser: entries newest first, filters by customer, staff, action and date, each
entry's before and after in Chinese, and "verify the chain" naming the first broken entry after
a row is altered directly in the SQLite file."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QDate

from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.audit import AuditQuery, AuditService
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.ui.dialogs.audit_browser import AuditBrowser
from cs_desktop.ui.models.audit_table import BLOCK_ROWS, AuditTableModel
from cs_desktop.ui.tasks import SyncTaskRunner

FAST = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture
def trail(database):
    accounts = AccountService(database.factory, hasher=FAST)
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.create_staff("zhangli", "张丽", Role.SUPERVISOR, "super-pass-1")
    accounts.sign_out()
    cards = CustomerCardService(database.factory)
    accounts.sign_in("wangfang", "counter-pass-1")
    zhang = cards.create(CustomerCard(name="张伟", phones=(PhoneEntry("138 1234 8000"),)))
    cards.update(dataclasses.replace(cards.get(zhang.id), name="张玮", notes="改名"))
    li = cards.create(CustomerCard(name="李𠮷"))
    accounts.sign_out()
    accounts.sign_in("zhangli", "super-pass-1")
    return accounts, zhang.id, li.id


@pytest.fixture(autouse=True)
def chinese(translations):
    translations.apply("zh_CN")
    return translations


def _browser(qtbot, database, accounts) -> AuditBrowser:
    from cs_desktop.services.customers.listing import CustomerListService

    browser = AuditBrowser(AuditService(database.factory), accounts,
                           CustomerListService(database.factory), SyncTaskRunner())  # fmt: skip
    qtbot.addWidget(browser)
    return browser


def _column(browser, column: int) -> list[str]:
    model = browser.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_entries_newest_first_with_changes_in_chinese(qtbot, database, trail) -> None:
    accounts, zhang, _li = trail
    browser = _browser(qtbot, database, accounts)
    assert browser.windowTitle() == "审计记录"
    actions = _column(browser, 2)
    assert actions[0] == "登录" and "修改" in actions and "新建" in actions
    assert browser.count_label.text() == f"共 {browser.model.rowCount()} 条"
    # filter by customer through the search box: 张玮's card only
    browser.customer_search.setText("张玮")
    browser.find_customers()
    assert browser.customer.currentText().startswith("张玮")
    assert _column(browser, 2) == ["修改", "新建"] and set(_column(browser, 1)) == {"王芳"}
    browser.table.selectRow(0)
    text = browser.details.toPlainText()
    assert "姓名：张伟 → 张玮" in text and "备注：改名" in text
    assert text.startswith("第 ") and "王芳" in text
    browser.table.selectRow(1)
    text = browser.details.toPlainText()
    assert "电话（新增）：" in text and "号码：138****8000" in text  # kept masked in the trail
    assert "12348000" not in text


def test_filters_by_staff_action_and_date(qtbot, database, trail) -> None:
    accounts, _zhang, _li = trail
    browser = _browser(qtbot, database, accounts)
    browser.staff.setCurrentIndex(browser.staff.findText("王芳 (wangfang)"))
    assert set(_column(browser, 1)) == {"王芳"}
    browser.action.setCurrentIndex(browser.action.findText("新建"))
    assert _column(browser, 3) == ["李𠮷", "张玮"]
    tomorrow = QDate.currentDate().addDays(1)
    browser.since.setDate(tomorrow)
    browser.use_since.setChecked(True)
    assert browser.model.rowCount() == 0 and browser.count_label.text() == "共 0 条"
    browser.use_since.setChecked(False)
    browser.until.setDate(QDate.currentDate())
    browser.use_until.setChecked(True)
    assert browser.model.rowCount() == 2


def test_verify_says_intact_then_names_the_altered_entry(qtbot, database, db_path, trail) -> None:
    accounts, _zhang, _li = trail
    browser = _browser(qtbot, database, accounts)
    browser.verify_button.click()
    total = browser.model.rowCount()
    assert browser.verify_result.text() == (
        f"审计记录完好：全部 {total} 条均校验通过，没有被篡改、删除或调换顺序。")  # fmt: skip
    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_events SET details = json('{\"fields\": {}}') WHERE seq = 5")
    con.commit()
    con.close()
    browser.verify_button.click()
    assert browser.verify_result.text() == (
        "审计记录已损坏：第 5 条在写入后被篡改（内容与其哈希不符）。")  # fmt: skip
    assert browser.verify_button.isEnabled()


def test_the_paged_model_reads_blocks_on_demand(qtbot, qtmodeltester, database, trail) -> None:
    accounts, zhang, _li = trail
    audit = AuditService(database.factory)
    before = audit.page(AuditQuery(), 0, 1).total
    for n in range(BLOCK_ROWS * 2 + 17):
        audit.record("print", "customer", zhang, customer_id=zhang, details={"form": f"#{n}"})
    model = AuditTableModel(audit, SyncTaskRunner())
    model.refresh()
    assert model.rowCount() == before + BLOCK_ROWS * 2 + 17
    qtmodeltester.check(model)
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "正在加载…"  # not read yet: no wait for it
    qtbot.waitUntil(lambda: model.entry_at(last) is not None)
    assert model.data(model.index(last, 1)) == "（系统）"  # the first entry: first administrator
    assert model.data(model.index(0, 2)) == "打印"


def test_only_supervisors_open_it(make_window, trail) -> None:
    accounts, _zhang, _li = trail
    window = make_window(SyncTaskRunner())
    window.accounts_ui.accounts_box.audit_button.click()
    browser = window.accounts_ui.audit_browser
    assert browser is not None and browser.isVisible()
    browser.close()
    window.session.lock()
    window.session.dialog.switch_user.click()
    window.session.dialog.username.setText("wangfang")
    window.session.dialog.password.setText("counter-pass-1")
    window.session.dialog.submit()
    assert window.accounts_ui.accounts_box.audit_button.isHidden()
    window.accounts_ui.open_audit()  # e.g. a shortcut: still nothing for counter staff
    assert not browser.isVisible()
