"""Customer import through the service: real files in every encoding Excel and clerks produce,
a real migrated database, and the database left exactly as the dry run said."""

from __future__ import annotations

import codecs
import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import CustomerKind, Gender
from cs_desktop.services.customers.card_dto import AddressEntry, CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.importing import (
    CustomerImportService,
    ImportCancelled,
    ImportOptions,
    MatchKey,
    OnMatch,
)
from cs_desktop.services.customers.importing.rows import split_address
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
from cs_desktop.services.demo.import_file import write_demo_csv
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import (
    Customer,
    CustomerAddress,
    CustomerPhone,
    CustomerSearch,
    CustomerStats,
    CustomerTag,
    Tag,
)

TODAY = dt.date(2026, 11, 23)
ID_MAN = idcard.build("330106", dt.date(1985, 3, 9), 123)
ID_WOMAN = idcard.build("110105", dt.date(1990, 1, 2), 246)
ID_OTHER_MAN = idcard.build("330106", dt.date(1985, 3, 9), 125)
JI = "\U00020bb7"  # 𠮷, outside the BMP
HEADER = "姓名,性别,出生日期,身份证号,手机,地址,标签,备注\n"


@pytest.fixture
def importer(database) -> CustomerImportService:
    return CustomerImportService(database.factory, today=lambda: TODAY)


@pytest.fixture
def cards(database) -> CustomerCardService:
    return CustomerCardService(database.factory, today=lambda: TODAY)


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "客户.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _count(database, model) -> int:  # type: ignore[no-untyped-def]
    with database.factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _snapshot(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {m.__tablename__: _count(database, m) for m in
            (Customer, CustomerPhone, CustomerAddress, CustomerTag, Tag, CustomerStats,
             CustomerSearch)}  # fmt: skip


def _search(database, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in CustomerListService(database.factory)
            .page(CustomerQuery(text=text), 0, 50).rows]  # fmt: skip


GOOD = (
    HEADER
    + f"张三,男,1985-03-09,{ID_MAN},138 0013 8000,浙江省杭州市西湖区文三路90号,VIP、慢病随访,老客户\n"
    + f"李{JI},女,1990/1/2,{ID_WOMAN},＋８６ １３９－１２３４－５６７８,北京市朝阳区建国路88号,,\n"
)


# --- reading ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "bom", "reported"),
    [("utf-8", b"", "utf-8"), ("utf-8", codecs.BOM_UTF8, "utf-8-bom"),
     ("gb18030", b"", "gb18030"), ("utf-16", b"", "utf-16")],
)  # fmt: skip
def test_every_csv_encoding_reads_the_same_cards(tmp_path, importer, database, encoding, bom,
                                                 reported) -> None:  # fmt: skip
    path = tmp_path / "客户.csv"
    path.write_bytes(bom + GOOD.encode(encoding))
    report = importer.dry_run(path)
    assert (report.encoding, report.lines, report.created, report.rejected) == (reported, 2, 2, ())
    committed = importer.commit(path)
    assert committed.written and committed.created == 2
    assert sorted(_search(database, "李")) == [f"李{JI}"]  # 𠮷 survived the round trip
    assert _search(database, "zs") == ["张三"]
    assert _search(database, "5678") == [f"李{JI}"]  # full-width digits were normalised


