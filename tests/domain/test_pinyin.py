from __future__ import annotations

import itertools
import re
import subprocess
import sys

import pytest

from cs_desktop.domain.pinyin import (
    COMPOUND_SURNAMES,
    RARE_CHAR_READINGS,
    SURNAME_READINGS,
    NameKeys,
    char_readings,
    is_personal_name,
    name_keys,
    split_name,
    text_pinyin,
)

JI = "\U00020bb7"  # 𠮷, CJK Extension B
KEY = re.compile(r"[a-z0-9]*")


# --- split_name -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张三", ("张", "三")),
        ("单田芳", ("单", "田芳")),
        ("欧阳娜娜", ("欧阳", "娜娜")),
        ("司马相如", ("司马", "相如")),
        ("诸葛亮", ("诸葛", "亮")),
        ("长孙无忌", ("长孙", "无忌")),
        ("万俟卨", ("万俟", "卨")),
        ("尉遲恭", ("尉遲", "恭")),  # traditional form
        ("爱新觉罗溥仪", ("爱新觉罗", "溥仪")),
        ("欧阳", ("欧", "阳")),  # nothing after the compound surname: 欧 + 阳
        ("贺兰芳", ("贺", "兰芳")),  # 贺兰 left out on purpose
        ("张", ("张", "")),
        ("王先生", ("王", "先生")),
        ("  张 三 ", ("张", "三")),
        ("李\u3000四", ("李", "四")),  # ideographic space
        (f"张{JI}", ("张", JI)),
        ("Mary Smith", ("", "Mary Smith")),
        ("ABC公司", ("", "ABC公司")),
        ("ＡＢＣ公司", ("", "ABC公司")),  # full-width letters normalised
        ("杭州银行股份有限公司", ("", "杭州银行股份有限公司")),
        ("杭州银行", ("", "杭州银行")),  # short, but an organisation word
        ("税务局", ("", "税务局")),
        ("阿依古丽·买买提", ("", "阿依古丽·买买提")),  # transliteration: no Chinese surname
        ("张三(VIP)", ("", "张三(VIP)")),
        ("张三丰收了", ("", "张三丰收了")),  # too long for a single surname
        ("", ("", "")),
        ("   ", ("", "")),
    ],
)
def test_split_name(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected


def test_every_compound_surname_is_split_off() -> None:
    for surname in COMPOUND_SURNAMES:
        assert split_name(surname + "明") == (surname, "明"), surname


def test_is_personal_name() -> None:
    assert is_personal_name("张三")
    assert is_personal_name("欧阳娜娜")
    assert not is_personal_name("")
    assert not is_personal_name("张3")
    assert is_personal_name("单建设")  # a given name of the 1950s, not a construction firm
    assert is_personal_name("曾卫生")
    assert not is_personal_name("华为公司")
    assert not is_personal_name("五金店")


# --- name_keys: the cases of the brief ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "sort_key", "also_full", "also_initials"),
    [
        ("张三", "zhangsan", [], ["zs"]),
        ("单田芳", "shantianfang", ["dantianfang"], ["stf", "dtf"]),
        ("曾国藩", "zengguofan", ["cengguofan"], ["zgf", "cgf"]),
        ("欧阳娜娜", "ouyangnana", [], ["oynn"]),
        ("区志强", "ouzhiqiang", ["quzhiqiang"], ["ozq", "qzq"]),
        ("解放", "xiefang", ["jiefang"], ["xf", "jf"]),
        ("朴树", "piaoshu", ["pushu"], ["ps"]),
        ("查良镛", "zhaliangyong", ["chaliangyong"], ["zly", "cly"]),
        ("乐嘉", "yuejia", ["lejia"], ["yj", "lj"]),
        ("覃", "qin", ["tan"], ["q", "t"]),
        ("覃海洋", "qinhaiyang", ["tanhaiyang"], ["qhy"]),
        ("单", "shan", ["dan"], ["s", "d"]),
        ("仇英", "qiuying", ["chouying"], ["qy", "cy"]),
        ("盖聂", "genie", ["gainie"], ["gn"]),
        ("繁钦", "poqin", ["fanqin"], ["pq", "fq"]),
        ("种师道", "chongshidao", ["zhongshidao"], ["csd", "zsd"]),
        ("员半千", "yunbanqian", ["yuanbanqian"], ["ybq"]),
        ("缪斯", "miaosi", ["mousi"], ["ms"]),
        ("翟志刚", "zhaizhigang", ["dizhigang"], ["zzg", "dzg"]),
        ("长孙无忌", "zhangsunwuji", [], ["zswj"]),
        ("尉迟恭", "yuchigong", [], ["ycg"]),
        ("尉遲恭", "yuchigong", ["weichigong"], ["ycg"]),  # pypinyin reads 尉遲 wei chi
        ("令狐冲", "linghuchong", [], ["lhc"]),
        ("澹台灭明", "tantaimieming", [], ["ttmm"]),
        ("澹臺滅明", "tantaimieming", ["dantaimieming"], ["ttmm"]),
        ("万俟卨", "moqixie", [], ["mqx"]),
        ("单于", "shanyu", ["danyu"], ["sy"]),  # bare 单于: surname 单 + 于
        ("单于丹", "chanyudan", [], ["cyd"]),
        ("乐正子春", "yuezhengzichun", [], ["yzzc"]),
        ("张重阳", "zhangchongyang", ["zhangzhongyang"], ["zcy", "zzy"]),
        ("李行", "lixing", ["lihang"], ["lx", "lh"]),
        ("吕布", "lvbu", [], ["lb"]),
        ("司马相如", "simaxiangru", [], ["smxr"]),
        ("Mary Smith", "marysmith", [], ["ms"]),
        ("ABC公司", "abcgongsi", [], ["ags", "abcgs"]),
        ("３Ｍ中国", "3mzhongguo", [], ["3mzg"]),
        ("José Müller", "josemuller", [], ["jm"]),
        ("  张三  ", "zhangsan", [], ["zs"]),
        ("张三（VIP）", "zhangsanvip", [], ["zsvip"]),
        ("Zhang San", "zhangsan", [], ["zs"]),
    ],
)
def test_name_keys(
    name: str, sort_key: str, also_full: list[str], also_initials: list[str]
) -> None:
    keys = name_keys(name)
    assert keys.sort_key == sort_key
    assert keys.full[0] == sort_key
    for spelling in also_full:
        assert spelling in keys.full, (name, keys)
    for initials in also_initials:
        assert initials in keys.initials, (name, keys)


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("张三", "zs"),
        ("单田芳", "stf"),
        ("欧阳娜娜", "oynn"),
        ("长孙无忌", "zswj"),
        ("Mary Smith", "ms"),
        ("ABC公司", "ags"),
    ],
)
def test_primary_initials(name: str, initials: str) -> None:
    assert name_keys(name).initials[0] == initials


