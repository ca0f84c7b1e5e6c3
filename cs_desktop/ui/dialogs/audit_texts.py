"""The audit trail in words: action and object names, and each entry's details (field by field,
before and after) as lines a supervisor reads. The services record codes and raw values."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.audit import AuditEntry, VerifyResult

from ..access import role_name
from .card_texts import field_labels

translate = QCoreApplication.translate


def action_names() -> dict[str, str]:
    return {
        "create": translate("AuditTexts", "Created"),
        "change": translate("AuditTexts", "Changed"),
        "delete": translate("AuditTexts", "Deleted"),
        "restore": translate("AuditTexts", "Restored"),
        "merge": translate("AuditTexts", "Merged cards"),
        "merged_into": translate("AuditTexts", "Merged into another card"),
        "unmerge": translate("AuditTexts", "Undid a merge"),
        "print": translate("AuditTexts", "Printed"),
        "export": translate("AuditTexts", "Exported"),
        "import": translate("AuditTexts", "Imported"),
        "reveal": translate("AuditTexts", "Showed full numbers"),
        "sign_in": translate("AuditTexts", "Signed in"),
        "sign_in_failed": translate("AuditTexts", "Sign-in refused"),
        "sign_out": translate("AuditTexts", "Signed out"),
        "unlock": translate("AuditTexts", "Unlocked the window"),
        "unlock_failed": translate("AuditTexts", "Unlock refused"),
        "confirm_password_failed": translate("AuditTexts", "Wrong current password"),
        "first_admin": translate("AuditTexts", "First administrator created"),
        "change_password": translate("AuditTexts", "Changed own password"),
        "reset_password": translate("AuditTexts", "Reset a password"),
        "deactivate": translate("AuditTexts", "Deactivated an account"),
        "activate": translate("AuditTexts", "Reactivated an account"),
        "change_setting": translate("AuditTexts", "Changed a setting"),
        "backup": translate("AuditTexts", "Backed up"),
        "auto_backup": translate("AuditTexts", "Daily backup"),
        "undo_restore": translate("AuditTexts", "Undid a restore"),
    }


def action_name(action: str, entity: str = "") -> str:
    if action == "restore" and entity == "database":
        return translate("AuditTexts", "Restored a backup")
    return action_names().get(action, action)


def entity_name(entity: str) -> str:
    return {
        "customer": translate("AuditTexts", "customer card"),
        "staff": translate("AuditTexts", "staff account"),
        "setting": translate("AuditTexts", "setting"),
        "database": translate("AuditTexts", "database"),
        "complaint": translate("AuditTexts", "complaint"),
        "complaint_stage": translate("AuditTexts", "complaint stage record"),
        "complaint_promise": translate("AuditTexts", "promise to a customer"),
        "visit": translate("AuditTexts", "visit or call"),
        "followup": translate("AuditTexts", "follow-up"),
        "survey_response": translate("AuditTexts", "answered survey"),
        "survey": translate("AuditTexts", "survey definition"),
        "form": translate("AuditTexts", "form"),
    }.get(entity, entity)


def _labels() -> dict[str, str]:
    labels = {k: v.rstrip(" *") for k, v in field_labels(True).items()}
    labels.update({
        "raw": translate("AuditTexts", "number"),
        "digits": translate("AuditTexts", "number"),
        "extension": translate("AuditTexts", "extension"),
        "label": translate("AuditTexts", "label"),
        "is_primary": translate("AuditTexts", "primary"),
        "province": translate("AuditTexts", "province"),
        "city": translate("AuditTexts", "city"),
        "district": translate("AuditTexts", "district"),
        "street": translate("AuditTexts", "street"),
        "postal_code": translate("AuditTexts", "postal code"),
        "channel": translate("AuditTexts", "channel"),
        "granted": translate("AuditTexts", "consent given"),
        "deleted_at": translate("AuditTexts", "deleted at"),
        "tier": translate("AuditTexts", "tier"),
        "profile": translate("AuditTexts", "profile"),
        "username": translate("AuditTexts", "user name"),
        "display_name": translate("AuditTexts", "name shown"),
        "role": translate("AuditTexts", "role"),
        "active": translate("AuditTexts", "active"),
        "password_hash": translate("AuditTexts", "password"),
        "file": translate("AuditTexts", "file"),
        "size": translate("AuditTexts", "size (bytes)"),
        "encrypted": translate("AuditTexts", "encrypted"),
        "reason": translate("AuditTexts", "reason"),
        "field": translate("AuditTexts", "what"),
        "customers": translate("AuditTexts", "customers"),
        "format": translate("AuditTexts", "format"),
        "demo": translate("AuditTexts", "demo"),
        "kept_aside": translate("AuditTexts", "data before, kept at"),
        "revision": translate("AuditTexts", "schema"),
        "upgraded": translate("AuditTexts", "upgraded"),
        "key": translate("AuditTexts", "setting"),
    })  # fmt: skip
    return labels


def _tables() -> dict[str, str]:
    return {
        "customer_phones": translate("AuditTexts", "Phone"),
        "customer_addresses": translate("AuditTexts", "Address"),
        "customer_relations": translate("AuditTexts", "Relation"),
        "customer_tags": translate("AuditTexts", "Tag"),
        "customer_consents": translate("AuditTexts", "Consent"),
        "custom_field_values": translate("AuditTexts", "Custom field"),
    }


def _ops() -> dict[str, str]:
    return {
        "insert": translate("AuditTexts", "added"),
        "update": translate("AuditTexts", "changed"),
        "delete": translate("AuditTexts", "removed"),
    }


def value_text(key: str, value: Any) -> str:
    if value is None or value == "":
        return translate("AuditTexts", "(empty)")
    if isinstance(value, bool):
        return translate("AuditTexts", "yes") if value else translate("AuditTexts", "no")
    if key == "role" and isinstance(value, str):
        return role_name(value)
    if key == "field" and value in ("id_number", "phones"):
        return (translate("AuditTexts", "ID number") if value == "id_number"
                else translate("AuditTexts", "phone numbers"))  # fmt: skip
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _field_lines(fields: dict[str, Any], labels: dict[str, str], indent: str = "") -> list[str]:
    lines = []
    for name, change in fields.items():
        label = labels.get(name, name)
        if isinstance(change, list) and len(change) == 2:
            before, after = change
            if before is None:
                lines.append(indent + _pair(label, value_text(name, after)))
            else:
                lines.append(indent + translate("AuditTexts", "{label}: {before} → {after}").format(
                    label=label, before=value_text(name, before), after=value_text(name, after)))  # fmt: skip
        else:
            lines.append(indent + _pair(label, value_text(name, change)))
    return lines


def _pair(label: str, value: str) -> str:
    return translate("AuditTexts", "{label}: {value}").format(label=label, value=value)


def detail_lines(entry: AuditEntry) -> list[str]:
    """Each change on a line: "Name: 张伟 → 张玮"; child rows of a card grouped under them."""
    labels = _labels()
    details = dict(entry.details)
    lines: list[str] = []
    if entry.action == "change_setting":
        lines.append(_pair(labels["key"], str(details.get("key", ""))))
        lines.append(translate("AuditTexts", "before: {value}").format(
            value=value_text("", details.get("before"))))  # fmt: skip
        lines.append(translate("AuditTexts", "after: {value}").format(
            value=value_text("", details.get("after"))))  # fmt: skip
        return lines
    fields = details.pop("fields", None)
    if isinstance(fields, dict):
        lines += _field_lines(fields, labels)
    rows = details.pop("rows", None)
    if isinstance(rows, list):
        tables, ops = _tables(), _ops()
        for row in rows:
            if not isinstance(row, dict):
                continue
            table, op = str(row.get("table", "")), str(row.get("op", ""))
            lines.append(translate("AuditTexts", "{table} ({op}):").format(
                table=tables.get(table, table), op=ops.get(op, op)))  # fmt: skip
            if isinstance(row.get("fields"), dict):
                lines += _field_lines(row["fields"], labels, "    ")
    for key, value in details.items():
        lines.append(_pair(labels.get(key, key), value_text(key, value)))
    return lines


def summary(entry: AuditEntry) -> str:
    """One line for the list: the changed fields' names, or the first detail."""
    fields = entry.details.get("fields")
    labels = _labels()
    names: list[str] = (
        [labels.get(str(k), str(k)) for k in fields] if isinstance(fields, dict) else []
    )
    rows = entry.details.get("rows")
    if isinstance(rows, list):
        tables = _tables()
        names += [tables.get(str(r.get("table", "")), "") for r in rows if isinstance(r, dict)]
    names = [n for n in dict.fromkeys(names) if n]
    if names:
        return translate("AuditTexts", ", ").join(names)
    lines = detail_lines(entry)
    return lines[0] if lines else ""


def verify_text(result: VerifyResult) -> str:
    if result.ok:
        return translate("AuditTexts", "The audit trail is intact: all {count} entries verify, "
                         "none was altered, removed or reordered.").format(count=result.checked)  # fmt: skip
    if result.reason == "missing":
        return translate("AuditTexts", "The audit trail is broken: entry {seq} is missing (it "
                         "was deleted from the database file).").format(seq=result.broken_seq)  # fmt: skip
    if result.reason == "link_broken":
        return translate("AuditTexts", "The audit trail is broken at entry {seq}: it does not "
                         "follow the entry before it (an entry was altered, replaced or "
                         "reordered).").format(seq=result.broken_seq)  # fmt: skip
    return translate("AuditTexts", "The audit trail is broken: entry {seq} was altered after it "
                     "was written (its content does not match its hash).").format(
        seq=result.broken_seq)  # fmt: skip


__all__ = ["action_name", "action_names", "detail_lines", "entity_name", "summary",
           "value_text", "verify_text"]  # fmt: skip
