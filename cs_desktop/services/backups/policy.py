"""Where automatic backups go and how many are kept (site-wide, in app_settings)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from cs_desktop.storage.models import AppSetting

from ..errors import ServiceError

KEY = "backups.policy"
MAX_KEEP = 365


@dataclass(frozen=True)
class BackupPolicy:
    daily: bool = True  # a backup on the first start of each day
    folder: str = ""  # empty: a "backups" folder beside the database (a USB drive: E:\备份)
    keep: int = 7  # automatic backups kept; older ones are deleted (manual ones never)

    def check(self) -> None:
        if not isinstance(self.keep, int) or not 1 <= self.keep <= MAX_KEEP:
            raise ServiceError("out_of_range", field="keep", min=1, max=MAX_KEEP)
        if not isinstance(self.folder, str) or len(self.folder) > 1000:
            raise ServiceError("too_long", field="folder", max=1000)


def read_policy(s: Session) -> BackupPolicy:
    row = s.get(AppSetting, KEY)
    stored: dict[str, Any] = dict(row.value or {}) if row else {}
    known = {f.name for f in fields(BackupPolicy)}
    try:
        policy = BackupPolicy(**{k: v for k, v in stored.items() if k in known})
        policy.check()
    except (ServiceError, TypeError):
        return BackupPolicy()
    return policy


def write_policy(s: Session, policy: BackupPolicy) -> None:
    policy.check()
    row = s.get(AppSetting, KEY)
    if row is None:
        s.add(AppSetting(key=KEY, value=asdict(policy)))
    else:
        row.value = asdict(policy)
