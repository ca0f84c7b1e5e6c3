"""Sentences of the Sync page: what each kind of record is called, the conflict policies, and
the reason a file or a request was refused (the sync core speaks codes, DESIGN.md rule 9)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from cs_desktop.domain.sync.merge import Policy
from cs_desktop.services.errors import ServiceError

from .card_texts import field_labels

translate = QCoreApplication.translate


def kind_names() -> dict[str, str]:
    """What a row of each travelling table is."""
    return {
        "customers": translate("SyncTexts", "customer cards"),
        "customer_phones": translate("SyncTexts", "phone numbers"),
        "customer_addresses": translate("SyncTexts", "addresses"),
        "customer_consents": translate("SyncTexts", "consents"),
        "customer_relations": translate("SyncTexts", "relations"),
        "customer_tags": translate("SyncTexts", "tags on cards"),
        "customer_distinct_pairs": translate("SyncTexts", "pairs marked as different people"),
        "customer_merges": translate("SyncTexts", "card merges"),
        "custom_field_defs": translate("SyncTexts", "custom fields"),
        "custom_field_values": translate("SyncTexts", "custom field values"),
        "tags": translate("SyncTexts", "tags"),
        "staff": translate("SyncTexts", "staff"),
        "visits": translate("SyncTexts", "visits"),
        "followups": translate("SyncTexts", "follow-ups"),
        "transactions": translate("SyncTexts", "transactions"),
        "complaints": translate("SyncTexts", "complaints"),
        "complaint_actions": translate("SyncTexts", "complaint actions"),
        "complaint_promises": translate("SyncTexts", "complaint promises"),
        "complaint_stages": translate("SyncTexts", "complaint stages"),
        "survey_definitions": translate("SyncTexts", "surveys"),
        "survey_items": translate("SyncTexts", "survey questions"),
        "survey_responses": translate("SyncTexts", "survey responses"),
        "survey_answers": translate("SyncTexts", "survey answers"),
    }


def kind_name(table: str) -> str:
    return kind_names().get(table, table)


def counts_text(counts: dict[str, int]) -> str:
    """Like "customer cards 3, visits 12" (largest first); "nothing" when empty."""
    items = [(t, n) for t, n in counts.items() if n]
    if not items:
        return translate("SyncTexts", "nothing")
    return translate("SyncTexts", ", ").join(
        translate("SyncTexts", "{what} {count}").format(what=kind_name(t), count=number(n))
        for t, n in sorted(items, key=lambda kv: (-kv[1], kv[0]))
    )


def number(n: int) -> str:
    return QLocale().toString(n)


def size_text(size: int) -> str:
    if size < 1024:
        return translate("SyncTexts", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return translate("SyncTexts", "{n} KB").format(n=QLocale().toString(size / 1024, "f", 1))
    return translate("SyncTexts", "{n} MB").format(n=QLocale().toString(size / 1024 / 1024, "f", 1))


def field_name(table: str, field: str) -> str:
    if field == "*":
        return translate("SyncTexts", "(the whole record)")
    if table == "customers":
        label = field_labels(True).get(field)
        if label:
            return label.rstrip(" *")
    common = {
        "number": translate("SyncTexts", "Phone number"),
        "status": translate("SyncTexts", "Status"),
        "notes": translate("SyncTexts", "Notes"),
        "deleted_at": translate("SyncTexts", "Deleted"),
        "username": translate("SyncTexts", "User name"),
        "display_name": translate("SyncTexts", "Staff name"),
        "name": translate("SyncTexts", "Name"),
    }
    return common.get(field, field)


def value_text(field: str, value: Any) -> str:
    """A stored value as text; an empty value says so."""
    if value is None or value == "":
        return translate("SyncTexts", "(empty)")
    if field == "deleted_at":
        return translate("SyncTexts", "deleted ({when})").format(when=str(value)[:16])
    if isinstance(value, bool):
        return translate("SyncTexts", "yes") if value else translate("SyncTexts", "no")
    if isinstance(value, dict | list):
        if field == "*" and isinstance(value, dict) and value.get("name"):
            return str(value["name"])
        return json.dumps(value, ensure_ascii=False)[:200]
    return str(value)


def policy_names() -> dict[Policy, str]:
    return {
        Policy.NEWEST: translate("SyncTexts", "Newest change per field wins"),
        Policy.OURS: translate("SyncTexts", "Keep this site's value"),
        Policy.THEIRS: translate("SyncTexts", "Take the other site's value"),
        Policy.MANUAL: translate("SyncTexts", "Decide by hand (keep ours until reviewed)"),
    }


def direction_text(direction: str) -> str:
    return (translate("SyncTexts", "Outgoing") if direction == "out"
            else translate("SyncTexts", "Incoming"))  # fmt: skip


def status_text(status: str) -> str:
    names = {"sent": translate("SyncTexts", "sent"),
             "imported": translate("SyncTexts", "imported")}  # fmt: skip
    return names.get(status, status)


def refusal(exc: ServiceError) -> str:
    """Why a file or a request was refused, in one or two sentences."""
    p = {k: str(v) for k, v in exc.params.items()}
    texts = {
        "file_not_found": translate("SyncTexts", "The file does not exist: {path}"),
        "package_damaged": translate(
            "SyncTexts", "The file is damaged or cut short, or it is not a sync package. "
            "Nothing was changed; ask the other site to export it again."),
        "package_checksum_mismatch": translate(
            "SyncTexts", "The file was altered after it was signed (its checksum does not "
            "match). Nothing was changed; ask the other site to export it again."),
        "package_unsafe_path": translate(
            "SyncTexts", "The file holds a member with a path outside its folder ({path}): it "
            "was not made by this program. Nothing was changed."),
        "package_too_large": translate(
            "SyncTexts", "The file would unpack to far too much data (a zip bomb?). Nothing "
            "was changed."),
        "package_format_newer": translate(
            "SyncTexts", "The file was written by a newer version of the program (package "
            "format {format}). Upgrade this installation, then import it again."),
        "package_schema_newer": translate(
            "SyncTexts", "The file comes from a newer database version ({schema}). Upgrade "
            "this installation, then import it again."),
        "package_from_this_site": translate(
            "SyncTexts", "This file was exported by this same site: there is nothing in it "
            "to take in."),
        "package_for_another_site": translate(
            "SyncTexts", "This file is addressed to another site ({site}), not to this one."),
        "site_not_trusted": translate(
            "SyncTexts", "The file comes from a site this database does not trust ({site}). "
            "Trust its key first (Sites and keys), comparing the fingerprint by phone."),
        "signature_missing": translate(
            "SyncTexts", "The file is not signed, so where it comes from cannot be checked. "
            "Nothing was changed."),
        "signature_bad": translate(
            "SyncTexts", "The file's signature does not match the key of {site}: it was "
            "altered or forged. Nothing was changed."),
        "site_unknown": translate("SyncTexts", "This site is not known here; trust its key "
                                  "first."),
        "key_file_invalid": translate("SyncTexts", "This is not a site key file of this "
                                      "program."),
        "key_is_own": translate("SyncTexts", "This is this site's own key: a site does not "
                                "need to trust itself."),
        "no_local_site": translate("SyncTexts", "This database has no site of its own."),
        "conflict_not_found": translate("SyncTexts", "This conflict was already decided."),
        "conflict_not_flippable": translate(
            "SyncTexts", "A record set aside whole cannot be put back by flipping; keep it, "
            "and enter it again by hand if needed."),
        "conflict_row_missing": translate("SyncTexts", "The record no longer exists."),
        "forbidden": translate("SyncTexts", "Your role may not do this."),
    }  # fmt: skip
    text = texts.get(exc.code)
    if text is None:
        return translate("SyncTexts", "Refused: {code}").format(code=exc.code)
    try:
        return text.format(**p)
    except (KeyError, IndexError):
        return text
