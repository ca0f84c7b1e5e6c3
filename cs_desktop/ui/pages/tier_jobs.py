"""The full tier recompute as the user starts it: on the writer, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from cs_desktop.services.changes import Changes
from cs_desktop.services.tiers.recompute import STEPS, RunSummary, TierCancelled, TierRecompute

from ..tasks import Cancelled, SyncTaskRunner, TaskContext, TaskHandle, TaskRunner

translate = QCoreApplication.translate
# What a recompute writes, for the Changes broadcast (the list's tier column, the tier page).
RECOMPUTE_TABLES = ("customers", "tier_history", "tier_runs")


def start_recompute(parent: QWidget, runner: TaskRunner | SyncTaskRunner,
                    recompute: TierRecompute,
                    on_done: Callable[[RunSummary], None] | None = None,
                    on_error: Callable[[BaseException | None], None] | None = None,
                    ) -> TaskHandle:  # fmt: skip
    """Recompute every customer's tier. ``on_error`` gets None when the user cancelled
    (nothing was changed: the run is one transaction)."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("tierRecomputeProgress")
    dialog.setWindowTitle(translate("TierJobs", "Recompute tiers"))
    dialog.setLabelText(translate("TierJobs", "Classifying every customer by the active rule…"))
    dialog.setCancelButtonText(translate("TierJobs", "Cancel"))
    dialog.setRange(0, STEPS)
    dialog.setValue(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    result: list[RunSummary] = []

    def work(ctx: TaskContext) -> Changes:
        result.append(recompute.recompute(progress=ctx.report,
                                          is_cancelled=lambda: ctx.cancelled))  # fmt: skip
        return Changes.of(*RECOMPUTE_TABLES)

    def done(_changes: Changes) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_done is not None:
            on_done(result[0])

    def failed(exc: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        cancelled = isinstance(exc, TierCancelled | Cancelled)
        if on_error is not None:
            on_error(None if cancelled else exc)
        elif not cancelled:
            runner.task_failed.emit(exc)

    handle = runner.write(work, done, failed)
    handle.progressed.connect(lambda step, _total: dialog.setValue(step))
    dialog.canceled.connect(handle.cancel)
    return handle
