"""The main window as a user meets it: areas, status bar, language, remembered layout."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QWidget
from sqlalchemy import insert

from cs_desktop.domain.ids import new_id
from cs_desktop.storage.models import Customer, Visit

AREAS_ZH = ["客户", "来访", "回访", "投诉", "等级", "报表", "同步", "设置"]
AREAS_EN = [
    "Customers",
    "Visits",
    "Follow-ups",
    "Complaints",
    "Tiers",
    "Reports",
    "Sync",
    "Settings",
]


def _nav_texts(window) -> list[str]:
    nav = window.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def _add_customers(database, n: int, visits_each: int = 0) -> None:
    now = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC)
    rows, visit_rows = [], []
    for i in range(n):
        cid = new_id()
        rows.append({"id": cid, "origin_site_id": database.site.id, "name": f"客户{i}𠮷",
                     "name_pinyin": f"kehu{i}", "profile": {}})  # fmt: skip
        for _ in range(visits_each):
            visit_rows.append({"id": new_id(), "origin_site_id": database.site.id,
                               "customer_id": cid, "occurred_at": now})  # fmt: skip
    with database.factory.begin() as s:
        s.execute(insert(Customer), rows)
        if visit_rows:
            s.execute(insert(Visit), visit_rows)


def test_opens_in_chinese_with_every_area(make_window) -> None:
    window = make_window()
    assert _nav_texts(window) == AREAS_ZH
    assert window.windowTitle().startswith("客户服务台")
    assert window.current_page().key == "customers"


def test_status_bar_shows_the_database_and_real_counts(make_window, database) -> None:
    _add_customers(database, 7, visits_each=3)
    window = make_window()
    assert window.database_status.text() == str(database.url.database)
    assert window.counts_status.text() == "客户 7 · 来访 21 · 未结投诉 0 · 待回访 0"
    visits_page = window.pages[1]
    assert visits_page.result.text() == "共 21 次来访与来电"


def test_changes_refresh_the_counts(make_window, database) -> None:
    from cs_desktop.services.changes import Changes

    window = make_window()
    assert window.counts_status.text().startswith("客户 0")
    _add_customers(database, 3)
    window.on_changes(Changes.of("customers"))
    assert window.counts_status.text().startswith("客户 3")


def test_navigation_by_click_and_keyboard(make_window, qtbot) -> None:
    window = make_window()
    nav = window.navigation
    rect = nav.visualItemRect(nav.item(3))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page().key == "complaints"
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.navigation, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "settings"
    assert window.stack.currentWidget() is window.settings_page


def _visible_texts(root: QWidget) -> dict[int, str]:
    texts: dict[int, str] = {}
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)):
            texts[id(w)] = w.text()
        elif isinstance(w, QGroupBox):
            texts[id(w)] = w.title()
    return texts


def test_switching_language_retranslates_everything_live_and_is_remembered(
    make_window, qtbot, prefs, tmp_path
) -> None:
    window = make_window()
    zh = {key: text for key, text in _visible_texts(window).items()}
    combo: QComboBox = window.settings_page.findChild(QComboBox, "languageCombo")
    window.show_page("settings")
    combo.setCurrentIndex(combo.findData("en"))

    # Qt posts LanguageChange events; the texts change on the next turn of the event loop.
    qtbot.waitUntil(lambda: _nav_texts(window) == AREAS_EN, timeout=3000)
    assert window.windowTitle().startswith("Customer Service Desk")
    assert window.counts_status.text().startswith("Customers 0")
    en = _visible_texts(window)
    # Every text with English words in it must have had a Chinese version (zh_CN complete),
    # and every Chinese text must have changed (English complete).
    untranslated = [
        text for key, text in en.items()
        if re.search(r"[A-Za-z]{3,}", text) and zh.get(key) == text
        and text not in {"English", "简体中文"} and not text.startswith(("/", "C:"))
    ]  # fmt: skip
    assert untranslated == []
    still_chinese = [t for k, t in en.items() if re.search(r"[\u4e00-\u9fff]", t)
                     and zh.get(k) == t and t not in {"简体中文"} and "演示" not in t
                     and not re.search(r"[A-Za-z]{3,}", t) and t != window.settings_page._site_value.text()
                     and "/" not in t]  # fmt: skip
    assert still_chinese == []
    assert (
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value("ui/language")
        == "en"
    )

    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: _nav_texts(window) == AREAS_ZH, timeout=3000)


def test_window_size_and_page_are_remembered(make_window, tmp_path) -> None:
    settings_file = tmp_path / "window.ini"
    first = make_window(settings_file=settings_file)
    first.resize(720, 520)  # within the offscreen screen (800x600)
    first.show_page("tiers")
    first.close()

    second = make_window(settings_file=settings_file)
    assert (second.width(), second.height()) == (720, 520)
    assert second.current_page().key == "tiers"


def test_a_failed_read_tells_the_user(make_window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window()

    def broken(today):
        raise OSError("disk I/O error")

    monkeypatch.setattr(window._ctx.overview, "counts", broken)
    window.refresh_counts()
    assert window.counts_status.text() == "暂时无法统计"
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and boxes[0].windowTitle() == "操作未完成"
    assert "disk I/O error" in boxes[0].detailedText()


def test_an_incomplete_search_index_is_rebuilt_on_start(make_window, database) -> None:
    from cs_desktop.app import ensure_search_index
    from cs_desktop.services.customers.indexing import index_status
    from cs_desktop.ui.tasks import SyncTaskRunner

    _add_customers(database, 12)  # written by another tool: no search documents yet
    runner = SyncTaskRunner()
    window = make_window(runner)
    assert not index_status(database.engine).complete
    ensure_search_index(window, database, runner)
    assert index_status(database.engine).complete
    assert not window.job_progress.isVisible()
    page = window.customers_page
    page.search.setText("客户1𠮷")
    page._apply_query()
    assert page.model.rowCount() == 1
    assert page.result_label.text() == "找到 1 位客户"


def test_no_two_shortcuts_share_a_key(make_window) -> None:
    from PySide6.QtGui import QShortcut

    window = make_window()
    keys = [s.key().toString() for s in window.findChildren(QShortcut)]
    assert len(keys) == len(set(keys)), keys
    assert "Ctrl+Q" in keys and "Ctrl+F" in keys
