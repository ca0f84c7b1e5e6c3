"""Sentences of the follow-ups and visits screens: reasons, visit kinds, the refusals of the
follow-up and visit services (they speak codes and field names, DESIGN.md rule 9)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.domain.enums import FollowupReason, VisitKind
from cs_desktop.services.errors import ServiceError

translate = QCoreApplication.translate


def reason_names() -> dict[FollowupReason, str]:
    return {
        FollowupReason.MANUAL: translate("FollowupTexts", "Planned by hand"),
        FollowupReason.VISIT: translate("FollowupTexts", "After a visit"),
        FollowupReason.COMPLAINT: translate("FollowupTexts", "After a complaint"),
        FollowupReason.TIER: translate("FollowupTexts", "Routine (tier)"),
        FollowupReason.BIRTHDAY: translate("FollowupTexts", "Birthday care"),
        FollowupReason.HOLIDAY: translate("FollowupTexts", "Holiday care"),
    }


def kind_names() -> dict[VisitKind, str]:
    return {
        VisitKind.COUNTER: translate("FollowupTexts", "At the counter"),
        VisitKind.PHONE: translate("FollowupTexts", "Phone call"),
        VisitKind.ONLINE: translate("FollowupTexts", "Online"),
        VisitKind.HOME: translate("FollowupTexts", "Home visit"),
    }


def field_names() -> dict[str, str]:
    return {
        "outcome": translate("FollowupTexts", "Outcome"),
        "satisfaction": translate("FollowupTexts", "Satisfaction"),
        "nps": translate("FollowupTexts", "Would recommend (0-10)"),
        "reason": translate("FollowupTexts", "Reason for the new date"),
        "due_date": translate("FollowupTexts", "New date"),
        "note": translate("FollowupTexts", "Note"),
        "notes": translate("FollowupTexts", "Note"),
        "purpose": translate("FollowupTexts", "Purpose"),
        "next_step": translate("FollowupTexts", "Next step"),
        "followup_on": translate("FollowupTexts", "Follow-up date"),
        "occurred_at": translate("FollowupTexts", "When"),
        "customer_id": translate("FollowupTexts", "Customer"),
        "status": translate("FollowupTexts", "Follow-up"),
        "retry_days": translate("FollowupTexts", "Days before trying again"),
        "max_attempts": translate("FollowupTexts", "Attempts before giving up"),
        "complaint_days": translate("FollowupTexts", "Days after a closed complaint"),
        "visit_days": translate("FollowupTexts", "Days after a visit"),
        "catch_up_days": translate("FollowupTexts", "Days caught up after a pause"),
        "purposes": translate("FollowupTexts", "Visit purposes"),
    }


def _problem(exc: ServiceError) -> str:
    p = exc.params
    texts = {
        "required": translate("FollowupTexts", "this is required."),
        "too_long": translate("FollowupTexts", "too long, at most {max} characters.")
        .format(max=p.get("max", "")),
        "out_of_range": translate("FollowupTexts", "must be between {min} and {max}.")
        .format(min=p.get("min", ""), max=p.get("max", ""))
        if "min" in p else translate("FollowupTexts", "this value is out of range."),
        "date_in_past": translate("FollowupTexts", "the date has already passed."),
        "same_date": translate("FollowupTexts", "choose a date other than the current one."),
        "in_future": translate("FollowupTexts", "this time is still to come."),
        "naive_time": translate("FollowupTexts", "the time has no time zone."),
        "not_a_choice": translate("FollowupTexts", "choose one of the listed values."),
        "duplicate": translate("FollowupTexts", "each entry may appear only once."),
        "customer_not_found": translate("FollowupTexts", "choose the customer from the list."),
        "contact_refused": translate(
            "FollowupTexts", "the customer has not agreed to be called."),
        "not_open": translate("FollowupTexts", "it was already closed at another counter."),
    }  # fmt: skip
    return texts.get(exc.code, translate("FollowupTexts", "not accepted ({code}).").format(
        code=exc.code))  # fmt: skip


def refusal(exc: ServiceError) -> str:
    """One sentence naming the field at fault and the reason: "Outcome: this is required." """
    if exc.code == "changed_elsewhere":
        return translate("FollowupTexts", "This follow-up was changed at another counter "
                         "meanwhile. The list has been read again; please try once more.")  # fmt: skip
    if exc.code == "followup_not_found":
        return translate("FollowupTexts", "This follow-up no longer exists.")
    name = field_names().get(exc.field or "")
    if not name:
        return _problem(exc)[:1].upper() + _problem(exc)[1:]
    return translate("FollowupTexts", "{field}: {problem}").format(
        field=name, problem=_problem(exc))  # fmt: skip
