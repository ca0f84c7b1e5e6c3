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
