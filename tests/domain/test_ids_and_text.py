from __future__ import annotations

import time

from cs_desktop.domain.ids import new_id, uuid7_from, uuid7_ms
from cs_desktop.domain.text import is_outside_bmp, normalize


def test_uuid7_layout_and_time_order() -> None:
    before = time.time_ns() // 1_000_000
    ids = [new_id() for _ in range(2000)]
    after = time.time_ns() // 1_000_000
    assert all(i.version == 7 and i.variant == "specified in RFC 4122" for i in ids)
    assert all(before <= uuid7_ms(i) <= after for i in ids)
    assert len(set(ids)) == len(ids)
    early, late = new_id(now_ms=1_000), new_id(now_ms=2_000)
    assert early < late and early.bytes < late.bytes  # byte order is time order (B-tree locality)


def test_uuid7_from_is_deterministic() -> None:
    a = uuid7_from(1_700_000_000_000, 0xABC, 0x123456789)
    assert a == uuid7_from(1_700_000_000_000, 0xABC, 0x123456789)
    assert a.version == 7 and uuid7_ms(a) == 1_700_000_000_000


def test_normalize_full_width_and_spaces() -> None:
    assert normalize("  张三　１３８ＡＢ  ") == "张三 138AB"
    assert normalize(None) == ""


def test_outside_bmp() -> None:
    assert is_outside_bmp("𠮷野家")
    assert not is_outside_bmp("吉野家")
