"""The A4 page every form shares: the site's logo and name, the form's title and header text at
the top; the footer text and "第 x 页 / 共 y 页" at the bottom.

Page numbers count within a section, so a batch of 1,000 follow-up forms in one file numbers
each customer's pages on their own; the totals are known only at the end, so the canvas keeps
each page and draws the numbers when the document is saved.
"""

from __future__ import annotations

import dataclasses
import functools
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PIL import Image as PILImage
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from .fonts import MAIN, MISSING, MISSING_RUN, main_font, runs
from .markup import MISSING_COLOR

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
TOP = 26 * mm  # header band
BOTTOM = 16 * mm  # footer band
BODY_W = PAGE_W - 2 * MARGIN_X
GREY = (0.35, 0.35, 0.35)


@dataclass(frozen=True)
class FormFrame:
    """What the site configures per form (services/forms/settings.py) plus its name."""

    site_name: str
    title: str
    header: str = ""
    footer: str = ""
    logo: bytes = b""  # a PNG or JPEG image; empty: none


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    missing: tuple[str, ...] = ()  # characters no font has, printed as 〓
    cut: int = 0  # boxes whose text had to be cut (marked on the page)


@dataclass
class Marks:
    """What a render noticed, for the caller to tell the user."""

    missing: set[str] = field(default_factory=set)
    cut: int = 0


def page_label(number: int, total: int) -> str:
    return f"第 {number} 页 / 共 {total} 页"


def draw_text(c: Canvas, x: float, y: float, text: str, size: float, marks: Marks,
              align: str = "left") -> float:  # fmt: skip
    """Draw one line with font fallback; returns its width."""
    pieces = [(f, t) for f, t in runs(text, marks.missing)]
    widths = [stringWidth(t, f or MAIN.name, size) for f, t in pieces]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for (font, chunk), width in zip(pieces, widths, strict=True):
        c.saveState()
        if font == MISSING_RUN:
            c.setFillColor(MISSING_COLOR)
            font, chunk = MAIN.name, MISSING * len(chunk)
        c.setFont(font, size)
        c.drawString(x, y, chunk)
        c.restoreState()
        x += width
    return total


def fit_line(text: str, size: float, width: float) -> str:
    """Cut a one-line header text to the width, ending in … when cut."""
    if stringWidth(text, MAIN.name, size) <= width:
        return text
    while text and stringWidth(text + "…", MAIN.name, size) > width:
        text = text[:-1]
    return text + "…"


class RenderCancelled(Exception):
    """The caller's ``is_cancelled`` said stop: no PDF was made."""


@dataclass(frozen=True)
class Hooks:
    """A long render reports its progress and stops when asked to (checked on every page).

    A batch (the day's follow-up forms) reports (sections laid out, sections); a document of
    one section (the address table of 3,000 customers) reports (pages laid out, 0): its length
    is not known before the end."""

    progress: Callable[[int, int], None] | None = None
    is_cancelled: Callable[[], bool] | None = None
    sections: int = 0  # set by render()

    def page_started(self, page: int) -> None:
        self.check()
        if self.progress is not None and self.sections <= 1:
            self.progress(page, 0)

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise RenderCancelled()


class SectionStart(Flowable):
    """Starts a new run of page numbers (one customer's form in a batch)."""

    def __init__(self, number: int = 0, total: int = 0, hooks: Hooks | None = None) -> None:
        super().__init__()
        self.number, self.total, self.hooks = number, total, hooks

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.section = getattr(self.canv, "section", 0) + 1  # type: ignore[attr-defined]
        if self.hooks is not None:
            self.hooks.check()
            if self.hooks.progress is not None and self.number > 1:
                self.hooks.progress(self.number - 1, self.total)


LOGO_PIXELS = 240  # 10 mm at 600 dpi: more only costs time on every page of a batch


def logo_image(data: bytes) -> ImageReader | None:
    """The logo, decoded and scaled down once per document (reportlab hashes the image on every
    page it is drawn on). An image Pillow cannot read prints no logo rather than no form."""
    if not data:
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as image:
            image.load()
            small = image.copy()
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    small.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
    if small.mode not in ("RGB", "RGBA", "L", "LA"):
        small = small.convert("RGBA")
    return ImageReader(small)


