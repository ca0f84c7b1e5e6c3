"""Export of the customer list to .csv and .xlsx, read back as a spreadsheet would."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Gender
from cs_desktop.services.customers.card_dto import AddressEntry, CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.exporting import (
    DEFAULT_HEADERS,
    CustomerExportService,
    ExportCancelled,
)
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
from cs_desktop.services.errors import ServiceError

ID = idcard.build("110101", dt.date(1990, 1, 2), 45)  # a man (odd sequence digit)


@pytest.fixture
def service(database) -> CustomerExportService:
    cards = CustomerCardService(database.factory)
    cards.create(CustomerCard(
        name="𠮷田一", id_number=ID, gender=Gender.MALE, birth_date=dt.date(1990, 1, 2),
        phones=(PhoneEntry("13800138000"), PhoneEntry("010-65432109")),
        addresses=(AddressEntry("北京市", "北京市", "东城区", "东华门街道 1 号"),),
        tags=("VIP", "慢病"), notes='=HYPERLINK("http://evil","点我")'))  # fmt: skip
    cards.create(CustomerCard(name="李四", phones=(PhoneEntry("13900139000"),),
                              notes="-1+1"))  # fmt: skip
    return CustomerExportService(database.factory, CustomerListService(database.factory))


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_is_excel_friendly_and_safe(service, tmp_path) -> None:
    path = tmp_path / "客户.csv"
    summary = service.export(CustomerQuery(), path)
    assert summary.rows == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = _csv(path)
    assert rows[0] == list(DEFAULT_HEADERS.values())
    by_name = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    ji = by_name["𠮷田一"]
    assert ji["身份证号"] == ID and ji["性别"] == "男" and ji["出生日期"] == "1990-01-02"
    assert ji["电话"] == "138 0013 8000；010-65432109"
    assert ji["地址"] == "北京市东城区东华门街道 1 号"
    assert ji["标签"] == "VIP、慢病"
    assert ji["备注"] == '\'=HYPERLINK("http://evil","点我")'  # not a formula in Excel
    assert by_name["李四"]["备注"] == "'-1+1"
    assert [r[0] for r in rows[1:]] == ["𠮷田一", "李四"]  # the list's order: pinyin (jí, lǐ)


def test_xlsx_keeps_text_as_text(service, tmp_path) -> None:
    path = tmp_path / "客户.xlsx"
    service.export(CustomerQuery(), path)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(DEFAULT_HEADERS.values())
    ji = dict(zip(rows[0], rows[1], strict=True))
    assert ji["姓名"] == "𠮷田一" and ji["身份证号"] == ID  # 18 digits kept, as text
    assert ji["出生日期"] == dt.datetime(1990, 1, 2)
    notes = sheet.cell(row=2, column=len(DEFAULT_HEADERS))
    assert notes.data_type == "s" and notes.value.startswith("=HYPERLINK")


def test_filters_apply_and_titles_can_be_translated(service, tmp_path) -> None:
    path = tmp_path / "found.csv"
    headers = {"name": "Name", "phones": "Phones"}
    summary = service.export(CustomerQuery(text="13900"), path, headers=headers, values={})
    rows = _csv(path)
    assert summary.rows == 1 and rows[0][0] == "Name" and rows[0][5] == "Phones"
    assert rows[1][0] == "李四" and rows[1][1] == "person"


def test_cancel_and_bad_paths_leave_the_old_file(service, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "客户.csv"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        service.export(CustomerQuery(), path, is_cancelled=lambda: True)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in out.iterdir()] == ["客户.csv"]  # no temporary file left
    with pytest.raises(ServiceError) as err:
        service.export(CustomerQuery(), tmp_path / "客户.pdf")
    assert err.value.code == "export_format"
    with pytest.raises(ServiceError) as err:
        service.export(CustomerQuery(), tmp_path / "no such folder" / "a.csv")
    assert err.value.code == "export_folder_missing"


def test_progress_reaches_the_total(service, tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    service.export(CustomerQuery(), tmp_path / "a.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
