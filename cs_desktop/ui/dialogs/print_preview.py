"""Print preview: the form's PDF, built in the background, shown page by page; zoom, page x of
y, save as PDF, print to a chosen printer, the blank form, and (for roles allowed to) the full
ID and phone numbers.

What is previewed is exactly what is saved and printed: the same bytes. Printing renders each
page of that PDF at up to 300 dpi onto the printer's paper, at true size, in the background
with progress and a Stop button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    Slot,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cs_desktop.printing.jobs import FormJob, Options, build, save_pdf
from cs_desktop.printing.page import Hooks, RenderCancelled, Rendered
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.forms.settings import FormSetting, FormSettings

from ..tasks import Cancelled, SyncTaskRunner, TaskContext, TaskHandle, TaskRunner

translate = QCoreApplication.translate
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
PRINT_DPI = 300  # enough for 8 pt Chinese; a 600 dpi page image is 139 MB


def refusal(exc: ServiceError) -> str:
    """Why a form could not be made, in the clerk's words."""
    return {
        "customer_not_found": translate("PrintPreview", "This customer no longer exists."),
        "complaint_not_found": translate("PrintPreview", "This complaint no longer exists."),
        "survey_not_found": translate("PrintPreview", "No active survey has this code."),
        "no_active_rule_set": translate(
            "PrintPreview", "No tier rule is active: choose one in Settings > Customer tiers."),
    }.get(exc.code, translate("PrintPreview", "The form could not be made ({code}).")
          .format(code=exc.code))  # fmt: skip


def ask_printer(printer: QPrinter, pages: int, parent: QWidget) -> bool:
    """The system's print dialog: printer, copies, page range. Tests replace this function."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintPreview", "Print"))
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def send_to_printer(pdf: bytes, printer: QPrinter, pages: range, ctx: TaskContext) -> int:
    """Paint each page of the PDF onto the printer's paper (runs on a worker: QPainter may
    paint on a QPrinter outside the UI thread). Returns the number of pages sent."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("PrintPreview", "The printer could not be opened."))
    sent = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for page in pages:
            if ctx.cancelled:
                printer.abort()
                raise Cancelled()
            if sent:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                round(points.height() * dpi / 72)))  # fmt: skip
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            w, h = points.width() * scale, points.height() * scale
            painter.drawImage(QRectF(paper.x() + (paper.width() - w) / 2,
                                     paper.y() + (paper.height() - h) / 2, w, h), image)  # fmt: skip
            sent += 1
            ctx.report(sent, len(pages))
    finally:
        painter.end()
        document.close()
    return sent


