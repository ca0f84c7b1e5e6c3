"""Words for the duplicates, merge and deleted-cards views (services speak codes, rule 9)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from cs_desktop.services.customers.duplicates import Signal
from cs_desktop.services.errors import ServiceError

translate = QCoreApplication.translate


def signal_text(signal: Signal) -> str:
    return {
        Signal.SAME_ID: translate("DuplicatesDialog", "same ID number"),
        Signal.SAME_PHONE: translate("DuplicatesDialog", "same phone"),
        Signal.SAME_NAME_AND_BIRTH: translate(
            "DuplicatesDialog", "same name (pinyin) and birth date"
        ),
        Signal.SAME_NAME: translate("DuplicatesDialog", "same name (pinyin) only"),
        Signal.DIFFERENT_ID: translate("DuplicatesDialog", "but different ID numbers"),
        Signal.DIFFERENT_GENDER: translate("DuplicatesDialog", "but different genders"),
    }[signal]


def signals_text(signals: frozenset[Signal]) -> str:
    order = list(Signal)  # strongest first
    return translate("DuplicatesDialog", ", ").join(
        signal_text(s) for s in sorted(signals, key=order.index)
    )


def table_text(table: str) -> str:
    """What a row of a table is, in a merge's "what moved" summary."""
    names = {
        "visits": translate("DuplicatesDialog", "visits"),
        "transactions": translate("DuplicatesDialog", "transactions"),
        "followups": translate("DuplicatesDialog", "follow-ups"),
        "complaints": translate("DuplicatesDialog", "complaints"),
        "survey_responses": translate("DuplicatesDialog", "surveys"),
        "tier_history": translate("DuplicatesDialog", "tier changes"),
        "customer_relations": translate("DuplicatesDialog", "relations"),
        "customer_phones": translate("DuplicatesDialog", "phones"),
        "customer_addresses": translate("DuplicatesDialog", "addresses"),
        "customer_tags": translate("DuplicatesDialog", "tags"),
        "customer_consents": translate("DuplicatesDialog", "consents"),
        "custom_field_values": translate("DuplicatesDialog", "custom fields"),
    }
    return names.get(table, table)


def counts_text(counts: dict[str, int]) -> str:
    if not counts:
        return translate("DuplicatesDialog", "nothing")
    return translate("DuplicatesDialog", ", ").join(
        translate("DuplicatesDialog", "{what} {count}").format(what=table_text(t), count=n)
        for t, n in sorted(counts.items(), key=lambda kv: -kv[1])
    )


def local_time(when: dt.datetime | None) -> str:
    """A stored UTC time in the PC's time zone, as the clerk reads a clock."""
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime()
    return stamp.toString("yyyy-MM-dd HH:mm")


def day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def yuan(cents: int | None) -> str:
    if cents is None:
        return ""
    return QLocale().toString(cents / 100, "f", 2)


def error_text(exc: BaseException) -> str | None:
    """A sentence for a service's refusal, or None for an unexpected failure."""
    if not isinstance(exc, ServiceError):
        return None
    name = str(exc.params.get("name", ""))
    texts = {
        "already_merged": translate(
            "DuplicatesDialog",
            "One of these cards was merged meanwhile. Search again to update the list.",
        ),
        "customer_not_found": translate(
            "DuplicatesDialog", "The card no longer exists. Search again to update the list."
        ),
        "customer_deleted": translate(
            "DuplicatesDialog", "The card of {name} was deleted; restore it first to keep it."
        ).format(name=name),
        "customer_merged": translate(
            "DuplicatesDialog",
            "The card of {name} was merged into another card; undo that merge to bring it back.",
        ).format(name=name),
        "merge_same_card": translate("DuplicatesDialog", "A card cannot be merged with itself."),
        "merge_not_found": translate("DuplicatesDialog", "This merge no longer exists."),
        "merge_already_undone": translate("DuplicatesDialog", "This merge was already undone."),
        "merge_not_last": translate(
            "DuplicatesDialog",
            "A later merge into the same card must be undone first (it is higher in the list).",
        ),
    }
    return texts.get(exc.code)
