"""One complaint: where it stands, the moves it allows, answering the customer or noting
something internally, and its own timeline.

The moves offered are exactly the ones the workflow allows from the current state (a reopen
asks for its reason in the text box); every action runs on the writer and the window shows the
complaint as it is afterwards. The stage forms and promises join in a later version.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.complaints.deadlines import Deadline, Urgency
from cs_desktop.domain.complaints.states import allowed
from cs_desktop.domain.enums import ComplaintState
from cs_desktop.services.changes import Changes
from cs_desktop.services.complaints.workflow import ActionEntry, ComplaintInfo, ComplaintWorkflow
from cs_desktop.services.errors import ServiceError

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .complaint_texts import state_names

translate = QCoreApplication.translate


def move_label(target: ComplaintState, current: ComplaintState) -> str:
    if current is ComplaintState.CLOSED and target is ComplaintState.INVESTIGATING:
        return translate("ComplaintWindow", "Reopen…")
    if current in (
        ComplaintState.WAITING_CUSTOMER,
        ComplaintState.WAITING_THIRD_PARTY,
    ) and target not in (ComplaintState.WAITING_CUSTOMER, ComplaintState.WAITING_THIRD_PARTY):
        return translate("ComplaintWindow", "Resume")  # fmt: skip
    return {
        ComplaintState.INVESTIGATING: translate("ComplaintWindow", "Investigate"),
        ComplaintState.RESOLVING: translate("ComplaintWindow", "Resolve"),
        ComplaintState.FEEDBACK: translate("ComplaintWindow", "Tell the customer"),
        ComplaintState.CLOSED: translate("ComplaintWindow", "Close"),
        ComplaintState.REVIEWED: translate("ComplaintWindow", "Reviewed"),
        ComplaintState.WAITING_CUSTOMER: translate("ComplaintWindow", "Wait for the customer"),
        ComplaintState.WAITING_THIRD_PARTY: translate("ComplaintWindow", "Wait for a third party"),
    }.get(target, target.value)


def refusal(exc: ServiceError) -> str:
    if exc.code == "reason_required":
        return translate("ComplaintWindow", "Write the reason for reopening in the text box first.")
    if exc.code == "required":
        return translate("ComplaintWindow", "Write the text first.")
    if exc.code == "illegal_move":
        return translate("ComplaintWindow", "This step is not allowed from here.")
    return translate("ComplaintWindow", "Not done ({code}).").format(code=exc.code)


def deadline_text(d: Deadline) -> str:
    if d.urgency is Urgency.PAUSED:
        return translate("ComplaintWindow", "clock stopped")
    when = d.due.strftime("%Y-%m-%d %H:%M") if d.due else ""
    if d.urgency is Urgency.OVERDUE:
        return translate("ComplaintWindow", "{when}, overdue").format(when=when)
    return when


def action_text(entry: ActionEntry) -> str:
    names = state_names()

    def state(value: str | None) -> str:
        return names.get(ComplaintState(value), value) if value else ""

    kinds = {
        "intake": translate("ComplaintWindow", "Registered"),
        "state": translate("ComplaintWindow", "{old} → {new}").format(
            old=state(entry.from_state), new=state(entry.to_state)),
        "reopen": translate("ComplaintWindow", "Reopened"),
        "response": translate("ComplaintWindow", "Answer to the customer"),
        "note": translate("ComplaintWindow", "Internal note"),
        "handover": translate("ComplaintWindow", "Handed over to {name}").format(
            name=entry.target_staff),
        "escalation": translate("ComplaintWindow", "Escalated"),
    }  # fmt: skip
    return kinds.get(entry.kind, entry.kind)


class ComplaintWindow(QDialog):
    def __init__(self, workflow: ComplaintWorkflow, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("complaintWindow")
        self._workflow = workflow
        self._runner = runner
        self.info: ComplaintInfo | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.moves_row = QHBoxLayout()
        self.move_buttons: list[QPushButton] = []
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(72)
        self.respond_button = QPushButton()
        self.respond_button.clicked.connect(lambda: self._entry(True))
        self.note_button = QPushButton()
        self.note_button.clicked.connect(lambda: self._entry(False))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnCount(4)
        self.timeline.setUniformRowHeights(True)
        for column, width in enumerate((130, 170, 260)):
            self.timeline.setColumnWidth(column, width)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.respond_button)
        entry_row.addWidget(self.note_button)
        entry_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.moves_row)
        layout.addWidget(self.message)
        layout.addWidget(self.text)
        layout.addLayout(entry_row)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(720, 560)

    def retranslate(self) -> None:
        self.respond_button.setText(translate("ComplaintWindow", "&Answer the customer"))
        self.note_button.setText(translate("ComplaintWindow", "Internal &note"))
        self.text.setPlaceholderText(translate(
            "ComplaintWindow", "An answer to the customer meets the first-response limit; an "
            "internal note does not. A reopening needs its reason here."))  # fmt: skip
        self.timeline.setHeaderLabels([
            translate("ComplaintWindow", "When"), translate("ComplaintWindow", "What"),
            translate("ComplaintWindow", "Text"), translate("ComplaintWindow", "Staff"),
        ])  # fmt: skip
        if self.info is not None:
            self._show(self.info)

    # --- loading ----------------------------------------------------------------------------
    def load(self, complaint_id: uuid.UUID) -> None:
        workflow = self._workflow

        def work(_ctx: TaskContext) -> tuple[ComplaintInfo, list[ActionEntry]]:
            return workflow.get(complaint_id), workflow.actions(complaint_id)

        self._runner.read(work, self._loaded)

    def _loaded(self, result: tuple[ComplaintInfo, list[ActionEntry]]) -> None:
        info, actions = result
        self._show(info)
        self.timeline.clear()
        self.timeline.addTopLevelItems([
            QTreeWidgetItem([a.at.astimezone().strftime("%Y-%m-%d %H:%M"), action_text(a), a.text,
                             a.staff])
            for a in actions
        ])  # fmt: skip

    def _show(self, info: ComplaintInfo) -> None:
        self.info = info
        self.setWindowTitle(translate("ComplaintWindow", "Complaint {number}").format(
            number=info.number))  # fmt: skip
        self.summary.setText(translate(
            "ComplaintWindow", "{state} · first response due {first} · resolution due {resolution}")
            .format(state=state_names().get(info.state, info.state.value),
                    first=deadline_text(info.first_response),
                    resolution=deadline_text(info.resolution)))  # fmt: skip
        for button in self.move_buttons:
            self.moves_row.removeWidget(button)
            button.deleteLater()
        self.move_buttons = []
        for target in allowed(info.state, info.paused_from):
            button = QPushButton(move_label(target, info.state))
            button.setProperty("target", target.value)
            button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
            self.moves_row.addWidget(button)
            self.move_buttons.append(button)

    # --- acting -----------------------------------------------------------------------------
    def move_to(self, target: ComplaintState) -> None:
        if self.info is None:
            return
        cid, reason, workflow = self.info.id, self.text.toPlainText(), self._workflow

        def work(_ctx: TaskContext) -> Changes:
            workflow.move(cid, target, reason=reason)
            return Changes.of("complaints")

        self._act(work, clear=bool(reason.strip()))

    def _entry(self, respond: bool) -> None:
        if self.info is None:
            return
        cid, text, workflow = self.info.id, self.text.toPlainText(), self._workflow

        def work(_ctx: TaskContext) -> Changes:
            (workflow.respond if respond else workflow.note)(cid, text)
            return Changes.of("complaints")

        self._act(work, clear=True)

    def _act(self, work: object, clear: bool) -> None:
        cid = self.info.id if self.info else None

        def done(_changes: Changes) -> None:
            self.message.hide()
            if clear:
                self.text.clear()
            if cid is not None:
                self.load(cid)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.message.setText(refusal(exc))
                self.message.show()
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, done, failed)  # type: ignore[arg-type]
