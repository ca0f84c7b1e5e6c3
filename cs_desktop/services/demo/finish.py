"""What a demo database gets after its customers: tiers by the demo's rule set, and complaints
taken through the workflow, and survey answers over the last 13 months. Shared by `cs-desktop demo` and the app's first demo start."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.storage.models import Visit

from ..followups.settings import FollowupSettings
from ..tiers.recompute import TierRecompute
from .complaints import demo_complaints
from .followup_history import demo_followup_history
from .surveys import demo_surveys


@dataclass(frozen=True)
class DemoFinish:
    tier_seconds: float
    complaints: int
    seconds: float
    survey_responses: int = 0


def finish_demo(factory: sessionmaker[Session], customers: int, seed: int = 1) -> DemoFinish:
    start = time.perf_counter()
    tiers = TierRecompute(factory).recompute()  # the list shows tiers
    complaints = demo_complaints(factory, customers, seed=seed)
    _demo_purposes(factory)
    demo_followup_history(factory, seed=seed)  # before the surveys: some were answered
    surveys = demo_surveys(factory, seed=seed)  # after the complaints: their follow-ups too
    return DemoFinish(tiers.seconds, complaints.complaints, time.perf_counter() - start,
                      surveys.responses)  # fmt: skip


def _demo_purposes(factory: sessionmaker[Session]) -> None:
    """The counter's purpose list offers what the demo's visits were for (初诊, 取药 ...),
    the most frequent first."""
    with factory() as s:
        used = [p for p in s.scalars(
            select(Visit.purpose).where(Visit.purpose.is_not(None))
            .group_by(Visit.purpose).order_by(func.count().desc(), Visit.purpose)) if p]  # fmt: skip
    settings = FollowupSettings(factory)
    rules = settings.rules()
    purposes = tuple(dict.fromkeys([*used, *rules.purposes]))
    settings.save(dataclasses.replace(rules, purposes=purposes))
