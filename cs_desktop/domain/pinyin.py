"""Pinyin keys of names and text: customer search, "by name" ordering, duplicate detection.

Pure Python: the standard library and pypinyin only.

- ``name_keys(name)`` gives a person's or organisation's keys: the primary spelling (``sort_key``),
  every spelling worth indexing (``full``) and their initials (``initials``, "zs" for 张三).
- A personal name (1-4 Chinese characters, or a compound surname plus up to 3) has its surname
  read as a surname: pypinyin reads 单 dan, 曾 ceng, 区 qu... where a surname is Shan, Zeng, Ou.
  The ordinary reading is indexed too, and so is every reading of a polyphonic character of the
  given name, so either spelling finds the person.
- ``text_pinyin(text)`` gives the primary spelling of any text (addresses, company names).

Keys are lowercase ASCII for Chinese (ü is written ``v``, as pypinyin and Chinese input methods
do: 吕 -> "lv"); letters of other scripts are lowercased with accents removed and kept; digits are
kept; spaces and symbols are dropped. A Chinese character nobody can read is dropped, never raised.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.constants import PHRASES_DICT

from cs_desktop.domain.text import normalize

__all__ = [
    "COMPOUND_SURNAMES",
    "NAME_KEYS_CACHE_SIZE",
    "RARE_CHAR_READINGS",
    "SURNAME_READINGS",
    "NameKeys",
    "char_readings",
    "is_han",
    "is_personal_name",
    "name_keys",
    "split_name",
    "text_pinyin",
]

# Compound surnames (复姓) of the Hundred Family Surnames and the ones still met today, in
# simplified and traditional forms. 贺兰 is left out on purpose: 贺 + 兰X (兰芳, 兰英) is far
# more common than the compound surname, and the pinyin is the same either way.
_COMPOUND_SURNAMES_TEXT = """
    欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 闾丘 赫连
    澹台 端木 百里 东郭 南宫 西门 独孤 万俟 闻人 公羊 公冶 宗政 濮阳 淳于 单于 太叔 申屠 仲孙
    鲜于 司空 亓官 司寇 子车 颛孙 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 南门
    呼延 羊舌 微生 梁丘 左丘 东门 第五 纳兰 完颜 爱新觉罗 呼衍 乞伏 斛律 哥舒 即墨 达奚 公仪
    叱干 司城 东里
    歐陽 司馬 諸葛 東方 尉遲 公孫 長孫 軒轅 鍾離 閭丘 赫連 澹臺 東郭 南宮 西門 獨孤 萬俟 聞人
    單于 樂正 鮮于 顓孫 壤駟 夾谷 穀梁 東門 納蘭 完顏 愛新覺羅 濮陽
