"""The audit trail: who changed what (field by field), in the change's own transaction, chained
so that a row altered or deleted directly in the database file is found and named."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest
from argon2 import PasswordHasher

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.actor import bind_actor
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.audit import AuditQuery, AuditService
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService, ValidationFailed
from cs_desktop.services.customers.merge import MergeService
from cs_desktop.services.errors import ServiceError

ID = idcard.build("110105", dt.date(1990, 1, 1), 123)


@pytest.fixture
def staff(database):
    accounts = AccountService(database.factory, hasher=PasswordHasher(time_cost=1, memory_cost=64))
    admin = accounts.create_first_admin("admin", "管理员", "password1")
    counter = accounts.create_staff("wangfang", "王芳", Role.COUNTER, "password1")
    sup = accounts.create_staff("zhangli", "张丽", Role.SUPERVISOR, "password1")
    return {"admin": admin, "counter": accounts.sign_in("wangfang", "password1"),
            "supervisor": accounts.sign_in("zhangli", "password1"), "counter_id": counter.id,
            "supervisor_id": sup.id, "accounts": accounts}  # fmt: skip


def _as(database, actor) -> None:
    bind_actor(database.factory, actor)


def _customer_entries(database, customer_id):
    return AuditService(database.factory).page(AuditQuery(customer_id=customer_id)).rows[::-1]


def test_card_create_change_delete_restore_name_who_and_what(database, staff) -> None:
    cards = CustomerCardService(database.factory)
    _as(database, staff["counter"])
    card = cards.create(CustomerCard(name="单田芳", id_number=ID,
                                     phones=(PhoneEntry("13812348000"),)))  # fmt: skip
    cards.update(dataclasses.replace(card, name="单田芳𠮷", notes="常来",
                                     phones=(PhoneEntry("13912345678"),)))  # fmt: skip
    _as(database, staff["supervisor"])
    cards.delete(card.id)
    cards.restore(card.id)
    _as(database, staff["admin"])
    entries = _customer_entries(database, card.id)
    assert [(e.action, e.staff_name) for e in entries] == [
        ("create", "王芳"),
        ("change", "王芳"),
        ("delete", "张丽"),
        ("restore", "张丽"),
    ]
    create, change = entries[0].details, entries[1].details
    assert create["fields"]["name"] == [None, "单田芳"]
    assert create["fields"]["id_number"] == [None, "110105********" + ID[-4:]]  # kept masked
    assert change["fields"] == {"name": ["单田芳", "单田芳𠮷"], "notes": [None, "常来"]}
    phone_changes = sorted((r["op"], r["fields"].get("raw", r["fields"].get("deleted_at")))
                           for r in change["rows"])  # fmt: skip
    assert phone_changes[0] == ("insert", [None, "139****5678"])
    assert phone_changes[1][0] == "update"  # the old number set aside (soft-deleted)
    assert entries[2].details["fields"]["deleted_at"][0] is None


def test_a_refused_change_leaves_no_entry(database, staff) -> None:
    cards = CustomerCardService(database.factory)
    _as(database, staff["counter"])
    card = cards.create(CustomerCard(name="甲"))
    before = AuditService(database.factory)
    _as(database, staff["admin"])
    count = before.page(AuditQuery()).total
    _as(database, staff["counter"])
    with pytest.raises(ValidationFailed):
        cards.update(dataclasses.replace(card, name=" "))
    with pytest.raises(ServiceError) as exc:
        cards.delete(card.id)  # a counter may not delete
    assert exc.value.code == "forbidden"
    _as(database, staff["admin"])
    assert before.page(AuditQuery()).total == count
    assert not cards.get(card.id).deleted


def test_a_merge_is_one_entry_with_what_it_changed(database, staff) -> None:
    cards = CustomerCardService(database.factory)
    _as(database, staff["supervisor"])
    kept = cards.create(CustomerCard(name="李雷", phones=(PhoneEntry("13800000001"),)))
    gone = cards.create(
        CustomerCard(name="李雷", notes="旧卡", phones=(PhoneEntry("13800000002"),))
    )
    MergeService(database.factory).merge(kept.id, gone.id, take_from_merged=["notes"])
    _as(database, staff["admin"])
    merge = _customer_entries(database, kept.id)[-1]
    assert (merge.action, merge.staff_name) == ("merge", "张丽")
    assert merge.details["fields"] == {"notes": {"kept": None, "merged": "旧卡"}}
    assert merge.details["moved"] == {"customer_phones": 1}
    changed = {c["entity_id"]: c["action"] for c in merge.details["changes"]}
    assert changed == {str(kept.id): "change", str(gone.id): "delete"}
    assert [e.action for e in _customer_entries(database, gone.id)] == ["create", "merged_into"]


def test_browse_filters_and_pages(database, staff) -> None:
    cards = CustomerCardService(database.factory)
    _as(database, staff["counter"])
    made = [cards.create(CustomerCard(name=f"客户{i}")) for i in range(5)]
    _as(database, staff["supervisor"])
    cards.delete(made[0].id)
    audit = AuditService(database.factory)
    audit.record("print", "customer", made[1].id, customer_id=made[1].id,
                 details={"form": "客户资料卡", "masked": True})  # fmt: skip
    by_counter = audit.page(AuditQuery(staff_id=staff["counter"].staff_id, action="create"))
    assert by_counter.total == 5 and {e.customer_name for e in by_counter.rows} == {
        f"客户{i}" for i in range(5)
    }
    assert [e.action for e in audit.page(AuditQuery(customer_id=made[1].id)).rows] == [
        "print",
        "create",
    ]
    first, second = audit.page(AuditQuery(), 0, 3), audit.page(AuditQuery(), 3, 3)
    assert first.total == second.total and first.rows[0].action == "print"
    assert first.rows[-1].seq == second.rows[0].seq + 1
    now = dt.datetime.now(dt.UTC)
    assert audit.page(AuditQuery(since=now + dt.timedelta(minutes=1))).total == 0
    assert audit.page(AuditQuery(until=now + dt.timedelta(minutes=1))).total == first.total
    assert "sign_in" in audit.actions()


def _sqlite(db_path):
    return sqlite3.connect(db_path)


def test_the_chain_verifies_then_names_an_altered_entry(database, db_path, staff) -> None:
    cards = CustomerCardService(database.factory)
    for i in range(3):
        cards.create(CustomerCard(name=f"客户{i}"))
    audit = AuditService(database.factory)
    result = audit.verify()
    assert result.ok and result.checked == result.last_seq > 5
    con = _sqlite(db_path)
    seq = con.execute("SELECT seq FROM audit_events WHERE action = 'create' AND entity = "
                      "'customer' ORDER BY seq LIMIT 1").fetchone()[0]  # fmt: skip
    con.execute("UPDATE audit_events SET details = replace(details, '客户0', '客户X') "
                "WHERE seq = ?", (seq,))  # fmt: skip
    con.commit()
    con.close()
    result = audit.verify()
    assert (result.ok, result.broken_seq, result.reason) == (False, seq, "altered")
    assert f"entry {seq} was altered" in result.describe()


def test_a_deleted_or_reordered_entry_is_found(database, db_path, staff) -> None:
    for i in range(3):
        CustomerCardService(database.factory).create(CustomerCard(name=f"客户{i}"))
    audit = AuditService(database.factory)
    last = audit.verify().last_seq
    con = _sqlite(db_path)
    con.execute("UPDATE audit_events SET staff_id = NULL WHERE seq = ?", (last - 1,))
    con.execute("UPDATE audit_events SET entry_hash = '0' || substr(entry_hash, 2) "
                "WHERE seq = ?", (last - 1,))  # fmt: skip
    con.commit()
    result = audit.verify()
    assert (result.broken_seq, result.reason) == (last - 1, "altered")
    con.execute("DELETE FROM audit_events WHERE seq = 3")
    con.commit()
    con.close()
    result = audit.verify()
    assert (result.broken_seq, result.reason) == (3, "missing")
    assert "entry 3 is missing" in result.describe()


def test_an_entry_rewritten_with_a_fresh_hash_breaks_the_next_link(database, db_path,
                                                                  staff) -> None:  # fmt: skip
    from cs_desktop.services.audit.chain import canonical, entry_hash

    for i in range(2):
        CustomerCardService(database.factory).create(CustomerCard(name=f"客户{i}"))
    audit = AuditService(database.factory)
    row = audit.page(AuditQuery(action="create")).rows[-1]  # the older card: one follows
    forged = {**row.details, "fields": {"name": [None, "伪造"]}}
    con = _sqlite(db_path)
    prev = con.execute("SELECT prev_hash FROM audit_events WHERE seq = ?", (row.seq,)).fetchone()
    digest = entry_hash(prev[0], canonical(row.seq, row.at, row.staff_id, row.action, row.entity,
                                           row.entity_id, row.customer_id, forged))  # fmt: skip
    con.execute("UPDATE audit_events SET details = ?, entry_hash = ? WHERE seq = ?",
                (json.dumps(forged, ensure_ascii=False), digest, row.seq))  # fmt: skip
    con.commit()
    con.close()
    result = audit.verify()
    assert (result.ok, result.broken_seq, result.reason) == (False, row.seq + 1, "link_broken")


def test_revealing_a_number_is_allowed_by_role_and_recorded(database, staff) -> None:
    from cs_desktop.services.customers.reveal import Revealed, RevealService

    cards = CustomerCardService(database.factory)
    card = cards.create(CustomerCard(name="甲", id_number=ID, phones=(PhoneEntry("13812348000"),)))
    reveal = RevealService(database.factory)
    _as(database, staff["counter"])
    assert reveal.reveal(card.id, Revealed.PHONES) == ("13812348000",)
    with pytest.raises(ServiceError) as exc:
        reveal.reveal(card.id, Revealed.ID_NUMBER)
    assert exc.value.code == "forbidden"
    _as(database, staff["supervisor"])
    assert reveal.reveal(card.id, Revealed.ID_NUMBER) == (ID,)
    entries = AuditService(database.factory).page(AuditQuery(action="reveal")).rows
    assert [(e.staff_name, e.details["field"]) for e in entries] == [
        ("张丽", "id_number"),
        ("王芳", "phones"),
    ]


def test_date_ranges_and_a_clock_that_goes_back(database) -> None:
    from cs_desktop.services.audit import install_audit
    from cs_desktop.storage.session import make_session_factory

    day = [dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC)]
    factory = make_session_factory(database.engine, database.site.id)
    install_audit(factory, now=lambda: day[0])
    audit = AuditService(factory)
    for n, when in enumerate((1, 2, 2, 3, 5)):
        day[0] = dt.datetime(2026, 11, when, 8, tzinfo=dt.UTC)
        audit.record("print", "customer", details={"n": n})
    day[0] = dt.datetime(2026, 11, 4, 8, tzinfo=dt.UTC)  # the PC's clock was put back
    audit.record("print", "customer", details={"n": 5})

    def ns(since: int | None, until: int | None) -> list[int]:
        query = AuditQuery(
            since=dt.datetime(2026, 11, since, tzinfo=dt.UTC) if since else None,
            until=dt.datetime(2026, 11, until, tzinfo=dt.UTC) if until else None,
        )
        return sorted(e.details["n"] for e in audit.page(query).rows)

    assert ns(2, 3) == [1, 2]
    assert ns(None, 2) == [0]
    assert ns(3, None) == [3, 4, 5]
    assert ns(6, None) == [] and ns(None, 1) == []
    times = [e.at for e in audit.page(AuditQuery()).rows[::-1]]
    assert times == sorted(times) and times[-1] == dt.datetime(2026, 11, 5, 8, tzinfo=dt.UTC)
    assert audit.verify().ok


def test_two_entries_swapped_in_the_file_are_found(database, db_path, staff) -> None:
    for i in range(3):
        CustomerCardService(database.factory).create(CustomerCard(name=f"客户{i}"))
    con = _sqlite(db_path)
    for old, new in ((4, -1), (5, 4), (-1, 5)):
        con.execute("UPDATE audit_events SET seq = ? WHERE seq = ?", (new, old))
    con.commit()
    con.close()
    result = AuditService(database.factory).verify()
    assert (result.ok, result.broken_seq, result.reason) == (False, 4, "link_broken")


def test_complaints_visits_and_follow_ups_are_audited_under_the_customer(database,
                                                                         staff) -> None:  # fmt: skip
    from cs_desktop.domain.enums import ComplaintStage
    from cs_desktop.services.complaints.records import ComplaintRecords
    from cs_desktop.services.complaints.settings import ComplaintSettings
    from cs_desktop.services.complaints.workflow import ComplaintWorkflow, Intake

    _as(database, staff["counter"])
    card = CustomerCardService(database.factory).create(CustomerCard(name="𠮷祥"))
    workflow = ComplaintWorkflow(database.factory, ComplaintSettings(database.factory))
    info = workflow.intake(Intake(card.id, "phone", "收费", "normal", "多收了挂号费"))
    ComplaintRecords(database.factory).record_stage(
        info.id, ComplaintStage.RESOLUTION, {"plan": "退还", "compensation_cents": 1500})  # fmt: skip
    _as(database, staff["supervisor"])
    entries = _customer_entries(database, card.id)
    assert [(e.action, e.entity, e.staff_name) for e in entries] == [
        ("create", "customer", "王芳"), ("create", "complaint", "王芳"),
        ("change", "complaint", "王芳")]  # fmt: skip
    assert entries[1].details["fields"]["customer_words"] == [None, "多收了挂号费"]
    assert entries[2].details["fields"]["compensation_cents"] == [0, 1500]
    stage = AuditService(database.factory).page(AuditQuery(action="create")).rows[0]
    assert (stage.entity, stage.details["fields"]["data"][1]["plan"]) == ("complaint_stage", "退还")
