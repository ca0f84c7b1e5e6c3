"""The app's way to a form (printing.jobs): every form the settings know can be built, a blank
one without reading anything, and a saved PDF replaces the old file whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from form_samples import pdf_text

from cs_desktop.printing.jobs import MODULES, FormJob, Options, build, form_module, save_pdf
from cs_desktop.services.forms.settings import FORMS, FormSetting, FormSettings


def test_every_form_of_the_settings_has_its_module() -> None:
    assert set(MODULES) == set(FORMS)
    assert all(form == form_module(form).KEY for form in FORMS)


@pytest.mark.parametrize("form", FORMS)
def test_a_blank_form_reads_no_data(database: Any, form: str, tmp_path: Path) -> None:
    def boom() -> Any:
        raise AssertionError("a blank form must not read data")

    rendered = build(FormJob(form, boom), FormSettings(database.factory), Options(blank=True))
    assert rendered.pages >= 1
    assert form_module(form).TITLE in pdf_text(rendered.pdf, tmp_path)


def test_a_draft_setting_is_used_instead_of_the_saved_one(database: Any, tmp_path: Path) -> None:
    settings = FormSettings(database.factory)
    settings.save("survey", FormSetting(title="已保存的标题"))
    draft = FormSetting(title="草稿标题", footer="草稿页脚")
    text = pdf_text(build(FormJob("survey"), settings, Options(setting=draft)).pdf, tmp_path)
    assert "草稿标题" in text and "草稿页脚" in text and "已保存的标题" not in text


def test_save_pdf_adds_the_suffix_and_leaves_no_part_file(tmp_path: Path) -> None:
    old = tmp_path / "表.pdf"
    old.write_bytes(b"old")
    assert save_pdf(tmp_path / "表", b"%PDF-new") == old
    assert old.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["表.pdf"]
    with pytest.raises(FileNotFoundError):
        save_pdf(tmp_path / "没有的文件夹" / "表.pdf", b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["表.pdf"]
