"""Where the clerk prints from: the card's Print… menu, the complaint window, the customers
page (the list as filtered), the File menu (the day's follow-up batch, the survey, blank forms)
and Settings > Printed forms (title, header, footer, logo; previewed, then saved)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton

from cs_desktop.domain import idcard
from cs_desktop.services.complaints.workflow import Intake
from cs_desktop.services.customers.card_dto import AddressEntry, CustomerCard, PhoneEntry
from cs_desktop.services.forms.settings import FormSettings
from cs_desktop.storage.models import Followup
from cs_desktop.storage.session import writing
from cs_desktop.ui.dialogs import form_settings
from cs_desktop.ui.dialogs.print_preview import PrintPreview
from cs_desktop.ui.tasks import SyncTaskRunner

ID = idcard.build("110105", dt.date(1985, 3, 7), 123)
DAY = dt.date(2026, 11, 24)


def text_of(preview: PrintPreview) -> str:
    doc = preview.document
    return "".join(doc.getAllText(p).text() for p in range(doc.pageCount())).replace("\n", "")


@pytest.fixture
def window(make_window: Any) -> Any:
    w = make_window(SyncTaskRunner())
    cards = w.customers_page.editor._cards
    w.rare = cards.create(CustomerCard(
        name="王𠮷", id_number=ID, phones=(PhoneEntry("138 0013 8000"),),
        addresses=(AddressEntry("北京市", "北京市", "东城区", "东单北大街甲88号"),)))  # fmt: skip
    w.other = cards.create(CustomerCard(
        name="欧阳娜娜", phones=(PhoneEntry("139-1234-5678"),),
        addresses=(AddressEntry("广东省", "广州市", "天河区", "天河路385号"),)))  # fmt: skip
    return w


def test_the_card_dialog_prints_the_forms_about_its_customer(window: Any) -> None:
    window.customers_page.editor.open_card(window.rare.id)
    dialog = window.customers_page.editor.dialog
    button = dialog.findChild(QPushButton, "cardPrint")
    assert button.text() == "打印(&T)…"
    menu = button.menu()
    assert [a.text() for a in menu.actions()] == [
        "客户资料卡…", "客户管理卡…", "客户回访记录表…", "客户满意度调查表…"]  # fmt: skip
    menu.actions()[1].trigger()
    preview = window.printing.preview
    assert preview.windowTitle() == "打印预览 — 客户管理卡 — 王𠮷"
    assert preview.parent() is dialog  # over the card, usable while the card is open
    assert "客户管理卡" in text_of(preview) and "138****8000" in text_of(preview)
    menu.actions()[3].trigger()
    survey = window.printing.preview
    assert survey is not preview and "客户满意度调查表" in text_of(survey)
    assert "王𠮷" in text_of(survey) and "13800138000" not in text_of(survey)


def test_a_new_card_has_nothing_to_print_yet(window: Any) -> None:
    window.customers_page.editor.new_card()
    assert window.customers_page.editor.dialog.findChild(QPushButton, "cardPrint") is None


def test_the_complaint_window_prints_the_record_form(window: Any) -> None:
    page = window.complaints_page
    info = page._workflow.intake(Intake(window.rare.id, "counter", "收费", "normal",
                                        "排队两个小时没人管"))  # fmt: skip
    window.show_page("complaints")
    page.refresh()
    page.open_row(0)
    w = page.complaint_window
    assert w.print_button.isVisible() and w.print_button.text() == "打印(&P)…"
    w.print_button.click()
    preview = window.printing.preview
    assert preview.windowTitle() == f"打印预览 — 客户投诉记录表 — {info.number}"
    shown = text_of(preview)
    for part in ("客户投诉记录表", info.number, "王𠮷", "排队两个小时没人管", "投诉人签名",
                 "接待人签名"):  # fmt: skip
        assert part in shown, part


def test_the_customers_page_prints_the_list_as_filtered(window: Any) -> None:
    page = window.customers_page
    assert page.print_button.isVisible() and page.print_button.text() == "打印(&P)…"
    menu = page.print_button.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["客户地址分类表…", "客户等级分类表…"]
    menu.actions()[0].trigger()
    everyone = text_of(window.printing.preview)
    assert "王𠮷" in everyone and "欧阳娜娜" in everyone and "共 2 位客户" in everyone

    page._load_choices()
    page.province_filter.setCurrentIndex(page.province_filter.findData("广东省"))
    menu.aboutToShow.emit()
    assert menu.actions()[0].text() == "当前列表 1 位客户的客户地址分类表…"
    menu.actions()[0].trigger()
    preview = window.printing.preview
    assert preview.windowTitle() == "打印预览 — 客户地址分类表 — 当前列表"
    shown = text_of(preview)
    assert "欧阳娜娜" in shown and "139****5678" in shown and "王𠮷" not in shown

    page.province_filter.setCurrentIndex(0)
    page.search.setText("王")
    page.focus_results()  # the search applies now, not 150 ms later
    menu.actions()[0].trigger()
    shown = text_of(window.printing.preview)
    assert "王𠮷" in shown and "欧阳娜娜" not in shown


def test_the_file_menu_prints_the_days_follow_up_batch(window: Any, database: Any) -> None:
    with writing(database.factory) as s:
        s.add_all([Followup(customer_id=c.id, due_date=DAY, reason="visit", notes="询问用药情况")
                   for c in (window.rare, window.other)])  # fmt: skip
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "文件(&F)"
    actions = {a.objectName(): a for a in file_menu.menu().actions()}
    assert actions["printFollowupDay"].text() == "打印某日的回访记录表(&D)…"
    actions["printFollowupDay"].trigger()
    dialog = window.printing.day_dialog
    assert dialog.windowTitle() == "打印某日的回访记录表"
    dialog.day.setDate(QDate(2026, 11, 24))
    dialog.accept()
    preview = window.printing.preview
    assert preview.windowTitle() == "打印预览 — 客户回访记录表 — 2026-11-24"
    assert preview.page_label.text() == "第 1 页 / 共 2 页"
    shown = text_of(preview)
    assert shown.index("欧阳娜娜") < shown.index("王𠮷")  # in name (pinyin) order
    assert shown.count("第 1 页 / 共 1 页") == 2  # each customer's form numbered on its own

    window.print_followups(DAY + dt.timedelta(days=1))  # for the follow-ups page to call
    nothing = window.printing.preview
    assert nothing is not preview and nothing.page_label.text() == "第 1 页 / 共 1 页"
    assert "王𠮷" not in text_of(nothing)  # nobody due: one empty form


def test_the_file_menu_prints_blank_forms_and_the_survey(window: Any) -> None:
    menu = window.menuBar().actions()[0].menu()
    blanks = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert blanks.title() == "空白表(&B)"
    assert [a.text() for a in blanks.actions()] == [
        "客户资料卡…", "客户管理卡…", "客户地址分类表…", "客户等级分类表…", "客户投诉记录表…",
        "客户回访记录表…", "客户满意度调查表…"]  # fmt: skip
    blanks.actions()[4].trigger()
    preview = window.printing.preview
    assert preview.blank_box.isChecked() and not preview.blank_box.isEnabled()
    assert "投诉人签名" in text_of(preview) and "王𠮷" not in text_of(preview)
    next(a for a in menu.actions() if a.objectName() == "printSurvey").trigger()
    survey = window.printing.preview
    assert "客户满意度调查表" in text_of(survey) and not survey.blank_box.isChecked()


def _png(path: Path, size: tuple[int, int] = (200, 80)) -> Path:
    out = io.BytesIO()
    Image.new("RGB", size, "darkred").save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_settings_printed_forms_previewed_then_saved(window: Any, qtbot: Any, database: Any,
                                                     tmp_path: Path, monkeypatch: Any) -> None:  # fmt: skip
    settings_page = window.settings_page
    assert settings_page._forms_box.title() == "打印表单"
    assert settings_page.print_forms_button.text() == "打印表单…"
    settings_page.print_forms_button.click()
    dialog = window.printing.settings_dialog
    assert dialog.windowTitle() == "打印表单" and dialog.forms.count() == 8  # + the KPI report
    assert dialog.forms.currentItem().text() == "客户资料卡"
    assert dialog.title.placeholderText() == "客户资料卡"  # the standard title when empty
    assert dialog.logo.text() == "无" and not dialog.remove_logo.isEnabled()
    dialog.title.insert("门诊患者资料卡")  # as typed (keyClicks is ASCII only)
    dialog.footer.insert("本表涉及个人信息，请妥善保管")
    logo = _png(tmp_path / "标志.png")
    monkeypatch.setattr(form_settings.QFileDialog, "getOpenFileName",
                        lambda *_a: (str(logo), ""))  # fmt: skip
    dialog.choose_logo.click()
    assert not dialog.logo.pixmap().isNull() and dialog.remove_logo.isEnabled()

    dialog.preview_button.click()  # before saving: the blank form as typed
    preview = window.printing.preview
    assert preview.blank_box.isChecked()
    assert "门诊患者资料卡" in text_of(preview) and "本表涉及个人信息" in text_of(preview)
    assert preview.rendered is not None and b"/Subtype /Image" in preview.rendered.pdf
    assert FormSettings(database.factory).get("info_card").title == ""  # not saved yet

    dialog.forms.setCurrentRow(4)  # the complaint form keeps its own settings
    assert dialog.title.text() == "" and dialog.title.placeholderText() == "客户投诉记录表"
    dialog.header.insert("门诊部 · 服务中心")
    dialog.forms.setCurrentRow(0)
    assert dialog.title.text() == "门诊患者资料卡"  # the draft is kept while moving around
    dialog.save_button.click()
    assert dialog.status.text() == "已保存。"
    stored = FormSettings(database.factory)
    assert stored.get("info_card").title == "门诊患者资料卡"
    assert stored.get("info_card").logo == logo.read_bytes()
    assert stored.get("complaint").header == "门诊部 · 服务中心"
    assert stored.get("survey").title == ""

    logo.unlink()  # the database keeps the image: the original file may go
    card = window.printing.customer_form("info_card", window.rare.id, "王𠮷")
    assert "门诊患者资料卡" in text_of(card) and "客户资料卡" not in text_of(card)
    assert card.rendered is not None and b"/Subtype /Image" in card.rendered.pdf


@pytest.mark.parametrize(("content", "message"), [
    (b"this is not a picture", "标志必须是 PNG 或 JPEG 图片。"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (600 * 1024), "标志文件太大：最多 512 KB。"),
    (None, "标志太小：每边至少 16 像素。"),
])  # fmt: skip
def test_a_bad_logo_is_refused_with_the_reason(window: Any, database: Any, tmp_path: Path,
                                               monkeypatch: Any, content: bytes | None,
                                               message: str) -> None:  # fmt: skip
    path = tmp_path / "标志.png"
    if content is None:
        _png(path, (10, 10))
    else:
        path.write_bytes(content)
    window.settings_page.print_forms_button.click()
    dialog = window.printing.settings_dialog
    monkeypatch.setattr(form_settings.QFileDialog, "getOpenFileName",
                        lambda *_a: (str(path), ""))  # fmt: skip
    dialog.choose_logo.click()
    assert dialog.message.isVisible() and dialog.message.text() == message
    assert dialog.logo.text() == "无" and dialog.changed() == []
    dialog.save_button.click()
    assert dialog.status.text() == "没有需要保存的修改。"
    assert FormSettings(database.factory).get("info_card").logo == b""


def test_closing_with_unsaved_changes_asks(window: Any, qtbot: Any, database: Any,
                                          monkeypatch: Any) -> None:  # fmt: skip
    window.settings_page.print_forms_button.click()
    dialog = window.printing.settings_dialog
    dialog.header.insert("急诊科")
    answers = iter([form_settings.QMessageBox.StandardButton.Cancel,
                    form_settings.QMessageBox.StandardButton.Save])  # fmt: skip
    monkeypatch.setattr(dialog, "ask_save", lambda: next(answers))
    dialog.close()
    assert dialog.isVisible()  # Cancel: still open, still typed
    assert dialog.header.text() == "急诊科"
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert FormSettings(database.factory).get("info_card").header == "急诊科"


def test_the_follow_ups_page_prints_todays_forms(make_window: Any, database: Any) -> None:
    w = make_window(SyncTaskRunner())
    customer = w.customers_page.editor._cards.create(CustomerCard(name="王𠮷"))
    with writing(database.factory) as s:
        s.add(Followup(customer_id=customer.id, due_date=w._ctx.today(), reason="visit",
                       notes="询问用药情况"))  # fmt: skip
    w.show_page("followups")
    button = w.followups_page.print_button
    assert button.text() == "打印今天的回访表(&P)…"
    button.click()
    preview = w.printing.preview
    assert preview.windowTitle() == f"打印预览 — 客户回访记录表 — {w._ctx.today().isoformat()}"
    assert "王𠮷" in text_of(preview)
