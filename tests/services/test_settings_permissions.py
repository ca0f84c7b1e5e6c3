"""Site settings are the administrator's: the services themselves refuse counter staff and
supervisors (not only the window's disabled buttons), and change nothing."""

from __future__ import annotations

import dataclasses

import pytest

from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.settings import FollowupSettings
from cs_desktop.services.forms.settings import FormSettings
from cs_desktop.services.tiers.schedule import TierSchedule


@pytest.fixture
def accounts(database) -> AccountService:
    service = AccountService(database.factory)
    service.create_first_admin("admin", "周杰", "admin-pass-1")
    service.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    service.create_staff("zhangli", "张丽", Role.SUPERVISOR, "super-pass-1")
    service.sign_out()
    return service


def _changes(database):
    complaints, followups = ComplaintSettings(database.factory), FollowupSettings(database.factory)
    forms, schedule = FormSettings(database.factory), TierSchedule(database.factory)
    rules, fu = complaints.rules(), followups.rules()
    setting = forms.get("info_card")
    return [
        ("complaints", lambda: complaints.save(dataclasses.replace(rules, categories=("收费",))),
         lambda: complaints.rules().categories),
        ("followups", lambda: followups.save(dataclasses.replace(fu, retry_days=9)),
         lambda: followups.rules().retry_days),
        ("tier schedule", lambda: schedule.set_max_age_days(3), schedule.max_age_days),
        ("forms", lambda: forms.save("info_card", dataclasses.replace(setting, title="某诊所")),
         lambda: forms.get("info_card").title),
    ]  # fmt: skip


@pytest.mark.parametrize("username,password", [("wangfang", "counter-pass-1"),
                                               ("zhangli", "super-pass-1")])  # fmt: skip
def test_only_the_administrator_changes_site_settings(database, accounts, username,
                                                     password) -> None:  # fmt: skip
    changes = _changes(database)
    before = [read() for _name, _save, read in changes]
    accounts.sign_in(username, password)
    for name, save, _read in changes:
        with pytest.raises(ServiceError) as refused:
            save()
        assert refused.value.code == "forbidden", name
    assert [read() for _name, _save, read in changes] == before
    accounts.sign_out()
    accounts.sign_in("admin", "admin-pass-1")
    for _name, save, _read in changes:
        save()
    assert [read() for _name, _save, read in changes] != before
