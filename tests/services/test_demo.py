"""Demo data: realistic Chinese customers, correct stored forms, deterministic, cancellable.

One demo database of 1,500 customers is generated per module and read by most tests; the tests
that write (refusal, cancel, determinism, workers) build their own small ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import random
import re
import shutil
import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from cs_desktop.domain import idcard, orgcode, phones
from cs_desktop.domain.enums import Gender, IdDocumentType, PhoneKind
from cs_desktop.domain.ids import uuid7_from, uuid7_ms
from cs_desktop.domain.pinyin import name_keys
from cs_desktop.domain.regions import BY_CODE, DISTRICTS
from cs_desktop.domain.tiers import rule_from
from cs_desktop.services.demo import DemoCancelled, DemoSummary, generate_demo, load, names
from cs_desktop.services.demo.codes import (
    Clock,
    IdNumbers,
    is_social_credit_code,
    social_credit_code,
    uuid7_bits,
)
from cs_desktop.storage import bulk
from cs_desktop.storage.engine import create_db_engine
from cs_desktop.storage.models import Customer, CustomerStats, Tag, Transaction, Visit, metadata
from cs_desktop.storage.types import encode_utc

TODAY = dt.date(2026, 11, 23)
CUSTOMERS = 1500
JI = "\U00020bb7"  # 𠮷
COMPOUND = ("欧阳", "司马", "诸葛", "上官")
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "区": "ou", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha",
    "乐": "yue", "覃": "qin",
}  # fmt: skip
CUSTOMER_TABLES = (
    "customers", "customer_phones", "customer_addresses", "customer_tags", "customer_consents",
    "customer_relations", "visits", "transactions", "customer_stats",
)  # fmt: skip


@dataclass
class Demo:
    path: Path
    engine: Engine
    summary: DemoSummary
    db: sqlite3.Connection  # plain read connection, for stored forms and SQL aggregates


def _fresh(template: Path, folder: Path, name: str = "演示.sqlite3") -> tuple[Path, Engine]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    shutil.copyfile(template, path)
    return path, create_db_engine(path)


@pytest.fixture(scope="module")
def demo(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory):
    path, engine = _fresh(migrated_template, tmp_path_factory.mktemp("demo") / "张三")
    seen: list[tuple[int, int]] = []
    summary = generate_demo(
        engine, customers=CUSTOMERS, seed=7, today=TODAY, progress=lambda d, t: seen.append((d, t))
    )
    db = sqlite3.connect(path)
    yield Demo(path, engine, summary, db), seen
    db.close()
    engine.dispose()


@pytest.fixture
def d(demo) -> Demo:
    return demo[0]


def _rows(d: Demo, sql: str, *args: object) -> list[tuple]:
    return d.db.execute(sql, args).fetchall()


def _table_digest(path: Path) -> dict[str, str]:
    """A hash of every table's rows in primary-key order. The local site's id is random per
    installation (ensure_local_site draws it), so it is replaced by a placeholder wherever it
    occurs, and the sites table itself is left out."""
    con = sqlite3.connect(path)
    try:
        site = con.execute("SELECT id FROM sites WHERE is_local = 1").fetchone()[0]
        out = {}
        for table in sorted(metadata.tables):
            if table == "sites":
                continue
            keys = [c.name for c in metadata.tables[table].primary_key.columns]
            h = hashlib.sha256()
            for row in con.execute(f"SELECT * FROM {table} ORDER BY {', '.join(keys)}"):
                h.update(repr(tuple("SITE" if v == site else v for v in row)).encode())
            out[table] = h.hexdigest()
        return out
    finally:
        con.close()


# -- summary, progress, stored forms -----------------------------------------------------------


def test_summary_matches_the_tables(demo) -> None:
    d, seen = demo
    s = d.summary
    assert s.customers == CUSTOMERS == _rows(d, "SELECT COUNT(*) FROM customers")[0][0]
    assert s.people + s.organizations == s.customers
    assert (
        _rows(d, "SELECT COUNT(*) FROM customers WHERE kind = 'organization'")[0][0]
        == s.organizations
    )
    assert 0.06 < s.organizations / s.customers < 0.14
    assert s.visits == _rows(d, "SELECT COUNT(*) FROM visits")[0][0]
    assert s.transactions == _rows(d, "SELECT COUNT(*) FROM transactions")[0][0] > 0
    assert 2.0 < s.visits / s.customers < 4.0
    assert _rows(d, "SELECT COUNT(*) FROM customer_stats")[0][0] == s.customers
    assert seen[0] == (0, CUSTOMERS) and seen[-1] == (CUSTOMERS, CUSTOMERS)
    assert [x for x, _ in seen] == sorted(x for x, _ in seen)


def test_reference_rows(d: Demo) -> None:
    staff = _rows(d, "SELECT username, display_name, role, password_hash FROM staff")
    assert {r[2] for r in staff} == {"counter", "supervisor", "admin"}
    assert all(r[3] is None and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", r[1]) for r in staff)
    tags = {r[0] for r in _rows(d, "SELECT name FROM tags")}
    assert {"VIP", "慢病随访", "老年", "企业客户", "新客"} <= tags
    tiers = _rows(d, "SELECT tier, label, followup_interval_days FROM tier_policies ORDER BY tier")
    assert [t[0] for t in tiers] == ["A", "B", "C"] and all(t[1] and t[2] for t in tiers)
    ((kind, params, active),) = _rows(d, "SELECT kind, params, is_active FROM tier_rule_sets")
    assert (kind, active) == ("pareto", 1)
    assert json.loads(params) == {
        "shares": [["A", 0.8], ["B", 0.15]],
        "rest": "C",
        "period_days": 365,
    }
    rule_from(kind, json.loads(params))  # a rule the recompute can use
    # Visits are served by the staff created (not by the administrator).
    served = {r[0] for r in _rows(d, "SELECT DISTINCT staff_id FROM visits")}
    counter = {r[0] for r in _rows(d, "SELECT id FROM staff WHERE role != 'admin'")}
    assert served == counter


def test_synced_columns_and_stored_forms(d: Demo) -> None:
    site = _rows(d, "SELECT id FROM sites WHERE is_local = 1")[0][0]
    stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
    for table in CUSTOMER_TABLES[:-1]:
        rows = _rows(d, f"SELECT id, origin_site_id, created_at, updated_at, row_version, "
                        f"deleted_at, typeof(id) FROM {table}")  # fmt: skip
        assert rows, table
        for rid, origin, created, updated, version, deleted, kind in rows:
            assert kind == "blob" and len(rid) == 16 and origin == site
            assert stamp.fullmatch(created) and updated == created
            assert (version, deleted) == (1, None)
            value = uuid.UUID(bytes=rid)
            assert value.version == 7 and value.variant == uuid.RFC_4122
            ms = dt.datetime.strptime(created, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=dt.UTC)
            assert uuid7_ms(value) == int(ms.timestamp() * 1000), table
    assert _rows(d, "SELECT COUNT(*) FROM customers WHERE birth_date IS NOT NULL AND "
                    "birth_date NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'")[0][0] == 0  # fmt: skip
    assert {r[0] for r in _rows(d, "SELECT DISTINCT typeof(is_primary) FROM customer_phones")} == {
        "integer"
    }
    assert {r[0] for r in _rows(d, "SELECT DISTINCT granted FROM customer_consents")} == {0, 1}
    # JSON as the engine writes it: compact, Chinese unescaped.
    profiles = [r[0] for r in _rows(d, "SELECT profile FROM customers WHERE profile != '{}'")]
    assert profiles and all(", " not in p and "\\u" not in p for p in profiles)
    # Nothing was left at the NULL marker the bulk loader uses internally.
    for table in CUSTOMER_TABLES:
        for column in metadata.tables[table].columns:
            assert (
                _rows(d, f"SELECT COUNT(*) FROM {table} WHERE {column.name} = {bulk.NULL}")[0][0]
                == 0
            ), (table, column.name)
    assert _rows(d, "PRAGMA foreign_key_check") == []


def test_orm_reads_typed_values(d: Demo) -> None:
    with Session(d.engine) as s:
        customers = s.scalars(select(Customer)).all()
        assert len(customers) == CUSTOMERS
        for c in customers[:300]:
            assert isinstance(c.id, uuid.UUID) and c.id.version == 7
            assert c.created_at.tzinfo is dt.UTC and c.created_at.date() < TODAY
            assert isinstance(c.profile, dict)
            assert c.birth_date is None or isinstance(c.birth_date, dt.date)
            assert c.row_version == 1 and c.deleted_at is None
        assert any(c.profile.get("lifestyle", {}).get("hobbies") for c in customers)
        visit = s.scalars(select(Visit).order_by(Visit.occurred_at.desc()).limit(1)).one()
        assert visit.occurred_at.tzinfo is dt.UTC and visit.occurred_at.date() < TODAY
        assert visit.occurred_at.date() >= TODAY - dt.timedelta(days=730)
        assert isinstance(visit.staff_id, uuid.UUID)
        stats = s.get(CustomerStats, customers[0].id)
        assert stats is not None and stats.open_complaints == 0
        tx = s.scalars(select(Transaction).limit(1)).one()
        assert isinstance(tx.amount_cents, int) and tx.amount_cents > 0
        assert s.scalar(select(Tag.color).where(Tag.name == "VIP")).startswith("#")


# -- people and their papers -------------------------------------------------------------------


def test_resident_id_numbers_agree_with_the_card(d: Demo) -> None:
    rows = _rows(d, """
        SELECT c.id_type, c.id_number, c.birth_date, c.gender, a.region_code
        FROM customers c JOIN customer_addresses a ON a.customer_id = c.id AND a.is_primary = 1
        WHERE c.kind = 'person'""")  # fmt: skip
    assert len(rows) == d.summary.people
    numbers = [r[1] for r in rows if r[1] is not None]
    assert len(numbers) == len(set(numbers))  # nobody shares a number
    missing = sum(1 for r in rows if r[1] is None)
    assert 0 < missing < 0.07 * len(rows)
    for id_type, number, birth, gender, region in rows:
        if number is None:
            assert id_type is None
            continue
        assert id_type == IdDocumentType.RESIDENT_ID.value
        card = idcard.parse(number, today=TODAY)
        assert card.birth_date.isoformat() == birth
        assert card.gender.value == gender
        assert card.region_code == region
    assert {r[3] for r in rows} == {Gender.MALE.value, Gender.FEMALE.value}


def test_phones_parse_to_what_was_stored(d: Demo) -> None:
    rows = _rows(d, "SELECT raw, digits, kind, extension FROM customer_phones")
    for raw, digits, kind, extension in rows:
        parsed = phones.parse(raw)
        assert (parsed.digits, parsed.kind.value, parsed.extension) == (digits, kind, extension)
    raws = [r[0] for r in rows]
    assert any(" " in r for r in raws) and any("-" in r for r in raws)
    assert any(r.startswith("+86") for r in raws)
    assert any("１" in r or "３" in r for r in raws)  # full-width digits
    assert any("转" in r for r in raws)  # an extension
    primaries = _rows(
        d,
        """
        SELECT c.kind, COUNT(p.id), SUM(p.is_primary), MAX(p.kind = 'mobile' AND p.is_primary)
        FROM customers c JOIN customer_phones p ON p.customer_id = c.id GROUP BY c.id""",
    )
    assert len(primaries) == CUSTOMERS
    assert all(r[2] == 1 for r in primaries)  # exactly one primary phone each
    assert all(r[3] == 1 for r in primaries if r[0] == "person")  # a person's is a mobile
    mobiles = _rows(
        d, "SELECT digits FROM customer_phones WHERE is_primary = 1 AND kind = 'mobile'"
    )
    assert len(mobiles) == len(set(mobiles))
    landlines = sum(1 for r in rows if r[2] == PhoneKind.LANDLINE.value)
    assert 0.2 * d.summary.people < landlines


def test_landline_area_code_is_the_address_district(d: Demo) -> None:
    rows = _rows(d, """
        SELECT p.digits, a.region_code FROM customer_phones p
        JOIN customer_addresses a ON a.customer_id = p.customer_id AND a.is_primary = 1
        WHERE p.kind = 'landline'""")  # fmt: skip
    assert rows
    for digits, region in rows:
        area = BY_CODE[region].area_code
        assert digits.startswith(area) and len(digits) - len(area) in (7, 8)
        assert digits[len(area)] != "0"


def test_addresses_are_real_districts(d: Demo) -> None:
    real = {(x.province, x.city, x.district, x.code) for x in DISTRICTS}
    rows = _rows(d, "SELECT province, city, district, region_code, street, kind, is_primary "
                    "FROM customer_addresses")  # fmt: skip
    for province, city, district, code, street, _kind, _primary in rows:
        assert (province, city, district, code) in real
        assert re.search(r"[号室层]$", street), street
    kinds = _rows(
        d,
        """
        SELECT c.kind, a.kind FROM customers c
        JOIN customer_addresses a ON a.customer_id = c.id AND a.is_primary = 1""",
    )
    assert len(kinds) == CUSTOMERS
    assert all(k == ("person", "home") or k == ("organization", "work") for k in kinds)


def test_names_surnames_and_pinyin(d: Demo) -> None:
    rows = _rows(d, "SELECT name, name_pinyin, kind FROM customers")
    people = [(n, p) for n, p, k in rows if k == "person"]
    for compound in COMPOUND:
        assert any(n.startswith(compound) for n, _ in people), compound
    for surname, reading in SURNAME_READINGS.items():
        holders = [(n, p) for n, p in people if n.startswith(surname)]
        assert holders, surname
        assert all(p.startswith(reading) for _, p in holders), (surname, holders[:3])
    # Everyone's key is what the app computes for a name typed at the counter.
    for name, key, _ in rows:
        assert re.fullmatch(r"[a-z]+", key), name
        assert key == name_keys(name).sort_key, name
    # Frequent surnames come first, roughly as in the population.
    common = Counter(n[0] for n, _ in people).most_common(5)
    assert {s for s, _ in common} <= {"王", "李", "张", "刘", "陈", "杨"}


def test_a_name_outside_the_bmp_survives_the_database(d: Demo) -> None:
    stored = [r[0] for r in _rows(d, "SELECT name FROM customers")]
    with_ji = [n for n in stored if JI in n]
    assert with_ji  # one in every thousand, and always one among the first 200
    with Session(d.engine) as s:
        names_read = s.scalars(select(Customer.name).where(Customer.name.contains(JI))).all()
        keys = s.scalars(select(Customer.name_pinyin).where(Customer.name.contains(JI))).all()
    assert sorted(names_read) == sorted(with_ji)
    assert all("ji" in k for k in keys)


def test_small_demo_has_the_showcase(migrated_template: Path, tmp_path: Path) -> None:
    path, engine = _fresh(migrated_template, tmp_path / "small")
    try:
        generate_demo(engine, customers=200, seed=99, today=TODAY)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    people = [r[0] for r in con.execute("SELECT name FROM customers WHERE kind = 'person'")]
    con.close()
    assert any(JI in n for n in people)
    for surname in (*COMPOUND, *SURNAME_READINGS):
        assert any(n.startswith(surname) for n in people), surname


def test_organisations(d: Demo) -> None:
    orgs = _rows(d, """
        SELECT c.id, c.name, c.org_code, c.industry, c.employee_count, c.credit_limit_cents,
               a.region_code, c.gender, c.birth_date, c.id_number
        FROM customers c JOIN customer_addresses a ON a.customer_id = c.id AND a.is_primary = 1
        WHERE c.kind = 'organization'""")  # fmt: skip
    assert orgs
    codes = [o[2] for o in orgs]
    assert len(codes) == len(set(codes))
    roles = _rows(d, "SELECT customer_id, role, related_customer_id FROM customer_relations")
    by_org: dict[bytes, set[str]] = {}
    for cid, role, _ in roles:
        by_org.setdefault(cid, set()).add(role)
    for cid, name, code, industry, employees, limit, region, gender, birth, number in orgs:
        assert re.fullmatch(r"[\u4e00-\u9fff]+(有限公司|股份有限公司|有限责任公司)", name)
        assert name.startswith(BY_CODE[region].city.removesuffix("市"))
        assert orgcode.is_valid(code) and is_social_credit_code(code) and code[2:8] == region
        assert industry and employees > 0 and limit > 0
        assert (gender, birth, number) == (None, None, None)
        assert {"decision_maker", "payer", "user"} <= by_org[cid]
    assert any(r[2] is not None for r in roles)  # some contacts are customers too


# -- activity and value ------------------------------------------------------------------------


def test_stats_agree_with_visits_and_transactions(d: Demo) -> None:
    mismatches = _rows(
        d,
        """
        WITH v AS (SELECT customer_id, COUNT(*) n, MIN(occurred_at) first, MAX(occurred_at) last,
                          SUM(value_cents) value FROM visits GROUP BY customer_id),
             t AS (SELECT customer_id,
                          SUM(CASE kind WHEN 'sale' THEN amount_cents WHEN 'refund'
                              THEN -amount_cents ELSE -amount_cents END) balance
                   FROM transactions GROUP BY customer_id)
        SELECT s.customer_id FROM customer_stats s
        LEFT JOIN v ON v.customer_id = s.customer_id LEFT JOIN t ON t.customer_id = s.customer_id
        WHERE s.visit_count != COALESCE(v.n, 0) OR s.first_visit_at IS NOT v.first
           OR s.last_visit_at IS NOT v.last OR s.value_cents != COALESCE(v.value, 0)
           OR s.balance_cents != COALESCE(t.balance, 0) OR s.open_complaints != 0""",
    )
    assert mismatches == []
    # A visit with transactions is worth its sales minus its refunds.
    wrong = _rows(
        d,
        """
        SELECT v.id FROM visits v JOIN transactions t ON t.visit_id = v.id
        GROUP BY v.id HAVING v.value_cents != SUM(CASE t.kind WHEN 'sale' THEN t.amount_cents
                                                  WHEN 'refund' THEN -t.amount_cents ELSE 0 END)""",
    )
    assert wrong == []
    # Transactions reference a visit of the same customer, if any.
    assert (
        _rows(
            d,
            """SELECT COUNT(*) FROM transactions t JOIN visits v ON v.id = t.visit_id
                       WHERE v.customer_id != t.customer_id""",
        )[0][0]
        == 0
    )
    kinds = {r[0] for r in _rows(d, "SELECT DISTINCT kind FROM transactions")}
    assert kinds == {"sale", "refund", "payment"}
    assert _rows(d, "SELECT COUNT(*) FROM transactions WHERE amount_cents <= 0 "
                    "OR amount_cents % 10 != 0")[0][0] == 0  # fmt: skip
    never = _rows(d, "SELECT COUNT(*) FROM customer_stats WHERE visit_count = 0")[0][0]
    assert 0.03 * CUSTOMERS < never < 0.4 * CUSTOMERS


def test_value_is_concentrated(d: Demo) -> None:
    values = sorted(
        (r[0] for r in _rows(d, "SELECT value_cents FROM customer_stats")), reverse=True
    )
    top = sum(values[: len(values) // 5]) / sum(values)
    assert 0.6 < top < 0.92, top  # 0.77 over 50,000 customers


def test_credit_limits_and_balances(d: Demo) -> None:
    rows = _rows(
        d,
        """SELECT c.kind, c.credit_limit_cents, s.balance_cents FROM customers c
                       JOIN customer_stats s ON s.customer_id = c.id""",
    )
    assert all(limit for kind, limit, _ in rows if kind == "organization")
    people_on_account = [r for r in rows if r[0] == "person" and r[1] is not None]
    assert 0 < len(people_on_account) < 0.1 * d.summary.people
    assert any(balance > limit for _, limit, balance in rows if limit is not None)
    assert all(balance == 0 for _, limit, balance in rows if limit is None)


def test_card_details(d: Demo) -> None:
    per_customer = _rows(
        d,
        """SELECT COUNT(t.id) FROM customers c
                               LEFT JOIN customer_tags t ON t.customer_id = c.id GROUP BY c.id""",
    )
    assert {r[0] for r in per_customer} == {0, 1, 2}
    lunar = _rows(d, "SELECT COUNT(*) FROM customers WHERE birthday_calendar = 'lunar'")[0][0]
    assert 0.03 * d.summary.people < lunar < 0.25 * d.summary.people
    sources = {r[0] for r in _rows(d, "SELECT DISTINCT source_channel FROM customers")}
    assert {"门诊", "转介绍", "电话", "网络", "社区活动"} <= sources
    channels = {r[0] for r in _rows(d, "SELECT DISTINCT channel FROM customer_consents")}
    assert {"phone", "sms", "wechat", "email"} <= channels
    refusers = _rows(
        d,
        """SELECT COUNT(*) FROM (SELECT customer_id FROM customer_consents
                           GROUP BY customer_id HAVING MAX(granted) = 0)""",
    )[0][0]
    assert refusers > 0
    for column in ("preferred_contact_time", "title", "education", "employer", "position",
                   "email", "wechat", "notes"):  # fmt: skip
        assert _rows(d, f"SELECT COUNT(*) FROM customers WHERE {column} IS NOT NULL")[0][0] > 0


def test_indexes_are_the_migrated_ones(d: Demo, migrated_template: Path) -> None:
    def indexes(path: Path) -> list[tuple]:
        con = sqlite3.connect(path)
        try:
            return con.execute("SELECT name, tbl_name, sql FROM sqlite_master "
                               "WHERE type = 'index' ORDER BY name").fetchall()  # fmt: skip
        finally:
            con.close()

    assert indexes(d.path) == indexes(migrated_template)
    assert _rows(d, "PRAGMA journal_mode") == [("wal",)]
    assert _rows(d, "PRAGMA page_size") == [(load.PAGE_SIZE,)]  # rebuilt before the load
    assert _rows(d, "PRAGMA integrity_check") == [("ok",)]
    with d.engine.connect() as conn:  # the pooled connection got its settings back
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


# -- the load as a whole -----------------------------------------------------------------------


def test_refuses_a_database_with_customers(d: Demo) -> None:
    before = _table_digest(d.path)
    with pytest.raises(ValueError, match="already holds customers"):
        generate_demo(d.engine, customers=10, seed=1, today=TODAY)
    assert _table_digest(d.path) == before


@pytest.mark.parametrize("stop_at", [2, 14])  # after the first part; while sorting and indexing
def test_cancel_leaves_the_database_as_it_was(
    migrated_template: Path, tmp_path: Path, stop_at: int
) -> None:
    path, engine = _fresh(migrated_template, tmp_path)
    calls: list[tuple[int, int]] = []
    asked = [0]

    def is_cancelled() -> bool:
        asked[0] += 1
        return asked[0] >= stop_at

    try:
        with pytest.raises(DemoCancelled):
            generate_demo(engine, customers=4500, seed=3, today=TODAY,
                          progress=lambda d, t: calls.append((d, t)), is_cancelled=is_cancelled)  # fmt: skip
    finally:
        engine.dispose()
    assert asked[0] == stop_at
    if stop_at == 2:  # half of the first chunk's work (its activity) was written
        assert calls == [(0, 4500), (1000, 4500)]
    con = sqlite3.connect(path)
    try:
        for table in (*CUSTOMER_TABLES, "staff", "tags", "tier_policies", "tier_rule_sets"):
            assert con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
        template = sqlite3.connect(migrated_template)
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        assert con.execute(schema).fetchall() == template.execute(schema).fetchall()
        template.close()
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()


def _load(template: Path, folder: Path, customers: int, seed: int, **kw: object) -> Path:
    path, engine = _fresh(template, folder)
    try:
        load.run(engine, customers=customers, seed=seed, today=TODAY, progress=None,
                 is_cancelled=None, **kw)  # fmt: skip
    finally:
        engine.dispose()
    return path


def test_same_seed_same_data_different_seed_different(
    d: Demo, migrated_template: Path, tmp_path: Path
) -> None:
    again = _load(migrated_template, tmp_path / "again", CUSTOMERS, 7)
    assert _table_digest(again) == _table_digest(d.path)
    other = _load(migrated_template, tmp_path / "other", CUSTOMERS, 8)
    differ = _table_digest(other)
    assert all(differ[t] != _table_digest(d.path)[t] for t in CUSTOMER_TABLES)


def test_workers_and_the_fallback_write_the_same(
    migrated_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks built in two spawned worker processes, in this process, or written row by row
    (when SQLite cannot deserialize) give the same database."""
    inline = _table_digest(_load(migrated_template, tmp_path / "inline", 4200, 5, workers=0))
    spawned = _table_digest(_load(migrated_template, tmp_path / "spawned", 4200, 5, workers=2))
    assert spawned == inline
    monkeypatch.setattr(load, "can_pack", lambda: False)
    rows = _table_digest(_load(migrated_template, tmp_path / "rows", 4200, 5, workers=0))
    assert rows == inline