"""
COMPOUND_SURNAMES: frozenset[str] = frozenset(_COMPOUND_SURNAMES_TEXT.split())

# How a surname is read when it is a surname, as syllables; the first reading is the primary one.
# Only surnames that pypinyin 0.55 reads otherwise by default (checked one by one), plus a few
# compound surnames whose reading is easy to get wrong (长孙, 尉迟, 令狐, 澹台).
_SURNAME_SYLLABLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "单": (("shan",),),
    "單": (("shan",),),
    "曾": (("zeng",),),
    "区": (("ou",),),
    "區": (("ou",),),
    "解": (("xie",),),
    "仇": (("qiu",),),
    "朴": (("piao",),),
    "查": (("zha",),),
    "査": (("zha",),),
    "乐": (("yue",), ("le",)),
    "樂": (("yue",), ("le",)),
    "覃": (("qin",), ("tan",)),
    "盖": (("ge",), ("gai",)),
    "蓋": (("ge",), ("gai",)),
    "繁": (("po",),),
    "种": (("chong",),),
    "種": (("chong",),),
    "员": (("yun",),),
    "員": (("yun",),),
    "貟": (("yun",),),
    "缪": (("miao",),),
    "繆": (("miao",),),
    "翟": (("zhai",), ("di",)),
    "阚": (("kan",),),
    "秘": (("bi",),),
    "句": (("gou",),),
    "召": (("shao",),),
    "洗": (("xian",),),
    "祭": (("zhai",),),
    "蕃": (("pi",),),
    "折": (("she",),),
    "能": (("nai",),),
    "隗": (("wei",), ("kui",)),
    "薄": (("bo",),),
    "都": (("du",),),
    "卜": (("bu",),),
    "蔚": (("yu",), ("wei",)),
    "粘": (("nian",),),
    "佴": (("nai",),),
    "乜": (("nie",),),
    "角": (("jue",), ("jiao",)),
    "重": (("chong",),),
    "率": (("shuai",),),
    "长": (("chang",),),
    "長": (("chang",),),
    "谌": (("chen",), ("shen",)),
    "牟": (("mou",), ("mu",)),
    "宓": (("mi",), ("fu",)),
    "郇": (("huan",), ("xun",)),
    "万俟": (("mo", "qi"),),
    "萬俟": (("mo", "qi"),),
    "尉迟": (("yu", "chi"),),
    "尉遲": (("yu", "chi"),),
    "长孙": (("zhang", "sun"),),
    "長孫": (("zhang", "sun"),),
    "令狐": (("ling", "hu"),),
    "澹台": (("tan", "tai"),),
    "澹臺": (("tan", "tai"),),
    "单于": (("chan", "yu"),),
    "單于": (("chan", "yu"),),
    "乐正": (("yue", "zheng"),),
    "樂正": (("yue", "zheng"),),
    "皇甫": (("huang", "fu"),),
}

SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    surname: tuple("".join(syllables) for syllables in readings)
    for surname, readings in _SURNAME_SYLLABLES.items()
}

# Rare name characters pypinyin 0.55 cannot read. 䶮 堃 喆 珺 玥 昇 犇 淼 垚 赟 頔 were checked and
# are read right (yan kun zhe jun yue sheng ben miao yao yun di), so only 𠮷 needs an entry.
RARE_CHAR_READINGS: dict[str, tuple[str, ...]] = {
    "\U00020bb7": ("ji",),  # 𠮷, a variant of 吉 used in names
}

# Words that make a short all-Chinese name an organisation rather than a person.
_ORG_WORDS = (
    "公司", "集团", "银行", "医院", "诊所", "门诊", "药房", "药店", "超市", "商店", "商行",
    "商场", "酒店", "饭店", "宾馆", "餐厅", "中心", "学校", "小学", "中学", "大学", "学院",
    "幼儿园", "研究", "工厂", "协会", "政府", "委员", "事务", "有限", "股份", "科技", "贸易",
    "实业", "商贸", "物业", "工作室", "合作社", "俱乐部", "基金", "保险", "证券", "律所",
    "工程", "社区", "村委", "居委", "办事处", "派出所", "经销",
)  # fmt: skip
# Not 建设, 卫生, 学会: they are given names too (张建设).
_ORG_PATTERN = re.compile("|".join(_ORG_WORDS))
# A last character that makes a name of 3+ characters an organisation (税务局, 五金店).
_ORG_LAST_CHARS = frozenset("局厂店所院馆站处部")

# The longest surname first, so 爱新觉罗 wins over a shorter prefix.
_COMPOUND_LENGTHS = sorted({len(s) for s in COMPOUND_SURNAMES}, reverse=True)
_MAX_GIVEN_LENGTH = 3
_SHORT_STRETCH = 4  # a given name: cheap to check against the phrase dictionary
_SYLLABLE = re.compile(r"[a-z]+")

NAME_KEYS_CACHE_SIZE = 200_000


@dataclass(frozen=True, slots=True)
class NameKeys:
    sort_key: str
    """Primary full pinyin: the surname read as a surname (单田芳 -> "shantianfang")."""
    full: tuple[str, ...]
    """Every full spelling worth indexing, the primary (``sort_key``) first."""
    initials: tuple[str, ...]
    """The initials of the spellings in ``full`` ("stf", "dtf"), deduplicated, primary first;
    at most ``max_variants`` of them too."""


# An alternative for one position of a key: (full spelling, initials).
_Alt = tuple[str, str]
_EMPTY = NameKeys("", (), ())


def is_han(ch: str) -> bool:
    """True for a CJK unified or compatibility ideograph, including Extensions A to H."""
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2FA1F
        or 0x30000 <= cp <= 0x323AF
        or 0xF900 <= cp <= 0xFAFF
        or cp == 0x3007  # 〇
    )


@lru_cache(maxsize=65_536)
def char_readings(ch: str) -> tuple[str, ...]:
    """Every toneless reading of one character, pypinyin's default first; () when unknown."""
    if ch in RARE_CHAR_READINGS:
        return RARE_CHAR_READINGS[ch]
    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    if not found:
        return ()
    return tuple(dict.fromkeys(r for r in found[0] if _SYLLABLE.fullmatch(r)))


