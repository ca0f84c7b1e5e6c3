"""Two and three real sites exchanging package files: what arrives, exactly, and only once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile

from sqlalchemy import select, update

from cs_desktop.domain import idcard
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.duplicates import DuplicateService, Signal
from cs_desktop.storage.models import Customer, SyncConflict, Transaction, Visit
from cs_desktop.storage.session import writing
from cs_desktop.sync import conflicts
from cs_desktop.sync.exporting import export_package
from cs_desktop.sync.importing import import_package

ID = idcard.build("330106", dt.date(1985, 3, 9), 123)


def _send(src, dst, folder, name, **kw):
    path = folder / f"{name}.zip"
    export_package(src.factory, dst.site.code, path, **kw)
    return import_package(dst.factory, path)


def _customers(db) -> list[tuple]:
    with db.factory() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(
                    Customer.id,
                    Customer.name,
                    Customer.notes,
                    Customer.credit_limit_cents,
                    Customer.birth_date,
                    Customer.deleted_at,
                    Customer.created_at,
                ).order_by(Customer.id)
            )
        ]


def test_a_card_travels_exactly_with_its_visits_and_money(sites, tmp_path) -> None:
    a, b = sites("甲站", "乙站")
    cards = CustomerCardService(a.factory)
    card = cards.create(CustomerCard(name="𠮷田 花子", notes="生僻字 𠮷 与 😀",
                                     birth_date=dt.date(1985, 3, 9), credit_limit_cents=123456789,
                                     phones=(PhoneEntry("13912345678"),)))  # fmt: skip
    when = dt.datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=dt.UTC)
    with writing(a.factory) as s:
        visit = Visit(customer_id=card.id, occurred_at=when, purpose="复诊 𠮷", value_cents=19999)
        s.add(visit)
        s.flush()
        s.add(Transaction(customer_id=card.id, visit_id=visit.id, kind="sale", occurred_at=when,
                          amount_cents=19999, description="挂号"))  # fmt: skip
    result = _send(a, b, tmp_path, "first")
    assert result.status == "imported" and result.counts["customers"] == 1
    assert _customers(b) == _customers(a)
    with b.factory() as s:
        got = s.execute(select(Visit.occurred_at, Visit.purpose, Visit.value_cents)).one()
        money = s.scalar(select(Transaction.amount_cents))
    assert tuple(got) == (when, "复诊 𠮷", 19999) and money == 19999
    # the card is findable at the other site as if typed there (search keys, list figures)
    from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery

    rows = CustomerListService(b.factory).page(CustomerQuery(text="13912345678"), 0, 10).rows
    assert [r.name for r in rows] == ["𠮷田 花子"]


def test_the_same_file_twice_is_reported_and_changes_nothing(sites, tmp_path, snapshot) -> None:
    a, b = sites("甲站", "乙站")
    CustomerCardService(a.factory).create(CustomerCard(name="王五"))
    path = tmp_path / "p.zip"
    export_package(a.factory, b.site.code, path)
    assert import_package(b.factory, path).status == "imported"
    before = snapshot(b)
    again = import_package(b.factory, path)
    assert again.status == "already_imported"
    assert snapshot(b) == before


def test_only_changes_since_the_last_export_to_that_site_travel(sites, tmp_path) -> None:
    a, b, c = sites("甲站", "乙站", "丙站")
    cards = CustomerCardService(a.factory)
    first = cards.create(CustomerCard(name="赵六"))
    assert _send(a, b, tmp_path, "1").counts == {"customers": 1}
    second = cards.create(CustomerCard(name="钱七"))
    assert _send(a, b, tmp_path, "2").counts == {"customers": 1}  # only the new card
    # a first export to another site holds everything; --all resends everything
    assert _send(a, c, tmp_path, "3").counts == {"customers": 2}
    path = tmp_path / "4.zip"
    result = export_package(a.factory, b.site.code, path, everything=True)
    assert result.counts == {"customers": 2} and result.mode == "all"
    assert {r[0] for r in _customers(b)} == {first.id, second.id}


def test_deletions_travel_and_an_older_copy_never_brings_the_card_back(sites, tmp_path) -> None:
    a, b, c = sites("甲站", "乙站", "丙站")
    cards = CustomerCardService(a.factory)
    card = cards.create(CustomerCard(name="孙八"))
    _send(a, b, tmp_path, "a-b")
    old_copy = tmp_path / "a-c.zip"
    export_package(a.factory, c.site.code, old_copy)  # the live card, still in transit to C
    cards.delete(card.id)
    _send(a, b, tmp_path, "a-b-2")
    assert _customers(b)[0][5] is not None  # deleted at B too
    _send(b, c, tmp_path, "b-c")  # B relays the deletion to C ...
    import_package(c.factory, old_copy)  # ... and A's older live copy arrives at C later
    assert _customers(c)[0][5] is not None
    _send(c, b, tmp_path, "c-b")
    assert _customers(a) == _customers(b) == _customers(c)


def test_edits_of_different_fields_both_survive_and_same_field_goes_to_the_list(
        sites, tmp_path) -> None:  # fmt: skip
    a, b = sites("甲站", "乙站")
    clock = {"ms": 1_800_000_000_000}
    for db in (a, b):
        db.factory.kw["info"]["sync_clock"] = lambda: clock["ms"]
    ca, cb = CustomerCardService(a.factory), CustomerCardService(b.factory)
    card = ca.create(CustomerCard(name="周九", notes="初诊"))
    _send(a, b, tmp_path, "1")
    clock["ms"] += 1000
    ca.update(dataclasses.replace(ca.get(card.id), notes="A 改的备注", email="a@example.cn"))
    clock["ms"] += 1000
    cb.update(dataclasses.replace(cb.get(card.id), notes="B 改的备注", wechat="zhou9"))
    _send(a, b, tmp_path, "2")
    _send(b, a, tmp_path, "3")
    got_a, got_b = ca.get(card.id), cb.get(card.id)
    assert (got_a.notes, got_a.email, got_a.wechat) == ("B 改的备注", "a@example.cn", "zhou9")
    assert (got_b.notes, got_b.email, got_b.wechat) == (got_a.notes, got_a.email, got_a.wechat)
    listed = conflicts.list_conflicts(a.factory) + conflicts.list_conflicts(b.factory)
    assert {(c.field, c.kept, c.lost) for c in listed} == {("notes", "B 改的备注", "A 改的备注")}
    # B detected it (B had not seen A's note when it wrote its own). A supervisor at B flips
    # it: A's note comes back and travels to A as the newest change.
    flipped = conflicts.flip(b.factory, conflicts.list_conflicts(b.factory)[0].id)
    assert (flipped.kept, flipped.lost) == ("A 改的备注", "B 改的备注")
    assert cb.get(card.id).notes == "A 改的备注"
    _send(b, a, tmp_path, "4")
    assert ca.get(card.id).notes == "A 改的备注"
    assert conflicts.list_conflicts(b.factory) == conflicts.list_conflicts(a.factory) == []


def test_the_same_person_registered_at_two_sites_becomes_a_proposed_merge(sites, tmp_path) -> None:
    a, b = sites("甲站", "乙站")
    at_a = CustomerCardService(a.factory).create(CustomerCard(name="吴十", id_number=ID))
    at_b = CustomerCardService(b.factory).create(CustomerCard(name="吴十", id_number=ID))
    result = _send(a, b, tmp_path, "1")
    assert result.proposed_merges == ((min(at_a.id, at_b.id), max(at_a.id, at_b.id)),)
    with b.factory() as s:  # both cards stay: nothing merged silently
        assert s.scalar(select(Customer.merged_into_id).where(Customer.id == at_a.id)) is None
    pairs = DuplicateService(b.factory).ranked_pairs()
    assert any({p.first_id, p.second_id} == {at_a.id, at_b.id} and Signal.SAME_ID in p.signals
               for p in pairs)  # fmt: skip


def test_rows_written_in_bulk_are_stamped_at_export(sites, tmp_path) -> None:
    from cs_desktop.services.demo import load

    a, b = sites("甲站", "乙站")
    load.run(a.engine, customers=30, seed=3, today=dt.date(2026, 11, 23), progress=None,
             is_cancelled=None)  # fmt: skip
    result = _send(a, b, tmp_path, "1")
    assert result.counts["customers"] == 30 and result.counts.get("visits", 0) > 0
    assert _customers(a) == _customers(b)
    # a set-based update outside the ORM (as a spreadsheet import does) travels too
    with writing(a.factory) as s:
        s.execute(update(Customer).values(notes="批量", updated_at=dt.datetime.now(dt.UTC)))
    assert _send(a, b, tmp_path, "2").counts == {"customers": 30}
    assert {r[2] for r in _customers(b)} == {"批量"}
    with b.factory() as s:
        assert s.scalar(select(SyncConflict.id)) is None


def test_a_package_holds_json_lines_and_a_manifest_with_checksums(sites, tmp_path) -> None:
    a, b = sites("甲站", "乙站")
    CustomerCardService(a.factory).create(CustomerCard(name="𠮷", credit_limit_cents=5))
    path = tmp_path / "p.zip"
    export_package(a.factory, b.site.code, path)
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        line = json.loads(z.read("tables/customers.jsonl").decode("utf-8").splitlines()[0])
        assert set(z.namelist()) == {"manifest.json", "manifest.sig", "tables/customers.jsonl"}
    assert manifest["source"]["name"] == "甲站" and manifest["destination"]["name"] == "乙站"
    assert manifest["counts"] == {"customers": 1} and manifest["schema"]
    assert len(manifest["members"]["tables/customers.jsonl"]["sha256"]) == 64
    assert line["v"]["name"] == "𠮷" and line["v"]["credit_limit_cents"] == 5
