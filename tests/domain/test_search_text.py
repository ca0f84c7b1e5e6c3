"""Search documents and ranks: what a customer is found by, and how well."""

from __future__ import annotations

import pytest

from cs_desktop.domain.search_text import FIELD_SEPARATOR, Rank, build_doc, rank_of


def _rank(name: str, term: str, **kw) -> Rank:
    d = build_doc(name, **kw)
    return rank_of(term, d.doc, d.primary_end, d.name_end)


def test_the_document_starts_with_the_name_part() -> None:
    d = build_doc("单田芳", phones=("13912345678",), addresses=("天津市和平区南京路1号",))
    assert d.doc[: d.primary_end].split(FIELD_SEPARATOR) == ["单田芳", "shantianfang", "stf"]
    assert d.doc[: d.name_end].split(FIELD_SEPARATOR) == [
        "单田芳", "shantianfang", "stf", "dantianfang", "dtf"]  # fmt: skip
    assert d.doc[d.name_end :].split(FIELD_SEPARATOR)[1:] == [
        "13912345678",
        "天津市和平区南京路1号",
    ]
    assert d.sort_key == "shantianfang"


@pytest.mark.parametrize(
    ("name", "term", "rank"),
    [
        ("张三", "张三", Rank.EXACT),
        ("张 三", "张三", Rank.EXACT),  # a space typed inside the name
        ("张三", "zs", Rank.EXACT),
        ("张三", "zhangsan", Rank.EXACT),
        ("张三丰", "张三", Rank.PREFIX),
        ("张三丰", "zs", Rank.PREFIX),
        ("张三", "张", Rank.PREFIX),
        ("张帅", "zs", Rank.EXACT),
        ("张俊", "zs", Rank.NAME),  # only through shun, a rare reading of 俊
        ("张俊", "zj", Rank.EXACT),
        ("李张三", "张三", Rank.NAME),
        ("单田芳", "dantianfang", Rank.NAME),  # the ordinary reading of the surname
        ("单田芳", "shan", Rank.PREFIX),
        ("王五", "8000", Rank.OTHER),
        ("Mary Smith", "mary", Rank.PREFIX),
    ],
)
def test_rank_of_a_term(name: str, term: str, rank: Rank) -> None:
    assert _rank(name, term, phones=("13800138000",), addresses=("北京市张三路1号",)) == rank


def test_an_address_match_ranks_last() -> None:
    assert _rank("王五", "张三", addresses=("北京市张三路1号",)) is Rank.OTHER


def test_short_keys_carry_their_rank() -> None:
    keys = dict(build_doc("张俊", addresses=("北京市",)).keys)
    assert keys == {"z": Rank.PREFIX, "zh": Rank.PREFIX, "zj": Rank.EXACT, "zs": Rank.NAME,
                    "zd": Rank.NAME, "张": Rank.PREFIX, "俊": Rank.NAME, "张俊": Rank.EXACT}  # fmt: skip
    # characters and pairs of the name only: the address is searched through the index
    assert "北" not in keys
    compound = dict(build_doc("欧阳𠮷").keys)
    assert compound["𠮷"] is Rank.NAME and compound["阳𠮷"] is Rank.NAME
    assert compound["oy"] is Rank.PREFIX and compound["欧阳"] is Rank.PREFIX
