"""Sites, staff and site-wide settings."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cs_desktop.domain.enums import Role
from cs_desktop.domain.ids import new_id

from ..types import utcnow
from .base import Base, Synced


class Site(Base):
    """An installation. Exactly one row has ``is_local`` true: this database's own site."""

    __tablename__ = "sites"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(16), unique=True)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    public_key: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Staff(Synced, Base):
    __tablename__ = "staff"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16), default=Role.COUNTER.value)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()


class AppSetting(Base):
    """Site-wide settings and policies (SLA hours, KPI targets, form headers) as JSON values.

    Per-user preferences (language, window layout) live in QSettings on the PC, not here.
    """

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
