"""KPI formulas (issue 10, DOMAIN.md section 5) against small hand-computed cases."""

from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain.kpis import (
    DEFAULT_TARGETS,
    Direction,
    ItemScore,
    Kpi,
    PeriodKind,
    Response,
    SurveyItem,
    SurveyVersion,
    complaint_rate,
    csat,
    csi,
    css,
    duration_median,
    duration_p90,
    first_contact_resolution,
    followup_completion,
    item_scores,
    median,
    nps,
    percentile,
    period_containing,
    periods_before,
    priorities,
    targets,
    trend_periods,
)

# version 1 on 1-5: waiting time counts double; version 2 moves to 1-10, halves waiting time's
# weight, drops fees and adds privacy (weight 2)
V1 = SurveyVersion("counter", 1, (SurveyItem("wait", 2), SurveyItem("attitude", 1),
                                  SurveyItem("fees", 1)), scale=5)  # fmt: skip
V2 = SurveyVersion("counter", 2, (SurveyItem("wait", 1), SurveyItem("attitude", 1),
                                  SurveyItem("privacy", 2)), scale=10)  # fmt: skip
MIN = dt.timedelta(minutes=1)


# --- CSI ---------------------------------------------------------------------------------------
def test_csi_of_an_empty_period_is_none() -> None:
    assert csi([]) is None
    assert item_scores([]) == []
    assert priorities([]) == []
    assert csi([Response(V1, {})]) is None  # a form handed back blank counts for nothing


def test_csi_of_one_answer_is_its_weighted_mean() -> None:
    # (2*4 + 1*5 + 1*3) / (2 + 1 + 1) = 16 / 4
    assert csi([Response(V1, {"wait": 4, "attitude": 5, "fees": 3})]) == 4.0


def test_a_missing_item_is_left_out_of_the_weighting_not_counted_as_zero() -> None:
    # (2*2 + 1*5) / 3 = 3.0; counting fees as 0 would give 9/4 = 2.25, as 1 would give 2.5
    answer = Response(V1, {"wait": 2, "attitude": 5})
    assert answer.index() == 3.0
    full = Response(V1, {"wait": 4, "attitude": 5, "fees": 3})
    assert csi([full, answer]) == 3.5  # the mean of the answers' indexes, 4.0 and 3.0
    by_code = {s.code: s for s in item_scores([full, answer])}
    assert (by_code["fees"].mean, by_code["fees"].answers) == (3.0, 1)
    assert (by_code["wait"].mean, by_code["wait"].answers) == (3.0, 2)


def test_a_survey_version_change_keeps_old_answers_meaning() -> None:
    old = Response(V1, {"wait": 4, "attitude": 5, "fees": 3})  # index 4.0, wait weighs 2
    # on 1-10: wait 10 -> 5, attitude 1 -> 1, privacy 7 -> 1 + 6*4/9 = 11/3 on 1-5;
    # (1*5 + 1*1 + 2*11/3) / 4 = 10/3
    new = Response(V2, {"wait": 10, "attitude": 1, "privacy": 7})
    assert new.index() == pytest.approx(10 / 3)
    assert old.index() == 4.0  # still read with version 1's weights and scale
    assert csi([old, new]) == pytest.approx((4 + 10 / 3) / 2)
    # on the 1-10 scale the same figure maps linearly: 1 + (x - 1) * 9 / 4
    assert csi([old, new], scale=10) == pytest.approx(1 + ((4 + 10 / 3) / 2 - 1) * 9 / 4)
    scores = {s.code: s for s in item_scores([old, new])}
    assert scores["wait"].mean == pytest.approx(4.5)  # 4 (of 5) and 10 (of 10) -> 5
    assert scores["wait"].weight == 1  # the newest version's weight
    assert scores["fees"].weight == 1 and scores["fees"].answers == 1  # only in version 1
    assert scores["privacy"].mean == pytest.approx(11 / 3)
    assert scores["attitude"].mean == pytest.approx(3.0)


def test_an_answer_outside_its_versions_scale_or_items_is_refused() -> None:
    with pytest.raises(ValueError):
        Response(V1, {"wait": 6})  # 6 is fine on version 2's 1-10, not on version 1's 1-5
    with pytest.raises(ValueError):
        Response(V1, {"privacy": 3})  # not asked in version 1
    with pytest.raises(ValueError):
        Response(V2, {"wait": 0})
    with pytest.raises(ValueError):
        SurveyVersion("counter", 3, (SurveyItem("wait", 1),), scale=7)


def test_the_weakest_items_come_first_and_ties_go_to_the_heavier_weight() -> None:
    scores = [ItemScore("attitude", 3.0, 5, 1), ItemScore("wait", 3.0, 5, 2),
              ItemScore("fees", 2.5, 5, 1), ItemScore("privacy", 4.0, 5, 3)]  # fmt: skip
    assert [s.code for s in priorities(scores)] == ["fees", "wait", "attitude"]
    assert [s.code for s in priorities(scores, count=1)] == ["fees"]


