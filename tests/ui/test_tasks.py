"""The task runner: reads off the UI thread, one writer at a time, progress, cancel, Changes."""

from __future__ import annotations

import threading
import time

import pytest

from cs_desktop.services.changes import Changes
from cs_desktop.ui.tasks import Cancelled, SyncTaskRunner, TaskContext, TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.wait(5000)


def test_read_runs_off_the_ui_thread_and_answers_on_it(runner, qtbot) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work(_ctx: TaskContext) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    handle = runner.read(work, done)
    qtbot.waitUntil(lambda: handle.is_done, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread


def test_writes_never_overlap(runner, qtbot) -> None:
    active = []
    overlaps = []
    lock = threading.Lock()

    def write(_ctx: TaskContext) -> None:
        with lock:
            active.append(1)
            if len(active) > 1:
                overlaps.append(True)
        time.sleep(0.01)
        with lock:
            active.pop()

    handles = [runner.write(write) for _ in range(20)]
    qtbot.waitUntil(lambda: all(h.is_done for h in handles), timeout=10000)
    assert overlaps == []


def test_progress_and_cancel(runner, qtbot) -> None:
    started = threading.Event()
    progress: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def long_job(ctx: TaskContext) -> None:
        for i in range(1, 10_000):
            ctx.report(i, 10_000)
            started.set()
            ctx.check()
            time.sleep(0.001)

    handle = runner.write(long_job, on_error=errors.append)
    handle.progressed.connect(lambda d, t: progress.append((d, t)))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.is_done, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert progress[-1][0] < 9_999  # stopped early


def test_a_write_returning_changes_is_broadcast(runner, qtbot) -> None:
    with qtbot.waitSignal(runner.changes_happened, timeout=5000) as blocker:
        runner.write(lambda _ctx: Changes.of("customers"))
    assert blocker.args[0].touches("customers")
    assert not blocker.args[0].touches("complaints")


def test_unhandled_errors_reach_task_failed(runner, qtbot) -> None:
    def boom(_ctx: TaskContext) -> None:
        raise ValueError("bad input in row 3")

    with qtbot.waitSignal(runner.task_failed, timeout=5000) as blocker:
        runner.read(boom)
    assert "row 3" in str(blocker.args[0])
    assert "Traceback" in blocker.args[0].__traceback_text__


def test_sync_double_behaves_the_same() -> None:
    sync = SyncTaskRunner()
    broadcast: list[Changes] = []
    results: list[int] = []
    sync.changes_happened.connect(broadcast.append)
    sync.read(lambda _c: 7, results.append)
    sync.write(lambda _c: Changes.of("visits"))
    assert results == [7]
    assert broadcast == [Changes.of("visits")]
