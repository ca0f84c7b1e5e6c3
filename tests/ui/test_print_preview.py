"""The print preview as the clerk sees it: the form's pages, page x of y, masked numbers (whole
ones only for a role allowed to), the blank form, save as PDF, print to a printer, and a big
batch that shows progress and can be stopped."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Gender
from cs_desktop.services.customers.card_dto import AddressEntry, CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.forms.data import FormData
from cs_desktop.services.forms.settings import FormSettings
from cs_desktop.services.tiers.table import TierTableService
from cs_desktop.storage.models import Followup
from cs_desktop.storage.session import writing
from cs_desktop.ui.context import FormServices
from cs_desktop.ui.dialogs import print_preview
from cs_desktop.ui.dialogs.print_preview import PrintPreview
from cs_desktop.ui.printing import FormPrinting
from cs_desktop.ui.tasks import SyncTaskRunner, TaskRunner

ID = idcard.build("110105", dt.date(1985, 3, 7), 123)
DAY = dt.date(2026, 11, 24)


def text_of(preview: PrintPreview) -> str:
    """What the pages show, as the viewer reads it from the PDF."""
    doc = preview.document
    return "".join(doc.getAllText(p).text() for p in range(doc.pageCount())).replace("\n", "")


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln.split()[-1] for ln in out.stdout.splitlines() if ln.startswith("Pages:")))


@pytest.fixture(autouse=True)
def _chinese(translations: Any) -> None:
    translations.apply("zh_CN")


@pytest.fixture
def rare(database: Any) -> uuid.UUID:
    card = CustomerCardService(database.factory).create(CustomerCard(
        name="王𠮷", id_number=ID, gender=Gender.MALE, birth_date=dt.date(1985, 3, 7),
        phones=(PhoneEntry("138 0013 8000"),),
        addresses=(AddressEntry("北京市", "北京市", "东城区", "东单北大街甲88号"),)))  # fmt: skip
    assert card.id is not None
    return card.id


@pytest.fixture
def owner(qtbot: Any) -> QWidget:
    """The window previews open over (kept for the whole test, as the main window is)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _printing(database: Any, owner: QWidget, runner: Any = None,
              full: bool = False) -> FormPrinting:  # fmt: skip
    forms = FormServices(FormData(database.factory), FormSettings(database.factory))
    return FormPrinting(forms, TierTableService(database.factory), runner or SyncTaskRunner(),
                        lambda: full, lambda: DAY, owner)  # fmt: skip


def _batch(database: Any, count: int) -> None:
    cards = CustomerCardService(database.factory)
    ids = [cards.create(CustomerCard(name=f"回访客户{i:03d}")).id for i in range(count)]
    with writing(database.factory) as s:
        s.add_all(Followup(customer_id=cid, due_date=DAY, reason="visit", notes="询问用药情况")
                  for cid in ids)  # fmt: skip


def test_the_info_card_previews_masked_with_its_pages(database: Any, qtbot: Any, owner: QWidget,
                                                      rare: uuid.UUID) -> None:  # fmt: skip
    preview = _printing(database, owner).customer_form("info_card", rare, "王𠮷")
    qtbot.waitExposed(preview)
    assert preview.windowTitle() == "打印预览 — 客户资料卡 — 王𠮷"
    assert preview.page_label.text() == "第 1 页 / 共 1 页"
    shown = text_of(preview)
    assert "王𠮷" in shown and "138****8000" in shown and "110105********" + ID[-4:] in shown
    assert "13800138000" not in shown and ID not in shown
    assert not preview.full_box.isVisible()  # this role may not print numbers whole
    assert preview.blank_box.isEnabled() and not preview.blank_box.isChecked()
    assert preview.save_button.isEnabled() and preview.print_button.isEnabled()
    assert not preview.progress.isVisible() and not preview.notice.isVisible()


def test_a_role_allowed_to_prints_whole_numbers_when_ticked(database: Any, qtbot: Any, owner: QWidget,
                                                            rare: uuid.UUID) -> None:  # fmt: skip
    preview = _printing(database, owner, full=True).customer_form("info_card", rare, "王𠮷")
    qtbot.waitExposed(preview)
    assert preview.full_box.isVisible() and not preview.full_box.isChecked()
    assert "138****8000" in text_of(preview)  # masked until ticked
    preview.full_box.setChecked(True)
    assert "13800138000" in text_of(preview) and ID in text_of(preview)


def test_the_blank_form_has_the_boxes_but_not_the_customer(database: Any, qtbot: Any, owner: QWidget,
                                                           rare: uuid.UUID) -> None:  # fmt: skip
    preview = _printing(database, owner).customer_form("info_card", rare, "王𠮷")
    preview.blank_box.setChecked(True)
    shown = text_of(preview)
    assert "客户资料卡" in shown and "姓名" in shown and "证件号码" in shown
    assert "王𠮷" not in shown and "138" not in shown
    assert preview.suggested_path().endswith("客户资料卡（空白）.pdf")
    preview.blank_box.setChecked(False)
    assert "王𠮷" in text_of(preview)


