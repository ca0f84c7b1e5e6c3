from __future__ import annotations

import pytest

from cs_desktop.domain import phones
from cs_desktop.domain.enums import PhoneKind
from cs_desktop.domain.phones import InvalidPhone, PhoneError


@pytest.mark.parametrize(
    "typed",
    ["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "0086-13800138000",
     "8613800138000", "１３８００１３８０００", "（+86）138 0013 8000", " 138.0013.8000 "],
)  # fmt: skip
def test_mobile_forms_normalise_to_the_same_digits(typed: str) -> None:
    phone = phones.parse(typed)
    assert phone.kind is PhoneKind.MOBILE
    assert phone.digits == "13800138000"
    assert phone.display == "138 0013 8000"


@pytest.mark.parametrize(
    ("typed", "digits", "extension", "display"),
    [
        ("010-12345678", "01012345678", "", "010-12345678"),
        ("(021)6543-2109", "02165432109", "", "021-65432109"),
        ("0571 8765432", "05718765432", "", "0571-8765432"),
        ("0755-8888 9999 转 123", "075588889999", "123", "0755-88889999 转 123"),
        ("010-12345678-123", "01012345678", "123", "010-12345678 转 123"),
        ("０２０－８７６５４３２１", "02087654321", "", "020-87654321"),
    ],
)
def test_landlines(typed: str, digits: str, extension: str, display: str) -> None:
    phone = phones.parse(typed)
    assert (phone.kind, phone.digits, phone.extension) == (PhoneKind.LANDLINE, digits, extension)
    assert phone.display == display


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", PhoneError.EMPTY),
        ("   ", PhoneError.EMPTY),
        ("1380013800", PhoneError.MOBILE_LENGTH),
        ("138001380001", PhoneError.MOBILE_LENGTH),
        ("12800138000", PhoneError.UNKNOWN_FORMAT),
        ("138OO138000", PhoneError.CHARACTERS),  # letters O for zeros
        ("010-0123456", PhoneError.LANDLINE_FORMAT),
        ("010-123", PhoneError.LANDLINE_FORMAT),
        ("5551234", PhoneError.UNKNOWN_FORMAT),
    ],
)
def test_bad_numbers_name_the_reason(typed: str, code: PhoneError) -> None:
    with pytest.raises(InvalidPhone) as info:
        phones.parse(typed)
    assert info.value.code is code


def test_masks() -> None:
    assert phones.mask("13800138000") == "138****8000"
    assert phones.mask("01012345678") == "010****5678"
