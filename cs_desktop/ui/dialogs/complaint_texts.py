"""Words for the complaint workflow's codes, shared by the complaints page and window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.domain.enums import ComplaintState, DifficultType

translate = QCoreApplication.translate


def state_names() -> dict[ComplaintState, str]:
    S = ComplaintState  # noqa: N806
    return {
        S.REGISTERED: translate("ComplaintsPage", "Registered"),
        S.INVESTIGATING: translate("ComplaintsPage", "Investigating"),
        S.RESOLVING: translate("ComplaintsPage", "Resolving"),
        S.FEEDBACK: translate("ComplaintsPage", "Feedback"),
        S.CLOSED: translate("ComplaintsPage", "Closed"),
        S.REVIEWED: translate("ComplaintsPage", "Reviewed"),
        S.WAITING_CUSTOMER: translate("ComplaintsPage", "Waiting for the customer"),
        S.WAITING_THIRD_PARTY: translate("ComplaintsPage", "Waiting for a third party"),
    }


def difficult_names() -> dict[DifficultType, str]:
    D = DifficultType  # noqa: N806
    return {
        D.EMOTIONAL: translate("ComplaintsPage", "Emotional"),
        D.RIGHTEOUS: translate("ComplaintsPage", "Righteous"),
        D.STUBBORN: translate("ComplaintsPage", "Stubborn"),
        D.SELF_ABSORBED: translate("ComplaintsPage", "Self-absorbed"),
        D.WELL_PREPARED: translate("ComplaintsPage", "Well prepared"),
        D.INFLUENTIAL: translate("ComplaintsPage", "With social influence"),
    }


def escalation_names() -> dict[str, str]:
    """Who an overdue complaint was escalated to (the role codes the timeline stores)."""
    return {
        "supervisor": translate("ComplaintsPage", "Escalated to the supervisor"),
        "admin": translate("ComplaintsPage", "Escalated to the administrator"),
    }


def escalation_level_names() -> dict[int, str]:
    return {
        1: translate("ComplaintsPage", "supervisor"),
        2: translate("ComplaintsPage", "administrator"),
    }
