"""Every form, filled and blank, rendered to PNG and compared with a reviewed reference image
(tests/printing/reference/). To renew the references after a deliberate change of layout:
CS_DESKTOP_NEW_REFERENCES=1 pytest tests/printing/test_print_images.py, then look at each one."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from form_samples import (
    sample_addresses,
    sample_card,
    sample_complaint,
    sample_followups,
    sample_kpi_report,
    sample_management,
    sample_survey,
    sample_tiers,
)
from PIL import Image, ImageChops

from cs_desktop.printing.document import make
from cs_desktop.printing.forms import (
    address_table,
    complaint_record,
    followup,
    info_card,
    kpi_report,
    management_card,
    survey,
    tier_table,
)
from cs_desktop.services.forms.settings import FormSetting

REFERENCE = Path(__file__).parent / "reference"
DPI = 50
# A pixel "differs" when its grey moves by more than 64 of 255 (anti-aliasing and rasteriser
# versions move edges a little); a page differs when more than 0.02% of its pixels (~50) do:
# a six-character word changed in one box moves ~0.05% at this resolution (measured below).
PIXEL, SHARE = 64, 0.0002
FORMS: list[tuple[str, Any, Any]] = [
    ("info_card", info_card, sample_card),
    ("management_card", management_card, sample_management),
    ("addresses", address_table, sample_addresses),
    ("tiers", tier_table, sample_tiers),
    ("complaint", complaint_record, sample_complaint),
    ("followup", followup, lambda: sample_followups(2)),
    ("survey", survey, sample_survey),
    ("kpi_report", kpi_report, sample_kpi_report),
]


def _pages(module: Any, data: Any, tmp_path: Path, name: str) -> list[Path]:
    def sections(b: Any) -> Any:
        if module is survey:
            return survey.sections(b, data, dt.date(2026, 3, 5))
        return module.sections(b, data)

    rendered = make(module.TITLE, FormSetting(header="门诊服务中心", footer="本表仅供内部使用"),
                    "演示诊所", sections, blank=data is None)  # fmt: skip
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(rendered.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(pdf), str(tmp_path / name)],
                   check=True)  # fmt: skip
    return sorted(tmp_path.glob(f"{name}-*.png"))


def _differs(a: Path, b: Path) -> float:
    with Image.open(a) as ia, Image.open(b) as ib:
        if ia.size != ib.size:
            return 1.0
        diff = ImageChops.difference(ia.convert("L"), ib.convert("L"))
        counts = diff.histogram()
        return sum(counts[PIXEL + 1 :]) / (ia.size[0] * ia.size[1])


@pytest.mark.parametrize("blank", [False, True], ids=["filled", "blank"])
@pytest.mark.parametrize(("key", "module", "sample"), FORMS, ids=[f[0] for f in FORMS])
def test_form_looks_like_its_reference(key: str, module: Any, sample: Any, blank: bool,
                                       tmp_path: Path, beijing_time: None) -> None:  # fmt: skip
    name = f"{key}-{'blank' if blank else 'filled'}"
    pages = _pages(module, None if blank else sample(), tmp_path, name)
    if os.environ.get("CS_DESKTOP_NEW_REFERENCES"):
        REFERENCE.mkdir(exist_ok=True)
        for old in REFERENCE.glob(f"{name}-*.png"):
            old.unlink()
        for page in pages:
            page.rename(REFERENCE / page.name)
        pytest.skip("reference written: look at it before committing")
    expected = sorted(REFERENCE.glob(f"{name}-*.png"))
    assert [p.name for p in pages] == [p.name for p in expected], "page count changed"
    for page, ref in zip(pages, expected, strict=True):
        share = _differs(page, ref)
        assert share <= SHARE, f"{page.name}: {share:.2%} of the pixels differ"


def test_the_comparison_notices_a_changed_value(tmp_path: Path, beijing_time: None) -> None:
    from form_samples import CustomerCard

    card = sample_card()
    changed = CustomerCard(**{**{f: getattr(card, f) for f in card.__dataclass_fields__},
                              "employer": "北京大学第一医院"})  # fmt: skip
    page = _pages(info_card, changed, tmp_path, "info_card-filled")[0]
    assert _differs(page, REFERENCE / "info_card-filled-1.png") > SHARE
