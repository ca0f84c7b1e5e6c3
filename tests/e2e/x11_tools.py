"""Helpers of the end-to-end tests: tools that must be installed, waiting, a private Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def need(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is needed for the end-to-end test (.ci/run installs it with apt)"
    return path


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


@contextmanager
def private_xvfb(offset: int) -> Iterator[str]:
    xvfb = need("Xvfb")
    display = f":{offset + os.getpid() % 100}"
    proc = subprocess.Popen([xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), 15, "Xvfb")
        yield display
    finally:
        proc.terminate()
        proc.wait(10)
