"""The "show" buttons on a customer card whose ID or phone numbers arrive masked.

The card service sends a signed-in person the numbers masked (services.customers.masked). A role
that may see one customer's full numbers asks for them here, one click per kind; the reveal is
recorded in the audit trail (services.customers.reveal) and puts the full numbers into the
fields. A role that may not sees no button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from cs_desktop.domain.roles import Permission
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.masked import ID_KEY, SEAL_PREFIX
from cs_desktop.services.customers.reveal import Revealed, RevealService
from cs_desktop.services.errors import ServiceError

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner
from .customer_card import CustomerCardDialog

translate = QCoreApplication.translate


def forbidden_text() -> str:
    return translate("CardReveal", "Your role may not see this number in full.")


class RevealControls:
    """Adds the buttons to one open card dialog (kept alive by the dialog's buttons)."""

    def __init__(self, dialog: CustomerCardDialog, card: CustomerCard, reveal: RevealService,
                 runner: TaskRunner | SyncTaskRunner,
                 may: Callable[[Permission], bool]) -> None:  # fmt: skip
        self._dialog = dialog
        self._card = card
        self._reveal = reveal
        self._runner = runner
        self.show_id = QPushButton(translate("CardReveal", "Show full ID number"))
        self.show_id.setObjectName("revealIdNumber")
        self.show_id.setAutoDefault(False)
        self.show_id.setToolTip(translate("CardReveal", "Shows this customer's full ID number. "
                                          "Who looked is recorded in the audit trail."))  # fmt: skip
        self.show_phones = QPushButton(translate("CardReveal", "Show full phone numbers"))
        self.show_phones.setObjectName("revealPhones")
        self.show_phones.setAutoDefault(False)
        self.show_phones.setToolTip(translate("CardReveal", "Shows this customer's full phone "
                                              "numbers. Who looked is recorded in the audit "
                                              "trail."))  # fmt: skip
        self.note = QLabel(translate("CardReveal", "ID and phone numbers are shown masked."))
        self.note.setObjectName("revealNote")
        self.note.setWordWrap(True)
        id_masked = card.id is not None and bool(card.sealed.get(ID_KEY))
        phones_masked = card.id is not None and any(
            p.digits.startswith(SEAL_PREFIX) for p in card.phones
        )
        self.show_id.setVisible(id_masked and may(Permission.REVEAL_ID))
        self.show_phones.setVisible(phones_masked and may(Permission.REVEAL_PHONE))
        self.show_id.clicked.connect(lambda: self._ask(Revealed.ID_NUMBER))
        self.show_phones.clicked.connect(lambda: self._ask(Revealed.PHONES))
        form = dialog.person_box.layout()
        if isinstance(form, QFormLayout):
            offer = dialog.id_offer  # the row under the ID number
            row: int = form.getWidgetPosition(offer)[0]  # type: ignore[index]
            id_row = QHBoxLayout()
            id_row.addWidget(self.show_id)
            id_row.addStretch(1)
            form.insertRow(row if row >= 0 else form.rowCount(), "", id_row)
        phones_layout = dialog.phones_box.layout()
        if isinstance(phones_layout, QVBoxLayout):
            phones_row = QHBoxLayout()
            phones_row.addWidget(self.note, 1)
            phones_row.addWidget(self.show_phones)
            phones_layout.insertLayout(0, phones_row)
        self.note.setVisible(phones_masked or id_masked)

    def _ask(self, what: Revealed) -> None:
        customer_id = self._card.id
        if customer_id is None:
            return
        reveal = self._reveal

        def work(_ctx: TaskContext) -> tuple[str, ...]:
            return reveal.reveal(customer_id, what)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError) and exc.code == "forbidden":
                self._dialog.show_message(forbidden_text())
            elif isinstance(exc, ServiceError):
                self._dialog.show_message(translate(
                    "CardReveal", "The number could not be shown: the card no longer exists."))  # fmt: skip
            else:
                self._runner.task_failed.emit(exc)

        self._runner.write(work, lambda values: self._shown(what, values), failed)

    def _shown(self, what: Revealed, values: tuple[str, ...]) -> None:
        dialog = self._dialog
        if what is Revealed.ID_NUMBER:
            if values and dialog.id_number.text() == self._card.id_number:
                dialog.id_number.setText(values[0])  # saved as typed from now on
            self.show_id.setEnabled(False)
            self.show_id.setText(translate("CardReveal", "Full ID number shown"))
            return
        by_entry = {id(p): i for i, p in enumerate(self._card.phones)}
        for row in dialog.phones.rows:
            loaded = row.loaded
            index = by_entry.get(id(loaded), -1) if isinstance(loaded, PhoneEntry) else -1
            number = row.fields[0]
            if 0 <= index < len(values) and number.text() == loaded.raw:  # type: ignore[attr-defined, union-attr]
                number.setText(values[index])  # type: ignore[attr-defined]
        self.show_phones.setEnabled(False)
        self.show_phones.setText(translate("CardReveal", "Full phone numbers shown"))


def attach(reveal: RevealService, runner: TaskRunner | SyncTaskRunner,
           may: Callable[[Permission], bool]) -> Callable[[CustomerCardDialog, CustomerCard], None]:  # fmt: skip
    """The hook the customer editor calls for every card it opens."""

    def hook(dialog: CustomerCardDialog, card: CustomerCard) -> None:
        dialog.reveal_controls = RevealControls(dialog, card, reveal, runner, may)  # type: ignore[attr-defined]

    return hook


__all__ = ["RevealControls", "attach", "forbidden_text"]