# --- CSS, NPS, CSAT ----------------------------------------------------------------------------
def test_css_is_rating_over_expectation_skipping_missing_or_zero_expectations() -> None:
    result = css([(4, 5), (5, 4), (3, 0), (None, 4), (4, None)])
    assert result is not None
    assert result.ratios == (0.8, 1.25)
    assert result.mean == pytest.approx(1.025)
    assert result.satisfied == 1 and result.satisfied_share == 0.5
    assert css([]) is None
    assert css([(3, 0), (4, None)]) is None
    one = css([(4, 4)])
    assert one is not None and one.mean == 1.0 and one.satisfied == 1  # exactly met: satisfied
    with pytest.raises(ValueError):
        css([(4, -2)])


def test_nps_counts_and_shares() -> None:
    result = nps([10, 9, 8, 7, 6, 0])
    assert result is not None
    assert (result.promoters, result.passives, result.detractors, result.total) == (2, 2, 2, 6)
    assert result.score == 0
    assert result.promoter_share == pytest.approx(1 / 3)


def test_nps_of_all_detractors_one_answer_and_no_answer() -> None:
    worst = nps([0, 3, 6])
    assert worst is not None and worst.score == -100 and worst.detractor_share == 1.0
    assert worst.promoter_share == 0 and worst.passive_share == 0
    best = nps([9])
    assert best is not None and best.score == 100 and best.total == 1
    passive = nps([7])
    assert passive is not None and passive.score == 0
    assert nps([]) is None


def test_nps_refuses_answers_off_the_0_to_10_question() -> None:
    for bad in (11, -1):
        with pytest.raises(ValueError):
            nps([bad])


def test_csat_is_the_share_at_the_top_two_points() -> None:
    assert csat([5, 4, 3, 2]) == 0.5
    assert csat([9, 10, 8], scale=10) == pytest.approx(2 / 3)
    assert csat([1]) == 0.0  # one unhappy answer is a real 0%, unlike no answer at all
    assert csat([]) is None
    with pytest.raises(ValueError):
        csat([6])


# --- durations and shares ----------------------------------------------------------------------
def test_percentiles_interpolate_between_the_nearest_ranks() -> None:
    assert median([3, 1, 4, 2]) == 2.5  # even count: the mean of the two middle values
    assert percentile([1, 2, 3, 4], 90) == pytest.approx(3.7)  # rank 0.9 * 3 = 2.7
    assert percentile(range(1, 11), 90) == pytest.approx(9.1)  # rank 8.1
    assert percentile([1, 2, 3, 4], 0) == 1 and percentile([1, 2, 3, 4], 100) == 4
    assert median([5, 5, 5, 9]) == 5


def test_percentile_edge_cases() -> None:
    assert percentile([], 90) is None and median([]) is None
    assert percentile([7], 0) == percentile([7], 90) == percentile([7], 100) == 7
    assert percentile([2, 8], 90) == pytest.approx(7.4)
    with pytest.raises(ValueError):
        percentile([1], 101)


def test_duration_median_and_90th_percentile() -> None:
    assert duration_median([5 * MIN, 15 * MIN]) == 10 * MIN
    waits = [m * MIN for m in (1, 2, 3, 4, 5, 6, 7, 8, 9, 100)]
    assert duration_median(waits) == dt.timedelta(minutes=5, seconds=30)
    assert duration_p90(waits) == dt.timedelta(minutes=9 + 0.1 * 91)  # 9 + 0.1 * (100 - 9)
    assert duration_median([]) is None and duration_p90([]) is None


def test_shares_and_rates_of_nothing_are_none() -> None:
    assert first_contact_resolution(3, 4) == 0.75
    assert first_contact_resolution(0, 0) is None
    assert complaint_rate(1, 200) == 0.005
    assert complaint_rate(3, 0) is None
    assert complaint_rate(0, 10) == 0.0
    assert followup_completion(9, 10) == 0.9
    assert followup_completion(0, 0) is None
    with pytest.raises(ValueError):
        followup_completion(5, 4)


# --- targets -----------------------------------------------------------------------------------
def test_default_targets_are_those_of_the_domain() -> None:
    want = {Kpi.FIRST_CONTACT_RESOLUTION: (0.75, Direction.HIGHER),
            Kpi.SATISFACTION: (4.5, Direction.HIGHER), Kpi.FIRST_RESPONSE: (600, Direction.LOWER),
            Kpi.RESOLUTION: (14400, Direction.LOWER), Kpi.COMPLAINT_RATE: (0.005, Direction.LOWER),
            Kpi.NPS: (60, Direction.HIGHER)}  # fmt: skip
    assert {k: (t.value, t.direction) for k, t in DEFAULT_TARGETS.items()} == want


