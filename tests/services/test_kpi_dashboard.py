"""The dashboard's figures from a real database, against hand-computed values."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

import pytest

from cs_desktop.domain.kpis import Kpi, PeriodKind
from cs_desktop.services.kpis import DashboardService, Scope
from cs_desktop.services.kpis.scope import instant
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    Followup,
    Staff,
    SurveyAnswer,
    SurveyDefinition,
    SurveyItem,
    SurveyResponse,
    Visit,
)
from cs_desktop.storage.session import writing

TODAY = dt.date(2026, 11, 24)
NOV = Scope(TODAY, PeriodKind.MONTH)


def at(day: int, hour: int = 10, month: int = 11) -> dt.datetime:
    return instant(dt.date(2026, month, day)) + dt.timedelta(hours=hour)


@pytest.fixture
def desk(database):
    with writing(database.factory) as s:
        staff = [Staff(username=u, display_name=n) for u, n in (("li", "李护士"), ("wang", "王𠮷"))]
        customers = [Customer(name=n, name_pinyin=n, tier=t)
                     for n, t in (("张三", "A"), ("李四", "C"), ("王五", None))]  # fmt: skip
        s.add_all(staff + customers)
        s.flush()
        ids = [x.id for x in staff], [c.id for c in customers]
    return database.factory, DashboardService(database.factory, today=lambda: TODAY), *ids


def _complaints(factory, rows) -> None:
    """rows: (customer, staff, category, received, first response after, resolved after, fcr)."""
    with writing(factory) as s:
        for n, (customer, staff, category, received, first, resolved, fcr) in enumerate(rows):
            s.add(Complaint(
                number=f"TS-{n}", customer_id=customer, owner_staff_id=staff, channel="counter",
                category=category, severity="normal", customer_words="不满意",
                received_at=received,
                first_response_at=received + first if first is not None else None,
                resolved_at=received + resolved if resolved is not None else None,
                resolved_first_contact=fcr))  # fmt: skip


def _visits(factory, customer, staff, times, value=0) -> None:
    with writing(factory) as s:
        s.add_all(Visit(customer_id=customer, staff_id=staff, occurred_at=t, value_cents=value)
                  for t in times)  # fmt: skip


def test_an_empty_database_has_no_figure_at_all(desk) -> None:
    _factory, service, _staff, _customers = desk
    board = service.dashboard(NOV)
    assert len(board.periods) == 13 and board.periods[-1].label == "2026-11"
    assert board.periods[0].label == "2025-11"
    for kpi, trend in board.trends.items():
        assert all(f.value is None and f.count == 0 and f.met is None for f in trend), kpi
    assert board.nps is None and board.items == [] and board.priorities == []


def test_complaint_figures_of_a_month(desk) -> None:
    factory, service, (li, wang), (zhang, li_si, wang_wu) = desk
    h = dt.timedelta(hours=1)
    m = dt.timedelta(minutes=1)
    _complaints(factory, [
        (zhang, li, "收费", at(3), 5 * m, 1 * h, True),
        (li_si, li, "收费", at(4), 15 * m, 3 * h, True),
        (zhang, wang, "服务态度", at(5), 30 * m, 10 * h, False),
        (wang_wu, wang, "服务态度", at(20), None, None, False),  # still open
        (zhang, li, "收费", at(20, month=10), 2 * m, 2 * h, True),  # October
    ])  # fmt: skip
    _visits(factory, zhang, li, [at(d) for d in range(1, 21)] * 10)  # 200 visits in November
    _visits(factory, li_si, wang, [at(2, month=10)] * 50)
    board = service.dashboard(NOV)
    # First response: 5, 15, 30 minutes -> median 15, p90 = 15 + 0.8 * 15 = 27 minutes.
    first = board.figure(Kpi.FIRST_RESPONSE)
    assert (first.value, first.p90, first.count) == (15 * 60, 27 * 60, 3)
    assert first.met is False  # target: within 10 minutes
    resolution = board.figure(Kpi.RESOLUTION)
    assert (resolution.value, resolution.count) == (3 * 3600, 3)
    assert resolution.p90 == pytest.approx((3 + 0.8 * 7) * 3600)
    assert board.figure(Kpi.FIRST_CONTACT_RESOLUTION).value == pytest.approx(2 / 3)
    rate = board.figure(Kpi.COMPLAINT_RATE)
    assert (rate.value, rate.count, board.complaints, board.services) == (4 / 200, 200, 4, 200)
    october = board.figure(Kpi.COMPLAINT_RATE, back=1)
    assert (october.value, october.met) == (1 / 50, False)
    assert board.figure(Kpi.FIRST_RESPONSE, back=1).value == 2 * 60
    assert board.figure(Kpi.FIRST_RESPONSE, back=1).met is True
    # Filters: one staff member, one category, one tier.
    mine = service.dashboard(Scope(TODAY, PeriodKind.MONTH, staff_id=wang))
    assert mine.figure(Kpi.FIRST_RESPONSE).value == 30 * 60
    assert mine.complaints == 2 and mine.services == 0  # wang saw nobody in November
    fees = service.dashboard(Scope(TODAY, PeriodKind.MONTH, category="收费"))
    assert fees.complaints == 2 and fees.services == 200  # every visit is a service
    assert fees.figure(Kpi.FIRST_CONTACT_RESOLUTION).value == 1.0
    untiered = service.dashboard(Scope(TODAY, PeriodKind.MONTH, tier=""))
    assert untiered.complaints == 1
    tier_a = service.dashboard(Scope(TODAY, PeriodKind.MONTH, tier="A"))
    assert tier_a.complaints == 2 and tier_a.services == 200


def test_quarter_and_week_periods(desk) -> None:
    factory, service, (li, _wang), (zhang, _l, _w) = desk
    _visits(factory, zhang, li, [at(23), at(17), at(2, month=10), at(30, month=9)])
    week = service.dashboard(Scope(TODAY, PeriodKind.WEEK))
    assert week.periods[-1].label == "2026-W48" and week.services == 1  # Monday 23 November
    quarter = service.dashboard(Scope(TODAY, PeriodKind.QUARTER))
    assert quarter.periods[-1].label == "2026-Q4" and quarter.services == 3
    assert quarter.figure(Kpi.COMPLAINT_RATE, back=1).count == 1  # Q3: 30 September


def _survey(s, code: str, version: int, scale: int, items: list[tuple[str, str, float]]):
    d = SurveyDefinition(code=code, version=version, name="门诊满意度", scale_max=scale)
    s.add(d)
    s.flush()
    rows = [SurveyItem(definition_id=d.id, position=n, code=c, text=t, kind="scale",
                       weight=decimal.Decimal(str(w))) for n, (c, t, w) in enumerate(items)]  # fmt: skip
    s.add_all(rows)
    s.flush()
    return d, {r.code: r.id for r in rows}


def _answer(s, definition, items, when, scores, index, nps=None, css=None, customer=None,
            staff=None) -> uuid.UUID:  # fmt: skip
    r = SurveyResponse(definition_id=definition.id, answered_at=when, source="paper", nps=nps,
                       index_score=index, css_ratio=css, customer_id=customer, staff_id=staff)  # fmt: skip
    s.add(r)
    s.flush()
    s.add_all(SurveyAnswer(response_id=r.id, item_id=items[c], score=v) for c, v in scores.items())
    return r.id


def test_survey_figures_items_and_a_version_change(desk) -> None:
    factory, service, (li, _wang), (zhang, _l, _w) = desk
    with writing(factory) as s:
        v1, i1 = _survey(s, "kpi_outpatient", 1, 5, [("wait", "等候时间", 0.5),
                                                 ("attitude", "服务态度𠮷", 0.5)])  # fmt: skip
        v2, i2 = _survey(s, "kpi_outpatient", 2, 10, [("wait", "候诊等待时间", 0.3),
                                                  ("attitude", "服务态度𠮷", 0.3),
                                                  ("fees", "收费是否清楚", 0.4)])  # fmt: skip
        # October, version 1: wait 2, attitude 4 -> index 3.
        _answer(s, v1, i1, at(10, month=10), {"wait": 2, "attitude": 4}, 3.0, nps=3)
        # November, version 1: wait 3 (attitude left blank -> index 3), NPS 10, CSS 3/4.
        _answer(s, v1, i1, at(2), {"wait": 3}, 3.0, nps=10, css=0.75, customer=zhang, staff=li)
        # November, version 2 on 1-10: wait 10 -> 5, attitude 10 -> 5, fees 1 -> 1.
        # index = 0.3*5 + 0.3*5 + 0.4*1 = 3.4; NPS 8; CSS 1.25.
        _answer(s, v2, i2, at(3), {"wait": 10, "attitude": 10, "fees": 1}, 3.4, nps=8, css=1.25)
        # November: NPS 6 only, no item answered.
        _answer(s, v2, i2, at(4), {}, None, nps=6)
    board = service.dashboard(NOV)
    csi = board.figure(Kpi.SATISFACTION)
    assert (csi.value, csi.count, csi.met) == (pytest.approx(3.2), 2, False)
    assert board.figure(Kpi.SATISFACTION, back=1).value == 3.0
    assert board.figure(Kpi.CSS).value == pytest.approx(1.0)
    assert board.figure(Kpi.CSS).met is True  # exactly 1: satisfied
    assert board.figure(Kpi.CSAT).value == 0.0  # no index of 4 or more
    nps = board.nps
    assert nps is not None and (nps.promoters, nps.passives, nps.detractors) == (1, 1, 1)
    assert board.figure(Kpi.NPS).value == 0.0 and board.figure(Kpi.NPS).count == 3
    october = board.figure(Kpi.NPS, back=1)
    assert (october.value, october.count) == (-100.0, 1)  # all detractors
    items = {i.code: i for i in board.items}
    assert items["wait"].mean == pytest.approx(4.0) and items["wait"].answers == 2  # (3 + 5) / 2
    assert items["wait"].previous == 2.0 and items["wait"].text == "候诊等待时间"
    assert items["attitude"].mean == 5.0 and items["attitude"].text == "服务态度𠮷"
    assert items["fees"].mean == 1.0 and items["fees"].previous is None
    assert items["fees"].weight == pytest.approx(0.4)
    assert [i.code for i in board.priorities] == ["fees", "wait", "attitude"]
    assert [i.code for i in board.items] == ["wait", "attitude", "fees"]  # the survey's order
    # The staff filter keeps only what li took.
    mine = service.dashboard(Scope(TODAY, PeriodKind.MONTH, staff_id=li))
    assert mine.figure(Kpi.SATISFACTION).value == 3.0 and mine.responses == 1
    tier_a = service.dashboard(Scope(TODAY, PeriodKind.MONTH, tier="A"))
    assert tier_a.responses == 1 and tier_a.figure(Kpi.NPS).value == 100.0


def test_followup_completion_counts_only_what_was_due(desk) -> None:
    factory, service, (li, _w), (zhang, _l, _w2) = desk
    with writing(factory) as s:
        for day, status in ((3, "done"), (10, "done"), (12, "unreachable"), (20, "open"),
                            (21, "cancelled"), (28, "open")):  # fmt: skip
            s.add(Followup(customer_id=zhang, due_date=dt.date(2026, 11, day), reason="visit",
                           status=status, assigned_staff_id=li))  # fmt: skip
    figure = service.dashboard(NOV).figure(Kpi.FOLLOWUP_COMPLETION)
    # Due by today (24th) and not cancelled: 3, 10, 12, 20 -> 2 of 4; the 28th is not due yet.
    assert (figure.value, figure.count, figure.met) == (0.5, 4, False)


def test_edited_targets_change_what_is_met(desk) -> None:
    factory, service, (li, _w), (zhang, _l, _w2) = desk
    _complaints(factory, [(zhang, li, "收费", at(3), dt.timedelta(minutes=15), None, False)])
    assert service.dashboard(NOV).figure(Kpi.FIRST_RESPONSE).met is False
    service.targets.save({Kpi.FIRST_RESPONSE: 20 * 60})
    assert service.dashboard(NOV).figure(Kpi.FIRST_RESPONSE).met is True
    from cs_desktop.services.errors import ServiceError

    with pytest.raises(ServiceError) as refused:
        service.targets.save({Kpi.NPS: 60, Kpi.CSAT: 1.5})
    assert refused.value.field == "csat"
    assert service.targets.targets()[Kpi.NPS].value == 60  # nothing saved
    service.targets.reset()
    assert service.targets.targets()[Kpi.FIRST_RESPONSE].value == 600


def test_sql_percentiles_agree_with_the_domain_formula(desk) -> None:
    """The SQL ranks and the domain's PERCENTILE.INC give the same median and 90th percentile
    for awkward counts (1, 2, 7 and 40 complaints in four months)."""
    import random

    from cs_desktop.domain.kpis import percentile

    factory, service, (li, _w), (zhang, _l, _w2) = desk
    rng = random.Random(7)
    minutes: dict[int, list[int]] = {8: [rng.randint(1, 300)], 9: [3, 11],
                                     10: [rng.randint(1, 300) for _ in range(7)],
                                     11: [rng.randint(1, 3000) for _ in range(40)]}  # fmt: skip
    _complaints(factory, [(zhang, li, "收费", at(1 + n % 27, month=month), dt.timedelta(minutes=m),
                           None, False)
                          for month, values in minutes.items()
                          for n, m in enumerate(values)])  # fmt: skip
    board = service.dashboard(NOV)
    for back, month in enumerate((11, 10, 9, 8)):
        figure = board.figure(Kpi.FIRST_RESPONSE, back=back)
        seconds = [m * 60 for m in minutes[month]]
        assert figure.count == len(seconds)
        assert figure.value == pytest.approx(percentile(seconds, 50))
        assert figure.p90 == pytest.approx(percentile(seconds, 90))
