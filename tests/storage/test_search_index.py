"""The search index on a real SQLite file: every kind of fragment staff type finds the customer."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, insert, select

from cs_desktop.domain.ids import new_id
from cs_desktop.domain.search_text import build_doc, parse_query
from cs_desktop.storage import search_index
from cs_desktop.storage.models import Customer, CustomerSearch
from cs_desktop.storage.search_index import IndexedDoc

PEOPLE = {
    "张三": dict(phones=("13800138000",), id_number="11010519491231002X",
                 addresses=("北京市北京市朝阳区建国路88号",)),
    "单田芳": dict(phones=("13912345678", "01065432109"), addresses=("天津市天津市和平区南京路1号",)),
    "欧阳𠮷": dict(phones=("13511112222",), addresses=("上海市上海市浦东新区世纪大道100号",)),
    "章三": dict(phones=("18600001111",)),
    "区志强": dict(phones=("13700002222",), addresses=("广东省广州市天河区体育西路5号",)),
    "杭州银行股份有限公司": dict(phones=("057188888888",)),
}  # fmt: skip


@pytest.fixture
def indexed(database) -> dict[str, uuid.UUID]:
    ids = {name: new_id() for name in PEOPLE}
    with database.engine.begin() as conn:
        conn.execute(insert(Customer), [
            {"id": i, "origin_site_id": database.site.id, "name": n, "name_pinyin": n, "profile": {}}
            for n, i in ids.items()
        ])  # fmt: skip
        search_index.write(
            conn, [IndexedDoc(ids[n], build_doc(n, **kw)) for n, kw in PEOPLE.items()]
        )
    return ids


def _find(database, query: str) -> set[str]:
    condition = search_index.search_condition(database.engine.dialect.name, parse_query(query))
    with database.engine.connect() as conn:
        stmt = select(Customer.name)
        if condition is not None:
            stmt = stmt.where(condition)
        return set(conn.execute(stmt).scalars())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张", {"张三"}),  # one character
        ("三", {"张三", "章三"}),
        ("张三", {"张三"}),  # two characters
        ("田芳", {"单田芳"}),
        ("欧阳𠮷", {"欧阳𠮷"}),  # outside the BMP, 3 characters
        ("𠮷", {"欧阳𠮷"}),  # outside the BMP, alone
        ("zs", {"张三", "章三"}),  # initials
        ("ZS", {"张三", "章三"}),
        ("zhangsan", {"张三", "章三"}),  # full pinyin (homophones both)
        ("shantianfang", {"单田芳"}),  # surname reading
        ("dantianfang", {"单田芳"}),  # ordinary reading still finds him
        ("ouzhi", {"区志强"}),
        ("oyj", {"欧阳𠮷"}),
        ("8000", {"张三"}),  # last four digits of the mobile
        ("138 0013 8000", {"张三"}),
        ("+86 138-0013-8000", {"张三"}),
        ("１３８００１３８０００", {"张三"}),  # full-width digits
        ("002x", {"张三"}),  # ID suffix, lower-case x
        ("1949123", {"张三"}),  # ID fragment
        ("65432109", {"单田芳"}),  # landline fragment
        ("朝阳区", {"张三"}),  # address fragment
        ("浦东", {"欧阳𠮷"}),  # two-character address fragment
        ("银行", {"杭州银行股份有限公司"}),
        ("hangzhou", {"杭州银行股份有限公司"}),
        ("张 8000", {"张三"}),  # two terms: both must match
        ("张 1111", set()),
        ("12", set()),  # too short to mean anything yet
        ("李四", set()),
        ('"; DROP TABLE customers; --', set()),  # no injection through MATCH
    ],
)
def test_fragments_find_the_right_people(database, indexed, query: str, expected: set[str]) -> None:
    assert _find(database, query) == expected


def test_empty_query_is_no_filter(database, indexed) -> None:
    assert _find(database, "   ") == set(PEOPLE)


def test_rewriting_a_document_forgets_the_old_text(database, indexed) -> None:
    cid = indexed["张三"]
    with database.engine.begin() as conn:
        search_index.write(conn, [IndexedDoc(cid, build_doc("张三", phones=("13022223333",)))])
    assert _find(database, "8000") == set()
    assert _find(database, "3333") == {"张三"}
    assert _find(database, "张三") == {"张三"}
    with database.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(CustomerSearch)) == len(PEOPLE)
        assert (
            conn.exec_driver_sql(
                "INSERT INTO fts_customer_tri(fts_customer_tri) VALUES ('integrity-check')"
            )
            is not None
        )


def test_removed_customers_are_not_found(database, indexed) -> None:
    with database.engine.begin() as conn:
        search_index.remove(conn, [indexed["章三"]])
    assert _find(database, "三") == {"张三"}
    assert _find(database, "zs") == {"张三"}


def test_rebuild_after_a_bulk_load(database, indexed) -> None:
    with database.engine.begin() as conn:  # an index that fell behind its table
        conn.exec_driver_sql("INSERT INTO fts_customer_tri(fts_customer_tri) VALUES ('delete-all')")
    assert _find(database, "8000") == set()
    with database.engine.begin() as conn:
        search_index.rebuild(conn)
    assert _find(database, "8000") == {"张三"}


@pytest.mark.parametrize("query", ["张", "三", "张三", "zs", "s", "oyj", "zhangsan", "8000",
                                   "朝阳区", "银行", "shantianfang", "dantianfang", "a%_"])  # fmt: skip
def test_the_sql_rank_is_the_domain_rank(database, indexed, query: str) -> None:
    from cs_desktop.domain.search_text import rank_of

    terms = parse_query(query)
    expression = search_index.relevance(terms)
    if expression is None:  # phone and ID digits: every hit ranks the same
        assert all(t.kind.value == "digits" for t in terms)
        return
    with database.engine.connect() as conn:
        rows = conn.execute(select(CustomerSearch.doc, CustomerSearch.primary_end,
                                   CustomerSearch.name_end, expression)).all()  # fmt: skip
    for doc, primary_end, name_end, ranked in rows:
        assert ranked == sum(rank_of(t.text, doc, primary_end, name_end) for t in terms), doc


def _stored_keys(database) -> tuple[int, int]:
    """(key rows stored, key rows the stored documents call for)."""
    from cs_desktop.domain.search_text import doc_keys
    from cs_desktop.storage.models import CustomerSearchKey

    with database.engine.connect() as conn:
        stored = conn.scalar(select(func.count()).select_from(CustomerSearchKey))
        docs = conn.execute(select(CustomerSearch.doc, CustomerSearch.primary_end,
                                   CustomerSearch.name_end)).all()  # fmt: skip
    return int(stored or 0), sum(len(doc_keys(*d)) for d in docs)


def test_rewritten_and_removed_documents_leave_no_keys_behind(database, indexed) -> None:
    stored, wanted = _stored_keys(database)
    assert stored == wanted > 0
    with database.engine.begin() as conn:
        search_index.write(conn, [IndexedDoc(indexed["张三"], build_doc("张三丰"), live=False)])
        search_index.remove(conn, [indexed["单田芳"]])
    stored, wanted = _stored_keys(database)
    assert stored == wanted
    assert _find(database, "单") == set()
