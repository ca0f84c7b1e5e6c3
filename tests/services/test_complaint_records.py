"""Stage records and promises of a complaint."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cs_desktop.domain.enums import ComplaintStage, PromiseStatus
from cs_desktop.services.complaints.records import ComplaintRecords
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.complaints.workflow import ComplaintWorkflow, Intake
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Complaint

NOW = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def complaint(database):
    customer = CustomerCardService(database.factory).create(CustomerCard(name="王五")).id
    workflow = ComplaintWorkflow(
        database.factory, ComplaintSettings(database.factory), now=lambda: NOW
    )
    return workflow.intake(Intake(customer, "phone", "收费", "normal", "多收了挂号费")).id


def test_stage_records_are_checked_and_kept(database, complaint) -> None:
    records = ComplaintRecords(database.factory, now=lambda: NOW)
    records.record_stage(complaint, ComplaintStage.INVESTIGATION, {
        "evidence": "收费单据复印件", "departments": ["收费处", "门诊部", " "],
        "whys": ["系统重复收费", "网络超时后重试", "未做幂等", "上线前未测", "缺少测试规范"]})  # fmt: skip
    records.record_stage(complaint, ComplaintStage.RESOLUTION,
                         {"plan": "退还多收费用", "compensation_cents": 1500})  # fmt: skip
    records.record_stage(complaint, ComplaintStage.FEEDBACK,
                         {"result_told": "电话告知已退费", "satisfaction": 4})  # fmt: skip
    stages = records.stages(complaint)
    assert stages[ComplaintStage.INVESTIGATION]["departments"] == ["收费处", "门诊部"]
    assert len(stages[ComplaintStage.INVESTIGATION]["whys"]) == 5
    with database.factory() as s:
        row = s.get(Complaint, complaint)
        assert (row.compensation_cents, row.satisfaction) == (1500, 4)
    for stage, data, field, code in (
        (ComplaintStage.FEEDBACK, {"satisfaction": 6}, "satisfaction", "out_of_range"),
        (ComplaintStage.RESOLUTION, {"compensation_cents": -5}, "compensation_cents", "not_an_amount"),
        (ComplaintStage.INVESTIGATION, {"whys": ["why"] * 8}, "whys", "too_many"),
        (ComplaintStage.PREVENTION, {"blame": "x"}, "blame", "unknown_field"),
    ):  # fmt: skip
        with pytest.raises(ServiceError) as err:
            records.record_stage(complaint, stage, data)
        assert (err.value.field, err.value.code) == (field, code)
    assert records.stages(complaint)[ComplaintStage.FEEDBACK]["satisfaction"] == 4  # unchanged


def test_promises_until_kept_or_broken(database, complaint) -> None:
    records = ComplaintRecords(database.factory, now=lambda: NOW)
    with pytest.raises(ServiceError) as err:
        records.promise(complaint, "三天内回电", NOW - dt.timedelta(hours=1))
    assert err.value.field == "due_at"
    call = records.promise(complaint, "三天内回电说明退费进度", NOW + dt.timedelta(days=3))
    refund = records.promise(complaint, "一周内退还费用", NOW + dt.timedelta(days=7))
    assert [p.text for p in records.promises(open_only=True)] == [call.text, refund.text]
    kept = records.settle(call.id, kept=True, note="已回电")
    assert kept.status is PromiseStatus.KEPT and kept.resolved_at == NOW
    with pytest.raises(ServiceError) as err:
        records.settle(call.id, kept=False)
    assert err.value.code == "promise_settled"
    assert [p.id for p in records.promises(open_only=True)] == [refund.id]
    assert len(records.promises(complaint)) == 2
    with database.factory() as s:
        assert s.scalar(select(Complaint.id)) == complaint
