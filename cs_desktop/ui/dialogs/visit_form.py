"""Recording a visit or a call (来访记录) in a few keystrokes: the customer (found by name, phone
digits or pinyin, or known already when opened from the card), when (now unless changed), how,
who served, the purpose from the site's list, the outcome and the next step; with "plan a
follow-up" ticked, a follow-up is planned from the next step, on the day given or by the site's
rule (``visit_days`` later, on a working day).

``VisitForm`` is the form (on the visits page, and inside ``VisitDialog`` from the card); it
hands a services.followups.visits.VisitForm to VisitService.record on the writer and shows a
refusal naming the field. ``recorded`` is emitted with the result and the customer's name.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import VisitKind
from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.listing import CustomerListService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.settings import FollowupRules
from cs_desktop.services.followups.visit_lists import StaffChoice
from cs_desktop.services.followups.visits import VisitForm as VisitInput
from cs_desktop.services.followups.visits import VisitRecorded

from ..combo import index_of
from ..context import FollowupServices
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .customer_search import CustomerSearch
from .followup_texts import kind_names, refusal
from .tier_rule_forms import message_label

translate = QCoreApplication.translate
_CHANGED = ("visits", "followups", "customer_stats", "customers")


class VisitForm(QWidget):
    recorded = Signal(object, str)  # VisitRecorded, the customer's name
    loaded = Signal()  # the site's purposes and the staff arrived

    def __init__(self, services: FollowupServices, customers: CustomerListService | None,
                 runner: TaskRunner | SyncTaskRunner, now: Callable[[], dt.datetime],
                 staff_id: Callable[[], uuid.UUID | None], columns: int = 1,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._services, self._customers, self._runner = services, customers, runner
        self._now, self._staff_id = now, staff_id
        self.rules = FollowupRules()
        self._shown_time: QDateTime | None = None  # "now" as filled in; untouched: now at save
        self.search = CustomerSearch(customers, runner, self)
        self.customer_search, self.customer = self.search.line, self.search.combo
        self.customer_search.setObjectName("visitCustomerSearch")
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.staff = QComboBox()
        self.purpose = QComboBox()
        self.purpose.setObjectName("visitPurpose")
        self.outcome = QLineEdit()
        self.next_step = QLineEdit()
        self.plan = QCheckBox()
        self.plan.setObjectName("planFollowup")
        self.followup_on = QDateEdit()
        self.followup_on.setDisplayFormat("yyyy-MM-dd")
        self.followup_on.setCalendarPopup(True)
        self.followup_on.setEnabled(False)
        self.plan.toggled.connect(self.followup_on.setEnabled)
        self.message = message_label()
        self.message.setObjectName("visitMessage")

        search_widgets = (self.customer_search, self.customer) if customers is not None else ()
        rows: list[tuple[str, QWidget]] = [(k, w) for k, w in zip(
            ("find", "customer"), search_widgets, strict=False)]  # fmt: skip
        rows += [("when", self.when), ("kind", self.kind), ("staff", self.staff),
                 ("purpose", self.purpose), ("outcome", self.outcome),
                 ("next_step", self.next_step), ("plan", self.followup_on)]  # fmt: skip
        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        per_column = -(-len(rows) // columns)
        for n, (key, widget) in enumerate(rows):
            column, row = divmod(n, per_column)
            if key == "plan":  # the tick box is the date's label
                grid.addWidget(self.plan, row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
                continue
            label = QLabel()
            label.setBuddy(widget)
            self._labels[key] = label
            grid.addWidget(label, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        for column in range(columns):
            grid.setColumnStretch(column * 2 + 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        texts = {
            "find": translate("VisitForm", "&Find customer:"),
            "customer": translate("VisitForm", "C&ustomer:"),
            "when": translate("VisitForm", "&When:"),
            "kind": translate("VisitForm", "&How:"),
            "staff": translate("VisitForm", "Served &by:"),
            "purpose": translate("VisitForm", "&Purpose:"),
            "outcome": translate("VisitForm", "&Outcome:"),
            "next_step": translate("VisitForm", "Ne&xt step:"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.customer_search.setPlaceholderText(
            translate("VisitForm", "Name, phone digits or pinyin"))  # fmt: skip
        self.plan.setText(translate("VisitForm", "&Plan a follow-up:"))
        self.followup_on.setSpecialValueText(translate(
            "VisitForm", "by the rule ({days} days)").format(days=self.rules.visit_days))  # fmt: skip
        self.followup_on.setToolTip(translate(
            "VisitForm", "By the rule: {days} days later, on a working day; or choose a "
            "date").format(days=self.rules.visit_days))  # fmt: skip
        self.next_step.setPlaceholderText(
            translate("VisitForm", "What is to be done next (needed to plan a follow-up)"))  # fmt: skip

    # --- filling ------------------------------------------------------------------------------
    def load(self) -> None:
        """The site's purposes and the staff, read in the background."""
        services = self._services

        def work(_ctx: TaskContext) -> tuple[FollowupRules, list[StaffChoice]]:
            return services.settings.rules(), services.visit_lists.staff()

        def done(result: tuple[FollowupRules, list[StaffChoice]]) -> None:
            self.rules, staff = result
            purpose = self.purpose.currentText()
            self.purpose.clear()
            for name in self.rules.purposes:
                self.purpose.addItem(name, name)
            self.purpose.setCurrentIndex(max(0, self.purpose.findText(purpose)))
            chosen = self.staff.currentData() or self._staff_id()
            self.staff.clear()
            self.staff.addItem(translate("VisitForm", "(not recorded)"), None)
            for person in staff:
                self.staff.addItem(person.name, person.id)
            self.staff.setCurrentIndex(max(0, index_of(self.staff, chosen)) if chosen else 0)
            self.retranslate()
            self.loaded.emit()

        self._runner.read(work, done)
        self.reset()

    def reset(self) -> None:
        """Ready for the next one: now, no outcome or next step (customer and purpose stay
        until changed: the same clerk often records several alike)."""
        today = self._now().astimezone().date()
        local = self._now().astimezone()
        self._shown_time = QDateTime(QDate(local.date()), QTime(local.hour, local.minute))
        self.when.setDateTime(self._shown_time)
        self.when.setMaximumDateTime(QDateTime(QDate(today + dt.timedelta(days=1)), QTime(0, 0)))
        self.outcome.clear()
        self.next_step.clear()
        self.plan.setChecked(False)
        self.followup_on.setMinimumDate(QDate(today - dt.timedelta(days=1)))
        self.followup_on.setDate(self.followup_on.minimumDate())  # the special text: by rule
        self.message.hide()

    def set_customer(self, customer_id: uuid.UUID, name: str) -> None:
        self.search.set_customer(customer_id, name)
        self._fixed = (customer_id, name)

    _fixed: tuple[uuid.UUID, str] | None = None

    def find_customers(self) -> None:
        self.search.find()

    # --- saving -------------------------------------------------------------------------------
    def form(self) -> VisitInput:
        customer_id = self.customer.currentData()
        shown = self.when.dateTime()
        occurred = None
        if self._shown_time is None or shown != self._shown_time:
            occurred = shown.toPython().astimezone()  # type: ignore[union-attr]
        on = self.followup_on.date()
        followup_on = None if on == self.followup_on.minimumDate() else on.toPython()
        return VisitInput(
            customer_id=customer_id or uuid.UUID(int=0), purpose=self.purpose.currentText(),
            kind=VisitKind(self.kind.currentData()), staff_id=self.staff.currentData(),
            occurred_at=occurred, outcome=self.outcome.text(), next_step=self.next_step.text(),
            plan_followup=self.plan.isChecked(),
            followup_on=followup_on,  # type: ignore[arg-type]
        )  # fmt: skip

    def save(self) -> None:
        form, visits = self.form(), self._services.visits
        name = self.search.current_name()
        self.message.hide()

        def work(_ctx: TaskContext) -> tuple[Changes, VisitRecorded]:
            return Changes.of(*_CHANGED), visits.record(form)

        def done(result: tuple[Changes, VisitRecorded]) -> None:
            changes, recorded = result
            self.reset()
            self.recorded.emit(recorded, name)
            self._runner.changes_happened.emit(changes)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                self._runner.task_failed.emit(exc)
                return
            self.message.setText(refusal(exc))
            self.message.show()
            widget = {"purpose": self.purpose, "outcome": self.outcome,
                      "next_step": self.next_step, "followup_on": self.followup_on,
                      "occurred_at": self.when}.get(exc.field or "", self.customer_search
                                                    if self._customers else self.customer)  # fmt: skip
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

        self._runner.write(work, done, failed)


