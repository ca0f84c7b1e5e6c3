"""One complaint: where it stands, the moves it allows, answering the customer or noting
something internally, and its own timeline.

The moves offered are exactly the ones the workflow allows from the current state (a reopen
asks for its reason in the text box); every action runs on the writer and the window shows the
complaint as it is afterwards. Tabs hold what the intake recorded, the four stage forms
(investigation, resolution, feedback, review) and the promises made to the customer; the owner
can hand the complaint over with a reason.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.complaints.deadlines import Deadline, Urgency
from cs_desktop.domain.complaints.states import allowed
from cs_desktop.domain.enums import ComplaintStage, ComplaintState, DifficultType
from cs_desktop.services.changes import Changes
from cs_desktop.services.complaints.records import ComplaintRecords, PromiseInfo
from cs_desktop.services.complaints.workflow import (
    ActionEntry,
    ComplaintDetails,
    ComplaintInfo,
    ComplaintWorkflow,
    StaffChoice,
)
from cs_desktop.services.errors import ServiceError

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .complaint_handover import HandoverDialog
from .complaint_intake import channel_names
from .complaint_promises import PromisesPanel
from .complaint_stages import StageForm, stage_names, stage_refusal
from .complaint_texts import difficult_names, escalation_names, state_names

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
    if exc.code == "date_in_past":
        return translate("ComplaintWindow", "The promise's date has already passed.")
    if exc.code == "promise_settled":
        return translate("ComplaintWindow", "This promise has already been marked.")
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
        "promise": translate("ComplaintWindow", "Promise made"),
        "promise_kept": translate("ComplaintWindow", "Promise kept"),
        "promise_broken": translate("ComplaintWindow", "Promise broken"),
        "signed": translate("ComplaintWindow", "Intake record signed by the complainant"),
        "unsigned": translate("ComplaintWindow", "Signature mark removed"),
    }  # fmt: skip
    if entry.kind == "escalation":
        return escalation_names().get(entry.text, kinds["escalation"])
    if entry.kind == "stage":
        stage = stage_names().get(ComplaintStage(entry.text)) if entry.text in set(
            ComplaintStage) else entry.text  # fmt: skip
        return translate("ComplaintWindow", "{stage} recorded").format(stage=stage)
    return kinds.get(entry.kind, entry.kind)


STATE_TAB = {
    ComplaintState.INVESTIGATING: ComplaintStage.INVESTIGATION,
    ComplaintState.RESOLVING: ComplaintStage.RESOLUTION,
    ComplaintState.FEEDBACK: ComplaintStage.FEEDBACK,
    ComplaintState.CLOSED: ComplaintStage.PREVENTION,
    ComplaintState.REVIEWED: ComplaintStage.PREVENTION,
}


@dataclass(frozen=True)
class Loaded:
    info: ComplaintInfo
    actions: list[ActionEntry]
    details: ComplaintDetails
    stages: dict[ComplaintStage, dict[str, Any]]
    promises: list[PromiseInfo]
    staff: list[StaffChoice]


class ComplaintWindow(QDialog):
    def __init__(self, workflow: ComplaintWorkflow, records: ComplaintRecords,
                 runner: TaskRunner | SyncTaskRunner, severity_labels: dict[str, str] | None = None,
                 parent: QWidget | None = None, *,
                 on_print: Callable[[uuid.UUID, str, QWidget], object] | None = None,
                 ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("complaintWindow")
        self._severity_labels = severity_labels or {}
        self._workflow = workflow
        self._records = records
        self._runner = runner
        self.info: ComplaintInfo | None = None
        self.loaded: Loaded | None = None
        self.handover_dialog: HandoverDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.owner = QLabel()
        self.handover_button = QPushButton()
        self.handover_button.clicked.connect(self.hand_over)
        self.moves_row = QHBoxLayout()
        self.move_buttons: list[QPushButton] = []
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._progress_tab(), "")
        self.tabs.addTab(self._intake_tab(), "")
        self.stage_forms: dict[ComplaintStage, StageForm] = {}
        for stage in (ComplaintStage.INVESTIGATION, ComplaintStage.RESOLUTION,
                      ComplaintStage.FEEDBACK, ComplaintStage.PREVENTION):  # fmt: skip
            form = StageForm(stage)
            form.save_button.clicked.connect(lambda _c=False, f=form: self.save_stage(f))
            self.stage_forms[stage] = form
            self.tabs.addTab(form, "")
        self.promises = PromisesPanel()
        self.promises.add_button.clicked.connect(self.add_promise)
        self.promises.kept_button.clicked.connect(lambda: self.settle_promise(True))
        self.promises.broken_button.clicked.connect(lambda: self.settle_promise(False))
        self.tabs.addTab(self.promises, "")
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner)
        owner_row.addWidget(self.handover_button)
        owner_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # The complaint record form (客户投诉记录表), with the lines to sign.
        self.print_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("complaintPrint")
        self.print_button.setVisible(on_print is not None)
        self.print_button.clicked.connect(
            lambda: on_print(self.info.id, self.info.number, self) if on_print and self.info
            else None)  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(owner_row)
        layout.addLayout(self.moves_row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(780, 640)

    def _progress_tab(self) -> QWidget:
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(72)
        self.respond_button = QPushButton()
        self.respond_button.clicked.connect(lambda: self._entry(True))
        self.note_button = QPushButton()
        self.note_button.clicked.connect(lambda: self._entry(False))
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
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(entry_row)
        layout.addWidget(self.timeline, 1)
        return tab

    def _intake_tab(self) -> QWidget:
        self.intake_values = {key: QLabel() for key in (
            "customer", "received", "channel", "category", "difficult", "words", "wants",
            "promised", "receiver")}  # fmt: skip
        self._intake_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, value in self.intake_values.items():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel()
            self._intake_labels[key] = label
            form.addRow(label, value)
        self.signed = QCheckBox()
        self.signed.clicked.connect(self.mark_signed)
        form.addRow("", self.signed)
        tab = QWidget()
        tab.setLayout(form)
        return tab

    def retranslate(self) -> None:
        self.respond_button.setText(translate("ComplaintWindow", "&Answer the customer"))
        self.note_button.setText(translate("ComplaintWindow", "Internal &note"))
        self.handover_button.setText(translate("ComplaintWindow", "&Hand over…"))
        self.print_button.setText(translate("ComplaintWindow", "&Print…"))
        self.print_button.setToolTip(translate(
            "ComplaintWindow", "The complaint record form, with the lines to sign"))  # fmt: skip
        self.text.setPlaceholderText(translate(
            "ComplaintWindow", "An answer to the customer meets the first-response limit; an "
            "internal note does not. A reopening needs its reason here."))  # fmt: skip
        self.timeline.setHeaderLabels([
            translate("ComplaintWindow", "When"), translate("ComplaintWindow", "What"),
            translate("ComplaintWindow", "Text"), translate("ComplaintWindow", "Staff"),
        ])  # fmt: skip
        labels = {
            "customer": translate("ComplaintWindow", "Customer:"),
            "received": translate("ComplaintWindow", "Received:"),
            "channel": translate("ComplaintWindow", "Channel:"),
            "category": translate("ComplaintWindow", "Category and severity:"),
            "difficult": translate("ComplaintWindow", "Difficult-customer type:"),
            "words": translate("ComplaintWindow", "In the customer's words:"),
            "wants": translate("ComplaintWindow", "What they want:"),
            "promised": translate("ComplaintWindow", "Handling promised:"),
            "receiver": translate("ComplaintWindow", "Received by:"),
        }  # fmt: skip
        for key, label in self._intake_labels.items():
            label.setText(labels[key])
        self.signed.setText(translate(
            "ComplaintWindow", "The intake record was read back to the complainant, who signed "
            "it"))  # fmt: skip
        self.tabs.setTabText(0, translate("ComplaintWindow", "Progress"))
        self.tabs.setTabText(1, translate("ComplaintWindow", "Intake"))
        for index, stage in enumerate(self.stage_forms, start=2):
            self.tabs.setTabText(index, stage_names()[stage])
            self.stage_forms[stage].retranslate()
        self.promises.retranslate()
        self._promises_tab_text()
        if self.loaded is not None:
            self._loaded(self.loaded)

    def _promises_tab_text(self) -> None:
        open_count = sum(1 for p in self.promises.promises if p.status.value == "open")
        text = translate("ComplaintWindow", "Promises")
        if open_count:
            text = translate("ComplaintWindow", "Promises ({n} open)").format(n=open_count)
        self.tabs.setTabText(self.tabs.indexOf(self.promises), text)

    # --- loading ----------------------------------------------------------------------------
    def load(self, complaint_id: uuid.UUID) -> None:
        workflow, records = self._workflow, self._records
        first = self.loaded is None

        def work(_ctx: TaskContext) -> Loaded:
            return Loaded(workflow.get(complaint_id), workflow.actions(complaint_id),
                          workflow.details(complaint_id), records.stages(complaint_id),
                          records.promises(complaint_id), workflow.staff())  # fmt: skip

        def done(loaded: Loaded) -> None:
            self._loaded(loaded)
            if first:
                stage = STATE_TAB.get(loaded.info.state)
                if stage is not None:
                    self.tabs.setCurrentWidget(self.stage_forms[stage])

        self._runner.read(work, done)

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._show(loaded.info)
        self.timeline.clear()
        self.timeline.addTopLevelItems([
            QTreeWidgetItem([a.at.astimezone().strftime("%Y-%m-%d %H:%M"), action_text(a),
                             "" if a.kind in ("stage", "escalation") else a.text, a.staff])
            for a in loaded.actions
        ])  # fmt: skip
        d, info = loaded.details, loaded.info
        levels = self._severity_labels
        values = {
            "customer": d.customer_name,
            "received": info.received_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            "channel": channel_names().get(d.channel, d.channel),
            "category": f"{info.category} · {levels.get(info.severity, info.severity)}",
            "difficult": difficult_names().get(DifficultType(d.difficult_type), "")
            if d.difficult_type in set(DifficultType) else "",
            "words": d.customer_words, "wants": d.customer_wants,
            "promised": d.promised_handling, "receiver": d.receiver,
        }  # fmt: skip
        for key, label in self.intake_values.items():
            label.setText(values[key])
        self.signed.setChecked(d.signed_by_complainant)
        self.owner.setText(translate("ComplaintWindow", "Owner: {name}").format(
            name=d.owner or translate("ComplaintWindow", "nobody")))  # fmt: skip
        self.handover_button.setEnabled(info.state is not ComplaintState.REVIEWED)
        for stage, form in self.stage_forms.items():
            form.load(loaded.stages.get(stage, {}))
        self.promises.set_staff(loaded.staff)
        self.promises.set_promises(loaded.promises)
        self._promises_tab_text()

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

    def save_stage(self, form: StageForm) -> None:
        if self.info is None:
            return
        cid, stage, data, records = self.info.id, form.stage, form.data(), self._records

        def work(_ctx: TaskContext) -> Changes:
            records.record_stage(cid, stage, data)
            return Changes.of("complaints")

        def saved() -> None:
            form.status.setText(translate("ComplaintWindow", "Saved at {time}.").format(
                time=dt.datetime.now().strftime("%H:%M")))  # fmt: skip

        def refused(exc: ServiceError) -> str:
            form.focus_field(exc.field or "")
            return stage_refusal(exc)

        form.status.clear()
        self._act(work, clear=False, after=saved, explain=refused)

    def add_promise(self) -> None:
        if self.info is None:
            return
        panel, cid, records = self.promises, self.info.id, self._records
        text, due, owner = panel.text.text(), panel.due_at(), panel.owner.currentData()

        def work(_ctx: TaskContext) -> Changes:
            records.promise(cid, text, due, owner_staff_id=owner)
            return Changes.of("complaints")

        self._act(work, clear=False, after=panel.reset_new)

    def settle_promise(self, kept: bool) -> None:
        chosen = self.promises.selected()
        if chosen is None:
            return
        records = self._records

        def work(_ctx: TaskContext) -> Changes:
            records.settle(chosen.id, kept)
            return Changes.of("complaints")

        self._act(work, clear=False)

    def hand_over(self) -> None:
        if self.info is None or self.loaded is None:
            return
        dialog = HandoverDialog(self.loaded.staff, self.info.owner_staff_id, self)
        self.handover_dialog = dialog
        cid, workflow = self.info.id, self._workflow

        def accepted() -> None:
            to, reason = dialog.to_staff.currentData(), dialog.reason.text()

            def work(_ctx: TaskContext) -> Changes:
                workflow.hand_over(cid, to, reason)
                return Changes.of("complaints")

            self._act(work, clear=False)

        dialog.accepted.connect(accepted)
        dialog.open()

    def mark_signed(self, signed: bool) -> None:
        if self.info is None:
            return
        cid, workflow = self.info.id, self._workflow

        def work(_ctx: TaskContext) -> Changes:
            workflow.mark_signed(cid, signed)
            return Changes.of("complaints")

        self._act(work, clear=False)

    def _act(self, work: object, clear: bool, after: Callable[[], None] | None = None,
             explain: Callable[[ServiceError], str] = refusal) -> None:  # fmt: skip
        cid = self.info.id if self.info else None

        def done(_changes: Changes) -> None:
            self.message.hide()
            if clear:
                self.text.clear()
            if after is not None:
                after()
            if cid is not None:
                self.load(cid)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.message.setText(explain(exc))
                self.message.show()
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, done, failed)  # type: ignore[arg-type]