def test_surname_reading_is_primary_and_ordinary_reading_is_second() -> None:
    for surname, readings in SURNAME_READINGS.items():
        keys = name_keys(surname + "明")
        assert keys.sort_key == readings[0] + "ming", surname
        for reading in readings:
            assert reading + "ming" in keys.full, surname


def test_name_keys_of_organisations_use_ordinary_readings() -> None:
    # 单 is dan outside a personal name: 单县 is a place, 单位 a word
    assert name_keys("单位宿舍管理有限公司").sort_key == "danweisushe" + "guanliyouxiangongsi"
    assert name_keys("乐山市商业银行").sort_key == "leshanshishangyeyinhang"
    assert name_keys("杭州银行股份有限公司").sort_key == "hangzhouyinhanggufenyouxiangongsi"


def test_empty_and_symbol_only_names() -> None:
    empty = NameKeys("", (), ())
    assert name_keys("") == empty
    assert name_keys("   ") == empty
    assert name_keys("·-()") == empty


def test_non_chinese_names() -> None:
    assert name_keys("Mary Smith") == NameKeys("marysmith", ("marysmith",), ("ms",))
    assert name_keys("bob") == NameKeys("bob", ("bob",), ("b",))
    assert name_keys("BOB").initials == ("b", "bob")
    assert name_keys("Room 101").sort_key == "room101"
    assert name_keys("Room 101").initials == ("r101",)
    assert name_keys("Ｒｏｏｍ　１０１") == name_keys("Room 101")  # full-width, ideographic space


# --- rare characters ------------------------------------------------------------------------


def test_ji_outside_the_bmp() -> None:
    assert char_readings(JI) == ("ji",)
    assert name_keys(f"张{JI}").sort_key == "zhangji"
    assert name_keys(f"张{JI}").initials == ("zj",)
    assert name_keys(f"{JI}祥").sort_key == "jixiang"
    assert name_keys(f"{JI}野家").sort_key == "jiyejia"
    assert text_pinyin(f"{JI}林路") == "jilinlu"


@pytest.mark.parametrize(
    ("char", "reading"),
    [
        ("䶮", "yan"),
        ("堃", "kun"),
        ("喆", "zhe"),
        ("珺", "jun"),
        ("玥", "yue"),
        ("昇", "sheng"),
        ("犇", "ben"),
        ("淼", "miao"),
        ("垚", "yao"),
        ("赟", "yun"),
        ("頔", "di"),
        (JI, "ji"),
        ("\U0002a6a5", "zhe"),  # 𪚥, Extension B, read by pypinyin itself
    ],
)
def test_rare_name_characters(char: str, reading: str) -> None:
    assert char_readings(char)[0] == reading
    assert name_keys("王" + char).sort_key == "wang" + reading


