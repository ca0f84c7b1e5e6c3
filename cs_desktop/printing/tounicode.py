"""A contained correction of reportlab's ToUnicode map for characters above U+FFFF.

reportlab 5.1.0 writes each entry of a subset font's ToUnicode CMap as ``<%02X> <%04X>``: 𠮷
(U+20BB7) becomes ``<20BB7>``, which a PDF reader takes as U+20BB plus a stray digit, so the page
looks right but copy-paste, search and pdftotext get the wrong character. PDF wants the UTF-16BE
code units, a surrogate pair for such characters (``<D842DFB7>``). ``install()`` swaps the one
module-level function reportlab calls for a copy that writes UTF-16BE; nothing else changes.
tests/printing/test_print_fonts.py reads a PDF back to prove it.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


def utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def install() -> None:
    """Idempotent; called by cs_desktop.printing.fonts before any font is registered."""
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap  # type: ignore[assignment]


def uninstall() -> None:
    """For the test that shows the fault exists without the fix."""
    ttfonts.makeToUnicodeCMap = _original  # type: ignore[assignment]
