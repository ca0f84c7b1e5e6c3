"""Demo complaints come through the real workflow: numbers, deadlines, timelines, a mix of
states, and the same result for the same seed and clock."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from cs_desktop.domain.enums import ComplaintState
from cs_desktop.services.complaints.lists import ComplaintListService, ComplaintQuery, View
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.demo import generate_demo
from cs_desktop.services.demo.complaints import demo_complaints
from cs_desktop.storage.models import Complaint, ComplaintAction

NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)


def _states(database) -> list[tuple[str, str]]:
    with database.factory() as s:
        return list(s.execute(select(Complaint.category, Complaint.state)
                              .order_by(Complaint.received_at)).all())  # fmt: skip


def test_demo_complaints_are_real_workflow_records(database) -> None:
    generate_demo(database.engine, customers=300, seed=3, today=NOW.date())
    result = demo_complaints(database.factory, 300, seed=3, now=NOW)
    assert result.complaints == 40 and 0 < result.open < 40
    with database.factory() as s:
        rows = s.scalars(select(Complaint)).all()
        assert len({r.number for r in rows}) == 40
        assert all(r.received_at <= NOW for r in rows)
        unanswered = [r for r in rows if r.first_response_at is None]
        assert unanswered and all(r.first_response_due_at is not None for r in unanswered)
        intakes = s.scalar(select(func.count()).where(ComplaintAction.kind == "intake"))
        assert intakes == 40
    states = {state for _c, state in _states(database)}
    assert {ComplaintState.REGISTERED.value, ComplaintState.REVIEWED.value} <= states
    lists = ComplaintListService(database.factory, ComplaintSettings(database.factory),
                                 now=lambda: NOW)  # fmt: skip
    assert lists.count(ComplaintQuery(View.OPEN)) + lists.count(
        ComplaintQuery(View.PAUSED)) == result.open  # fmt: skip
    overdue = lists.page(ComplaintQuery(View.OVERDUE))
    assert overdue and all(r.escalation_level > 0 for r in overdue if not r.answered)


def test_the_same_seed_and_clock_give_the_same_complaints(database, tmp_path) -> None:
    from cs_desktop.services.database import open_database

    generate_demo(database.engine, customers=300, seed=3, today=NOW.date())
    demo_complaints(database.factory, 300, seed=3, now=NOW)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        generate_demo(other.engine, customers=300, seed=3, today=NOW.date())
        demo_complaints(other.factory, 300, seed=3, now=NOW)
        assert _states(other) == _states(database)
    finally:
        other.close()


def test_the_demo_counter_offers_the_demos_visit_purposes(database) -> None:
    from cs_desktop.services.demo.finish import finish_demo
    from cs_desktop.services.followups.settings import FollowupSettings

    generate_demo(database.engine, customers=300, seed=3, today=NOW.date())
    finish_demo(database.factory, 300, seed=3)
    purposes = FollowupSettings(database.factory).rules().purposes
    assert purposes[0] == "复诊" and {"初诊", "取药", "回访", "其他"} <= set(purposes)
