"""The card's History tab, read in the background when a card opens."""

from __future__ import annotations

import datetime as dt

from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.storage.models import Complaint, Transaction, Visit
from cs_desktop.storage.session import writing
from cs_desktop.ui.tasks import SyncTaskRunner, TaskRunner


def _history_tab(dialog) -> int:
    return next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "历史(&H)")


def test_history_tab_shows_what_happened(make_window, database, qtbot) -> None:
    runner = TaskRunner()
    window = make_window(runner)
    page = window.customers_page
    card = page.editor._cards.create(CustomerCard(name="𠮷祥"))
    at = dt.datetime(2026, 11, 2, 1, 30, tzinfo=dt.UTC)
    with writing(database.factory) as s:
        s.add_all([
            Visit(customer_id=card.id, occurred_at=at, kind="counter", purpose="复诊",
                  outcome="血压平稳"),
            Transaction(customer_id=card.id, occurred_at=at, kind="sale", amount_cents=12_345,
                        description="降压药"),
            Complaint(number="TS-0007", customer_id=card.id, received_at=at, channel="phone",
                      category="收费", severity="minor", customer_words="多收了挂号费",
                      state="closed"),
        ])  # fmt: skip

    page.editor.open_card(card.id)
    qtbot.waitUntil(lambda: page.editor.dialog is not None, timeout=5000)
    dialog = page.editor.dialog
    dialog.tabs.setCurrentIndex(_history_tab(dialog))
    qtbot.waitUntil(lambda: len(dialog.timeline.rows()) == 4, timeout=5000)
    rows = dialog.timeline.rows()
    assert rows[0][1] == "建档"  # the card was created now, after the back-dated rows
    whats = {r[1]: r[2] for r in rows}
    assert whats["柜台来访"] == "复诊 — 血压平稳"
    assert whats["消费"] == "¥123.45 — 降压药"
    assert whats["投诉 TS-0007（已结案）"] == "收费 — 多收了挂号费"
    assert dialog.timeline.status.text() == "共 4 条记录，最新的在前。"
    local = at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert {r[0] for r in rows[1:]} == {local}
    runner.wait()


def test_a_new_card_has_no_history_yet(make_window) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    page.new_card()
    dialog = page.editor.dialog
    assert dialog.timeline.rows() == []
    assert "保存" in dialog.timeline.status.text()