def test_gbk_as_excel_saves_it(tmp_path, importer) -> None:
    text = HEADER + f"张三,男,1985-03-09,{ID_MAN},13800138000,上海市浦东新区世纪大道1号,,\n"
    path = _write(tmp_path, text, "gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really not UTF-8
    report = importer.dry_run(path)
    assert report.encoding == "gb18030" and report.created == 1


def test_xlsx_with_typed_cells_and_no_formula_evaluated(tmp_path, importer, cards,
                                                        database) -> None:  # fmt: skip
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["客户名单（2026年）"])  # a title row above the header
    sheet.append(["Name", "Sex", "Date of birth", "ID number", "Mobile", "Address", "Notes"])
    sheet.append(
        ["张三", "M", dt.datetime(1985, 3, 9), ID_MAN, 13800138000, "杭州市西湖区文三路", "=1+1"]
    )
    sheet.append(["王五", "F", dt.date(1990, 1, 2), 110105199001022460.0, 13900139000, None, None])
    sheet.append([None] * 7)
    sheet.append([f"{JI}祥", "女", "1990年1月2日", ID_WOMAN, "13700137000", None, "普通"])
    path = tmp_path / "客户.xlsx"
    book.save(path)

    report = importer.dry_run(path)
    assert (report.file_type, report.sheet_name, report.header_line) == ("xlsx", "客户", 2)
    assert report.mapping["Mobile"] == "phone" and report.mapping["Date of birth"] == "birth_date"
    # Excel keeps 15 digits of an ID typed into a number cell: said so, in one clear reason.
    assert [(r.line, r.field, r.code) for r in report.rejected] == [
        (4, "id_number", "id_stored_as_number")]  # fmt: skip
    assert report.created == 2
    importer.commit(path, ImportOptions(skip_rejected=True))
    (found,) = CustomerListService(database.factory).page(CustomerQuery(text="张三"), 0, 5).rows
    card = cards.get(found.id)
    assert card.phones[0].digits == "13800138000" and card.birth_date == dt.date(1985, 3, 9)
    assert card.notes == ""  # the formula was not evaluated (no cached value, nothing stored)
    assert card.addresses[0].city == "杭州市" and card.addresses[0].district == "西湖区"
    assert _search(database, f"{JI}祥") == [f"{JI}祥"]


def test_an_xlsx_renamed_csv_still_reads(tmp_path, importer) -> None:
    book = openpyxl.Workbook()
    book.active.append(["姓名", "手机"])
    book.active.append(["张三", "13800138000"])
    path = tmp_path / "客户.csv"
    book.save(path)
    assert importer.dry_run(path).file_type == "xlsx"


# --- bad files -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "file_empty"),
        (b"\r\n\r\n , ,\r\n", "file_empty"),
        (HEADER.encode(), "no_data_lines"),
        ("性别,手机\n男,13800138000\n".encode(), "no_name_column"),
        (os.urandom(1) * 0 + bytes(range(256)) * 40, "not_a_spreadsheet"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "xls_not_supported"),
        (b"PK\x03\x04" + b"\x00" * 300, "xlsx_damaged"),
        ("姓名\n张三\n".encode() + b"\xff\xfe\xfa\x80\x80", "encoding_unknown"),
    ],
)
def test_bad_files_give_a_code_and_write_nothing(tmp_path, importer, database, content,
                                                 code) -> None:  # fmt: skip
    path = tmp_path / "坏.csv"
    path.write_bytes(content)
    before = _snapshot(database)
    with pytest.raises(ServiceError) as info:
        importer.dry_run(path)
    assert info.value.code == code
    with pytest.raises(ServiceError):
        importer.commit(path)
    assert _snapshot(database) == before


def test_garbage_that_decodes_is_still_refused(tmp_path, importer) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(bytes(b for b in os.urandom(20000) if b not in (0, 10, 13)))
    with pytest.raises(ServiceError) as info:
        importer.dry_run(path)
    assert info.value.code in ("not_a_spreadsheet", "encoding_unknown")


def test_a_missing_file(tmp_path, importer) -> None:
    with pytest.raises(ServiceError) as info:
        importer.dry_run(tmp_path / "没有.csv")
    assert info.value.code == "file_not_found"


def test_a_huge_line_is_rejected_alone(tmp_path, importer) -> None:
    huge = "很" * 300_000
    path = _write(tmp_path, HEADER + f"张三,男,,,13800138000,,,{huge}\n" + f"{huge},男,,,,,,\n"
                  + "李四,女,,,13900139000,,,\n")  # fmt: skip
    report = importer.dry_run(path)
    assert [(r.line, r.field, r.code, r.column) for r in report.rejected] == [
        (2, "notes", "too_long", "备注"), (3, "name", "too_long", "姓名")]  # fmt: skip
    assert report.created == 1