def test_a_figure_meets_its_target_in_the_right_direction() -> None:
    t = DEFAULT_TARGETS
    assert t[Kpi.FIRST_CONTACT_RESOLUTION].met(first_contact_resolution(3, 4)) is True  # exactly
    assert t[Kpi.FIRST_CONTACT_RESOLUTION].met(first_contact_resolution(2, 3)) is False
    assert t[Kpi.COMPLAINT_RATE].met(complaint_rate(1, 200)) is True  # exactly 0.5%
    assert t[Kpi.COMPLAINT_RATE].met(complaint_rate(2, 200)) is False
    seventy = nps([10] * 7 + [7] * 2 + [5])  # 70% - 10% = 60
    assert seventy is not None and t[Kpi.NPS].met(seventy.score) is True
    late = t[Kpi.FIRST_RESPONSE].compare(12 * 60)
    assert late.met is False and late.margin == -120  # two minutes over
    quick = t[Kpi.RESOLUTION].compare(3 * 3600)
    assert quick.met is True and quick.margin == 3600
    assert t[Kpi.SATISFACTION].compare(4.0).margin == -0.5
    empty = t[Kpi.SATISFACTION].compare(csi([]))
    assert empty.met is None and empty.margin is None  # no answers: neither met nor missed


def test_edited_targets_keep_their_direction() -> None:
    edited = targets({Kpi.FIRST_RESPONSE: 5 * 60, Kpi.NPS: 40})
    assert edited[Kpi.FIRST_RESPONSE].direction is Direction.LOWER
    assert edited[Kpi.FIRST_RESPONSE].met(6 * 60) is False
    assert edited[Kpi.NPS].met(45) is True
    assert edited[Kpi.SATISFACTION] == DEFAULT_TARGETS[Kpi.SATISFACTION]


# --- periods -----------------------------------------------------------------------------------
def _d(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def test_a_day_at_the_year_end() -> None:
    p = period_containing(PeriodKind.DAY, _d(2026, 12, 31))
    assert (p.start, p.end, p.label) == (_d(2026, 12, 31), _d(2027, 1, 1), "2026-12-31")
    assert p.next().label == "2027-01-01"
    assert period_containing(PeriodKind.DAY, _d(2027, 1, 1)).previous() == p


def test_iso_weeks_start_on_monday_and_week_53_spans_the_new_year() -> None:
    p = period_containing(PeriodKind.WEEK, _d(2026, 11, 24))  # a Tuesday
    assert (p.start, p.end, p.label) == (_d(2026, 11, 23), _d(2026, 11, 30), "2026-W48")
    assert period_containing(PeriodKind.WEEK, _d(2026, 11, 29)) == p  # Sunday: same week
    w53 = period_containing(PeriodKind.WEEK, _d(2021, 1, 3))  # a Sunday of 2021
    assert (w53.start, w53.end, w53.label) == (_d(2020, 12, 28), _d(2021, 1, 4), "2020-W53")
    assert w53.next().label == "2021-W01"
    # 29 December 2025 is the Monday of ISO week 1 of 2026
    assert period_containing(PeriodKind.WEEK, _d(2025, 12, 31)).label == "2026-W01"
    assert period_containing(PeriodKind.WEEK, _d(2025, 12, 28)).label == "2025-W52"


def test_months_and_quarters() -> None:
    dec = period_containing(PeriodKind.MONTH, _d(2026, 12, 15))
    assert (dec.start, dec.end, dec.label) == (_d(2026, 12, 1), _d(2027, 1, 1), "2026-12")
    feb = period_containing(PeriodKind.MONTH, _d(2028, 2, 29))
    assert (feb.start, feb.end) == (_d(2028, 2, 1), _d(2028, 3, 1))
    q4 = period_containing(PeriodKind.QUARTER, _d(2026, 11, 24))
    assert (q4.start, q4.end, q4.label) == (_d(2026, 10, 1), _d(2027, 1, 1), "2026-Q4")
    assert period_containing(PeriodKind.QUARTER, _d(2026, 3, 31)).label == "2026-Q1"
    assert period_containing(PeriodKind.QUARTER, _d(2026, 4, 1)).label == "2026-Q2"
    assert _d(2026, 12, 31) in q4 and _d(2027, 1, 1) not in q4 and _d(2026, 10, 1) in q4


@pytest.mark.parametrize("kind", list(PeriodKind))
def test_the_last_twelve_periods_are_whole_contiguous_and_before_the_day(kind: PeriodKind) -> None:
    day = _d(2021, 1, 6)
    before = periods_before(kind, day)
    current = period_containing(kind, day)
    assert len(before) == 12
    assert before[-1].end == current.start
    assert all(a.end == b.start for a, b in zip(before, before[1:], strict=False))
    assert trend_periods(kind, day) == [*before, current]


def test_the_last_twelve_periods_by_hand() -> None:
    quarters = periods_before(PeriodKind.QUARTER, _d(2026, 11, 24))
    assert (quarters[0].label, quarters[-1].label) == ("2023-Q4", "2026-Q3")
    months = periods_before(PeriodKind.MONTH, _d(2026, 1, 15))
    assert (months[0].label, months[-1].label) == ("2025-01", "2025-12")
    weeks = periods_before(PeriodKind.WEEK, _d(2021, 1, 6))
    assert weeks[-1].label == "2020-W53" and weeks[0].label == "2020-W42"