def recorded_text(recorded: VisitRecorded, name: str) -> str:
    when = recorded.occurred_at.astimezone().strftime("%H:%M")
    if recorded.followup_due is not None:
        return translate("VisitForm", "Visit of {name} at {time} recorded; follow-up planned "
                         "for {date}.").format(name=name, time=when,
                                               date=recorded.followup_due.isoformat())  # fmt: skip
    return translate("VisitForm", "Visit of {name} at {time} recorded.").format(
        name=name, time=when)  # fmt: skip


class VisitDialog(QDialog):
    """From the customer's card: the customer is known; Enter records."""

    def __init__(self, services: FollowupServices, runner: TaskRunner | SyncTaskRunner,
                 now: Callable[[], dt.datetime], staff_id: Callable[[], uuid.UUID | None],
                 customer_id: uuid.UUID, name: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.setWindowTitle(translate("VisitForm", "Record a visit or call — {name}").format(
            name=name))  # fmt: skip
        self.recorded: VisitRecorded | None = None
        self.form = VisitForm(services, None, runner, now, staff_id, parent=self)
        self.form.set_customer(customer_id, name)
        self.form.recorded.connect(self._recorded)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.buttons.accepted.connect(self.form.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.purpose.setFocus()
        self.resize(520, 360)

    def _recorded(self, recorded: VisitRecorded, _name: str) -> None:
        self.recorded = recorded
        self.accept()
