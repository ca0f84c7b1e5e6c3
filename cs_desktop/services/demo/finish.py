"""What a demo database gets after its customers: tiers by the demo's rule set, and complaints
taken through the workflow. Shared by `cs-desktop demo` and the app's first demo start."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from ..tiers.recompute import TierRecompute
from .complaints import demo_complaints


@dataclass(frozen=True)
class DemoFinish:
    tier_seconds: float
    complaints: int
    seconds: float


def finish_demo(factory: sessionmaker[Session], customers: int, seed: int = 1) -> DemoFinish:
    start = time.perf_counter()
    tiers = TierRecompute(factory).recompute()  # the list shows tiers
    complaints = demo_complaints(factory, customers, seed=seed)
    return DemoFinish(tiers.seconds, complaints.complaints, time.perf_counter() - start)