# --- lines -----------------------------------------------------------------------------------
def test_dry_run_names_every_rejected_line_as_the_user_sees_it(tmp_path, importer,
                                                               database) -> None:  # fmt: skip
    bad_id = ID_MAN[:-1] + ("0" if ID_MAN[-1] != "0" else "1")
    text = (
        HEADER
        + f"张三,男,1985-03-09,{bad_id},13800138000,,,\n"  # line 2: check digit
        + "\n"  # line 3: blank, still counted as a line
        + ",女,,,13900139000,,,\n"  # line 4: no name
        + "李四,女,,,1390013900,,,\n"  # line 5: a digit missing
        + f"王五,女,1985-03-09,{ID_OTHER_MAN},13700137000,,,\n"  # line 6: the ID says a man
        + "赵六,男,1985-02-30,,13600136000,,,\n"  # line 7: no such date
        + "钱七,男性,,,13500135000,,,\n"  # line 8: fine
        + f"孙八,男,1985-03-09,{ID_MAN},13400134000,,,\n"  # line 9: fine
        + f"周九,男,,{ID_MAN.lower()},13300133000,,,\n"  # line 10: same ID as line 9
    )
    report = importer.dry_run(_write(tmp_path, text))
    assert [(r.line, r.field, r.code, r.column) for r in report.rejected] == [
        (2, "id_number", "id_check_digit", "身份证号"),
        (4, "name", "required", "姓名"),
        (5, "phones.0", "phone_mobile_length", "手机"),
        (6, "gender", "id_gender_mismatch", "性别"),
        (7, "birth_date", "not_a_date", "出生日期"),
        (10, "id_number", "duplicate_in_file", "身份证号"),
    ]
    assert report.rejected[-1].params == {"line": 9}
    assert (report.lines, report.created, report.rejected_lines) == (8, 2, 6)
    before = _snapshot(database)
    refused = importer.commit(_write(tmp_path, text))
    assert not refused.written and _snapshot(database) == before  # all or nothing
    done = importer.commit(_write(tmp_path, text), ImportOptions(skip_rejected=True))
    assert done.written and done.created == 2
    assert _count(database, Customer) == 2


def test_headers_in_english_and_with_notes_in_brackets(tmp_path, importer) -> None:
    text = ("Full name,Gender,Birth date,ID,Phone,Tel,E-mail,Tags,Remarks,客户代号\n"
            f"张三,male,19850309,{ID_MAN},13800138000,010-6543 2109,zs@example.com,VIP,,A1\n")  # fmt: skip
    preview = importer.inspect(_write(tmp_path, text))
    assert preview.mapping == {
        "Full name": "name", "Gender": "gender", "Birth date": "birth_date", "ID": "id_number",
        "Phone": "phone", "Tel": "phone", "E-mail": "email", "Tags": "tags", "Remarks": "notes",
        "客户代号": "",
    }  # fmt: skip
    assert preview.columns[0].samples == ("张三",)
    text2 = "姓名（必填）,手机号码*,单位名称,统一社会信用代码\n张三,13800138000,,\n"
    assert importer.inspect(_write(tmp_path, text2)).mapping == {
        "姓名（必填）": "name", "手机号码*": "phone", "单位名称": "org_name",
        "统一社会信用代码": "org_code"}  # fmt: skip


def test_the_users_mapping_wins_and_is_returned(tmp_path, importer, cards, database) -> None:
    text = "客户代号,联系人,联系人手机,备注\nA1,张三,13800138000,常客\n"
    path = _write(tmp_path, text)
    with pytest.raises(ServiceError) as info:
        importer.dry_run(path)
    assert info.value.code == "no_name_column"
    mapping = {"联系人": "name", "联系人手机": "phone", "备注": "ignore"}
    report = importer.dry_run(path, ImportOptions(mapping=mapping))
    assert report.mapping == {"客户代号": "", "联系人": "name", "联系人手机": "phone", "备注": ""}
    importer.commit(path, ImportOptions(mapping=mapping))
    (row,) = (
        CustomerListService(database.factory).page(CustomerQuery(text="13800138000"), 0, 5).rows
    )
    assert cards.get(row.id).notes == ""
    for bad, code in (({"没有": "name"}, "column_not_found"), ({"联系人": "shoe_size"}, "unknown_field"),
                      ({"客户代号": "name", "联系人": "name"}, "field_mapped_twice")):  # fmt: skip
        with pytest.raises(ServiceError) as info:
            importer.dry_run(path, ImportOptions(mapping=bad))
        assert info.value.code == code