@lru_cache(maxsize=65_536)
def _run_primary(run: str) -> tuple[str, ...]:
    """The primary reading of each character of a run of Chinese characters ("" when unknown).

    Uses pypinyin's phrase-aware default (重阳 chong yang, 银行 yin hang) on stretches pypinyin
    can read; a stretch of characters with a single reading each is read directly (same result,
    much faster).
    """
    readings = [char_readings(ch) for ch in run]
    if all(len(r) <= 1 for r in readings):
        return tuple(r[0] if r else "" for r in readings)
    out: list[str] = []
    start = 0
    for i in range(len(run) + 1):
        if i < len(run) and readings[i] and run[i] not in RARE_CHAR_READINGS:
            continue
        if start < i:
            out.extend(_phrase_primary(run[start:i], readings[start:i]))
        if i < len(run):
            out.append(readings[i][0] if readings[i] else "")
        start = i + 1
    return tuple(out)


def _phrase_primary(stretch: str, readings: list[tuple[str, ...]]) -> list[str]:
    if len(stretch) <= _SHORT_STRETCH and not _holds_phrase(stretch):
        # No word of pypinyin's phrase dictionary inside: lazy_pinyin would give each
        # character its default reading (checked on 200,000 random 2-3 character strings).
        return [r[0] for r in readings]
    got = lazy_pinyin(stretch, style=Style.NORMAL, errors="ignore")
    if len(got) == len(stretch) and all(_SYLLABLE.fullmatch(g) for g in got):
        return got
    return [r[0] for r in readings]  # pypinyin split the stretch oddly: read char by char


@lru_cache(maxsize=65_536)
def _char_alternatives(ch: str, primary: str) -> tuple[_Alt, ...]:
    return tuple((r, r[0]) for r in dict.fromkeys((primary, *char_readings(ch))))


def _holds_phrase(stretch: str) -> bool:
    n = len(stretch)
    return any(stretch[i:j] in PHRASES_DICT for i in range(n - 1) for j in range(i + 2, n + 1))


