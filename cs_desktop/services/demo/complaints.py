"""Demo complaints: a few hundred at most, most of them from the last 45 days and the rest over
the year before (so the Reports page has trends to draw), each taken through the
real workflow (intake, answers, stage records, promises, closing, review) with a clock that
moves, so their deadlines, timelines and figures are what the app itself would have made.

The most recent ones are still open, a few are overdue or waiting, the older ones are closed or
reviewed. Deterministic for a seed and a ``now``.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import ComplaintStage, ComplaintState, Role
from cs_desktop.storage.models import Customer, Staff
from cs_desktop.storage.types import utcnow

from ..complaints.lists import ComplaintListService
from ..complaints.records import ComplaintRecords
from ..complaints.settings import ComplaintSettings
from ..complaints.workflow import ComplaintWorkflow, Intake

# category -> (the customer's words, what they want, the root cause found)
STORIES: dict[str, list[tuple[str, str, str]]] = {
    "服务态度": [("挂号窗口工作人员说话很冲，问两句就不耐烦", "当面道歉", "高峰期窗口人手不足，情绪失控"),
             ("护士没解释就让我去别的楼，来回跑了三趟", "说明清楚流程", "分诊指引不清楚")],
    "等候时间": [("预约了九点，十点半还没轮到", "说明原因", "前一位专家门诊超时，未及时通知"),
             ("取药排队一个多小时", "增加窗口", "午间只开一个发药窗口")],
    "收费": [("同一项检查收了两次费", "退还多收的费用", "收费接口超时后重复提交"),
           ("医保没有报销，自费比例不对", "重新结算", "医保目录更新未同步")],
    "诊疗质量": [("复诊医生没看上次的检查结果", "重新解释病情", "病历调阅权限设置错误")],
    "环境设施": [("候诊区空调坏了一上午", "尽快修好", "报修流程只在工作日处理"),
             ("卫生间没有无障碍扶手", "加装扶手", "老楼改造遗漏")],
    "预约挂号": [("线上预约成功，到了说没有号", "补号并道歉", "号源同步延迟")],
    "药品": [("药房给错了药品规格", "更换并说明", "相似包装未分区存放")],
    "隐私": [("叫号屏显示了我的全名和病情", "撤下全名", "叫号系统默认显示全名")],
    "其他": [("停车场收费标准没有公示", "公示收费标准", "告示牌被移走未补")],
}  # fmt: skip
CHANNELS = ("counter", "phone", "counter", "online", "letter")


@dataclass(frozen=True)
class DemoComplaints:
    complaints: int
    open: int


class _Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def _days_back(rng: random.Random) -> float:
    """When a complaint came: a fifth in the last three days, most in the last 45, some over
    the year before."""
    roll = rng.random()
    if roll < 0.2:
        return rng.uniform(0, 3)
    if roll < 0.65:
        return rng.uniform(0, 45)
    return rng.uniform(45, 395)


def _first_answer_hours(rng: random.Random) -> float:
    """Most complaints are answered at the counter within minutes, some the same day, a few
    the next."""
    roll = rng.random()
    if roll < 0.6:
        return rng.uniform(2, 15) / 60
    if roll < 0.9:
        return rng.uniform(0.5, 4)
    return rng.uniform(4, 30)


def demo_complaints(factory: sessionmaker[Session], customers: int, seed: int = 1,
                    now: dt.datetime | None = None) -> DemoComplaints:  # fmt: skip
    """About one complaint per 200 customers (at least 40, at most 300)."""
    rng = random.Random(seed)
    end = now or utcnow()
    count = max(40, min(300, customers // 200))
    with factory() as s:
        ids = list(s.scalars(select(Customer.id).where(Customer.deleted_at.is_(None))
                             .order_by(Customer.id).limit(count * 20)))  # fmt: skip
        staff = s.execute(select(Staff.id, Staff.role).where(Staff.active.is_(True))).all()
    if not ids:
        return DemoComplaints(0, 0)
    counter: list[uuid.UUID | None] = [i for i, role in staff if role == Role.COUNTER.value]
    counter = counter or [None]
    clock = _Clock(end)
    settings = ComplaintSettings(factory)
    workflow = ComplaintWorkflow(factory, settings, now=clock)
    records = ComplaintRecords(factory, now=clock)
    severities = ["low", "normal", "normal", "normal", "high", "critical"]
    still_open = 0
    starts = sorted(end - dt.timedelta(days=_days_back(rng)) for _ in range(count))
    for received in starts:
        local = received.astimezone()
        received = local.replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59)).astimezone(
            dt.UTC)  # fmt: skip
        if received >= end:
            received = end - dt.timedelta(hours=2)
        category = rng.choice(list(STORIES))
        words, wants, cause = rng.choice(STORIES[category])
        owner = rng.choice(counter)
        clock.at = received
        info = workflow.intake(Intake(rng.choice(ids), rng.choice(CHANNELS), category,
                                      rng.choice(severities), words, wants,
                                      "三个工作日内答复"), staff_id=owner)  # fmt: skip
        age_hours = (end - received).total_seconds() / 3600
        forgotten = rng.random() < 0.04  # nobody answered: overdue, escalated
        if forgotten or not _step(clock, end, _first_answer_hours(rng)) or (
                age_hours < 60 and rng.random() < 0.3):  # fmt: skip
            still_open += 1  # not answered yet: some of these are overdue
            continue
        workflow.respond(info.id, "已致电客户致歉，说明正在调查", staff_id=owner)
        if rng.random() < 0.15:
            workflow.move(info.id, ComplaintState.RESOLVING, staff_id=owner)  # on the spot
        else:
            workflow.move(info.id, ComplaintState.INVESTIGATING, staff_id=owner)
            records.record_stage(info.id, ComplaintStage.INVESTIGATION, {
                "evidence": "调取了当日记录", "departments": ["门诊办公室"],
                "whys": [f"为什么会“{words}”？", cause], "root_cause": cause}, owner)  # fmt: skip
            if rng.random() < 0.1 and age_hours < 120:
                workflow.move(info.id, ComplaintState.WAITING_THIRD_PARTY, staff_id=owner)
                still_open += 1
                continue
            if not _step(clock, end, rng.uniform(2, 70)):
                still_open += 1
                continue
            workflow.move(info.id, ComplaintState.RESOLVING, staff_id=owner)
        records.record_stage(info.id, ComplaintStage.RESOLUTION, {
            "plan": wants, "actions": f"已处理：{wants}",
            "compensation_cents": rng.choice([0, 0, 0, 1500, 5000])}, owner)  # fmt: skip
        if rng.random() < 0.3 and _step(clock, end, 0.1):
            records.promise(info.id, f"一周内回电告知改进结果（{category}）",
                            clock.at + dt.timedelta(days=7), owner, owner)  # fmt: skip
        if not _step(clock, end, rng.uniform(1, 48)):
            still_open += 1
            continue
        workflow.move(info.id, ComplaintState.FEEDBACK, staff_id=owner)
        records.record_stage(info.id, ComplaintStage.FEEDBACK, {
            "result_told": "已电话告知处理结果",
            "satisfaction": rng.choice([2, 3, 4, 4, 5, 5])}, owner)  # fmt: skip
        if not _step(clock, end, rng.uniform(1, 24)):
            still_open += 1
            continue
        workflow.move(info.id, ComplaintState.CLOSED, staff_id=owner)
        if age_hours > 24 * 14 and _step(clock, end, rng.uniform(24, 96)):
            records.record_stage(info.id, ComplaintStage.PREVENTION, {
                "facts": words, "analysis": cause, "lesson": "流程上补上这一环",
                "improvement": f"针对“{cause}”调整流程"}, owner)  # fmt: skip
            workflow.move(info.id, ComplaintState.REVIEWED, staff_id=owner)
    ComplaintListService(factory, settings, now=lambda: end).escalate()
    return DemoComplaints(count, still_open)


def _step(clock: _Clock, end: dt.datetime, hours: float) -> bool:
    """Move the clock on; False if that would pass ``end`` (the step has not happened yet)."""
    at = clock.at + dt.timedelta(hours=hours)
    if at >= end:
        return False
    clock.at = at
    return True
