"""One printed form to make from the app: which form, how to read its data, and the build that
runs off the UI thread (settings, data, layout) with progress and cancel.

The app and `cs-desktop print` make the same PDF: both go through document.make with the
site's settings for the form.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from cs_desktop.services.forms.settings import FormSetting, FormSettings

from .document import make
from .page import Hooks, Rendered

# The settings key of each form (its module's KEY) and the module that lays it out.
MODULES = {
    "info_card": "info_card",
    "management_card": "management_card",
    "addresses": "address_table",
    "tiers": "tier_table",
    "complaint": "complaint_record",
    "followup": "followup",
    "survey": "survey",
    "kpi_report": "kpi_report",
}


def form_module(form: str) -> ModuleType:
    return importlib.import_module(f"cs_desktop.printing.forms.{MODULES[form]}")


@dataclass(frozen=True)
class FormJob:
    form: str  # a key of MODULES (and of FormSettings)
    load: Callable[[], Any] | None = None  # the services DTO; None: only the blank form
    file_name: str = ""  # suggested file name, without .pdf
    today: dt.date | None = None  # the survey's date line

    @property
    def blank_only(self) -> bool:
        return self.load is None


@dataclass(frozen=True)
class Options:
    blank: bool = False
    full_numbers: bool = False
    setting: FormSetting | None = None  # a setting not saved yet (Settings' preview)


def build(job: FormJob, settings: FormSettings, options: Options = Options(),
          hooks: Hooks | None = None) -> Rendered:  # fmt: skip
    """Read the site's settings and the form's data, then lay the PDF out. Raises the services'
    ServiceError (e.g. the customer was deleted meanwhile) and page.RenderCancelled."""
    module = form_module(job.form)
    hooks = hooks or Hooks()
    setting = options.setting if options.setting is not None else settings.get(job.form)
    site = settings.site_name()
    blank = options.blank or job.load is None
    hooks.check()
    if not blank:  # customers' data on paper: allowed for the role, and in the audit trail
        settings.record_print(job.form, options.full_numbers, job.file_name)
    payload = None if blank or job.load is None else job.load()
    if job.form == "survey":
        today = None if blank else (job.today or dt.date.today())

        def sections(b: Any) -> Any:
            return module.sections(b, payload, today)
    else:

        def sections(b: Any) -> Any:
            return module.sections(b, payload)

    return make(module.TITLE, setting, site, sections, full_numbers=options.full_numbers,
                blank=blank, hooks=hooks)  # fmt: skip


def save_pdf(target: Path, pdf: bytes) -> Path:
    """Write the PDF under a temporary name beside the target, then move it into place: a full
    disk or a crash leaves the old file as it was and no half-written one."""
    target = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
    fd, temp = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target
