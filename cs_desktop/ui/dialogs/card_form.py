"""The customer card's widgets and their static texts; the behaviour (load, card, check, problems)
lives in customer_card.py."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import ContactChannel, CustomerKind
from cs_desktop.services.customers.cards import CustomFieldInfo

from .card_fields import (
    AddressListEditor,
    MoneyEdit,
    OptionalDateEdit,
    PhoneListEditor,
    ScanLineEdit,
    Slot,
    field_box,
    set_problem,
)
from .card_sections import CustomFieldsSection, ProfileSection
from .card_texts import (
    SOURCE_CHANNELS,
    calendar_names,
    channel_names,
    field_labels,
    gender_names,
    id_type_names,
)
from .card_timeline import TimelineView

translate = QCoreApplication.translate

STYLE = """
QLineEdit[problem="true"], QComboBox[problem="true"], QDateEdit[problem="true"],
QPlainTextEdit[problem="true"] { border: 1px solid #dc2626; background: #fef2f2; }
QLabel#fieldProblem { color: #b91c1c; }
QLabel#cardMessage { background: #fef2f2; color: #991b1b; border: 1px solid #fecaca;
                     border-radius: 4px; padding: 6px 8px; }
QFrame#idOffer { background: #f0fdfa; border: 1px solid #99f6e4; border-radius: 4px; }
"""


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _combo(items: Sequence[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    return combo


def _retext(combo: QComboBox, items: Sequence[tuple[object, str]]) -> None:
    for index, (_value, text) in enumerate(items):
        combo.setItemText(index, text)


class CardForm(QDialog):
    """Builds the form: a kind switch and the name on top, then tabs. Subclasses call
    ``retranslate()`` once they are ready."""

    def __init__(self, custom_fields: list[CustomFieldInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._slots: dict[str, Slot] = {}
        self._labels: dict[str, QLabel] = {}
        self._chain: list[QWidget] = []
        self.message = QLabel()
        self.message.setObjectName("cardMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.person_kind, self.organization_kind = QRadioButton(), QRadioButton()
        kinds = QButtonGroup(self)
        kinds.addButton(self.person_kind)
        kinds.addButton(self.organization_kind)
        self.person_kind.setChecked(True)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        head = QFormLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person_kind)
        kind_row.addWidget(self.organization_kind)
        kind_row.addStretch(1)
        self._labels["kind"] = QLabel()
        head.addRow(self._labels["kind"], kind_row)
        self._add(head, "name", self.name)

        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(self._basic_page()), "")
        self.tabs.addTab(_scrolled(self._contact_page()), "")
        self.profile = ProfileSection()
        self.tabs.addTab(_scrolled(self.profile), "")
        self.tabs.addTab(self._management_page(), "")
        self.custom = CustomFieldsSection(custom_fields)
        self._slots.update(self.custom.slots)
        self.tabs.addTab(_scrolled(self.custom), "")
        self.timeline = TimelineView()
        self.tabs.addTab(self.timeline, "")

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)  # Enter saves, except in the ID field and the notes
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.person_kind.toggled.connect(lambda _on: self._kind_changed())
        self.resize(760, 640)

    # --- building -----------------------------------------------------------------------------
    def _add(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        """A labelled field with its problem sentence under it; cleared when edited."""
        box, problem = field_box(widget)
        label = QLabel()
        label.setBuddy(widget)
        form.addRow(label, box)
        self._labels[key] = label
        mark = widget.edit if isinstance(widget, OptionalDateEdit) else widget
        self._slots[key] = slot = Slot(mark, widget, problem)
        self._chain += widget.focus_widgets() if isinstance(widget, OptionalDateEdit) else [widget]

        def clear() -> None:
            set_problem(slot.mark, False)
            slot.problem.hide()

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
        elif isinstance(widget, OptionalDateEdit):
            widget.date_changed.connect(clear)

    def _basic_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.person_box, self.organization_box = QGroupBox(), QGroupBox()
        person = QFormLayout(self.person_box)
        self.id_type = _combo(id_type_names())
        self.id_number = ScanLineEdit()
        self.id_number.setObjectName("id_number")
        self._add(person, "id_type", self.id_type)
        self._add(person, "id_number", self.id_number)
        self.id_offer = QFrame()
        self.id_offer.setObjectName("idOffer")
        self.id_offer_text = QLabel()
        self.id_offer_text.setWordWrap(True)
        self.fill_from_id = QPushButton()
        self.fill_from_id.setAutoDefault(False)
        offer = QHBoxLayout(self.id_offer)
        offer.addWidget(self.id_offer_text, 1)
        offer.addWidget(self.fill_from_id)
        self.id_offer.hide()
        person.addRow(self.id_offer)
        self.gender = _combo(gender_names())
        self.birth_date = OptionalDateEdit(QDate(1980, 1, 1))
        self.birthday_calendar = _combo(calendar_names())
        self.birth_place, self.title = QLineEdit(), QLineEdit()
        self.education, self.employer, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        for key, widget in (("gender", self.gender), ("birth_date", self.birth_date),
                            ("birthday_calendar", self.birthday_calendar),
                            ("birth_place", self.birth_place), ("title", self.title),
                            ("education", self.education), ("employer", self.employer),
                            ("position", self.position)):  # fmt: skip
            self._add(person, key, widget)
        organization = QFormLayout(self.organization_box)
        self.org_code, self.industry, self.employee_count = QLineEdit(), QLineEdit(), QLineEdit()
        self._add(organization, "org_code", self.org_code)
        self._add(organization, "industry", self.industry)
        self._add(organization, "employee_count", self.employee_count)
        layout.addWidget(self.person_box)
        layout.addWidget(self.organization_box)
        layout.addStretch(1)
        return page

    def _contact_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.phones_box, self.addresses_box = QGroupBox(), QGroupBox()
        self.phones, self.addresses = PhoneListEditor(), AddressListEditor()
        QVBoxLayout(self.phones_box).addWidget(self.phones)
        QVBoxLayout(self.addresses_box).addWidget(self.addresses)
        self._chain += [self.phones.add_button, self.addresses.add_button]
        form = QFormLayout()
        self.email, self.wechat, self.contact_time = QLineEdit(), QLineEdit(), QLineEdit()
        self.source_channel = QComboBox()
        self.source_channel.setEditable(True)
        self.source_channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_channel.addItems(["", *SOURCE_CHANNELS])
        for key, widget in (("email", self.email), ("wechat", self.wechat),
                            ("preferred_contact_time", self.contact_time),
                            ("source_channel", self.source_channel)):  # fmt: skip
            self._add(form, key, widget)
        self.consent_box = QGroupBox()
        consent_row = QHBoxLayout(self.consent_box)
        self.consents: dict[ContactChannel, QCheckBox] = {}
        for channel, _name in channel_names():
            self.consents[channel] = box = QCheckBox()
            consent_row.addWidget(box)
            self._chain.append(box)
        consent_row.addStretch(1)
        layout.addWidget(self.phones_box)
        layout.addWidget(self.addresses_box)
        layout.addLayout(form)
        layout.addWidget(self.consent_box)
        layout.addStretch(1)
        return page

    def _management_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.tags, self.credit_limit = QLineEdit(), MoneyEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Enter is a new line here; Tab leaves the notes
        self._add(form, "tags", self.tags)
        self._add(form, "credit_limit_cents", self.credit_limit)
        self._add(form, "notes", self.notes)
        return page

    def _set_tab_order(self) -> None:
        """Name first, then each tab's fields in the order they are shown."""
        management = [self.tags, self.credit_limit, self.notes]
        basic_and_contact = [w for w in self._chain if w is not self.name and w not in management]
        at = basic_and_contact.index(self.id_number) + 1
        basic_and_contact.insert(at, self.fill_from_id)
        order = [self.name, self.person_kind, self.organization_kind, self.tabs.tabBar()]
        order += basic_and_contact + self.profile.focus_order + management
        order += self.custom.focus_order
        order += [self.save_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- texts --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        person = self.person_kind.isChecked()
        labels = field_labels(person)
        for key, label in self._labels.items():
            label.setText(labels.get(key, key))
        self.person_kind.setText(translate("CustomerCardDialog", "&Person"))
        self.organization_kind.setText(translate("CustomerCardDialog", "&Organisation"))
        for index, title in enumerate((
            translate("CustomerCardDialog", "&Basic facts"),
            translate("CustomerCardDialog", "&Contact"),
            translate("CustomerCardDialog", "P&rofile"),
            translate("CustomerCardDialog", "&Management"),
            translate("CustomerCardDialog", "C&ustom fields"),
            translate("CustomerCardDialog", "&History"),
        )):  # fmt: skip
            self.tabs.setTabText(index, title)
        self.timeline.retranslate()
        self.person_box.setTitle(translate("CustomerCardDialog", "Person"))
        self.organization_box.setTitle(translate("CustomerCardDialog", "Organisation"))
        self.phones_box.setTitle(translate("CustomerCardDialog", "Phones"))
        self.addresses_box.setTitle(translate("CustomerCardDialog", "Addresses"))
        self.consent_box.setTitle(translate("CustomerCardDialog", "Agrees to be contacted by"))
        _retext(self.gender, gender_names())
        _retext(self.id_type, id_type_names())
        _retext(self.birthday_calendar, calendar_names())
        for channel, name in channel_names():
            self.consents[channel].setText(name)
        self.id_number.setPlaceholderText(translate(
            "CustomerCardDialog", "Type or scan; a card reader's Enter stays in the form"))  # fmt: skip
        self.tags.setPlaceholderText(translate("CustomerCardDialog",
                                               "Separate tags with commas, 、 or spaces"))  # fmt: skip
        self.contact_time.setPlaceholderText(translate("CustomerCardDialog",
                                                       "e.g. weekday evenings"))  # fmt: skip
        self.employee_count.setPlaceholderText(translate("CustomerCardDialog", "Number of people"))
        self.fill_from_id.setText(translate("CustomerCardDialog",
                                            "&Fill birth date and gender from the ID"))  # fmt: skip
        self.save_button.setText(translate("CustomerCardDialog", "&Save"))
        self.cancel_button.setText(translate("CustomerCardDialog", "Cancel"))
        self.birth_date.retranslate()
        self.phones.retranslate()
        self.addresses.retranslate()
        self.profile.retranslate()
        self.custom.retranslate()

    # --- kind ---------------------------------------------------------------------------------
    def kind(self) -> CustomerKind:
        return CustomerKind.PERSON if self.person_kind.isChecked() else CustomerKind.ORGANIZATION

    def _kind_changed(self) -> None:
        kind = self.kind()
        person = kind is CustomerKind.PERSON
        self.person_box.setVisible(person)
        self.organization_box.setVisible(not person)
        self.profile.set_kind(kind)
        self.custom.set_kind(kind)
        self.tabs.setTabVisible(4, self.custom.any_shown())
        labels = field_labels(person)
        self._labels["name"].setText(labels["name"])
        self._kind_shown()

    def _kind_shown(self) -> None:
        """Hook: the kind switch has shown the fields of the chosen kind."""

    def _clear_marks(self) -> None:
        for slot in self._slots.values():
            set_problem(slot.mark, False)
            slot.problem.hide()
        self.phones.clear_marks()
        self.addresses.clear_marks()

    @staticmethod
    def _mark(slot: Slot, text: str) -> None:
        set_problem(slot.mark, True)
        slot.problem.setText(text)
        slot.problem.show()

    def _shows(self, widget: QWidget) -> bool:
        """Shown for this kind (a widget on another tab still counts as shown)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page.isAncestorOf(widget):
                return self.tabs.isTabVisible(index) and widget.isVisibleTo(page)
        return widget.isVisibleTo(self)
