"""The complaint workflow: only the allowed moves.

    registered -> investigating -> resolving -> feedback -> closed -> reviewed
    registered -> resolving          (resolved on the spot: no investigation needed)
    closed -> investigating          (reopened, with a reason)
    any open state <-> waiting for the customer / for a third party (the clock stops; the
                                     complaint returns to the state it was paused in)

Every refusal is a TransitionError with a code and the two states, so the UI can say why.
"""

from __future__ import annotations

from dataclasses import dataclass

from cs_desktop.domain.enums import ComplaintState as S

FORWARD: dict[S, frozenset[S]] = {
    S.REGISTERED: frozenset({S.INVESTIGATING, S.RESOLVING}),
    S.INVESTIGATING: frozenset({S.RESOLVING}),
    S.RESOLVING: frozenset({S.FEEDBACK}),
    S.FEEDBACK: frozenset({S.CLOSED}),
    S.CLOSED: frozenset({S.REVIEWED, S.INVESTIGATING}),
    S.REVIEWED: frozenset(),
}
PAUSED = frozenset({S.WAITING_CUSTOMER, S.WAITING_THIRD_PARTY})
OPEN = frozenset({S.REGISTERED, S.INVESTIGATING, S.RESOLVING, S.FEEDBACK})
DONE = frozenset({S.CLOSED, S.REVIEWED})


class TransitionError(ValueError):
    def __init__(self, code: str, current: S, target: S) -> None:
        super().__init__(f"{code}: {current.value} -> {target.value}")
        self.code = code
        self.current = current
        self.target = target


@dataclass(frozen=True)
class Move:
    """An allowed move and what it means for the record."""

    target: S
    paused_from: S | None  # the state to return to, while paused
    reopened: bool = False
    pauses: bool = False  # the clock stops
    resumes: bool = False  # the clock runs again


def move(current: S, target: S, *, paused_from: S | None = None, reason: str = "") -> Move:
    """Check a move; ``paused_from`` is the record's state before its pause (when paused).
    Raises TransitionError: illegal_move, reason_required, resume_elsewhere, already_paused."""
    if current in PAUSED:
        if target in PAUSED:
            if target == current:
                raise TransitionError("already_paused", current, target)
            return Move(target, paused_from)  # now waiting for someone else
        if paused_from is None or target != paused_from:
            raise TransitionError("resume_elsewhere", current, target)
        return Move(target, None, resumes=True)
    if target in PAUSED:
        if current not in OPEN:
            raise TransitionError("illegal_move", current, target)
        return Move(target, current, pauses=True)
    if target not in FORWARD.get(current, frozenset()):
        raise TransitionError("illegal_move", current, target)
    if current == S.CLOSED and target == S.INVESTIGATING:
        if not reason.strip():
            raise TransitionError("reason_required", current, target)
        return Move(target, None, reopened=True)
    return Move(target, None)


def allowed(current: S, paused_from: S | None = None) -> list[S]:
    """The moves to offer, in workflow order."""
    order = [S.REGISTERED, S.INVESTIGATING, S.RESOLVING, S.FEEDBACK, S.CLOSED, S.REVIEWED,
             S.WAITING_CUSTOMER, S.WAITING_THIRD_PARTY]  # fmt: skip
    out = []
    for target in order:
        try:
            move(current, target, paused_from=paused_from, reason="-")
        except TransitionError:
            continue
        out.append(target)
    return out
