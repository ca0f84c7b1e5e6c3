"""The site's sign-in rules, kept in app_settings (an administrator edits them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from cs_desktop.storage.models import AppSetting

from ..errors import ServiceError

KEY = "accounts.policy"


@dataclass(frozen=True)
class AccountPolicy:
    max_failed_logins: int = 5  # wrong passwords in a row before the account locks
    lockout_minutes: int = 15  # how long it stays locked
    idle_lock_minutes: int = 10  # the window locks after this long without input (0: never)
    min_password_length: int = 8

    def check(self) -> None:
        limits = {"max_failed_logins": (1, 100), "lockout_minutes": (1, 24 * 60),
                  "idle_lock_minutes": (0, 24 * 60), "min_password_length": (4, 128)}  # fmt: skip
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if not isinstance(value, int) or not low <= value <= high:
                raise ServiceError("out_of_range", field=name, min=low, max=high)


def read_policy(s: Session) -> AccountPolicy:
    row = s.get(AppSetting, KEY)
    stored: dict[str, Any] = dict(row.value or {}) if row else {}
    known = {f.name for f in fields(AccountPolicy)}
    policy = AccountPolicy(**{k: v for k, v in stored.items() if k in known})
    try:
        policy.check()
    except ServiceError:
        return AccountPolicy()  # a damaged setting: the defaults, never no lockout
    return policy


def write_policy(s: Session, policy: AccountPolicy) -> None:
    policy.check()
    row = s.get(AppSetting, KEY)
    if row is None:
        s.add(AppSetting(key=KEY, value=asdict(policy)))
    else:
        row.value = asdict(policy)
