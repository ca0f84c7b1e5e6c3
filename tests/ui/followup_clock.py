"""The injected clock of the follow-up UI tests."""

from __future__ import annotations

import datetime as dt


class Clock:
    """An injected clock (UTC) that tests move forward: nothing sleeps."""

    def __init__(self, local: dt.datetime) -> None:
        self.at = local.astimezone().astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)
