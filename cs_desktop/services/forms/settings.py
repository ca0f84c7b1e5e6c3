"""Each printed form's title, header and footer text and logo, as the site sets them (Settings),
kept in one AppSetting row. An empty title means the form's standard title."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.storage.models import AppSetting, Site
from cs_desktop.storage.session import writing

from ..errors import ServiceError

KEY = "print_forms"
FORMS = ("info_card", "management_card", "addresses", "tiers", "complaint", "followup", "survey")
LIMITS = {"title": 40, "header": 80, "footer": 120, "logo": 500}
LOGO_TYPES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class FormSetting:
    title: str = ""
    header: str = ""
    footer: str = ""
    logo: str = ""  # path of a PNG or JPEG file; empty: no logo


class FormSettings:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def get(self, form: str) -> FormSetting:
        _known(form)
        with self._factory() as s:
            row = s.get(AppSetting, KEY)
            value = (row.value if row is not None else {}).get(form) or {}
        return FormSetting(**{k: str(value.get(k) or "") for k in LIMITS})

    def save(self, form: str, setting: FormSetting) -> FormSetting:
        _known(form)
        clean = FormSetting(**{k: " ".join(str(v).split()) for k, v in asdict(setting).items()})
        for name, limit in LIMITS.items():
            if len(getattr(clean, name)) > limit:
                raise ServiceError("too_long", field=name, max=limit)
        if clean.logo:
            path = Path(clean.logo)
            if path.suffix.lower() not in LOGO_TYPES:
                raise ServiceError("not_an_image", field="logo", types=LOGO_TYPES)
            if not path.is_file():
                raise ServiceError("file_not_found", field="logo")
        with writing(self._factory) as s:
            row = s.get(AppSetting, KEY)
            if row is None:
                s.add(AppSetting(key=KEY, value={form: asdict(clean)}))
            else:
                row.value = {**row.value, form: asdict(clean)}
        return clean

    def site_name(self) -> str:
        with self._factory() as s:
            return s.scalar(select(Site.name).where(Site.is_local.is_(True))) or ""


def _known(form: str) -> None:
    if form not in FORMS:
        raise ServiceError("not_a_choice", field="form", choices=FORMS)
