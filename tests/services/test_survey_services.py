"""Survey definitions and answers on a real SQLite file: templates installed once, edits make a
new version and old answers keep their meaning, bad input is named and nothing is written,
answers from a follow-up, the counter and a paper form, and who may edit surveys."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cs_desktop.domain.enums import ContactChannel, Role, SurveySource
from cs_desktop.domain.kpis.templates import TEMPLATES
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.complaints.settings import ComplaintSettings
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.timeline import EntryKind, TimelineService
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.followups.actions import FollowupActions
from cs_desktop.services.followups.settings import FollowupSettings
from cs_desktop.services.followups.visits import VisitForm, VisitService
from cs_desktop.services.surveys.definitions import ItemDraft, SurveyDefinitions, SurveyDraft
from cs_desktop.services.surveys.responses import AnswerForm, SurveyResponses
from cs_desktop.storage.models import (
    AuditEvent,
    Followup,
    SurveyAnswer,
    SurveyDefinition,
    SurveyResponse,
)
from cs_desktop.storage.session import writing

NOW = dt.datetime(2027, 3, 3, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def env(database):
    defs = SurveyDefinitions(database.factory)
    answers = SurveyResponses(database.factory, now=lambda: NOW)
    customer = CustomerCardService(database.factory).create(
        CustomerCard(name="王𠮷", consents={ContactChannel.PHONE: True})).id  # fmt: skip
    return database, defs, answers, customer


def _count(db, model) -> int:
    with db.factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _draft(survey, **changes) -> SurveyDraft:
    items = tuple(ItemDraft(i.text, i.weight, i.code) for i in survey.items)
    values = dict(name=survey.name, scale=survey.scale, items=items, asks_nps=survey.asks_nps,
                  asks_expectation=survey.asks_expectation, asks_loyalty=survey.asks_loyalty)  # fmt: skip
    values.update(changes)
    return SurveyDraft(**values)  # type: ignore[arg-type]


def test_a_new_database_has_the_templates_once(env) -> None:
    db, defs, _a, _c = env
    assert {s.code for s in defs.surveys()} == {t.code for t in TEMPLATES}
    assert defs.install_templates() == 0  # opened again: nothing added
    assert _count(db, SurveyDefinition) == len(TEMPLATES)
    counter = defs.for_use("counter")
    assert counter is not None and counter.name == "窗口服务满意度调查"
    assert abs(sum(i.weight for i in counter.items) - 1) < 1e-9
    assert "waiting_time" in {i.code for i in counter.items}
    assert defs.for_use("complaint").code == "complaint"  # type: ignore[union-attr]


def test_an_edit_is_a_new_version_and_old_answers_keep_their_weights(env) -> None:
    db, defs, answers, customer = env
    v1 = defs.active("counter")
    score = {i.code: (5 if i.code == "waiting_time" else 3) for i in v1.items}
    old = answers.record(AnswerForm(v1.id, SurveySource.PAPER, {i.id: score[i.code]
                                                                for i in v1.items}))  # fmt: skip
    # waiting time 0.25 * 5, the others 0.75 * 3
    assert old.index_score == pytest.approx(0.25 * 5 + 0.75 * 3)
    heavier = tuple(ItemDraft(i.text + "𠮷", 10 if i.code == "waiting_time" else 1, i.code)
                    for i in v1.items)  # fmt: skip
    saved = defs.save(v1.id, _draft(v1, items=heavier))
    assert (saved.previous_version, saved.survey.version) == (1, 2)
    assert [s.version for s in defs.versions("counter")] == [2, 1]
    assert [s.active for s in defs.versions("counter")] == [True, False]
    assert saved.survey.items[0].text.endswith("𠮷")
    again = answers.get(old.id)
    assert again.survey.version == 1
    assert again.index_score == pytest.approx(0.25 * 5 + 0.75 * 3)  # the old weights
    new = answers.record(AnswerForm(saved.survey.id, SurveySource.COUNTER,
                                    {i.id: score[i.code] for i in saved.survey.items},
                                    customer_id=customer))  # fmt: skip
    assert new.index_score == pytest.approx((10 * 5 + 4 * 3) / 14)
    with pytest.raises(ServiceError) as e:  # the old version is no longer the one edited
        defs.save(v1.id, _draft(v1))
    assert e.value.code == "not_active"


@pytest.mark.parametrize("change,code,field,item", [
    (dict(name="  "), "required", "name", None),
    (dict(scale=7), "not_a_choice", "scale", None),
    (dict(items=()), "required", "items", None),
    (dict(items=(ItemDraft("好", 1), ItemDraft(" ", 1))), "required", "text", 2),
    (dict(items=(ItemDraft("好", "一点"),)), "not_a_number", "weight", 1),
    (dict(items=(ItemDraft("好", 1), ItemDraft("坏", -1))), "negative", "weight", 2),
    (dict(items=(ItemDraft("好", 0), ItemDraft("坏", "0"))), "all_zero", "weight", None),
    (dict(items=(ItemDraft("好", 1, "a"), ItemDraft("坏", 1, "a"))), "duplicate", "code", 2),
    (dict(items=(ItemDraft("好" * 301, 1),)), "too_long", "text", 1),
])  # fmt: skip
def test_a_bad_survey_is_refused_naming_the_field_and_nothing_is_written(
        env, change, code, field, item) -> None:  # fmt: skip
    db, defs, _a, _c = env
    v1 = defs.active("outpatient")
    with pytest.raises(ServiceError) as e:
        defs.save(v1.id, _draft(v1, **change))
    assert (e.value.code, e.value.field, e.value.params.get("item")) == (code, field, item)
    assert [s.version for s in defs.versions("outpatient")] == [1]


def test_answers_from_paper_counter_and_bad_answers(env) -> None:
    db, defs, answers, customer = env
    survey = defs.active("outpatient")
    first, second = survey.items[0], survey.items[1]
    before = _count(db, SurveyResponse), _count(db, SurveyAnswer)
    bad = [
        (AnswerForm(survey.id, SurveySource.PAPER, {first.id: 6}), "out_of_range", "score"),
        (AnswerForm(survey.id, SurveySource.PAPER, {first.id: 4}, nps=11), "out_of_range", "nps"),
        (AnswerForm(survey.id, SurveySource.PAPER, {first.id: 4}, expectation=0),
         "out_of_range", "expectation"),
        (AnswerForm(survey.id, SurveySource.PAPER), "required", "answers"),
        (AnswerForm(survey.id, SurveySource.PAPER, {first.id: 4},
                    answered_at=NOW + dt.timedelta(days=1)), "in_future", "answered_at"),
        (AnswerForm(survey.id, SurveySource.COUNTER, {first.id: 4}), "required", "customer_id"),
    ]  # fmt: skip
    for form, code, field in bad:
        with pytest.raises(ServiceError) as e:
            answers.record(form)
        assert (e.value.code, e.value.field) == (code, field)
    with pytest.raises(ServiceError) as e:
        answers.record(AnswerForm(survey.id, SurveySource.PAPER, {second.id: 9}))
    assert e.value.params["text"] == second.text and e.value.params["item"] == 2
    assert (_count(db, SurveyResponse), _count(db, SurveyAnswer)) == before
    paper_day = dt.datetime(2027, 2, 20, 4, tzinfo=dt.UTC)
    paper = answers.record(AnswerForm(survey.id, SurveySource.PAPER, {first.id: 4, second.id: 2},
                                      nps=9, expectation=5, would_return=True,
                                      would_recommend=False, comment="停车难𠮷",
                                      answered_at=paper_day))  # fmt: skip
    index = (first.weight * 4 + second.weight * 2) / (first.weight + second.weight)
    assert paper.index_score == pytest.approx(index)
    assert paper.css_ratio == pytest.approx(index / 5)
    assert paper.customer_id is None and paper.answered_at == paper_day
    assert paper.comment == "停车难𠮷" and paper.nps == 9 and paper.would_recommend is False
    assert [a.score for a in paper.answers][:3] == [4, 2, None]
    visit = VisitService(db.factory, FollowupSettings(db.factory), ComplaintSettings(db.factory),
                         now=lambda: NOW).record(VisitForm(customer, "咨询"))  # fmt: skip
    counter = defs.for_use("counter")
    assert counter is not None
    at_counter = answers.record(AnswerForm(counter.id, SurveySource.COUNTER,
                                           {counter.items[0].id: 5}, visit_id=visit.visit_id))  # fmt: skip
    assert at_counter.customer_id == customer and at_counter.visit_id == visit.visit_id
    assert at_counter.css_ratio is None  # no expectation given
    assert [r.id for r in answers.for_customer(customer)] == [at_counter.id]
    history = TimelineService(db.factory).timeline(customer).entries
    survey_lines = [e for e in history if e.kind is EntryKind.SURVEY]
    assert [(e.title, e.subkind, e.score) for e in survey_lines] == [
        ("窗口服务满意度调查", "counter", pytest.approx(5.0))]  # fmt: skip
    with db.factory() as s:  # recorded in the audit trail under the customer
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == "survey_response", AuditEvent.customer_id == customer)) == 1  # fmt: skip


def test_completing_a_followup_records_its_survey_in_the_same_transaction(env) -> None:
    db, defs, answers, customer = env
    actions = FollowupActions(db.factory, FollowupSettings(db.factory), now=lambda: NOW)
    planned = actions.plan(customer, NOW.astimezone().date() + dt.timedelta(days=1))
    survey = defs.for_use("followup")
    assert survey is not None
    scores = {i.id: 4 for i in survey.items}
    bad = AnswerForm(survey.id, SurveySource.FOLLOWUP, scores, nps=12)
    with pytest.raises(ServiceError):
        actions.complete(planned.id, "已回访", survey=bad)
    assert actions.get(planned.id).status.value == "open"  # nothing written
    assert _count(db, SurveyResponse) == 0
    form = AnswerForm(survey.id, SurveySource.FOLLOWUP, scores, nps=6, comment="𠮷")
    done = actions.complete(planned.id, "已回访", survey=form)
    assert done.status.value == "done" and done.satisfaction == 4 and done.nps == 6
    with db.factory() as s:
        row = s.scalars(select(SurveyResponse)).one()
        assert (row.followup_id, row.customer_id, row.source) == (planned.id, customer, "followup")
        assert row.index_score == pytest.approx(4.0) and row.comment == "𠮷"
    other = actions.plan(customer, NOW.astimezone().date() + dt.timedelta(days=2))
    empty = AnswerForm(survey.id, SurveySource.FOLLOWUP, {i.id: None for i in survey.items})
    plain = actions.complete(other.id, "未接通后再联系上", satisfaction=5, survey=empty)
    assert plain.satisfaction == 5 and _count(db, SurveyResponse) == 1  # nothing answered
    with writing(db.factory) as s:
        assert s.get(Followup, other.id) is not None


def test_counter_staff_may_answer_but_not_edit_surveys(env) -> None:
    db, defs, answers, customer = env
    accounts = AccountService(db.factory)
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.create_staff("zhangli", "张丽", Role.SUPERVISOR, "super-pass-1")
    accounts.sign_out()
    accounts.sign_in("wangfang", "counter-pass-1")
    v1 = defs.active("counter")
    for attempt in (lambda: defs.save(v1.id, _draft(v1, name="改名")),
                    lambda: defs.from_template("outpatient"),
                    lambda: defs.set_uses({"counter": "outpatient"})):  # fmt: skip
        with pytest.raises(ServiceError) as e:
            attempt()
        assert e.value.code == "forbidden"
    assert [s.version for s in defs.versions("counter")] == [1]
    assert defs.uses()["counter"] == "counter"
    recorded = answers.record(AnswerForm(v1.id, SurveySource.PAPER, {v1.items[0].id: 5}))
    assert recorded.staff_id is not None  # the signed-in counter staff member
    accounts.sign_out()
    accounts.sign_in("zhangli", "super-pass-1")
    assert defs.save(v1.id, _draft(v1, name="改名")).survey.version == 2
    copy = defs.from_template("outpatient")
    assert copy.code == "outpatient_2" and copy.version == 1
    assert defs.set_uses({"counter": copy.code})["counter"] == "outpatient_2"
    assert defs.for_use("counter").id == copy.id  # type: ignore[union-attr]
