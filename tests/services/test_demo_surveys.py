"""Demo survey answers: counter surveys after a share of the year's visits, paper forms and
follow-up surveys, with stored index and CSS ratio agreeing with the domain formulas, and
weak items (waiting time) below the others so the improvement priorities mean something."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import func, select

from cs_desktop.domain.kpis.satisfaction import css_ratio
from cs_desktop.domain.kpis.surveys import Response
from cs_desktop.services.demo import generate_demo
from cs_desktop.services.demo.surveys import DAYS, demo_surveys
from cs_desktop.services.surveys.definitions import SurveyDefinitions
from cs_desktop.storage.models import SurveyAnswer, SurveyItem, SurveyResponse

NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)


def test_demo_survey_answers(database) -> None:
    generate_demo(database.engine, customers=2000, seed=3, today=NOW.date())
    result = demo_surveys(database.factory, seed=3, now=NOW)
    assert result.responses > 100 and result.answers > 3 * result.responses
    defs = SurveyDefinitions(database.factory)
    with database.factory() as s:
        rows = s.scalars(select(SurveyResponse)).all()
        assert len(rows) == result.responses
        assert {r.source for r in rows} >= {"counter", "paper"}
        assert all(NOW - dt.timedelta(days=DAYS) <= r.answered_at <= NOW for r in rows)
        assert all(r.customer_id is not None and r.visit_id is not None
                   for r in rows if r.source == "counter")  # fmt: skip
        scores: dict = defaultdict(dict)
        for response_id, item_id, score in s.execute(
                select(SurveyAnswer.response_id, SurveyAnswer.item_id, SurveyAnswer.score)):  # fmt: skip
            scores[response_id][item_id] = score
        code_of = dict(s.execute(select(SurveyItem.id, SurveyItem.code)).all())
        per_item: dict[str, list[int]] = defaultdict(list)
        for row in rows[:300]:
            survey = defs.get(row.definition_id)
            answer = Response(survey.domain(), {code_of[i]: v for i, v in scores[row.id].items()})
            assert row.index_score == pytest.approx(answer.index(5))
            expected = css_ratio(answer.index(survey.scale), row.expectation)
            assert row.css_ratio == (None if expected is None else pytest.approx(expected))
        for response in scores.values():
            for item_id, value in response.items():
                per_item[code_of[item_id]].append(value)
        mean = {code: sum(v) / len(v) for code, v in per_item.items()}
        assert mean["waiting_time"] < mean["staff_attitude"] - 0.3
        assert 3.8 < sum(mean.values()) / len(mean) < 4.6
        nps = [r.nps for r in rows if r.nps is not None]
        assert sum(n >= 9 for n in nps) > sum(n <= 6 for n in nps) > 0
        assert s.scalar(select(func.min(SurveyResponse.expectation))) >= 3
