"""A realistic customer spreadsheet to try the import with (bench/import.py, tests): people with
valid resident IDs whose birth date and gender agree, mainland mobiles typed in the ways clerks
type them, addresses of real districts; and, at a known rate, lines an import must reject (a
mistyped ID check digit, a phone with a digit missing, no name, the same ID as an earlier line).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from cs_desktop.domain import idcard
from cs_desktop.domain.regions import DISTRICTS

from .names import FEMALE_MODERN, JI, MALE_MODERN, ROADS, WeightedSurnames

HEADER = ("姓名", "性别", "出生日期", "身份证号", "手机", "地址", "标签", "备注")
BAD_KINDS = ("id_check_digit", "phone_mobile_length", "required", "duplicate_in_file")
TAGS = ("VIP", "慢病随访", "体检", "老客户", "")


@dataclass(frozen=True)
class DemoFile:
    path: Path
    lines: int  # data lines (the header is line 1)
    bad: dict[int, str]  # line number -> the reason code the import must give


def _phone(rng: random.Random, n: int) -> str:
    digits = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    style = n % 4
    if style == 1:
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if style == 2:
        return f"+86 {digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if style == 3:  # full-width digits, as some input methods type them
        return digits.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    return digits


def write_demo_csv(path: Path, lines: int, *, seed: int = 1, bad_every: int = 97,
                   encoding: str = "utf-8-sig", today: dt.date | None = None) -> DemoFile:  # fmt: skip
    """Write ``lines`` customer lines; every ``bad_every``-th line is one an import rejects."""
    rng = random.Random(seed)
    surnames = WeightedSurnames()
    today = today or dt.date.today()
    bad: dict[int, str] = {}
    first_id = ""
    used: set[str] = set()
    sequence = 0
    with path.open("w", encoding=encoding, newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for n in range(lines):
            line = n + 2
            male = rng.random() < 0.5
            surname = surnames.pick(rng.random())[0]
            pool = MALE_MODERN if male else FEMALE_MODERN
            given = "".join(rng.choice(pool)[0] for _ in range(rng.choice((1, 2, 2))))
            name = surname + (JI if n % 5000 == 7 else given)
            district = DISTRICTS[rng.randrange(len(DISTRICTS))]
            birth = today - dt.timedelta(days=rng.randrange(18 * 365, 85 * 365))
            # Every ID of the file differs (but a planted duplicate); the parity is the gender.
            sequence += 1
            serial = (sequence % 500) * 2 + (1 if male else 0)
            id_number = idcard.build(district.code, birth, serial)
            while id_number in used:
                birth -= dt.timedelta(days=1)
                id_number = idcard.build(district.code, birth, serial)
            used.add(id_number)
            birth = dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
            phone = _phone(rng, n)
            street = f"{rng.choice(ROADS)}{rng.randrange(1, 999)}号"
            address = f"{district.province}{'' if district.city == district.province else district.city}{district.district}{street}"
            row = [name, "男" if male else "女", birth.isoformat(), id_number, phone, address,
                   rng.choice(TAGS), ""]  # fmt: skip
            if not first_id:
                first_id = id_number
            if bad_every and n % bad_every == bad_every - 1:
                kind = BAD_KINDS[(n // bad_every) % len(BAD_KINDS)]
                if kind == "id_check_digit":
                    wrong = "0123456789X".replace(id_number[-1], "")
                    row[3] = id_number[:-1] + rng.choice(wrong)
                elif kind == "phone_mobile_length":
                    row[4] = "1391234567"
                elif kind == "required":
                    row[0] = ""
                else:
                    row[3] = first_id
                    row[2], row[1] = first_id[6:10] + "-" + first_id[10:12] + "-" + first_id[12:14], (
                        "男" if int(first_id[16]) % 2 else "女")  # fmt: skip
                bad[line] = kind
            out.writerow(row)
    return DemoFile(path, lines, bad)
