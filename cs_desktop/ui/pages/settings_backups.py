"""Settings > Backups: where the daily backups go (a folder, a USB drive) and how many are kept;
"Back up now" (optionally with a passphrase); "Restore…", which checks the file first, says what
it holds and asks before anything changes; and undoing the last restore.

After a restore the program restarts: the open window, its caches and its signed-in person all
belong to the data that were replaced, and the restored file may have other staff accounts. A
fresh start opens the restored database the way it opens every day (sign-in, checks, upgrade).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.services.backups.policy import MAX_KEEP, BackupPolicy
from cs_desktop.services.backups.service import (
    ENCRYPTED_SUFFIX,
    SUFFIX,
    BackupCheck,
    BackupInfo,
    BackupService,
    RestoreResult,
)
from cs_desktop.services.errors import ServiceError

from ..access import forbidden_text
from ..tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate


def restart_application() -> None:
    """Start the program again with the same arguments, then quit this one."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, sys.argv[1:]
    elif sys.argv and sys.argv[0].endswith("__main__.py"):
        program, args = sys.executable, ["-m", "cs_desktop", *sys.argv[1:]]
    else:
        program, args = sys.executable, list(sys.argv)
    QProcess.startDetached(program, args)
    QApplication.quit()


def _local(when: dt.datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when is not None else "—"


def backup_refusal(exc: ServiceError) -> str:
    p = exc.params
    texts = {
        "backup_folder_unavailable": translate(
            "BackupsBox", "The folder {folder} cannot be used. Is the USB drive plugged in?"),
        "backup_write_failed": translate(
            "BackupsBox", "The backup could not be written to {path}: {reason}"),
        "backup_over_database": translate(
            "BackupsBox", "Choose another file: this one is the database in use."),
        "backup_not_found": translate("BackupsBox", "The file {path} is not there."),
        "backup_needs_passphrase": translate("BackupsBox", "This backup is encrypted: enter its "
                                             "passphrase."),
        "backup_wrong_passphrase": translate("BackupsBox", "The passphrase does not open this "
                                             "backup."),
        "backup_damaged": translate("BackupsBox", "This file is damaged ({reason}); it cannot be "
                                    "restored. Your data were not changed."),
        "backup_not_a_database": translate("BackupsBox", "This file is not a database backup. "
                                           "Your data were not changed."),
        "backup_foreign": translate("BackupsBox", "This file is a database of another program. "
                                    "Your data were not changed."),
        "backup_too_new": translate("BackupsBox", "This backup was made by a newer version of the "
                                    "program; install it first. Your data were not changed."),
        "backup_not_supported_for_server": translate(
            "BackupsBox", "This site's database is on a server: back it up with the server's own "
            "tools (pg_dump)."),
        "no_restore_to_undo": translate("BackupsBox", "There is no restore to undo."),
        "restore_failed": translate("BackupsBox", "The restore failed ({reason}); your data were "
                                    "not changed."),
    }  # fmt: skip
    if exc.code == "forbidden":
        return forbidden_text(exc)
    if exc.code == "out_of_range":
        return translate("BackupsBox", "Keep between {min} and {max} backups.").format(
            min=p.get("min", 1), max=p.get("max", MAX_KEEP))  # fmt: skip
    text = texts.get(exc.code)
    if text is None:
        return translate("BackupsBox", "Not done ({code}).").format(code=exc.code)
    return text.format(folder=p.get("folder", ""), path=p.get("path", ""),
                       reason=p.get("reason", ""))  # fmt: skip


def check_text(check: BackupCheck) -> str:
    lines = [
        translate("BackupsBox", "File: {name}").format(name=check.path.name),
        translate("BackupsBox", "Written: {when}").format(when=_local(check.file_time)),
        translate("BackupsBox", "Last activity recorded in it: {when}").format(
            when=_local(check.last_activity)),
        translate("BackupsBox", "Customers: {count}").format(count=f"{check.customers:,}"),
        translate("BackupsBox", "Audit trail entries: {count}").format(
            count=f"{check.audit_entries:,}"),
    ]  # fmt: skip
    if check.encrypted:
        lines.append(translate("BackupsBox", "Encrypted with a passphrase."))
    if check.needs_upgrade:
        lines.append(translate("BackupsBox", "Made by an older version: it will be upgraded."))
    return "\n".join(lines)


class BackupsBox(QGroupBox):
    restored = Signal(object)  # RestoreResult (the window restarts)

    def __init__(self, backups: BackupService, runner: TaskRunner | SyncTaskRunner,
                 parent: QWidget | None = None,
                 restart: Callable[[], None] = restart_application) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("backupsBox")
        self._backups, self._runner, self._restart = backups, runner, restart
        self.progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setMaximumWidth(140)
        self.daily = QCheckBox()
        self.daily.setObjectName("backupDaily")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveBackupPolicy")
        self.save_button.clicked.connect(self.save_policy)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.encrypt = QCheckBox()
        self.encrypt.setObjectName("backupEncrypt")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.choose_restore)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRestore")
        self.undo_button.clicked.connect(self.undo_restore)
        self.undo_button.hide()
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self._form = QFormLayout()
        self._folder_label, self._keep_label = QLabel(), QLabel()
        self._form.addRow(self._folder_label, folder_row)
        self._form.addRow(self._keep_label, self.keep)
        self._form.addRow("", self.daily)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.backup_button, self.encrypt):
            actions.addWidget(widget)
        actions.addSpacing(24)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self._form)
        layout.addLayout(save_row)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.retranslate()
        self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(translate("BackupsBox", "Backups"))
        self.hint.setText(translate(
            "BackupsBox", "The first start of each day writes a backup to the folder below and "
            "keeps the newest ones. A USB drive is a good place: keep it away from this PC."))  # fmt: skip
        self._folder_label.setText(translate("BackupsBox", "Backup folder:"))
        self._keep_label.setText(translate("BackupsBox", "Daily backups to keep:"))
        self.choose_button.setText(translate("BackupsBox", "Choose…"))
        self.daily.setText(translate("BackupsBox", "Back up on the first start of each day"))
        self.save_button.setText(translate("BackupsBox", "Save backup settings"))
        self.backup_button.setText(translate("BackupsBox", "Back up now…"))
        self.encrypt.setText(translate("BackupsBox", "with a passphrase"))
        self.restore_button.setText(translate("BackupsBox", "Restore…"))
        self.undo_button.setText(translate("BackupsBox", "Undo the last restore"))

    def set_permissions(self, settings: bool, backup: bool, restore: bool) -> None:
        for widget in (self.choose_button, self.keep, self.daily, self.save_button):
            widget.setEnabled(settings)
        self.save_button.setVisible(settings)
        self.choose_button.setVisible(settings)
        self.backup_button.setVisible(backup)
        self.encrypt.setVisible(backup)
        self.restore_button.setVisible(restore)
        self._may_restore = restore
        self.undo_button.setVisible(restore and self._undo_possible)

    _may_restore = True
    _undo_possible = False

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b91c1c;" if error else "color: #15803d;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        if self.progress is not None:
            self.progress.reset()
        if isinstance(exc, ServiceError):
            self._say(backup_refusal(exc), error=True)
        else:
            self._runner.task_failed.emit(exc)

    # --- settings -------------------------------------------------------------------------
    def load(self) -> None:
        backups = self._backups

        def work(_ctx: TaskContext) -> tuple[BackupPolicy, Path | None, Path | None]:
            try:
                folder: Path | None = backups.folder()
                undo = backups.last_restore()
            except ServiceError:  # a server database: no files here
                folder, undo = None, None
            return backups.policy(), folder, undo

        def done(result: tuple[BackupPolicy, Path | None, Path | None]) -> None:
            policy, folder, undo = result
            self.folder.setText(str(folder) if folder is not None else policy.folder)
            self.keep.setValue(policy.keep)
            self.daily.setChecked(policy.daily)
            self._undo_possible = undo is not None
            self.undo_button.setVisible(self._may_restore and undo is not None)
            if undo is not None:
                self.undo_button.setToolTip(translate(
                    "BackupsBox", "Puts back the data as they were before the last restore "
                    "(kept in {path}).").format(path=undo))  # fmt: skip

        self._runner.read(work, done)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("BackupsBox", "Backup folder"), self.folder.text())  # fmt: skip
        if folder:
            self.folder.setText(folder)

    def save_policy(self) -> None:
        policy = BackupPolicy(self.daily.isChecked(), self.folder.text().strip(), self.keep.value())
        backups = self._backups

        def work(_ctx: TaskContext) -> None:
            backups.set_policy(policy)

        def done(_r: None) -> None:
            self._say(translate("BackupsBox", "Backup settings saved."))
            self.load()

        self._runner.write(work, done, self._failed)

    # --- backing up -----------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        progress = QProgressDialog(text, "", 0, 0, self)
        progress.setWindowTitle(translate("BackupsBox", "Backups"))
        progress.setCancelButton(None)  # one step in the database: it cannot stop half-way
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        self.progress = progress

    def _passphrase(self, title: str, twice: bool) -> str | None:
        first, ok = QInputDialog.getText(self, title, translate("BackupsBox", "Passphrase:"),
                                         QLineEdit.EchoMode.Password)  # fmt: skip
        if not ok or not first:
            return None
        if twice:
            again, ok = QInputDialog.getText(self, title, translate(
                "BackupsBox", "The same passphrase again:"), QLineEdit.EchoMode.Password)  # fmt: skip
            if not ok:
                return None
            if again != first:
                self._say(translate("BackupsBox", "The two passphrases are not the same; "
                                    "nothing was written."), error=True)  # fmt: skip
                return None
        return first

    def backup_now(self) -> None:
        backups = self._backups
        encrypted = self.encrypt.isChecked()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        suffix = ENCRYPTED_SUFFIX if encrypted else SUFFIX
        start = Path(self.folder.text() or ".") / f"cs-desktop-{stamp}{suffix}"
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("BackupsBox", "Back up to"), str(start),
            translate("BackupsBox", "Backups (*{suffix})").format(suffix=suffix))  # fmt: skip
        if not path:
            return
        passphrase = None
        if encrypted:
            passphrase = self._passphrase(translate("BackupsBox", "Passphrase of this backup"),
                                          twice=True)  # fmt: skip
            if passphrase is None:
                return
        self._busy(translate("BackupsBox", "Writing the backup…"))

        def work(_ctx: TaskContext) -> BackupInfo:
            return backups.backup(Path(path), passphrase)

        def done(info: BackupInfo) -> None:
            if self.progress is not None:
                self.progress.reset()
            self._say(translate("BackupsBox", "Backup written: {path} ({size} MB, {seconds} s).")
                      .format(path=info.path, size=f"{info.size / 1e6:.1f}",
                              seconds=f"{info.seconds:.1f}"))  # fmt: skip

        self._runner.write(work, done, self._failed)

    # --- restoring ------------------------------------------------------------------------
    def choose_restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("BackupsBox", "Restore from"), self.folder.text(),
            translate("BackupsBox", "Backups (*{plain} *{sealed});;All files (*)").format(
                plain=SUFFIX, sealed=ENCRYPTED_SUFFIX))  # fmt: skip
        if path:
            self.check(Path(path), None)

    def check(self, path: Path, passphrase: str | None) -> None:
        backups = self._backups
        self._say(translate("BackupsBox", "Checking {name}…").format(name=path.name))

        def work(_ctx: TaskContext) -> BackupCheck:
            return backups.check(path, passphrase)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError) and exc.code in ("backup_needs_passphrase",
                                                              "backup_wrong_passphrase"):  # fmt: skip
                if exc.code == "backup_wrong_passphrase":
                    self._say(backup_refusal(exc), error=True)
                asked = self._passphrase(translate("BackupsBox", "Encrypted backup"), twice=False)
                if asked is not None:
                    self.check(path, asked)
                return
            self._failed(exc)

        self._runner.read(work, lambda checked: self.confirm(checked, passphrase), failed)

    def confirm(self, checked: BackupCheck, passphrase: str | None) -> None:
        self._say("")
        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("BackupsBox", "Restore this backup?"),
            translate("BackupsBox", "The file was checked and can be restored:\n\n{contents}\n\n"
                      "Everything entered since will be replaced by the backup's data. The data "
                      "as they are now are kept aside, and \"Undo the last restore\" puts them "
                      "back. The program restarts afterwards.").format(
                          contents=check_text(checked)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("restoreQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("BackupsBox", "Restore"))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("BackupsBox", "Cancel"))

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.restore(checked.path, passphrase)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def restore(self, path: Path, passphrase: str | None) -> None:
        backups = self._backups
        self._busy(translate("BackupsBox", "Restoring the backup…"))
        self._run_restore(lambda: backups.restore(path, passphrase))

    def undo_restore(self) -> None:
        answer = QMessageBox.question(
            self, translate("BackupsBox", "Undo the last restore"),
            translate("BackupsBox", "Put back the data as they were before the last restore? The "
                      "data as they are now are kept aside in turn. The program restarts "
                      "afterwards."))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        backups = self._backups
        self._busy(translate("BackupsBox", "Putting the data back…"))
        self._run_restore(backups.undo_restore)

    def _run_restore(self, step: Callable[[], RestoreResult]) -> None:
        def done(result: RestoreResult) -> None:
            if self.progress is not None:
                self.progress.reset()
            self.restored.emit(result)
            QMessageBox.information(
                self, translate("BackupsBox", "Restored"),
                translate("BackupsBox", "The data of {name} are back. The data as they were are "
                          "kept in {aside}.\n\nThe program now restarts to open them; sign in "
                          "again.").format(name=result.restored_from.name,
                                           aside=result.kept_aside))  # fmt: skip
            self._restart()

        self._runner.write(lambda _ctx: step(), done, self._failed)


__all__ = ["BackupsBox", "backup_refusal", "check_text", "restart_application"]