def test_save_as_pdf_replaces_the_file_whole(database: Any, qtbot: Any, owner: QWidget, rare: uuid.UUID,
                                             tmp_path: Path, monkeypatch: Any) -> None:  # fmt: skip
    preview = _printing(database, owner).customer_form("management_card", rare, "王𠮷")
    target = tmp_path / "文件夹" / "管理卡.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an older file")
    asked: list[str] = []

    def choose(_parent: Any, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target.with_suffix("")), "PDF"  # typed without .pdf

    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName", choose)
    preview.save_button.click()
    assert asked[0].endswith("客户管理卡-王𠮷.pdf")
    assert preview.rendered is not None and target.read_bytes() == preview.rendered.pdf
    assert [p.name for p in target.parent.iterdir()] == ["管理卡.pdf"]  # no part file left
    assert preview.status.text() == f"已保存为 {target}"


def test_print_sends_the_chosen_pages_to_the_printer(database: Any, qtbot: Any, owner: QWidget, tmp_path: Path,
                                                     monkeypatch: Any) -> None:  # fmt: skip
    _batch(database, 3)
    preview = _printing(database, owner).followups(DAY)
    assert preview.page_label.text() == "第 1 页 / 共 3 页"
    out = tmp_path / "打印机.pdf"

    def ask(printer: QPrinter, pages: int, _parent: Any) -> bool:
        assert pages == 3
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    monkeypatch.setattr(print_preview, "ask_printer", ask)
    preview.print_button.click()
    assert pdf_pages(out) == 2
    assert preview.status.text().startswith("已将 2 页发送到")
    png = subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", str(out)],
                         capture_output=True, check=True).stdout  # fmt: skip
    darkest, _lightest = Image.open(io.BytesIO(png)).getextrema()
    assert darkest < 80  # ink on the page, not an empty sheet


def test_a_printer_dialog_cancelled_prints_nothing(database: Any, qtbot: Any, owner: QWidget, rare: uuid.UUID,
                                                   monkeypatch: Any) -> None:  # fmt: skip
    preview = _printing(database, owner).customer_form("info_card", rare, "王𠮷")
    monkeypatch.setattr(print_preview, "ask_printer", lambda *_a: False)
    preview.print_button.click()
    assert preview.status.text() == "" and preview.print_button.isEnabled()


def test_pages_and_zoom(database: Any, qtbot: Any, owner: QWidget) -> None:
    _batch(database, 3)
    preview = _printing(database, owner).followups(DAY)
    qtbot.waitExposed(preview)
    assert preview.windowTitle() == "打印预览 — 客户回访记录表 — 2026-11-24"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.page_label.text() == "第 2 页 / 共 3 页")
    preview.go_to(99)
    qtbot.waitUntil(lambda: preview.page_label.text() == "第 3 页 / 共 3 页")
    assert not preview.next_button.isEnabled()
    assert preview.zoom.currentText() == "适合宽度"
    preview.zoom_in_button.click()
    assert preview.zoom.currentText() == "125%" and preview.view.zoomFactor() == 1.25
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert preview.zoom.currentText() == "75%"
    assert "回访客户000" in text_of(preview) and "回访客户002" in text_of(preview)


def test_a_big_batch_shows_progress_and_can_be_stopped(
    database: Any, qtbot: Any, owner: QWidget
) -> None:
    _batch(database, 400)
    runner = TaskRunner()
    preview = _printing(database, owner, runner).followups(DAY)
    seen: list[str] = []  # the status at every step of the progress bar, as the clerk saw it
    preview.progress.valueChanged.connect(lambda _v: seen.append(preview.status.text()))
    try:
        assert preview.stop_button.isVisible() and not preview.print_button.isEnabled()
        qtbot.waitUntil(lambda: preview.progress.value() >= 5, timeout=30_000)
        assert seen and seen[-1].startswith("正在排版第 ") and seen[-1].endswith("共 400 份…"), (
            seen[-3:]
        )
        preview.stop_button.click()
        qtbot.waitUntil(lambda: preview.status.text().startswith("已停止"), timeout=10_000)
        assert preview.rendered is None and preview.page_count() == 0
        assert not preview.save_button.isEnabled() and not preview.stop_button.isVisible()
    finally:
        preview.stop()
        runner.wait(30_000)


def test_a_deleted_customer_is_said_in_words(database: Any, qtbot: Any, owner: QWidget,
                                             rare: uuid.UUID) -> None:  # fmt: skip
    CustomerCardService(database.factory).delete(rare)
    preview = _printing(database, owner).customer_form("followup", rare, "王𠮷")
    assert preview.status.text() == "该客户已不存在。"
    assert not preview.print_button.isEnabled() and preview.page_label.text() == ""


def test_the_tier_table_without_a_rule_says_what_to_do(database: Any, qtbot: Any,
                                                       owner: QWidget) -> None:  # fmt: skip
    preview = _printing(database, owner).tiers()  # a new database: no tier rule chosen yet
    assert preview.status.text() == "没有启用的分级规则：请先在“设置 > 客户等级”中选择一个。"
    assert preview.rendered is None and not preview.print_button.isEnabled()
    preview.blank_box.setChecked(True)  # the blank table needs no rule
    assert "客户等级分类表" in text_of(preview) and preview.print_button.isEnabled()
