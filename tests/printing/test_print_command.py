"""`cs-desktop print` against a real database: the data services read, the site's settings,
masking, the day's follow-up batch, and failures with a one-line reason."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from form_samples import in_order, pdf_text

from cs_desktop import cli
from cs_desktop.domain import idcard
from cs_desktop.domain.enums import ComplaintStage, Gender
from cs_desktop.services.complaints.records import ComplaintRecords
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.complaints.workflow import ComplaintWorkflow, Intake
from cs_desktop.services.customers.card_dto import AddressEntry, CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.forms.settings import FormSetting, FormSettings, read_logo
from cs_desktop.storage.models import Followup, Staff
from cs_desktop.storage.session import writing

ID = idcard.build("110105", dt.date(1985, 3, 7), 123)
DAY = dt.date(2026, 11, 24)


@pytest.fixture
def filled(database: Any) -> dict[str, Any]:
    cards = CustomerCardService(database.factory)
    rare = cards.create(CustomerCard(
        name="王𠮷", id_number=ID, gender=Gender.MALE, birth_date=dt.date(1985, 3, 7),
        phones=(PhoneEntry("138 0013 8000"),),
        addresses=(AddressEntry("北京市", "北京市", "东城区", "东单北大街甲88号"),),
        notes="长期随访"))  # fmt: skip
    other = cards.create(CustomerCard(
        name="欧阳娜娜", phones=(PhoneEntry("139-1234-5678"),),
        addresses=(AddressEntry("广东省", "广州市", "天河区", "天河路385号"),)))  # fmt: skip
    with writing(database.factory) as s:
        staff = Staff(username="li", display_name="李护士")
        s.add(staff)
        s.flush()
        s.add_all([Followup(customer_id=c.id, due_date=DAY, reason="visit", notes="询问用药情况",
                            assigned_staff_id=staff.id) for c in (rare, other)])  # fmt: skip
        s.add(Followup(customer_id=other.id, due_date=DAY + dt.timedelta(days=1), reason="tier"))
        staff_id = staff.id
    workflow = ComplaintWorkflow(database.factory, ComplaintSettings(database.factory))
    complaint = workflow.intake(Intake(customer_id=rare.id, channel="counter", category="等候时间",
                                       severity="normal", customer_words="排队两个小时没人管",
                                       customer_wants="道歉"), staff_id=staff_id)  # fmt: skip
    ComplaintRecords(database.factory).record_stage(
        complaint.id, ComplaintStage.INVESTIGATION, {"root_cause": "高峰排班不足"}
    )
    return {"rare": rare.id, "other": other.id, "complaint": complaint}


def _run(db: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["print", *args, "--db", str(db)])
    return code, out.getvalue(), err.getvalue()


def test_info_card_from_the_database_masked(db_path: Path, filled: dict[str, Any],
                                           tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "资料卡.pdf"
    code, out, _err = _run(db_path, "info-card", str(filled["rare"]), "--out", str(target),
                           "--json")  # fmt: skip
    assert code == 0
    result = json.loads(out)
    assert result["pages"] == 1 and result["masked"] and result["missing_characters"] == []
    text = pdf_text(target.read_bytes(), tmp_path)
    assert in_order(text, "客户资料卡", "王𠮷", "男", "110105********" + ID[-4:], "138****8000",
                    "北京市东城区东单北大街甲88号", "长期随访")  # fmt: skip
    assert ID not in text


def test_full_numbers_when_allowed(db_path: Path, filled: dict[str, Any], tmp_path: Path) -> None:
    target = tmp_path / "full.pdf"
    assert _run(db_path, "info-card", str(filled["rare"]), "--out", str(target),
                "--full-numbers")[0] == 0  # fmt: skip
    assert in_order(pdf_text(target.read_bytes(), tmp_path), ID, "13800138000")


def test_the_days_followups_in_one_file(db_path: Path, filled: dict[str, Any],
                                       tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "回访.pdf"
    code, out, _err = _run(db_path, "followup", "--date", DAY.isoformat(), "--out", str(target),
                           "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["pages"] == 2
    text = pdf_text(target.read_bytes(), tmp_path)
    # by name in pinyin order: ouyang before wang
    assert in_order(text, "欧阳娜娜", "139****5678", "李护士", "询问用药情况", "第 1 页 / 共 1 页",
                    "王𠮷", "138****8000", "询问用药情况", "第 1 页 / 共 1 页")  # fmt: skip


def test_complaint_by_number_with_the_sites_title(database: Any, db_path: Path,
                                                 filled: dict[str, Any], tmp_path: Path) -> None:  # fmt: skip
    FormSettings(database.factory).save("complaint", FormSetting(
        title="门诊投诉登记表", header="医务处", footer="投诉电话 010-12345678"))  # fmt: skip
    target = tmp_path / "投诉.pdf"
    code, _out, _err = _run(db_path, "complaint", filled["complaint"].number, "--out", str(target))
    assert code == 0
    text = pdf_text(target.read_bytes(), tmp_path)
    assert in_order(text, "医务处", "门诊投诉登记表", filled["complaint"].number, "王𠮷",
                    "138****8000", "一般", "李护士", "排队两个小时没人管", "道歉", "投诉人签名",
                    "高峰排班不足", "投诉电话 010-12345678")  # fmt: skip


def test_address_table_and_blank_forms(db_path: Path, filled: dict[str, Any],
                                      tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "地址.pdf"
    assert _run(db_path, "addresses", "--out", str(target))[0] == 0
    assert in_order(pdf_text(target.read_bytes(), tmp_path), "共 2 位客户", "北京市", "王𠮷",
                    "广东省", "欧阳娜娜")  # fmt: skip
    for form in ("info-card", "complaint", "survey", "followup", "tiers"):
        blank = tmp_path / f"{form}.pdf"
        assert _run(db_path, form, "--blank", "--out", str(blank))[0] == 0, form
        assert "王𠮷" not in pdf_text(blank.read_bytes(), tmp_path)


def test_failures_say_why_in_one_line(db_path: Path, filled: dict[str, Any],
                                     tmp_path: Path) -> None:  # fmt: skip
    target = tmp_path / "x.pdf"
    code, _out, err = _run(db_path, "info-card", str(uuid.uuid4()), "--out", str(target))
    assert code == 1 and err.startswith("cs-desktop print: no such customer") and err[-1] == "\n"
    code, _out, err = _run(db_path, "info-card", "--out", str(target))
    assert code == 2 and "customer's ID" in err
    code, _out, err = _run(db_path, "complaint", "TS-NONE", "--out", str(target))
    assert code == 1 and "no such complaint: TS-NONE" in err
    assert not target.exists()


def test_form_settings_are_checked(database: Any) -> None:
    settings = FormSettings(database.factory)
    with pytest.raises(ServiceError) as exc:
        settings.save("info_card", FormSetting(title="长" * 41))
    assert (exc.value.code, exc.value.field) == ("too_long", "title")
    with pytest.raises(ServiceError) as exc:
        read_logo(Path("/nowhere/logo.png"))
    assert (exc.value.code, exc.value.field) == ("file_not_found", "logo")
    with pytest.raises(ServiceError) as exc:
        settings.save("nonsense", FormSetting())
    assert exc.value.code == "not_a_choice"
    saved = settings.save("survey", FormSetting(title="  门诊   满意度调查 "))
    assert saved.title == "门诊 满意度调查" == settings.get("survey").title
    assert settings.get("info_card") == FormSetting()
