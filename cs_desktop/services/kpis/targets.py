"""The site's KPI targets: the defaults of DOMAIN.md section 5 with the values a supervisor
edited, kept in app_settings like the other site rules."""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.kpis import Kpi, Target, targets
from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import AppSetting
from cs_desktop.storage.session import writing

from ..accounts.actor import require_bound
from ..errors import ServiceError

KEY = "kpis.targets"

# What a target may be set to, in the units of domain/kpis/targets.py.
LIMITS: dict[Kpi, tuple[float, float]] = {
    Kpi.FIRST_CONTACT_RESOLUTION: (0.0, 1.0), Kpi.SATISFACTION: (1.0, 5.0),
    Kpi.FIRST_RESPONSE: (0.0, 30 * 86400.0), Kpi.RESOLUTION: (0.0, 365 * 86400.0),
    Kpi.COMPLAINT_RATE: (0.0, 1.0), Kpi.NPS: (-100.0, 100.0), Kpi.CSS: (0.0, 10.0),
    Kpi.CSAT: (0.0, 1.0), Kpi.FOLLOWUP_COMPLETION: (0.0, 1.0),
}  # fmt: skip


def _overrides(value: Any) -> dict[Kpi, float]:
    found: dict[Kpi, float] = {}
    if not isinstance(value, dict):
        return found
    for key, number in value.items():
        try:
            kpi, figure = Kpi(key), float(number)
        except (TypeError, ValueError):
            continue  # a damaged or newer setting must not stop the reports
        low, high = LIMITS[kpi]
        if math.isfinite(figure) and low <= figure <= high:
            found[kpi] = figure
    return found


class KpiTargets:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def targets(self) -> dict[Kpi, Target]:
        with self._factory() as s:
            row = s.get(AppSetting, KEY)
            return targets(_overrides(row.value if row else None))

    def save(self, values: dict[Kpi, float]) -> dict[Kpi, Target]:
        """Set some targets (the others keep theirs). A value out of range is refused, naming
        the KPI, and nothing is saved."""
        require_bound(self._factory, Permission.EDIT_SURVEYS)
        for kpi, value in values.items():
            low, high = LIMITS[kpi]
            if (isinstance(value, bool) or not isinstance(value, int | float)
                    or not math.isfinite(value) or not low <= value <= high):  # fmt: skip
                raise ServiceError("out_of_range", field=kpi.value, low=low, high=high)
        with writing(self._factory) as s:
            row = s.get(AppSetting, KEY)
            current = _overrides(row.value if row else None)
            current.update({k: float(v) for k, v in values.items()})
            data = {k.value: v for k, v in current.items()}
            if row is None:
                s.add(AppSetting(key=KEY, value=data))
            else:
                row.value = data
        return self.targets()

    def reset(self) -> dict[Kpi, Target]:
        """Back to the defaults."""
        require_bound(self._factory, Permission.EDIT_SURVEYS)
        with writing(self._factory) as s:
            row = s.get(AppSetting, KEY)
            if row is not None:
                s.delete(row)
        return self.targets()
