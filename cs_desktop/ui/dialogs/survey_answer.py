"""Recording an answered survey: at the counter right after a visit (the counter survey, the
visit's customer), or typed in from returned paper forms (any survey, the date written on the
form, the customer if the form names one).

Paper forms come in piles: "Save and next" records the form and offers an empty one with the
same survey and date, the cursor on the first question, so the next form is typed at once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import SurveySource
from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.listing import CustomerListService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.surveys.definitions import SurveyDefinitions, SurveyInfo
from cs_desktop.services.surveys.responses import ResponseInfo, SurveyResponses

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .customer_search import CustomerSearch
from .survey_questions import SurveyQuestions
from .survey_texts import refusal
from .tier_rule_forms import message_label

translate = QCoreApplication.translate


class SurveyAnswerDialog(QDialog):
    """``paper=True``: the survey chooser, the form's date and an optional customer; else the
    survey asked for ``use`` (the counter's), for ``customer`` and ``visit_id``."""

    def __init__(self, definitions: SurveyDefinitions, responses: SurveyResponses,
                 runner: TaskRunner | SyncTaskRunner, *, paper: bool,
                 today: Callable[[], dt.date] = dt.date.today,
                 customers: CustomerListService | None = None,
                 customer: tuple[uuid.UUID | None, str] | None = None, visit_id: uuid.UUID | None = None,
                 use: str = "counter", parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("surveyAnswer")
        self._definitions, self._responses, self._runner = definitions, responses, runner
        self._paper, self._today = paper, today
        self._customer, self._visit_id = customer, visit_id
        self.saved: list[ResponseInfo] = []
        self.setWindowTitle(translate("SurveyAnswer", "Type in a paper survey form") if paper
                            else translate("SurveyAnswer", "Satisfaction survey"))  # fmt: skip
        self.message = message_label()
        self.status = QLabel()
        self.questions = SurveyQuestions()
        head = QFormLayout()
        self.survey = QComboBox()
        self.date = QDateEdit()
        self.search = CustomerSearch(customers, runner, self)
        if paper:
            self.survey.currentIndexChanged.connect(self._chosen)
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat("yyyy-MM-dd")
            self.date.setMaximumDate(QDate(today()))
            self.date.setDate(QDate(today()))
            pick = QHBoxLayout()
            pick.addWidget(self.search.line, 1)
            pick.addWidget(self.search.combo, 2)
            self.search.line.setPlaceholderText(translate("SurveyAnswer", "name, phone or "
                                                          "pinyin; leave empty if unsigned"))  # fmt: skip
            for text, widget in ((translate("SurveyAnswer", "&Survey:"), self.survey),
                                 (translate("SurveyAnswer", "&Date on the form:"), self.date)):  # fmt: skip
                label = QLabel(text)
                label.setBuddy(widget)
                head.addRow(label, widget)
            label = QLabel(translate("SurveyAnswer", "C&ustomer (optional):"))
            label.setBuddy(self.search.line)
            head.addRow(label, pick)
        elif customer is not None:
            head.addRow(QLabel(translate("SurveyAnswer", "Customer:")), QLabel(customer[1]))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(translate("SurveyAnswer", "&Save and next") if paper
                                       else translate("SurveyAnswer", "&Save"))  # fmt: skip
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 620)
        self._load(use)

    def _load(self, use: str) -> None:
        definitions, paper = self._definitions, self._paper

        def work(_ctx: TaskContext) -> tuple[list[SurveyInfo], SurveyInfo | None]:
            return (definitions.surveys() if paper else []), definitions.for_use(use)

        def done(result: tuple[list[SurveyInfo], SurveyInfo | None]) -> None:
            surveys, default = result
            if not paper:
                self.questions.load(default)
                self.save_button.setEnabled(default is not None)
                self.questions.first().setFocus()
                return
            self.survey.blockSignals(True)
            for survey in surveys:
                self.survey.addItem(translate("SurveyAnswer", "{name} (version {version})")
                                    .format(name=survey.name, version=survey.version), survey)  # fmt: skip
            self.survey.blockSignals(False)
            index = next((i for i, s in enumerate(surveys)
                          if default is not None and s.id == default.id), 0)  # fmt: skip
            self.survey.setCurrentIndex(index)
            self._chosen()
            self.save_button.setEnabled(bool(surveys))

        self._runner.read(work, done)

    def _chosen(self, *_args: object) -> None:
        survey = self.survey.currentData()
        self.questions.load(survey if isinstance(survey, SurveyInfo) else None)

    def _answered_at(self) -> dt.datetime | None:
        if not self._paper:
            return None
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)
        if day == self._today():
            return None  # typed in on the day: now
        noon = QTime(12, 0).toPython()
        return dt.datetime.combine(day, noon).astimezone().astimezone(dt.UTC)

    def save(self) -> None:
        self.message.hide()
        if self._paper:
            form = self.questions.form(SurveySource.PAPER, customer_id=self.search.current_id(),
                                       answered_at=self._answered_at())  # fmt: skip
        else:
            customer = self._customer[0] if self._customer else None
            form = self.questions.form(SurveySource.COUNTER, customer_id=customer,
                                       visit_id=self._visit_id)  # fmt: skip
        if form is None:
            return
        responses = self._responses

        def work(_ctx: TaskContext) -> Changes:
            self.saved.append(responses.record(form))
            return Changes.of("surveys")

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                self._runner.task_failed.emit(exc)
                return
            self.message.setText(refusal(exc))
            self.message.show()
            widget = self.questions.widget_for(exc.field, exc.params.get("item"))
            if exc.field == "answered_at":
                widget = self.date
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

        self._runner.write(work, self._saved, failed)

    def _saved(self, _changes: Changes) -> None:
        if not self._paper:
            self.accept()
            return
        self.status.setText(translate("SurveyAnswer", "Form {n} saved. Type in the next one, "
                                      "or close.").format(n=len(self.saved)))  # fmt: skip
        self.questions.clear()
        self.search.line.clear()
        self.search.combo.clear()
        self.questions.first().setFocus()
