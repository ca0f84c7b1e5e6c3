"""The pieces forms are made of: labelled boxes, section bars, tables that break across pages
with their header repeated, lines and boxes to write on by hand.

Every text goes through markup() (font fallback per character). Text wraps inside its box and
the box grows; a box with a line limit (a name in a list) is cut to the limit and ends with a
red "…(未完)" mark, counted in Marks.cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cs_desktop.domain import idcard, phones

from .fonts import MAIN
from .markup import MISSING_COLOR, markup
from .page import BODY_W, Marks

CUT_MARK = "…(未完)"
LINE = colors.Color(0.25, 0.25, 0.25)
SHADE = colors.Color(0.93, 0.93, 0.93)
BAR = colors.Color(0.85, 0.88, 0.92)
WRITE_ROW = 8 * mm  # height of a box left blank for handwriting


def _style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=MAIN.name, fontSize=size, leading=leading,
                          wordWrap="CJK", **kw)  # fmt: skip


BODY = _style("body", 9.5, 13)
LABEL = _style("label", 9, 12, textColor=colors.Color(0.2, 0.2, 0.2))
HEAD = _style("head", 9, 12, alignment=1)
SMALL = _style("small", 8, 10.5, textColor=colors.Color(0.3, 0.3, 0.3))
BAR_TEXT = _style("bar", 10.5, 14)
WARN = _style("warn", 9.5, 14, textColor=colors.Color(0.75, 0, 0))


class Para(Paragraph):
    """A paragraph that keeps CJK punctuation inside its box: reportlab lets a ，or 。 that may
    not start a line hang past the right edge; such a paragraph is broken one character
    narrower."""

    _narrow = False

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _w, h = super().wrap(aw - self.style.fontSize if self._narrow else aw, ah)
        if not self._narrow and any(_extra(line) < -0.01 for line in self.blPara.lines):
            self._narrow = True
            return self.wrap(aw, ah)
        self.width = aw
        return aw, h

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        return super().split(aw - self.style.fontSize if self._narrow else aw, ah)


def _extra(line: Any) -> float:
    """The room left on a laid-out line (negative: it runs past the edge)."""
    return float(line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0))


class Clipped(Flowable):
    """A paragraph cut to ``max_lines`` at the width it gets, ending in CUT_MARK if cut."""

    def __init__(self, text: str, style: ParagraphStyle, max_lines: int, marks: Marks) -> None:
        super().__init__()
        self.text, self.style, self.max_lines, self.marks = text, style, max_lines, marks
        self.cut = False
        self._para: Paragraph | None = None

    def _make(self, text: str, cut: bool) -> Paragraph:
        body = markup(text, self.marks.missing)
        if cut:
            body += f'<font color="{MISSING_COLOR}">{CUT_MARK}</font>'
        return Para(body, self.style)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        para = self._make(self.text, False)
        w, h = para.wrap(aw, ah)
        limit = self.max_lines * self.style.leading + 0.5
        self.cut = h > limit
        if self.cut:  # the longest prefix that fits with the mark
            lo, hi = 0, len(self.text)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if self._make(self.text[:mid], True).wrap(aw, ah)[1] <= limit:
                    lo = mid
                else:
                    hi = mid - 1
            para = self._make(self.text[:lo].rstrip(), True)
            w, h = para.wrap(aw, ah)
        self._para = para
        self.width, self.height = w, h
        return w, h

    def draw(self) -> None:
        assert self._para is not None
        if self.cut:
            self.marks.cut += 1
        self._para.drawOn(self.canv, 0, 0)


@dataclass
class Blocks:
    """Builds one render's flowables; remembers the marks and whether numbers are masked."""

    marks: Marks
    full_numbers: bool = False  # the user's role allows printing ID and phone numbers whole
    blank: bool = False  # a blank form to fill by hand

    # --- text -----------------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle = BODY, max_lines: int | None = None) -> Flowable:
        if max_lines is not None:
            return Clipped(text, style, max_lines, self.marks)
        return Para(markup(text, self.marks.missing), style)

    def choices(self, options: Sequence[str], style: ParagraphStyle = BODY) -> Flowable:
        """Options to tick by hand, each after a box big enough to tick."""
        box = f'<font size="{style.fontSize + 4}">\u25a1</font>'
        roomy = ParagraphStyle("choices", parent=style, leading=style.fontSize + 7)
        return Paragraph("&#160;&#160;".join(box + markup(o, self.marks.missing) for o in options),
                         roomy)  # fmt: skip

    def phone(self, digits: str) -> str:
        if self.full_numbers or not digits:
            return digits
        return phones.mask("".join(ch for ch in digits if ch.isdigit()) or digits)

    def id_number(self, number: str) -> str:
        return number if self.full_numbers or not number else idcard.mask(number)

    # --- blocks ---------------------------------------------------------------------------
    def bar(self, title: str) -> Flowable:
        t = Table([[self.p(title, BAR_TEXT)]], colWidths=[BODY_W])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BAR),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))  # fmt: skip
        return t

    def fields(self, rows: Sequence[Sequence[tuple[str, str | Flowable]]], label_w: float = 22 * mm,
               write_rows: int = 1) -> Flowable:  # fmt: skip
        """Label/value boxes, one or two pairs to a row; a row with one pair spans the width.
        On a blank form each row is tall enough to write in (``write_rows`` lines of it)."""
        pairs_w = (BODY_W - 2 * label_w) / 2
        data, style, heights = [], [], []
        for r, row in enumerate(rows):
            cells: list[Any] = []
            for label, value in row:
                if isinstance(value, Flowable):  # tick boxes: printed on blank forms too
                    cells += [self.p(label, LABEL), value]
                else:
                    cells += [self.p(label, LABEL), self.p("" if self.blank else value)]
            if len(row) == 1:
                cells += ["", ""]
                style.append(("SPAN", (1, r), (3, r)))
            data.append(cells)
            heights.append(WRITE_ROW * write_rows if self.blank else None)
            style += [("BACKGROUND", (0, r), (0, r), SHADE)]
            if len(row) > 1:
                style.append(("BACKGROUND", (2, r), (2, r), SHADE))
        t = Table(data, colWidths=[label_w, pairs_w, label_w, pairs_w], rowHeights=heights,
                  splitInRow=1)  # fmt: skip
        t.setStyle(TableStyle([*_GRID, *style]))
        return t

    def grid(self, headers: Sequence[str], rows: Sequence[Sequence[str | Flowable]],
             widths: Sequence[float], max_lines: Sequence[int | None] | None = None,
             blank_rows: int = 0, styles: Sequence[tuple[Any, ...]] = ()) -> Flowable:  # fmt: skip
        """A list table: the header repeats on every page; cells wrap (or are cut at
        ``max_lines``); ``blank_rows`` empty rows to fill in by hand follow the data."""
        limits = list(max_lines or [None] * len(headers))
        data: list[list[Any]] = [[self.p(h, HEAD) for h in headers]]
        for row in rows:
            data.append([v if isinstance(v, Flowable) else self.p(v, BODY, limits[i])
                         for i, v in enumerate(row)])  # fmt: skip
        heights: list[float | None] = [None] * len(data) + [WRITE_ROW] * blank_rows
        data += [[""] * len(headers) for _ in range(blank_rows)]
        scale = BODY_W / sum(widths)
        # rows are not split inside (reportlab can leave an empty half-row on the next page):
        # list cells are short, or limited by ``max_lines``
        t = Table(data, colWidths=[w * scale for w in widths], rowHeights=heights, repeatRows=1)
        t.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (-1, 0), SHADE), *styles]))
        return t

    def box(self, label: str, text: str, min_height: float = 20 * mm) -> Flowable:
        """A labelled free-text box (notes, the customer's words); long text breaks across
        pages; on a blank form, empty and ``min_height`` tall."""
        t = Table([[self.p(label, LABEL)], [self.p("" if self.blank else text)]],
                  colWidths=[BODY_W], rowHeights=[None, min_height if self.blank else None],
                  splitInRow=1)  # fmt: skip
        t.setStyle(TableStyle([*_GRID, ("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
        return t

    def signatures(self, labels: Sequence[str]) -> Flowable:
        """Signature and date lines, two to a row."""
        cells = [self.p(f"{label}：", LABEL) for label in labels]
        rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2]))
                for i in range(0, len(cells), 2)]  # fmt: skip
        data = [[c for cell in row for c in (cell, "")] for row in rows]
        t = Table(data, colWidths=[30 * mm, BODY_W / 2 - 30 * mm] * 2,
                  rowHeights=[9 * mm] * len(data))  # fmt: skip
        t.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, LINE),
                               ("LINEBELOW", (3, 0), (3, -1), 0.6, LINE),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("RIGHTPADDING", (1, 0), (1, -1), 10 * mm)]))  # fmt: skip
        return t

    @staticmethod
    def gap(height: float = 3 * mm) -> Flowable:
        return Spacer(1, height)


_GRID: list[tuple[Any, ...]] = [
    ("GRID", (0, 0), (-1, -1), 0.5, LINE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
