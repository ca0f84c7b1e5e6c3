"""Plain text -> reportlab paragraph markup, one <font> run per font, for any text a customer
or the site typed (names, addresses, notes): XML is escaped, line breaks kept."""

from __future__ import annotations

from xml.sax.saxutils import escape

from .fonts import MAIN, MISSING_RUN, runs

MISSING_COLOR = "#C00000"


def markup(text: str, missing: set[str]) -> str:
    parts = []
    for font, chunk in runs(text, missing):
        body = escape(chunk).replace("\n", "<br/>")
        if font == MISSING_RUN:
            parts.append(f'<font face="{MAIN.name}" color="{MISSING_COLOR}">{body}</font>')
        elif font == MAIN.name:
            parts.append(body)
        else:
            parts.append(f'<font face="{font}">{body}</font>')
    return "".join(parts)
