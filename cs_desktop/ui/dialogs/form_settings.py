"""Settings > Printed forms: each form's title, header and footer text and logo, changed without
touching code, and previewed (the blank form with the text and logo as typed) before saving.

Edits are kept per form while the clerk moves between forms; Save writes every changed form in
one go. A refused value names the field and the reason, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.printing.jobs import form_module
from cs_desktop.services.changes import Changes
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.forms.settings import (
    FORMS,
    LIMITS,
    LOGO_MAX_BYTES,
    LOGO_PIXELS,
    FormSetting,
    FormSettings,
    read_logo,
)

from ..tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate
THUMB = 56


def refusal(exc: ServiceError) -> str:
    names = {"title": translate("FormSettings", "The title"),
             "header": translate("FormSettings", "The header text"),
             "footer": translate("FormSettings", "The footer text")}  # fmt: skip
    p = exc.params
    texts = {
        "too_long": translate("FormSettings", "{field} is too long: at most {max} characters.")
        .format(field=names.get(exc.field or "", exc.field), max=p.get("max")),
        "not_an_image": translate("FormSettings", "The logo must be a PNG or JPEG image."),
        "file_too_big": translate("FormSettings", "The logo file is too big: at most {kb} KB.")
        .format(kb=p.get("max_kb")),
        "image_too_small": translate(
            "FormSettings", "The logo is too small: at least {px} pixels on each side.")
        .format(px=p.get("min")),
        "image_too_large": translate(
            "FormSettings", "The logo is too large: at most {px} pixels on a side.")
        .format(px=p.get("max")),
        "file_not_found": translate("FormSettings", "The logo file was not found."),
        "file_unreadable": translate("FormSettings", "The logo file could not be read."),
    }  # fmt: skip
    return texts.get(exc.code, translate("FormSettings", "Not saved ({code}).").format(
        code=exc.code))  # fmt: skip


class FormSettingsDialog(QDialog):
    def __init__(self, settings: FormSettings, runner: TaskRunner | SyncTaskRunner,
                 names: dict[str, str],
                 preview: Callable[[str, FormSetting, QWidget], object],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("formSettings")
        self._settings, self._runner, self._names, self._preview = (settings, runner, names,
                                                                    preview)  # fmt: skip
        self.saved: dict[str, FormSetting] = {}
        self.drafts: dict[str, FormSetting] = {}
        self._form = FORMS[0]

        self.forms = QListWidget()
        self.forms.setObjectName("formList")
        self.forms.setFixedWidth(200)
        self.forms.setSpacing(3)
        for form in FORMS:
            item = QListWidgetItem(names[form])
            item.setData(Qt.ItemDataRole.UserRole, form)
            self.forms.addItem(item)
        self.title = QLineEdit()
        self.header = QLineEdit()
        self.footer = QLineEdit()
        self.fields = {"title": self.title, "header": self.header, "footer": self.footer}
        for key, edit in self.fields.items():
            edit.setObjectName(f"form_{key}")
            edit.setMaxLength(LIMITS[key])
            edit.textEdited.connect(lambda _t: self._keep())
        self.logo = QLabel()
        self.logo.setObjectName("logoThumb")
        self.logo.setFixedSize(THUMB, THUMB)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo = QPushButton()
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton()
        self.remove_logo.clicked.connect(lambda: self.set_logo(b""))
        self.logo_hint = QLabel()
        self.logo_hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.status = QLabel()
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewForm")
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveForms")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)

        self._labels = {key: QLabel() for key in ("title", "header", "footer", "logo")}
        form = QFormLayout()
        for key, edit in self.fields.items():
            self._labels[key].setBuddy(edit)
            form.addRow(self._labels[key], edit)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form.addRow(self._labels["logo"], logo_row)
        form.addRow("", self.logo_hint)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.forms)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.preview_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.forms.currentRowChanged.connect(self._form_chosen)
        self.retranslate()
        self.resize(720, 340)
        self.setEnabled(False)  # until the settings are read
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FormSettings", "Printed forms"))
        self._labels["title"].setText(translate("FormSettings", "&Title:"))
        self._labels["header"].setText(translate("FormSettings", "&Header text:"))
        self._labels["footer"].setText(translate("FormSettings", "&Footer text:"))
        self._labels["logo"].setText(translate("FormSettings", "Logo:"))
        self.header.setPlaceholderText(translate(
            "FormSettings", "Printed at the top right, e.g. the department"))  # fmt: skip
        self.footer.setPlaceholderText(translate(
            "FormSettings", "Printed at the bottom of every page, e.g. a privacy note"))  # fmt: skip
        self.choose_logo.setText(translate("FormSettings", "&Choose…"))
        self.remove_logo.setText(translate("FormSettings", "&Remove"))
        self.logo_hint.setText(translate(
            "FormSettings", "PNG or JPEG, at most {kb} KB and {px} pixels on a side; printed "
            "1 cm high beside the site's name. It is kept in the database, so every counter "
            "prints it.").format(kb=LOGO_MAX_BYTES // 1024, px=LOGO_PIXELS[1]))  # fmt: skip
        self.preview_button.setText(translate("FormSettings", "&Preview…"))
        self.preview_button.setToolTip(translate(
            "FormSettings", "The blank form with the text and logo as typed, before saving"))  # fmt: skip
        self.save_button.setText(translate("FormSettings", "&Save"))
        self.close_button.setText(translate("FormSettings", "Close"))

    # --- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        settings = self._settings

        def work(_ctx: TaskContext) -> dict[str, FormSetting]:
            return {form: settings.get(form) for form in FORMS}

        def done(found: dict[str, FormSetting]) -> None:
            self.saved = dict(found)
            self.drafts = dict(found)
            self.setEnabled(True)
            if self.forms.currentRow() < 0:
                self.forms.setCurrentRow(0)
            else:
                self._show(self._form)

        self._runner.read(work, done)

    def _form_chosen(self, row: int) -> None:
        if row >= 0:
            self._form = FORMS[row]
            self._show(self._form)

    def _show(self, form: str) -> None:
        draft = self.drafts.get(form, FormSetting())
        for key, edit in self.fields.items():
            edit.setText(getattr(draft, key))
        self.title.setPlaceholderText(form_module(form).TITLE)  # the standard title
        self._show_logo(draft.logo)
        self.message.hide()

    def _show_logo(self, data: bytes) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo.setPixmap(pixmap.scaled(THUMB - 4, THUMB - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))  # fmt: skip
            self.logo.setText("")
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(translate("FormSettings", "none"))
        self.remove_logo.setEnabled(bool(data))

    # --- editing ----------------------------------------------------------------------------
    def _keep(self) -> None:
        draft = self.drafts.get(self._form, FormSetting())
        self.drafts[self._form] = replace(draft, title=self.title.text(),
                                          header=self.header.text(), footer=self.footer.text())  # fmt: skip
        self.status.clear()

    def current(self) -> FormSetting:
        self._keep()
        return self.drafts[self._form]

    def changed(self) -> list[str]:
        return [form for form in FORMS if self.drafts.get(form, FormSetting())
                != self.saved.get(form, FormSetting())]  # fmt: skip

    def set_logo(self, data: bytes) -> None:
        self.drafts[self._form] = replace(self.current(), logo=data)
        self._show_logo(data)
        self.message.hide()
        self.status.clear()

    def pick_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("FormSettings", "Choose the logo"), "",
            translate("FormSettings", "Images (*.png *.jpg *.jpeg)"))  # fmt: skip
        if not path:
            return
        form = self._form

        def done(data: bytes) -> None:
            if form == self._form:
                self.set_logo(data)

        self._runner.read(lambda _ctx: read_logo(Path(path)), done, self._refused)

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            self._runner.task_failed.emit(exc)
            return
        self.message.setText(refusal(exc))
        self.message.show()
        edit = self.fields.get(exc.field or "")
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_preview(self) -> None:
        self._preview(self._form, self.current(), self)

    # --- saving -----------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> None:
        self._keep()
        forms = self.changed()
        if not forms:
            self.status.setText(translate("FormSettings", "Nothing to save."))
            if then is not None:
                then()
            return
        settings, drafts = self._settings, {f: self.drafts[f] for f in forms}
        written: dict[str, FormSetting] = {}

        def work(_ctx: TaskContext) -> Changes:
            for form, draft in drafts.items():
                written[form] = settings.save(form, draft)
            return Changes.of("app_settings")

        def done(_changes: Changes) -> None:
            self.saved.update(written)
            self.drafts.update(written)
            self._show(self._form)
            self.status.setText(translate("FormSettings", "Saved."))
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self.saved.update(written)  # the forms before the refused one are saved
            if isinstance(exc, ServiceError):
                bad = next(f for f in forms if f not in written)
                self.forms.setCurrentRow(FORMS.index(bad))
            self._refused(exc)

        self._runner.write(work, done, failed)

    def ask_save(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, translate("FormSettings", "Printed forms"),
                          translate("FormSettings", "Save the changes to the printed forms?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        for button, text in ((QMessageBox.StandardButton.Save, translate("FormSettings", "Save")),
                             (QMessageBox.StandardButton.Discard,
                              translate("FormSettings", "Discard")),
                             (QMessageBox.StandardButton.Cancel,
                              translate("FormSettings", "Cancel"))):  # fmt: skip
            box.button(button).setText(text)
        return QMessageBox.StandardButton(box.exec())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.isEnabled() or not self.changed():
            super().closeEvent(event)
            return
        answer = self.ask_save()
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
        elif answer == QMessageBox.StandardButton.Save:
            event.ignore()
            # closed once saved, from the event loop: a close() inside closeEvent is ignored
            self.save(then=lambda: QTimer.singleShot(0, self.close))
        else:
            self.drafts = dict(self.saved)
            super().closeEvent(event)
