"""Follow-up reminders while the app runs, and what fell due while it was closed.

At start the day's follow-ups are generated (idempotent: another PC of the site may have done it
already) and the follow-ups that came due since this PC last showed them are counted, for the
follow-ups page's message. Then every minute the clock is read (injected: tests move it): on a
new day the day's follow-ups are generated again, and whenever more follow-ups are due than
before, a reminder is given: a tray notification where the desktop has a tray, and the
navigation badge. Nothing takes the focus or opens a window: a clerk typing goes on typing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from cs_desktop.services.changes import Changes
from cs_desktop.services.followups.lists import DueCounts

from .context import FollowupServices
from .pages.areas import number
from .prefs import Prefs
from .tasks import SyncTaskRunner, TaskContext, TaskRunner

translate = QCoreApplication.translate
TICK_MS = 60_000


class FollowupReminders(QObject):
    counts_changed = Signal(object)  # DueCounts: the tabs and the badge
    fell_due_while_closed = Signal(int, object)  # how many, since which day (dt.date)
    reminded = Signal(str)  # the reminder's sentence

    def __init__(self, services: FollowupServices, runner: TaskRunner | SyncTaskRunner,
                 prefs: Prefs, today: Callable[[], dt.date],
                 staff_id: Callable[[], uuid.UUID | None],
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._services, self._runner, self._prefs = services, runner, prefs
        self._today, self._staff_id = today, staff_id
        self._day: dt.date | None = None  # the day generated for
        self._due: int | None = None  # due today or overdue at the last count
        self.counts: DueCounts | None = None
        self.last_reminder = ""
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon() or QIcon(), self)
            self.tray.setToolTip(translate("Reminders", "Customer service desk"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Generate today's follow-ups, count what fell due while the app was closed."""
        self.timer.start()
        self.tick(starting=True)

    def tick(self, starting: bool = False) -> None:
        """Every minute. The generation's result is not broadcast as a change: the recount
        after it is what compares with the last count and reminds (a broadcast would recount
        first, and the new follow-ups would go unremarked)."""
        day = self._today()
        if day == self._day:
            self.recount(remind=True)
            return
        self._day = day
        generator = self._services.generator

        def work(_ctx: TaskContext) -> int:
            return generator.generate(day).total

        def failed(exc: BaseException) -> None:
            self._runner.task_failed.emit(exc)
            self.recount(starting, remind=True)

        self._runner.write(work, lambda _n: self.recount(starting, remind=True), failed)

    def recount(self, starting: bool = False, remind: bool = False) -> None:
        """Count again; ``remind``: if more are due than before, say so (not after the
        clerk's own changes, such as a visit planning a follow-up for today)."""
        day, staff, lists = self._today(), self._staff_id(), self._services.lists
        seen = self._prefs.followups_seen if starting else None

        def work(_ctx: TaskContext) -> tuple[DueCounts, int]:
            counts = lists.counts(day, staff)
            fell = lists.fell_due(seen, day, staff) if seen is not None and seen < day else 0
            return counts, fell

        def done(result: tuple[DueCounts, int]) -> None:
            counts, fell = result
            due = counts.today + counts.overdue
            if remind and self._due is not None and due > self._due:
                self.remind(due - self._due, counts)
            self._due, self.counts = due, counts
            self.counts_changed.emit(counts)
            if starting:
                self._prefs.followups_seen = day
                if fell:
                    self.fell_due_while_closed.emit(fell, seen)

        self._runner.read(work, done)

    def remind(self, new: int, counts: DueCounts) -> None:
        title = translate("Reminders", "Follow-ups due")
        text = translate("Reminders", "{new} more follow-ups are due: {today} today, {overdue} "
                         "overdue.").format(new=number(new), today=number(counts.today),
                                            overdue=number(counts.overdue))  # fmt: skip
        self.last_reminder = text
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.reminded.emit(text)

    def on_changes(self, changes: Changes) -> None:
        if changes.everything:
            self._day = self._due = None  # a demo or restored database: generate, no reminder
            self.tick()
        elif changes.touches("followups", "customers", "customer_consents"):
            self.recount()
