"""The fonts forms print with, and which one draws each character.

The main font (WenQuanYi Micro Hei) covers GB 18030's ideographs; two fallbacks cut from Hanazono
Mincho cover CJK Extension A and B (𠮷). A character no font has is replaced by a red 〓 and
recorded, so the caller can tell the user; it is never dropped silently. Fonts are registered
with reportlab once per process (reportlab's registry is process-wide) and the fallbacks only
when a form first needs them: registering the 22 MB Extension B font costs ~0.1 s.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cs_desktop.paths import resources_dir

from . import tounicode

MISSING = "\u3013"  # 〓, the typesetter's mark for a character the type case lacks
MISSING_RUN = ""  # the font name runs() gives a MISSING mark (drawn in red by the caller)


@dataclass(frozen=True)
class FontFile:
    name: str  # the name registered with reportlab
    file: str
    subfont: int = 0


MAIN = FontFile("CsdSans", "wqy-microhei.ttc")
FALLBACKS = (FontFile("CsdRareA", "csd-rare-a.ttf"), FontFile("CsdRareB", "csd-rare-b.ttf"))

_lock = threading.Lock()
_coverage: dict[str, frozenset[int] | dict[int, int]] = {}


def font_dir() -> Path:
    return resources_dir() / "fonts"


def _register(font: FontFile) -> dict[int, int]:
    with _lock:
        cached = _coverage.get(font.name)
        if cached is None:
            tounicode.install()
            tt = TTFont(font.name, str(font_dir() / font.file), subfontIndex=font.subfont)
            pdfmetrics.registerFont(tt)
            cached = _coverage[font.name] = tt.face.charToGlyph
        return cached  # type: ignore[return-value]


def main_font() -> str:
    _register(MAIN)
    return MAIN.name


def _invisible(ch: str) -> bool:
    """Variation selectors and joiners: they shape the character before them, draw nothing."""
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or cp in (0x200B, 0x200C, 0x200D)


def font_for(ch: str) -> str | None:
    cp = ord(ch)
    if cp in _register(MAIN):
        return MAIN.name
    for font in FALLBACKS:
        if cp in _register(font):
            return font.name
    return None


def runs(text: str, missing: set[str] | None = None) -> Iterator[tuple[str, str]]:
    """(font name, text) runs; characters no font has come back as MISSING in a MISSING_RUN
    run and are added to ``missing``. Control characters print as spaces; line breaks stay."""
    current, buf = MAIN.name, []
    main = _register(MAIN)
    for ch in text:
        if ch == "\n":
            font: str | None = MAIN.name
        elif ord(ch) in main:  # the common case, without the call
            font = MAIN.name
        elif _invisible(ch):
            continue
        elif unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            ch, font = " ", MAIN.name
        else:
            font = font_for(ch)
            if font is None:
                if missing is not None:
                    missing.add(ch)
                ch, font = MISSING, MISSING_RUN
        if font != current and buf:
            yield current, "".join(buf)
            buf = []
        current = font
        buf.append(ch)
    if buf:
        yield current, "".join(buf)
