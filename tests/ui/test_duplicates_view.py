"""The duplicates view and the deleted-cards view, as a clerk and a supervisor use them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cs_desktop.domain.enums import Gender
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import DuplicateService, Signal
from cs_desktop.services.customers.merge import MergeService
from cs_desktop.ui.dialogs.deleted_cards import DeletedCardsDialog, deleted_columns
from cs_desktop.ui.dialogs.duplicates import DuplicatesDialog, pair_columns
from cs_desktop.ui.dialogs.merge_history import merge_columns
from cs_desktop.ui.models.rows import RowsModel
from cs_desktop.ui.tasks import SyncTaskRunner, TaskRunner

BIRTH = dt.date(1980, 5, 17)


@pytest.fixture
def cards(database) -> CustomerCardService:
    return CustomerCardService(database.factory)


def _names(page) -> list[str]:
    model = page.model
    return sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))


def _pair_texts(dialog: DuplicatesDialog) -> list[list[str]]:
    model = dialog.pairs
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _answer(box: QMessageBox | None, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    box.button(button).click()


def _zhang_san_twice(cards: CustomerCardService) -> tuple[CustomerCard, CustomerCard]:
    first = cards.create(CustomerCard(name="张三", birth_date=BIRTH, gender=Gender.MALE,
                                      phones=(PhoneEntry("13800138000"),)))  # fmt: skip
    second = cards.create(CustomerCard(name="章三", birth_date=BIRTH, email="zs@example.cn",
                                       phones=(PhoneEntry("13911112222"),)))  # fmt: skip
    cards.create(CustomerCard(name="李四", birth_date=dt.date(1990, 1, 2)))
    return first, second


def test_the_list_models_pass_the_model_tester(qtmodeltester, cards, database) -> None:
    first, second = _zhang_san_twice(cards)
    pairs = RowsModel(pair_columns())
    pairs.set_rows(DuplicateService(database.factory).ranked_pairs())
    qtmodeltester.check(pairs)
    merges = MergeService(database.factory)
    merges.merge(first.id, second.id)
    merge_list = RowsModel(merge_columns())
    merge_list.set_rows(merges.recent())
    qtmodeltester.check(merge_list)
    cards.delete(first.id)
    deleted = RowsModel(deleted_columns())
    deleted.set_rows(cards.deleted_cards().rows)
    qtmodeltester.check(deleted)
    pairs.remove_where(lambda _p: True)
    assert pairs.rowCount() == 0
    qtmodeltester.check(pairs)


def test_find_compare_merge_and_undo_a_pair(make_window, cards, qtbot) -> None:
    first, second = _zhang_san_twice(cards)
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    assert page.duplicates_button.text() == "重复客户…"
    assert _names(page) == ["张三", "李四", "章三"]

    qtbot.mouseClick(page.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = page.duplicates_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "重复客户"
    rows = _pair_texts(dialog)
    assert len(rows) == 1
    score, a, b, why = rows[0]
    assert {a, b} == {"张三", "章三"} and score == "70" and why == "姓名读音及出生日期相同"
    assert dialog.status.text() == "1 对可能重复，按相似度排列。"

    # The first pair is selected and both cards are shown side by side, differences marked.
    compare = dialog.compare
    shown = compare.cards()
    assert shown is not None and {c.name for c in shown} == {"张三", "章三"}
    assert {"name", "gender", "email", "phones"} <= set(compare.differing_rows())
    assert "birth_date" not in compare.differing_rows()
    # Keep 张三's card; its empty e-mail is filled from 章三 unless the user says otherwise.
    which = [c.name for c in shown].index("张三")
    compare.choose_survivor(which)
    assert compare.kept_card().name == "张三"
    assert compare.take_from_merged() == ["email"]
    compare.choose_value("gender", 1 - which)  # 章三 has no gender: keep that emptiness
    assert compare.take_from_merged() == ["gender", "email"]
    compare.choose_value("gender", which)

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "将章三的资料卡合并到张三的资料卡？" in dialog.question.text()
    assert "采用章三的字段：电子邮件。" in dialog.question.text()
    _answer(dialog.question, QMessageBox.StandardButton.Yes)

    assert dialog.pairs.rowCount() == 0
    assert dialog.status.text() == "未发现可能重复的资料卡。"
    assert dialog.done_note.text() == "已将 章三 合并到 张三。"
    assert _names(page) == ["张三", "李四"]  # the list refreshed by the broadcast Changes
    assert window.counts_status.text().startswith("客户 2")
    kept = cards.get(first.id)
    assert kept.email == "zs@example.cn" and kept.gender == Gender.MALE
    assert {p.digits for p in kept.phones} == {"13800138000", "13911112222"}

    # The merge is listed under Recent merges, and undone from there.
    history = dialog.history
    assert history.merge_list.rowCount() == 1
    record = history.merge_list.row_at(0)
    assert (record.kept_name, record.merged_name) == ("张三", "章三")
    texts = [history.merge_list.data(history.merge_list.index(0, c)) for c in range(7)]
    assert texts[3] == "电子邮件"  # the field taken, named
    assert texts[4] == "电话 1"  # 章三's phone moved to 张三
    assert texts[6] == "可撤销"
    dialog.tabs.setCurrentIndex(1)
    history.merge_view.selectRow(0)
    assert history.undo_button.isEnabled()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    _answer(history.question, QMessageBox.StandardButton.Yes)

    assert _names(page) == ["张三", "李四", "章三"]
    assert cards.get(first.id).email == ""
    assert dialog.pairs.rowCount() == 1  # searched again: the pair is back
    assert history.merge_list.row_at(0).undone_at is not None
    assert not history.undo_button.isEnabled()
    assert dialog.done_bar.isHidden()
    assert second.id in {dialog.pairs.row_at(0).first_id, dialog.pairs.row_at(0).second_id}


def test_undo_right_after_merging_from_the_message_bar(make_window, cards, qtbot) -> None:
    _zhang_san_twice(cards)
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    page.open_duplicates()
    dialog = page.duplicates_dialog
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    _answer(dialog.question, QMessageBox.StandardButton.Yes)
    assert len(_names(page)) == 2 and dialog.done_bar.isVisible()
    qtbot.mouseClick(dialog.undo_last_button, Qt.MouseButton.LeftButton)
    assert len(_names(page)) == 3 and dialog.pairs.rowCount() == 1


def test_a_cancelled_merge_changes_nothing(make_window, cards, qtbot) -> None:
    _zhang_san_twice(cards)
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    page.open_duplicates()
    dialog = page.duplicates_dialog
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    _answer(dialog.question, QMessageBox.StandardButton.Cancel)
    assert dialog.pairs.rowCount() == 1 and len(_names(page)) == 3


def test_the_search_runs_in_the_background_and_can_be_stopped(
    qtbot, cards, database, translations
) -> None:
    translations.apply("zh_CN")
    _zhang_san_twice(cards)
    runner = TaskRunner()
    dialog = DuplicatesDialog(DuplicateService(database.factory), cards,
                              MergeService(database.factory), runner)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_search()
    assert dialog.stop_button.isVisible() and not dialog.search_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.pairs.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.compare.cards() is not None, timeout=5000)
    assert not dialog.stop_button.isVisible() and dialog.merge_button.isEnabled()

    dialog.start_search()
    dialog.stop_search()
    qtbot.waitUntil(lambda: dialog.search_button.isEnabled(), timeout=5000)
    assert dialog.status.text() in ("已停止查找。", "1 对可能重复，按相似度排列。")
    runner.wait()


def test_name_only_pairs_are_listed_on_request(make_window, cards) -> None:
    cards.create(CustomerCard(name="刘备"))
    cards.create(CustomerCard(name="刘备"))
    window = make_window(SyncTaskRunner())
    window.customers_page.open_duplicates()
    dialog = window.customers_page.duplicates_dialog
    assert dialog.pairs.rowCount() == 0
    dialog.name_only.setChecked(True)
    assert _pair_texts(dialog) == [["20", "刘备", "刘备", "仅姓名读音相同"]]


def test_delete_a_card_and_restore_it(make_window, cards, qtbot) -> None:
    _zhang_san_twice(cards)
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    page.table.selectRow(0)
    name = page.selected_row().name
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert name in page.question.text() and "已删除的客户" in page.question.text()
    _answer(page.question, QMessageBox.StandardButton.Cancel)
    assert len(_names(page)) == 3
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _answer(page.question, QMessageBox.StandardButton.Yes)
    assert name not in _names(page) and len(_names(page)) == 2

    qtbot.mouseClick(page.deleted_button, Qt.MouseButton.LeftButton)
    dialog = page.deleted_dialog
    assert isinstance(dialog, DeletedCardsDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "已删除的客户"
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).name == name
    assert dialog.count_label.text() == "已删除 1 张资料卡"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    _answer(dialog.question, QMessageBox.StandardButton.Yes)
    assert name in _names(page) and len(_names(page)) == 3
    assert dialog.model.rowCount() == 0
    assert dialog.done_label.text() == f"{name} 已回到客户列表。"

    # Deleting again while the dialog is open shows the card there at once.
    page.table.selectRow(0)
    page.editor.delete_card(page.selected_row().id)
    assert dialog.model.rowCount() == 1


def test_deleted_cards_filter(make_window, cards, qtbot) -> None:
    first, second = _zhang_san_twice(cards)
    cards.delete(first.id)
    cards.delete(second.id)
    window = make_window(SyncTaskRunner())
    window.customers_page.open_deleted_cards()
    dialog = window.customers_page.deleted_dialog
    assert dialog.model.rowCount() == 2
    dialog.search.setText("zhang")
    dialog.reload()
    # Both readings are stored as full pinyin: 张 zhang and 章 zhang.
    assert dialog.model.rowCount() == 2
    dialog.search.setText("章")
    dialog.reload()
    assert [r.name for r in dialog.model.rows()] == ["章三"]


def test_signals_are_named_for_every_kind() -> None:
    from cs_desktop.ui.dialogs.merge_texts import signals_text

    assert signals_text(frozenset(Signal))  # no KeyError for any signal


def test_not_the_same_customer_is_remembered_and_can_be_taken_back(
    make_window, cards, qtbot
) -> None:
    _zhang_san_twice(cards)
    window = make_window(SyncTaskRunner())
    page = window.customers_page
    page.open_duplicates()
    dialog = page.duplicates_dialog
    assert dialog.distinct_button.text() == "不是同一客户"
    qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)
    assert dialog.pairs.rowCount() == 0 and len(_names(page)) == 3  # nothing merged
    assert dialog.done_note.text() in ("张三 和 章三 已标记为不同的客户。",
                                       "章三 和 张三 已标记为不同的客户。")  # fmt: skip
    dialog.start_search()
    assert dialog.pairs.rowCount() == 0  # remembered in the database
    qtbot.mouseClick(dialog.undo_last_button, Qt.MouseButton.LeftButton)
    assert dialog.pairs.rowCount() == 1 and dialog.done_bar.isHidden()


def test_namesakes_with_one_phone_typed_two_ways(make_window, cards) -> None:
    cards.create(CustomerCard(name="欧阳娜娜", birth_date=dt.date(1992, 8, 1),
                              phones=(PhoneEntry("13712345678"),)))  # fmt: skip
    cards.create(CustomerCard(name="欧阳娜娜", wechat="ouyang_nn",
                              phones=(PhoneEntry("+86 137-1234-5678"),)))  # fmt: skip
    window = make_window(SyncTaskRunner())
    window.customers_page.open_duplicates()
    dialog = window.customers_page.duplicates_dialog
    assert _pair_texts(dialog) == [["60", "欧阳娜娜", "欧阳娜娜", "电话相同"]]
    compare = dialog.compare
    assert set(compare.differing_rows()) == {"birth_date", "wechat"}  # the phone is the same
    compare.choose_survivor(0)
    note = compare._kept_note.text()
    assert note.startswith("保留左侧的欧阳娜娜。右侧的欧阳娜娜的电话")


def test_merge_and_undo_with_the_threaded_runner(make_window, cards, qtbot) -> None:
    """The same flow with reads on the pool and writes on the writer thread."""
    _zhang_san_twice(cards)
    runner = TaskRunner()
    window = make_window(runner)
    page = window.customers_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.open_duplicates()
    dialog = page.duplicates_dialog
    qtbot.waitUntil(lambda: dialog.compare.cards() is not None, timeout=5000)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    _answer(dialog.question, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.done_bar.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: dialog.history.merge_list.rowCount() == 1, timeout=5000)
    assert dialog.pairs.rowCount() == 0
    qtbot.mouseClick(dialog.undo_last_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: dialog.pairs.rowCount() == 1, timeout=5000)
    assert dialog.status.text() == "1 对可能重复，按相似度排列。"  # not "changed since"
    runner.wait()