def test_overrides_only_where_pypinyin_has_nothing() -> None:
    from pypinyin import Style, pinyin

    for char in RARE_CHAR_READINGS:
        assert pinyin(char, style=Style.NORMAL, errors="ignore") == [], char


def test_unreadable_character_is_dropped_not_raised() -> None:
    unknown = "\U00020bb6"  # 𠮶: Extension B, no reading in pypinyin 0.55 and no override
    assert char_readings(unknown) == ()
    assert name_keys(f"张{unknown}三").sort_key == "zhangsan"
    assert name_keys(unknown) == NameKeys("", (), ())
    assert text_pinyin(f"a{unknown}b") == "ab"
    assert name_keys("\U000e0001\ufffd\u200b") == NameKeys("", (), ())


# --- caps, shape, determinism ---------------------------------------------------------------

SAMPLES = [
    "张三",
    "单田芳",
    "欧阳娜娜",
    "区志强",
    "张重阳",
    "杭州银行股份有限公司",
    "重庆长安汽车股份有限公司长沙分公司",
    "阿依古丽·买买提",
    "ABC公司",
    "MARY SMITH",
    f"张{JI}",
    "行行行行行行行行行行行行行行行行行行行行",
]


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("cap", [1, 2, 3, 16])
def test_caps_are_respected(name: str, cap: int) -> None:
    keys = name_keys(name, max_variants=cap)
    assert 1 <= len(keys.full) <= cap
    assert 1 <= len(keys.initials) <= cap
    assert keys.full[0] == keys.sort_key == name_keys(name).sort_key
    assert keys.full == name_keys(name).full[:cap]  # a smaller cap keeps a prefix


@pytest.mark.parametrize("name", SAMPLES)
def test_keys_are_lowercase_ascii_and_deduplicated(name: str) -> None:
    keys = name_keys(name)
    for key in (*keys.full, *keys.initials):
        assert KEY.fullmatch(key), key
    assert len(set(keys.full)) == len(keys.full)
    assert len(set(keys.initials)) == len(keys.initials)


def test_single_changes_come_before_combinations() -> None:
    keys = name_keys("区志强")
    assert keys.full[:3] == ("ouzhiqiang", "quzhiqiang", "ouzhijiang")


def test_long_polyphonic_text_is_bounded_and_fast() -> None:
    name = "行长重乐和朝" * 40  # 240 polyphonic characters: a product of ~10^80 spellings
    keys = name_keys(name)
    assert len(keys.full) == 16
    assert keys.sort_key == text_pinyin(name)


def test_max_variants_must_be_positive() -> None:
    with pytest.raises(ValueError):
        name_keys("张三", max_variants=0)


def test_name_keys_is_cached() -> None:
    assert name_keys("单田芳") is name_keys("单田芳")
    assert name_keys.cache_info().maxsize >= 100_000


def test_deterministic_across_processes() -> None:
    code = (
        "from cs_desktop.domain.pinyin import name_keys;"
        f"print(repr([name_keys(n) for n in {SAMPLES!r}]))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
    name_keys.cache_clear()
    assert runs.pop().strip() == repr([name_keys(n) for n in SAMPLES])


def test_every_spelling_is_a_combination_of_readings() -> None:
    # 张重阳: 重 reads zhong/chong/tong; every spelling is zhang + one of them + yang
    readings = char_readings("重")
    expected = {f"zhang{r}yang" for r in readings}
    assert set(name_keys("张重阳").full) == expected
    # a surname's spellings: its surname readings and its ordinary reading, nothing else
    assert set(name_keys("单田芳").full) == {"shantianfang", "dantianfang"}
    assert not any(s.startswith("chan") for s in name_keys("单田芳").full)


def test_all_initials_come_from_spellings() -> None:
    keys = name_keys("区志强")
    combos = {
        a[0] + b[0] + c[0]
        for a, b, c in itertools.product(("ou", "qu"), ("zhi",), ("qiang", "jiang"))
    }
    assert set(keys.initials) == combos


# --- text_pinyin ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("杭州银行", "hangzhouyinhang"),
        ("浙江省杭州市西湖区文三路 100 号", "zhejiangshenghangzhoushixihuquwensanlu100hao"),
        ("重庆市江北区", "chongqingshijiangbeiqu"),
        ("长沙银行", "changshayinhang"),
        ("单位地址", "danweidizhi"),  # no surname reading for text
        ("ABC公司", "abcgongsi"),
        ("１２３号Ａ座", "123haoazuo"),
        ("", ""),
        ("  ", ""),
        ("——！？", ""),
    ],
)
def test_text_pinyin(text: str, expected: str) -> None:
    assert text_pinyin(text) == expected
