"""The hybrid logical clock and the field merge rule (pure)."""

from __future__ import annotations

import uuid

from cs_desktop.domain.sync import clock
from cs_desktop.domain.sync.merge import Policy, RowState, merge

A, B = uuid.UUID(int=1), uuid.UUID(int=2)


def test_a_stamp_is_later_than_anything_seen_even_when_the_wall_clock_is_behind() -> None:
    first = clock.tick(None, 5_000, A)
    assert clock.tick(first, 5_000, A) > first  # same millisecond: the counter moves
    received = clock.tick(None, 9_000, B)  # another site's PC is 4 s ahead
    later = clock.tick(max(first, received), 6_000, A)
    assert later > received and clock.site_of(later) == A.hex
    assert sorted([later, first, received]) == [first, received, later]


def _row(values: dict, clocks: dict, seen: dict) -> RowState:
    return RowState(values, clocks, seen)


def _fresh() -> str:
    return clock.tick(None, 99_000, A)


def test_overwriting_a_value_one_has_seen_is_an_edit_not_a_conflict() -> None:
    t1 = clock.tick(None, 1_000, A)
    t2 = clock.tick(t1, 2_000, B)  # B changed the name after receiving A's row
    mine = _row({"name": "张三"}, {"name": t1}, {A.hex: t1})
    theirs = _row({"name": "张叁"}, {"name": t2}, {A.hex: t1, B.hex: t2})
    out = merge(mine, theirs, ["name"], Policy.NEWEST, _fresh)
    assert out.state.values == {"name": "张叁"} and out.changed == {"name"}
    assert out.conflicts == []
    again = merge(out.state, theirs, ["name"], Policy.NEWEST, _fresh)  # the same file twice
    assert again.changed == set() and again.conflicts == [] and not again.advanced


def test_concurrent_edits_of_one_field_keep_the_newest_and_list_the_other() -> None:
    born = clock.tick(None, 1_000, A)
    a = clock.tick(born, 3_000, A)
    b = clock.tick(born, 2_000, B)
    mine = _row({"name": "甲", "notes": "x"}, {"name": a, "notes": born}, {A.hex: a})
    theirs = _row({"name": "乙", "notes": "y"}, {"name": b, "notes": b}, {A.hex: born, B.hex: b})
    out = merge(mine, theirs, ["name", "notes"], Policy.NEWEST, _fresh)
    assert out.state.values == {"name": "甲", "notes": "y"}  # per field: notes only changed at B
    assert [(c.field, c.kept, c.lost, c.local_lost) for c in out.conflicts] == [
        ("name", "甲", "乙", False)
    ]
    # the other site reaches the same values and lists the same loser
    back = merge(theirs, mine, ["name", "notes"], Policy.NEWEST, _fresh)
    assert back.state.values == out.state.values
    assert [(c.field, c.lost, c.local_lost) for c in back.conflicts] == [("name", "乙", True)]


def test_keep_ours_restamps_our_value_so_it_travels_and_the_other_site_takes_it() -> None:
    born = clock.tick(None, 1_000, A)
    a = clock.tick(born, 2_000, A)
    b = clock.tick(born, 3_000, B)
    mine = _row({"name": "甲"}, {"name": a}, {A.hex: a})
    theirs = _row({"name": "乙"}, {"name": b}, {A.hex: born, B.hex: b})
    out = merge(mine, theirs, ["name"], Policy.OURS, lambda: clock.tick(b, 3_500, A))
    assert out.state.values == {"name": "甲"} and out.state.clocks["name"] > b
    assert [(c.kept, c.lost) for c in out.conflicts] == [("甲", "乙")]
    at_b = merge(theirs, out.state, ["name"], Policy.OURS, _fresh)
    assert at_b.state.values == {"name": "甲"} and at_b.conflicts == []  # B had been seen


def test_keep_theirs_and_decide_by_hand() -> None:
    born = clock.tick(None, 1_000, A)
    a = clock.tick(born, 3_000, A)
    b = clock.tick(born, 2_000, B)
    mine = _row({"name": "甲"}, {"name": a}, {A.hex: a})
    theirs = _row({"name": "乙"}, {"name": b}, {A.hex: born, B.hex: b})
    out = merge(mine, theirs, ["name"], Policy.THEIRS, lambda: clock.tick(a, 3_100, A))
    assert out.state.values == {"name": "乙"} and out.state.clocks["name"] > a
    manual = merge(mine, theirs, ["name"], Policy.MANUAL, _fresh)
    assert manual.state.values == {"name": "甲"} and manual.state.clocks["name"] == a
    assert [c.lost for c in manual.conflicts] == ["乙"]
