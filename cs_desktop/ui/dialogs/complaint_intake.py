"""Registering a complaint in a few keystrokes: find the customer, say what happened.

The customer is found with the same search as the customer list (name, phone digits, pinyin).
Category and severity come from the site's rules; each severity shows what it means. Whoever
registers the complaint owns it (首问负责).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.complaints.settings import ComplaintRules
from cs_desktop.services.complaints.workflow import ComplaintInfo, ComplaintWorkflow, Intake
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.listing import CustomerListService
from cs_desktop.services.errors import ServiceError

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .complaint_texts import difficult_names
from .customer_search import CustomerSearch
from .quick_customer import QuickCustomerDialog

translate = QCoreApplication.translate
CHANNELS = ("counter", "phone", "letter", "online", "visit")


def channel_names() -> dict[str, str]:
    return {
        "counter": translate("ComplaintIntake", "At the counter"),
        "phone": translate("ComplaintIntake", "By phone"),
        "letter": translate("ComplaintIntake", "Letter"),
        "online": translate("ComplaintIntake", "Online"),
        "visit": translate("ComplaintIntake", "During a visit"),
    }


def field_message(exc: ServiceError) -> str:
    if exc.code == "required":
        return translate("ComplaintIntake", "This is required.")
    if exc.code == "too_long":
        return translate("ComplaintIntake", "This is too long: at most {max} characters.").format(
            max=exc.params.get("max", ""))  # fmt: skip
    if exc.code == "customer_not_found":
        return translate("ComplaintIntake", "Choose the customer from the list.")
    if exc.code == "not_a_choice":
        return translate("ComplaintIntake", "Choose one of the listed values.")
    return translate("ComplaintIntake", "Not accepted ({code}).").format(code=exc.code)


class ComplaintIntakeDialog(QDialog):
    """``registered`` is set once the complaint is saved."""

    def __init__(self, workflow: ComplaintWorkflow, customers: CustomerListService,
                 rules: ComplaintRules, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None,
                 cards: CustomerCardService | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("complaintIntake")
        self._cards = cards
        self.quick_dialog: QuickCustomerDialog | None = None
        self._workflow = workflow
        self._customers = customers
        self._runner = runner
        self.registered: ComplaintInfo | None = None
        self.search = CustomerSearch(customers, runner, self)
        self.customer_search, self.customer = self.search.line, self.search.combo
        self.new_customer_button = QPushButton()
        self.new_customer_button.setVisible(cards is not None)
        self.new_customer_button.clicked.connect(self.new_customer)
        customer_row = QWidget()
        row_layout = QHBoxLayout(customer_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.customer, 1)
        row_layout.addWidget(self.new_customer_button)
        self.channel = QComboBox()
        for code, name in channel_names().items():
            self.channel.addItem(name, code)
        self.category = QComboBox()
        for category in rules.categories:
            self.category.addItem(category, category)
        self.severity = QComboBox()
        for level in rules.severities:
            self.severity.addItem(level.label, level.code)
            self.severity.setItemData(self.severity.count() - 1, level.meaning,
                                      Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.severity_meaning = QLabel()
        self.severity_meaning.setWordWrap(True)
        self.severity.currentIndexChanged.connect(self._show_meaning)
        self.words = QPlainTextEdit()
        self.words.setTabChangesFocus(True)
        self.wants = QLineEdit()
        self.promised = QLineEdit()
        self.difficult = QComboBox()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._labels = [QLabel() for _ in range(9)]
        form = QFormLayout()
        for label, widget in zip(self._labels, (
            self.customer_search, customer_row, self.channel, self.category, self.severity,
            self.words, self.wants, self.promised, self.difficult), strict=True):  # fmt: skip
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.insertRow(5, "", self.severity_meaning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._show_meaning()
        self.resize(560, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ComplaintIntake", "Register a complaint"))
        for label, text in zip(self._labels, (
            translate("ComplaintIntake", "&Find customer:"),
            translate("ComplaintIntake", "C&ustomer:"),
            translate("ComplaintIntake", "C&hannel:"),
            translate("ComplaintIntake", "Ca&tegory:"),
            translate("ComplaintIntake", "&Severity:"),
            translate("ComplaintIntake", "In the customer's &words:"),
            translate("ComplaintIntake", "What they &want:"),
            translate("ComplaintIntake", "Handling &promised:"),
            translate("ComplaintIntake", "&Difficult customer:"),
        ), strict=True):  # fmt: skip
            label.setText(text)
        current = self.difficult.currentData()
        self.difficult.clear()
        self.difficult.addItem(translate("ComplaintIntake", "(not noted)"), None)
        for kind, name in difficult_names().items():
            self.difficult.addItem(name, kind.value)
        self.difficult.setCurrentIndex(max(0, self.difficult.findData(current)))
        self.customer_search.setPlaceholderText(
            translate("ComplaintIntake", "Name, phone digits or pinyin"))  # fmt: skip
        self.new_customer_button.setText(translate("ComplaintIntake", "&New customer…"))

    def set_customer(self, customer_id: uuid.UUID, name: str) -> None:
        """Opened from a customer's card: the customer is known."""
        self.search.set_customer(customer_id, name)

    def new_customer(self) -> None:
        """Someone without a card: name and phone now, the rest of the card later."""
        if self._cards is None:
            return
        dialog = QuickCustomerDialog(self._cards, self._runner, self.customer_search.text(), self)
        dialog.accepted.connect(lambda: self._created(dialog))
        self.quick_dialog = dialog
        dialog.open()

    def _created(self, dialog: QuickCustomerDialog) -> None:
        card = dialog.created
        if card is not None and card.id is not None:
            self.set_customer(card.id, card.name)
            self.words.setFocus()

    def _show_meaning(self) -> None:
        meaning = self.severity.currentData(Qt.ItemDataRole.ToolTipRole)
        self.severity_meaning.setText(meaning or "")

    def find_customers(self) -> None:
        self.search.find()

    def save(self) -> None:
        customer_id = self.customer.currentData()
        form = Intake(
            customer_id=customer_id or uuid.UUID(int=0), channel=self.channel.currentData(),
            category=self.category.currentData() or "", severity=self.severity.currentData() or "",
            customer_words=self.words.toPlainText(), customer_wants=self.wants.text(),
            promised_handling=self.promised.text(), difficult_type=self.difficult.currentData(),
        )  # fmt: skip
        workflow = self._workflow

        def work(_ctx: TaskContext) -> ComplaintInfo:
            return workflow.intake(form)

        def done(info: ComplaintInfo) -> None:
            self.registered = info
            self.accept()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                self._runner.task_failed.emit(exc)
                return
            widget = {"customer_words": self.words, "category": self.category,
                      "severity": self.severity, "channel": self.channel}.get(
                          exc.field or "", self.customer)  # fmt: skip
            self.message.setText(field_message(exc))
            self.message.show()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

        self._runner.write(work, done, failed)
