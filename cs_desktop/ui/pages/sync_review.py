"""The Sync page's "History" and "Conflicts" tabs: the packages sent and received, and each
value that lost beside the one kept, which a supervisor keeps or flips; the administrator also
chooses the policy that decides such conflicts on import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.roles import Permission
from cs_desktop.domain.sync.merge import Policy
from cs_desktop.services.changes import Changes
from cs_desktop.sync.conflicts import ConflictEntry
from cs_desktop.sync.overview import ConflictRow, PackageEntry
from cs_desktop.sync.service import SyncService

from ..dialogs.merge_texts import local_time
from ..dialogs.sync_texts import (
    counts_text,
    direction_text,
    field_name,
    kind_name,
    number,
    policy_names,
    status_text,
    value_text,
)
from ..models.rows import Column, RowsModel
from ..tasks import SyncTaskRunner, TaskRunner
from .sync_parts import ERROR_STYLE, ActorSource, may, plain_table, problem_text, say

translate = QCoreApplication.translate
LOST_COLOR = "#b91c1c"
KEPT_COLOR = "#0f766e"


class HistoryPanel(QWidget):
    def __init__(self, runner: TaskRunner | SyncTaskRunner, sync: SyncService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._sync = runner, sync
        self.model: RowsModel[PackageEntry] = RowsModel([
            Column(lambda: translate("SyncPage", "When"), lambda r: local_time(r.when)),
            Column(lambda: translate("SyncPage", "Direction"),
                   lambda r: direction_text(r.direction)),
            Column(lambda: translate("SyncPage", "Site"), lambda r: r.site),
            Column(lambda: translate("SyncPage", "Records"), lambda r: number(r.rows),
                   align_right=True),
            Column(lambda: translate("SyncPage", "Conflicts"),
                   lambda r: number(r.conflicts) if r.conflicts else "", align_right=True),
            Column(lambda: translate("SyncPage", "Status"), lambda r: status_text(r.status)),
            Column(lambda: translate("SyncPage", "What"), lambda r: counts_text(r.counts)),
        ], self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("syncHistoryTable")
        self.table.setModel(self.model)
        plain_table(self.table)
        for column, width in enumerate((130, 60, 140, 70, 60, 70)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.model.retranslate()

    def refresh(self) -> None:
        sync = self._sync
        self._runner.read(lambda _ctx: sync.history(), self.model.set_rows)


class ConflictsPanel(QWidget):
    def __init__(self, runner: TaskRunner | SyncTaskRunner, sync: SyncService,
                 actor: ActorSource, on_count: Callable[[int], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._sync, self._actor = runner, sync, actor
        self._on_count = on_count
        self.model: RowsModel[ConflictRow] = RowsModel([
            Column(lambda: translate("SyncPage", "Record"), self._record_text),
            Column(lambda: translate("SyncPage", "Field"), lambda r: field_name(r.table, r.field)),
            Column(lambda: translate("SyncPage", "Kept value"),
                   lambda r: value_text(r.field, r.kept), color=lambda _r: KEPT_COLOR),
            Column(lambda: translate("SyncPage", "Lost value"),
                   lambda r: value_text(r.field, r.lost), color=lambda _r: LOST_COLOR),
            Column(lambda: translate("SyncPage", "Lost at site"), lambda r: r.site),
            Column(lambda: translate("SyncPage", "Detected"), lambda r: local_time(r.detected_at)),
        ], self)  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("syncConflictsTable")
        self.table.setModel(self.model)
        plain_table(self.table)
        for column, width in enumerate((200, 110, 160, 160, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("syncKeepButton")
        self.keep_button.clicked.connect(self.keep)
        self.flip_button = QPushButton()
        self.flip_button.setObjectName("syncFlipButton")
        self.flip_button.clicked.connect(self.flip)
        self.policy_label = QLabel()
        self.policy = QComboBox()
        self.policy.setObjectName("syncPolicy")
        self.policy.activated.connect(lambda _i: self.save_policy())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        policy_row = QHBoxLayout()
        policy_row.addWidget(self.policy_label)
        policy_row.addWidget(self.policy)
        policy_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.flip_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(policy_row)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._policy: Policy | None = None
        self.retranslate()

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.keep_button.setText(translate("SyncPage", "&Keep"))
        self.keep_button.setToolTip(translate(
            "SyncPage", "The kept value stays; the conflict leaves the list"))  # fmt: skip
        self.flip_button.setText(translate("SyncPage", "Take the &other value"))
        self.flip_button.setToolTip(translate(
            "SyncPage", "Put the lost value back; the change travels to the other sites with "
            "the next export"))  # fmt: skip
        self.policy_label.setText(translate("SyncPage", "When both sites changed a field:"))
        self.policy.blockSignals(True)
        self.policy.clear()
        for policy, name in policy_names().items():
            self.policy.addItem(name, policy.value)
        self.policy.blockSignals(False)
        self._show_policy()
        self.model.retranslate()
        self._enable()

    def _record_text(self, row: ConflictRow) -> str:
        kind = kind_name(row.table)
        return translate("SyncPage", "{kind}: {name}").format(kind=kind, name=row.record) \
            if row.record else kind  # fmt: skip

    def _enable(self) -> None:
        reviewer = may(self._actor, Permission.SYNC_REVIEW)
        admin = may(self._actor, Permission.EDIT_SETTINGS)
        row = self.selected()
        self.keep_button.setEnabled(reviewer and row is not None)
        self.flip_button.setEnabled(reviewer and row is not None and row.flippable)
        self.policy.setEnabled(admin)
        self.table.setEnabled(reviewer)
        if not reviewer:
            self.note.setText(translate(
                "SyncPage", "Only supervisors and administrators review conflicts."))  # fmt: skip
        elif not admin:
            self.note.setText(translate(
                "SyncPage", "Only an administrator changes the policy."))  # fmt: skip
        else:
            self.note.setText("")

    def _show_policy(self) -> None:
        if self._policy is not None:
            self.policy.setCurrentIndex(max(0, self.policy.findData(self._policy.value)))

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        sync = self._sync

        def policy_read(policy: Policy) -> None:
            self._policy = policy
            self._show_policy()

        self._runner.read(lambda _ctx: sync.policy(), policy_read)
        self._enable()
        if not may(self._actor, Permission.SYNC_REVIEW):
            self.model.set_rows([])
            self._on_count(0)
            return
        self._runner.read(lambda _ctx: sync.conflicts(), self._listed, self._failed)

    def _listed(self, rows: list[ConflictRow]) -> None:
        self.model.set_rows(rows)
        self._on_count(len(rows))
        if rows:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> ConflictRow | None:
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
            self.refresh()

    # --- actions ------------------------------------------------------------------------------
    def keep(self) -> None:
        row = self.selected()
        if row is None:
            return
        sync, conflict_id = self._sync, row.id

        def done(_entry: ConflictEntry) -> None:
            say(self.message, translate("SyncPage", "{field} of {record}: kept {value}.").format(
                field=field_name(row.table, row.field), record=self._record_text(row),
                value=value_text(row.field, row.kept)))  # fmt: skip
            self._runner.changes_happened.emit(Changes.of("sync_conflicts"))

        self._runner.write(lambda _ctx: sync.keep(conflict_id), done, self._failed)

    def flip(self) -> None:
        row = self.selected()
        if row is None or not row.flippable:
            return
        sync, conflict_id = self._sync, row.id

        def done(_entry: ConflictEntry) -> None:
            say(self.message, translate(
                "SyncPage", "{field} of {record} is now {value} (the change goes to the other "
                "sites with the next export).").format(
                field=field_name(row.table, row.field), record=self._record_text(row),
                value=value_text(row.field, row.lost)))  # fmt: skip
            self._runner.changes_happened.emit(Changes.of("sync_conflicts", row.table))

        self._runner.write(lambda _ctx: sync.flip(conflict_id), done, self._failed)

    def save_policy(self) -> None:
        value = self.policy.currentData()
        if value is None:
            return
        policy, sync = Policy(value), self._sync

        def saved(chosen: Policy) -> None:
            self._policy = chosen
            say(self.message, translate("SyncPage", "From the next import: {policy}.").format(
                policy=policy_names()[chosen]))  # fmt: skip
            self._runner.changes_happened.emit(Changes.of("sync_policy"))

        self._runner.write(lambda _ctx: sync.set_policy(policy), saved, self._failed)
