"""Merging one row's state received from another site into the local one, field by field.

Each field carries the clock stamp of its last change; a row carries ``seen`` (per site, the
newest stamp from it merged into the row). For each field the later stamp wins (last writer
wins per field, on the hybrid logical clock), which is the same at every site whatever order
files arrive in. The older value is a *conflict* (lost unseen, kept for review) only when the
winning side had not seen it and the two values differ; overwriting a seen value is an edit.

Policies for a detected conflict (the administrator picks one):
- ``newest``: the later change wins (converges by itself).
- ``ours`` / ``theirs``: this site's, or the incoming, value wins and is stamped anew here,
  so it travels on as the newest change and the other sites take it too.
- ``manual``: keep this site's value as it is until a supervisor decides; the decision is a
  new change and travels. Until then the sites differ on that field.
In every case the value that lost goes to the conflict list, where it can be flipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .clock import site_of


class Policy(StrEnum):
    NEWEST = "newest"
    OURS = "ours"
    THEIRS = "theirs"
    MANUAL = "manual"


@dataclass
class RowState:
    """A row as the merge sees it: encoded values, a stamp per field, and ``seen``."""

    values: dict[str, Any]
    clocks: dict[str, str]
    seen: dict[str, str]

    @property
    def clock(self) -> str:
        return max(self.clocks.values())


@dataclass(frozen=True)
class Conflict:
    field: str
    kept: Any
    lost: Any
    kept_clock: str
    lost_clock: str
    lost_site: str  # hex of the site whose change lost
    local_lost: bool  # True when this site's value lost


@dataclass
class Outcome:
    state: RowState
    changed: set[str] = field(default_factory=set)  # fields whose local value changes
    conflicts: list[Conflict] = field(default_factory=list)
    advanced: bool = False  # clocks or seen moved (the row's sync state must be saved)


def saw(seen: dict[str, str], stamp: str) -> bool:
    """Whether a row with this ``seen`` had merged the change stamped ``stamp``."""
    return seen.get(site_of(stamp), "") >= stamp


def merged_seen(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    out = dict(a)
    for site, stamp in b.items():
        if stamp > out.get(site, ""):
            out[site] = stamp
    return out


def merge(local: RowState, incoming: RowState, fields: Iterable[str], policy: Policy,
          fresh: Callable[[], str]) -> Outcome:  # fmt: skip
    """Merge ``incoming`` into ``local``. ``fresh()`` gives a new local stamp (for ``ours`` and
    ``theirs``, whose choice must travel on as a new change)."""
    values, clocks = dict(local.values), dict(local.clocks)
    seen = merged_seen(local.seen, incoming.seen)
    out = Outcome(RowState(values, clocks, seen))
    for name in fields:
        lc, ic = local.clocks[name], incoming.clocks[name]
        if ic == lc:
            continue
        lv, iv = local.values.get(name), incoming.values.get(name)
        if ic > lc:
            concurrent = lv != iv and not saw(incoming.seen, lc)
            theirs_win = policy in (Policy.NEWEST, Policy.THEIRS) or not concurrent
        else:
            concurrent = lv != iv and not saw(local.seen, ic)
            theirs_win = policy is Policy.THEIRS and concurrent
        if theirs_win:
            values[name], clocks[name] = iv, ic
            if lv != iv:
                out.changed.add(name)
        if concurrent:
            kept, lost = (iv, lv) if theirs_win else (lv, iv)
            kc, lost_clock = (ic, lc) if theirs_win else (lc, ic)
            if policy in (Policy.OURS, Policy.THEIRS) and kc < lost_clock:
                kc = clocks[name] = fresh()  # the chosen older value must win everywhere
                seen[site_of(kc)] = max(seen.get(site_of(kc), ""), kc)
            out.conflicts.append(Conflict(name, kept, lost, kc, lost_clock, site_of(lost_clock),
                                          local_lost=theirs_win))  # fmt: skip
    out.advanced = clocks != local.clocks or seen != local.seen
    return out