def _plain_letters(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _positions(text: str, alternatives: bool) -> list[tuple[_Alt, ...]]:
    """The key positions of already normalised text: one per Chinese character or other word.

    Each position lists its alternatives, the primary first: a Chinese character's phrase-aware
    reading then its other readings; a word of letters (initial: its first letter, and also all
    of it for an all-capital word such as ABC); a run of digits (kept whole in the initials too).
    """
    out: list[tuple[_Alt, ...]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if is_han(ch):
            j = i + 1
            while j < n and is_han(text[j]):
                j += 1
            run = text[i:j]
            for c, primary in zip(run, _run_primary(run), strict=True):
                if not primary:
                    continue  # a character nobody can read
                if alternatives:
                    out.append(_char_alternatives(c, primary))
                else:
                    out.append(((primary, primary[0]),))
            i = j
        elif ch.isdecimal():
            j = i + 1
            while j < n and text[j].isdecimal():
                j += 1
            digits = "".join(str(unicodedata.decimal(c)) for c in text[i:j])
            out.append(((digits, digits),))
            i = j
        elif ch.isalpha():
            j = i + 1
            while j < n and text[j].isalpha() and not is_han(text[j]):
                j += 1
            word = text[i:j]
            plain = _plain_letters(word)
            if not plain:
                pass
            elif alternatives and len(plain) > 1 and word.isupper():
                # An acronym (ABC公司): initials "ags" and "abcgs" both find it.
                out.append(((plain, plain[0]), (plain, plain)))
            else:
                out.append(((plain, plain[0]),))
            i = j
        else:
            i += 1  # spaces, punctuation, symbols
    return out


def is_personal_name(text: str) -> bool:
    """True when normalised, space-free text reads as a Chinese personal name.

    All Chinese characters; at most 3 characters after the surname (compound surnames
    recognised); no organisation word (公司, 医院, 银行...). A name written with a middle dot
    (阿依古丽·买买提) is a transliteration with no Chinese surname: False.
    """
    if not text or not all(is_han(ch) and ch != "〇" for ch in text):
        return False
    if _ORG_PATTERN.search(text):
        return False
    if len(text) >= 3 and text[-1] in _ORG_LAST_CHARS:
        return False
    return len(text) - len(_surname_of(text)) <= _MAX_GIVEN_LENGTH


def _surname_of(text: str) -> str:
    for length in _COMPOUND_LENGTHS:
        if len(text) > length and text[:length] in COMPOUND_SURNAMES:
            return text[:length]
    return text[:1]


def split_name(name: str) -> tuple[str, str]:
    """(surname, given name) of a Chinese personal name; ("", name) for anything else.

    Compound surnames are recognised when something follows them (欧阳娜娜 -> 欧阳, 娜娜; a bare
    two-character 欧阳 is the surname 欧 and the given name 阳). The name is normalised first
    (full-width forms, surrounding spaces); spaces inside a Chinese name are dropped (张 三).
    "Mary Smith", "ABC公司" and "杭州银行股份有限公司" return ("", name).
    """
    text = normalize(name)
    compact = text.replace(" ", "")
    if not is_personal_name(compact):
        return "", text
    surname = _surname_of(compact)
    return surname, compact[len(surname) :]


@lru_cache(maxsize=4_096)
def _surname_alternatives(surname: str) -> tuple[_Alt, ...]:
    """The surname's readings as a surname, then its ordinary reading, as one key position."""
    spellings: list[tuple[str, ...]] = list(_SURNAME_SYLLABLES.get(surname, ()))
    ordinary = tuple(p for p in _run_primary(surname) if p)
    if len(ordinary) == len(surname):
        spellings.append(ordinary)
    alts = {
        ("".join(syllables), "".join(s[0] for s in syllables)): None
        for syllables in spellings
        if syllables
    }
    return tuple(alts)


def _combinations(positions: list[tuple[_Alt, ...]], limit: int) -> Iterator[tuple[_Alt, ...]]:
    """The primary combination, then those differing in 1 position, then in 2...

    Lazy, so a long company name never builds its whole heteronym product.
    """
    primary = tuple(p[0] for p in positions)
    yield primary
    varying = [i for i, p in enumerate(positions) if len(p) > 1]
    produced = 1
    for k in range(1, len(varying) + 1):
        for chosen in itertools.combinations(varying, k):
            for picks in itertools.product(*(range(1, len(positions[i])) for i in chosen)):
                combo = list(primary)
                for i, pick in zip(chosen, picks, strict=True):
                    combo[i] = positions[i][pick]
                yield tuple(combo)
                produced += 1
                if produced >= limit:
                    return


def _keys(positions: list[tuple[_Alt, ...]], max_variants: int) -> NameKeys:
    if not positions:
        return _EMPTY
    if all(len(p) == 1 for p in positions):
        spelling = "".join(p[0][0] for p in positions)
        return NameKeys(spelling, (spelling,), ("".join(p[0][1] for p in positions),))
    full: dict[str, None] = {}
    initials: dict[str, None] = {}
    # Different combinations rarely spell the same (only an acronym's two initials do); the
    # bound only guards against a pathology.
    for combo in _combinations(positions, limit=max_variants * 8):
        spelling = "".join(alt[0] for alt in combo)
        if spelling not in full:
            if len(full) >= max_variants:
                break
            full[spelling] = None
        if len(initials) < max_variants:
            initials["".join(alt[1] for alt in combo)] = None
    spellings = tuple(full)
    return NameKeys(spellings[0], spellings, tuple(initials))


@lru_cache(maxsize=NAME_KEYS_CACHE_SIZE)
def name_keys(name: str, max_variants: int = 16) -> NameKeys:
    """Pinyin keys of a customer's name (a person or an organisation).

    ``full`` holds at most ``max_variants`` spellings; the surname's readings count as the
    first position, so single changes (the other surname reading, the other reading of one
    given-name character) come before combinations of them. Cached: names repeat a lot; call
    ``name_keys.cache_clear()`` to free the memory after a bulk rebuild.
    """
    if max_variants < 1:
        raise ValueError("max_variants must be at least 1")
    surname, rest = split_name(name)
    positions = _positions(rest, alternatives=True)
    if surname:
        surname_position = _surname_alternatives(surname)
        if surname_position:
            positions.insert(0, surname_position)
    return _keys(positions, max_variants)


@lru_cache(maxsize=16_384)
def text_pinyin(text: str) -> str:
    """Primary pinyin of any text, lowercase, without tones, spaces or symbols.

    No surname readings: 单位地址 is "danweidizhi". 杭州银行 -> "hangzhouyinhang".
    """
    return "".join(p[0][0] for p in _positions(normalize(text), alternatives=False))
