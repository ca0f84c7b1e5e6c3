"""The shipped fallback fonts for rare characters (CJK Extension A/B, e.g. 𠮷), registered with
Qt so every widget and chart can draw them: WenQuanYi and most system fonts lack them."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from cs_desktop.paths import resources_dir

RARE_FONTS = ("csd-rare-a.ttf", "csd-rare-b.ttf")
_registered: list[int] = []


def register_rare_fonts() -> bool:
    """Idempotent; needs a QGuiApplication. False if a font file could not be loaded."""
    if _registered:
        return all(font_id >= 0 for font_id in _registered)
    for name in RARE_FONTS:
        _registered.append(QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name)))
    return all(font_id >= 0 for font_id in _registered)
