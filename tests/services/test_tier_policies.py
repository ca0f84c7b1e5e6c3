"""Tier policies edited by the administrator, and the override state the dialog reads."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.enums import Role
from cs_desktop.domain.tiers import ParetoRule
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.tiers.overrides import TierOverrideService
from cs_desktop.services.tiers.policies import PolicyEdit, TierPolicyService
from cs_desktop.services.tiers.rule_sets import TierRuleService

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def policies(database) -> TierPolicyService:
    TierRuleService(database.factory, today=lambda: TODAY).save(
        "价值分级", "pareto", ParetoRule().to_params()
    )
    return TierPolicyService(database.factory)


def _edit(tier: str, label: str, days: int | None = 30, role: Role | None = None,
          care: bool = True) -> PolicyEdit:  # fmt: skip
    return PolicyEdit(tier, label, days, role, care)


def test_policies_listed_in_table_order(policies) -> None:
    rows = policies.policies()
    assert [(p.tier, p.label) for p in rows] == [("A", "A"), ("B", "B"), ("C", "C")]
    assert rows[0].followup_interval_days is None and rows[0].complaint_role is None


def test_edits_are_saved_and_trimmed(policies) -> None:
    saved = policies.save([
        _edit("A", "  重点  客户 ", 30, Role.SUPERVISOR, True),
        _edit("C", "普通客户", None, None, False),
    ])  # fmt: skip
    by_tier = {p.tier: p for p in saved}
    assert by_tier["A"].label == "重点 客户" and by_tier["A"].complaint_role is Role.SUPERVISOR
    assert by_tier["C"].followup_interval_days is None and not by_tier["C"].care_reminders
    assert policies.policies() == saved


@pytest.mark.parametrize(
    ("edit", "field", "code"),
    [
        (_edit("A", "   "), "label", "required"),
        (_edit("A", "长" * 51), "label", "too_long"),
        (_edit("A", "重点", 0), "followup_interval_days", "out_of_range"),
        (_edit("A", "重点", 3651), "followup_interval_days", "out_of_range"),
        (_edit("Z", "不存在"), "tier", "unknown_tier"),
    ],
)
def test_bad_edits_save_nothing(policies, edit, field, code) -> None:
    before = policies.policies()
    with pytest.raises(ServiceError) as err:
        policies.save([_edit("B", "改了"), edit])
    assert (err.value.field, err.value.code) == (field, code)
    assert err.value.params["tier"] == edit.tier
    assert policies.policies() == before


def test_override_state(database, policies) -> None:
    cid = CustomerCardService(database.factory).create(CustomerCard(name="王芳")).id
    overrides = TierOverrideService(database.factory, today=lambda: TODAY)
    state = overrides.state(cid)
    assert (state.name, state.tier, state.override_tier, state.until) == ("王芳", None, None, None)
    overrides.set_override(cid, "A", "院长介绍", until=TODAY + dt.timedelta(days=7))
    state = overrides.state(cid)
    assert (state.tier, state.rule_tier, state.override_tier) == ("A", None, "A")
    assert (state.reason, state.until) == ("院长介绍", TODAY + dt.timedelta(days=7))
