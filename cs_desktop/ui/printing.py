"""Printed forms from anywhere in the app: which form, for whom, opened in a print preview.

The window, the customer card, the complaint window and the customers page ask this object for
a preview (or for a menu of the forms they can print); it knows the services that read each
form's data. Whether the user may print numbers whole is asked each time a preview opens.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QWidget,
)

from cs_desktop.printing.forms.kpi_report import period_text
from cs_desktop.printing.jobs import FormJob
from cs_desktop.services.customers.listing import CustomerQuery
from cs_desktop.services.forms.settings import FORMS, FormSetting
from cs_desktop.services.kpis import Scope
from cs_desktop.services.tiers.table import TierTableService

from .context import FormServices, UiContext
from .dialogs.form_settings import FormSettingsDialog
from .dialogs.print_preview import PrintPreview
from .tasks import SyncTaskRunner, TaskRunner

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .pages.customers import CustomersPage

translate = QCoreApplication.translate
CUSTOMER_FORMS = ("info_card", "management_card", "followup", "survey")
BLANK_FORMS = tuple(f for f in FORMS if f != "kpi_report")  # figures are not filled by hand


def form_names() -> dict[str, str]:
    return {
        "info_card": translate("Printing", "Customer info card"),
        "management_card": translate("Printing", "Customer management card"),
        "addresses": translate("Printing", "Customer address classification table"),
        "tiers": translate("Printing", "Customer tier classification table"),
        "complaint": translate("Printing", "Complaint record form"),
        "followup": translate("Printing", "Follow-up form"),
        "survey": translate("Printing", "Satisfaction survey form"),
        "kpi_report": translate("Printing", "Monthly KPI report"),
    }


class FollowupDayDialog(QDialog):
    """Which day's follow-up forms to print (one per customer due that day, one file)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Printing", "Print the day's follow-up forms"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("followupDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        hint = QLabel(translate("Printing", "One form per customer with an open follow-up due "
                                "that day, all in one file."))  # fmt: skip
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Printing", "Preview…"))  # fmt: skip
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Printing", "Cancel"))  # fmt: skip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(translate("Printing", "&Day:"), self.day)
        form.addRow(buttons)

    def chosen(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())


