"""One entry point for every form: the site's settings + the form's sections -> a PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from reportlab.platypus import Flowable

from cs_desktop.services.forms.settings import FormSetting

from .blocks import Blocks
from .page import FormFrame, Hooks, Marks, Rendered, render

Sections = Callable[[Blocks], Iterable[Sequence[Flowable]]]


def make(title: str, setting: FormSetting, site_name: str, sections: Sections, *,
         full_numbers: bool = False, blank: bool = False, hooks: Hooks | None = None,
         ) -> Rendered:  # fmt: skip
    """``title``: the form's standard title, used when the site has not set its own.
    ``hooks``: progress and cancel for a long batch (page.Hooks)."""
    marks = Marks()
    frame = FormFrame(site_name=site_name, title=setting.title or title, header=setting.header,
                      footer=setting.footer, logo=setting.logo)  # fmt: skip
    blocks = Blocks(marks, full_numbers=full_numbers, blank=blank)
    if hooks is not None:
        hooks.check()  # before the sections are built: a batch's flowables take time too
    return render(frame, sections(blocks), marks, hooks)