class _NumberedCanvas(Canvas):
    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._footer = footer
        self._pages: list[tuple[dict[str, Any], int]] = []
        self.section = 0

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append((dict(self.__dict__), self.section))
        self._startPage()

    def save(self) -> None:
        totals = Counter(section for _state, section in self._pages)
        seen: Counter[int] = Counter()
        for state, section in self._pages:
            self.__dict__.update(state)
            seen[section] += 1
            self._footer(self, seen[section], totals[section])
            super().showPage()
        super().save()


class _Document(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, form: FormFrame, marks: Marks,
                 hooks: Hooks) -> None:  # fmt: skip
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=form.title,
            author=form.site_name,
            creator="cs_desktop",
            initialFontName=MAIN.name,
        )  # fmt: skip (no unembedded Helvetica)
        self.form, self.marks, self.hooks = form, marks, hooks
        self.logo = logo_image(form.logo)
        frame = Frame(MARGIN_X, BOTTOM, BODY_W, PAGE_H - TOP - BOTTOM, 0, 0, 0, 0, id="body")
        self.addPageTemplates([PageTemplate("form", [frame], onPage=self._header)])

    def _header(self, c: Canvas, _doc: Any) -> None:
        self.hooks.page_started(self.page)
        form, marks = self.form, self.marks
        top = PAGE_H - 10 * mm
        x = MARGIN_X
        if self.logo is not None:
            c.drawImage(self.logo, x, top - 10 * mm, width=10 * mm, height=10 * mm,
                        preserveAspectRatio=True, mask="auto")  # fmt: skip
            x += 12 * mm
        c.setFillColorRGB(*GREY)
        draw_text(c, x, top - 4 * mm, fit_line(form.site_name, 10, 70 * mm), 10, marks)
        if form.header:
            draw_text(c, PAGE_W - MARGIN_X, top - 4 * mm,
                      fit_line(form.header, 8, 70 * mm), 8, marks, align="right")  # fmt: skip
        c.setFillColorRGB(0, 0, 0)
        draw_text(c, PAGE_W / 2, top - 11 * mm, fit_line(form.title, 16, 110 * mm), 16, marks,
                  align="center")  # fmt: skip
        c.setLineWidth(0.8)
        c.line(MARGIN_X, PAGE_H - TOP + 2 * mm, PAGE_W - MARGIN_X, PAGE_H - TOP + 2 * mm)

    def footer(self, c: Canvas, number: int, total: int) -> None:
        y = BOTTOM - 9 * mm
        c.setLineWidth(0.4)
        c.line(MARGIN_X, BOTTOM - 4 * mm, PAGE_W - MARGIN_X, BOTTOM - 4 * mm)
        c.setFillColorRGB(*GREY)
        if self.form.footer:
            draw_text(c, MARGIN_X, y, fit_line(self.form.footer, 8, 120 * mm), 8, self.marks)
        draw_text(c, PAGE_W - MARGIN_X, y, page_label(number, total), 8, self.marks,
                  align="right")  # fmt: skip


def render(form: FormFrame, sections: Iterable[Sequence[Flowable]], marks: Marks,
           hooks: Hooks | None = None) -> Rendered:  # fmt: skip
    """Lay the sections out one after another, each starting on a new page. ``hooks``: progress
    per section laid out, and a cancel checked between sections (RenderCancelled)."""
    main_font()
    hooks = hooks or Hooks()
    hooks.check()
    parts = list(sections)
    story: list[Flowable] = []
    for number, section in enumerate(parts, 1):
        if story:
            story.append(PageBreak())
        story.append(SectionStart(number, len(parts), hooks))
        story.extend(section)
    if not story:
        story.append(SectionStart())
    buffer = io.BytesIO()
    hooks = dataclasses.replace(hooks, sections=len(parts))
    doc = _Document(buffer, form, marks, hooks)
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, footer=doc.footer))
    hooks.check()
    if hooks.progress is not None:
        hooks.progress(len(parts), len(parts))
    return Rendered(buffer.getvalue(), doc.page, tuple(sorted(marks.missing)), marks.cut)
