"""Fixtures for the printing tests (sample data lives in form_samples.py)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest


@pytest.fixture
def beijing_time() -> Iterator[None]:
    """Forms print times in the site's wall-clock time: fix it for repeatable pages."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()
