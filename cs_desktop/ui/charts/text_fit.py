"""Fitting long Chinese labels into a box: wrap by width (CJK has no spaces), elide the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Lines of ``text`` no wider than ``width``; the last one elided with … if text is left."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines - 1:
        cut = _fitting(rest, metrics, width)
        lines.append(rest[:cut])
        rest = rest[cut:].lstrip()
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


def balanced_wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """As wrap, but with lines of even length ("候诊等待时间是否\n可以接受", not a lone last
    character) when the text fits without eliding."""
    lines = wrap(text, metrics, width, max_lines)
    if len(lines) < 2 or not _whole(lines, text):
        return lines
    low, high = width / len(lines), width
    while high - low > 2:
        middle = (low + high) / 2
        trial = wrap(text, metrics, middle, max_lines)
        if len(trial) == len(lines) and _whole(trial, text):
            high = middle
        else:
            low = middle
    return wrap(text, metrics, high, max_lines)


def _whole(lines: list[str], text: str) -> bool:
    return "".join(lines).replace(" ", "") == text.replace(" ", "")


def _fitting(text: str, metrics: QFontMetricsF, width: float) -> int:
    """How many leading characters (code points, so 𠮷 stays whole) fit in ``width``."""
    count = 1
    while count < len(text) and metrics.horizontalAdvance(text[: count + 1]) <= width:
        count += 1
    if count < len(text):  # prefer breaking after a space or punctuation in the line's last third
        for back in range(count, max(count * 2 // 3, 1), -1):
            if text[back - 1] in " /、，,；;：:)）":
                return back
    return count
