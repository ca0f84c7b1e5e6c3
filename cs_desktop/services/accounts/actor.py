"""The signed-in staff member, held on the session factory so every service sees it.

A counter PC shows one signed-in person at a time: signing in binds the ``Actor`` to the
database's session factory (``bind_actor``); every session made from it then carries the actor
in ``session.info``. Services ask ``require(session, Permission.X)`` before acting, and the
audit trail (services.audit) names the actor of each change, so no service signature needs an
actor parameter. Signing out or locking binds ``None``.

With no actor bound the caller is the system itself (command-line jobs run by whoever may read
the database file, start-up jobs, tests): it is not checked and is recorded without a staff id.
The window always binds the signed-in actor, so what a role may not do, it cannot do there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import Role
from cs_desktop.domain.roles import Permission, allowed

from ..errors import ServiceError

ACTOR_KEY = "actor"


@dataclass(frozen=True)
class Actor:
    """Who acts: the staff row's id, name and role at sign-in."""

    staff_id: uuid.UUID
    username: str
    display_name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return allowed(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raise ServiceError("forbidden") unless this actor's role has the permission."""
        if not self.may(permission):
            raise ServiceError("forbidden", permission=permission.value, role=self.role.value)


def bind_actor(factory: sessionmaker[Session], actor: Actor | None) -> None:
    """Sessions made from ``factory`` from now on act as ``actor`` (None: the system)."""
    info: dict[str, Any] = factory.kw.setdefault("info", {})
    info[ACTOR_KEY] = actor


def bound_actor(factory: sessionmaker[Session]) -> Actor | None:
    value = factory.kw.get("info", {}).get(ACTOR_KEY)
    return value if isinstance(value, Actor) else None


def actor_of(session: Session) -> Actor | None:
    value = session.info.get(ACTOR_KEY)
    return value if isinstance(value, Actor) else None


def require(session: Session, permission: Permission) -> Actor | None:
    """The session's actor after checking the permission; None when the system acts."""
    actor = actor_of(session)
    if actor is not None:
        actor.require(permission)
    return actor


def require_bound(factory: sessionmaker[Session], permission: Permission) -> Actor | None:
    """As ``require``, before opening a session (a check ahead of slow work)."""
    actor = bound_actor(factory)
    if actor is not None:
        actor.require(permission)
    return actor


__all__ = ["ACTOR_KEY", "Actor", "actor_of", "bind_actor", "bound_actor", "require",
           "require_bound"]  # fmt: skip
