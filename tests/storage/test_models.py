"""What every later feature relies on: ids, UTC times, row versions, tombstones, Chinese text."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from cs_desktop.storage.models import Customer, CustomerPhone, Site, Visit, synced_tables
from cs_desktop.storage.models.base import Base


def test_every_synced_table_has_the_sync_columns() -> None:
    expected = {"id", "origin_site_id", "created_at", "updated_at", "row_version", "deleted_at"}
    tables = synced_tables()
    assert {"customers", "visits", "transactions", "followups", "complaints", "tier_history",
            "survey_responses", "staff", "customer_phones"} <= set(tables)  # fmt: skip
    for name in tables:
        table = Base.metadata.tables[name]
        assert expected <= set(table.c.keys()), name
        assert [c.name for c in table.primary_key.columns] == ["id"], name
        assert any(ix.columns.keys() == ["updated_at"] for ix in table.indexes), name


def test_money_is_never_a_float() -> None:
    from sqlalchemy import Float

    for table in Base.metadata.tables.values():
        for column in table.c:
            if "cents" in column.name or "amount" in column.name:
                assert not isinstance(column.type, Float), f"{table.name}.{column.name}"


def test_new_rows_get_uuid7_origin_site_and_utc_times(database) -> None:
    with database.factory.begin() as s:
        c = Customer(
            name="欧阳𠮷", name_pinyin="ouyangji", profile={"lifestyle": {"hobbies": "太极拳"}}
        )
        s.add(c)
    with database.factory() as s:
        got = s.get(Customer, c.id)
        assert got is not None
        assert isinstance(got.id, uuid.UUID) and got.id.version == 7
        assert got.origin_site_id == database.site.id
        assert got.created_at.tzinfo is dt.UTC
        assert abs((dt.datetime.now(dt.UTC) - got.created_at).total_seconds()) < 60
        assert got.name == "欧阳𠮷"  # outside the BMP, round-trips
        assert got.profile == {"lifestyle": {"hobbies": "太极拳"}}
        assert got.row_version == 1 and got.deleted_at is None


def test_json_is_stored_readably(database, db_path: Path) -> None:
    with database.factory.begin() as s:
        s.add(
            Customer(
                name="单田芳", name_pinyin="shantianfang", profile={"family": {"spouse": "王𠮷"}}
            )
        )
    con = sqlite3.connect(db_path)
    raw = con.execute("SELECT profile FROM customers").fetchone()[0]
    con.close()
    assert raw == '{"family":{"spouse":"王𠮷"}}'


def test_naive_datetimes_are_refused(database) -> None:
    with pytest.raises(Exception, match="naive datetime"), database.factory.begin() as s:
        c = Customer(name="张三", name_pinyin="zhangsan", profile={})
        s.add(c)
        s.flush()
        s.add(Visit(customer_id=c.id, occurred_at=dt.datetime(2026, 1, 1, 9, 0)))
        s.flush()
    with database.factory() as s:
        assert s.scalars(select(Customer)).all() == []  # the whole transaction rolled back


def test_row_version_stops_a_lost_update(database) -> None:
    """Two counters open the same card; the second save must not silently overwrite the first."""
    from cs_desktop.storage.session import writing

    with writing(database.factory) as s:
        c = Customer(name="曾小贤", name_pinyin="zengxiaoxian", profile={})
        s.add(c)
    with database.factory() as s:  # counter 1 opens the card (then the session ends)
        opened_by_first = s.get(Customer, c.id)
    with writing(database.factory) as s:  # counter 2 opens, edits and saves
        row = s.get(Customer, c.id)
        assert row is not None
        row.notes = "来电改约周三"
    assert opened_by_first is not None
    with pytest.raises(StaleDataError), writing(database.factory) as s:  # counter 1 saves
        s.add(opened_by_first)
        opened_by_first.notes = "客户要求周四"
    with database.factory() as s:
        row = s.get(Customer, c.id)
        assert row is not None and row.notes == "来电改约周三" and row.row_version == 2
        assert row.updated_at >= row.created_at


def test_a_second_writer_waits_instead_of_failing(database, db_path: Path) -> None:
    """Another process (a CLI job) holds the write lock briefly: our write waits for it."""
    import threading
    import time

    from cs_desktop.storage.session import writing

    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: (other.execute("COMMIT"), other.close())).start()
    started = time.monotonic()
    with writing(database.factory) as s:
        s.add(Customer(name="司马光", name_pinyin="simaguang", profile={}))
    assert time.monotonic() - started >= 0.4
    with database.factory() as s:
        assert s.scalars(select(Customer.name)).all() == ["司马光"]


def test_foreign_keys_are_enforced(database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), database.factory.begin() as s:
        s.add(CustomerPhone(customer_id=uuid.uuid4(), kind="mobile", raw="138", digits="138"))


def test_soft_delete_keeps_the_row(database) -> None:
    with database.factory.begin() as s:
        c = Customer(name="区志强", name_pinyin="ouzhiqiang", profile={})
        s.add(c)
    with database.factory.begin() as s:
        s.execute(update(Customer).where(Customer.id == c.id)
                  .values(deleted_at=dt.datetime.now(dt.UTC)))  # fmt: skip
    with database.factory() as s:
        row = s.get(Customer, c.id)
        assert row is not None and row.is_deleted


def test_exactly_one_local_site(database) -> None:
    from cs_desktop.services.site import ensure_local_site

    again = ensure_local_site(database.engine)
    assert again.id == database.site.id
    with database.factory() as s:
        assert len(s.scalars(select(Site).where(Site.is_local.is_(True))).all()) == 1


def test_sqlite_connection_settings(database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_savepoints_work(database) -> None:
    """pysqlite's own transaction handling would break SAVEPOINT; the engine fixes that."""
    with database.factory.begin() as s:
        s.add(Customer(name="解放", name_pinyin="xiefang", profile={}))
        nested = s.begin_nested()
        s.add(Customer(name="仇英", name_pinyin="qiuying", profile={}))
        s.flush()
        nested.rollback()
    with database.factory() as s:
        assert [c.name for c in s.scalars(select(Customer))] == ["解放"]
