"""The customer list while searching: best matches first, every hit counted and reachable."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import update

from cs_desktop.domain.pinyin import name_keys
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.indexing import rebuild_search_index
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery, SortKey
from cs_desktop.storage.models import Customer
from tests.services.test_indexing import _add

# name -> (mobile, street); 王五 lives on 张三路, so "张三" finds him through the address only.
PEOPLE = {
    "张三": ("13800138000", ""),
    "张帅": ("13800138001", ""),
    "张俊": ("13800138002", ""),  # zs only through shun, a rare reading of 俊
    "张三丰": ("13800138003", ""),
    "李张三": ("13800138004", ""),
    "王五": ("13800138005", "张三路1号"),
    "章山": ("13800138006", ""),
    "赵四": ("13900139000", "文三路2号"),
}


@pytest.fixture
def people(database) -> dict[str, uuid.UUID]:
    ids = {name: _add(database, name, mobile, street) for name, (mobile, street) in PEOPLE.items()}
    with database.engine.begin() as conn:
        for name, cid in ids.items():
            conn.execute(update(Customer).where(Customer.id == cid)
                         .values(name_pinyin=name_keys(name).sort_key))  # fmt: skip
    rebuild_search_index(database.engine)
    return ids  # type: ignore[return-value]


@pytest.fixture
def service(database) -> CustomerListService:
    return CustomerListService(database.factory)


def _names(service: CustomerListService, query: CustomerQuery, limit: int = 100) -> list[str]:
    return [r.name for r in service.page(query, 0, limit).rows]


def _unkeyed(monkeypatch) -> None:
    """Answer every query the general way (ranks computed over the hits in SQL)."""
    monkeypatch.setattr(CustomerListService, "_keyed", staticmethod(lambda _q, _t: None))


def test_relevance_is_the_default_while_searching(service, people) -> None:
    assert CustomerQuery().sort is SortKey.RELEVANCE
    # exact name, then names starting with it, then names holding it, then the address match
    assert _names(service, CustomerQuery(text="张三")) == ["张三", "张三丰", "李张三", "王五"]
    # chosen explicitly, the name order wins over relevance
    by_name = _names(service, CustomerQuery(text="张三", sort=SortKey.NAME))
    assert by_name == ["李张三", "王五", "张三", "张三丰"]


def test_initials_rank_primary_readings_first(service, people) -> None:
    # zs is exactly the initials of 张三, 章山, 张帅 and 赵四 (in pinyin order: zhangsan,
    # zhangshan, zhangshuai, zhaosi), a prefix of 张三丰's; 张俊 matches only through shun, a
    # rare reading of 俊; 李张三 (lzs) does not start with zs.
    assert _names(service, CustomerQuery(text="zs")) == [
        "张三", "章山", "张帅", "赵四", "张三丰", "张俊"]  # fmt: skip
    assert _names(service, CustomerQuery(text="zhangsan")) == ["张三", "张三丰", "李张三"]


def test_one_character_finds_every_hit_best_first(service, people) -> None:
    query = CustomerQuery(text="张")
    expected = ["张俊", "张三", "张三丰", "张帅", "李张三", "王五"]  # prefix, then inside, address
    assert service.count(query) == len(expected)
    assert _names(service, query) == expected
    # any block size gives the same list: name matches and address matches join up
    for size in (1, 2, 4, 5):
        pages = [service.page(query, o, size).rows for o in range(0, len(expected) + size, size)]
        assert [r.name for rows in pages for r in rows] == expected
    # 三 starts no name: the names holding it in pinyin order, then the addresses
    assert _names(service, CustomerQuery(text="三")) == ["李张三", "张三", "张三丰", "王五", "赵四"]


def test_the_general_way_gives_the_same_order(service, people, monkeypatch) -> None:
    queries = ["张", "三", "张三", "zs", "z", "s", "zh", "路"]
    fast = {q: _names(service, CustomerQuery(text=q)) for q in queries}
    counts = {q: service.count(CustomerQuery(text=q)) for q in queries}
    _unkeyed(monkeypatch)
    for q in queries:
        assert _names(service, CustomerQuery(text=q)) == fast[q], q
        assert service.count(CustomerQuery(text=q)) == counts[q], q


def test_several_terms_and_filters_still_rank(service, people) -> None:
    assert _names(service, CustomerQuery(text="张 8000")) == ["张三"]
    assert _names(service, CustomerQuery(text="张三 138")) == ["张三", "张三丰", "李张三", "王五"]
    assert _names(service, CustomerQuery(text="138")) == [  # phone digits alone: name order
        "李张三", "王五", "张俊", "张三", "张三丰", "章山", "张帅"]  # fmt: skip


def test_deleted_cards_leave_the_search_and_come_back(database, service, people) -> None:
    cards = CustomerCardService(database.factory)
    cards.delete(people["张三"])
    query = CustomerQuery(text="张")
    assert service.count(query) == 5
    assert "张三" not in _names(service, query)
    assert "张三" not in _names(service, CustomerQuery(text="zs"))
    shown = CustomerQuery(text="张", include_deleted=True)
    assert service.count(shown) == 6 and _names(service, shown)[1] == "张三"
    cards.delete(people["王五"])  # found by 张 through his address only
    assert service.count(query) == 4 and "王五" not in _names(service, query)
    cards.restore(people["王五"])
    cards.restore(people["张三"])
    assert service.count(query) == 6
    assert _names(service, CustomerQuery(text="zs"))[0] == "张三"