def test_cancel_stops_the_workers(migrated_template: Path, tmp_path: Path) -> None:
    path, engine = _fresh(migrated_template, tmp_path)
    asked = [0]

    def is_cancelled() -> bool:
        asked[0] += 1
        return asked[0] >= 3

    try:
        with pytest.raises(load.Cancelled):
            load.run(engine, customers=12_000, seed=4, today=TODAY, progress=None,
                     is_cancelled=is_cancelled, workers=2)  # fmt: skip
    finally:
        engine.dispose()
    assert multiprocessing.active_children() == []
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM customer_stats").fetchone() == (0,)
    assert con.execute("SELECT COUNT(*) FROM staff").fetchone() == (0,)
    con.close()


def test_another_connection_keeps_the_page_size(migrated_template: Path, tmp_path: Path) -> None:
    """The page size changes only while nobody else has the database open; the load works
    either way."""
    path, engine = _fresh(migrated_template, tmp_path)
    other = sqlite3.connect(path)
    other.execute("PRAGMA journal_mode = WAL")
    assert other.execute("SELECT COUNT(*) FROM customers").fetchone() == (0,)
    try:
        summary = generate_demo(engine, customers=300, seed=1, today=TODAY)
    finally:
        engine.dispose()
    assert other.execute("SELECT COUNT(*) FROM customers").fetchone() == (summary.customers,)
    assert other.execute("PRAGMA page_size").fetchone() == (4096,)
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    other.close()


