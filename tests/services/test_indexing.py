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