def test_organisations_from_their_own_columns(tmp_path, importer, cards, database) -> None:
    code = "91330106MA2CFXXX1X"
    from cs_desktop.domain import orgcode

    code = code[:17] + orgcode.check_char(code[:17])
    text = f'单位名称,统一社会信用代码,行业,员工人数,联系电话,信用额度\n杭州恒信科技有限公司,{code},信息技术,120,0571-8888 6666,"50,000.50"\n'
    importer.commit(_write(tmp_path, text))
    (row,) = CustomerListService(database.factory).page(CustomerQuery(text="恒信"), 0, 5).rows
    card = cards.get(row.id)
    assert card.kind is CustomerKind.ORGANIZATION and card.org_code == code
    assert (card.employee_count, card.credit_limit_cents) == (120, 5_000_050)
    assert card.phones[0].digits == "057188886666"


def test_split_address() -> None:
    assert split_address("浙江省杭州市西湖区文三路90号") == (
        "浙江省",
        "杭州市",
        "西湖区",
        "文三路90号",
    )
    assert split_address("北京市朝阳区建国路88号") == ("北京市", "北京市", "朝阳区", "建国路88号")
    assert split_address("上海浦东新区世纪大道1号") == (
        "上海市",
        "上海市",
        "浦东新区",
        "世纪大道1号",
    )
    assert split_address("文三路90号") == ("", "", "", "文三路90号")


# --- matching --------------------------------------------------------------------------------
def _existing(cards: CustomerCardService) -> CustomerCard:
    return cards.create(CustomerCard(
        name="张三", id_number=ID_MAN, gender=Gender.MALE, phones=(PhoneEntry("13800138000"),),
        addresses=(AddressEntry("浙江省", "杭州市", "西湖区", "文三路90号"),), tags=("老客户",),
        notes="原来的备注"))  # fmt: skip


MATCHING = (HEADER + f"张三,男,1985-03-09,{ID_MAN},13900139000,北京市朝阳区建国路88号,VIP,新备注\n"
            + "李四,女,,,13700137000,,,\n")  # fmt: skip


def test_skip_leaves_the_matched_card_alone(tmp_path, importer, cards, database) -> None:
    before = _existing(cards)
    path = _write(tmp_path, MATCHING)
    report = importer.dry_run(path, ImportOptions(match=MatchKey.ID, on_match=OnMatch.SKIP))
    assert (report.created, report.updated, report.skipped) == (1, 0, 1)
    committed = importer.commit(path, ImportOptions(match=MatchKey.ID, on_match=OnMatch.SKIP))
    assert committed.same_outcome(report)
    assert cards.get(before.id) == before
    assert _count(database, Customer) == 2


def test_update_fills_in_and_adds_without_removing(tmp_path, importer, cards, database) -> None:
    before = _existing(cards)
    path = _write(tmp_path, MATCHING)
    options = ImportOptions(match=MatchKey.ID, on_match=OnMatch.UPDATE)
    report = importer.dry_run(path, options)
    assert (report.created, report.updated, report.skipped) == (1, 1, 0)
    importer.commit(path, options, expected=report)
    after = cards.get(before.id)
    assert after.birth_date == dt.date(1985, 3, 9) and after.notes == "新备注"
    assert [p.digits for p in after.phones] == ["13800138000", "13900139000"]
    assert after.phones[0].is_primary and not after.phones[1].is_primary
    assert {a.street for a in after.addresses} == {"文三路90号", "建国路88号"}
    assert set(after.tags) == {"老客户", "VIP"}
    assert after.row_version == before.row_version + 1
    assert _search(database, "13900139000") == ["张三"]  # the search knows the new phone
    assert _search(database, "建国路") == ["张三"]
    assert _count(database, Customer) == 2
    # The same file again: 张三's card already says everything, so it is not rewritten
    # (李四 has no ID number to be matched by: a second card).
    again = importer.commit(path, options)
    assert (again.created, again.updated, again.skipped) == (1, 0, 1)
    assert cards.get(before.id).row_version == after.row_version


