"""One entry point for every form: the site's settings + the form's sections -> a PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from cs_desktop.services.forms.settings import FormSetting

from .blocks import Blocks
from .page import FormFrame, Marks, Rendered, render

Sections = Callable[[Blocks], Iterable[Sequence[Flowable]]]


def make(title: str, setting: FormSetting, site_name: str, sections: Sections, *,
         full_numbers: bool = False, blank: bool = False) -> Rendered:  # fmt: skip
    """``title``: the form's standard title, used when the site has not set its own."""
    marks = Marks()
    frame = FormFrame(site_name=site_name, title=setting.title or title, header=setting.header,
                      footer=setting.footer, logo=Path(setting.logo) if setting.logo else None)  # fmt: skip
    blocks = Blocks(marks, full_numbers=full_numbers, blank=blank)
    return render(frame, sections(blocks), marks)
