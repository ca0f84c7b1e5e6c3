"""A new customer in two fields (name and phone), for a clerk registering something for a
customer who has no card yet. The full card can be completed later from the customer list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService, ValidationFailed

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .card_texts import problem_text

translate = QCoreApplication.translate


class QuickCustomerDialog(QDialog):
    """``created`` holds the saved card once the dialog is accepted."""

    def __init__(self, cards: CustomerCardService, runner: TaskRunner | SyncTaskRunner,
                 text: str = "", parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("quickCustomer")
        self.setWindowTitle(translate("QuickCustomer", "New customer"))
        self._cards = cards
        self._runner = runner
        self.created: CustomerCard | None = None
        self.name = QLineEdit()
        self.phone = QLineEdit()
        digits = text.strip().replace(" ", "").replace("-", "")
        (self.phone if digits.isdigit() else self.name).setText(text.strip())
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(translate("QuickCustomer", "&Name:"), self.name)
        form.addRow(translate("QuickCustomer", "&Phone:"), self.phone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "QuickCustomer", "Only for someone the search does not find. The rest of the card "
            "can be filled in later from the customer list.")))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        phone = self.phone.text().strip()
        card = CustomerCard(name=self.name.text(),
                            phones=(PhoneEntry(phone),) if phone else ())  # fmt: skip
        cards = self._cards

        def work(_ctx: TaskContext) -> CustomerCard:
            return cards.create(card)

        def done(saved: CustomerCard) -> None:
            self.created = saved
            self.accept()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ValidationFailed):
                self._runner.task_failed.emit(exc)
                return
            labels = {"name": translate("QuickCustomer", "Name"),
                      "phones": translate("QuickCustomer", "Phone")}  # fmt: skip
            self.message.setText("\n".join(
                translate("QuickCustomer", "{field}: {problem}").format(
                    field=labels.get(p.field.split(".")[0], p.field), problem=problem_text(p))
                for p in exc.problems))  # fmt: skip
            self.message.show()
            field = exc.problems[0].field if exc.problems else ""
            (self.phone if field.startswith("phone") else self.name).setFocus()

        self._runner.write(work, done, failed)
