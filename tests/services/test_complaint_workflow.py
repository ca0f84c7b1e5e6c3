"""The complaint workflow on a real SQLite file: intake, every stage, pauses, responses and
handovers, with the deadlines counted by the site's rules."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cs_desktop.domain.complaints.deadlines import Urgency
from cs_desktop.domain.enums import ComplaintState as S
from cs_desktop.services.complaints.settings import ComplaintSettings, preset
from cs_desktop.services.complaints.workflow import ComplaintWorkflow, Intake, utc
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Complaint, ComplaintAction, Staff
from cs_desktop.storage.session import writing


class Clock:
    def __init__(self, local_start: dt.datetime) -> None:
        self.at = utc(local_start)  # the site's wall-clock time, stored as UTC

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **kw: float) -> None:
        self.at += dt.timedelta(**kw)


@pytest.fixture
def setup(database):
    customer = CustomerCardService(database.factory).create(CustomerCard(name="𠮷祥")).id
    with writing(database.factory) as s:
        staff = [
            Staff(username=u, display_name=n) for u, n in (("li", "李护士"), ("wang", "王主任"))
        ]
        s.add_all(staff)
        s.flush()
        ids = [x.id for x in staff]
    settings = ComplaintSettings(database.factory)
    clock = Clock(dt.datetime(2026, 11, 23, 10, 0))  # Monday 10:00
    return ComplaintWorkflow(database.factory, settings, now=clock), settings, clock, customer, ids


def _intake(workflow, customer, staff, **kw):
    form = dict(customer_id=customer, channel="counter", category="等候时间", severity="normal",
                customer_words="排队一个多小时没人管", customer_wants="道歉并说明原因")  # fmt: skip
    form.update(kw)
    return workflow.intake(Intake(**form), staff_id=staff)


def test_one_complaint_through_every_stage(database, setup) -> None:
    workflow, _settings, clock, customer, (li, wang) = setup
    info = _intake(workflow, customer, li)
    assert info.state is S.REGISTERED and info.owner_staff_id == li
    assert info.number.startswith("TS-") and info.number.endswith("-20261123-0001")
    assert info.first_response.due == dt.datetime(2026, 11, 24, 10)  # 24 calendar hours
    assert info.resolution.due == dt.datetime(2026, 11, 26, 10)  # "normal": 72 hours

    clock.advance(hours=1)
    workflow.note(info.id, "已联系候诊区护士长了解情况")  # internal: not a response
    assert workflow.get(info.id).first_response.urgency is Urgency.ON_TIME
    clock.advance(hours=22)  # 23 h after intake, no response yet: soon due
    assert workflow.get(info.id).first_response.urgency is Urgency.SOON
    workflow.respond(info.id, "电话致歉，说明当天专家临时加号")
    for target in (S.INVESTIGATING, S.RESOLVING, S.FEEDBACK, S.CLOSED):
        clock.advance(hours=1)
        info = workflow.move(info.id, target, staff_id=li)
    assert info.state is S.CLOSED
    assert info.first_response.urgency is Urgency.ON_TIME  # met after 23 h
    info = workflow.move(info.id, S.INVESTIGATING, reason="患者再次来电，认为未解决")
    info = workflow.hand_over(info.id, wang, "需要主任协调专家排班", staff_id=li)
    assert info.owner_staff_id == wang
    for target in (S.RESOLVING, S.FEEDBACK, S.CLOSED, S.REVIEWED):
        info = workflow.move(info.id, target, staff_id=wang)
    assert info.state is S.REVIEWED
    with database.factory() as s:
        kinds = s.scalars(select(ComplaintAction.kind).where(ComplaintAction.complaint_id == info.id)
                          .order_by(ComplaintAction.at, ComplaintAction.id)).all()  # fmt: skip
        row = s.get(Complaint, info.id)
        assert row.reviewed_at is not None and row.first_response_at is not None
    assert kinds == ["intake", "note", "response", "state", "state", "state", "state", "reopen",
                     "handover", "state", "state", "state", "state"]  # fmt: skip


def test_an_illegal_move_is_refused_and_changes_nothing(database, setup) -> None:
    workflow, _settings, _clock, customer, (li, _wang) = setup
    info = _intake(workflow, customer, li)
    with pytest.raises(ServiceError) as err:
        workflow.move(info.id, S.CLOSED)
    assert err.value.code == "illegal_move"
    assert err.value.params == {"current": "registered", "target": "closed"}
    assert workflow.get(info.id).state is S.REGISTERED
    with database.factory() as s:
        assert s.get(Complaint, info.id).row_version == info.row_version
    workflow.move(info.id, S.WAITING_CUSTOMER)
    with pytest.raises(ServiceError) as err:
        workflow.move(info.id, S.INVESTIGATING)  # paused while registered: it resumes there
    assert err.value.code == "resume_elsewhere"


def test_a_pause_stops_the_clock(setup) -> None:
    workflow, _settings, clock, customer, (li, _wang) = setup
    info = _intake(workflow, customer, li, severity="high")  # 24 h to resolve
    clock.advance(hours=5)
    workflow.move(info.id, S.WAITING_THIRD_PARTY, reason="等待检验科复核")
    clock.advance(hours=30)  # a night and a day waiting
    paused = workflow.get(info.id)
    assert paused.resolution.due is None and paused.resolution.urgency is Urgency.PAUSED
    info = workflow.move(info.id, S.REGISTERED)
    assert info.resolution.due == dt.datetime(2026, 11, 23, 10) + dt.timedelta(hours=24 + 30)
    assert info.resolution.urgency is Urgency.ON_TIME


def test_medical_preset_counts_working_days(database, setup) -> None:
    workflow, settings, clock, customer, (li, _wang) = setup
    settings.save(preset("medical"))
    clock.at = utc(dt.datetime(2026, 9, 29, 15))  # Tuesday before National Day
    info = _intake(workflow, customer, li, severity="normal")
    assert info.resolution.due == dt.datetime(2026, 10, 12, 17, 30)  # 5 working days
    with pytest.raises(ServiceError) as err:
        _intake(workflow, customer, li, severity="critical")  # not a level of this preset
    assert err.value.field == "severity"


def test_intake_checks_its_fields(setup) -> None:
    workflow, _settings, _clock, customer, (li, _wang) = setup
    for kw, field in ((dict(customer_words="  "), "customer_words"),
                      (dict(category="天气"), "category"), (dict(channel=""), "channel")):  # fmt: skip
        with pytest.raises(ServiceError) as err:
            _intake(workflow, customer, li, **kw)
        assert err.value.field == field
    second = _intake(workflow, customer, li)
    third = _intake(workflow, customer, li)
    assert second.number.endswith("-0001") and third.number.endswith("-0002")


def test_kpis_of_a_period(database, setup) -> None:
    from cs_desktop.services.complaints.kpis import ComplaintKpiService
    from cs_desktop.storage.models import Visit

    workflow, _settings, clock, customer, (li, _wang) = setup
    start = clock.at
    with writing(database.factory) as s:
        s.add_all(Visit(customer_id=customer, occurred_at=start + dt.timedelta(minutes=n),
                        kind="counter") for n in range(40))  # fmt: skip
    a = _intake(workflow, customer, li)
    clock.advance(hours=2)
    workflow.respond(a.id, "已致歉")
    for target in (S.INVESTIGATING, S.RESOLVING, S.FEEDBACK):
        clock.advance(hours=10)
        workflow.move(a.id, target)
    b = _intake(workflow, customer, li)  # resolved on the spot
    workflow.respond(b.id, "当场解释")
    workflow.move(b.id, S.RESOLVING)
    workflow.move(b.id, S.FEEDBACK)
    kpis = ComplaintKpiService(database.factory).kpis(start, start + dt.timedelta(days=2))
    assert (kpis.complaints, kpis.services, kpis.rate) == (2, 40, 0.05)
    assert kpis.first_response_hours[0] == pytest.approx(1.0)  # median of 2 h and 0 h
    assert kpis.resolution_hours[0] == pytest.approx(16.0)  # median of 32 h and 0 h
    assert kpis.first_contact_share == 0.5


def test_the_complaints_own_timeline(setup) -> None:
    workflow, _settings, clock, customer, (li, wang) = setup
    info = _intake(workflow, customer, li)
    clock.advance(minutes=10)
    workflow.note(info.id, "内部：查监控", staff_id=li)
    workflow.respond(info.id, "已致歉", staff_id=li)
    workflow.hand_over(info.id, wang, "需主任协调", staff_id=li)
    entries = workflow.actions(info.id)
    assert [(e.kind, e.text, e.staff, e.target_staff) for e in entries] == [
        ("intake", "", "李护士", ""),
        ("note", "内部：查监控", "李护士", ""),
        ("response", "已致歉", "李护士", ""),
        ("handover", "需主任协调", "李护士", "王主任"),
    ]


def test_details_staff_and_the_complainants_signature(database, setup) -> None:
    workflow, _settings, _clock, customer, (li, wang) = setup
    info = _intake(workflow, customer, li, difficult_type="well_prepared")
    with pytest.raises(ServiceError) as refused:
        _intake(workflow, customer, li, difficult_type="rude")
    assert (refused.value.code, refused.value.field) == ("not_a_choice", "difficult_type")
    workflow.hand_over(info.id, wang, "需要医务科处理", staff_id=li)
    details = workflow.details(info.id)
    assert (details.customer_name, details.receiver, details.owner) == ("𠮷祥", "李护士", "王主任")
    assert (details.difficult_type, details.signed_by_complainant) == ("well_prepared", False)
    assert [s.name for s in workflow.staff()] == ["李护士", "王主任"]
    workflow.mark_signed(info.id, True, staff_id=li)
    workflow.mark_signed(info.id, True, staff_id=li)  # already signed: nothing new logged
    assert workflow.details(info.id).signed_by_complainant
    assert [a.kind for a in workflow.actions(info.id)][-2:] == ["handover", "signed"]
    with pytest.raises(ServiceError) as missing:
        workflow.details(customer)
    assert missing.value.code == "complaint_not_found"