def test_create_makes_a_second_card_and_phone_matching(tmp_path, importer, cards,
                                                       database) -> None:  # fmt: skip
    _existing(cards)
    path = _write(tmp_path, MATCHING)
    report = importer.dry_run(path, ImportOptions(match=MatchKey.ID, on_match=OnMatch.CREATE))
    assert (report.created, report.updated, report.skipped) == (2, 0, 0)
    by_phone = HEADER + "张三,男,,,13800138000,,,\n" + "张三,男,,,138-0013-8000,,,\n"
    report = importer.dry_run(_write(tmp_path, by_phone),
                              ImportOptions(match=MatchKey.PHONE, on_match=OnMatch.SKIP))  # fmt: skip
    assert report.skipped == 1
    assert [(r.line, r.field, r.code, r.params) for r in report.rejected] == [
        (3, "phones", "duplicate_in_file", {"line": 2})]  # fmt: skip
    none = importer.dry_run(_write(tmp_path, MATCHING), ImportOptions(match=MatchKey.NONE))
    assert (none.created, none.skipped) == (2, 0)


def test_a_line_matching_several_cards_is_rejected(tmp_path, importer, cards) -> None:
    cards.create(CustomerCard(name="张三", phones=(PhoneEntry("13800138000"),)))
    cards.create(CustomerCard(name="张叁", phones=(PhoneEntry("13800138000"),)))
    path = _write(tmp_path, HEADER + "张三,男,,,13800138000,,,\n")
    report = importer.dry_run(path, ImportOptions(match=MatchKey.PHONE, on_match=OnMatch.UPDATE))
    assert [(r.field, r.code, r.params) for r in report.rejected] == [
        ("phones", "matches_several", {"count": 2})]  # fmt: skip


def test_commit_refuses_when_the_cards_changed_since_the_dry_run(tmp_path, importer, cards,
                                                                 database) -> None:  # fmt: skip
    path = _write(tmp_path, MATCHING)
    options = ImportOptions(match=MatchKey.ID, on_match=OnMatch.SKIP)
    report = importer.dry_run(path, options)
    assert report.created == 2
    _existing(cards)  # someone registers 张三 meanwhile
    before = _snapshot(database)
    with pytest.raises(ServiceError) as info:
        importer.commit(path, options, expected=report)
    assert info.value.code == "changed_since_dry_run"
    assert _snapshot(database) == before


def test_a_file_changed_after_the_dry_run_is_read_again(tmp_path, importer, database) -> None:
    path = _write(tmp_path, GOOD)
    report = importer.dry_run(path)
    assert report.created == 2
    _write(tmp_path, HEADER + "王五,男,,,13700137000,,,\n")  # put right in Excel meanwhile
    with pytest.raises(ServiceError) as info:
        importer.commit(path, expected=report)
    assert info.value.code == "changed_since_dry_run"
    assert importer.commit(path).created == 1
    assert _search(database, "王五") == ["王五"]


