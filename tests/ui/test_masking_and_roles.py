"""What each role sees in the window: numbers masked in the list and on the card, the audited
"show" buttons for the roles that may, buttons hidden or disabled for what a role may not do,
and a refusal by a service said in words. Real database file, real accounts."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.storage.models import AuditEvent, Customer, CustomerPhone
from cs_desktop.ui.models.customer_table import COLUMNS
from cs_desktop.ui.tasks import SyncTaskRunner

FAST = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
ID = idcard.build("110105", dt.date(1990, 1, 1), 123)
PHONE_COLUMN = [key for key, _sort in COLUMNS].index("phone")


@pytest.fixture
def site(database):
    accounts = AccountService(database.factory, hasher=FAST)
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.create_staff("zhangli", "张丽", Role.SUPERVISOR, "super-pass-1")
    accounts.sign_out()
    card = CustomerCardService(database.factory).create(CustomerCard(
        name="𠮷田", id_number=ID, birth_date=dt.date(1990, 1, 1),
        phones=(PhoneEntry("138 1234 8000", "手机"),)))  # fmt: skip
    return accounts, card.id


def _window(make_window, accounts, username, password):
    accounts.sign_in(username, password)
    return make_window(SyncTaskRunner())


def _open_card(window, customer_id):
    editor = window.customers_page.editor
    editor.open_card(customer_id)
    return editor.dialog


def test_counter_staff_see_masked_numbers_and_may_show_only_the_phone(
    make_window, site, database
) -> None:
    accounts, cid = site
    window = _window(make_window, accounts, "wangfang", "counter-pass-1")
    model = window.customers_page.model
    assert model.data(model.index(0, PHONE_COLUMN)) == "138****8000"
    dialog = _open_card(window, cid)
    controls = dialog.reveal_controls
    assert dialog.id_number.text() == "110105********" + ID[-4:]
    assert dialog.phones.rows[0].fields[0].text() == "138****8000"
    assert controls.note.text() == "证件号和电话号码以遮挡形式显示。"
    assert controls.show_id.isHidden()  # counter staff may not see ID numbers
    assert not controls.show_phones.isHidden()
    assert controls.show_phones.text() == "显示完整电话号码"
    controls.show_phones.click()
    assert dialog.phones.rows[0].fields[0].text() == "138 1234 8000"
    assert controls.show_phones.text() == "已显示完整电话号码"
    with database.factory() as s:
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (entry.action, entry.customer_id, entry.details) == ("reveal", cid, {"field": "phones"})
    assert entry.staff_id == accounts.current.staff_id


def test_saving_a_masked_card_keeps_the_numbers_and_takes_a_new_one(
    make_window, site, database
) -> None:
    accounts, cid = site
    window = _window(make_window, accounts, "wangfang", "counter-pass-1")
    dialog = _open_card(window, cid)
    dialog.notes.setPlainText("来电咨询体检")
    dialog.save()  # the masked ID and phone are left as shown
    with database.factory() as s:
        assert s.get(Customer, cid).id_number == ID
        assert s.get(Customer, cid).notes == "来电咨询体检"
        assert set(s.scalars(select(CustomerPhone.raw).where(
            CustomerPhone.customer_id == cid, CustomerPhone.deleted_at.is_(None)))) == {
            "138 1234 8000"}  # fmt: skip
    dialog = _open_card(window, cid)
    dialog.phones.rows[0].fields[0].setText("139 0000 1111")  # the clerk types a new number
    dialog.save()
    with database.factory() as s:
        assert s.get(Customer, cid).id_number == ID  # still the real one
        assert set(s.scalars(select(CustomerPhone.digits).where(
            CustomerPhone.customer_id == cid, CustomerPhone.deleted_at.is_(None)))) == {
            "13900001111"}  # fmt: skip
    dialog = _open_card(window, cid)
    dialog.id_number.setText("110105********1235")  # a mask typed over is not a number
    dialog.save()
    assert dialog.isVisible()
    assert any("18" in text or "X" in text for text in dialog.problem_texts())


def test_a_supervisor_may_show_the_full_id_number(make_window, site) -> None:
    accounts, cid = site
    window = _window(make_window, accounts, "zhangli", "super-pass-1")
    dialog = _open_card(window, cid)
    controls = dialog.reveal_controls
    assert not controls.show_id.isHidden() and controls.show_id.text() == "显示完整证件号"
    controls.show_id.click()
    assert dialog.id_number.text() == ID
    assert controls.show_id.text() == "已显示完整证件号" and not controls.show_id.isEnabled()


def test_counter_staff_are_not_offered_what_their_role_may_not_do(make_window, site) -> None:
    accounts, _cid = site
    window = _window(make_window, accounts, "wangfang", "counter-pass-1")
    page = window.customers_page
    for widget in (page.delete_button, page.deleted_button, page.duplicates_button,
                   page.import_button, page.action_buttons[4]):  # fmt: skip
        assert widget.isHidden(), widget.text()
    assert not page.delete_action.isEnabled()  # the Delete key does nothing either
    settings = window.settings_page
    assert not settings.tier_rules_button.isEnabled()
    assert settings.tier_rules_button.toolTip() == "您的角色无权修改本站设置。"
    assert not settings.complaint_rules_button.isEnabled()
    box = window.accounts_ui.accounts_box
    assert box.staff_button.isHidden() and box.audit_button.isHidden()
    assert not box.password_button.isHidden() and box.password_button.text() == "修改我的密码…"
    assert box.save_policy_button.isHidden() and box.idle.isReadOnly()
    assert window.accounts_ui.backups_box.isHidden()


def test_a_supervisor_and_the_administrator_see_their_tools(make_window, site) -> None:
    accounts, _cid = site
    window = _window(make_window, accounts, "zhangli", "super-pass-1")
    page, ui = window.customers_page, window.accounts_ui
    assert not page.delete_button.isHidden() and not page.duplicates_button.isHidden()
    assert not ui.accounts_box.audit_button.isHidden()
    assert ui.accounts_box.staff_button.isHidden()
    assert not ui.backups_box.backup_button.isHidden()
    assert ui.backups_box.restore_button.isHidden()  # only the administrator restores
    assert ui.backups_box.save_button.isHidden()
    # someone else signs in at the lock: the window follows their role at once
    window.session.lock()
    window.session.dialog.switch_user.click()
    other = window.session.dialog
    other.username.setText("admin")
    other.password.setText("admin-pass-1")
    other.submit()
    assert not ui.accounts_box.staff_button.isHidden()
    assert not ui.backups_box.restore_button.isHidden()
    assert window.settings_page.tier_rules_button.isEnabled()
    assert not ui.accounts_box.save_policy_button.isHidden()


def test_a_refusal_by_the_service_is_said_in_words(make_window, site, database) -> None:
    accounts, cid = site
    window = _window(make_window, accounts, "wangfang", "counter-pass-1")
    window.customers_page.editor.delete_card(cid)  # e.g. a shortcut a role change left behind
    box = window.findChild(QMessageBox, "forbiddenMessage")
    assert box is not None and box.windowTitle() == "无权操作"
    assert box.text() == "您的角色（前台）无权删除或恢复卡片。未做任何更改；请联系主管或管理员。"
    with database.factory() as s:
        assert s.get(Customer, cid).deleted_at is None


def test_two_masked_id_numbers_alike_in_the_mask_still_differ_when_compared(
    qtbot, site, database
) -> None:
    from cs_desktop.ui.dialogs.pair_compare import PairCompare

    accounts, cid = site
    cards = CustomerCardService(database.factory)
    alike = next(n for d in range(1, 400)
                 if (n := idcard.build("110105", dt.date(1991, 1, 1) + dt.timedelta(days=d), 123))
                 [-4:] == ID[-4:])  # fmt: skip
    other = cards.create(CustomerCard(name="𠮷田", id_number=alike))
    accounts.sign_in("zhangli", "super-pass-1")
    first, second = cards.get(cid), cards.get(other.id)
    assert first.id_number == second.id_number  # the same mask: 110105********xxxx
    compare = PairCompare()
    qtbot.addWidget(compare)
    compare.show_pair(first, second, {})
    assert "id_number" in compare.differing_rows()
    assert "name" not in compare.differing_rows()
