"""The demo's follow-ups of the past year: history for the follow-up completion figure, and
nothing left open to flood the first day's list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from cs_desktop.domain.kpis import Kpi, PeriodKind
from cs_desktop.services.demo import generate_demo
from cs_desktop.services.demo.followup_history import demo_followup_history
from cs_desktop.services.kpis import DashboardService, Scope
from cs_desktop.storage.models import Followup


def test_history_is_closed_dated_in_the_past_and_counted(database) -> None:
    now = dt.datetime.now(dt.UTC)
    generate_demo(database.engine, customers=300, seed=3)
    written = demo_followup_history(database.factory, seed=3, now=now)
    assert written > 50
    with database.factory() as s:
        statuses = dict(s.execute(select(Followup.status, func.count())
                                  .group_by(Followup.status)).all())  # fmt: skip
        latest = s.scalar(select(func.max(Followup.due_date)))
    assert sum(statuses.values()) == written and "open" not in statuses
    assert statuses["done"] > statuses.get("unreachable", 0) > 0
    assert latest is not None and latest < now.astimezone().date()
    board = DashboardService(database.factory).dashboard(
        Scope(now.astimezone().date(), PeriodKind.MONTH))  # fmt: skip
    past = [f for f in board.trends[Kpi.FOLLOWUP_COMPLETION][:-1] if f.value is not None]
    assert len(past) >= 11  # a figure in (nearly) every month of the year before
    done = sum(f.value * f.count for f in past if f.value is not None)
    assert 0.75 < done / sum(f.count for f in past) < 0.9  # 82% of those not cancelled
