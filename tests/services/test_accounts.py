"""Staff accounts through the service: first administrator, sign-in, lockout, passwords, roles
and what each role may do (checked by the services, not only by hidden buttons)."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Role
from cs_desktop.domain.roles import PERMISSIONS, Permission
from cs_desktop.services.accounts.actor import bind_actor
from cs_desktop.services.accounts.policy import AccountPolicy
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.audit import AuditQuery, AuditService
from cs_desktop.services.backups.service import BackupService
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.merge import MergeService
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Staff

FAST = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)  # tests need no slow hash
START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(database, clock) -> AccountService:
    return AccountService(database.factory, hasher=FAST, now=clock)


@pytest.fixture
def admin(accounts):
    return accounts.create_first_admin("Admin", "管理员𠮷", "correct horse")


def test_first_run_creates_the_administrator_once(accounts) -> None:
    assert accounts.needs_first_admin()
    actor = accounts.create_first_admin(" Admin ", "管理员𠮷", "correct horse")
    assert (actor.username, actor.display_name, actor.role) == ("admin", "管理员𠮷", Role.ADMIN)
    assert accounts.current == actor and not accounts.needs_first_admin()
    with pytest.raises(ServiceError) as exc:
        accounts.create_first_admin("second", "第二", "correct horse")
    assert exc.value.code == "admin_exists"


def test_password_is_stored_as_an_argon2_hash(accounts, admin, database) -> None:
    with database.factory() as s:
        stored = s.scalar(select(Staff.password_hash).where(Staff.username == "admin"))
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


def test_sign_in_right_and_wrong(accounts, admin) -> None:
    accounts.sign_out()
    assert accounts.current is None
    assert accounts.sign_in("ADMIN", "correct horse").staff_id == admin.staff_id
    for name, password in (("admin", "wrong"), ("nobody", "correct horse")):
        with pytest.raises(ServiceError) as exc:
            accounts.sign_in(name, password)
        assert exc.value.code == "wrong_credentials"  # the same answer: names are not revealed


def test_lockout_after_repeated_failures_then_unlock_after_the_time(accounts, admin,
                                                                     clock) -> None:  # fmt: skip
    accounts.set_policy(AccountPolicy(max_failed_logins=3, lockout_minutes=15))
    accounts.sign_out()
    codes = []
    for _ in range(3):
        with pytest.raises(ServiceError) as exc:
            accounts.sign_in("admin", "wrong")
        codes.append((exc.value.code, exc.value.params.get("attempts_left")))
    assert codes == [("wrong_credentials", 2), ("wrong_credentials", 1), ("account_locked", None)]
    # even the right password is refused while locked
    clock.now = START + dt.timedelta(minutes=14)
    with pytest.raises(ServiceError) as exc:
        accounts.sign_in("admin", "correct horse")
    assert exc.value.code == "account_locked" and exc.value.params["minutes"] == 1
    clock.now = START + dt.timedelta(minutes=16)
    assert accounts.sign_in("admin", "correct horse").username == "admin"
    # a success clears the count: two more failures do not lock
    for _ in range(2):
        with pytest.raises(ServiceError):
            accounts.sign_in("admin", "wrong")
    assert accounts.sign_in("admin", "correct horse").username == "admin"


def test_administrator_reset_lifts_a_lock(accounts, admin, clock) -> None:
    counter = accounts.create_staff("wangfang", "王芳", Role.COUNTER, "first pass")
    accounts.set_policy(AccountPolicy(max_failed_logins=2))
    for _ in range(2):
        with pytest.raises(ServiceError):
            accounts.sign_in("wangfang", "nope")
    bind_actor(accounts._factory, admin)
    accounts.reset_password(counter.id, "new password")
    assert accounts.sign_in("wangfang", "new password").role is Role.COUNTER


def test_locked_window_unlocks_with_the_password(accounts, admin) -> None:
    with pytest.raises(ServiceError) as exc:
        accounts.unlock("wrong")
    assert exc.value.code == "wrong_credentials"
    assert accounts.unlock("correct horse") == admin


def test_change_own_password(accounts, admin) -> None:
    with pytest.raises(ServiceError) as exc:
        accounts.change_password("wrong", "a new password")
    assert (exc.value.code, exc.value.field) == ("wrong_password", "old_password")
    with pytest.raises(ServiceError) as exc:
        accounts.change_password("correct horse", "short")
    assert exc.value.code == "password_too_short" and exc.value.params["min"] == 8
    accounts.change_password("correct horse", "密码也可以是中文𠮷")
    accounts.sign_out()
    with pytest.raises(ServiceError):
        accounts.sign_in("admin", "correct horse")
    assert accounts.sign_in("admin", "密码也可以是中文𠮷").username == "admin"


def test_staff_upkeep_rules(accounts, admin) -> None:
    with pytest.raises(ServiceError) as exc:
        accounts.create_staff("ADMIN", "重名", Role.COUNTER, "password1")
    assert exc.value.code == "username_taken"
    sup = accounts.create_staff("zhangli", "张丽", Role.SUPERVISOR, "password1")
    with pytest.raises(ServiceError) as exc:
        accounts.deactivate(admin.staff_id)
    assert exc.value.code == "cannot_deactivate_self"
    with pytest.raises(ServiceError) as exc:
        accounts.change_role(admin.staff_id, Role.COUNTER)
    assert exc.value.code == "last_admin"
    accounts.deactivate(sup.id)
    assert [s.username for s in accounts.list_staff()] == ["admin"]
    with pytest.raises(ServiceError) as exc:
        accounts.sign_in("zhangli", "password1")
    assert exc.value.code == "wrong_credentials"


def test_demo_sign_in_only_where_no_password_exists(accounts) -> None:
    actor = accounts.demo_sign_in()
    assert (actor.username, actor.role) == ("demo", Role.ADMIN)
    assert accounts.demo_sign_in().staff_id == actor.staff_id  # the same account again
    accounts.create_first_admin("admin", "管理员", "correct horse")
    with pytest.raises(ServiceError) as exc:
        accounts.demo_sign_in()
    assert exc.value.code == "accounts_set_up"


# --- what each role may do, through the services ------------------------------------------


def _card(name: str, phone: str) -> CustomerCard:
    return CustomerCard(name=name, phones=(PhoneEntry(phone),),
                        id_number=idcard.build("110105", dt.date(1990, 1, 1), 123))  # fmt: skip


@pytest.fixture
def people(accounts, admin):
    made = {}
    for role, name in ((Role.COUNTER, "counter"), (Role.SUPERVISOR, "supervisor")):
        made[role] = accounts.create_staff(name, name, role, "password1")
    accounts.sign_out()
    return made


@pytest.mark.parametrize("role", [Role.COUNTER, Role.SUPERVISOR, Role.ADMIN])
def test_each_role_through_the_services(role, accounts, people, database, tmp_path) -> None:
    username = {Role.COUNTER: "counter", Role.SUPERVISOR: "supervisor", Role.ADMIN: "admin"}[role]
    password = "correct horse" if role is Role.ADMIN else "password1"
    actor = accounts.sign_in(username, password)
    cards = CustomerCardService(database.factory)
    a = cards.create(_card("甲", "13812348000"))  # every role edits cards
    b = cards.create(_card("甲", "13812348001"))
    c = cards.create(_card("乙", "13812348002"))
    done = {}

    def attempt(permission: Permission, job) -> None:
        try:
            job()
            done[permission] = True
        except ServiceError as exc:
            assert exc.code == "forbidden" and exc.params["permission"] == permission.value
            done[permission] = False

    attempt(Permission.DELETE_RESTORE, lambda: cards.delete(c.id))
    attempt(Permission.MERGE, lambda: MergeService(database.factory).merge(a.id, b.id))
    attempt(Permission.BROWSE_AUDIT, lambda: AuditService(database.factory).page(AuditQuery()))
    attempt(Permission.MANAGE_STAFF, lambda: accounts.reset_password(actor.staff_id, "another1"))
    attempt(Permission.EDIT_SETTINGS, lambda: accounts.set_policy(AccountPolicy()))
    backups = BackupService(database.factory)
    attempt(Permission.BACKUP, lambda: backups.backup(tmp_path / "b.sqlite3"))
    attempt(Permission.RESTORE, lambda: backups.restore(tmp_path / "b.sqlite3"))
    expected = {p: p in PERMISSIONS[role] for p in done}
    assert done == expected
    assert done[Permission.MANAGE_STAFF] is (role is Role.ADMIN)
    assert done[Permission.DELETE_RESTORE] is (role is not Role.COUNTER)
    assert done[Permission.RESTORE] is (role is Role.ADMIN)
    # what was refused left nothing behind
    assert cards.get(c.id).deleted is done[Permission.DELETE_RESTORE]
    assert cards.get(b.id).deleted is done[Permission.MERGE]


def test_only_an_administrator_reactivates_an_account(accounts, admin) -> None:
    clerk = accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.deactivate(clerk.id)
    accounts.create_staff("zhangli", "张丽", Role.SUPERVISOR, "super-pass-1")
    accounts.sign_out()
    with pytest.raises(ServiceError):
        accounts.sign_in("wangfang", "counter-pass-1")  # deactivated: no way in
    accounts.sign_in("zhangli", "super-pass-1")
    with pytest.raises(ServiceError) as refused:
        accounts.reactivate(clerk.id)
    assert refused.value.code == "forbidden"
    accounts.sign_out()
    accounts.sign_in("Admin", "correct horse")
    accounts.reactivate(clerk.id)
    accounts.sign_out()
    assert accounts.sign_in("wangfang", "counter-pass-1").display_name == "王芳"