def test_existing_reference_rows_are_reused(migrated_template: Path, tmp_path: Path) -> None:
    path, engine = _fresh(migrated_template, tmp_path)
    generate_demo(engine, customers=50, seed=1, today=TODAY)
    with engine.begin() as conn:  # keep staff, tags and tier settings; remove the customers
        for table in reversed(CUSTOMER_TABLES):
            conn.exec_driver_sql(f"DELETE FROM {table}")
    try:
        generate_demo(engine, customers=50, seed=2, today=TODAY)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 8
    assert con.execute("SELECT COUNT(*) FROM tier_rule_sets WHERE is_active = 1").fetchone()[0] == 1
    assert con.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 50
    con.close()


# -- building blocks ---------------------------------------------------------------------------


def test_fast_builders_equal_the_domain_functions() -> None:
    rng = random.Random(1)
    for _ in range(500):
        ms, bits = rng.randrange(1 << 47), rng.getrandbits(80)
        assert uuid7_bits(ms, bits) == uuid7_from(ms, bits >> 64, bits).bytes
    clock = Clock(TODAY.toordinal() - 30, 30)
    for _ in range(500):
        day, ms_of_day = rng.randrange(30), rng.randrange(86_400_000)
        instant = dt.datetime.fromtimestamp(clock.unix_ms(day, ms_of_day) / 1000, dt.UTC)
        assert clock.text(day, ms_of_day) == encode_utc(instant)
    ids = IdNumbers()
    for _ in range(500):
        region = rng.choice(DISTRICTS).code
        birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(30_000))
        sequence = rng.randrange(1000)
        assert ids.build(region, birth.toordinal(), sequence) == idcard.build(
            region, birth, sequence
        )


