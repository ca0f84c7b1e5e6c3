"""Demo survey answers over the last 13 months: the counter survey after about one visit in 25,
the follow-up survey for about 40% of completed follow-ups (the complaint-closure survey for a
complaint's), and paper outpatient forms typed in without a customer.

Scores are realistic: most answers 4-5, with waiting time and the clarity of fees weaker, so
the improvement priorities say something; NPS mostly 7-10 with some detractors, following the
answer's index; expectations 3-5. Each response's index and CSS ratio come from the domain
formulas, as when staff record one. Rows are written with bulk inserts (linear in the visits
of the period, which are picked in SQL by a byte of their id: deterministic for a seed).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import FollowupReason, FollowupStatus, SurveySource
from cs_desktop.domain.kpis.satisfaction import css_ratio
from cs_desktop.domain.kpis.surveys import Response, SurveyVersion
from cs_desktop.storage.models import Followup
from cs_desktop.storage.sync_state import SITE_KEY
from cs_desktop.storage.types import encode_utc, utcnow

from ..surveys.definitions import SurveyDefinitions, SurveyInfo
from .codes import uuid7_bits

DAYS = 395  # about 13 months
VISIT_SHARE_HEX = "0A"  # visits whose id's last byte is below 0x0A: about 1 in 25
FOLLOWUP_SHARE = 0.4
PAPER_PER_VISIT_RESPONSE = 0.1
BATCH = 20_000
# Score weights over 1..5 per item code; items not listed answer like DEFAULT.
DEFAULT = (1, 2, 9, 36, 52)
WEAKER = {
    "waiting_time": (5, 12, 27, 34, 22),
    "fees": (2, 6, 18, 40, 34),
    "response_speed": (4, 9, 22, 37, 28),
    "environment": (1, 4, 14, 42, 39),
    "meals": (3, 8, 25, 38, 26),
}


@dataclass(frozen=True)
class DemoSurveys:
    responses: int
    answers: int
    seconds: float


RESPONSE_SQL = (
    "INSERT INTO survey_responses (id, origin_site_id, definition_id, customer_id, followup_id, "
    "visit_id, complaint_id, staff_id, answered_at, source, nps, expectation, would_return, "
    "would_recommend, comment, index_score, css_ratio, created_at, updated_at, row_version, "
    "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL)"
)
ANSWER_SQL = (
    "INSERT INTO survey_answers (id, origin_site_id, response_id, item_id, score, created_at, "
    "updated_at, row_version, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, NULL)"
)


def _uid(rng: random.Random, at: dt.datetime) -> bytes:
    return bytes(uuid7_bits(int(at.timestamp() * 1000), rng.getrandbits(80)))


def _b(value: uuid.UUID | None) -> bytes | None:
    return None if value is None else value.bytes


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


class _Maker:
    def __init__(self, rng: random.Random, site: uuid.UUID | None) -> None:
        self.rng, self.site = rng, (site.bytes if site is not None else None)
        self.responses: list[tuple[Any, ...]] = []
        self.answers: list[tuple[Any, ...]] = []
        self.count = self.answer_count = 0
        self.versions: dict[uuid.UUID, SurveyVersion] = {}

    def add(self, survey: SurveyInfo, source: SurveySource, at: dt.datetime,
            customer: uuid.UUID | None = None, visit: uuid.UUID | None = None,
            followup: uuid.UUID | None = None, complaint: uuid.UUID | None = None,
            staff: uuid.UUID | None = None) -> None:  # fmt: skip
        rng = self.rng
        scores: dict[str, int] = {}
        mood = rng.choice((-1, 0, 0, 0, 0, 0, 1))  # some customers are harder or easier
        top = survey.scale
        for item in survey.items:
            if rng.random() < 0.05:
                continue  # left blank
            five = rng.choices(range(1, 6), WEAKER.get(item.code, DEFAULT))[0]
            five = min(5, max(1, five + (mood if rng.random() < 0.5 else 0)))
            scores[item.code] = five if top == 5 else min(top, max(1, round(1 + (five - 1) * 9 / 4
                                                                            + rng.choice((-1, 0, 0, 1)))))  # fmt: skip
        version = self.versions.get(survey.id)
        if version is None:
            version = self.versions[survey.id] = survey.domain()
        answer = Response(version, scores)
        index = answer.index(5)
        nps = expectation = would_return = would_recommend = None
        if survey.asks_nps and index is not None and rng.random() < 0.9:
            nps = min(10, max(0, round(2.2 * index - 1.0 + rng.gauss(0, 1.3))))
        if survey.asks_expectation and rng.random() < 0.8:
            five = rng.choices((3, 4, 5), (2, 5, 3))[0]
            expectation = five if top == 5 else round(1 + (five - 1) * 9 / 4)
        if survey.asks_loyalty and index is not None:
            would_return = rng.random() < (0.95 if index >= 3.5 else 0.5)
            would_recommend = rng.random() < (0.9 if index >= 4 else 0.35)
        rid, when = _uid(rng, at), encode_utc(at)
        self.responses.append((
            rid, self.site, survey.id.bytes, _b(customer), _b(followup), _b(visit),
            _b(complaint), _b(staff), when, source.value, nps, expectation,
            _flag(would_return), _flag(would_recommend), None, index,
            css_ratio(answer.index(top), expectation), when, when,
        ))  # fmt: skip
        for item in survey.items:
            if item.code in scores:
                self.answers.append((_uid(rng, at), self.site, rid, item.id.bytes,
                                     scores[item.code], when, when))  # fmt: skip
        self.count += 1
        self.answer_count += len(scores)

    def flush(self, s: Session, final: bool = False) -> None:
        """Write what is ready with the driver's executemany (values in their stored forms:
        binding through the ORM costs more than building the rows)."""
        if not self.responses or not (final or len(self.answers) >= BATCH):
            return
        con = s.connection().connection.driver_connection
        assert isinstance(con, sqlite3.Connection)
        con.executemany(RESPONSE_SQL, self.responses)
        con.executemany(ANSWER_SQL, self.answers)
        self.responses, self.answers = [], []


def demo_surveys(factory: sessionmaker[Session], seed: int = 1,
                 now: dt.datetime | None = None) -> DemoSurveys:  # fmt: skip
    start = time.perf_counter()
    definitions = SurveyDefinitions(factory)
    definitions.install_templates()
    end = now or utcnow()
    since = end - dt.timedelta(days=DAYS)
    uses = {use: definitions.for_use(use) for use in ("followup", "counter", "complaint")}
    outpatient = next((s for s in definitions.surveys() if s.code == "outpatient"), None)
    rng = random.Random(seed * 7919 + 11)
    site = factory.kw.get("info", {}).get(SITE_KEY)
    maker = _Maker(rng, site if isinstance(site, uuid.UUID) else None)
    with factory.begin() as s:
        counter = uses["counter"]
        if counter is not None:
            rows = s.execute(
                select(text("id"), text("customer_id"), text("staff_id"), text("occurred_at"))
                .select_from(text("visits"))
                .where(text("occurred_at >= :since AND deleted_at IS NULL "
                            "AND substr(hex(id), 31, 2) < :share"))
                .order_by(text("id")),
                {"since": since.strftime("%Y-%m-%d %H:%M:%S.%f"), "share": VISIT_SHARE_HEX},
            )  # fmt: skip
            for vid, cid, staff, occurred in rows:
                at = _utc(occurred) + dt.timedelta(minutes=rng.randint(2, 20))
                if at >= end:
                    continue
                maker.add(counter, SurveySource.COUNTER, at, _guid(cid), _guid(vid),
                          staff=_guid(staff))  # fmt: skip
                if outpatient is not None and rng.random() < PAPER_PER_VISIT_RESPONSE:
                    paper = at - dt.timedelta(days=rng.randint(0, 20))
                    if paper >= since:
                        maker.add(outpatient, SurveySource.PAPER, paper)
                maker.flush(s)
        done = s.execute(select(Followup.id, Followup.customer_id, Followup.complaint_id,
                                Followup.reason, Followup.completed_at,
                                Followup.assigned_staff_id)
                         .where(Followup.status == FollowupStatus.DONE.value,
                                Followup.completed_at >= since,
                                Followup.deleted_at.is_(None))
                         .order_by(Followup.id)).all()  # fmt: skip
        for fid, cid, complaint, reason, completed, staff in done:
            use = "complaint" if reason == FollowupReason.COMPLAINT.value else "followup"
            survey = uses[use]
            if survey is None or completed is None or rng.random() >= FOLLOWUP_SHARE:
                continue
            maker.add(survey, SurveySource.FOLLOWUP, completed, cid, followup=fid,
                      complaint=complaint, staff=staff)  # fmt: skip
        maker.flush(s, final=True)
    return DemoSurveys(maker.count, maker.answer_count, time.perf_counter() - start)


def _guid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(bytes=bytes(value))


def _utc(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC)
