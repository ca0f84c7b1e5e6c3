"""The Sync page's "Export" and "Import" tabs: a package written for a trusted site, a package
from one taken in, each in the background with progress and Cancel, then a summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.roles import Permission
from cs_desktop.domain.sync.merge import Policy
from cs_desktop.services.changes import Changes
from cs_desktop.sync.exporting import ExportResult
from cs_desktop.sync.importing import ImportResult
from cs_desktop.sync.overview import TrustedSite
from cs_desktop.sync.service import SyncService

from ..dialogs.merge_texts import local_time
from ..dialogs.sync_texts import counts_text, number, policy_names, size_text
from ..tasks import Cancelled, SyncTaskRunner, TaskContext, TaskRunner
from .sync_parts import (
    ERROR_STYLE,
    INFO_STYLE,
    ActorSource,
    ProgressRow,
    checked_progress,
    may,
    problem_text,
    say,
)

translate = QCoreApplication.translate
PACKAGE_FILTER = "*.zip"
CHANGES, SINCE, EVERYTHING = 0, 1, 2


def _failed_with(runner: TaskRunner | SyncTaskRunner, label: QLabel, progress: ProgressRow,
                 cancelled: Callable[[], str]) -> Callable[[BaseException], None]:  # fmt: skip
    def failed(exc: BaseException) -> None:
        progress.stop()
        if isinstance(exc, Cancelled):
            say(label, cancelled(), INFO_STYLE)
            return
        text = problem_text(exc)
        if text is None:
            runner.task_failed.emit(exc)
        else:
            say(label, text, ERROR_STYLE)

    return failed


class ExportPanel(QWidget):
    def __init__(self, runner: TaskRunner | SyncTaskRunner, sync: SyncService,
                 actor: ActorSource, today: Callable[[], dt.date], here: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._sync, self._actor = runner, sync, actor
        self._today, self._here = today, here
        self._sites: list[TrustedSite] = []
        self.last_result: ExportResult | None = None

        self.site = QComboBox()
        self.site.setObjectName("syncExportSite")
        self.site.currentIndexChanged.connect(lambda _i: self._range_texts())
        self.changes = QRadioButton()
        self.since = QRadioButton()
        self.everything = QRadioButton()
        self.mode = QButtonGroup(self)
        for index, button in enumerate((self.changes, self.since, self.everything)):
            self.mode.addButton(button, index)
        self.changes.setChecked(True)
        self.since_date = QDateEdit()
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("yyyy-MM-dd")
        self.since_date.setDate(QDate(today() - dt.timedelta(days=30)))
        self.since.toggled.connect(self.since_date.setEnabled)
        self.since_date.setEnabled(False)
        self.export_button = QPushButton()
        self.export_button.setObjectName("syncExportButton")
        self.export_button.clicked.connect(self.export)
        self.progress = ProgressRow()
        self.summary = QLabel()
        self.summary.setObjectName("syncExportSummary")
        self.summary.setWordWrap(True)
        self.site_label = QLabel()
        self.range_label = QLabel()

        since_row = QHBoxLayout()
        since_row.addWidget(self.since)
        since_row.addWidget(self.since_date)
        since_row.addStretch(1)
        ranges = QVBoxLayout()
        ranges.addWidget(self.changes)
        ranges.addLayout(since_row)
        ranges.addWidget(self.everything)
        form = QFormLayout()
        form.addRow(self.site_label, self.site)
        form.addRow(self.range_label, ranges)
        button_row = QHBoxLayout()
        button_row.addWidget(self.export_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(button_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.site_label.setText(translate("SyncPage", "To site:"))
        self.range_label.setText(translate("SyncPage", "What:"))
        self.since.setText(translate("SyncPage", "Everything changed here since"))
        self.everything.setText(translate("SyncPage", "Everything (when a file was lost)"))
        self.export_button.setText(translate("SyncPage", "&Export to a file…"))
        self.progress.retranslate()
        self._range_texts()
        self.set_sites(self._sites)

    def _range_texts(self) -> None:
        site = self.chosen_site()
        last = local_time(site.last_export) if site and site.last_export else None
        self.changes.setText(
            translate("SyncPage", "What changed since the last export to it ({when})").format(
                when=last) if last else
            translate("SyncPage", "What changed since the last export to it (none yet: "
                      "everything)"))  # fmt: skip

    def set_sites(self, sites: list[TrustedSite]) -> None:
        current = self.site.currentData()
        self._sites = sites
        self.site.blockSignals(True)
        self.site.clear()
        for site in sites:
            self.site.addItem(f"{site.name} ({site.code})", site.id)
        if current is not None and self.site.findData(current) >= 0:
            self.site.setCurrentIndex(self.site.findData(current))
        self.site.blockSignals(False)
        allowed = may(self._actor, Permission.SYNC_REVIEW)
        self.export_button.setEnabled(bool(sites) and allowed)
        self.export_button.setToolTip("" if sites else translate(
            "SyncPage", "Trust the other site first (Sites and keys)."))  # fmt: skip
        self._range_texts()

    def chosen_site(self) -> TrustedSite | None:
        index = self.site.currentIndex()
        return self._sites[index] if 0 <= index < len(self._sites) else None

    def export(self) -> None:
        site = self.chosen_site()
        if site is None:
            return
        name = translate("SyncPage", "{here} to {there} {date}.zip").format(
            here=self._here, there=site.name, date=self._today().isoformat())  # fmt: skip
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("SyncPage", "Export to a file"), name,
            translate("SyncPage", "Sync packages ({pattern})").format(pattern=PACKAGE_FILTER))  # fmt: skip
        if not chosen:
            return
        path, sync, site_id = Path(chosen), self._sync, site.id
        mode = self.mode.checkedId()
        since = (dt.datetime.combine(self.since_date.date().toPython(), dt.time(), dt.UTC)
                 if mode == SINCE else None)  # fmt: skip

        def work(ctx: TaskContext) -> ExportResult:
            return sync.export(site_id, path, since=since, everything=mode == EVERYTHING,
                               progress=checked_progress(ctx))  # fmt: skip

        def done(result: ExportResult) -> None:
            self.progress.stop()
            self.export_button.setEnabled(True)
            self.last_result = result
            say(self.summary, translate(
                "SyncPage", "Exported {rows} records for {site} to {path} ({size}): {counts}.")
                .format(rows=number(result.rows), site=result.destination, path=path,
                        size=size_text(result.bytes), counts=counts_text(result.counts)))  # fmt: skip
            self._runner.changes_happened.emit(Changes.of("sync_packages"))

        failed = _failed_with(self._runner, self.summary, self.progress, lambda: translate(
            "SyncPage", "Export cancelled: no file was written and nothing was recorded."))  # fmt: skip

        def failed_and_enable(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            failed(exc)

        self.export_button.setEnabled(False)
        self.summary.setText(translate("SyncPage", "Exporting…"))
        self.summary.setStyleSheet("")
        self.progress.start()
        self.progress.follow(self._runner.write(work, done, failed_and_enable))


class ImportPanel(QWidget):
    def __init__(self, runner: TaskRunner | SyncTaskRunner, sync: SyncService,
                 actor: ActorSource, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._sync, self._actor = runner, sync, actor
        self.last_result: ImportResult | None = None
        self.import_button = QPushButton()
        self.import_button.setObjectName("syncImportButton")
        self.import_button.clicked.connect(self.import_file)
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.progress = ProgressRow()
        self.summary = QLabel()
        self.summary.setObjectName("syncImportSummary")
        self.summary.setWordWrap(True)
        button_row = QHBoxLayout()
        button_row.addWidget(self.import_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.how)
        layout.addWidget(self.policy)
        layout.addLayout(button_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self._policy: Policy | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.import_button.setText(translate("SyncPage", "&Import a file…"))
        self.how.setText(translate(
            "SyncPage", "A package from a trusted site is taken in whole or not at all; the "
            "same file twice changes nothing."))  # fmt: skip
        self.progress.retranslate()
        self.import_button.setEnabled(may(self._actor, Permission.SYNC_REVIEW))
        self._policy_text()

    def show_policy(self) -> None:
        """Read the administrator's policy again (it may have changed)."""
        sync = self._sync

        def read(policy: Policy) -> None:
            self._policy = policy
            self._policy_text()

        self._runner.read(lambda _ctx: sync.policy(), read)

    def _policy_text(self) -> None:
        name = policy_names().get(self._policy) if self._policy is not None else None
        self.policy.setText(translate(
            "SyncPage", "When both sites changed the same field: {policy}").format(
            policy=name or ""))  # fmt: skip

    def import_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("SyncPage", "Import a file"), "",
            translate("SyncPage", "Sync packages ({pattern})").format(pattern=PACKAGE_FILTER))  # fmt: skip
        if not chosen:
            return
        path, sync = Path(chosen), self._sync

        def work(ctx: TaskContext) -> ImportResult:
            return sync.import_file(path, progress=checked_progress(ctx))

        failed = _failed_with(self._runner, self.summary, self.progress, lambda: translate(
            "SyncPage", "Import cancelled: nothing was changed."))  # fmt: skip

        def failed_and_enable(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            failed(exc)

        self.import_button.setEnabled(False)
        self.summary.setText(translate("SyncPage", "Importing {file}…").format(file=path.name))
        self.summary.setStyleSheet("")
        self.progress.start()
        self.progress.follow(self._runner.write(work, self._imported, failed_and_enable))

    def _imported(self, result: ImportResult) -> None:
        self.progress.stop()
        self.import_button.setEnabled(True)
        self.last_result = result
        if result.status == "already_imported":
            say(self.summary, translate(
                "SyncPage", "This file from {site} was already imported: nothing to do.")
                .format(site=result.source), INFO_STYLE)  # fmt: skip
            return
        lines = [
            translate("SyncPage", "Imported from {site}: {new} new, {changed} changed.").format(
                site=result.source, new=number(result.inserted),
                changed=number(result.updated)),
            translate("SyncPage", "In the file: {counts}.").format(
                counts=counts_text(result.counts)),
            translate("SyncPage", "Deleted at the other site: {n}.").format(
                n=number(result.deleted)),
        ]  # fmt: skip
        if result.conflicts:
            lines.append(translate(
                "SyncPage", "{n} values lost to a change made at the other site: review them "
                "under Conflicts.").format(n=number(result.conflicts)))  # fmt: skip
        else:
            lines.append(translate("SyncPage", "No conflicts."))
        if result.proposed_merges:
            lines.append(translate(
                "SyncPage", "{n} people are now registered twice with the same ID number: "
                "proposed merges, shown under Customers > Duplicates.").format(
                n=number(len(result.proposed_merges))))  # fmt: skip
        say(self.summary, "\n".join(lines))
        self._runner.changes_happened.emit(Changes.all())
