"""Rebuilding and maintaining the search index from the cards themselves."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, update

from cs_desktop.domain.ids import new_id
from cs_desktop.services.customers.indexing import (
    IndexCancelled,
    index_status,
    rebuild_search_index,
    reindex,
)
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
from cs_desktop.storage.models import Customer, CustomerAddress, CustomerPhone


def _add(database, name: str, mobile: str, street: str = "") -> object:
    cid = new_id()
    site = database.site.id
    with database.engine.begin() as conn:
        conn.execute(insert(Customer), [{"id": cid, "origin_site_id": site, "name": name,
                                         "name_pinyin": "", "profile": {}}])  # fmt: skip
        conn.execute(insert(CustomerPhone), [{"id": new_id(), "origin_site_id": site,
                     "customer_id": cid, "kind": "mobile", "raw": mobile, "digits": mobile}])  # fmt: skip
        if street:
            conn.execute(insert(CustomerAddress), [{"id": new_id(), "origin_site_id": site,
                         "customer_id": cid, "kind": "home", "province": "浙江省",
                         "city": "杭州市", "district": "西湖区", "street": street}])  # fmt: skip
    return cid


def _found(database, text: str) -> list[str]:
    service = CustomerListService(database.factory)
    return [r.name for r in service.page(CustomerQuery(text=text), 0, 50).rows]


def test_rebuild_indexes_every_customer_in_chunks(database, monkeypatch) -> None:
    from cs_desktop.services.customers import indexing

    monkeypatch.setattr(indexing, "CHUNK", 7)
    for i in range(30):
        _add(database, f"曾{'一二三四五六七八九十'[i % 10]}{i}", f"1380000{i:04d}", f"文三路{i}号")
    assert not index_status(database.engine).complete
    seen: list[tuple[int, int]] = []
    result = rebuild_search_index(database.engine, progress=lambda d, t: seen.append((d, t)))
    assert result.documents == 30
    assert seen[-1] == (30, 30) and len(seen) == 5  # 7+7+7+7+2
    assert index_status(database.engine).complete
    assert len(_found(database, "zeng")) == 30
    assert len(_found(database, "ceng")) == 30  # the ordinary reading too
    assert _found(database, "0017") == ["曾八17"]
    assert _found(database, "文三路17号") == ["曾八17"]
    assert len(_found(database, "西湖")) == 30


def test_cancel_keeps_the_old_index(database) -> None:
    _add(database, "张三", "13800138000")
    rebuild_search_index(database.engine)
    _add(database, "李四", "13900139000")
    with pytest.raises(IndexCancelled):
        rebuild_search_index(database.engine, is_cancelled=lambda: True)
    assert _found(database, "张三") == ["张三"]
    assert index_status(database.engine).documents == 1


def test_reindex_follows_an_edited_card_and_a_merge(database) -> None:
    cid = _add(database, "张三", "13800138000")
    other = _add(database, "张叁", "13800138001")
    rebuild_search_index(database.engine)
    with database.engine.begin() as conn:
        conn.execute(update(Customer).where(Customer.id == cid).values(name="章三丰"))
        conn.execute(update(CustomerPhone).where(CustomerPhone.customer_id == cid)
                     .values(digits="13022223333"))  # fmt: skip
        conn.execute(update(Customer).where(Customer.id == other).values(merged_into_id=cid))
        reindex(conn, [cid, other])
    assert _found(database, "章三丰") == ["章三丰"]
    assert _found(database, "3333") == ["章三丰"]
    assert _found(database, "8000") == []
    assert _found(database, "张叁") == []  # merged away: no longer listed or found
    assert index_status(database.engine).complete


def _index_snapshot(database) -> tuple[list[tuple], list[tuple]]:
    from sqlalchemy import select

    from cs_desktop.storage.models import CustomerSearch, CustomerSearchKey

    with database.engine.connect() as conn:
        docs = conn.execute(select(CustomerSearch).order_by(CustomerSearch.doc_id)).all()
        keys = conn.execute(select(CustomerSearchKey).order_by(
            CustomerSearchKey.key, CustomerSearchKey.doc_id)).all()  # fmt: skip
        for table in ("fts_customer_tri", "fts_customer_uni"):
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    return [tuple(r) for r in docs], [tuple(r) for r in keys]


def _fill_for_rebuild(database) -> None:
    from cs_desktop.services.customers.cards import CustomerCardService

    ids = [_add(database, f"{'张章单曾欧阳'[i % 6]}{'三帅俊芳'[i % 4]}{i}", f"1380000{i:04d}",
                f"文三路{i}号") for i in range(40)]  # fmt: skip
    with database.engine.begin() as conn:
        conn.execute(update(Customer).where(Customer.id == ids[3]).values(merged_into_id=ids[4]))
    rebuild_search_index(database.engine, workers=0)
    CustomerCardService(database.factory).delete(ids[5])  # a deleted card: indexed, not live


def test_workers_build_the_same_index_as_the_portable_rebuild(database, monkeypatch) -> None:
    from cs_desktop.services.customers import indexing

    _fill_for_rebuild(database)
    monkeypatch.setattr(indexing, "CHUNK", 7)
    seen: list[tuple[int, int]] = []
    result = rebuild_search_index(database.engine, progress=lambda d, t: seen.append((d, t)),
                                  workers=2)  # fmt: skip
    assert result.documents == 39 and seen[-1] == (39, 39) and len(seen) == 6
    in_workers = _index_snapshot(database)
    assert indexing.rebuild_in_process(database.engine, 39) == 39
    assert _index_snapshot(database) == in_workers
    assert sum(1 for d in in_workers[0] if not d[-2]) == 1  # the deleted card
    assert len(_found(database, "zs")) > 0 and _found(database, "文三路17号")


def test_cancelling_the_workers_keeps_the_old_index(database, monkeypatch) -> None:
    from cs_desktop.services.customers import indexing

    _fill_for_rebuild(database)
    before = _index_snapshot(database)
    monkeypatch.setattr(indexing, "CHUNK", 7)
    calls: list[int] = []
    with pytest.raises(IndexCancelled):
        rebuild_search_index(database.engine, is_cancelled=lambda: bool(calls.append(1)) or
                             len(calls) >= 2, workers=2)  # fmt: skip
    assert len(calls) == 2
    assert _index_snapshot(database) == before
    assert index_status(database.engine).complete
