"""Staff accounts: the first administrator, signing in with lockout, passwords, staff upkeep.

Passwords are hashed with argon2id (argon2-cffi's defaults, ~134 ms a check: shared/TRAPS.md)
and re-hashed on sign-in when the parameters grow. An unknown user name costs the same check
as a wrong password and gets the same answer, so neither reveals which names exist. After
``max_failed_logins`` wrong passwords in a row the account locks for ``lockout_minutes``
(AccountPolicy); the failed attempt is written even though the sign-in fails.

Signing in binds the actor to the session factory (actor.py): from then on every service made
with that factory acts, and is audited, as that person.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import Role
from cs_desktop.domain.roles import Permission
from cs_desktop.domain.text import normalize
from cs_desktop.storage.models import Staff
from cs_desktop.storage.session import writing
from cs_desktop.storage.types import utcnow

from ..audit.recorder import record_in
from ..errors import ServiceError
from .actor import Actor, bind_actor, bound_actor, require
from .policy import AccountPolicy, read_policy, write_policy

DEMO_USERNAME = "demo"
DEMO_DISPLAY_NAME = "演示账号"


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    locked_until: dt.datetime | None


def normalize_username(text: str) -> str:
    return normalize(text).lower()


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.display_name, Role(staff.role))


class AccountService:
    def __init__(self, factory: sessionmaker[Session], *, hasher: PasswordHasher | None = None,
                 now: Callable[[], dt.datetime] = utcnow) -> None:  # fmt: skip
        self._factory = factory
        self._hasher = hasher or PasswordHasher()
        self._now = now
        self._dummy: str | None = None

    # --- who is signed in -------------------------------------------------------------------
    @property
    def current(self) -> Actor | None:
        return bound_actor(self._factory)

    def sign_out(self) -> None:
        actor = bound_actor(self._factory)
        if actor is not None:
            with writing(self._factory) as s:
                record_in(s, "sign_out", "staff", actor.staff_id)
        bind_actor(self._factory, None)

    # --- first run --------------------------------------------------------------------------
    def needs_first_admin(self) -> bool:
        """No active administrator can sign in yet: the first run asks for one."""
        with self._factory() as s:
            return not self._admins_with_password(s)

    @staticmethod
    def _admins_with_password(s: Session) -> int:
        return s.scalar(select(func.count()).select_from(Staff).where(
            Staff.role == Role.ADMIN.value, Staff.active.is_(True), Staff.deleted_at.is_(None),
            Staff.password_hash.is_not(None))) or 0  # fmt: skip

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        with writing(self._factory) as s:
            if self._admins_with_password(s):
                raise ServiceError("admin_exists")
            staff = self._new_staff(s, username, display_name, Role.ADMIN, password)
            record_in(s, "first_admin", "staff", staff.id, staff_id=staff.id)
            actor = _actor(staff)
        bind_actor(self._factory, actor)
        return actor

    def demo_sign_in(self) -> Actor:
        """Sign in to a demo database without a password, as its demo administrator.

        Refused once anyone has a password (a real site's accounts are set up), so it opens
        nothing a password protects; the account is created on first use."""
        with writing(self._factory) as s:
            if s.scalar(select(Staff.id).where(Staff.password_hash.is_not(None)).limit(1)):
                raise ServiceError("accounts_set_up")
            staff = s.scalars(select(Staff).where(Staff.username == DEMO_USERNAME)).first()
            if staff is None:
                staff = Staff(username=DEMO_USERNAME, display_name=DEMO_DISPLAY_NAME,
                              role=Role.ADMIN.value, active=True)  # fmt: skip
                s.add(staff)
                s.flush()
            staff.role, staff.active, staff.deleted_at = Role.ADMIN.value, True, None
            record_in(s, "sign_in", "staff", staff.id, staff_id=staff.id,
                      details={"demo": True})  # fmt: skip
            actor = _actor(staff)
        bind_actor(self._factory, actor)
        return actor

    # --- signing in -------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> Actor:
        """The actor for a right password; ServiceError wrong_credentials or account_locked."""
        name = normalize_username(username)
        actor: Actor | None
        error: ServiceError | None
        with writing(self._factory) as s:
            staff = s.scalars(select(Staff).where(Staff.username == name,
                                                  Staff.deleted_at.is_(None))).first()  # fmt: skip
            if staff is None or not staff.active or not staff.password_hash:
                self._waste_time(password)
                record_in(s, "sign_in_failed", "staff", staff.id if staff else None,
                          details={"username": name, "reason": "unknown"})  # fmt: skip
                actor, error = None, ServiceError("wrong_credentials")
            else:
                actor, error = self._check(s, staff, password)
        if error is not None:
            raise error
        assert actor is not None
        bind_actor(self._factory, actor)
        return actor

    def unlock(self, password: str) -> Actor:
        """The locked window opens again for the signed-in person's password."""
        current = bound_actor(self._factory)
        if current is None:
            raise ServiceError("not_signed_in")
        actor: Actor | None
        error: ServiceError | None
        with writing(self._factory) as s:
            staff = s.get(Staff, current.staff_id)
            if staff is None or not staff.active or not staff.password_hash:
                actor, error = None, ServiceError("wrong_credentials")
            else:
                actor, error = self._check(s, staff, password, action="unlock")
        if error is not None:
            raise error
        assert actor is not None
        bind_actor(self._factory, actor)
        return actor

    def _check(self, s: Session, staff: Staff, password: str,
               action: str = "sign_in") -> tuple[Actor | None, ServiceError | None]:  # fmt: skip
        now = self._now()
        policy = read_policy(s)
        if staff.locked_until is not None and staff.locked_until > now:
            record_in(s, f"{action}_failed", "staff", staff.id,
                      details={"username": staff.username, "reason": "locked"})  # fmt: skip
            return None, self._locked(staff.locked_until, now)
        assert staff.password_hash is not None
        try:
            self._hasher.verify(staff.password_hash, password)
        except (VerificationError, InvalidHashError):
            staff.failed_logins = (staff.failed_logins or 0) + 1
            reason = "wrong_password"
            if staff.failed_logins >= policy.max_failed_logins:
                staff.failed_logins = 0
                staff.locked_until = now + dt.timedelta(minutes=policy.lockout_minutes)
                reason = "locked_out"
            record_in(s, f"{action}_failed", "staff", staff.id,
                      details={"username": staff.username, "reason": reason})  # fmt: skip
            if staff.locked_until is not None and staff.locked_until > now:
                return None, self._locked(staff.locked_until, now)
            left = policy.max_failed_logins - staff.failed_logins
            return None, ServiceError("wrong_credentials", attempts_left=left)
        staff.failed_logins, staff.locked_until = 0, None
        if self._hasher.check_needs_rehash(staff.password_hash):
            staff.password_hash = self._hasher.hash(password)
        record_in(s, action, "staff", staff.id, staff_id=staff.id)
        return _actor(staff), None

    @staticmethod
    def _locked(until: dt.datetime, now: dt.datetime) -> ServiceError:
        minutes = max(1, math.ceil((until - now).total_seconds() / 60))
        return ServiceError("account_locked", until=until.isoformat(), minutes=minutes)

    def _waste_time(self, password: str) -> None:
        if self._dummy is None:
            self._dummy = self._hasher.hash("not a password")
        with contextlib.suppress(VerificationError):
            self._hasher.verify(self._dummy, password)

    # --- passwords --------------------------------------------------------------------------
    def change_password(self, old_password: str, new_password: str) -> None:
        current = bound_actor(self._factory)
        if current is None:
            raise ServiceError("not_signed_in")
        with writing(self._factory) as s:
            staff = s.get(Staff, current.staff_id)
            if staff is None or not staff.password_hash:
                raise ServiceError("not_signed_in")
            self._check_password(s, new_password)
            _actor_ok, error = self._check(s, staff, old_password, action="confirm_password")
            if error is None:
                staff.password_hash = self._hasher.hash(new_password)
                record_in(s, "change_password", "staff", staff.id)
        if error is not None:
            raise ServiceError("wrong_password" if error.code == "wrong_credentials"
                               else error.code, field="old_password", **error.params)  # fmt: skip

    def reset_password(self, staff_id: uuid.UUID, new_password: str) -> None:
        """An administrator sets someone's password (forgotten, or a new colleague); the lock
        is lifted."""
        with writing(self._factory) as s:
            require(s, Permission.MANAGE_STAFF)
            staff = self._get(s, staff_id)
            self._check_password(s, new_password)
            staff.password_hash = self._hasher.hash(new_password)
            staff.failed_logins, staff.locked_until = 0, None
            record_in(s, "reset_password", "staff", staff.id)

    def _check_password(self, s: Session, password: str) -> None:
        minimum = read_policy(s).min_password_length
        if len(password) < minimum:
            raise ServiceError("password_too_short", field="password", min=minimum)
        if not password.strip():
            raise ServiceError("required", field="password")

    # --- staff upkeep -----------------------------------------------------------------------
    def list_staff(self, include_inactive: bool = False) -> list[StaffInfo]:
        with self._factory() as s:
            query = select(Staff).where(Staff.deleted_at.is_(None))
            if not include_inactive:
                query = query.where(Staff.active.is_(True))
            rows = s.scalars(query.order_by(Staff.role, Staff.username)).all()
            return [StaffInfo(r.id, r.username, r.display_name, Role(r.role), r.active,
                              r.password_hash is not None, r.locked_until) for r in rows]  # fmt: skip

    def create_staff(self, username: str, display_name: str, role: Role,
                     password: str) -> StaffInfo:  # fmt: skip
        with writing(self._factory) as s:
            require(s, Permission.MANAGE_STAFF)
            staff = self._new_staff(s, username, display_name, role, password)
            return StaffInfo(staff.id, staff.username, staff.display_name, role, True, True, None)

    def _new_staff(self, s: Session, username: str, display_name: str, role: Role,
                   password: str) -> Staff:  # fmt: skip
        name = normalize_username(username)
        if not name:
            raise ServiceError("required", field="username")
        if len(name) > 64:
            raise ServiceError("too_long", field="username", max=64)
        display = normalize(display_name) or name
        if len(display) > 100:
            raise ServiceError("too_long", field="display_name", max=100)
        if s.scalar(select(Staff.id).where(Staff.username == name)):
            raise ServiceError("username_taken", field="username", username=name)
        self._check_password(s, password)
        staff = Staff(username=name, display_name=display, role=Role(role).value, active=True,
                      password_hash=self._hasher.hash(password), failed_logins=0)  # fmt: skip
        s.add(staff)
        s.flush()
        return staff

    def deactivate(self, staff_id: uuid.UUID) -> None:
        """The person can no longer sign in; their name stays on what they did."""
        with writing(self._factory) as s:
            actor = require(s, Permission.MANAGE_STAFF)
            staff = self._get(s, staff_id)
            if actor is not None and actor.staff_id == staff.id:
                raise ServiceError("cannot_deactivate_self")
            if staff.role == Role.ADMIN.value and staff.password_hash and \
                    self._admins_with_password(s) <= 1:  # fmt: skip
                raise ServiceError("last_admin")
            staff.active = False

    def reactivate(self, staff_id: uuid.UUID) -> None:
        """A deactivated person may sign in again (with the password they had, or a new one
        an administrator sets)."""
        with writing(self._factory) as s:
            require(s, Permission.MANAGE_STAFF)
            staff = self._get(s, staff_id)
            staff.active = True

    def change_role(self, staff_id: uuid.UUID, role: Role) -> None:
        """Takes effect at the person's next sign-in. Nobody changes their own role (an
        administrator who demoted themself could not undo it)."""
        with writing(self._factory) as s:
            actor = require(s, Permission.MANAGE_STAFF)
            staff = self._get(s, staff_id)
            if staff.role == Role.ADMIN.value and role is not Role.ADMIN and \
                    staff.active and self._admins_with_password(s) <= 1:  # fmt: skip
                raise ServiceError("last_admin")
            if actor is not None and actor.staff_id == staff.id and Role(role) is not actor.role:
                raise ServiceError("cannot_change_own_role")
            staff.role = Role(role).value

    @staticmethod
    def _get(s: Session, staff_id: uuid.UUID) -> Staff:
        staff = s.get(Staff, staff_id)
        if staff is None or staff.deleted_at is not None:
            raise ServiceError("staff_not_found", id=str(staff_id))
        return staff

    # --- policy -----------------------------------------------------------------------------
    def policy(self) -> AccountPolicy:
        with self._factory() as s:
            return read_policy(s)

    def set_policy(self, policy: AccountPolicy) -> None:
        with writing(self._factory) as s:
            require(s, Permission.EDIT_SETTINGS)
            write_policy(s, policy)


__all__ = ["DEMO_USERNAME", "AccountService", "StaffInfo", "normalize_username"]
