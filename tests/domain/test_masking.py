"""Masked ID and phone numbers: recognisable, never whole, whatever was typed."""

from __future__ import annotations

import pytest

from cs_desktop.domain.masking import mask_id_number, mask_phone


@pytest.mark.parametrize(("typed", "shown"), [
    ("110105199001011234", "110105********1234"),
    ("１１０１０５１９９００１０１１２３ｘ", "110105********123X"),  # full-width, lower-case x
    ("110105 19900101 1234", "110105********1234"),
    ("110105900101123", "110105*****1123"),  # an old 15-digit number
    ("E12345678", "E1****678"),  # a passport
    ("AB12", "****"),
    ("", ""),
    (None, ""),
])  # fmt: skip
def test_id_numbers(typed, shown) -> None:
    assert mask_id_number(typed) == shown


@pytest.mark.parametrize(("typed", "shown"), [
    ("13812348000", "138****8000"),
    ("+86 138-1234-8000", "138****8000"),
    ("１３８１２３４８０００", "138****8000"),
    ("010-12345678", "010****5678"),
    ("0755-1234567 转 123", "0755***4567 转 123"),
    ("12345", "***45"),
    ("8000", "****"),
    ("微信同号", "***"),
    ("", ""),
])  # fmt: skip
def test_phones(typed, shown) -> None:
    assert mask_phone(typed) == shown


@pytest.mark.parametrize("value", ["110105199001011234", "13812348000", "0123456789", "𠮷1234567"])
def test_the_middle_is_never_shown(value) -> None:
    for masked in (mask_id_number(value), mask_phone(value)):
        assert "*" in masked and masked != value
