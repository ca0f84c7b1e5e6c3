"""Fast builders for the stored forms demo rows need a million times over.

Each function here gives exactly what the general-purpose function named in its docstring gives
(``cs_desktop.domain.ids.uuid7_from``, ``cs_desktop.domain.idcard.build``,
``cs_desktop.storage.types.encode_utc``), only without per-call object creation and formatting;
the tests compare them row by row. Kept free of SQLAlchemy so worker processes start quickly.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_DAY_MS = 86_400_000
V7_BITS = (0x7 << 76) | (0b10 << 62)  # version 7, RFC 9562 variant
ID_MASK = ((1 << 128) - 1) ^ (0xF << 76) ^ (0b11 << 62)  # all but the version and variant bits


def uuid7_bits(unix_ms: int, bits80: int) -> bytearray:
    """``uuid7_from(unix_ms, bits80 >> 64, bits80).bytes`` as a bytearray (equal to the bytes,
    bound faster by sqlite3: see ``storage.bulk.NULL``): 80 random bits with the version and
    variant bits set over them."""
    return bytearray(((((unix_ms << 80) | bits80) & ID_MASK) | V7_BITS).to_bytes(16, "big"))


class Clock:
    """Stored text and Unix milliseconds of instants, by day and millisecond of the day.

    ``text(day, ms_of_day)`` equals ``encode_utc`` of that instant: "YYYY-MM-DD HH:MM:SS.ffffff".
    Days are counted from ``first_ordinal`` (a ``date.toordinal()``).
    """

    def __init__(self, first_ordinal: int, days: int) -> None:
        self.first_ordinal = first_ordinal
        self.day_text = [
            dt.date.fromordinal(first_ordinal + d).isoformat() + " " for d in range(days)
        ]
        self.day_ms = [(first_ordinal + d - _EPOCH_ORDINAL) * _DAY_MS for d in range(days)]
        self.hms, self.frac = _time_texts()

    def text(self, day: int, ms_of_day: int) -> str:
        return self.day_text[day] + self.hms[ms_of_day // 1000] + self.frac[ms_of_day % 1000]

    def unix_ms(self, day: int, ms_of_day: int) -> int:
        return self.day_ms[day] + ms_of_day


@cache
def _time_texts() -> tuple[list[str], list[str]]:
    """ "HH:MM:SS." for every second of a day and "fff000" for every millisecond."""
    hms = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}." for s in range(86_400)]
    return hms, [f"{m:03d}000" for m in range(1000)]


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(c) * w for c, w in zip(digits, weights, strict=True))


class IdNumbers:
    """``idcard.build(region, birth, sequence)`` with the check sum of each part computed once."""

    def __init__(self) -> None:
        self._regions: dict[str, int] = {}
        self._births: dict[int, tuple[str, int]] = {}
        self._sequences = [
            (f"{s:03d}", _weighted(f"{s:03d}", _ID_WEIGHTS[14:])) for s in range(1000)
        ]

    def build(self, region: str, birth_ordinal: int, sequence: int) -> str:
        r = self._regions.get(region)
        if r is None:
            r = self._regions[region] = _weighted(region, _ID_WEIGHTS[:6])
        b = self._births.get(birth_ordinal)
        if b is None:
            text = dt.date.fromordinal(birth_ordinal).strftime("%Y%m%d")
            b = self._births[birth_ordinal] = (text, _weighted(text, _ID_WEIGHTS[6:14]))
        s_text, s_sum = self._sequences[sequence]
        return region + b[0] + s_text + _ID_CHECK[(r + b[1] + s_sum) % 11]


# Unified social credit code (统一社会信用代码, GB 32100-2015): registration authority, type,
# six-digit region, nine-character organisation code (GB 11714, its own check), check character.
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_check(body8: str) -> str:
    total = sum(int(c, 36) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def _uscc_check(first17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def social_credit_code(region: str, body8: str, authority: str = "9", kind: str = "1") -> str:
    """An 18-character unified social credit code; ``body8`` is the organisation code's body."""
    first17 = authority + kind + region + body8 + _org_check(body8)
    return first17 + _uscc_check(first17)


def is_social_credit_code(code: str) -> bool:
    """Both check characters right and only characters the standard allows."""
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    return _org_check(code[8:16]) == code[16] and _uscc_check(code[:17]) == code[17]
