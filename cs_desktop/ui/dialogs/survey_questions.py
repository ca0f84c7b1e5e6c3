"""The questions of one survey version as form rows: each item a choice of 1..scale (or not
answered), the NPS question 0-10, the expectation, would come again / would recommend
(yes, no, not answered) and comments: whatever the survey asks. Every question is optional.

Combo boxes, so a pile of paper forms is typed with the keyboard: Tab to the next question,
type the digit ("0" after "1" gives 10 in a 1-10 question, as Qt's keyboard search does).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from cs_desktop.domain.enums import SurveySource
from cs_desktop.services.surveys.definitions import SurveyInfo
from cs_desktop.services.surveys.responses import AnswerForm

translate = QCoreApplication.translate


def _combo(values: list[int], unanswered: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(unanswered, None)
    for value in values:
        combo.addItem(str(value), value)
    return combo


def _yes_no(unanswered: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(unanswered, None)
    combo.addItem(translate("SurveyQuestions", "yes"), True)
    combo.addItem(translate("SurveyQuestions", "no"), False)
    return combo


class SurveyQuestions(QWidget):
    """Rows of questions for ``load(survey)``; ``form(...)`` gives the answers."""

    def __init__(self, parent: QWidget | None = None, with_nps: bool = True) -> None:
        super().__init__(parent)
        self._with_nps = with_nps  # False: the caller asks NPS itself (completing a follow-up)
        self.setObjectName("surveyQuestions")
        self.survey: SurveyInfo | None = None
        self.items: list[QComboBox] = []
        self.nps: QComboBox | None = None
        self.expectation: QComboBox | None = None
        self.would_return: QComboBox | None = None
        self.would_recommend: QComboBox | None = None
        self.comment = QLineEdit()
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        # the questions (long Chinese sentences) get the width; the answers are short
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

    def unanswered(self) -> str:
        return translate("SurveyQuestions", "(not answered)")

    def load(self, survey: SurveyInfo | None) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)  # deletes the row's widgets, the comment line included
        self.survey, self.items = survey, []
        self.nps = self.expectation = self.would_return = self.would_recommend = None
        self.comment = QLineEdit()
        self.comment.setMinimumWidth(260)
        if survey is None:
            self.layout_.addRow(QLabel(translate("SurveyQuestions", "No survey is set up for "
                                                 "this; see Settings > Satisfaction surveys.")))  # fmt: skip
            return
        blank = self.unanswered()
        scale = list(range(1, survey.scale + 1))
        for n, item in enumerate(survey.items, 1):
            combo = _combo(scale, blank)
            combo.setObjectName(f"item_{item.code}")
            label = QLabel(f"{n}. {item.text}")
            label.setToolTip(item.text)
            label.setBuddy(combo)
            self.layout_.addRow(label, combo)
            self.items.append(combo)
        if survey.asks_expectation:
            self.expectation = _combo(scale, blank)
            self._row(translate("SurveyQuestions", "What did you expect before coming (1-{top}):")
                      .format(top=survey.scale), self.expectation)  # fmt: skip
        if survey.asks_loyalty:
            self.would_return = _yes_no(blank)
            self.would_recommend = _yes_no(blank)
            self._row(translate("SurveyQuestions", "Would come again:"), self.would_return)
            self._row(translate("SurveyQuestions", "Would recommend us to others:"),
                      self.would_recommend)  # fmt: skip
        if survey.asks_nps and self._with_nps:
            self.nps = _combo(list(range(11)), blank)
            self._row(translate("SurveyQuestions", "How likely to recommend us (0-10):"),
                      self.nps)  # fmt: skip
        self._row(translate("SurveyQuestions", "Comments:"), self.comment)

    def _row(self, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self.layout_.addRow(label, widget)

    def clear(self) -> None:
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.comment.clear()

    def _combos(self) -> list[QComboBox]:
        extra = [self.nps, self.expectation, self.would_return, self.would_recommend]
        return self.items + [c for c in extra if c is not None]

    def first(self) -> QWidget:
        return self.items[0] if self.items else self.comment

    def is_empty(self) -> bool:
        return (all(c.currentData() is None for c in self._combos())
                and not self.comment.text().strip())  # fmt: skip

    def widget_for(self, field: str | None, item: int | None = None) -> QWidget | None:
        """The question a refusal names (items numbered from 1)."""
        if field == "score" and item is not None and 0 < item <= len(self.items):
            return self.items[item - 1]
        return {"nps": self.nps, "expectation": self.expectation, "comment": self.comment,
                "would_return": self.would_return, "would_recommend": self.would_recommend,
                "answers": self.first()}.get(field or "")  # fmt: skip

    def form(self, source: SurveySource, *, customer_id: uuid.UUID | None = None,
             visit_id: uuid.UUID | None = None, followup_id: uuid.UUID | None = None,
             answered_at: dt.datetime | None = None) -> AnswerForm | None:  # fmt: skip
        """The answers given (None when no survey is loaded)."""
        survey = self.survey
        if survey is None:
            return None

        def value(combo: QComboBox | None) -> object:
            return None if combo is None else combo.currentData()

        scores = {item.id: combo.currentData() for item, combo in zip(survey.items, self.items,
                                                                         strict=True)}  # fmt: skip
        return AnswerForm(survey.id, source, scores, value(self.nps),  # type: ignore[arg-type]
                          value(self.expectation), value(self.would_return),  # type: ignore[arg-type]
                          value(self.would_recommend), self.comment.text(),  # type: ignore[arg-type]
                          customer_id=customer_id, visit_id=visit_id, followup_id=followup_id,
                          answered_at=answered_at)  # fmt: skip
