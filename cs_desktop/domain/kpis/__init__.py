"""Satisfaction and service KPIs (DOMAIN.md section 5), pure formulas, no storage.

Survey versions, answers and the CSI with each item's score and the improvement priorities
(``surveys``); CSS, NPS and CSAT (``satisfaction``); medians and 90th percentiles of
durations, first-contact resolution, complaint rate and follow-up completion (``service``);
the targets and how a figure compares with one (``targets``); the reporting periods
(``periods``). Every figure of an empty period is None, never 0.
"""

from .periods import Period, PeriodKind, period_containing, periods_before, trend_periods
from .satisfaction import CssResult, NpsResult, csat, css, css_ratio, nps
from .service import (
    complaint_rate,
    duration_median,
    duration_p90,
    duration_percentile,
    first_contact_resolution,
    followup_completion,
    median,
    percentile,
    share,
)
from .surveys import (
    ItemScore,
    Response,
    SurveyItem,
    SurveyVersion,
    csi,
    item_scores,
    priorities,
    rescale,
)
from .targets import DEFAULT_TARGETS, EXTRA_TARGETS, Comparison, Direction, Kpi, Target, targets

__all__ = [
    "DEFAULT_TARGETS", "EXTRA_TARGETS", "Comparison", "CssResult", "Direction", "ItemScore", "Kpi", "NpsResult",
    "Period", "PeriodKind", "Response", "SurveyItem", "SurveyVersion", "Target",
    "complaint_rate", "csat", "csi", "css", "css_ratio", "duration_median", "duration_p90",
    "duration_percentile", "first_contact_resolution", "followup_completion", "item_scores",
    "median", "nps", "percentile", "period_containing", "periods_before", "priorities",
    "rescale", "share", "targets", "trend_periods",
]  # fmt: skip
