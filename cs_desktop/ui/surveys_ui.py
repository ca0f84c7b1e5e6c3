"""Where the window offers surveys: File > 录入纸质调查表… (typing in returned paper forms), and
``SurveysUi.enter_paper_forms`` for other pages (the Reports page) to call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.roles import Permission

from .access import may
from .context import SurveyServices, UiContext
from .dialogs.survey_answer import SurveyAnswerDialog
from .dialogs.survey_editor import SurveyEditorDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate


class SurveysUi(QObject):
    def __init__(self, ctx: UiContext, surveys: SurveyServices, window: QWidget) -> None:
        super().__init__(window)
        self._ctx, self._surveys, self._window = ctx, surveys, window
        self.paper_dialog: SurveyAnswerDialog | None = None
        self.editor: SurveyEditorDialog | None = None
        # Settings > Satisfaction surveys
        self.box = QGroupBox()
        self.box.setObjectName("surveysBox")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.editor_button = QPushButton()
        self.editor_button.setObjectName("surveyEditorButton")
        self.editor_button.clicked.connect(lambda: self.open_editor())
        row = QHBoxLayout()
        row.addWidget(self.editor_button)
        row.addStretch(1)
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self._hint)
        box_layout.addLayout(row)
        self.paper_action = QAction(window)
        self.paper_action.setObjectName("enterPaperSurveys")
        self.paper_action.triggered.connect(lambda: self.enter_paper_forms())
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.paper_action.setText(translate("SurveysUi", "&Type in paper survey forms…"))
        self.box.setTitle(translate("SurveysUi", "Satisfaction surveys"))
        self._hint.setText(translate("SurveysUi", "The surveys' items, weights and scale, what "
                                     "else they ask, and which survey is asked after follow-ups, "
                                     "at the counter and after closed complaints."))  # fmt: skip
        self.editor_button.setText(translate("SurveysUi", "Satisfaction surveys…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_editor(self) -> SurveyEditorDialog:
        """Settings > Satisfaction surveys (read-only without EDIT_SURVEYS)."""
        dialog = SurveyEditorDialog(self._surveys.definitions, self._ctx.runner,
                                    may(self._ctx.accounts, Permission.EDIT_SURVEYS),
                                    self._window)  # fmt: skip
        self.editor = dialog
        dialog.open()
        return dialog

    def enter_paper_forms(self, parent: QWidget | None = None) -> SurveyAnswerDialog:
        """The paper-form dialog: survey, date, optional customer; save and next."""
        ctx = self._ctx
        dialog = SurveyAnswerDialog(self._surveys.definitions, self._surveys.responses,
                                    ctx.runner, paper=True, today=ctx.today,
                                    customers=ctx.customers, use="followup",
                                    parent=parent or self._window)  # fmt: skip
        self.paper_dialog = dialog
        dialog.open()
        return dialog


def install_surveys_ui(window: MainWindow, ctx: UiContext) -> SurveysUi | None:
    """The paper-form entry in the File menu, next to printing the survey form."""
    if ctx.surveys is None:
        return None
    ui = SurveysUi(ctx, ctx.surveys, window)
    window.settings_page.add_box(ui.box)
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    if menu is not None:
        after = next((a for a in menu.actions() if a.objectName() == "printSurvey"), None)
        actions = menu.actions()
        following = actions[actions.index(after) + 1] if after in actions[:-1] else None
        if following is not None:
            menu.insertAction(following, ui.paper_action)
        else:
            menu.addAction(ui.paper_action)
    return ui


__all__ = ["SurveysUi", "install_surveys_ui"]
