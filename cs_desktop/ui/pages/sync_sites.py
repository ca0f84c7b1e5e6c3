"""The Sync page's "Sites and keys" tab: this site's key and fingerprint, saving the key file
for another site, trusting another site's key file (after comparing fingerprints by phone), and
the list of trusted sites, each of which can be untrusted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.roles import Permission
from cs_desktop.services.changes import Changes
from cs_desktop.sync.keys import SiteKey, TrustResult
from cs_desktop.sync.overview import TrustedSite
from cs_desktop.sync.service import KeyPreview, SyncService

from ..dialogs.merge_texts import local_time
from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskRunner
from .sync_parts import ERROR_STYLE, ActorSource, may, plain_table, problem_text, say

translate = QCoreApplication.translate
KEY_FILTER = "*.key"


class SitesPanel(QWidget):
    def __init__(self, runner: TaskRunner | SyncTaskRunner, sync: SyncService,
                 actor: ActorSource, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._sync, self._actor = runner, sync, actor
        self._own: SiteKey | None = None
        self.question: QMessageBox | None = None

        self.own_site = QLabel()
        self.own_site.setObjectName("syncOwnSite")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("syncFingerprint")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(mono.pointSize() + 4)
        self.fingerprint.setFont(mono)
        self.save_key_button = QPushButton()
        self.save_key_button.clicked.connect(self.save_key)
        self.trust_button = QPushButton()
        self.trust_button.clicked.connect(self.trust_site)
        self.untrust_button = QPushButton()
        self.untrust_button.clicked.connect(self.untrust_site)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.model: RowsModel[TrustedSite] = RowsModel([
            Column(lambda: translate("SyncPage", "Site"), lambda r: r.name),
            Column(lambda: translate("SyncPage", "Code"), lambda r: r.code),
            Column(lambda: translate("SyncPage", "Key fingerprint"), lambda r: r.fingerprint),
            Column(lambda: translate("SyncPage", "Known since"), lambda r: local_time(r.since)),
            Column(lambda: translate("SyncPage", "Last export to it"),
                   lambda r: local_time(r.last_export) if r.last_export else
                   translate("SyncPage", "never")),
        ], self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("syncSitesTable")
        self.table.setModel(self.model)
        plain_table(self.table)
        for column, width in enumerate((160, 110, 240, 140)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_key_button)
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        buttons.addWidget(self.untrust_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_site)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.how)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.save_key_button.setText(translate("SyncPage", "&Save this site's key…"))
        self.save_key_button.setToolTip(translate(
            "SyncPage", "A small file with this site's public key, to give to the other site "
            "once (USB stick, e-mail)"))  # fmt: skip
        self.trust_button.setText(translate("SyncPage", "&Trust a site…"))
        self.trust_button.setToolTip(translate(
            "SyncPage", "Choose the key file another site gave you; its packages are accepted "
            "from then on"))  # fmt: skip
        self.untrust_button.setText(translate("SyncPage", "Stop trusting…"))
        self.how.setText(translate(
            "SyncPage", "Once per pair of sites: each saves its key and gives the file to the "
            "other, who trusts it after the two administrators have read their fingerprints to "
            "each other by phone."))  # fmt: skip
        self._own_texts()
        self.model.retranslate()
        self._enable()

    def _own_texts(self) -> None:
        key = self._own
        if key is None:
            self.own_site.setText(translate("SyncPage", "Reading this site's key…"))
            self.fingerprint.setText("")
            return
        self.own_site.setText(translate("SyncPage", "This site: {name} ({code})").format(
            name=key.name, code=key.code))  # fmt: skip
        self.fingerprint.setText(translate("SyncPage", "Key fingerprint: {fingerprint}").format(
            fingerprint=key.fingerprint))  # fmt: skip

    def _enable(self) -> None:
        admin = may(self._actor, Permission.EDIT_SETTINGS)
        self.trust_button.setEnabled(admin)
        self.untrust_button.setEnabled(admin and self.selected() is not None)
        if not admin:
            self.trust_button.setToolTip(translate(
                "SyncPage", "Only an administrator trusts or untrusts sites."))  # fmt: skip

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        sync = self._sync

        def own(key: SiteKey) -> None:
            self._own = key
            self._own_texts()

        # the key is made on first use: a write, once
        self._runner.write(lambda _ctx: sync.own_key(), own, self._failed)
        self._runner.read(lambda _ctx: sync.trusted_sites(), self._listed, self._failed)

    def _listed(self, sites: list[TrustedSite]) -> None:
        self.model.set_rows(sites)
        self._enable()

    def selected(self) -> TrustedSite | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def _failed(self, exc: BaseException) -> None:
        text = problem_text(exc)
        if text is None:
            self._runner.task_failed.emit(exc)
        else:
            say(self.message, text, ERROR_STYLE)

    # --- actions ------------------------------------------------------------------------------
    def save_key(self) -> None:
        name = self._own.name if self._own is not None else translate("SyncPage", "site")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("SyncPage", "Save this site's key"), f"{name}.key",
            translate("SyncPage", "Site key files ({pattern})").format(pattern=KEY_FILTER))  # fmt: skip
        if not chosen:
            return
        path, sync = Path(chosen), self._sync

        def saved(key: SiteKey) -> None:
            say(self.message, translate(
                "SyncPage", "Key saved to {path}. Give the file to the other site, and read "
                "this fingerprint to its administrator by phone: {fingerprint}").format(
                path=path, fingerprint=key.fingerprint))  # fmt: skip

        self._runner.write(lambda _ctx: sync.save_key(path), saved, self._failed)

    def trust_site(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("SyncPage", "Trust a site: its key file"), "",
            translate("SyncPage", "Site key files ({pattern})").format(pattern=KEY_FILTER))  # fmt: skip
        if not chosen:
            return
        path, sync = Path(chosen), self._sync
        self._runner.read(lambda _ctx: sync.read_key(path), self._confirm_trust, self._failed)

    def _confirm_trust(self, preview: KeyPreview) -> None:
        key = preview.key
        text = translate(
            "SyncPage", "Site: {name} ({code})\nKey fingerprint: {fingerprint}\n\nCall the "
            "administrator of {name} and ask them to read out the fingerprint shown on their "
            "Sync page. Trust this site only if every character matches.").format(
            name=key.name, code=key.code, fingerprint=key.fingerprint)  # fmt: skip
        if preview.key_changed:
            text += "\n\n" + translate(
                "SyncPage", "Warning: this site is already trusted with a DIFFERENT key. "
                "Trust the new key only if its administrator confirms they changed it.")  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Question, translate("SyncPage", "Trust a site"),
                          text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("SyncPage", "The fingerprints match: trust"))  # fmt: skip
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("SyncPage", "Cancel"))
        sync = self._sync

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return

            def trusted(result: TrustResult) -> None:
                say(self.message, translate(
                    "SyncPage", "{name} is trusted: its packages are accepted from now on.")
                    .format(name=result.site.name))  # fmt: skip
                self._changed()

            self._runner.write(lambda _ctx: sync.trust(key), trusted, self._failed)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def untrust_site(self) -> None:
        site = self.selected()
        if site is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("SyncPage", "Stop trusting"),
                          translate("SyncPage", "Stop trusting {name}?\n\nIts packages will be "
                                    "refused until its key is trusted again. What came from it "
                                    "already stays.").format(name=site.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("SyncPage", "Stop trusting"))  # fmt: skip
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("SyncPage", "Cancel"))
        sync, site_id, name = self._sync, site.id, site.name

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return

            def done(_none: None) -> None:
                say(self.message, translate("SyncPage", "{name} is no longer trusted.").format(
                    name=name))  # fmt: skip
                self._changed()

            self._runner.write(lambda _ctx: sync.untrust(site_id), done, self._failed)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _changed(self) -> None:
        """The page (and the export tab's list of sites) read the sites again."""
        self._runner.changes_happened.emit(Changes.of("sites"))
