"""Survey definitions: the site's surveys, their versions, the ready-made templates, and which
survey is asked where (follow-ups, the counter, complaint-closure follow-ups).

Saving an edited survey never changes a saved version: it makes version n + 1 of the same code
and deactivates the old one, so old answers keep the items, weights and scale they were given
under. Even a version nobody has answered here is not edited in place: it may already have
travelled to another site (sync) and been answered there. Exactly one version per code is
active.

Templates are installed as the same rows at every site (ids derived from their code, a fixed
origin and creation time), so two sites' packages do not collide on the code and version, and
an edit at one site is not a conflict with the other site's untouched copy.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import uuid
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, exists, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cs_desktop.domain.enums import SurveyItemKind
from cs_desktop.domain.kpis.surveys import SCALES, SurveyVersion
from cs_desktop.domain.kpis.surveys import SurveyItem as DomainItem
from cs_desktop.domain.kpis.templates import (
    DEFAULT_USE,
    TEMPLATE_ORIGIN,
    TEMPLATES,
    USES,
    SurveyTemplate,
)
from cs_desktop.domain.roles import Permission
from cs_desktop.domain.text import normalize
from cs_desktop.storage.models import AppSetting, SurveyDefinition, SurveyItem, SurveyResponse
from cs_desktop.storage.session import writing

from ..accounts.actor import require
from ..audit.recorder import record_in
from ..errors import ServiceError

USE_KEY = "surveys.use"
NAME_MAX = 200
TEXT_MAX = 300
CODE_MAX = 64
ITEMS_MAX = 40
_TEMPLATE_NS = TEMPLATE_ORIGIN  # the templates' ids are derived from it; also their origin
TEMPLATE_BORN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class ItemInfo:
    id: uuid.UUID
    code: str
    position: int
    text: str
    weight: float


@dataclass(frozen=True)
class SurveyInfo:
    id: uuid.UUID
    code: str
    version: int
    name: str
    scale: int
    active: bool
    asks_nps: bool
    asks_expectation: bool
    asks_loyalty: bool
    items: tuple[ItemInfo, ...]

    def domain(self) -> SurveyVersion:
        return SurveyVersion(self.code, self.version,
                             tuple(DomainItem(i.code, i.weight) for i in self.items), self.scale)  # fmt: skip


@dataclass(frozen=True)
class ItemDraft:
    text: str
    weight: float | str  # as typed: checked here
    code: str = ""  # "" for a new item: a code is made from its position


@dataclass(frozen=True)
class SurveyDraft:
    name: str
    scale: int
    items: tuple[ItemDraft, ...]
    asks_nps: bool = True
    asks_expectation: bool = True
    asks_loyalty: bool = True


@dataclass(frozen=True)
class Saved:
    survey: SurveyInfo
    previous_version: int  # the version it replaced (its answers keep its meaning)


def info_in(s: Session, row: SurveyDefinition) -> SurveyInfo:
    items = s.scalars(select(SurveyItem).where(
        SurveyItem.definition_id == row.id, SurveyItem.deleted_at.is_(None),
        SurveyItem.kind == SurveyItemKind.SCALE.value).order_by(SurveyItem.position))  # fmt: skip
    return SurveyInfo(row.id, row.code, row.version, row.name, row.scale_max, row.active,
                      row.asks_nps, row.asks_expectation, row.asks_loyalty,
                      tuple(ItemInfo(i.id, i.code, i.position, i.text, float(i.weight))
                            for i in items))  # fmt: skip


def _weight(value: float | str, item: int) -> decimal.Decimal:
    try:
        number = float(str(value).strip().replace("，", ".")) if isinstance(value, str) else value
    except ValueError:
        raise ServiceError("not_a_number", field="weight", item=item) from None
    if isinstance(number, bool) or not math.isfinite(number):
        raise ServiceError("not_a_number", field="weight", item=item)
    if number < 0:
        raise ServiceError("negative", field="weight", item=item)
    if number > 1000:
        raise ServiceError("out_of_range", field="weight", item=item, max=1000)
    return decimal.Decimal(str(round(number, 4)))


def checked(draft: SurveyDraft) -> tuple[str, list[tuple[str, str, decimal.Decimal]]]:
    """(name, [(code, text, weight)]) of a draft, or ServiceError naming the field (and the
    item, numbered from 1) at fault."""
    name = " ".join(draft.name.split())
    if not normalize(name):
        raise ServiceError("required", field="name")
    if len(name) > NAME_MAX:
        raise ServiceError("too_long", field="name", max=NAME_MAX)
    if draft.scale not in SCALES:
        raise ServiceError("not_a_choice", field="scale", choices=SCALES)
    if not draft.items:
        raise ServiceError("required", field="items")
    if len(draft.items) > ITEMS_MAX:
        raise ServiceError("too_many", field="items", max=ITEMS_MAX)
    rows: list[tuple[str, str, decimal.Decimal]] = []
    codes: set[str] = set()
    for n, item in enumerate(draft.items, 1):
        text = " ".join(item.text.split())
        if not normalize(text):
            raise ServiceError("required", field="text", item=n)
        if len(text) > TEXT_MAX:
            raise ServiceError("too_long", field="text", item=n, max=TEXT_MAX)
        weight = _weight(item.weight, n)
        code = item.code.strip()
        if len(code) > CODE_MAX:
            raise ServiceError("too_long", field="code", item=n, max=CODE_MAX)
        if code in codes:
            raise ServiceError("duplicate", field="code", item=n, value=code)
        if code:
            codes.add(code)
        rows.append((code, text, weight))
    if not any(w > 0 for _, _, w in rows):
        raise ServiceError("all_zero", field="weight")
    new = 1
    for i, (code, text, weight) in enumerate(rows):
        if not code:
            while f"item_{new}" in codes:
                new += 1
            codes.add(f"item_{new}")
            rows[i] = (f"item_{new}", text, weight)
    return name, rows


def _add_items(s: Session, definition_id: uuid.UUID, rows: list[tuple[str, str, decimal.Decimal]],
               ids: list[uuid.UUID] | None = None) -> None:  # fmt: skip
    for position, (code, text, weight) in enumerate(rows, 1):
        item = SurveyItem(definition_id=definition_id, position=position, code=code, text=text,
                          kind=SurveyItemKind.SCALE.value, weight=weight)  # fmt: skip
        if ids is not None:
            item.id = ids[position - 1]
        s.add(item)


def _install(s: Session, t: SurveyTemplate) -> None:
    """Version 1 of a template as the same rows at every site: ids from its code, the
    templates' own origin and creation time, written without the ORM so no site stamps them
    as its own change (the sync sweep gives them one birth stamp from these values, the same
    everywhere, so a later edit at one site is not a conflict with the other's copy)."""
    did = uuid.uuid5(_TEMPLATE_NS, f"{t.code}/1")
    same = {"origin_site_id": _TEMPLATE_NS, "created_at": TEMPLATE_BORN,
            "updated_at": TEMPLATE_BORN, "row_version": 1, "deleted_at": None}  # fmt: skip
    s.execute(insert(cast(Table, SurveyDefinition.__table__)), [{
        "id": did, "code": t.code, "version": 1, "name": t.name, "description": None,
        "scale_max": t.scale, "active": True, "asks_nps": t.asks_nps,
        "asks_expectation": t.asks_expectation, "asks_loyalty": t.asks_loyalty, **same}])  # fmt: skip
    s.execute(insert(cast(Table, SurveyItem.__table__)), [{
        "id": uuid.uuid5(_TEMPLATE_NS, f"{t.code}/1/{i.code}"), "definition_id": did,
        "position": n, "code": i.code, "text": i.text, "kind": SurveyItemKind.SCALE.value,
        "weight": decimal.Decimal(str(i.weight)), **same} for n, i in enumerate(t.items, 1)])  # fmt: skip


class SurveyDefinitions:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    # --- reading ---------------------------------------------------------------------------
    def surveys(self) -> list[SurveyInfo]:
        """The active version of every survey, by name."""
        with self._factory() as s:
            rows = s.scalars(select(SurveyDefinition).where(
                SurveyDefinition.active.is_(True), SurveyDefinition.deleted_at.is_(None))
                .order_by(SurveyDefinition.name, SurveyDefinition.code))  # fmt: skip
            return [info_in(s, r) for r in rows]

    def versions(self, code: str) -> list[SurveyInfo]:
        """Every version of one survey, newest first."""
        with self._factory() as s:
            rows = s.scalars(select(SurveyDefinition).where(
                SurveyDefinition.code == code, SurveyDefinition.deleted_at.is_(None))
                .order_by(SurveyDefinition.version.desc()))  # fmt: skip
            return [info_in(s, r) for r in rows]

    def get(self, definition_id: uuid.UUID) -> SurveyInfo:
        with self._factory() as s:
            row = s.get(SurveyDefinition, definition_id)
            if row is None or row.deleted_at is not None:
                raise ServiceError("survey_not_found", field="survey")
            return info_in(s, row)

    def active(self, code: str) -> SurveyInfo:
        with self._factory() as s:
            row = _active_row(s, code)
            if row is None:
                raise ServiceError("survey_not_found", field="survey", survey=code)
            return info_in(s, row)

    def uses(self) -> dict[str, str]:
        """Use ("followup", "counter", "complaint") -> survey code, defaults filled in."""
        with self._factory() as s:
            return _uses(s)

    def for_use(self, use: str) -> SurveyInfo | None:
        """The active survey asked for ``use`` (None when that survey does not exist)."""
        if use not in USES:
            raise ServiceError("not_a_choice", field="use", choices=USES)
        with self._factory() as s:
            row = _active_row(s, _uses(s)[use])
            return None if row is None else info_in(s, row)

    def response_count(self, definition_id: uuid.UUID) -> int:
        with self._factory() as s:
            return s.scalar(select(func.count()).select_from(SurveyResponse).where(
                SurveyResponse.definition_id == definition_id)) or 0  # fmt: skip

    # --- writing ---------------------------------------------------------------------------
    def install_templates(self) -> int:
        """Add each template whose code the database has never had (idempotent); how many."""
        with self._factory() as s:
            known = set(s.scalars(select(SurveyDefinition.code)))
        missing = [t for t in TEMPLATES if t.code not in known]
        if not missing:
            return 0
        try:
            with writing(self._factory) as s:
                for t in missing:
                    if s.scalar(select(exists().where(SurveyDefinition.code == t.code))):
                        continue
                    _install(s, t)
        except IntegrityError:  # another PC sharing the database installed them first
            return 0
        return len(missing)

    def create(self, draft: SurveyDraft, code: str = "") -> SurveyInfo:
        """A new survey (version 1); ``code`` made from the name's position when empty."""
        name, rows = checked(draft)
        code = code.strip()
        if len(code) > CODE_MAX:
            raise ServiceError("too_long", field="code", max=CODE_MAX)
        with writing(self._factory) as s:
            require(s, Permission.EDIT_SURVEYS)
            known = set(s.scalars(select(SurveyDefinition.code)))
            if code and code in known:
                raise ServiceError("duplicate", field="code", value=code)
            if not code:
                n = len(known) + 1
                while f"survey_{n}" in known:
                    n += 1
                code = f"survey_{n}"
            row = SurveyDefinition(code=code, version=1, name=name, scale_max=draft.scale,
                                   active=True, asks_nps=draft.asks_nps,
                                   asks_expectation=draft.asks_expectation,
                                   asks_loyalty=draft.asks_loyalty)  # fmt: skip
            s.add(row)
            s.flush()
            _add_items(s, row.id, rows)
            s.flush()
            record_in(s, "create", "survey", row.id, details=_details(row, rows))
            return info_in(s, row)

    def from_template(self, template_code: str, name: str = "") -> SurveyInfo:
        """A new survey copied from a template (its own code: the template's, or with a
        number when that is taken)."""
        t = next((t for t in TEMPLATES if t.code == template_code), None)
        if t is None:
            raise ServiceError("not_a_choice", field="template",
                               choices=tuple(t.code for t in TEMPLATES))  # fmt: skip
        with self._factory() as s:
            known = set(s.scalars(select(SurveyDefinition.code)))
        code, n = t.code, 2
        while code in known:
            code, n = f"{t.code}_{n}", n + 1
        draft = SurveyDraft(name or t.name, t.scale,
                            tuple(ItemDraft(i.text, i.weight, i.code) for i in t.items),
                            t.asks_nps, t.asks_expectation, t.asks_loyalty)  # fmt: skip
        return self.create(draft, code)

    def save(self, definition_id: uuid.UUID, draft: SurveyDraft) -> Saved:
        """Save an edit of the version ``definition_id`` (the active one of its code) as the
        next version of its code; the old one is deactivated and keeps its answers."""
        name, rows = checked(draft)
        with writing(self._factory) as s:
            require(s, Permission.EDIT_SURVEYS)
            old = s.get(SurveyDefinition, definition_id)
            if old is None or old.deleted_at is not None:
                raise ServiceError("survey_not_found", field="survey")
            if not old.active:
                raise ServiceError("not_active", field="survey", version=old.version)
            flags = dict(asks_nps=draft.asks_nps, asks_expectation=draft.asks_expectation,
                         asks_loyalty=draft.asks_loyalty)  # fmt: skip
            newest = s.scalar(select(func.max(SurveyDefinition.version))
                              .where(SurveyDefinition.code == old.code)) or old.version  # fmt: skip
            old.active = False
            s.flush()
            row = SurveyDefinition(code=old.code, version=newest + 1, name=name,
                                   description=old.description, scale_max=draft.scale,
                                   active=True, **flags)  # fmt: skip
            s.add(row)
            s.flush()
            _add_items(s, row.id, rows)
            s.flush()
            record_in(
                s,
                "change",
                "survey",
                row.id,
                details={**_details(row, rows), "previous_version": old.version},
            )
            return Saved(info_in(s, row), old.version)

    def set_uses(self, uses: dict[str, str]) -> dict[str, str]:
        """Which survey (code) is asked for each use; every code must be an active survey."""
        with writing(self._factory) as s:
            require(s, Permission.EDIT_SURVEYS)
            value = _uses(s)
            for use, code in uses.items():
                if use not in USES:
                    raise ServiceError("not_a_choice", field="use", choices=USES)
                if _active_row(s, code) is None:
                    raise ServiceError("survey_not_found", field=use, survey=code)
                value[use] = code
            row = s.get(AppSetting, USE_KEY)
            if row is None:
                s.add(AppSetting(key=USE_KEY, value=dict(value)))
            else:
                row.value = dict(value)
            return value


def _details(
    row: SurveyDefinition, rows: list[tuple[str, str, decimal.Decimal]]
) -> dict[str, object]:
    """What an audit entry of a saved survey version shows (definitions are not audited row by
    row: installing the templates when a database is opened is not anybody's change)."""
    return {
        "code": row.code,
        "version": row.version,
        "name": row.name,
        "scale": row.scale_max,
        "items": [[code, text, str(weight)] for code, text, weight in rows],
    }


def _active_row(s: Session, code: str) -> SurveyDefinition | None:
    return s.scalars(select(SurveyDefinition).where(
        SurveyDefinition.code == code, SurveyDefinition.active.is_(True),
        SurveyDefinition.deleted_at.is_(None)).order_by(SurveyDefinition.version.desc())).first()  # fmt: skip


def survey_uses(s: Session) -> dict[str, str]:
    """Use -> survey code, inside the caller's session."""
    return _uses(s)


def _uses(s: Session) -> dict[str, str]:
    row = s.get(AppSetting, USE_KEY)
    saved = row.value if row is not None and isinstance(row.value, dict) else {}
    return {use: str(saved.get(use) or DEFAULT_USE[use]) for use in USES}


__all__ = ["USE_KEY", "ItemDraft", "ItemInfo", "Saved", "SurveyDefinitions", "SurveyDraft",
           "SurveyInfo", "checked", "info_in", "survey_uses"]  # fmt: skip