def test_social_credit_codes() -> None:
    for real in ("91350100M000100Y43", "91110000802100433B", "914403001922038216"):
        assert is_social_credit_code(real)
    code = social_credit_code("330106", "12345678")
    assert is_social_credit_code(code) and orgcode.is_valid(code)
    assert not is_social_credit_code(code[:-1] + ("0" if code[-1] != "0" else "1"))
    assert not is_social_credit_code(code[:9] + "9" + code[10:])  # organisation code check


def test_name_tables() -> None:
    pypinyin = pytest.importorskip("pypinyin")
    for char, reading in names.GIVEN_PINYIN.items():
        if char == JI:
            continue
        readings = pypinyin.pinyin(char, style=pypinyin.Style.NORMAL, heteronym=True)[0]
        assert reading in readings, char
    for name, reading in names.TRADE_NAMES:
        assert "".join(pypinyin.lazy_pinyin(name)) == reading, name
    assert {d.city.removesuffix("市") for d in DISTRICTS} <= set(names.CITY_PINYIN)
    for surname in (*COMPOUND, *SURNAME_READINGS):
        assert surname in names.SURNAME_READING


def test_insert_plan_rejects_a_schema_it_does_not_fill() -> None:
    with pytest.raises(ValueError, match="NOT NULL"):
        bulk.InsertPlan("visits", ("id", "customer_id"))
    with pytest.raises(ValueError, match="unknown columns"):
        bulk.InsertPlan("tags", ("id", "nom"))
    plan = bulk.InsertPlan("tags", ("id", "name", "color", "created_at"),
                           fixed={"origin_site_id": b"s" * 16, "row_version": 1,
                                  "deleted_at": None},
                           same_as={"updated_at": "created_at"})  # fmt: skip
    # A nullable column turns the NULL marker back into NULL; updated_at repeats created_at.
    assert f"NULLIF(?3, {bulk.NULL})" in plan.sql and "?4, ?4, 1, NULL" in plan.sql
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE tags (id, origin_site_id, name, color, created_at, updated_at, "
                "row_version, deleted_at)")  # fmt: skip
    bulk.insert_rows(con, plan, [(b"1", "VIP", bulk.NULL, "t"), (b"2", "新客", "#fff", "t")])
    assert con.execute("SELECT name, color, updated_at FROM tags").fetchall() == [
        ("VIP", None, "t"),
        ("新客", "#fff", "t"),
    ]
