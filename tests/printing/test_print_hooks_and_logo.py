"""A long batch reports its progress and stops when cancelled; the site's logo is kept in the
database as the image itself, checked when it is saved, and printed on every page."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from form_samples import pdf_text, sample_card, sample_followups
from PIL import Image

from cs_desktop.printing.document import make
from cs_desktop.printing.forms import address_table, followup, info_card
from cs_desktop.printing.page import Hooks, RenderCancelled
from cs_desktop.services.errors import ServiceError
from cs_desktop.services.forms.data import AddressLine
from cs_desktop.services.forms.settings import (
    LOGO_MAX_BYTES,
    FormSetting,
    FormSettings,
    read_logo,
)


def _image(size: tuple[int, int], kind: str = "PNG", color: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, kind)
    return out.getvalue()


def test_a_batch_reports_progress_per_customer_up_to_the_end() -> None:
    seen: list[tuple[int, int]] = []
    sheets = sample_followups(12)
    r = make(followup.TITLE, FormSetting(), "演示诊所", lambda b: followup.sections(b, sheets),
             hooks=Hooks(progress=lambda done, total: seen.append((done, total))))  # fmt: skip
    assert r.pages == 12
    assert seen[-1] == (12, 12)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)  # only forward
    assert len(seen) >= 12 and {t for _d, t in seen} == {12}


def test_a_cancelled_batch_stops_early_and_makes_no_pdf() -> None:
    seen: list[int] = []
    sheets = sample_followups(40)
    with pytest.raises(RenderCancelled):
        make(followup.TITLE, FormSetting(), "演示诊所", lambda b: followup.sections(b, sheets),
             hooks=Hooks(progress=lambda done, _t: seen.append(done),
                         is_cancelled=lambda: bool(seen) and seen[-1] >= 5))  # fmt: skip
    assert max(seen) == 5  # stopped at the next customer, not at the end


def test_a_cancel_before_the_start_builds_nothing() -> None:
    called: list[int] = []

    def sections(b: Any) -> list[Any]:
        called.append(1)
        return followup.sections(b, sample_followups(2))

    with pytest.raises(RenderCancelled):
        make(followup.TITLE, FormSetting(), "演示诊所", sections,
             hooks=Hooks(is_cancelled=lambda: True))  # fmt: skip
    assert called == []


def test_the_logo_is_stored_in_the_database_and_printed(database: Any, tmp_path: Path) -> None:
    settings = FormSettings(database.factory)
    file = tmp_path / "标志.png"
    file.write_bytes(_image((300, 120)))
    saved = settings.save("info_card", FormSetting(title="门诊资料卡", logo=read_logo(file)))
    file.unlink()  # the original may go: the database keeps the image
    got = settings.get("info_card")
    assert got.logo == saved.logo and got.title == "门诊资料卡"
    assert settings.get("survey").logo == b""  # per form
    card = sample_card()
    r = make(info_card.TITLE, got, "演示诊所", lambda b: info_card.sections(b, card))
    assert r.pdf.count(b"/Subtype /Image") == 1  # embedded once, drawn on each page
    assert "门诊资料卡" in pdf_text(r.pdf, tmp_path)
    settings.save("info_card", FormSetting(title="门诊资料卡"))  # removed
    assert settings.get("info_card").logo == b""


def test_a_jpeg_logo_is_accepted_and_a_big_one_printed_small(database: Any) -> None:
    settings = FormSettings(database.factory)
    logo = _image((3000, 3000), "JPEG", "navy")
    settings.save("followup", FormSetting(logo=logo))
    sheets = sample_followups(3)
    r = make(followup.TITLE, settings.get("followup"), "演示诊所",
             lambda b: followup.sections(b, sheets))  # fmt: skip
    assert len(r.pdf) < 3 * 60 * 1024  # scaled down once, not 3000 px on every page


@pytest.mark.parametrize(("data", "code"), [
    (b"not an image at all", "not_an_image"),
    (_image((64, 64))[:60], "not_an_image"),  # a cut file
    (_image((64, 64), "GIF"), "not_an_image"),
    (_image((8, 8)), "image_too_small"),
    (_image((5000, 40)), "image_too_large"),
])  # fmt: skip
def test_a_bad_logo_is_refused_and_nothing_is_saved(database: Any, data: bytes, code: str) -> None:
    settings = FormSettings(database.factory)
    with pytest.raises(ServiceError) as exc:
        settings.save("complaint", FormSetting(title="投诉表", logo=data))
    assert (exc.value.code, exc.value.field) == (code, "logo")
    assert settings.get("complaint") == FormSetting()


def test_a_too_big_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(_image((64, 64)) + b"\0" * LOGO_MAX_BYTES)
    with pytest.raises(ServiceError) as exc:
        read_logo(big)
    assert (exc.value.code, exc.value.params["max_kb"]) == ("file_too_big", 512)


def test_one_long_table_reports_pages_and_stops_mid_table() -> None:
    lines = [AddressLine("北京市", "北京市", "东城区", f"{i}号", f"客户{i}", "13800138000", "A")
             for i in range(400)]  # fmt: skip
    pages: list[int] = []
    rendered = make(address_table.TITLE, FormSetting(), "演示诊所",
                    lambda b: address_table.sections(b, lines),
                    hooks=Hooks(progress=lambda done, total: pages.append(done) if total == 0
                                else None))  # fmt: skip
    assert rendered.pages > 5 and pages == list(range(1, rendered.pages + 1))
    with pytest.raises(RenderCancelled):
        make(address_table.TITLE, FormSetting(), "演示诊所",
             lambda b: address_table.sections(b, lines),
             hooks=Hooks(progress=lambda done, _t: pages.append(-done),
                         is_cancelled=lambda: -3 in pages))  # fmt: skip
    assert -4 not in pages  # stopped at the next page
