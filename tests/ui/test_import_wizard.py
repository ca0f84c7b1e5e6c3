"""The import wizard driven through with a real file and a real database: file, columns,
matches, check, import; the list refreshes; the mapping is remembered; cancel changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from cs_desktop.domain import idcard
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.importing import CustomerImportService
from cs_desktop.services.customers.validation import Problem
from cs_desktop.services.demo.import_file import write_demo_csv
from cs_desktop.storage.models import Customer
from cs_desktop.ui.dialogs import card_texts, import_wizard
from cs_desktop.ui.dialogs.import_wizard import ImportWizard
from cs_desktop.ui.tasks import SyncTaskRunner, TaskRunner

ID = idcard.build("330106", dt.date(1985, 3, 9), 123)
BAD_ID = ID[:-1] + ("1" if ID[-1] != "1" else "2")
JI = "\U00020bb7"


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "客户名单.csv"
    text = ("联系人,性别,身份证号,手机,地址,客户代号\r\n"
            f"张三,男,{ID},138 0013 8000,浙江省杭州市西湖区文三路90号,A1\r\n"
            f"李四,女,{BAD_ID},13900139000,,A2\r\n"
            f"王{JI},男,,13700137000,北京市朝阳区建国路88号,A3\r\n")  # fmt: skip
    path.write_bytes(text.encode("gbk", errors="strict") if JI not in text
                     else text.encode("gb18030"))  # fmt: skip
    return path


def _customers(database) -> int:  # type: ignore[no-untyped-def]
    with database.factory() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def test_the_wizard_imports_a_file_and_the_list_shows_it(make_window, qtbot, tmp_path,
                                                         monkeypatch, database, prefs) -> None:  # fmt: skip
    CustomerCardService(database.factory).create(CustomerCard(
        name="张三", id_number=ID, phones=(PhoneEntry("13800138000"),), notes="老客户"))  # fmt: skip
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    assert page.model.rowCount() == 1
    path = _file(tmp_path)
    monkeypatch.setattr(import_wizard.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(path), "")))  # fmt: skip

    page.import_button.click()
    wizard = page.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert not wizard.file_page.isComplete()
    wizard.file_page.browse_button.click()
    assert wizard.file_page.isComplete()
    assert "GBK" in wizard.file_page.info.text() and "3" in wizard.file_page.info.text()

    wizard.next()  # columns
    mapping = wizard.mapping_page
    assert mapping.mapping() == {"联系人": "", "性别": "gender", "身份证号": "id_number",
                                 "手机": "phone", "地址": "address", "客户代号": ""}  # fmt: skip
    assert not mapping.isComplete() and mapping.status.text()  # no name column yet
    mapping.set_field("联系人", "name")
    assert mapping.isComplete() and mapping.status.text() == ""

    wizard.next()  # matches
    options = wizard.options_page
    options.match.setCurrentIndex(options.match.findData("id"))
    options.on_match.setCurrentIndex(options.on_match.findData("update"))

    wizard.next()  # check: the dry run
    check = wizard.check_page
    report = wizard.report
    assert report is not None
    assert (report.created, report.updated, report.rejected_lines) == (1, 1, 1)
    assert check.table.rowCount() == 1
    assert check.table.item(0, 0).data(0) == 3 and check.table.item(0, 1).text() == "身份证号"
    # The card dialog's own sentence, in the interface language.
    assert check.table.item(0, 2).text() == card_texts.problem_text(
        Problem("id_number", "id_check_digit"))  # fmt: skip
    assert "校验" in check.table.item(0, 2).text()
    assert check.skip_rejected.isVisible() and not check.isComplete()
    check.skip_rejected.setChecked(True)
    assert check.isComplete()
    assert _customers(database) == 1  # nothing written by the check

    wizard.next()  # import
    commit = wizard.commit_page
    assert commit.isComplete() and commit.progress.value() == commit.progress.maximum()
    assert wizard.result is not None and wizard.result.written
    assert _customers(database) == 2
    assert page.model.rowCount() == 2  # the list refreshed from the broadcast Changes
    page.search.setText(f"王{JI}")
    page._apply_query()
    assert page.model.rowCount() == 1

    # The mapping is remembered for files with these columns.
    headers = ("联系人", "性别", "身份证号", "手机", "地址", "客户代号")
    assert prefs.import_mapping(headers)["联系人"] == "name"
    wizard.accept()
    again = ImportWizard(CustomerImportService(database.factory), SyncTaskRunner(), prefs)
    qtbot.addWidget(again)
    again.show()
    again.file_page.load(path)
    again.next()
    assert again.mapping_page.mapping()["联系人"] == "name" and again.mapping_page.isComplete()
    again.next()
    assert again.options_page.on_match.currentData() == "update"  # last choices kept


def test_a_bad_file_is_explained_and_cannot_go_on(qtbot, tmp_path, database, prefs,
                                                  translations) -> None:  # fmt: skip
    translations.apply("zh_CN")
    path = tmp_path / "照片.csv"
    path.write_bytes(bytes(range(256)) * 20)
    wizard = ImportWizard(CustomerImportService(database.factory), SyncTaskRunner(), prefs)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(path)
    assert not wizard.file_page.isComplete()
    assert "不是" in wizard.file_page.info.text()


def test_cancel_while_importing_leaves_the_database_unchanged(qtbot, tmp_path, database,
                                                             prefs) -> None:  # fmt: skip
    demo = write_demo_csv(tmp_path / "demo.csv", 20_000, bad_every=0)
    runner = TaskRunner()
    wizard = ImportWizard(CustomerImportService(database.factory), runner, prefs)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(demo.path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=20_000)
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=60_000)
    wizard.next()
    assert wizard.commit_page.running
    wizard.reject()  # the wizard's Cancel while importing cancels the import, keeps the wizard
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.commit_page.finished, timeout=60_000)
    runner.wait()
    assert wizard.result is None
    assert _customers(database) == 0
    assert wizard.commit_page.status.text() and wizard.isVisible()
