"""Completing and rescheduling a follow-up: small forms that hand their values to
FollowupActions on the writer and show the service's refusal, naming the field, without
closing. ``done`` holds the follow-up as written once it is accepted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import FollowupReason, SurveySource
from cs_desktop.services.changes import Changes
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.actions import FollowupActions, FollowupInfo
from cs_desktop.services.followups.lists import DueRow
from cs_desktop.services.surveys.definitions import SurveyDefinitions, SurveyInfo

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .followup_texts import reason_names, refusal
from .survey_questions import SurveyQuestions
from .survey_texts import refusal as survey_refusal
from .tier_rule_forms import message_label

translate = QCoreApplication.translate
SURVEY_FIELDS = frozenset({"score", "expectation", "would_return", "would_recommend", "comment",
                           "answers", "survey"})  # fmt: skip


def satisfaction_names() -> dict[int, str]:
    return {
        5: translate("FollowupActions", "5 — very satisfied"),
        4: translate("FollowupActions", "4 — satisfied"),
        3: translate("FollowupActions", "3 — neutral"),
        2: translate("FollowupActions", "2 — dissatisfied"),
        1: translate("FollowupActions", "1 — very dissatisfied"),
    }


class _ActionDialog(QDialog):
    def __init__(self, row: DueRow, actions: FollowupActions,
                 runner: TaskRunner | SyncTaskRunner, parent: QWidget | None) -> None:  # fmt: skip
        super().__init__(parent)
        self._row, self._actions, self._runner = row, actions, runner
        self.done_info: FollowupInfo | None = None
        self.about = QLabel(translate("FollowupActions", "{customer} · {phone} · {reason}, due "
                                      "{due}").format(customer=row.customer_name, phone=row.phone,
                                                      reason=reason_names().get(row.reason, ""),
                                                      due=row.due_date.isoformat()))  # fmt: skip
        self.about.setWordWrap(True)
        self.message = message_label()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _fields(self) -> dict[str, QWidget]:
        return {}

    def save(self) -> None:
        raise NotImplementedError

    def _refusal(self, exc: ServiceError) -> str:
        return refusal(exc)

    def _widget_for(self, exc: ServiceError) -> QWidget | None:
        return self._fields().get(exc.field or "")

    def _run(self, action: Callable[[], FollowupInfo]) -> None:
        self.message.hide()

        def work(_ctx: TaskContext) -> Changes:
            self.done_info = action()
            return Changes.of("followups")

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                self._runner.task_failed.emit(exc)
                return
            self.message.setText(self._refusal(exc))
            self.message.show()
            widget = self._widget_for(exc)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

        self._runner.write(work, lambda _c: self.accept(), failed)


class CompleteDialog(_ActionDialog):
    """The call was made: what came of it, and the customer's scores when asked."""

    def __init__(self, row: DueRow, actions: FollowupActions, runner: TaskRunner | SyncTaskRunner,
                 staff_id: object = None, parent: QWidget | None = None,
                 surveys: SurveyDefinitions | None = None) -> None:  # fmt: skip
        super().__init__(row, actions, runner, parent)
        self.setObjectName("completeFollowup")
        self.questions = SurveyQuestions(with_nps=False)
        self.setWindowTitle(translate("FollowupActions", "Complete the follow-up"))
        self._staff_id = staff_id
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(72)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(translate("FollowupActions", "(not asked)"), None)
        for value, name in satisfaction_names().items():
            self.satisfaction.addItem(name, value)
        self.nps = QComboBox()
        self.nps.addItem(translate("FollowupActions", "(not asked)"), None)
        for value in range(10, -1, -1):
            self.nps.addItem(str(value), value)
        labels = (translate("FollowupActions", "&Outcome:"),
                  translate("FollowupActions", "&Satisfaction (1-5):"),
                  translate("FollowupActions", "Would &recommend us (0-10):"))  # fmt: skip
        for text, widget in zip(labels, (self.outcome, self.satisfaction, self.nps), strict=True):
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.survey_title = QLabel()
        self.survey_title.hide()
        self.form.addRow(self.survey_title)
        self.form.addRow(self.questions)
        self.questions.hide()
        self.outcome.setFocus()
        self.resize(460, 300)
        if surveys is not None:
            use = "complaint" if row.reason == FollowupReason.COMPLAINT else "followup"
            runner.read(lambda _ctx: surveys.for_use(use), self._survey_read)

    def _survey_read(self, survey: SurveyInfo | None) -> None:
        """The site's survey for this follow-up: every question optional."""
        if survey is None:
            return
        self.survey_title.setText(translate("FollowupActions", "<b>{name}</b> (if the customer "
                                            "answers; every question is optional)")
                                  .format(name=html.escape(survey.name)))  # fmt: skip
        self.questions.load(survey)
        self.survey_title.show()
        self.questions.show()
        self.resize(max(self.width(), 560), 640)

    def _refusal(self, exc: ServiceError) -> str:
        if exc.field in SURVEY_FIELDS:
            return survey_refusal(exc)
        return refusal(exc)

    def _widget_for(self, exc: ServiceError) -> QWidget | None:
        if exc.field in SURVEY_FIELDS:
            return self.questions.widget_for(exc.field, exc.params.get("item"))
        return super()._widget_for(exc)

    def _fields(self) -> dict[str, QWidget]:
        return {"outcome": self.outcome, "satisfaction": self.satisfaction, "nps": self.nps}

    def save(self) -> None:
        actions, row = self._actions, self._row
        outcome = self.outcome.toPlainText()
        satisfaction, nps = self.satisfaction.currentData(), self.nps.currentData()
        staff = self._staff_id
        survey = self.questions.form(SurveySource.FOLLOWUP, customer_id=row.customer_id,
                                     followup_id=row.id)  # fmt: skip
        asked = self.questions.survey
        if survey is not None and asked is not None and asked.asks_nps:
            survey = dataclasses.replace(survey, nps=nps)  # the NPS asked above is the survey's
        self._run(lambda: actions.complete(row.id, outcome, satisfaction, nps,
                                           staff_id=staff,  # type: ignore[arg-type]
                                           row_version=row.row_version, survey=survey))  # fmt: skip


class RescheduleDialog(_ActionDialog):
    """Another day for the call; the reason is kept with the follow-up."""

    def __init__(self, row: DueRow, actions: FollowupActions, runner: TaskRunner | SyncTaskRunner,
                 today: dt.date, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(row, actions, runner, parent)
        self.setObjectName("rescheduleFollowup")
        self.setWindowTitle(translate("FollowupActions", "Reschedule the follow-up"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(max(today, row.due_date) + dt.timedelta(days=1)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("FollowupActions", "e.g. the customer asked to "
                                                 "be called next week"))  # fmt: skip
        labels = (translate("FollowupActions", "New &date:"),
                  translate("FollowupActions", "&Reason:"))  # fmt: skip
        for text, widget in zip(labels, (self.date, self.reason), strict=True):
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.reason.setFocus()
        self.resize(440, 200)

    def _fields(self) -> dict[str, QWidget]:
        return {"reason": self.reason, "due_date": self.date}

    def save(self) -> None:
        actions, row = self._actions, self._row
        day = self.date.date().toPython()
        reason = self.reason.text()
        self._run(lambda: actions.reschedule(row.id, day, reason,  # type: ignore[arg-type]
                                             row_version=row.row_version))  # fmt: skip
