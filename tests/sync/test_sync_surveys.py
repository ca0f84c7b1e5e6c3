"""Surveys between sites: both sites start with the same template rows (no conflict, no
duplicate code and version), and a new survey version with its answers, index and CSS ratio
travels whole."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from cs_desktop.domain.enums import SurveySource
from cs_desktop.services.surveys.definitions import ItemDraft, SurveyDefinitions, SurveyDraft
from cs_desktop.services.surveys.responses import AnswerForm, SurveyResponses
from cs_desktop.storage.models import SurveyAnswer, SurveyDefinition, SyncConflict
from cs_desktop.sync.exporting import export_package
from cs_desktop.sync.importing import import_package


def _send(src, dst, folder, name):
    path = folder / f"{name}.zip"
    export_package(src.factory, dst.site.code, path)
    return import_package(dst.factory, path)


def test_templates_and_a_new_version_with_answers_travel(sites, tmp_path) -> None:
    a, b = sites("甲站", "乙站")
    defs = SurveyDefinitions(a.factory)
    v1 = defs.active("counter")
    items = tuple(ItemDraft(i.text + "𠮷", i.weight, i.code) for i in v1.items)
    draft = SurveyDraft(v1.name, 10, items, v1.asks_nps, v1.asks_expectation, v1.asks_loyalty)
    v2 = defs.save(v1.id, draft).survey
    answer = SurveyResponses(a.factory).record(AnswerForm(
        v2.id, SurveySource.PAPER, {i.id: 10 for i in v2.items}, expectation=8,
        comment="很好𠮷"))  # fmt: skip
    assert _send(a, b, tmp_path, "first").status == "imported"
    assert _send(b, a, tmp_path, "back").status == "imported"
    other = SurveyDefinitions(b.factory)
    assert [(s.version, s.active) for s in other.versions("counter")] == [(2, True), (1, False)]
    got = SurveyResponses(b.factory).get(answer.id)
    assert dataclasses.astuple(got) == dataclasses.astuple(answer)
    assert got.index_score == pytest.approx(5.0) and got.css_ratio == pytest.approx(10 / 8)
    assert got.survey.items[0].text.endswith("𠮷") and got.survey.items[0].code == "waiting_time"
    for db in (a, b):
        with db.factory() as s:
            assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
            assert s.scalar(select(func.count()).select_from(SurveyDefinition)) == 5
            assert s.scalar(select(func.count()).select_from(SurveyAnswer)) == 5
