"""Hybrid logical clock (HLC) stamps for changes of synced rows.

Why an HLC and not per-record version vectors: the merge needs a *total* order to pick the
newest change of a field at every site alike (so all sites converge whatever the order of
files), and that order should follow wall time where clocks are sane ("newest change per
field" is what an administrator expects). An HLC gives both: it is the physical time in
milliseconds, pushed forward past every stamp this site has seen (so a change made after
receiving another is always later, even if this PC's clock is behind), with a counter for
changes in the same millisecond and the site id as the final tie-break. A version vector alone
orders only causally related changes and would still need a tie-break for concurrent ones.

What an HLC cannot tell is whether two changes were concurrent (neither site had seen the
other's). For that each row also carries ``seen``: per site, the newest stamp from that site
merged into the row (a compact version vector whose entries are HLCs). A change is lost unseen,
a conflict, only when the winner's row had not seen the loser's stamp (ODK Central's "base
version differs" rule, per field): so overwriting a value one has seen is an edit, not a
conflict, and repeated or reordered imports record nothing twice.

A stamp is text, ordered as text: ``<13-digit ms>-<4-digit counter>-<32-hex site id>``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

_MS_DIGITS = 13
_COUNTER_DIGITS = 4
MAX_COUNTER = 10**_COUNTER_DIGITS - 1
STAMP_LENGTH = _MS_DIGITS + 1 + _COUNTER_DIGITS + 1 + 32


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    counter: int
    site: str  # 32 lower-case hex digits

    def __str__(self) -> str:
        return f"{self.ms:0{_MS_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.site}"


def parse(text: str) -> Stamp:
    ms, counter, site = text.split("-")
    if len(ms) != _MS_DIGITS or len(counter) != _COUNTER_DIGITS or len(site) != 32:
        raise ValueError(f"not a clock stamp: {text!r}")
    int(site, 16)
    return Stamp(int(ms), int(counter), site)


def site_of(stamp: str) -> str:
    """The site part (32 hex digits) of a stamp."""
    return stamp[-32:]


def floor(ms: int) -> str:
    """The lowest stamp at or after ``ms`` (for "changed since" comparisons)."""
    return f"{ms:0{_MS_DIGITS}d}"


def tick(last: str | None, now_ms: int, site: uuid.UUID) -> str:
    """The next stamp of ``site``: later than ``last`` (the newest stamp this site has issued or
    received) and not earlier than the wall clock."""
    if last is None:
        return str(Stamp(now_ms, 0, site.hex))
    prev = parse(last)
    if now_ms > prev.ms:
        return str(Stamp(now_ms, 0, site.hex))
    if prev.counter < MAX_COUNTER:
        return str(Stamp(prev.ms, prev.counter + 1, site.hex))
    return str(Stamp(prev.ms + 1, 0, site.hex))  # counter full: borrow the next millisecond