# --- size and cancel -------------------------------------------------------------------------
def test_cancel_in_the_middle_of_writing_rolls_everything_back(tmp_path, importer,
                                                               database) -> None:  # fmt: skip
    demo = write_demo_csv(tmp_path / "demo.csv", 6000, bad_every=0, today=TODAY)
    before = _snapshot(database)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    def cancelled() -> bool:  # once a first batch of cards has been written
        return any(d > t // 2 for d, t in calls)

    with pytest.raises(ImportCancelled):
        importer.commit(demo.path, progress=progress, is_cancelled=cancelled)
    assert any(d > t // 2 for d, t in calls)
    assert _snapshot(database) == before
    done = importer.commit(demo.path, progress=progress)
    assert done.written and done.created == 6000 and calls[-1][0] == calls[-1][1]
    with pytest.raises(ImportCancelled):  # a long check can be stopped too
        importer.dry_run(demo.path, is_cancelled=lambda: True)


@pytest.mark.slow
def test_100000_lines_leave_the_database_as_the_dry_run_said(tmp_path, importer,
                                                             database) -> None:  # fmt: skip
    demo = write_demo_csv(tmp_path / "十万.csv", 100_000, seed=5, today=TODAY)
    report = importer.dry_run(demo.path)
    assert {
        r.line: r.code
        for r in report.rejected
        if r.code in ("id_check_digit", "phone_mobile_length", "required", "duplicate_in_file")
    } == demo.bad
    assert report.rejected_lines == len(demo.bad)
    assert report.created == 100_000 - len(demo.bad)
    committed = importer.commit(demo.path, ImportOptions(skip_rejected=True), expected=report)
    assert committed.written and committed.same_outcome(report)
    counts = _snapshot(database)
    assert (
        counts["customers"]
        == counts["customer_stats"]
        == counts["customer_search"]
        == report.created
    )
    assert counts["customer_phones"] == report.created
    assert counts["customer_addresses"] == report.created
    again = importer.dry_run(demo.path)  # everything is there now: all skipped by ID
    assert again.created == 0 and again.skipped == report.created


def test_custom_fields_by_their_label_and_update_of_their_values(tmp_path, importer, cards,
                                                                 database) -> None:  # fmt: skip
    from sqlalchemy import insert

    from cs_desktop.domain.ids import new_id
    from cs_desktop.storage.models import CustomFieldDef

    with database.factory.begin() as s:
        s.execute(insert(CustomFieldDef), [
            {"id": new_id(), "origin_site_id": database.site.id, "key": "blood", "label": "血型",
             "field_type": "choice", "choices": ["A", "B", "O", "AB"], "applies_to": "person"},
            {"id": new_id(), "origin_site_id": database.site.id, "key": "visit_date",
             "label": "初诊日期", "field_type": "date", "choices": [], "applies_to": "both"},
            {"id": new_id(), "origin_site_id": database.site.id, "key": "weight",
             "label": "体重", "field_type": "number", "choices": [], "applies_to": "person"},
        ])  # fmt: skip
    text = ("姓名,身份证号,血型,初诊日期,体重\n"
            f"张三,{ID_MAN},A,2026/1/5,70.5\n"
            "李四,,C,,\n"
            "王五,,,昨天,七十\n")  # fmt: skip
    path = _write(tmp_path, text)
    preview = importer.inspect(path)
    assert preview.mapping == {"姓名": "name", "身份证号": "id_number", "血型": "custom.blood",
                               "初诊日期": "custom.visit_date", "体重": "custom.weight"}  # fmt: skip
    report = importer.dry_run(path)
    assert sorted((r.line, r.field, r.code, r.column) for r in report.rejected) == [
        (3, "custom.blood", "not_a_choice", "血型"),
        (4, "custom.visit_date", "not_a_date", "初诊日期"),
        (4, "custom.weight", "not_a_number", "体重"),
    ]
    importer.commit(path, ImportOptions(skip_rejected=True))
    (row,) = CustomerListService(database.factory).page(CustomerQuery(text="张三"), 0, 5).rows
    import decimal

    assert cards.get(row.id).custom == {"blood": "A", "visit_date": dt.date(2026, 1, 5),
                                        "weight": decimal.Decimal("70.5")}  # fmt: skip
    update = _write(tmp_path, f"姓名,身份证号,血型\n张三,{ID_MAN},O\n", name="更新.csv")
    done = importer.commit(update, ImportOptions(on_match=OnMatch.UPDATE))
    assert done.updated == 1
    assert cards.get(row.id).custom == {"blood": "O", "visit_date": dt.date(2026, 1, 5),
                                        "weight": decimal.Decimal("70.5")}  # fmt: skip


def test_only_live_cards_are_matched(tmp_path, importer, cards, database) -> None:
    gone = _existing(cards)
    cards.delete(gone.id)
    report = importer.dry_run(_write(tmp_path, MATCHING),
                              ImportOptions(match=MatchKey.ID, on_match=OnMatch.UPDATE))  # fmt: skip
    assert (report.created, report.updated, report.skipped) == (2, 0, 0)
    by_phone = importer.dry_run(_write(tmp_path, HEADER + "张三,男,,,13800138000,,,\n"),
                                ImportOptions(match=MatchKey.PHONE))  # fmt: skip
    assert by_phone.created == 1
