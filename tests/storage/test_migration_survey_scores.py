"""Migration 0011 on a database that already holds a survey and an answer: the rows stay, items
get an empty code, the survey asks NPS, expectation and loyalty, the scores start empty; and
the way back keeps them too."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command

from cs_desktop.storage import migrate
from cs_desktop.storage.engine import database_url

NOW = "2026-11-20 09:30:00.000000"


def test_survey_rows_survive_0011_both_ways(tmp_path: Path) -> None:
    path = tmp_path / "旧库.sqlite3"
    cfg = migrate.alembic_config(database_url(path))
    command.upgrade(cfg, "0010")
    site, survey, item = uuid.uuid4().bytes, uuid.uuid4().bytes, uuid.uuid4().bytes
    response, answer = uuid.uuid4().bytes, uuid.uuid4().bytes
    synced = (site, NOW, NOW, 1)
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO survey_definitions (id, origin_site_id, created_at, updated_at, "
            "row_version, code, version, name, scale_max, active) "
            "VALUES (?, ?, ?, ?, ?, 'old', 1, '旧调查𠮷', 5, 1)",
            (survey, *synced),
        )
        con.execute(
            "INSERT INTO survey_items (id, origin_site_id, created_at, updated_at, "
            "row_version, definition_id, position, text, kind, weight) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, '等候时间', 'scale', 1)",
            (item, *synced, survey),
        )
        con.execute(
            "INSERT INTO survey_responses (id, origin_site_id, created_at, updated_at, "
            "row_version, definition_id, answered_at, source, nps) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'paper', 9)",
            (response, *synced, survey, NOW),
        )
        con.execute("INSERT INTO survey_answers (id, origin_site_id, created_at, updated_at, "
                    "row_version, response_id, item_id, score) VALUES (?, ?, ?, ?, ?, ?, ?, 4)",
                    (answer, *synced, response, item))  # fmt: skip
    command.upgrade(cfg, "0011")
    with sqlite3.connect(path) as con:
        assert con.execute(
            "SELECT name, asks_nps, asks_expectation, asks_loyalty FROM survey_definitions"
        ).fetchall() == [("旧调查𠮷", 1, 1, 1)]
        assert con.execute("SELECT code, text FROM survey_items").fetchall() == [("", "等候时间")]
        assert con.execute(
            "SELECT nps, index_score, css_ratio FROM survey_responses"
        ).fetchall() == [(9, None, None)]
        indexes = {r[1] for r in con.execute("PRAGMA index_list('survey_responses')")}
        assert "ix_survey_responses_answered" in indexes
    command.downgrade(cfg, "0010")
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT score FROM survey_answers").fetchall() == [(4,)]
        assert con.execute("SELECT nps FROM survey_responses").fetchall() == [(9,)]
