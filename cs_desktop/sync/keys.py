"""This site's signing key and the public keys of the sites it trusts.

The private key (Ed25519) is kept in the database (``app_settings``, key ``sync.signing_key``),
not in a file beside it: the key belongs to the site, and the site *is* the database (its id
lives there), so a backup restored or a database moved to a new PC keeps signing as the same
site, and no second file can go missing or be paired with the wrong database. Whoever can read
the database file can sign as the site, but can read every customer too: protect the file.

Public keys travel once per pair of sites as a small JSON file (``cs-desktop sync key``), and the
receiving administrator compares the fingerprint by phone before trusting it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import AppSetting, Site
from cs_desktop.storage.session import writing

SETTING = "sync.signing_key"
KEY_FILE_FORMAT = "cs-desktop-site-key"
KEY_FILE_VERSION = 1
MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class SiteKey:
    site_id: uuid.UUID
    name: str
    code: str
    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str


@dataclass(frozen=True)
class TrustResult:
    site: SiteKey
    new: bool  # False: the site was known (its name or key is updated)
    key_changed: bool


def fingerprint(public_key_b64: str) -> str:
    """What two administrators read to each other: 20 hex digits in groups of four."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest().upper()[:20]
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def _raw_public(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _local_site(s: Session) -> Site:
    site = s.scalars(select(Site).where(Site.is_local.is_(True))).first()
    if site is None:
        raise ServiceError("no_local_site")
    return site


def signing_key(s: Session) -> Ed25519PrivateKey:
    """This site's private key, made on first use (inside the caller's transaction)."""
    setting = s.get(AppSetting, SETTING)
    if setting is not None:
        raw = base64.b64decode(setting.value["private"])
        return Ed25519PrivateKey.from_private_bytes(raw)
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    s.add(AppSetting(key=SETTING, value={"algorithm": "ed25519",
                                         "private": base64.b64encode(raw).decode("ascii")}))  # fmt: skip
    site = _local_site(s)
    site.public_key = _raw_public(key)
    s.flush()
    return key


def own_key(factory: sessionmaker[Session]) -> SiteKey:
    with writing(factory) as s:
        key = signing_key(s)
        site = _local_site(s)
        public = _raw_public(key)
        return SiteKey(site.id, site.name, site.code, public, fingerprint(public))


def write_key_file(factory: sessionmaker[Session], path: Path) -> SiteKey:
    key = own_key(factory)
    payload = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "site_id": str(key.site_id),
               "name": key.name, "code": key.code, "algorithm": "ed25519",
               "public_key": key.public_key}  # fmt: skip
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return key


def read_key_file(path: Path) -> SiteKey:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise ServiceError("key_file_invalid")
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != KEY_FILE_FORMAT or data.get("version") != KEY_FILE_VERSION:
            raise ServiceError("key_file_invalid")
        public = str(data["public_key"])
        if len(base64.b64decode(public, validate=True)) != 32:
            raise ServiceError("key_file_invalid")
        return SiteKey(uuid.UUID(data["site_id"]), str(data["name"]), str(data["code"]),
                       public, fingerprint(public))  # fmt: skip
    except FileNotFoundError:
        raise ServiceError("file_not_found", path=str(path)) from None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise ServiceError("key_file_invalid") from None


def trust(factory: sessionmaker[Session], key: SiteKey) -> TrustResult:
    """Trust the site of this public key: its packages are accepted from now on."""
    with writing(factory) as s:
        local = _local_site(s)
        if key.site_id == local.id:
            raise ServiceError("key_is_own")
        site = s.get(Site, key.site_id)
        new = site is None
        if site is None:
            code = key.code
            if s.scalar(select(Site.id).where(Site.code == code)) is not None:
                code = key.site_id.hex[-12:].upper()
            site = Site(id=key.site_id, name=key.name, code=code, is_local=False)
            s.add(site)
        changed = not new and site.public_key not in (None, key.public_key)
        site.name, site.public_key, site.trusted = key.name, key.public_key, True
        return TrustResult(key, new, changed)


def untrust(factory: sessionmaker[Session], site_id: uuid.UUID) -> None:
    with writing(factory) as s:
        site = s.get(Site, site_id)
        if site is None or site.is_local:
            raise ServiceError("site_unknown")
        site.trusted = False


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public_key_b64: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
