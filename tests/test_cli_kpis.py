"""``cs-desktop kpis`` and ``cs-desktop print kpi_report`` end to end on a fresh database: the
JSON figures against hand-computed values, the Chinese table, a staff filter, the workbook read
back, the printed report read back, and one-line reasons for bad options."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cs_desktop.services.database import open_database
from cs_desktop.services.kpis.scope import instant
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    Staff,
    SurveyAnswer,
    SurveyDefinition,
    SurveyItem,
    SurveyResponse,
    Visit,
)
from cs_desktop.storage.session import writing

MIN, HOUR = dt.timedelta(minutes=1), dt.timedelta(hours=1)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    return subprocess.run([sys.executable, "-m", "cs_desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)  # fmt: skip


def at(day: int, month: int = 11, hour: int = 10) -> dt.datetime:
    return instant(dt.date(2026, month, day)) + dt.timedelta(hours=hour)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """November 2026: two answers, two complaints, 400 visits; October: one complaint in 100
    visits."""
    path = tmp_path_factory.mktemp("kpis") / "客服" / "cs.sqlite3"
    assert _run("migrate", "--db", str(path)).returncode == 0
    db = open_database(path)
    try:
        with writing(db.factory) as s:
            li, wang = Staff(username="li", display_name="李护士"), Staff(username="wang",
                                                                          display_name="王医生")  # fmt: skip
            zhang, lisi = Customer(name="张三", tier="A"), Customer(name="李四")
            s.add_all([li, wang, zhang, lisi])
            d = SurveyDefinition(code="kpi_counter", version=1, name="窗口满意度", scale_max=5)
            s.add(d)
            s.flush()
            items = {c: SurveyItem(definition_id=d.id, position=n, code=c, text=t, kind="scale",
                                   weight=decimal.Decimal("0.5"))
                     for n, (c, t) in enumerate([("wait", "等候时间𠮷"),
                                                 ("attitude", "工作人员态度")])}  # fmt: skip
            s.add_all(items.values())
            s.flush()
            # li's answer: 4 and 5 -> index 4.5, a promoter; wang's: 2 and 4 -> 3.0, a detractor
            for staff, customer, scores, index, nps in ((li, zhang, (4, 5), 4.5, 10),
                                                        (wang, lisi, (2, 4), 3.0, 5)):  # fmt: skip
                r = SurveyResponse(definition_id=d.id, answered_at=at(6), source="paper", nps=nps,
                                   index_score=index, customer_id=customer.id, staff_id=staff.id,
                                   would_return=True)  # fmt: skip
                s.add(r)
                s.flush()
                s.add_all(SurveyAnswer(response_id=r.id, item_id=items[c].id, score=v)
                          for c, v in zip(("wait", "attitude"), scores, strict=True))  # fmt: skip
            complaints = [(zhang, li, at(3), 5 * MIN, 1 * HOUR, True),
                          (lisi, wang, at(5), 25 * MIN, 5 * HOUR, False),
                          (zhang, li, at(8, month=10), 3 * MIN, 2 * HOUR, True)]  # fmt: skip
            for n, (customer, staff, received, first, resolved, fcr) in enumerate(complaints):
                s.add(Complaint(number=f"TS-{n}", customer_id=customer.id,
                                owner_staff_id=staff.id, channel="counter", category="收费",
                                severity="normal", customer_words="不满意", received_at=received,
                                first_response_at=received + first,
                                resolved_at=received + resolved,
                                resolved_first_contact=fcr))  # fmt: skip
            s.add_all(Visit(customer_id=zhang.id, staff_id=li.id, occurred_at=at(1 + n % 20))
                      for n in range(400))  # fmt: skip
            s.add_all(Visit(customer_id=lisi.id, staff_id=wang.id, occurred_at=at(2, month=10))
                      for _ in range(100))  # fmt: skip
    finally:
        db.close()
    return path


def test_json_has_every_figure_against_hand_computed_values(site: Path) -> None:
    done = _run("kpis", "--db", str(site), "--period", "2026-11", "--json")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["period"] == {"kind": "month", "label": "2026-11", "start": "2026-11-01",
                             "end": "2026-12-01"}  # fmt: skip
    k = got["kpis"]
    # CSI: (4.5 + 3.0) / 2 over two answers, short of 4.5
    assert (k["satisfaction"]["value"], k["satisfaction"]["count"]) == (3.75, 2)
    assert (k["satisfaction"]["met"], k["satisfaction"]["target"]) == (False, 4.5)
    assert (k["nps"]["value"], k["nps"]["count"], k["nps"]["met"]) == (0.0, 2, False)
    assert got["nps"] == {"promoters": 1, "passives": 0, "detractors": 1, "score": 0.0}
    # first response 5 and 25 minutes: median 15, 90th percentile 5 + 0.9 * 20 = 23 minutes
    first = k["first_response"]
    assert (first["value"], first["p90"], first["count"]) == (900, 23 * 60, 2)
    assert (first["met"], first["target"], first["unit"]) == (False, 600, "seconds")
    assert k["first_response"]["previous"] == 180  # October: 3 minutes
    assert (k["resolution"]["value"], k["resolution"]["met"]) == (3 * 3600, True)
    assert k["first_contact_resolution"]["value"] == 0.5
    # complaint rate: 2 in 400 visits, exactly the 0.5% ceiling; October 1 in 100
    rate = k["complaint_rate"]
    assert (rate["value"], rate["count"], rate["met"], rate["previous"]) == (0.005, 400, True,
                                                                              0.01)  # fmt: skip
    assert k["followup_completion"]["value"] is None and k["followup_completion"]["met"] is None
    assert got["counts"] == {"responses": 2, "complaints": 2, "services": 400, "churn_risk": 0,
                             "over_credit": 0}  # fmt: skip
    trend = got["trend"]
    assert len(trend["periods"]) == 13 and trend["periods"][-1] == "2026-11"
    assert trend["periods"][0] == "2025-11"
    assert trend["complaint_rate"][-2] == {"value": 0.01, "count": 100, "p90": None, "met": False}
    assert trend["satisfaction"][0] == {"value": None, "count": 0, "p90": None, "met": None}
    items = {i["code"]: i for i in got["items"]}
    assert items["wait"]["text"] == "等候时间𠮷" and items["wait"]["mean"] == 3.0
    assert items["attitude"]["mean"] == 4.5 and items["wait"]["priority"] == 1
    assert got["xlsx"] is None


def test_a_staff_member_and_the_chinese_table(site: Path) -> None:
    done = _run("kpis", "--db", str(site), "--period", "2026-11", "--staff", "li", "--json")
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["filters"]["staff"] == "李护士"
    assert (got["kpis"]["satisfaction"]["value"], got["kpis"]["satisfaction"]["met"]) == (4.5,
                                                                                          True)  # fmt: skip
    text = _run("kpis", "--db", str(site), "--period", "2026-11")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "服务质量指标 2026年11月"
    csi = next(line for line in lines if line.startswith("满意度指数（CSI）")).split()
    assert csi[1:] == ["3.75", "无数据", "≥", "4.50", "×", "未达标", "2"]
    first = next(line for line in lines if line.startswith("首次响应时间"))
    assert "15 分钟" in first and "3 分钟" in first and "≤ 10 分钟" in first
    assert "改进优先项：等候时间𠮷（3.00 分）" in text.stdout


def test_the_workbook_is_the_pages(site: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "报表" / "2026年11月.xlsx"
    target.parent.mkdir()
    done = _run("kpis", "--db", str(site), "--period", "2026-11", "--xlsx", str(target))
    assert done.returncode == 0, done.stderr
    assert f"工作簿已写入：{target}" in done.stdout
    book = load_workbook(target)
    assert book.sheetnames == ["指标", "趋势", "调查项目", "等级"]
    rows = list(book["指标"].iter_rows(values_only=True))
    assert rows[0][:3] == ("指标", "单位", "2026年11月")
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["满意度指数（CSI）"][2] == 3.75 and by_name["满意度指数（CSI）"][6] == "否"
    assert by_name["首次响应时间（中位数）"][1:6] == ("分钟", 15.0, 2, 23.0, 10.0)
    assert by_name["投诉率"][7] == 0.01
    trend = list(book["趋势"].iter_rows(values_only=True))
    assert trend[0][1] == "2025-11" and trend[0][-1] == "2026-11"
    items = list(book["调查项目"].iter_rows(values_only=True))
    assert ("等候时间𠮷", 3.0, None, 0.5, 2, 1) in items
    missing = _run("kpis", "--db", str(site), "--xlsx", str(tmp_path / "没有" / "x.xlsx"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "--xlsx" in missing.stderr


def test_the_printed_report_of_a_month_and_of_an_empty_month(site: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parent / "printing"))
    from form_samples import in_order, pdf_text

    out = tmp_path / "月报.pdf"
    done = _run("print", "kpi_report", "--db", str(site), "--period", "2026-11", "--out", str(out),
                "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["missing_characters"] == []
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "服务质量月报" in text and "2026年11月" in text
    assert in_order(text, "满意度指数（CSI）", "3.75", "无数据", "≥ 4.50", "× 未达标", "2")
    assert in_order(text, "投诉率", "0.50%", "1.00%", "≤ 0.50%", "✓ 达标", "400")
    assert in_order(text, "首次响应时间（中位数）", "15 分钟（90% 在 23 分钟 内）", "3 分钟")
    assert "等候时间𠮷" in text and "改进优先项" in text
    empty = tmp_path / "空.pdf"
    done = _run("print", "kpi-report", "--db", str(site), "--quarter", "2025-Q1", "--out",
                str(empty))  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(empty.read_bytes(), tmp_path)
    assert "2025年第1季度" in text and "3.75" not in text
    lines = text.splitlines()
    for name in ("满意度指数（CSI）", "净推荐值（NPS）", "首次响应时间（中位数）", "投诉率"):
        row = next(line for line in lines if line.startswith(name))
        assert row.split()[1:3] == ["无数据", "无数据"] and row.endswith("— 无数据"), row


@pytest.mark.parametrize(("args", "option"), [
    (["kpis", "--period", "2026-13"], "--period"),
    (["kpis", "--week", "2026-W60"], "--week"),
    (["kpis", "--quarter", "2026-Q5"], "--quarter"),
    (["kpis", "--day", "2026-02-30"], "--day"),
    (["kpis", "--staff", "nobody"], "--staff"),
    (["print", "kpi_report", "--period", "2026-13", "--out", "x.pdf"], "--period"),
    (["print", "survey", "--period", "2026-11", "--out", "x.pdf"], "--period"),
])  # fmt: skip
def test_bad_options_exit_with_one_line_naming_them(site: Path, tmp_path: Path, args: list[str],
                                                    option: str) -> None:  # fmt: skip
    done = _run(*args, "--db", str(site))
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and option in done.stderr, done.stderr
    if "2026-13" in args:
        assert "'2026-13'" in done.stderr