class FormPrinting(QObject):
    def __init__(self, forms: FormServices, tier_tables: TierTableService,
                 runner: TaskRunner | SyncTaskRunner, may_print_full_numbers: Callable[[], bool],
                 today: Callable[[], dt.date], parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self._forms, self._tiers, self._runner = forms, tier_tables, runner
        self._may_print_full_numbers, self._today = may_print_full_numbers, today
        self._parent = parent
        self.preview: PrintPreview | None = None  # the last one opened
        self.day_dialog: FollowupDayDialog | None = None
        self.settings_dialog: FormSettingsDialog | None = None

    # --- the preview --------------------------------------------------------------------------
    def open(self, job: FormJob, subject: str = "", parent: QWidget | None = None,
             setting: FormSetting | None = None) -> PrintPreview:  # fmt: skip
        name = form_names()[job.form]
        title = translate("Printing", "{form} — {subject}").format(form=name, subject=subject) \
            if subject else name  # fmt: skip
        if not job.file_name:
            job = FormJob(job.form, job.load, f"{name}-{subject}" if subject else name, job.today)
        preview = PrintPreview(job, title, self._forms.settings, self._runner,
                               may_print_full_numbers=self._may_print_full_numbers(),
                               setting=setting, form_name=name, parent=parent or self._parent)  # fmt: skip
        self.preview = preview
        preview.show()
        preview.raise_()
        preview.activateWindow()
        return preview

    # --- what can be printed --------------------------------------------------------------
    def customer_form(self, form: str, customer_id: uuid.UUID, name: str,
                      parent: QWidget | None = None) -> PrintPreview:  # fmt: skip
        data = self._forms.data
        loads: dict[str, Callable[[], object]] = {
            "info_card": lambda: data.card(customer_id),
            "management_card": lambda: data.management(customer_id),
            "followup": lambda: data.followup_for(customer_id),
            "survey": lambda: data.survey(customer_id),
        }
        return self.open(FormJob(form, loads[form], today=self._today()), name, parent)

    def complaint(self, complaint_id: uuid.UUID, number: str,
                  parent: QWidget | None = None) -> PrintPreview:  # fmt: skip
        data, ref = self._forms.data, str(complaint_id)
        return self.open(FormJob("complaint", lambda: data.complaint(ref)), number, parent)

    def addresses(self, query: CustomerQuery | None = None, subject: str = "",
                  parent: QWidget | None = None) -> PrintPreview:  # fmt: skip
        """The address table of the customers the list shows (its search and filters)."""
        data = self._forms.data
        return self.open(FormJob("addresses", lambda: data.addresses(query=query)), subject,
                         parent)  # fmt: skip

    def tiers(self, parent: QWidget | None = None) -> PrintPreview:
        tables = self._tiers
        return self.open(FormJob("tiers", tables.table), "", parent)

    def followups(self, day: dt.date, parent: QWidget | None = None) -> PrintPreview:
        """The day's batch: one follow-up form per customer due that day, in one file."""
        data = self._forms.data
        return self.open(FormJob("followup", lambda: data.followups_due(day)), day.isoformat(),
                         parent)  # fmt: skip

    def survey(self, parent: QWidget | None = None) -> PrintPreview:
        """The site's survey with an empty header, to hand to any customer."""
        data = self._forms.data
        return self.open(FormJob("survey", lambda: data.survey(None)), "", parent)

    def kpi_report(self, scope: Scope, parent: QWidget | None = None) -> PrintPreview:
        """The Reports page's period and filters as the printed monthly KPI report."""
        service = self._forms.kpi_report
        if service is None:
            raise RuntimeError("FormServices.kpi_report is not set")
        return self.open(FormJob("kpi_report", lambda: service.report(scope)),
                         period_text(scope.current), parent)  # fmt: skip

    def blank(self, form: str, parent: QWidget | None = None,
              setting: FormSetting | None = None) -> PrintPreview:  # fmt: skip
        return self.open(FormJob(form), translate("Printing", "blank"), parent, setting)

    def ask_followup_day(self, parent: QWidget | None = None) -> None:
        dialog = FollowupDayDialog(self._today(), parent or self._parent)
        dialog.accepted.connect(lambda: self.followups(dialog.chosen(), parent))
        self.day_dialog = dialog
        dialog.open()

    # --- menus ----------------------------------------------------------------------------
    def customer_menu(self, customer_id: uuid.UUID, name: str, parent: QWidget) -> QMenu:
        """The card dialog's Print… menu: the forms about this customer."""
        menu = QMenu(parent)
        menu.setObjectName("customerPrintMenu")
        names = form_names()
        for form in CUSTOMER_FORMS:
            action = menu.addAction(names[form] + "…")
            action.setData(form)
            action.triggered.connect(
                lambda _c=False, f=form: self.customer_form(f, customer_id, name, parent)
            )
        return menu

    def blank_menu(self, parent: QWidget) -> QMenu:
        """Every form, empty, to fill in by hand."""
        menu = QMenu(translate("Printing", "&Blank forms"), parent)
        names = form_names()
        for form in BLANK_FORMS:
            action = menu.addAction(names[form] + "…")
            action.setData(form)
            action.triggered.connect(lambda _c=False, f=form: self.blank(f))
        return menu

    def list_menu(self, page: CustomersPage) -> QMenu:
        """The customers page's Print… menu: the address table of the list as it is shown
        (search and filters applied), and the tier table."""
        menu = _Menu(page)
        addresses, tiers = QAction(menu), QAction(menu)
        addresses.setObjectName("printAddresses")
        tiers.setObjectName("printTiers")
        menu.addAction(addresses)
        menu.addAction(tiers)

        def filtered() -> CustomerQuery | None:
            q = page.model.query
            return None if q == CustomerQuery(sort=q.sort, descending=q.descending) else q

        def texts() -> None:
            names = form_names()
            addresses.setText(
                translate("Printing", "{form} of the {count} customers listed…").format(
                    form=names["addresses"], count=page.shown_count())
                if filtered() is not None else names["addresses"] + "…")  # fmt: skip
            tiers.setText(names["tiers"] + "…")

        addresses.triggered.connect(lambda: self.addresses(
            filtered(), translate("Printing", "as listed") if filtered() else "", page))  # fmt: skip
        tiers.triggered.connect(lambda: self.tiers(page))
        menu.texts = texts
        menu.aboutToShow.connect(texts)
        texts()
        return menu

    def file_menu(self, window: QWidget) -> QMenu:
        """The window's File menu: the day's follow-up batch, the survey, blank forms."""
        menu = _Menu(window)
        menu.setObjectName("fileMenu")
        day, survey = QAction(menu), QAction(menu)
        day.setObjectName("printFollowupDay")
        survey.setObjectName("printSurvey")
        day.triggered.connect(lambda: self.ask_followup_day(window))
        survey.triggered.connect(lambda: self.survey(window))
        blanks = self.blank_menu(menu)
        menu.addAction(day)
        menu.addAction(survey)
        menu.addSeparator()
        menu.addMenu(blanks)

        def texts() -> None:
            menu.setTitle(translate("Printing", "&File"))
            day.setText(translate("Printing", "Print the &day's follow-up forms…"))
            survey.setText(translate("Printing", "Print the &satisfaction survey form…"))
            blanks.setTitle(translate("Printing", "&Blank forms"))
            names = form_names()
            for action in blanks.actions():
                action.setText(names[action.data()] + "…")

        menu.texts = texts
        texts()
        return menu

    def open_settings(self, parent: QWidget) -> FormSettingsDialog:
        """Settings > Printed forms."""
        dialog = self.settings_dialog
        if dialog is None:
            dialog = FormSettingsDialog(
                self._forms.settings, self._runner, form_names(),
                lambda form, setting, owner: self.blank(form, owner, setting), parent)  # fmt: skip
            self.settings_dialog = dialog
        else:
            dialog.load()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog


class _Menu(QMenu):
    """A menu whose texts are set again when the language changes."""

    texts: Callable[[], None] | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.texts is not None:
            self.texts()
        super().changeEvent(event)


def install(window: MainWindow, ctx: UiContext) -> FormPrinting | None:
    """Printing wherever the window offers it: the card dialog's Print… menu, the complaint
    window's Print…, the customers page's Print… menu, Settings > Printed forms, File menu."""
    if ctx.forms is None:
        return None
    printing = FormPrinting(ctx.forms, ctx.tier_tables, ctx.runner, ctx.may_print_full_numbers,
                            ctx.today, window)  # fmt: skip
    window.customers_page.editor.print_menu = printing.customer_menu
    window.customers_page.set_print_menu(printing.list_menu(window.customers_page))
    window.complaints_page.print_complaint = printing.complaint
    window.settings_page.print_forms_requested.connect(lambda: printing.open_settings(window))
    window.menuBar().addMenu(printing.file_menu(window))
    return printing
