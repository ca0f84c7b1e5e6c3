"""The customer import wizard: file -> columns -> matches -> check -> import -> summary.

Reading and checking the file run on the task runner's pool, the import on its writer thread
with progress and Cancel (DESIGN.md rule 3); the import's Changes are broadcast so the customer
list refreshes. The column mapping is remembered per set of column headers (Prefs).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cs_desktop.services.changes import Changes
from cs_desktop.services.customers.importing import (
    CUSTOM_PREFIX,
    FIELDS,
    IGNORE,
    MULTI,
    CustomerImportService,
    FilePreview,
    ImportOptions,
    ImportReport,
    MatchKey,
    OnMatch,
)
from cs_desktop.services.errors import ServiceError

from ..prefs import Prefs
from ..tasks import SyncTaskRunner, TaskContext, TaskHandle, TaskRunner
from . import import_texts

translate = QCoreApplication.translate
CHANGED = ("customers", "customer_phones", "customer_addresses", "customer_tags", "tags",
           "customer_stats", "custom_field_values")  # fmt: skip
SHOWN_REJECTIONS = 10_000  # more would only slow the table down; the count says how many


def _failure_text(exc: BaseException) -> str:
    if isinstance(exc, ServiceError):
        return import_texts.error_text(exc.code, exc.params)
    return translate("ImportWizard", "Something went wrong: {error}").format(error=exc)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._generation = 0
        self._requested = ""
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseFile")
        self.browse_button.clicked.connect(self.browse)
        self.info = QLabel()
        self.info.setObjectName("fileInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Choose the file"))
        self.setSubTitle(translate("ImportWizard", "A .csv file (UTF-8 or GBK, as Excel saves "
                                   "it) or an .xlsx workbook, one customer per line below a "
                                   "header line."))  # fmt: skip
        self.browse_button.setText(translate("ImportWizard", "&Browse…"))

    def browse(self) -> None:
        folder = self._wizard.prefs.import_choices()[0]
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import customers"), folder,
            translate("ImportWizard", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))  # fmt: skip
        if path:
            self.load(path, again=True)

    def load(self, path: str | Path, *, again: bool = False) -> None:
        """Read the file (on the pool). ``again``: even if it is the file already read (chosen
        once more in the file dialog, after being put right in Excel)."""
        path = str(path).strip()
        if path and path == self._requested and not again:
            return  # the same file (the line edit lost focus): already read or being read
        self._requested = path
        self.path_edit.setText(path)
        self._wizard.preview = None
        self._wizard.path = Path(path) if path else None
        self.completeChanged.emit()
        if not path:
            self.info.clear()
            return
        self._generation += 1
        generation = self._generation
        self.info.setText(translate("ImportWizard", "Reading the file…"))
        service, chosen = self._wizard.service, Path(path)

        def work(_ctx: TaskContext) -> FilePreview:
            return service.inspect(chosen)

        def done(preview: FilePreview) -> None:
            if generation != self._generation or self._wizard.closed:
                return  # another file was chosen meanwhile, or the wizard was closed
            self._wizard.preview = preview
            self.info.setText(translate("ImportWizard", "{kind} · header on line {line} · "
                                        "{lines} customer lines").format(
                kind=import_texts.encoding_name(preview.file_type, preview.encoding,
                                                preview.sheet_name),
                line=preview.header_line, lines=preview.lines))  # fmt: skip
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation and not self._wizard.closed:
                self.info.setText(_failure_text(exc))

        self._wizard.runner.read(work, done, failed)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._wizard.preview is not None and self._wizard.preview.lines > 0


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(2, 200)
        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.combos: list[QComboBox] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Columns"))
        self.setSubTitle(translate("ImportWizard", "What each column holds. Known headers are "
                                   "recognised; your choices are remembered for files with the "
                                   "same columns."))  # fmt: skip
        self.table.setHorizontalHeaderLabels([translate("ImportWizard", "Column"),
                                              translate("ImportWizard", "Sample values"),
                                              translate("ImportWizard", "Import as")])  # fmt: skip

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        preview = self._wizard.preview
        assert preview is not None
        labels = import_texts.field_labels()
        choices = [(translate("ImportWizard", "— not imported —"), IGNORE)]
        choices += [(labels.get(f, f), f) for f in FIELDS]
        choices += [(label, CUSTOM_PREFIX + key) for key, label in preview.custom_fields]
        known = {data for _text, data in choices}
        saved = self._wizard.prefs.import_mapping(preview.headers) or {}
        self.combos = []
        self.table.setRowCount(0)
        for column in preview.columns:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            samples = " | ".join(s for s in column.samples[:3] if s)
            self.table.setItem(row, 1, QTableWidgetItem(samples))
            combo = QComboBox()
            for text, data in choices:
                combo.addItem(text, data)
            chosen = saved.get(column.header, column.field)
            combo.setCurrentIndex(
                max(0, combo.findData(chosen if chosen in known else column.field))
            )
            combo.setEnabled(bool(column.header))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self._changed()

    def mapping(self) -> dict[str, str]:
        preview = self._wizard.preview
        assert preview is not None
        result: dict[str, str] = {}
        for column, combo in zip(preview.columns, self.combos, strict=True):
            if column.header and column.header not in result:
                result[column.header] = str(combo.currentData() or IGNORE)
        return result

    def set_field(self, header: str, field: str) -> None:
        """Choose what a column is imported as (the user's pick, or a test's)."""
        preview = self._wizard.preview
        assert preview is not None
        for column, combo in zip(preview.columns, self.combos, strict=True):
            if column.header == header:
                combo.setCurrentIndex(combo.findData(field))

    def problem(self) -> str:
        fields = [f for f in self.mapping().values() if f]
        if "name" not in fields and "org_name" not in fields:
            return translate("ImportWizard", "Choose the column that holds the name.")
        for field in fields:
            if field not in MULTI and fields.count(field) > 1:
                label = import_texts.field_labels().get(field, field)
                return translate("ImportWizard", "Two columns are imported as “{field}”: keep "
                                 "one.").format(field=label)  # fmt: skip
        return ""

    def _changed(self) -> None:
        self.status.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.combos) and not self.problem()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        preview = self._wizard.preview
        assert preview is not None
        self._wizard.prefs.save_import_mapping(preview.headers, self.mapping())
        return True


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.match = QComboBox()
        self.match.setObjectName("matchKey")
        self.on_match = QComboBox()
        self.on_match.setObjectName("onMatch")
        self.match.currentIndexChanged.connect(self._match_changed)
        self.match_label = QLabel()
        self.match_label.setBuddy(self.match)
        self.on_match_label = QLabel()
        self.on_match_label.setBuddy(self.on_match)
        form = QFormLayout(self)
        form.addRow(self.match_label, self.match)
        form.addRow(self.on_match_label, self.on_match)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Customers already registered"))
        self.setSubTitle(translate("ImportWizard", "How a line finds a card that is already in "
                                   "the database, and what happens then."))  # fmt: skip
        for combo, names in ((self.match, import_texts.match_names()),
                             (self.on_match, import_texts.on_match_names())):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in names:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.match_label.setText(translate("ImportWizard", "A line &matches a card with"))
        self.on_match_label.setText(translate("ImportWizard", "&When a line matches"))
        self._match_changed()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        _folder, match, on_match = self._wizard.prefs.import_choices()
        self.match.setCurrentIndex(max(0, self.match.findData(match)))
        self.on_match.setCurrentIndex(max(0, self.on_match.findData(on_match)))

    def _match_changed(self) -> None:
        self.on_match.setEnabled(self.match.currentData() != MatchKey.NONE.value)

    def choices(self) -> tuple[MatchKey, OnMatch]:
        return MatchKey(self.match.currentData()), OnMatch(self.on_match.currentData())


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._generation = 0
        self.handle: TaskHandle | None = None
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rejectedTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 130)
        self.skip_rejected = QCheckBox()
        self.skip_rejected.setObjectName("skipRejected")
        self.skip_rejected.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_rejected)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Check"))
        self.setSubTitle(translate("ImportWizard", "Every line was checked as the card dialog "
                                   "checks a card. Nothing has been written yet."))  # fmt: skip
        self.table.setHorizontalHeaderLabels([translate("ImportWizard", "Line"),
                                              translate("ImportWizard", "Column"),
                                              translate("ImportWizard", "Reason")])  # fmt: skip
        self.skip_rejected.setText(translate("ImportWizard", "Import the other lines and leave "
                                             "out the rejected ones"))  # fmt: skip
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "&Import"))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self._wizard
        wizard.report = None
        self.table.setRowCount(0)
        self.skip_rejected.setChecked(False)
        self.skip_rejected.hide()
        self.busy.show()
        self.summary.setText(translate("ImportWizard", "Checking every line…"))
        self._generation += 1
        generation = self._generation
        service, path, options = wizard.service, wizard.path, wizard.options()
        assert path is not None

        def work(ctx: TaskContext) -> ImportReport:
            return service.dry_run(path, options, progress=ctx.report,
                                   is_cancelled=lambda: ctx.cancelled)  # fmt: skip

        def done(report: ImportReport) -> None:
            if generation == self._generation and not wizard.closed:
                self._show(report)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and not wizard.closed:
                self.busy.hide()
                self.summary.setText(_failure_text(exc))

        self.busy.setRange(0, 0)
        self.handle = wizard.runner.read(work, done, failed)
        self.handle.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.busy.setRange(0, 100)
        self.busy.setValue(int(100 * done / max(total, 1)))

    def stop(self) -> None:
        """The wizard closes while the check runs: stop it rather than finish unseen."""
        if self.handle is not None and not self.handle.is_done:
            self.handle.cancel()

    def _show(self, report: ImportReport) -> None:
        self._wizard.report = report
        self.busy.hide()
        text = translate("ImportWizard", "{lines} lines: {created} new cards, {updated} cards "
                         "updated, {skipped} skipped, {rejected} lines rejected.").format(
            lines=report.lines, created=report.created, updated=report.updated,
            skipped=report.skipped, rejected=report.rejected_lines)  # fmt: skip
        if report.created + report.updated == 0:
            text += " " + translate("ImportWizard", "There is nothing to import.")
        self.summary.setText(text)
        labels = import_texts.field_labels()
        shown = report.rejected[:SHOWN_REJECTIONS]
        self.table.setRowCount(len(shown))
        for row, r in enumerate(shown):
            line = QTableWidgetItem()
            line.setData(Qt.ItemDataRole.DisplayRole, r.line)
            self.table.setItem(row, 0, line)
            self.table.setItem(row, 1, QTableWidgetItem(r.column or labels.get(r.field, r.field)))
            self.table.setItem(row, 2, QTableWidgetItem(import_texts.reason(r.field, r.code,
                                                                            r.params)))  # fmt: skip
        if len(report.rejected) > SHOWN_REJECTIONS:
            self.summary.setText(text + " " + translate(
                "ImportWizard", "The first {count} reasons are listed.").format(count=SHOWN_REJECTIONS))  # fmt: skip
        self.skip_rejected.setVisible(bool(report.rejected))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        report = self._wizard.report
        if report is None or report.created + report.updated == 0:
            return False
        return not report.rejected or self.skip_rejected.isChecked()


class CommitPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.handle: TaskHandle | None = None
        self.finished = False
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("ImportWizard", "Import"))
        self.cancel_button.setText(translate("ImportWizard", "&Cancel import"))

    @property
    def running(self) -> bool:
        return self.handle is not None and not self.finished

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self._wizard
        self.finished = False
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status.setText(translate("ImportWizard", "Importing… All lines are written together "
                                      "at the end; cancel leaves the database as it was."))  # fmt: skip
        service, path, expected = wizard.service, wizard.path, wizard.report
        options = wizard.options(skip_rejected=wizard.check_page.skip_rejected.isChecked())
        assert path is not None and expected is not None
        written: list[ImportReport] = []

        def work(ctx: TaskContext) -> Changes:
            written.append(service.commit(path, options, expected=expected, progress=ctx.report,
                                          is_cancelled=lambda: ctx.cancelled))  # fmt: skip
            return Changes.of(*CHANGED)

        def done(_changes: Changes) -> None:
            report = written[0]
            wizard.result = report
            if wizard.closed:
                return
            self.progress.setValue(self.progress.maximum())
            self.status.setText(translate("ImportWizard", "Imported: {created} new cards, "
                                          "{updated} cards updated, {skipped} lines skipped, "
                                          "{rejected} lines left out.").format(
                created=report.created, updated=report.updated, skipped=report.skipped,
                rejected=report.rejected_lines))  # fmt: skip
            self._finish()
            wizard.import_finished.emit(report)

        def failed(exc: BaseException) -> None:
            if not wizard.closed:
                self.status.setText(_failure_text(exc))
                self._finish()

        self.handle = wizard.runner.write(work, done, failed)
        self.handle.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def cancel(self) -> None:
        if self.running and self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(translate("ImportWizard", "Cancelling…"))

    def _finish(self) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.finished


class ImportWizard(QWizard):
    import_finished = Signal(object)  # ImportReport of a written import

    def __init__(self, service: CustomerImportService, runner: TaskRunner | SyncTaskRunner,
                 prefs: Prefs, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.service = service
        self.runner = runner
        self.prefs = prefs
        self.path: Path | None = None
        self.preview: FilePreview | None = None
        self.report: ImportReport | None = None  # the dry run the user saw
        self.result: ImportReport | None = None  # what was written
        self.closed = False  # results of reads still running are dropped once closed
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(820, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.check_page = CheckPage(self)
        self.commit_page = CommitPage(self)
        for page in (self.file_page, self.mapping_page, self.options_page, self.check_page,
                     self.commit_page):  # fmt: skip
            self.addPage(page)
        self.setWindowTitle(translate("ImportWizard", "Import customers"))

    def options(self, *, skip_rejected: bool = False) -> ImportOptions:
        match, on_match = self.options_page.choices()
        return ImportOptions(mapping=self.mapping_page.mapping(), match=match, on_match=on_match,
                             skip_rejected=skip_rejected)  # fmt: skip

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        if self.currentPage() is self.options_page and self.path is not None:
            match, on_match = self.options_page.choices()
            self.prefs.save_import_choices(str(self.path.parent), match.value, on_match.value)
        return super().validateCurrentPage()

    def reject(self) -> None:
        """Cancel while importing stops the import (rolled back) and keeps the wizard open to
        say so; otherwise it closes the wizard."""
        if self.commit_page.running:
            self.commit_page.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.closed = True
        self.check_page.stop()
        self.service.forget_file()
        super().done(result)


def open_import_wizard(service: CustomerImportService, runner: TaskRunner | SyncTaskRunner,
                       prefs: Prefs, parent: QWidget | None,
                       on_imported: Callable[[ImportReport], Any] | None = None) -> ImportWizard:  # fmt: skip
    wizard = ImportWizard(service, runner, prefs, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_imported is not None:
        wizard.import_finished.connect(on_imported)
    wizard.open()
    return wizard
