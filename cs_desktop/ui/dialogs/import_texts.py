"""The import wizard's sentences: field names, encodings, reasons and errors (the import service
speaks codes, DESIGN.md rule 9). The card's own reasons come from card_texts, so a mistyped ID
reads the same in the wizard as in the card dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.customers.validation import Problem

from . import card_texts

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """What a column can be imported as, by import field key."""
    card = card_texts.field_labels(person=True)
    labels = {
        "name": translate("ImportWizard", "Name"),
        "kind": translate("ImportWizard", "Person or organisation"),
        "org_name": translate("ImportWizard", "Organisation name"),
        "phone": translate("ImportWizard", "Phone"),
        "address": translate("ImportWizard", "Address (whole)"),
        "province": translate("ImportWizard", "Province"),
        "city": translate("ImportWizard", "City"),
        "district": translate("ImportWizard", "District or county"),
        "street": translate("ImportWizard", "Street and number"),
        "postal_code": translate("ImportWizard", "Postal code"),
        "credit_limit": card["credit_limit_cents"],
    }
    for key in ("gender", "birth_date", "id_type", "id_number", "email", "wechat", "tags",
                "notes", "birth_place", "title", "education", "employer", "position", "org_code",
                "industry", "employee_count", "source_channel", "preferred_contact_time"):  # fmt: skip
        labels[key] = card[key]
    return labels


def encoding_name(file_type: str, encoding: str | None, sheet: str | None) -> str:
    if file_type == "xlsx":
        return translate("ImportWizard", "Excel workbook, sheet “{sheet}”").format(
            sheet=sheet or ""
        )
    return {
        "utf-8": translate("ImportWizard", "CSV text, UTF-8"),
        "utf-8-bom": translate("ImportWizard", "CSV text, UTF-8 with BOM"),
        "gb18030": translate("ImportWizard", "CSV text, GBK/GB18030 (as Excel saves it in China)"),
        "utf-16": translate("ImportWizard", "CSV text, UTF-16"),
    }.get(encoding or "", encoding or "")


def match_names() -> list[tuple[str, str]]:
    return [
        ("id", translate("ImportWizard", "The same ID number or credit code")),
        ("phone", translate("ImportWizard", "The same phone number")),
        ("none", translate("ImportWizard", "Do not look for existing cards")),
    ]


def on_match_names() -> list[tuple[str, str]]:
    return [
        ("skip", translate("ImportWizard", "Leave the existing card as it is (skip the line)")),
        ("update", translate("ImportWizard", "Update the existing card with the filled cells")),
        ("create", translate("ImportWizard", "Create a new card anyway")),
    ]


def reason(field: str, code: str, params: dict[str, Any]) -> str:
    """One sentence for a rejected line."""
    p = params
    if code == "gender_unknown":
        return translate("ImportWizard", "“{value}” is not a gender (男/女, M/F).").format(
            value=p.get("value", ""))  # fmt: skip
    if code == "kind_unknown":
        return translate("ImportWizard", "“{value}” is neither a person (个人) nor an organisation "
                         "(单位).").format(value=p.get("value", ""))  # fmt: skip
    if code == "id_type_unknown":
        return translate("ImportWizard", "“{value}” is not a known ID document.").format(
            value=p.get("value", ""))  # fmt: skip
    if code == "id_stored_as_number":
        return translate("ImportWizard", "Excel stored the ID number as a number and lost its last "
                         "digits: format the column as text and type the numbers again.")  # fmt: skip
    if code == "duplicate_in_file":
        return translate("ImportWizard", "The same customer as line {line} of the file.").format(
            line=p.get("line", ""))  # fmt: skip
    if code == "matches_several":
        return translate("ImportWizard", "Matches {count} existing cards: merge them first.").format(
            count=p.get("count", ""))  # fmt: skip
    if code == "matches_same_card":
        return translate("ImportWizard", "Matches the same existing card as line {line}.").format(
            line=p.get("line", ""))  # fmt: skip
    return card_texts.problem_text(Problem(field, code, dict(params)))


def error_text(code: str, params: dict[str, Any]) -> str:
    """Why a file cannot be imported at all."""
    p = params
    if code == "file_not_found":
        return translate("ImportWizard", "The file does not exist.")
    if code == "file_unreadable":
        return translate("ImportWizard", "The file cannot be read: {reason}").format(
            reason=p.get("reason", ""))  # fmt: skip
    if code == "file_empty":
        return translate("ImportWizard", "The file is empty.")
    if code == "file_too_large":
        return translate("ImportWizard", "The file is larger than {max_mb} MB.").format(
            max_mb=p.get("max_mb", ""))  # fmt: skip
    if code == "no_data_lines":
        return translate("ImportWizard", "The file has a header line but no customers below it.")
    if code == "no_name_column":
        return translate("ImportWizard", "No column holds the customer's name: choose “Name” or "
                         "“Organisation name” for one of the columns.")  # fmt: skip
    if code == "not_a_spreadsheet":
        return translate("ImportWizard", "This file is not a spreadsheet. Choose a .csv or .xlsx "
                         "file.")  # fmt: skip
    if code == "encoding_unknown":
        return translate("ImportWizard", "The file is neither UTF-8 nor GBK text. Save it from "
                         "Excel as “CSV UTF-8” or as an .xlsx workbook.")  # fmt: skip
    if code == "xls_not_supported":
        return translate("ImportWizard", "Excel 97-2003 files (.xls) cannot be read. Save it from "
                         "Excel as an .xlsx workbook or as CSV.")  # fmt: skip
    if code == "xlsx_damaged":
        return translate("ImportWizard", "The workbook is damaged or not an Excel .xlsx file.")
    if code == "csv_damaged":
        return translate("ImportWizard", "The file cannot be read as CSV near line {line}.").format(
            line=p.get("line", ""))  # fmt: skip
    if code in ("column_not_found", "unknown_field", "field_mapped_twice"):
        return translate("ImportWizard", "The columns of the file have changed: choose the file "
                         "again.")  # fmt: skip
    if code == "changed_since_dry_run":
        return translate("ImportWizard", "Customer cards were changed since the check, so nothing "
                         "was imported. Start the import again to check the file anew.")  # fmt: skip
    if code == "import_cancelled":
        return translate("ImportWizard", "The import was cancelled. Nothing was changed.")
    if code == "card_changed_meanwhile":
        return translate("ImportWizard", "Someone changed a matched card during the import, so "
                         "nothing was imported. Try again.")  # fmt: skip
    return translate("ImportWizard", "The file cannot be imported ({code}).").format(code=code)
