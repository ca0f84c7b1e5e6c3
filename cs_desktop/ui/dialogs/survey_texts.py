"""Sentences for the survey dialogs: names of the sources and uses, and the refusals of the
survey services, naming the question or item at fault ("Item 2 (等候时间): must be between 1
and 5.")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cs_desktop.services.errors import ServiceError

from ..access import forbidden_text

translate = QCoreApplication.translate


def source_names() -> dict[str, str]:
    return {
        "followup": translate("SurveyTexts", "follow-up"),
        "counter": translate("SurveyTexts", "at the counter"),
        "paper": translate("SurveyTexts", "paper form"),
    }


def use_names() -> dict[str, str]:
    return {
        "followup": translate("SurveyTexts", "Follow-ups"),
        "counter": translate("SurveyTexts", "At the counter after a visit"),
        "complaint": translate("SurveyTexts", "Follow-ups after a closed complaint"),
    }


def field_names() -> dict[str, str]:
    return {
        "name": translate("SurveyTexts", "Survey name"),
        "scale": translate("SurveyTexts", "Scale"),
        "items": translate("SurveyTexts", "Items"),
        "weight": translate("SurveyTexts", "Weight"),
        "all_weights": translate("SurveyTexts", "Weights"),
        "text": translate("SurveyTexts", "Item text"),
        "code": translate("SurveyTexts", "Item code"),
        "score": translate("SurveyTexts", "Score"),
        "nps": translate("SurveyTexts", "Would recommend (0-10)"),
        "expectation": translate("SurveyTexts", "Expectation"),
        "would_return": translate("SurveyTexts", "Would come again"),
        "would_recommend": translate("SurveyTexts", "Would recommend"),
        "comment": translate("SurveyTexts", "Comments"),
        "answered_at": translate("SurveyTexts", "Date on the form"),
        "answers": translate("SurveyTexts", "Answers"),
        "customer_id": translate("SurveyTexts", "Customer"),
        "survey": translate("SurveyTexts", "Survey"),
        "followup": translate("SurveyTexts", "Follow-ups"),
        "counter": translate("SurveyTexts", "At the counter after a visit"),
        "complaint": translate("SurveyTexts", "Follow-ups after a closed complaint"),
    }


def _problem(exc: ServiceError) -> str:
    p = exc.params
    texts = {
        "required": translate("SurveyTexts", "this is required."),
        "too_long": translate("SurveyTexts", "too long, at most {max} characters.")
        .format(max=p.get("max", "")),
        "too_many": translate("SurveyTexts", "at most {max}.").format(max=p.get("max", "")),
        "out_of_range": translate("SurveyTexts", "must be between {min} and {max}.")
        .format(min=p.get("min", ""), max=p.get("max", ""))
        if "min" in p else translate("SurveyTexts", "this value is out of range."),
        "not_a_number": translate("SurveyTexts", "type a number, e.g. 0.2."),
        "negative": translate("SurveyTexts", "cannot be negative."),
        "all_zero": translate("SurveyTexts", "at least one item needs a weight above 0."),
        "not_a_choice": translate("SurveyTexts", "choose one of the listed values."),
        "duplicate": translate("SurveyTexts", "each code may appear only once ({value}).")
        .format(value=p.get("value", "")),
        "in_future": translate("SurveyTexts", "this date is still to come."),
        "naive_time": translate("SurveyTexts", "the time has no time zone."),
        "not_asked": translate("SurveyTexts", "this survey does not ask it."),
        "not_active": translate("SurveyTexts", "version {version} was replaced meanwhile; "
                                "choose the survey again.").format(version=p.get("version", "")),
        "survey_not_found": translate("SurveyTexts", "no such survey."),
        "customer_not_found": translate("SurveyTexts", "choose the customer from the list."),
    }  # fmt: skip
    return texts.get(exc.code, translate("SurveyTexts", "not accepted ({code}).").format(
        code=exc.code))  # fmt: skip


def refusal(exc: ServiceError) -> str:
    """One sentence naming the field (and the item, numbered from 1) at fault."""
    if exc.code == "forbidden":
        return forbidden_text(exc)
    if exc.code == "required" and exc.field == "answers":
        return translate("SurveyTexts", "Nothing was answered: answer at least one question.")
    name = field_names().get(exc.field or "", "")
    if "item" in exc.params:
        item = exc.params["item"]
        name = (translate("SurveyTexts", "Item {n} ({text})").format(n=item, text=exc.params["text"])
                if "text" in exc.params else
                translate("SurveyTexts", "Item {n}, {field}").format(n=item, field=name))  # fmt: skip
    if not name:
        problem = _problem(exc)
        return problem[:1].upper() + problem[1:]
    return translate("SurveyTexts", "{field}: {problem}").format(field=name, problem=_problem(exc))
