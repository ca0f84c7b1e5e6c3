"""The one way the UI runs database work (DESIGN.md rule 3).

Reads run on a small worker pool; writes run one at a time on a single writer thread, so SQLite
never sees two writers from this process. Results, errors and progress come back to the UI thread
by queued signals. A write's result may be a ``Changes`` value, which the runner broadcasts.

``SyncTaskRunner`` has the same interface and runs everything inline: the test double.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from cs_desktop.services.changes import Changes

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskContext:
    """Given to the task function: report progress, check for cancel."""

    def __init__(self, on_progress: Callable[[int, int], None] | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives in the UI thread; signals emitted from a worker are queued to it."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class TaskHandle(QObject):
    """What the caller keeps: connect to ``progressed`` and ``done``, call ``cancel()``."""

    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = TaskContext(self.progressed.emit)
        self.is_done = False

    def cancel(self) -> None:
        self.context.cancel()


class TaskRunner(QObject):
    changes_happened = Signal(object)  # Changes
    task_failed = Signal(object)  # BaseException not handled by the caller

    def __init__(self, parent: QObject | None = None, read_threads: int = 2) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # the single writer
        self._live: set[QObject] = set()  # keep relays and handles alive until they finish

    def read(
        self,
        fn: Callable[[TaskContext], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        return self._submit(self._reads, fn, on_done, on_error)

    def write(
        self,
        fn: Callable[[TaskContext], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        return self._submit(self._writes, fn, on_done, on_error)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running work (application shutdown, tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)

    def _submit(
        self,
        pool: QThreadPool,
        fn: Callable[[TaskContext], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> TaskHandle:
        relay = _Relay()  # created here, so it belongs to the UI thread
        handle = TaskHandle()
        # Progress is emitted from the worker on the relay and queued to the handle.
        ctx = handle.context = TaskContext(relay.progressed.emit)
        self._live.update((relay, handle))
        relay.progressed.connect(handle.progressed)

        def finish() -> None:
            handle.is_done = True
            handle.done.emit()
            self._live.discard(relay)
            self._live.discard(handle)

        @Slot(object)
        def succeeded(result: Any) -> None:
            try:
                if isinstance(result, Changes):
                    self.changes_happened.emit(result)
                if on_done is not None:
                    on_done(result)
            finally:
                finish()

        @Slot(object)
        def failed(exc: BaseException) -> None:
            try:
                if on_error is not None:
                    on_error(exc)
                elif not isinstance(exc, Cancelled):
                    self.task_failed.emit(exc)
            finally:
                finish()

        relay.finished.connect(succeeded)
        relay.failed.connect(failed)

        def work() -> None:
            try:
                result = fn(ctx)
            except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                relay.failed.emit(exc)
            else:
                relay.finished.emit(result)

        pool.start(work)
        return handle


class SyncTaskRunner(QObject):
    """Runs tasks inline on the calling thread; same signals and interface as TaskRunner."""

    changes_happened = Signal(object)
    task_failed = Signal(object)

    def read(self, fn: Callable[[TaskContext], T], on_done: Callable[[T], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> TaskHandle:  # fmt: skip
        return self._run(fn, on_done, on_error)

    def write(self, fn: Callable[[TaskContext], T], on_done: Callable[[T], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> TaskHandle:  # fmt: skip
        return self._run(fn, on_done, on_error)

    def wait(self, msecs: int = -1) -> bool:
        return True

    def _run(self, fn: Callable[[TaskContext], T], on_done: Callable[[T], None] | None,
             on_error: Callable[[BaseException], None] | None) -> TaskHandle:  # fmt: skip
        handle = TaskHandle()
        ctx = handle.context
        try:
            result = fn(ctx)
        except BaseException as exc:  # noqa: BLE001
            if on_error is not None:
                on_error(exc)
            elif not isinstance(exc, Cancelled):
                self.task_failed.emit(exc)
        else:
            if isinstance(result, Changes):
                self.changes_happened.emit(result)
            if on_done is not None:
                on_done(result)
        handle.is_done = True
        handle.done.emit()
        return handle
