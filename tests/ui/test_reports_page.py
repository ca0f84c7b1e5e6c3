"""The Reports page as a supervisor meets it: tiles against targets, the trend of a chosen KPI,
the survey radar and priorities, bars per staff member, the records behind a figure, period
stepping and filters, targets, the Excel export, and what counter staff see."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest
from argon2 import PasswordHasher
from followup_clock import Clock
from openpyxl import load_workbook

from cs_desktop.domain.enums import Role
from cs_desktop.domain.kpis import Kpi
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.kpis import Dim
from cs_desktop.services.kpis.scope import instant
from cs_desktop.storage.models import (
    Complaint,
    Customer,
    CustomerStats,
    Staff,
    SurveyAnswer,
    SurveyDefinition,
    SurveyItem,
    SurveyResponse,
    Visit,
)
from cs_desktop.storage.session import writing
from cs_desktop.ui.dialogs.kpi_targets import KpiTargetsDialog

NOW = dt.datetime(2026, 11, 24, 12, 0)
FAST = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


def at(day: int, month: int = 11) -> dt.datetime:
    return instant(dt.date(2026, month, day)) + dt.timedelta(hours=10)


@pytest.fixture
def clinic(database):
    """Two staff; November: 3 complaints (first answers after 5, 15 and 40 minutes), 100 visits,
    3 survey answers; October: 1 complaint (2 minutes), 10 visits."""
    with writing(database.factory) as s:
        li, wang = Staff(username="li", display_name="李护士"), Staff(username="wang",
                                                                    display_name="王𠮷")  # fmt: skip
        zhang = Customer(name="张三", name_pinyin="zhangsan", tier="A")
        s.add_all([li, wang, zhang])
        s.flush()
        s.add(CustomerStats(customer_id=zhang.id, visit_count=110, value_cents=0,
                            balance_cents=0, open_complaints=0))  # fmt: skip
        for n, (staff, when, minutes) in enumerate([(li, at(2), 5), (li, at(3), 15),
                                                    (wang, at(4), 40),
                                                    (li, at(9, month=10), 2)]):  # fmt: skip
            s.add(Complaint(number=f"TS-{n + 1}", customer_id=zhang.id, owner_staff_id=staff.id,
                            channel="counter", category="收费" if n != 2 else "服务态度",
                            severity="normal", customer_words="等了很久𠮷", received_at=when,
                            first_response_at=when + dt.timedelta(minutes=minutes)))  # fmt: skip
        s.add_all(Visit(customer_id=zhang.id, staff_id=li.id, occurred_at=at(1 + n % 20))
                  for n in range(100))  # fmt: skip
        s.add_all(Visit(customer_id=zhang.id, occurred_at=at(5, month=10)) for _ in range(10))
        survey = SurveyDefinition(code="kpi_outpatient", version=1, name="门诊满意度", scale_max=5)
        s.add(survey)
        s.flush()
        items = [SurveyItem(definition_id=survey.id, position=n, code=code, text=text,
                            kind="scale", weight=decimal.Decimal("0.3333"))
                 for n, (code, text) in enumerate([("wait", "候诊等待时间"),
                                                   ("attitude", "服务态度"),
                                                   ("fees", "收费是否清楚")])]  # fmt: skip
        s.add_all(items)
        s.flush()
        for day, scores, nps in ((2, (2, 5, 4), 10), (3, (3, 5, 4), 9), (4, (1, 4, 5), 3)):
            r = SurveyResponse(definition_id=survey.id, customer_id=zhang.id, staff_id=li.id,
                               answered_at=at(day), source="counter", nps=nps,
                               index_score=sum(scores) / 3)  # fmt: skip
            s.add(r)
            s.flush()
            s.add_all(SurveyAnswer(response_id=r.id, item_id=i.id, score=v)
                      for i, v in zip(items, scores, strict=True))  # fmt: skip
        return li.id, wang.id


@pytest.fixture
def page(make_clocked_window, clinic):
    window = make_clocked_window(Clock(NOW))
    window.show_page("reports")
    return window, window.reports_page


def test_tiles_show_the_period_against_its_targets(page) -> None:
    _window, reports = page
    board = reports.board
    assert board is not None and board.periods[-1].label == "2026-11"
    first = reports.overview.tiles[Kpi.FIRST_RESPONSE]
    assert first.figure_label.text() == "15 分钟"  # the median of 5, 15 and 40 minutes
    assert "✘" in first.status_label.text()  # target: within 10 minutes
    rate = reports.overview.tiles[Kpi.COMPLAINT_RATE]
    assert rate.figure_label.text() == "3.00%"  # 3 complaints per 100 visits
    nps = reports.overview.tiles[Kpi.NPS]
    assert nps.figure_label.text() == "33"  # 2 promoters, 1 detractor of 3
    # Choosing a tile draws its trend: 13 periods, October's 2 minutes, no fake zeros.
    reports.overview.tiles[Kpi.FIRST_RESPONSE].clicked.emit()
    assert reports.overview.chosen is Kpi.FIRST_RESPONSE
    values = [f.value for f in board.trends[Kpi.FIRST_RESPONSE]]
    assert values[-2:] == [120.0, 900.0] and values[:-2] == [None] * 11


def test_radar_items_and_improvement_priorities(page) -> None:
    _window, reports = page
    reports.show_tab(reports.satisfaction)
    tab = reports.satisfaction
    assert [i.label for i in tab.radar.items()] == ["候诊等待时间", "服务态度", "收费是否清楚"]
    assert tab.items.rowCount() == 3
    assert tab.items.index(0, 1).data() == "2.00"  # waiting time: (2 + 3 + 1) / 3
    assert tab.priorities.text().startswith("1. 候诊等待时间")
    assert tab.nps.text().startswith("NPS 33")


def test_a_trend_point_and_a_bar_open_the_records_behind_them(page, qtbot) -> None:
    window, reports = page
    reports.overview.choose(Kpi.FIRST_RESPONSE)
    reports.overview.trend.pointClicked.emit(11)  # October
    dialog = reports.drill_dialog
    assert dialog is not None and dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "TS-4 收费"
    dialog.close()
    reports.show_tab(reports.breakdown)
    tab = reports.breakdown
    tab.kpi.setCurrentIndex(tab.kpi.findData(Kpi.FIRST_RESPONSE))
    tab.by.setCurrentIndex(tab.by.findData(Dim.STAFF))
    assert [(b.label, b.value) for b in tab.bars] == [("王𠮷", 2400.0), ("李护士", 600.0)]
    tab.chart.barClicked.emit(tab.bars[0])
    dialog = reports.drill_dialog
    assert dialog.model.rowCount() == 1 and "王𠮷" in dialog.heading.text()
    with qtbot.waitSignal(dialog.complaint_chosen) as opened:
        dialog.open_row(0)
    assert opened.args[0] is not None


def test_stepping_back_a_period_and_filtering_by_staff(page) -> None:
    _window, reports = page
    reports.filters.back.click()
    assert reports.board.periods[-1].label == "2026-10"
    assert reports.overview.tiles[Kpi.FIRST_RESPONSE].figure_label.text() == "2 分钟"
    assert reports.filters.forward.isEnabled()
    reports.filters.period.click()  # back to this month
    assert reports.board.periods[-1].label == "2026-11"
    assert not reports.filters.forward.isEnabled()  # never into the future
    staff = reports.filters.staff
    staff.setCurrentIndex(next(i for i in range(staff.count()) if staff.itemText(i) == "王𠮷"))
    assert reports.board.complaints == 1
    assert reports.overview.tiles[Kpi.FIRST_RESPONSE].figure_label.text() == "40 分钟"


def test_targets_and_the_excel_export(page, tmp_path, qtbot) -> None:
    _window, reports = page
    dialog = KpiTargetsDialog(reports._services.dashboard.targets, reports.board.targets)
    qtbot.addWidget(dialog)
    dialog.boxes[Kpi.FIRST_RESPONSE].setValue(20)  # minutes
    dialog.save()
    assert dialog.saved is not None and dialog.saved[Kpi.FIRST_RESPONSE].value == 1200
    reports.reload()
    assert "✔" in reports.overview.tiles[Kpi.FIRST_RESPONSE].status_label.text()
    reports.export(str(tmp_path / "报表"))
    written = reports.last_export
    assert written == tmp_path / "报表.xlsx" and "报表.xlsx" in reports.status.text()
    book = load_workbook(written)
    figures = book[book.sheetnames[0]]
    rows = {r[0]: r for r in figures.iter_rows(min_row=2, values_only=True)}
    first = next(r for name, r in rows.items() if "首次响应" in name)
    assert first[2] == 15 and first[5] == 20  # minutes, as the targets are edited
    items = book[book.sheetnames[2]]
    assert [r[0] for r in items.iter_rows(min_row=2, values_only=True)] == [
        "候诊等待时间", "服务态度", "收费是否清楚"]  # fmt: skip


def test_counter_staff_are_told_reports_are_for_supervisors(make_clocked_window, database,
                                                            clinic) -> None:  # fmt: skip
    accounts = AccountService(database.factory, hasher=FAST)
    accounts.create_first_admin("admin", "管理员", "admin-pass-1")
    accounts.create_staff("desk", "前台小王", Role.COUNTER, "counter-pass-1")
    accounts.sign_out()
    accounts.sign_in("desk", "counter-pass-1")
    window = make_clocked_window(Clock(NOW))
    window.show_page("reports")
    reports = window.reports_page
    reports.reload()
    assert reports.denied.isVisibleTo(reports) and not reports.tabs.isVisibleTo(reports)
    assert "主管" in reports.denied.text()


def test_loyalty_tab_lists_the_warnings(page) -> None:
    _window, reports = page
    reports.show_tab(reports.loyalty)
    tab = reports.loyalty
    assert tab.tiers.rowCount() >= 1
    assert "0" in tab.churn_note.text() and "0" in tab.credit_note.text()
    assert tab.churn_table.model() is tab.churn and tab.churn.count == 0


def test_print_the_report_of_the_period_shown(page) -> None:
    window, reports = page
    reports.filters.back.click()  # October
    reports.filters.print_button.click()
    preview = window.printing.preview
    assert preview is not None and "2026年10月" in preview.windowTitle()
