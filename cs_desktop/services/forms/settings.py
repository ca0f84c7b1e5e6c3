"""Each printed form's title, header and footer text and logo, as the site sets them (Settings),
kept in AppSetting rows. An empty title means the form's standard title.

The logo is kept in the database as the image itself (base64 in its own AppSetting row, read
only when that form prints), not as a path: every counter of a site that shares one database,
and every site it syncs with, prints the same logo, and moving or deleting the original file
changes nothing.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.roles import Permission
from cs_desktop.storage.models import AppSetting, Site
from cs_desktop.storage.session import writing

from ..accounts.actor import require, require_bound
from ..audit.recorder import record_in
from ..errors import ServiceError

KEY = "print_forms"
LOGO_KEY = "print_form_logo:"  # + the form's key
FORMS = ("info_card", "management_card", "addresses", "tiers", "complaint", "followup", "survey",
         "kpi_report")  # fmt: skip
LIMITS = {"title": 40, "header": 80, "footer": 120}
LOGO_FORMATS = ("PNG", "JPEG")
LOGO_MAX_BYTES = 512 * 1024  # printed 10 mm wide: a bigger file only slows every page down
LOGO_PIXELS = (16, 4000)  # smallest and largest side


@dataclass(frozen=True)
class FormSetting:
    title: str = ""
    header: str = ""
    footer: str = ""
    logo: bytes = b""  # a PNG or JPEG image; empty: no logo


class FormSettings:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def get(self, form: str) -> FormSetting:
        _known(form)
        with self._factory() as s:
            row = s.get(AppSetting, KEY)
            value = (row.value if row is not None else {}).get(form) or {}
            logo = s.get(AppSetting, LOGO_KEY + form)
            image = base64.b64decode(logo.value.get("image", "")) if logo is not None else b""
        return FormSetting(**{k: str(value.get(k) or "") for k in LIMITS}, logo=image)

    def record_print(self, form: str, full_numbers: bool, what: str = "") -> None:
        """A form filled with customers' data is about to be shown or printed: full ID and phone
        numbers only for a role that may print them (ServiceError "forbidden"), and an entry in
        the audit trail either way (who printed which form, masked or whole)."""
        _known(form)
        with writing(self._factory) as s:
            if full_numbers:
                require(s, Permission.PRINT_UNMASKED)
            record_in(s, "print", "form", details={"form": form, "what": what,
                                                   "full_numbers": full_numbers})  # fmt: skip

    def save(self, form: str, setting: FormSetting) -> FormSetting:
        require_bound(self._factory, Permission.EDIT_SETTINGS)  # administrators
        _known(form)
        title, header, footer = (" ".join(str(getattr(setting, k)).split()) for k in LIMITS)
        clean = replace(setting, title=title, header=header, footer=footer)
        for name, limit in LIMITS.items():
            if len(getattr(clean, name)) > limit:
                raise ServiceError("too_long", field=name, max=limit)
        if clean.logo:
            check_logo(clean.logo)
        texts = {k: getattr(clean, k) for k in LIMITS}
        with writing(self._factory) as s:
            row = s.get(AppSetting, KEY)
            if row is None:
                s.add(AppSetting(key=KEY, value={form: texts}))
            else:
                row.value = {**row.value, form: texts}
            logo = s.get(AppSetting, LOGO_KEY + form)
            image = {"image": base64.b64encode(clean.logo).decode("ascii")}
            if not clean.logo:
                if logo is not None:
                    s.delete(logo)
            elif logo is None:
                s.add(AppSetting(key=LOGO_KEY + form, value=image))
            elif logo.value != image:
                logo.value = image
        return clean

    def site_name(self) -> str:
        with self._factory() as s:
            return s.scalar(select(Site.name).where(Site.is_local.is_(True))) or ""


def check_logo(data: bytes) -> tuple[int, int]:
    """A logo must be a readable PNG or JPEG of at most LOGO_MAX_BYTES, neither side smaller or
    larger than LOGO_PIXELS; returns its size in pixels."""
    if len(data) > LOGO_MAX_BYTES:
        raise ServiceError("file_too_big", field="logo", max_kb=LOGO_MAX_BYTES // 1024)
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, size = image.format, image.size
            image.load()  # a cut or damaged file fails here, not at print time
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ServiceError("not_an_image", field="logo", types=LOGO_FORMATS) from None
    if kind not in LOGO_FORMATS:
        raise ServiceError("not_an_image", field="logo", types=LOGO_FORMATS)
    low, high = LOGO_PIXELS
    if min(size) < low:
        raise ServiceError("image_too_small", field="logo", min=low)
    if max(size) > high:
        raise ServiceError("image_too_large", field="logo", max=high)
    return size


def read_logo(path: Path) -> bytes:
    """The file's bytes, checked as check_logo does (a huge file is refused before it is read)."""
    try:
        if path.stat().st_size > LOGO_MAX_BYTES:
            raise ServiceError("file_too_big", field="logo", max_kb=LOGO_MAX_BYTES // 1024)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ServiceError("file_not_found", field="logo") from None
    except OSError:
        raise ServiceError("file_unreadable", field="logo") from None
    check_logo(data)
    return data


def _known(form: str) -> None:
    if form not in FORMS:
        raise ServiceError("not_a_choice", field="form", choices=FORMS)
