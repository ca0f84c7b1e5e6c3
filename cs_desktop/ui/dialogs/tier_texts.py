"""Words for the tier views: rule kinds, roles, the codes the tier rules and services return
(services speak codes, DESIGN.md rule 9), money and shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cs_desktop.domain.enums import Role
from cs_desktop.domain.tiers import CRITERIA, RuleProblem
from cs_desktop.services.errors import ServiceError

translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    return {
        "pareto": translate("TierTexts", "Pareto value tiers"),
        "four_level": translate("TierTexts", "Four-level model"),
        "rfm": translate("TierTexts", "RFM scores"),
        "weighted": translate("TierTexts", "Weighted evaluation (organisations)"),
    }.get(kind, kind)


def kind_help(kind: str) -> str:
    return {
        "pareto": translate("TierTexts", "Customers ranked by their value over the period: the "
                            "first tier holds those who together bring the first share of all "
                            "value, the next tier the next share; everyone else is in the rest "
                            "tier."),
        "four_level": translate("TierTexts", "Value over the period at or above a threshold "
                                "puts the customer in that level (超重量级/重量级/次重量级); below "
                                "the last threshold, the rest level (轻量级)."),
        "rfm": translate("TierTexts", "Recency, frequency and monetary value scored 1-5 each, "
                         "by quintiles of the customers or by fixed edges; the total (3-15) "
                         "decides the tier."),
        "weighted": translate("TierTexts", "For organisations: the weighted mean of the 1-5 "
                              "scores on the card (enthusiasm, business capability, credit, "
                              "relationships). Persons get no tier from this rule."),
    }.get(kind, "")  # fmt: skip


def criterion_name(criterion: str) -> str:
    names = {
        "enthusiasm": translate("TierTexts", "Enthusiasm"),
        "capability": translate("TierTexts", "Business capability"),
        "credit": translate("TierTexts", "Credit"),
        "relationships": translate("TierTexts", "Relationships"),
    }
    assert set(names) == set(CRITERIA)
    return names.get(criterion, criterion)


def role_name(role: Role | None) -> str:
    if role is None:
        return translate("TierTexts", "Whoever takes it")
    return {
        Role.COUNTER: translate("TierTexts", "Counter staff"),
        Role.SUPERVISOR: translate("TierTexts", "Supervisor"),
        Role.ADMIN: translate("TierTexts", "Administrator"),
    }[role]


def problem_text(problem: RuleProblem) -> str:
    """One sentence for a rule parameter the administrator must fix."""
    p = problem.params
    texts = {
        "out_of_range": lambda: translate("TierTexts", "Enter a number from {min} to {max}.")
        .format(min=p.get("min", ""), max=p.get("max", "")),
        "bad_tier_code": lambda: translate(
            "TierTexts", "Tier code “{code}”: use 1 to 16 characters, no spaces at either end.")
        .format(code=p.get("code", "")),
        "duplicate_tier_code": lambda: translate("TierTexts", "Each tier needs its own code."),
        "required": lambda: translate("TierTexts", "Add at least one tier above the rest tier."),
        "share_out_of_range": lambda: translate(
            "TierTexts", "Each share must be more than 0% and less than 100%."),
        "shares_over_100": lambda: translate("TierTexts", "The shares add up to more than 100%."),
        "threshold_not_positive": lambda: translate(
            "TierTexts", "Each threshold must be more than ¥0."),
        "thresholds_not_descending": lambda: translate(
            "TierTexts", "Each tier's threshold must be lower than the one above it."),
        "not_a_choice": lambda: translate("TierTexts", "Choose quintiles or fixed edges."),
        "four_edges_needed": lambda: translate(
            "TierTexts", "Four edges are needed, none below zero."),
        "edges_not_ascending": lambda: translate(
            "TierTexts", "Each edge must be greater than the one before it."),
        "total_out_of_range": lambda: translate(
            "TierTexts", "Total scores run from {min} to {max}.")
        .format(min=p.get("min", ""), max=p.get("max", "")),
        "criteria_needed": lambda: translate("TierTexts", "All four criteria need a weight."),
        "weight_negative": lambda: translate("TierTexts", "Weights cannot be negative."),
        "weights_all_zero": lambda: translate(
            "TierTexts", "At least one weight must be above zero."),
        "score_out_of_range": lambda: translate("TierTexts", "Scores run from {min} to {max}.")
        .format(min=p.get("min", ""), max=p.get("max", "")),
        "unknown_rule": lambda: translate("TierTexts", "Unknown kind of rule: {kind}.")
        .format(kind=p.get("kind", "")),
        "bad_params": lambda: translate("TierTexts", "The rule's settings cannot be read: {detail}")
        .format(detail=p.get("detail", "")),
    }  # fmt: skip
    make = texts.get(problem.code)
    if make is None:
        return translate("TierTexts", "Check this value ({code}).").format(code=problem.code)
    return make()


def service_error_text(exc: BaseException) -> str | None:
    """A sentence for a tier service's refusal, or None for an unexpected failure."""
    if not isinstance(exc, ServiceError):
        return None
    p = exc.params
    tier = str(p.get("tier", ""))
    if exc.code == "required" and exc.field == "reason":
        return translate("TierTexts", "Enter the reason for this tier.")
    if exc.code == "required" and exc.field == "label":
        return translate("TierTexts", "Tier {tier}: enter a name.").format(tier=tier)
    if exc.code == "required" and exc.field == "name":
        return translate("TierTexts", "Enter a name for the rule set.")
    if exc.code == "too_long" and exc.field == "label":
        return translate("TierTexts", "Tier {tier}: the name can have at most {max} characters."
                         ).format(tier=tier, max=p.get("max", ""))  # fmt: skip
    if exc.code == "too_long":
        return translate("TierTexts", "At most {max} characters.").format(max=p.get("max", ""))
    if exc.code == "out_of_range" and exc.field == "followup_interval_days":
        return translate("TierTexts", "Tier {tier}: follow up every {min} to {max} days, or "
                         "choose none.").format(tier=tier, min=p.get("min", ""),
                                                max=p.get("max", ""))  # fmt: skip
    texts = {
        "date_in_past": translate("TierTexts", "The last day cannot be in the past."),
        "unknown_tier": translate("TierTexts", "Tier {tier} is not in the tier list.")
        .format(tier=tier),
        "customer_not_found": translate(
            "TierTexts", "This card no longer exists (deleted or merged)."),
        "no_active_rule_set": translate(
            "TierTexts", "No tier rule is chosen yet. Choose one under Rules…"),
    }  # fmt: skip
    return texts.get(exc.code)


def yuan_text(cents: int) -> str:
    return "¥" + QLocale().toString(cents / 100, "f", 2)


def share_text(share: float) -> str:
    return QLocale().toString(share * 100, "f", 1) + "%"
