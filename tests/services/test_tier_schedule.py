"""The start-up recompute is due when the last run is older than the site's setting."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.tiers import ParetoRule
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.tiers.recompute import TierRecompute
from cs_desktop.services.tiers.rule_sets import TierRuleService
from cs_desktop.services.tiers.schedule import DEFAULT_MAX_AGE_DAYS, TierSchedule


def test_due_after_the_age(database) -> None:
    now = [dt.datetime.now(dt.UTC)]
    schedule = TierSchedule(database.factory, now=lambda: now[0])
    assert not schedule.due()  # no rule set: nothing to run
    TierRuleService(database.factory).save("价值", "pareto", ParetoRule().to_params())
    assert schedule.due()  # never run
    TierRecompute(database.factory).recompute()
    assert not schedule.due()
    now[0] += dt.timedelta(days=DEFAULT_MAX_AGE_DAYS, hours=1)
    assert schedule.due()
    schedule.set_max_age_days(30)
    assert schedule.max_age_days() == 30 and not schedule.due()
    schedule.set_max_age_days(0)  # off
    assert not schedule.due()
    with pytest.raises(ServiceError) as err:
        schedule.set_max_age_days(-1)
    assert err.value.field == "max_age_days"
