"""Sample data for the printed forms (fixed, so reference images stay valid) and PDF tools."""

from __future__ import annotations

import datetime as dt
import subprocess
import uuid
from pathlib import Path

from cs_desktop.domain.enums import ComplaintStage, ContactChannel, IdDocumentType, PhoneKind
from cs_desktop.services.customers.card_dto import (
    AddressEntry,
    CustomerCard,
    PhoneEntry,
    RelationEntry,
)
from cs_desktop.services.customers.timeline import EntryKind, TimelineEntry
from cs_desktop.services.forms.data import (
    AddressLine,
    ComplaintSheet,
    FollowupSheet,
    ManagementCard,
    PromiseLine,
    SurveyItemLine,
    SurveySheet,
)
from cs_desktop.services.forms.kpi_report import KpiReport
from cs_desktop.services.tiers.table import Moved, TierRow, TierTable

RARE = "王𠮷"  # U+20BB7, CJK Extension B
ID_NUMBER = "110105198503071234"
MOBILE = "13800138000"
AT = dt.datetime(2026, 3, 5, 1, 30, tzinfo=dt.UTC)  # 09:30 in Beijing


def pdf_text(pdf: bytes, tmp_path: Path, layout: bool = False) -> str:
    path = tmp_path / f"read-{uuid.uuid4().hex}.pdf"
    path.write_bytes(pdf)
    # -raw: the order the page draws its text in (a table row by row, cell by cell)
    args = ["pdftotext", "-enc", "UTF-8", "-layout" if layout else "-raw", str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")


def in_order(text: str, *parts: str) -> bool:
    """Every part appears, each after the one before (spaces and line breaks ignored: the
    reader puts them where it sees gaps)."""
    text = text.replace(" ", "").replace("\n", "")
    at = 0
    for part in (p.replace(" ", "") for p in parts):
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def sample_card() -> CustomerCard:
    return CustomerCard(
        id=uuid.UUID(int=1), name=RARE, gender="male", birth_date=dt.date(1985, 3, 7),
        birth_place="北京市东城区", id_type=IdDocumentType.RESIDENT_ID, id_number=ID_NUMBER,
        title="主任医师", education="硕士", employer="北京协和医院", position="科室主任",
        email="wangji@example.cn", wechat="wangji_85", source_channel="朋友介绍",
        preferred_contact_time="工作日下午", tier="A",
        notes="对等候时间敏感，请优先安排上午号。" * 8,
        profile={"spending": {"level": "中高", "preferences": "上午就诊"},
                 "family": {"members": "妻子、女儿"}, "lifestyle": {"hobbies": "书法、登山"}},
        phones=(PhoneEntry(raw="138 0013 8000", kind=PhoneKind.MOBILE, digits=MOBILE,
                           is_primary=True),
                PhoneEntry(raw="010-6512 3456", label="单位", kind=PhoneKind.LANDLINE,
                           digits="01065123456")),
        addresses=(AddressEntry("北京市", "北京市", "东城区",
                                "东单北大街甲88号院3号楼2单元1203室（门卫处可代收快递）",
                                "100005", is_primary=True),),
        relations=(RelationEntry("referrer", "欧阳娜娜", "13912345678", "老病友，同一社区"),),
        tags=("VIP", "慢病随访"), consents={ContactChannel.PHONE: True, ContactChannel.SMS: False},
    )  # fmt: skip


def sample_management() -> ManagementCard:
    recent = [
        TimelineEntry(AT, EntryKind.TRANSACTION, subkind="payment", title="门诊缴费",
                      amount_cents=35_800),
        TimelineEntry(AT - dt.timedelta(days=30), EntryKind.VISIT, subkind="counter",
                      title="复诊", detail="血糖控制良好，下月复查", amount_cents=12_000,
                      staff="李护士"),
    ]  # fmt: skip
    card = CustomerCard(**{**_fields(sample_card()), "credit_limit_cents": 500_000})
    return ManagementCard(card, 12, AT - dt.timedelta(days=400), AT, 1_234_500, 650_000, 1,
                          recent)  # fmt: skip


def _fields(card: CustomerCard) -> dict[str, object]:
    return {name: getattr(card, name) for name in card.__dataclass_fields__}


def sample_addresses() -> list[AddressLine]:
    return [
        AddressLine("北京市", "北京市", "东城区", "东单北大街甲88号", RARE, MOBILE, "A类"),
        AddressLine("北京市", "北京市", "东城区", "和平里七区16号楼", "欧阳娜娜", "13912345678",
                    "B类"),
        AddressLine("广东省", "广州市", "天河区", "天河路385号", "单雄信" * 12, "13700001111",
                    "C类"),
    ]  # fmt: skip


def sample_tiers() -> TierTable:
    rows = [TierRow("A", "A类（重点客户）", 20, 8_000_000, 0.8, 0.2),
            TierRow("B", "B类（主要客户）", 30, 1_500_000, 0.15, 0.3),
            TierRow("C", "C类（普通客户）", 50, 500_000, 0.05, 0.5)]  # fmt: skip
    moved = [Moved(uuid.UUID(int=1), RARE, "B", "A"), Moved(uuid.UUID(int=2), "欧阳娜娜", "A", "B")]
    return TierTable("帕累托价值分级", 365, rows, 100, 10_000_000, [], AT, 2, moved)


def sample_complaint() -> ComplaintSheet:
    stages = {
        ComplaintStage.INVESTIGATION: {"evidence": "挂号记录、监控录像", "departments": ["门诊部", "收费处"],
                                       "whys": ["窗口少", "排班不合理"], "root_cause": "高峰排班不足"},
        ComplaintStage.RESOLUTION: {"plan": "当面致歉并优先安排复诊", "actions": "已调整周一排班",
                                    "compensation_cents": 5_000},
        ComplaintStage.FEEDBACK: {"result_told": "电话告知处理结果", "satisfaction": 4},
    }  # fmt: skip
    return ComplaintSheet(
        "TS-DEMO-20260305-1", AT, "counter", "等候时间", "一般", "feedback", RARE, MOBILE,
        ID_NUMBER, "排队两个小时还没有看上病，工作人员态度冷淡。", "希望道歉并说明原因",
        "5 个工作日内反馈", "张敏", "李强", 4, 5_000, stages,
        [PromiseLine("三日内电话回复调查结果", AT + dt.timedelta(days=3), "kept")],
    )  # fmt: skip


def sample_followups(count: int = 2) -> list[FollowupSheet]:
    names = [RARE, "欧阳娜娜", "司马光", "单雄信"]
    return [FollowupSheet(names[i % 4] if i < 4 else f"客户{i}", f"139{i:08d}", "B类（主要客户）",
                          AT, "复诊", dt.date(2026, 3, 6), "visit", "询问用药后的情况", "李护士")
            for i in range(count)]  # fmt: skip


def sample_survey() -> SurveySheet:
    items = [SurveyItemLine(t, "scale") for t in ("挂号是否方便", "等候时间", "医生解释是否清楚")]
    return SurveySheet("门诊就诊满意度调查", 5, items, RARE, MOBILE)


def sample_kpi_report(empty: bool = False) -> KpiReport:
    """November 2026 by month, filtered to one staff member; ``empty``: nothing recorded."""
    from cs_desktop.domain.kpis import Kpi, NpsResult, PeriodKind, targets
    from cs_desktop.services.kpis import Dashboard, Dim, Figure, ItemFigure, Scope
    from cs_desktop.services.kpis.dashboard import KPIS
    from cs_desktop.services.kpis.loyalty import TierLoyalty

    scope = Scope(dt.date(2026, 11, 24), PeriodKind.MONTH)
    periods = scope.periods
    goals = targets()
    if empty:
        trends = {k: [Figure(None, 0, None)] * len(periods) for k in KPIS}
        board = Dashboard(scope, periods, trends, goals, None, [], [], 0, 0, 0)
        return KpiReport(scope, board, [], 0, 0, {}, AT)
    values: dict[Kpi, list[float | None]] = {
        Kpi.SATISFACTION: [None, 4.1, 4.2, 4.25, 4.3, 4.22, 4.4, 4.35, 4.48, 4.5, 4.52, 4.46, 4.561],
        Kpi.NPS: [None, 40, 42, 45, 50, 48, 52, 55, 58, 61, 63, 59, 62.5],
        Kpi.CSS: [None, 0.9, 0.95, 0.97, 1.0, 0.99, 1.02, 1.01, 1.03, 1.05, 1.04, 1.02, 1.034],
        Kpi.CSAT: [None, 0.7, 0.72, 0.74, 0.75, 0.74, 0.78, 0.79, 0.8, 0.82, 0.83, 0.81, 0.857],
        Kpi.FIRST_CONTACT_RESOLUTION: [None, 0.6, 0.62, 0.65, 0.7, 0.68, 0.7, 0.72, 0.73, 0.74,
                                       0.76, 0.75, 0.7273],
        Kpi.FIRST_RESPONSE: [None, 900, 840, 800, 780, 700, 660, 650, 620, 600, 580, 540, 480],
        Kpi.RESOLUTION: [None, 6 * 3600, 5.5 * 3600, 5 * 3600, 4.8 * 3600, 4.6 * 3600, 4.4 * 3600,
                         4.2 * 3600, 4.1 * 3600, 4 * 3600, 3.9 * 3600, 3.8 * 3600, 5.25 * 3600],
        Kpi.COMPLAINT_RATE: [None, 0.008, 0.0075, 0.007, 0.0068, 0.0066, 0.006, 0.0058, 0.0055,
                             0.005, 0.0052, 0.0049, 0.0043],
        Kpi.FOLLOWUP_COMPLETION: [None, 0.8, 0.82, 0.85, 0.86, 0.88, 0.9, 0.91, 0.9, 0.92, 0.93,
                                  0.9, 0.875],
    }  # fmt: skip
    counts = {Kpi.COMPLAINT_RATE: 2300, Kpi.SATISFACTION: 180, Kpi.NPS: 160}
    trends = {k: [Figure(v, 0 if v is None else counts.get(k, 40), goals[k].met(v),
                         v * 1.8 if v is not None and k in (Kpi.FIRST_RESPONSE, Kpi.RESOLUTION)
                         else None) for v in vs] for k, vs in values.items()}  # fmt: skip
    items = [ItemFigure("reg", "挂号/办理是否方便", 4.71, 180, 0.15, 4.6),
             ItemFigure("wait", "等候时间", 3.92, 178, 0.2, 4.05),
             ItemFigure("attitude", f"工作人员态度（{RARE}）", 4.83, 180, 0.25, 4.8),
             ItemFigure("explain", "解释说明是否清楚", 4.55, 175, 0.15, None),
             ItemFigure("fees", "收费是否清楚", 4.02, 176, 0.25, 3.9)]  # fmt: skip
    board = Dashboard(scope, periods, trends, goals, NpsResult(96, 44, 20),
                      items, [items[1], items[4]], 180, 10, 2300)  # fmt: skip
    tiers = [TierLoyalty("A", "金卡客户", 120, 104, 6, 40, 0.95, 0.9, 72.5, 1_250_000),
             TierLoyalty("B", "银卡客户", 860, 610, 55, 90, 0.88, 0.81, 55.0, 2_300_000),
             TierLoyalty(None, "", 3400, 1200, 240, 50, None, None, None, 400_000)]  # fmt: skip
    return KpiReport(scope, board, tiers, 301, 12, {Dim.STAFF: RARE, Dim.TIER: ""}, AT)
