"""Time-ordered UUIDv7 identifiers (RFC 9562).

Records are created at several offline sites and merged later, so keys must never collide;
v7 keeps them roughly ordered by creation time, which keeps B-tree inserts local.
"""

from __future__ import annotations

import os
import time
import uuid

_VERSION = 0x7
_VARIANT = 0b10


def uuid7_from(unix_ms: int, rand_a: int, rand_b: int) -> uuid.UUID:
    """Build a UUIDv7 from its parts: 48-bit milliseconds, 12 and 62 random bits.

    Deterministic generators (demo data) pass their own random bits.
    """
    if not 0 <= unix_ms < (1 << 48):
        raise ValueError("unix_ms out of range for UUIDv7")
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= _VERSION << 76
    value |= (rand_a & 0xFFF) << 64
    value |= _VARIANT << 62
    value |= rand_b & ((1 << 62) - 1)
    return uuid.UUID(int=value)


def new_id(now_ms: int | None = None) -> uuid.UUID:
    """A fresh UUIDv7 for the current time (or ``now_ms``)."""
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    rnd = int.from_bytes(os.urandom(10), "big")
    return uuid7_from(ms, rnd >> 68, rnd)


def uuid7_ms(value: uuid.UUID) -> int:
    """The millisecond timestamp embedded in a UUIDv7."""
    return value.int >> 80
