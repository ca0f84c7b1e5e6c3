from __future__ import annotations

import datetime as dt

import pytest

from cs_desktop.domain import idcard
from cs_desktop.domain.enums import Gender
from cs_desktop.domain.idcard import IdCardError, InvalidIdCard

# Published example numbers whose check characters are known.
KNOWN_VALID = {
    "11010519491231002X": (dt.date(1949, 12, 31), Gender.FEMALE),
    "440524188001010014": (dt.date(1880, 1, 1), Gender.MALE),
}


@pytest.mark.parametrize("number", KNOWN_VALID)
def test_known_numbers_parse(number: str) -> None:
    parsed = idcard.parse(number, today=dt.date(2026, 11, 23))
    assert (parsed.birth_date, parsed.gender) == KNOWN_VALID[number]
    assert parsed.region_code == number[:6]


def test_typed_forms_are_cleaned() -> None:
    # full-width digits, a lower-case x and spaces, as a keyboard-wedge reader or a person types
    typed = "１１０１０５ １９４９１２３１ ００２x"
    assert idcard.parse(typed, today=dt.date(2026, 1, 1)).number == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("", IdCardError.EMPTY),
        ("11010519491231002", IdCardError.LENGTH),
        ("1101051949123100AX", IdCardError.CHARACTERS),
        ("99010519491231002X", IdCardError.REGION),
        ("110105194902300021", IdCardError.BIRTH_DATE),  # 30 February
        ("110105194912310021", IdCardError.CHECK_DIGIT),
    ],
)
def test_invalid_numbers_name_the_rule(number: str, code: IdCardError) -> None:
    with pytest.raises(InvalidIdCard) as info:
        idcard.parse(number, today=dt.date(2026, 1, 1))
    assert info.value.code is code


def test_future_birth_date_is_refused() -> None:
    number = idcard.build("110105", dt.date(2030, 1, 1), 1)
    with pytest.raises(InvalidIdCard) as info:
        idcard.parse(number, today=dt.date(2026, 1, 1))
    assert info.value.code is IdCardError.FUTURE_BIRTH


@pytest.mark.parametrize("sequence", [0, 1, 2, 17, 998, 999])
def test_build_round_trips_with_gender_from_parity(sequence: int) -> None:
    birth = dt.date(1988, 2, 29)
    number = idcard.build("330106", birth, sequence)
    parsed = idcard.parse(number, today=dt.date(2026, 1, 1))
    assert parsed.birth_date == birth
    assert parsed.gender is (Gender.MALE if sequence % 2 else Gender.FEMALE)


def test_every_single_digit_typo_is_caught() -> None:
    number = idcard.build("440305", dt.date(1990, 6, 15), 123)
    for pos in range(17):
        for digit in "0123456789":
            if digit == number[pos]:
                continue
            typo = number[:pos] + digit + number[pos + 1 :]
            with pytest.raises(InvalidIdCard):
                idcard.parse(typo, today=dt.date(2026, 1, 1))


def test_mask_keeps_region_and_last_four() -> None:
    assert idcard.mask("11010519491231002X") == "110105********002X"
