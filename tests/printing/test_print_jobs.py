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


def test_printing_customers_data_is_audited_and_full_numbers_need_the_role(database) -> None:
    from cs_desktop.domain.enums import Role
    from cs_desktop.services.accounts.service import AccountService
    from cs_desktop.services.audit import AuditQuery, AuditService
    from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
    from cs_desktop.services.customers.cards import CustomerCardService
    from cs_desktop.services.errors import ServiceError
    from cs_desktop.services.forms.data import FormData
    from cs_desktop.services.forms.settings import FormSettings

    card = CustomerCardService(database.factory).create(
        CustomerCard(name="王𠮷", phones=(PhoneEntry("13800138000"),)))  # fmt: skip
    accounts = AccountService(database.factory)
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.sign_out()
    accounts.sign_in("wangfang", "counter-pass-1")
    data, settings = FormData(database.factory), FormSettings(database.factory)
    job = FormJob("info_card", lambda: data.card(card.id), "王𠮷")
    masked = build(job, settings)
    assert masked.pages == 1
    with pytest.raises(ServiceError) as refused:
        build(job, settings, Options(full_numbers=True))
    assert refused.value.code == "forbidden"
    build(FormJob("info_card"), settings)  # a blank form shows nobody: not an entry
    accounts.sign_out()  # the trail is read by the system here (a counter may not browse it)
    entries = AuditService(database.factory).page(AuditQuery(action="print"), 0, 10).rows
    assert [(e.staff_name, e.details["form"], e.details["full_numbers"]) for e in entries] == [
        ("王芳", "info_card", False)]  # fmt: skip
