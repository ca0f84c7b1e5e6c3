"""The tiers area as a user meets it: the tier table after a recompute, the rule editor's
preview and apply, invalid settings, the override dialog on the customer list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDoubleSpinBox
from sqlalchemy import select

from cs_desktop.domain.tiers import ParetoRule
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.tiers.recompute import TierRecompute, start_of_day
from cs_desktop.services.tiers.rule_sets import TierRuleService
from cs_desktop.storage.models import Customer, TierRuleSet, Transaction
from cs_desktop.storage.session import writing
from cs_desktop.ui.dialogs.tier_override import TierOverrideDialog
from cs_desktop.ui.dialogs.tier_rules import TierRulesDialog

TODAY = dt.date.today()  # the window's services use the real clock


@pytest.fixture
def shop(database):
    """Ten customers spending 10, 20, ... 100 yuan three days ago; a Pareto rule set applied:
    A = 6 customers (450 of 550 yuan), B = 3, C = 1."""
    cards = CustomerCardService(database.factory)
    ids = [cards.create(CustomerCard(name=f"客户{n}")).id for n in range(10)]
    at = start_of_day(TODAY) - dt.timedelta(days=3)
    with writing(database.factory) as s:
        s.add_all(Transaction(customer_id=cid, occurred_at=at, kind="sale",
                              amount_cents=1000 * (n + 1)) for n, cid in enumerate(ids))  # fmt: skip
    TierRuleService(database.factory).save("价值分级", "pareto", ParetoRule().to_params())
    return ids


def _tiers(database) -> dict[str, str | None]:
    with database.factory() as s:
        return dict(s.execute(select(Customer.name, Customer.tier)).all())


def _texts(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_recompute_fills_the_tier_table(make_window, database, shop, qtbot, qtmodeltester) -> None:
    window = make_window()
    window.show_page("tiers")
    page = window.tiers_page
    assert "价值分级" in page.rule_label.text() and "版本 1" in page.rule_label.text()
    assert page.model.rowCount() == 1  # nobody has a tier yet
    page.recompute_button.click()
    assert page.done_label.isVisible() and "10" in page.done_label.text()
    rows = _texts(page.model)
    assert [r[0] for r in rows] == ["A", "B", "C"]
    assert rows[0][1:] == ["6", "60.0%", "¥450.00", "81.8%"]
    assert rows[2][1:] == ["1", "10.0%", "¥10.00", "1.8%"]
    assert "550.00" in page.total_label.text()
    assert page.moved_model.rowCount() == 10
    moved = {r[0]: r[1:] for r in _texts(page.moved_model)}
    assert moved["客户0"] == ["无等级", "C"] and moved["客户9"] == ["无等级", "A"]
    assert page.curve.curve()[-1] == pytest.approx((1.0, 1.0))
    assert "20%" in page.curve.caption()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.moved_model)
    page.grab()  # the curve paints without error

    # double-click a tier: the customer list, filtered by it
    index = page.model.index(1, 0)
    page.table.doubleClicked.emit(index)
    assert window.current_page().key == "customers"
    customers = window.customers_page
    assert customers.tier_filter.currentData() == "B"
    assert customers.model.rowCount() == 3


def test_preview_shows_moves_and_apply_changes_tiers(
    make_window, database, shop, qtmodeltester
) -> None:
    TierRecompute(database.factory).recompute()
    window = make_window()
    window.show_page("tiers")
    page = window.tiers_page
    page.open_rules()
    dialog = page.rules_dialog
    assert isinstance(dialog, TierRulesDialog)
    assert dialog.current_kind() == "pareto" and dialog.name.text() == "价值分级"
    assert not dialog.apply_button.isEnabled()  # only after a preview

    dialog.kind.setCurrentIndex(dialog.kind.findData("four_level"))
    assert dialog.name.text() == "四级客户模型"  # another kind: its own rule set
    form = dialog.current_form()
    yuan = [form.tiers.values[i] for i in range(3)]
    for box, value in zip(yuan, (90, 60, 30), strict=True):
        box.setValue(value)
    dialog.preview_button.click()
    assert dialog.preview is not None
    moves = {(m.from_tier, m.to_tier): m.customers for m in dialog.preview.moves}
    assert moves[("C", "LIGHT")] == 1 and sum(moves.values()) == 10
    assert "10" in dialog.preview_summary.text()
    assert dialog.moves_model.rowCount() == len(moves)
    qtmodeltester.check(dialog.moves_model)
    assert _tiers(database)["客户0"] == "C"  # the preview wrote nothing

    # editing after the preview asks for a new one
    yuan[0].setValue(95)
    assert not dialog.apply_button.isEnabled()
    yuan[0].setValue(90)
    dialog.preview_button.click()
    dialog.apply_button.click()
    tiers = _tiers(database)
    assert tiers["客户9"] == "KEY" and tiers["客户0"] == "LIGHT"
    assert tiers["客户5"] == "MAJOR" and tiers["客户2"] == "ORDINARY"
    assert not dialog.isVisible()
    assert [r[0] for r in _texts(page.model)] == ["超重量级 (KEY)", "重量级 (MAJOR)",
                                                  "次重量级 (ORDINARY)", "轻量级 (LIGHT)"]  # fmt: skip
    assert "四级客户模型，版本 1" in page.rule_label.text()


def test_invalid_rule_shows_the_field_message_and_saves_nothing(
    make_window, database, shop
) -> None:
    window = make_window()
    window.tiers_page.open_rules()
    dialog = window.tiers_page.rules_dialog
    form = dialog.current_form()
    shares: list[QDoubleSpinBox] = form.tiers.values  # type: ignore[assignment]
    shares[0].setValue(90)
    shares[1].setValue(20)
    dialog.preview_button.click()
    message = form.messages["shares"]
    assert message.isVisible() and message.text() == "各档份额合计超过 100%。"
    assert dialog.preview is None and not dialog.apply_button.isEnabled()
    # a duplicate code is shown at the same place
    shares[1].setValue(10)
    form.tiers.codes[1].setText("A")
    dialog.preview_button.click()
    assert form.messages["tiers"].text() == "每个等级需要不同的代码。"
    with database.factory() as s:
        assert s.scalars(select(TierRuleSet.version)).all() == [1]


def test_override_with_expiry_and_clear(make_window, database, shop, qtbot) -> None:
    TierRecompute(database.factory).recompute()
    window = make_window()
    page = window.customers_page
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).name == "客户0")
    page.table.selectRow(row)
    tier_column = next(c for c in range(page.model.columnCount())
                       if page.model.headerData(c, Qt.Orientation.Horizontal) == "等级")  # fmt: skip
    assert page.model.index(row, tier_column).data() == "C"

    page.tier_action.trigger()
    dialog = page.tier_dialog
    assert isinstance(dialog, TierOverrideDialog)
    assert "客户0" in dialog.windowTitle() and not dialog.clear_button.isVisible()
    dialog.tier.setCurrentIndex(dialog.tier.findData("A"))
    dialog.set_button.click()  # no reason yet
    assert dialog.reason_message.text() == "请填写设定此等级的原因。"
    assert _tiers(database)["客户0"] == "C"
    dialog.reason.setText("院长介绍的老客户")
    dialog.has_until.setChecked(True)
    last = TODAY + dt.timedelta(days=30)
    dialog.until.setDate(QDate(last.year, last.month, last.day))
    dialog.set_button.click()
    assert not dialog.isVisible()
    with database.factory() as s:
        card = s.scalars(select(Customer).where(Customer.name == "客户0")).one()
        assert (card.tier, card.tier_override_until) == ("A", last)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).name == "客户0")
    assert page.model.index(row, tier_column).data() == "A"

    page.table.selectRow(row)
    page.tier_action.trigger()
    dialog = page.tier_dialog
    assert dialog.clear_button.isVisible() and dialog.has_until.isChecked()
    assert last.isoformat() in dialog.current.text()
    dialog.reason.setText("不再适用")
    dialog.clear_button.click()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).name == "客户0")
    assert page.model.index(row, tier_column).data() == "C"


def test_policies_dialog_saves_edits(make_window, database, shop) -> None:
    from cs_desktop.domain.enums import Role
    from cs_desktop.services.tiers.policies import TierPolicyService

    TierRecompute(database.factory).recompute()
    window = make_window()
    window.show_page("tiers")
    window.tiers_page.open_policies()
    dialog = window.tiers_page.policies_dialog
    assert [r.tier for r in dialog.rows] == ["A", "B", "C"]
    first = dialog.rows[0]
    first.label.setText("")
    dialog.save_button.click()
    assert dialog.message.text() == "等级 A：请填写名称。"
    first.label.setText("重点客户")
    first.interval.setValue(30)
    first.role.setCurrentIndex(first.role.findData("supervisor"))
    dialog.save_button.click()
    assert not dialog.isVisible()
    saved = TierPolicyService(database.factory).policies()[0]
    assert (saved.label, saved.followup_interval_days, saved.complaint_role) == (
        "重点客户", 30, Role.SUPERVISOR)  # fmt: skip
    assert _texts(window.tiers_page.model)[0][0] == "重点客户 (A)"


@pytest.mark.parametrize("kind", ["pareto", "four_level", "rfm", "weighted"])
def test_each_rule_form_gives_back_what_it_shows(qtbot, kind) -> None:
    from cs_desktop.domain.tiers import RULES, rule_from
    from cs_desktop.ui.dialogs.tier_rule_forms import FORMS

    form = next(f for f in FORMS if f.kind == kind)()
    qtbot.addWidget(form)
    form.retranslate()
    rule = RULES[kind].default()
    form.load(rule)
    assert rule_from(kind, form.params()) == rule


def test_settings_open_the_tier_dialogs(make_window, shop) -> None:
    window = make_window()
    window.show_page("settings")
    window.settings_page.tier_rules_button.click()
    assert window.tiers_page.rules_dialog is not None
    assert window.tiers_page.rules_dialog.isVisible()
    window.tiers_page.rules_dialog.close()
    window.settings_page.tier_policies_button.click()
    assert window.tiers_page.policies_dialog is not None
    assert window.tiers_page.policies_dialog.isVisible()
