"""Export from the customers page: the list as shown, to the file the clerk chose."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.ui.pages import customer_export
from cs_desktop.ui.tasks import SyncTaskRunner, TaskRunner


def _fill(page) -> None:
    cards = page.editor._cards
    cards.create(CustomerCard(name="𠮷田", phones=(PhoneEntry("13800138000"),)))
    cards.create(CustomerCard(name="王五", phones=(PhoneEntry("13900139000"),)))
    page.model.refresh()


def test_export_the_searched_list_to_csv(make_window, monkeypatch, tmp_path) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    _fill(page)
    page.search.setText("𠮷")
    page._apply_query()
    chosen = tmp_path / "名单"  # typed without an ending; the CSV filter was chosen
    monkeypatch.setattr(customer_export.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(chosen), "CSV 文本，UTF-8 编码 (*.csv)"))  # fmt: skip
    button = next(b for b in page.action_buttons if b.defaultAction().text() == "导出…")
    assert button.isVisible()
    button.click()
    written = tmp_path / "名单.csv"
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["姓名", "类型", "性别"]
    assert [r[0] for r in rows[1:]] == ["𠮷田"] and rows[1][1] == "个人"
    message = page.exporter.message
    assert message.isVisible() and "1 位客户" in message.text() and str(written) in message.text()


def test_export_to_xlsx_in_the_background_in_english(make_window, monkeypatch, tmp_path,
                                                     translations, qtbot) -> None:  # fmt: skip
    runner = TaskRunner()
    window = make_window(runner)
    translations.apply("en")
    page = window.customers_page
    _fill(page)
    path = tmp_path / "list.xlsx"
    page.exporter.export(page.model.query, path)
    qtbot.waitUntil(lambda: page.exporter.message is not None, timeout=10_000)
    runner.wait()
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Name", "Kind", "Gender")
    assert [r[0] for r in rows[1:]] == ["𠮷田", "王五"]  # pinyin order: jí, wáng


def test_a_bad_destination_is_explained(make_window, tmp_path) -> None:
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    page.exporter.export(page.model.query, tmp_path / "missing" / "a.csv")
    message = page.exporter.message
    assert message.isVisible() and "不存在" in message.text()
