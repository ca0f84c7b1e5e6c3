"""The Sync page as the administrator and the supervisor see it, with two real sites (two SQLite
files, each with its own window): keys and fingerprints, trusting after comparing fingerprints,
export and import through the page with progress, cancel and a summary, refusals in words,
the history, and the conflict review with keep, flip and the policy."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from cs_desktop.cli_sync import _ERRORS
from cs_desktop.domain.enums import Role
from cs_desktop.domain.sync.merge import Policy
from cs_desktop.services.accounts.actor import Actor, bind_actor
from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.database import Database, open_database
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Customer, Staff, SyncPackage
from cs_desktop.storage.session import writing
from cs_desktop.sync import keys
from cs_desktop.sync.exporting import export_package
from cs_desktop.ui.dialogs.sync_texts import refusal
from cs_desktop.ui.pages import sync_sites, sync_transfer
from cs_desktop.ui.tasks import SyncTaskRunner


@pytest.fixture
def open_site(migrated_template: Path, tmp_path: Path):
    made: list[Database] = []
    folder = tmp_path / "站点"
    folder.mkdir()

    def make(name: str) -> Database:
        path = folder / f"{name}.sqlite3"
        shutil.copyfile(migrated_template, path)
        db = open_database(path, site_name=name)
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


@pytest.fixture
def window_for(qtbot, prefs, translations):
    from cs_desktop.app import build_window

    def make(db: Database, runner=None):
        translations.apply(prefs.language)
        window = build_window(db, prefs, translations, runner or SyncTaskRunner())
        qtbot.addWidget(window)
        window.show()
        window.show_page("sync")
        return window

    return make


def _trust_each_other(a: Database, b: Database, folder: Path) -> None:
    for x, y in ((a, b), (b, a)):
        path = folder / f"{x.site.name}.key"
        keys.write_key_file(x.factory, path)
        keys.trust(y.factory, keys.read_key_file(path))


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def _dump(db: Database) -> list[str]:
    path = db.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _save_to(monkeypatch, module, path: Path) -> None:
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(path), ""))  # fmt: skip


def _open(monkeypatch, module, path: Path) -> None:
    monkeypatch.setattr(module.QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(path), ""))  # fmt: skip


def _staff(db: Database, role: Role, name: str) -> Actor:
    with writing(db.factory) as s:
        staff = Staff(username=name, display_name=name, role=role.value)
        s.add(staff)
        s.flush()
        return Actor(staff.id, name, name, role)


# --- sites and keys ------------------------------------------------------------------------------
def test_this_sites_fingerprint_its_key_file_and_trusting_another_site(
        open_site, window_for, monkeypatch, tmp_path) -> None:  # fmt: skip
    a, b = open_site("甲站"), open_site("乙站")
    window = window_for(a)
    page = window.sync_page
    own = keys.own_key(a.factory)
    assert page.tabs.tabText(0) == "站点与密钥"
    assert page.sites.own_site.text() == f"本站：甲站（{own.code}）"
    assert page.sites.fingerprint.text() == f"密钥指纹：{own.fingerprint}"
    assert not page.exporting.export_button.isEnabled()  # nobody to export to yet
    assert page.exporting.export_button.toolTip() == "请先信任对方站点（站点与密钥）。"

    # Save this site's key for the other site: the message repeats the fingerprint to read out.
    key_file = tmp_path / "甲站.key"
    _save_to(monkeypatch, sync_sites, key_file)
    page.sites.save_key_button.click()
    assert keys.read_key_file(key_file).fingerprint == own.fingerprint
    assert "密钥已保存到" in page.sites.message.text()
    assert own.fingerprint in page.sites.message.text()

    # Trust 乙站 from its key file: the question shows its name and fingerprint; Cancel trusts
    # nothing, confirming after the phone call does.
    b_key = tmp_path / "乙站.key"
    b_print = keys.write_key_file(b.factory, b_key).fingerprint
    _open(monkeypatch, sync_sites, b_key)
    page.sites.trust_button.click()
    question = page.sites.question
    assert question.isVisible()
    assert "站点：乙站" in question.text() and b_print in question.text()
    assert "请致电乙站的管理员" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert page.sites.model.rowCount() == 0
    page.sites.trust_button.click()
    page.sites.question.button(QMessageBox.StandardButton.Yes).click()
    assert page.sites.message.text() == "已信任乙站：此后接受其同步包。"
    rows = _rows(page.sites.model)
    assert [r[0] for r in rows] == ["乙站"] and rows[0][2] == b_print and rows[0][4] == "从未"
    assert page.exporting.site.currentText().startswith("乙站")
    assert page.exporting.export_button.isEnabled()

    # Its own key file is refused in words.
    _open(monkeypatch, sync_sites, key_file)
    page.sites.trust_button.click()
    assert page.sites.message.text() == "这是本站自己的密钥：站点无需信任自己。"

    # Untrust, after a confirmation; its packages are then refused.
    page.sites.table.selectRow(0)
    page.sites.untrust_button.click()
    assert "取消对乙站的信任？" in page.sites.question.text()
    page.sites.question.button(QMessageBox.StandardButton.Yes).click()
    assert page.sites.model.rowCount() == 0
    assert page.sites.message.text() == "已取消对乙站的信任。"
    assert page.exporting.site.count() == 0


def test_a_site_key_that_changed_is_flagged_before_trusting(
        open_site, window_for, monkeypatch, tmp_path) -> None:  # fmt: skip
    a, b = open_site("甲站"), open_site("乙站")
    _trust_each_other(a, b, tmp_path)
    forged = tmp_path / "乙站-假.key"
    keys.write_key_file(b.factory, forged)
    data = forged.read_text(encoding="utf-8")
    other = keys._raw_public(keys.Ed25519PrivateKey.generate())
    forged.write_text(data.replace(keys.own_key(b.factory).public_key, other), encoding="utf-8")
    page = window_for(a).sync_page
    _open(monkeypatch, sync_sites, forged)
    page.sites.trust_button.click()
    assert "警告：该站点已以另一个不同的密钥被信任" in page.sites.question.text()
    assert keys.fingerprint(other) in page.sites.question.text()


# --- two sites through the page ------------------------------------------------------------------
def test_two_sites_exchange_through_the_page(open_site, window_for, monkeypatch, tmp_path) -> None:
    a, b = open_site("甲站"), open_site("乙站")
    _trust_each_other(a, b, tmp_path)
    ca = CustomerCardService(a.factory)
    ji = ca.create(CustomerCard(name="𠮷祥", notes="初诊")).id
    ca.create(CustomerCard(name="王芳"))
    gone = ca.create(CustomerCard(name="李四")).id

    window_a, window_b = window_for(a), window_for(b)
    page_a, page_b = window_a.sync_page, window_b.sync_page
    out = tmp_path / "甲到乙.zip"
    _save_to(monkeypatch, sync_transfer, out)
    assert page_a.exporting.changes.text() == "自上次导出给它以来的修改（尚未导出过：即全部）"
    page_a.exporting.export_button.click()
    summary = page_a.exporting.summary.text()
    assert out.exists() and not out.with_name(out.name + ".part").exists()
    assert summary.startswith("已为乙站导出") and str(out) in summary
    assert "客户资料卡 3" in summary and "字节" in summary
    assert not page_a.exporting.progress.isVisible()
    history = _rows(page_a.history.model)
    assert [(r[1], r[2], r[5]) for r in history] == [("发出", "乙站", "已发出")]
    assert "从未" not in page_a.exporting.changes.text()  # the last export's time is shown

    _open(monkeypatch, sync_transfer, out)
    page_b.importing.import_button.click()
    text = page_b.importing.summary.text()
    assert text.startswith("已从甲站导入：新增 ")
    assert "客户资料卡 3" in text and "没有冲突。" in text
    assert "color: #b91c1c" not in page_b.importing.summary.styleSheet()
    cb = CustomerCardService(b.factory)
    assert cb.get(ji).name == "𠮷祥"
    assert [(r[1], r[2], r[5]) for r in _rows(page_b.history.model)] == [("收到", "甲站", "已导入")]

    # The same file again: information, not an error, and nothing changes.
    before = _dump(b)
    page_b.importing.import_button.click()
    assert page_b.importing.summary.text() == "来自甲站的这个文件已经导入过，无需再次导入。"
    assert "#1d4ed8" in page_b.importing.summary.styleSheet()
    assert _dump(b) == before

    # A deletion and an edit at 甲站 travel in the next package, since the last export.
    ca.delete(gone)
    ca.update(dataclasses.replace(ca.get(ji), notes="复诊"))
    second = tmp_path / "甲到乙-2.zip"
    _save_to(monkeypatch, sync_transfer, second)
    page_a.exporting.export_button.click()
    assert "王芳" not in second.read_bytes().decode("latin-1")  # only what changed since
    _open(monkeypatch, sync_transfer, second)
    page_b.importing.import_button.click()
    assert cb.get(ji).notes == "复诊"
    text = page_b.importing.summary.text()
    assert "新增 0 条，修改 2 条。" in text and "对方站点删除的记录：1 条。" in text
    with b.factory() as s:
        assert s.get(Customer, gone).deleted_at is not None


def test_bad_files_are_refused_in_words_and_change_nothing(
        open_site, window_for, monkeypatch, tmp_path) -> None:  # fmt: skip
    a, b, c = open_site("甲站"), open_site("乙站"), open_site("丙站")
    _trust_each_other(a, b, tmp_path)
    CustomerCardService(a.factory).create(CustomerCard(name="𠮷祥"))
    good = tmp_path / "甲到乙.zip"
    export_package(a.factory, "乙站", good)
    page = window_for(b).sync_page
    before = _dump(b)

    def refused(path: Path) -> str:
        _open(monkeypatch, sync_transfer, path)
        page.importing.import_button.click()
        assert _dump(b) == before
        assert "#b91c1c" in page.importing.summary.styleSheet()
        return page.importing.summary.text()

    cut = tmp_path / "截断.zip"
    cut.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    assert refused(cut).startswith("文件已损坏或不完整")

    untrusted = tmp_path / "丙到乙.zip"
    keys.write_key_file(b.factory, tmp_path / "乙站.key")
    keys.trust(c.factory, keys.read_key_file(tmp_path / "乙站.key"))
    CustomerCardService(c.factory).create(CustomerCard(name="丙的客户"))
    export_package(c.factory, "乙站", untrusted)
    assert refused(untrusted) == ("文件来自本数据库未信任的站点（丙站）。请先在“站点与密钥”中信任"
                                  "其密钥，并通过电话核对指纹。")  # fmt: skip

    own = tmp_path / "乙到甲.zip"
    export_package(b.factory, "甲站", own)
    before = _dump(b)
    assert refused(own) == "这个文件是本站自己导出的，没有需要导入的内容。"

    altered = tmp_path / "改过.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(altered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith("customers.jsonl"):
                data = data.replace("𠮷祥".encode(), "假冒".encode())
            dst.writestr(info, data)
    assert refused(altered).startswith("文件在签名后被改动过（校验和不符）")


def test_every_refusal_the_core_reports_has_a_chinese_sentence() -> None:
    codes = set(_ERRORS) | {"conflict_not_found", "conflict_not_flippable",
                            "conflict_row_missing", "forbidden"}  # fmt: skip
    params = {"path": "x.zip", "site": "丙站", "format": 9, "schema": "0099"}
    for code in sorted(codes):
        text = refusal(ServiceError(code, **params))
        assert not text.startswith("已拒绝"), code  # the fallback names the bare code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (code, text)
        assert "{" not in text, (code, text)


class _CancelledAtOnce(SyncTaskRunner):
    """As if the user pressed Cancel as soon as the work started."""

    def write(self, fn, on_done=None, on_error=None):
        def cancelled_first(ctx):
            ctx.cancel()
            return fn(ctx)

        return super().write(cancelled_first, on_done, on_error)


def test_cancel_leaves_no_file_and_no_change(open_site, window_for, monkeypatch,
                                             tmp_path) -> None:  # fmt: skip
    a, b = open_site("甲站"), open_site("乙站")
    _trust_each_other(a, b, tmp_path)
    CustomerCardService(a.factory).create(CustomerCard(name="𠮷祥"))
    package = tmp_path / "甲到乙.zip"
    export_package(a.factory, "乙站", package)
    runner = _CancelledAtOnce()
    page_a = window_for(a, runner).sync_page
    out = tmp_path / "取消.zip"
    _save_to(monkeypatch, sync_transfer, out)
    page_a.exporting.export_button.click()
    assert page_a.exporting.summary.text() == "导出已取消：未写入文件，也未记录任何内容。"
    assert not out.exists() and not out.with_name(out.name + ".part").exists()
    with a.factory() as s:
        assert len(s.scalars(select(SyncPackage)).all()) == 1  # only the one exported above

    page_b = window_for(b, runner).sync_page
    before = _dump(b)
    _open(monkeypatch, sync_transfer, package)
    page_b.importing.import_button.click()
    assert page_b.importing.summary.text() == "导入已取消：未做任何更改。"
    assert page_b.importing.import_button.isEnabled()
    assert _dump(b) == before


# --- conflicts -------------------------------------------------------------------------------------
def _conflict(a: Database, b: Database, folder: Path) -> uuid.UUID:
    """周九's notes changed at both sites unseen: 乙站 keeps its own (newer), 甲站's is lost."""
    clock = {"ms": 1_800_000_000_000}
    for db in (a, b):
        db.factory.kw["info"]["sync_clock"] = lambda: clock["ms"]
    ca, cb = CustomerCardService(a.factory), CustomerCardService(b.factory)
    card = ca.create(CustomerCard(name="周九", notes="初诊"))
    from cs_desktop.sync.importing import import_package

    for n, (src, dst) in enumerate([(a, b)]):
        export_package(src.factory, dst.site.name, folder / f"{n}.zip")
        import_package(dst.factory, folder / f"{n}.zip")
    clock["ms"] += 1000
    ca.update(dataclasses.replace(ca.get(card.id), notes="甲改的备注"))
    clock["ms"] += 1000
    cb.update(dataclasses.replace(cb.get(card.id), notes="乙改的备注"))
    export_package(a.factory, "乙站", folder / "冲突.zip")
    return card.id


def test_the_conflict_review_lists_both_values_and_flips(
        open_site, window_for, monkeypatch, tmp_path) -> None:  # fmt: skip
    a, b = open_site("甲站"), open_site("乙站")
    _trust_each_other(a, b, tmp_path)
    card_id = _conflict(a, b, tmp_path)
    page = window_for(b).sync_page
    _open(monkeypatch, sync_transfer, tmp_path / "冲突.zip")
    page.importing.import_button.click()
    assert "有 1 个值与对方站点的修改冲突" in page.importing.summary.text()
    assert page.tabs.tabText(4) == "冲突（1）"
    rows = _rows(page.conflicts.model)
    assert len(rows) == 1
    assert rows[0][:5] == ["客户资料卡：周九", "备注", "乙改的备注", "甲改的备注", "甲站"]
    assert [r[4] for r in _rows(page.history.model)] == ["1", ""]  # newest first

    page.conflicts.table.selectRow(0)
    page.conflicts.flip_button.click()
    assert CustomerCardService(b.factory).get(card_id).notes == "甲改的备注"
    assert page.conflicts.message.text().startswith("客户资料卡：周九的备注现为“甲改的备注”")
    assert page.conflicts.model.rowCount() == 0 and page.tabs.tabText(4) == "冲突"


def test_keep_and_the_policy_by_role(open_site, window_for, monkeypatch, tmp_path) -> None:
    a, b = open_site("甲站"), open_site("乙站")
    _trust_each_other(a, b, tmp_path)
    card_id = _conflict(a, b, tmp_path)
    from cs_desktop.sync.importing import import_package

    import_package(b.factory, tmp_path / "冲突.zip")
    supervisor = _staff(b, Role.SUPERVISOR, "主管")
    counter = _staff(b, Role.COUNTER, "前台")
    admin = _staff(b, Role.ADMIN, "管理员")

    bind_actor(b.factory, counter)
    page = window_for(b).sync_page
    assert not page.conflicts.table.isEnabled() and page.conflicts.model.rowCount() == 0
    assert page.conflicts.note.text() == "只有主管和管理员可以审核冲突。"
    assert not page.importing.import_button.isEnabled()
    assert not page.sites.trust_button.isEnabled()
    with pytest.raises(ServiceError):
        page._sync.conflicts()

    bind_actor(b.factory, supervisor)
    page.on_changes(Changes.all())
    assert page.conflicts.model.rowCount() == 1
    assert not page.conflicts.policy.isEnabled()
    assert page.conflicts.note.text() == "只有管理员可以更改处理规则。"
    assert not page.sites.trust_button.isEnabled()
    page.conflicts.table.selectRow(0)
    page.conflicts.keep_button.click()
    assert CustomerCardService(b.factory).get(card_id).notes == "乙改的备注"
    assert page.conflicts.message.text() == "客户资料卡：周九的备注：已保留“乙改的备注”。"
    assert page.conflicts.model.rowCount() == 0
    with pytest.raises(ServiceError):
        page._sync.set_policy(Policy.THEIRS)

    bind_actor(b.factory, admin)
    page.on_changes(Changes.all())
    assert page.conflicts.policy.isEnabled()
    assert page.conflicts.policy.currentText() == "按字段以最新修改为准"
    page.conflicts.policy.setCurrentIndex(page.conflicts.policy.findData("theirs"))
    page.conflicts.policy.activated.emit(page.conflicts.policy.currentIndex())
    assert page._sync.policy() is Policy.THEIRS
    assert page.importing.policy.text() == "两个站点修改了同一字段时：采用对方站点的值"
    assert page.conflicts.message.text() == "自下次导入起：采用对方站点的值。"


def test_export_everything_or_since_a_day_and_in_the_background(
        open_site, window_for, monkeypatch, tmp_path, qtbot) -> None:  # fmt: skip
    from cs_desktop.ui.tasks import TaskRunner

    a, b = open_site("甲站"), open_site("乙站")
    _trust_each_other(a, b, tmp_path)
    cards = CustomerCardService(a.factory)
    for name in ("𠮷祥", "王芳"):
        cards.create(CustomerCard(name=name))
    runner = TaskRunner()
    page = window_for(a, runner).sync_page
    qtbot.waitUntil(lambda: page.exporting.site.count() == 1)
    page.tabs.setCurrentIndex(1)
    first = tmp_path / "1.zip"
    _save_to(monkeypatch, sync_transfer, first)
    page.exporting.export_button.click()
    assert page.exporting.progress.isVisible()  # the work runs on the writer thread
    assert not page.exporting.export_button.isEnabled()
    qtbot.waitUntil(lambda: page.exporting.summary.text().startswith("已为乙站导出"))
    assert not page.exporting.progress.isVisible() and page.exporting.export_button.isEnabled()
    assert "客户资料卡 2" in page.exporting.summary.text()

    # Nothing changed since: an empty package; everything sends the cards again.
    _save_to(monkeypatch, sync_transfer, tmp_path / "2.zip")
    page.exporting.export_button.click()
    qtbot.waitUntil(lambda: "导出 0 条记录" in page.exporting.summary.text())
    assert page.exporting.summary.text().endswith("：无。")
    page.exporting.everything.setChecked(True)
    _save_to(monkeypatch, sync_transfer, tmp_path / "3.zip")
    page.exporting.export_button.click()
    qtbot.waitUntil(lambda: "3.zip" in page.exporting.summary.text())
    assert "客户资料卡 2" in page.exporting.summary.text()
    page.exporting.since.setChecked(True)
    assert page.exporting.since_date.isEnabled()
    page.exporting.since_date.setDate(page.exporting.since_date.date().addDays(60))
    _save_to(monkeypatch, sync_transfer, tmp_path / "4.zip")
    page.exporting.export_button.click()
    qtbot.waitUntil(lambda: "4.zip" in page.exporting.summary.text())
    assert "导出 0 条记录" in page.exporting.summary.text()  # nothing changed after that day
    runner.wait()
    qtbot.wait(50)  # deliver the last results while the window still exists


def test_cancel_during_an_import_rolls_back_what_was_already_merged(
        open_site, window_for, monkeypatch, tmp_path, qtbot) -> None:  # fmt: skip
    import time

    from cs_desktop.ui.tasks import TaskRunner

    a, b = open_site("甲站"), open_site("乙站")
    _trust_each_other(a, b, tmp_path)
    CustomerCardService(a.factory).create(CustomerCard(name="𠮷祥"))
    package = tmp_path / "甲到乙.zip"
    export_package(a.factory, "乙站", package)
    runner = TaskRunner()
    page = window_for(b, runner).sync_page
    runner.wait()
    qtbot.wait(20)
    before = _dump(b)
    real = page._sync.import_file

    def held_halfway(path, progress=None):
        def gated(done: int, total: int) -> None:
            progress(done, total)
            if done == 5:  # customers are merged by now: hold until Cancel is pressed
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline:
                    progress(done, total)  # raises once cancelled
                    time.sleep(0.01)

        return real(path, progress=gated)

    monkeypatch.setattr(page._sync, "import_file", held_halfway)
    page.tabs.setCurrentIndex(2)
    _open(monkeypatch, sync_transfer, package)
    page.importing.import_button.click()
    bar = page.importing.progress.bar
    qtbot.waitUntil(lambda: bar.value() == 5 and bar.maximum() > 5)
    assert page.importing.summary.text() == "正在导入 甲到乙.zip…"
    page.importing.progress.cancel_button.click()
    qtbot.waitUntil(lambda: page.importing.summary.text() == "导入已取消：未做任何更改。")
    assert not page.importing.progress.isVisible()
    runner.wait()
    qtbot.wait(20)
    assert _dump(b) == before
