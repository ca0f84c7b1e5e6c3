"""The Reports page's entry point to the printed KPI report: the page's scope (period and
filters) opens in the print preview, and printing it is in the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cs_desktop.domain.kpis import PeriodKind
from cs_desktop.services.audit import AuditQuery, AuditService
from cs_desktop.services.kpis import Scope
from cs_desktop.ui.tasks import SyncTaskRunner


def text_of(preview: Any) -> str:
    doc = preview.document
    return "".join(doc.getAllText(p).text() for p in range(doc.pageCount())).replace("\n", "")


def test_the_scope_opens_as_the_printed_report(make_window: Any, database: Any) -> None:
    window = make_window(SyncTaskRunner())
    preview = window.printing.kpi_report(Scope(dt.date(2026, 11, 24), PeriodKind.QUARTER,
                                               category="收费"), window)  # fmt: skip
    assert window.printing.preview is preview and preview.parent() is window
    assert preview.windowTitle().endswith(" — 2026年第4季度")
    shown = text_of(preview)
    assert "服务质量月报" in shown and "2026年第4季度" in shown and "投诉类别：收费" in shown
    assert "满意度指数（CSI） 无数据 无数据 ≥ 4.50 — 无数据" in shown.replace("\r", " ")
    rows = AuditService(database.factory).page(AuditQuery()).rows
    assert any(r.action == "print" and (r.details or {}).get("form") == "kpi_report"
               for r in rows)  # fmt: skip
    names = [a.data() for a in window.printing.blank_menu(window).actions()]
    assert "kpi_report" not in names and "survey" in names  # figures are not filled by hand
