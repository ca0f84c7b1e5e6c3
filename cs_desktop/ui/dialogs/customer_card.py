"""The customer card dialog: the form a front-desk clerk creates and edits a card with.

It never touches the database: Save runs the injected pure ``check`` and, when the card is clean,
keeps the normalised card in ``result_card`` and accepts. The caller saves it through the service
on the writer thread and may hand service-side problems back with ``show_problems``.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from cs_desktop.domain.enums import CalendarKind, CustomerKind, Gender, IdDocumentType
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomFieldInfo
from cs_desktop.services.customers.validation import CheckedCard, IdFacts, Problem

from .card_fields import OptionalDateEdit, parse_int, set_problem
from .card_form import CardForm
from .card_texts import gender_name, problem_text

translate = QCoreApplication.translate
_TAG_SEPARATORS = re.compile(r"[,，、;；\s]+")


class CustomerCardDialog(CardForm):
    def __init__(self, check: Callable[[CustomerCard], CheckedCard],
                 custom_fields: list[CustomFieldInfo], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(custom_fields, parent)
        self.setObjectName("customerCardDialog")
        self._check = check
        self._loaded = CustomerCard()
        self._facts: IdFacts | None = None
        self._phone_rows: list[int] = []  # card.phones[i] comes from editor row _phone_rows[i]
        self._shown: list[Problem] = []
        self._message = ""
        self.result_card: CustomerCard | None = None
        self.buttons.accepted.connect(self.save)
        self.id_number.entered.connect(self._id_entered)
        self.id_number.editingFinished.connect(self.finish_id)
        self.id_number.textEdited.connect(lambda _t: self._show_offer(None))
        self.fill_from_id.clicked.connect(self._fill_from_id)
        self.gender.currentIndexChanged.connect(lambda _i: self._show_offer(self._facts))
        self.birth_date.date_changed.connect(lambda: self._show_offer(self._facts))
        self.load(CustomerCard())

    def retranslate(self) -> None:
        if self._loaded.id is None:
            self.setWindowTitle(translate("CustomerCardDialog", "New customer"))
        else:
            self.setWindowTitle(translate("CustomerCardDialog", "Customer card — {name}").format(
                name=self._loaded.name))  # fmt: skip
        super().retranslate()
        self._show_offer(self._facts)
        if self._shown or self._message:
            self._render(focus=False)

    def _kind_shown(self) -> None:
        self._show_offer(self._facts)

    @property
    def loaded_id(self) -> uuid.UUID | None:
        return self._loaded.id

    # --- DTO in and out -----------------------------------------------------------------------
    def load(self, card: CustomerCard) -> None:
        """Fill every widget from the card (a new card is ``CustomerCard()``)."""
        previous_id, self._loaded = self._loaded.id, card
        self.result_card = None
        self._shown, self._message = [], ""
        self._clear_marks()
        self.message.hide()
        person = card.kind is CustomerKind.PERSON
        (self.person_kind if person else self.organization_kind).setChecked(True)
        self.name.setText(card.name)
        self._select(self.gender, Gender(card.gender) if card.gender else None)
        self.birth_date.set_date(card.birth_date)
        self._select(self.birthday_calendar, card.birthday_calendar)
        self.birth_place.setText(card.birth_place)
        self._select(self.id_type, card.id_type)
        self.id_number.setText(card.id_number)
        for widget, value in ((self.title, card.title), (self.education, card.education),
                              (self.employer, card.employer), (self.position, card.position),
                              (self.org_code, card.org_code), (self.industry, card.industry),
                              (self.email, card.email), (self.wechat, card.wechat),
                              (self.contact_time, card.preferred_contact_time)):  # fmt: skip
            widget.setText(value)
        self.employee_count.setText("" if card.employee_count is None else str(card.employee_count))
        self.source_channel.setCurrentText(card.source_channel)
        self.phones.set_entries(card.phones)
        self.addresses.set_entries(card.addresses)
        for channel, box in self.consents.items():
            box.setChecked(bool(card.consents.get(channel)))  # type: ignore[call-overload]
        self.profile.load(card.profile)
        self.tags.setText("、".join(card.tags))
        self.credit_limit.set_cents(card.credit_limit_cents)
        self.notes.setPlainText(card.notes)
        self.custom.load(card.custom)
        if card.id is None:
            self.timeline.set_new()
        elif card.id != previous_id:
            self.timeline.set_loading()  # the caller reads it in the background
        self._kind_changed()
        self._show_offer(None)
        self.tabs.setCurrentIndex(0)
        self.retranslate()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def card(self) -> CustomerCard:
        """The card as the widgets show it, keeping id and row_version of the loaded card."""
        return self._collect()[0]

    def _collect(self) -> tuple[CustomerCard, list[Problem]]:
        """The card and the problems found before check() can see them (text in number fields)."""
        problems: list[Problem] = []
        kind = self.kind()
        person = kind is CustomerKind.PERSON
        try:
            credit = self.credit_limit.cents()
        except ValueError:
            credit = None
            problems.append(Problem("credit_limit_cents", "not_a_number"))
        employees = None
        if not person:
            try:
                employees = parse_int(self.employee_count.text())
            except ValueError:
                problems.append(Problem("employee_count", "not_a_number"))
        phones, self._phone_rows = self.phones.entries()
        loaded = self._loaded
        consents = {channel: box.isChecked() for channel, box in self.consents.items()
                    if box.isChecked() or channel in loaded.consents}  # fmt: skip
        # Qt hands combo data back as plain str; the card holds enums (check() tests identity)
        gender = Gender(self.gender.currentData()) if self.gender.currentData() else None
        id_type = IdDocumentType(self.id_type.currentData()) if self.id_type.currentData() else None
        card = dataclasses.replace(
            loaded, kind=kind, name=self.name.text(),
            # fields of the other kind cannot be seen, so they are not saved
            gender=gender if person else None,
            birth_date=self.birth_date.date() if person else None,
            birthday_calendar=(CalendarKind(self.birthday_calendar.currentData())
                               if person else CalendarKind.SOLAR),
            birth_place=self.birth_place.text() if person else "",
            id_type=id_type if person else None,
            id_number=self.id_number.text() if person else "",
            title=self.title.text() if person else "",
            education=self.education.text() if person else "",
            employer=self.employer.text() if person else "",
            position=self.position.text() if person else "",
            org_code="" if person else self.org_code.text(),
            industry="" if person else self.industry.text(),
            employee_count=employees,
            email=self.email.text(), wechat=self.wechat.text(),
            source_channel=self.source_channel.currentText(),
            preferred_contact_time=self.contact_time.text(),
            notes=self.notes.toPlainText(), profile=self.profile.profile(kind),
            credit_limit_cents=credit, phones=phones, addresses=self.addresses.entries(),
            tags=tuple(t for t in _TAG_SEPARATORS.split(self.tags.text()) if t),
            consents=consents, custom=self.custom.values(),
        )  # fmt: skip
        return card, problems

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        """Save (or Enter): check; stay open showing the problems, or accept the clean card."""
        card, problems = self._collect()
        checked = self._check(card)
        if card.kind is CustomerKind.PERSON:
            self._show_offer(checked.id_facts)
        problems += checked.problems
        if problems:
            self.show_problems(problems)
            return
        self.result_card = checked.card
        self.accept()

    def finish_id(self) -> None:
        """The ID field was left (or a reader ended it with Enter): check it at once."""
        if self.kind() is not CustomerKind.PERSON:
            return
        card, _problems = self._collect()
        checked = self._check(card)
        slot = self._slots["id_number"]
        set_problem(slot.mark, False)
        slot.problem.hide()
        for problem in checked.problems:
            if problem.field == "id_number":
                self._mark(slot, problem_text(problem))
                break
        self._show_offer(checked.id_facts)

    def _id_entered(self) -> None:
        self.finish_id()
        if self.focusWidget() is not self.id_number:
            self.id_number.setFocus(Qt.FocusReason.OtherFocusReason)
        self.focusNextChild()
        if self.focusWidget() is self.fill_from_id:
            self.focusNextChild()  # the offer stays a click (or Alt+F) away; typing goes on

    # --- the ID offer -------------------------------------------------------------------------
    def _show_offer(self, facts: IdFacts | None) -> None:
        self._facts = facts
        agrees = facts is not None and (
            self.birth_date.date() == facts.birth_date and self.gender.currentData() == facts.gender
        )
        show = facts is not None and not agrees and self.kind() is CustomerKind.PERSON
        if facts is not None:
            self.id_offer_text.setText(translate(
                "CustomerCardDialog", "The ID number gives the birth date {date} and the gender "
                "{gender}.").format(date=facts.birth_date.isoformat(),
                                    gender=gender_name(facts.gender)))  # fmt: skip
        self.id_offer.setVisible(show)

    def _fill_from_id(self) -> None:
        facts = self._facts
        if facts is None:
            return
        self._select(self.gender, facts.gender)
        self.birth_date.set_date(facts.birth_date)
        for key in ("gender", "birth_date"):
            set_problem(self._slots[key].mark, False)
            self._slots[key].problem.hide()
        self._show_offer(facts)
        self.gender.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- problems and messages ----------------------------------------------------------------
    def show_problems(self, problems: Sequence[Problem | str]) -> None:
        """Mark each problem at its field (a bare code, e.g. from a ServiceError, shows at the
        top), switch to the tab of the first and focus it."""
        self._shown = [p if isinstance(p, Problem) else Problem("", p) for p in problems]
        self._message = ""
        self._render(focus=True)

    def show_message(self, text: str) -> None:
        self._message = text
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def problem_texts(self) -> list[str]:
        """Every problem sentence the dialog shows now, at the fields and at the top."""
        labels = [s.problem for s in self._slots.values()] + [
            self.phones.problem,
            self.addresses.problem,
        ]
        labels += [row.problem for row in self.phones.rows]
        texts = [label.text() for label in labels if not label.isHidden()]
        return ([self.message.text()] if self.message.isVisible() else []) + texts

    def _render(self, focus: bool) -> None:
        self._clear_marks()
        first: QWidget | None = None
        loose: list[str] = []
        for problem in self._shown:
            text = problem_text(problem)
            target: QWidget | None = None
            if problem.field.startswith("phones.") and problem.field[7:].isdigit():
                index = int(problem.field[7:])
                if index < len(self._phone_rows) and self._phone_rows[index] < len(
                    self.phones.rows
                ):
                    row = self._phone_rows[index]
                    self.phones.mark(row, text)
                    target = self.phones.rows[row].fields[0]
            elif problem.field == "phones":
                self.phones.mark_list(text)
                target = (
                    self.phones.rows[0].fields[0] if self.phones.rows else self.phones.add_button
                )
            elif (slot := self._slots.get(problem.field)) is not None and self._shows(slot.focus):
                self._mark(slot, text)
                target = slot.focus
            if target is None:
                loose.append(text)
            elif first is None:
                first = target
        lines = loose[:]
        if first is not None:
            lines.insert(0, translate("CustomerCardDialog",
                                      "The card was not saved: please correct the marked fields."))  # fmt: skip
        if self._message:
            lines.insert(0, self._message)
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))
        if focus and first is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(first):
                    self.tabs.setCurrentIndex(index)
            if isinstance(first, OptionalDateEdit):
                first = first.focus_target()
            first.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["CustomerCardDialog"]
