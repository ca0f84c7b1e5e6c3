"""The KPI report's data from a real database: the filters in people's words, the loyalty and
warning counts beside the dashboard, and the Reports permission."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.enums import Role
from cs_desktop.domain.kpis import Kpi, PeriodKind
from cs_desktop.services.accounts.actor import bind_actor
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.forms.kpi_report import KpiReportService
from cs_desktop.services.kpis import Dim, Scope
from cs_desktop.services.kpis.scope import instant
from cs_desktop.storage.models import Customer, Staff, TierPolicy, Visit
from cs_desktop.storage.session import writing

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 8, tzinfo=dt.UTC)


def test_the_report_names_its_filters_and_counts_its_customers(database) -> None:
    with writing(database.factory) as s:
        li = Staff(username="li", display_name="李𠮷")
        s.add_all([li, TierPolicy(tier="A", label="金卡客户", position=1)])
        zhang = Customer(name="张三", tier="A")
        s.add(zhang)
        s.flush()
        s.add(Visit(customer_id=zhang.id, staff_id=li.id,
                    occurred_at=instant(dt.date(2026, 11, 3)) + dt.timedelta(hours=9)))  # fmt: skip
    service = KpiReportService(database.factory, lambda: TODAY, lambda: NOW)
    scope = Scope(TODAY, PeriodKind.MONTH, staff_id=service.staff_id("li"), category="收费",
                  tier="A")  # fmt: skip
    report = service.report(scope)
    assert report.filters == {Dim.STAFF: "李𠮷", Dim.CATEGORY: "收费", Dim.TIER: "A 金卡客户"}
    assert report.printed_at == NOW and report.board.periods[-1].label == "2026-11"
    assert report.board.services == 1 and report.board.figure(Kpi.COMPLAINT_RATE).value == 0.0
    assert [(t.label, t.customers) for t in report.tiers] == [("金卡客户", 1)]
    assert (report.churn_risk, report.over_credit) == (0, 0)
    assert service.report(Scope(TODAY)).filters == {}
    with pytest.raises(ServiceError) as unknown:
        service.staff_id("nobody")
    assert (unknown.value.code, unknown.value.field) == ("staff_not_found", "staff")


def test_only_roles_that_see_the_reports_may_print_them(database) -> None:
    accounts = AccountService(database.factory)
    accounts.create_first_admin("admin", "管理员", "password1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "password1")
    accounts.create_staff("zhangli", "张丽", Role.SUPERVISOR, "password1")
    service = KpiReportService(database.factory, lambda: TODAY, lambda: NOW)
    bind_actor(database.factory, accounts.sign_in("wangfang", "password1"))
    with pytest.raises(ServiceError) as refused:
        service.report(Scope(TODAY))
    assert refused.value.code == "forbidden"
    bind_actor(database.factory, accounts.sign_in("zhangli", "password1"))
    assert service.report(Scope(TODAY)).board.responses == 0
