"""Words for the complaint workflow's codes, shared by the complaints page and window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.domain.enums import ComplaintState

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
