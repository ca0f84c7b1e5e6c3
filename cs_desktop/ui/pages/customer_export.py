"""Export the customer list as shown (search, filters, order) to .xlsx or .csv, in the
background with progress and cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from cs_desktop.services.customers.exporting import (
    CustomerExportService,
    ExportCancelled,
    ExportSummary,
)
from cs_desktop.services.customers.listing import CustomerQuery
from cs_desktop.services.errors import ServiceError

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate


def column_titles() -> dict[str, str]:
    return {
        "name": translate("CustomerExport", "Name"),
        "kind": translate("CustomerExport", "Kind"),
        "gender": translate("CustomerExport", "Gender"),
        "birth_date": translate("CustomerExport", "Birth date"),
        "id_number": translate("CustomerExport", "ID number"),
        "phones": translate("CustomerExport", "Phone"),
        "address": translate("CustomerExport", "Address"),
        "tier": translate("CustomerExport", "Tier"),
        "tags": translate("CustomerExport", "Tags"),
        "last_visit": translate("CustomerExport", "Last visit"),
        "value": translate("CustomerExport", "Value"),
        "email": translate("CustomerExport", "E-mail"),
        "wechat": translate("CustomerExport", "WeChat"),
        "org_code": translate("CustomerExport", "Unified social credit code"),
        "notes": translate("CustomerExport", "Notes"),
    }


def value_words() -> dict[str, str]:
    return {
        "person": translate("CustomerExport", "Person"),
        "organization": translate("CustomerExport", "Organisation"),
        "male": translate("CustomerExport", "Male"),
        "female": translate("CustomerExport", "Female"),
        "unknown": translate("CustomerExport", "Unknown"),
    }


def error_text(exc: ServiceError) -> str:
    p = exc.params
    if exc.code == "export_format":
        return translate("CustomerExport", "Choose a file ending in .xlsx or .csv.")
    if exc.code == "export_folder_missing":
        return translate("CustomerExport", "The folder {folder} does not exist.").format(
            folder=p.get("folder", "")
        )
    if exc.code == "export_too_many_rows":
        return translate("CustomerExport", "{rows} customers do not fit in one Excel sheet "
                         "(at most {max}). Export to .csv, or narrow the list with a filter.").format(
            rows=p.get("rows", ""), max=p.get("max", ""))  # fmt: skip
    return translate("CustomerExport", "The export failed ({code}).").format(code=exc.code)


class ListExporter(QObject):
    """Owned by the customers page; ``exported`` carries the summary when a file is written."""

    exported = Signal(object)  # ExportSummary

    def __init__(self, service: CustomerExportService, runner: TaskRunner | SyncTaskRunner,
                 parent_widget: QWidget) -> None:  # fmt: skip
        super().__init__(parent_widget)
        self._service = service
        self._runner = runner
        self._parent = parent_widget
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None

    def choose_and_export(self, query: CustomerQuery) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = translate("CustomerExport", "customers-{date}").format(
            date=dt.date.today().strftime("%Y%m%d"))  # fmt: skip
        xlsx = translate("CustomerExport", "Excel workbook (*.xlsx)")
        csv = translate("CustomerExport", "CSV, UTF-8 (*.csv)")
        chosen, selected = QFileDialog.getSaveFileName(
            self._parent, translate("CustomerExport", "Export the list"),
            str(Path(folder) / f"{name}.xlsx"), f"{xlsx};;{csv}")  # fmt: skip
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if selected == csv else ".xlsx"))
        self.export(query, path)

    def export(self, query: CustomerQuery, path: Path) -> None:
        service = self._service
        headers, words = column_titles(), value_words()
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(translate("CustomerExport", "Export the list"))
        dialog.setLabelText(translate("CustomerExport", "Writing {file}…").format(file=path.name))
        dialog.setCancelButtonText(translate("CustomerExport", "Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        self.progress = dialog

        def work(ctx: TaskContext) -> ExportSummary:
            return service.export(query, path, headers=headers, values=words,
                                  progress=ctx.report, is_cancelled=lambda: ctx.cancelled)  # fmt: skip

        def done(summary: ExportSummary) -> None:
            dialog.reset()
            self.exported.emit(summary)
            self._tell(QMessageBox.Icon.Information, translate(
                "CustomerExport", "{count} customers were exported to\n{path}").format(
                    count=summary.rows, path=str(summary.path)))  # fmt: skip

        def failed(exc: BaseException) -> None:
            dialog.reset()
            if isinstance(exc, ExportCancelled):
                return
            if isinstance(exc, ServiceError):
                text = error_text(exc)
            elif isinstance(exc, OSError):
                text = translate("CustomerExport", "The file could not be written: {reason}").format(
                    reason=exc.strerror or exc)  # fmt: skip
            else:
                self._runner.task_failed.emit(exc)
                return
            self._tell(QMessageBox.Icon.Warning, text)

        handle = self._runner.read(work, done, failed)
        handle.progressed.connect(lambda d, t: (dialog.setMaximum(max(t, 1)), dialog.setValue(d)))
        dialog.canceled.connect(handle.cancel)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, translate("CustomerExport", "Export the list"), text,
                          QMessageBox.StandardButton.Ok, self._parent)  # fmt: skip
        self.message = box
        box.open()