class PrintPreview(QDialog):
    def __init__(self, job: FormJob, title: str, settings: FormSettings,
                 runner: TaskRunner | SyncTaskRunner, *, may_print_full_numbers: bool = False,
                 setting: FormSetting | None = None, form_name: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._form_name = form_name or title
        self.setObjectName("printPreview")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self._job, self._title, self._settings, self._runner = job, title, settings, runner
        self._setting = setting  # a draft from Settings > Printed forms
        self._generation = 0
        self._busy: TaskHandle | None = None
        self._buffer: QBuffer | None = None
        self._printer: QPrinter | None = None
        self.rendered: Rendered | None = None

        self.blank_box = QCheckBox()
        self.blank_box.setObjectName("blankForm")
        self.blank_box.setChecked(job.blank_only)
        self.blank_box.setEnabled(not job.blank_only)
        self.blank_box.toggled.connect(lambda _on: self.rebuild())
        self.full_box = QCheckBox()
        self.full_box.setObjectName("fullNumbers")
        self.full_box.setVisible(may_print_full_numbers)
        self.full_box.setEnabled(may_print_full_numbers)
        self.full_box.toggled.connect(lambda _on: self.rebuild())
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        self.zoom.addItems(["", ""] + [f"{round(z * 100)}%" for z in ZOOMS])
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(120)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printForm")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_form)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)

        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopBuild")
        self.stop_button.clicked.connect(self.stop)
        self.notice = QLabel()
        self.notice.setObjectName("formMessage")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        # Bound methods, not lambdas: Qt drops them with this window (the document emits as it
        # is destroyed).
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.document.pageCountChanged.connect(self._page_changed)

        tools = QHBoxLayout()
        tools.addWidget(self.blank_box)
        tools.addWidget(self.full_box)
        tools.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom, self.zoom_in_button):
            tools.addWidget(widget)
        tools.addSpacing(12)
        for widget in (self.previous_button, self.page_label, self.next_button):
            tools.addWidget(widget)
        tools.addSpacing(12)
        for widget in (self.save_button, self.print_button, self.close_button):
            tools.addWidget(widget)
        state = QHBoxLayout()
        state.addWidget(self.status, 1)
        state.addWidget(self.progress)
        state.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(tools)
        layout.addLayout(state)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)

        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
                           ("Ctrl+=", lambda: self.step_zoom(1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
                           (QKeySequence.StandardKey.Print, self.print_form),
                           (QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence.StandardKey.MoveToNextPage,
                            lambda: self.go_to(self.current_page() + 1)),
                           (QKeySequence.StandardKey.MoveToPreviousPage,
                            lambda: self.go_to(self.current_page() - 1))):  # fmt: skip
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.retranslate()
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(900, screen.width() - 40) if screen else 900,
                    min(1000, screen.height() - 60) if screen else 800)  # fmt: skip
        self.rebuild()

    # --- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("PrintPreview", "Print preview — {form}").format(
            form=self._title))  # fmt: skip
        self.blank_box.setText(translate("PrintPreview", "&Blank form, to fill in by hand"))
        self.full_box.setText(translate("PrintPreview", "&Full ID and phone numbers"))
        self.full_box.setToolTip(translate(
            "PrintPreview", "Numbers print masked (138****8000) unless this is ticked. Your role "
            "allows printing them whole."))  # fmt: skip
        self.zoom.setItemText(0, translate("PrintPreview", "Fit width"))
        self.zoom.setItemText(1, translate("PrintPreview", "Whole page"))
        self.zoom.setToolTip(translate("PrintPreview", "Zoom (Ctrl++ and Ctrl+-)"))
        self.zoom_in_button.setToolTip(translate("PrintPreview", "Zoom in"))
        self.zoom_out_button.setToolTip(translate("PrintPreview", "Zoom out"))
        self.previous_button.setToolTip(translate("PrintPreview", "Previous page (Page Up)"))
        self.next_button.setToolTip(translate("PrintPreview", "Next page (Page Down)"))
        self.save_button.setText(translate("PrintPreview", "&Save as PDF…"))
        self.print_button.setText(translate("PrintPreview", "&Print…"))
        self.close_button.setText(translate("PrintPreview", "Close"))
        self.stop_button.setText(translate("PrintPreview", "Stop"))
        self._show_page()

    # --- building ---------------------------------------------------------------------------
    def options(self) -> Options:
        return Options(blank=self.blank_box.isChecked(),
                       full_numbers=self.full_box.isVisible() and self.full_box.isChecked(),
                       setting=self._setting)  # fmt: skip

    def rebuild(self) -> None:
        """(Re)build the PDF in the background; a build still running is stopped."""
        if self._busy is not None and not self._busy.is_done:
            self._busy.cancel()
        self._generation += 1
        generation, job, settings, options = self._generation, self._job, self._settings, \
            self.options()  # fmt: skip
        self._set_ready(False)
        self._working(translate("PrintPreview", "Preparing the form…"))

        def work(ctx: TaskContext) -> Rendered:
            return build(job, settings, options, Hooks(progress=ctx.report,
                                                       is_cancelled=lambda: ctx.cancelled))  # fmt: skip

        def done(rendered: Rendered) -> None:
            if isValid(self) and generation == self._generation:
                self._built(rendered)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:  # not closed meanwhile
                self._build_failed(exc)

        handle = self._runner.read(work, done, failed)
        if not handle.is_done:
            self._busy = handle
            handle.progressed.connect(lambda done_, total: self._progressed(
                generation, done_, total, translate("PrintPreview", "Laying out form {done} of {total}…")))  # fmt: skip

    def _built(self, rendered: Rendered) -> None:
        self._busy = None
        self.rendered = rendered
        buffer = QBuffer(self)
        buffer.setData(QByteArray(rendered.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()  # the document has let go of it
        self._buffer = buffer
        self._idle("")
        notes = []
        if rendered.missing:
            notes.append(translate(
                "PrintPreview", "No font has these characters; they print as a red 〓: {chars}")
                .format(chars=" ".join(rendered.missing)))  # fmt: skip
        if rendered.cut:
            notes.append(translate(
                "PrintPreview", "{count} boxes were too long and are cut, marked …(未完).")
                .format(count=rendered.cut))  # fmt: skip
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        self._set_ready(True)
        self._show_page()

    def _build_failed(self, exc: BaseException) -> None:
        self._busy = None
        self.rendered = None
        self.document.close()
        if isinstance(exc, (RenderCancelled, Cancelled)):
            self._idle(translate("PrintPreview", "Stopped: no form was made. Tick or untick an "
                                 "option above, or close this window."))  # fmt: skip
        elif isinstance(exc, ServiceError):
            self._idle(refusal(exc))
        else:
            self._idle(translate("PrintPreview", "The form could not be made."))
            self._runner.task_failed.emit(exc)
        self._show_page()

    # --- state of the window ---------------------------------------------------------------
    def _set_ready(self, ready: bool) -> None:
        for widget in (self.save_button, self.print_button):
            widget.setEnabled(ready)

    def _working(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.show()
        self.stop_button.show()

    def _idle(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.progress.hide()
        self.stop_button.hide()

    def _progressed(self, generation: int, done: int, total: int, text: str) -> None:
        if generation != self._generation:
            return
        if total == 0:  # one long table: its length is known only at the end
            self.progress.setRange(0, 0)
            self.status.setText(translate("PrintPreview", "Laying out page {page}…").format(
                page=done))  # fmt: skip
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(text.format(done=done, total=total))

    def stop(self) -> None:
        if self._busy is not None:
            self._busy.cancel()

    def is_busy(self) -> bool:
        return self._busy is not None and not self._busy.is_done

    # --- pages and zoom ---------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self.rendered is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count:
            page = max(0, min(page, count - 1))
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
            self._show_page()

    @Slot(int)
    def _page_changed(self, _value: int) -> None:
        self._show_page()

    def _show_page(self) -> None:
        count = self.page_count()
        page = min(self.current_page(), count - 1) + 1 if count else 0
        self.page_label.setText(translate("PrintPreview", "Page {page} of {pages}").format(
            page=page, pages=count) if count else "")  # fmt: skip
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(0 < page < count)

    def _zoom_chosen(self, index: int) -> None:
        if index == 0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif index == 1:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(ZOOMS[index - 2])

    def step_zoom(self, step: int) -> None:
        index = self.zoom.currentIndex()
        at = (index - 2 if index >= 2 else ZOOMS.index(1.0)) + step  # from a fit: around 100%
        self.zoom.setCurrentIndex(2 + max(0, min(at, len(ZOOMS) - 1)))

    # --- saving and printing ----------------------------------------------------------------
    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)  # fmt: skip
        name = self._job.file_name or self._title
        if self.blank_box.isChecked():
            name = translate("PrintPreview", "{form} (blank)").format(form=self._form_name)
        clean = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip() or "form"
        return str(Path(folder) / f"{clean}.pdf")

    def save_as(self) -> None:
        rendered = self.rendered
        if rendered is None or self.is_busy():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("PrintPreview", "Save as PDF"), self.suggested_path(),
            translate("PrintPreview", "PDF files (*.pdf)"))  # fmt: skip
        if not path:
            return
        pdf = rendered.pdf

        def done(written: Path) -> None:
            self._idle(translate("PrintPreview", "Saved as {path}").format(path=written))

        def failed(exc: BaseException) -> None:
            self._idle("")
            QMessageBox.warning(self, translate("PrintPreview", "Save as PDF"), translate(
                "PrintPreview", "The file could not be saved: {error}").format(error=exc))  # fmt: skip

        self._runner.read(lambda _ctx: save_pdf(Path(path), pdf), done, failed)

    def print_form(self) -> None:
        rendered = self.rendered
        if rendered is None or self.is_busy():
            return
        count = self.page_count()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the form has its own margins: print it at true size
        if not ask_printer(printer, count, self):
            return
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
        pages = range(first - 1, last)
        self._printer = printer  # alive until the worker is done with it
        pdf, name = rendered.pdf, printer.printerName() or printer.outputFileName()
        self._working(translate("PrintPreview", "Sending to the printer…"))
        self._set_ready(False)
        self.blank_box.setEnabled(False)
        self.full_box.setEnabled(False)

        def finish() -> bool:
            if not isValid(self):
                return False  # the window was closed: the run was stopped
            self._busy = None
            self._printer = None
            self._set_ready(True)
            self.blank_box.setEnabled(not self._job.blank_only)
            self.full_box.setEnabled(self.full_box.isVisible())
            return True

        def done(sent: int) -> None:
            if finish():
                self._idle(translate("PrintPreview", "{count} pages sent to {printer}.").format(
                    count=sent, printer=name))  # fmt: skip

        def failed(exc: BaseException) -> None:
            if not finish():
                return
            if isinstance(exc, Cancelled):
                self._idle(translate("PrintPreview", "Printing stopped."))
            else:
                self._idle(translate("PrintPreview", "Printing failed: {error}").format(
                    error=exc))  # fmt: skip

        handle = self._runner.read(lambda ctx: send_to_printer(pdf, printer, pages, ctx), done,
                                   failed)  # fmt: skip
        if not handle.is_done:
            self._busy = handle
            generation = self._generation
            handle.progressed.connect(lambda sent, total: self._progressed(
                generation, sent, total, translate("PrintPreview", "Sending page {done} of {total} to the printer…")))  # fmt: skip

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self._printer is None:
            self.stop()  # closed (or Esc): a build nobody will see; a print run goes on
        super().hideEvent(event)
