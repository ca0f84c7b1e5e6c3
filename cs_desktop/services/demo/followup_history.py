"""Demo follow-ups of the past year: one visit in six was followed up three days later, most
calls completed, some not reached, a few cancelled, so the Reports page's follow-up completion
has a history (the app's own generator only plans follow-ups from today on). Nothing is left
open: the first day's list is not flooded with old calls. Deterministic for a seed and a now.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import FollowupReason, FollowupStatus
from cs_desktop.domain.ids import new_id
from cs_desktop.storage.models import Followup, Site, Visit
from cs_desktop.storage.types import utcnow

DAYS = 395
SHARE = 6  # one visit in this many
CHUNK = 5000
OUTCOMES = ("已回访，恢复良好", "已回访，按时复诊", "已回访，客户对服务满意", "已回访，提醒按时用药",
            "已回访，客户提出改进建议")  # fmt: skip


def demo_followup_history(factory: sessionmaker[Session], seed: int = 1,
                          now: dt.datetime | None = None) -> int:  # fmt: skip
    """Write the follow-ups; returns how many."""
    rng = random.Random(seed * 104729 + 3)
    end = now or utcnow()
    since, last = end - dt.timedelta(days=DAYS), end - dt.timedelta(days=4)
    written = 0
    with factory.begin() as s:
        site = s.scalar(select(Site.id).where(Site.is_local.is_(True)))
        visits = s.execute(select(Visit.id, Visit.customer_id, Visit.staff_id, Visit.occurred_at)
                           .where(Visit.deleted_at.is_(None), Visit.occurred_at >= since,
                                  Visit.occurred_at < last)
                           .order_by(Visit.occurred_at, Visit.id))  # fmt: skip
        rows: list[dict[str, Any]] = []
        for vid, cid, staff, occurred in visits:
            if rng.randrange(SHARE):
                continue
            rows.append(_row(rng, site, vid, cid, staff, occurred))
            if len(rows) >= CHUNK:
                s.execute(insert(Followup), rows)
                written += len(rows)
                rows = []
        if rows:
            s.execute(insert(Followup), rows)
            written += len(rows)
    return written


def _row(rng: random.Random, site: uuid.UUID | None, vid: uuid.UUID, cid: uuid.UUID,
         staff: uuid.UUID | None, occurred: dt.datetime) -> dict[str, Any]:  # fmt: skip
    due = occurred.astimezone().date() + dt.timedelta(days=3)
    called = dt.datetime.combine(due, dt.time(rng.randint(9, 16), rng.randint(0, 59))
                                 ).astimezone().astimezone(dt.UTC)  # fmt: skip
    roll = rng.random()
    status = (FollowupStatus.DONE if roll < 0.82 else
              FollowupStatus.UNREACHABLE if roll < 0.96 else FollowupStatus.CANCELLED)  # fmt: skip
    done = status is FollowupStatus.DONE
    return {
        "id": new_id(), "origin_site_id": site, "customer_id": cid, "due_date": due,
        "reason": FollowupReason.VISIT.value, "dedupe_key": f"demo-visit:{vid.hex}",
        "assigned_staff_id": staff, "status": status.value,
        "attempts": 1 if done else (3 if status is FollowupStatus.UNREACHABLE else 0),
        "last_attempt_at": called if status is not FollowupStatus.CANCELLED else None,
        "completed_at": called if done else None,
        "outcome": rng.choice(OUTCOMES) if done else None, "visit_id": vid,
        "created_at": occurred, "updated_at": called,
    }  # fmt: skip
