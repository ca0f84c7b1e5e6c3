"""客户地址分类表: customers listed by province, city and district of their primary address,
with a count per district; the region columns are printed once per group."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cs_desktop.services.forms.data import AddressLine

from ..blocks import SHADE, Blocks

KEY = "addresses"
TITLE = "客户地址分类表"
BLANK_ROWS = 24
HEADERS = ["省/直辖市", "市", "区/县", "序号", "客户名称", "电话", "详细地址", "等级"]
WIDTHS = [15, 13, 15, 9, 24, 22, 42, 18]
LIMITS = [2, 2, 2, 1, 2, None, 3, 2]


def sections(b: Blocks, lines: list[AddressLine] | None) -> list[list[Flowable]]:
    rows: list[list[str]] = []
    styles: list[tuple[object, ...]] = []
    last: tuple[str, str, str] | None = None
    n = 0
    for line in lines or []:
        region = (line.province, line.city, line.district)
        if region != last:
            if last is not None:
                rows.append(["", "", "", "", f"小计 {n} 位", "", "", ""])
                styles.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
            n = 0
            shown = list(region)
            last = region
        else:
            shown = ["", "", ""]
        n += 1
        rows.append([*shown, str(n), line.name, b.phone(line.phone), line.street, line.tier])
    if last is not None:
        rows.append(["", "", "", "", f"小计 {n} 位", "", "", ""])
        styles.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
    total = [b.p(f"共 {len(lines)} 位客户")] if lines else []
    table = b.grid(HEADERS, rows, WIDTHS, LIMITS, blank_rows=0 if lines else BLANK_ROWS,
                   styles=styles)  # fmt: skip
    return [[*total, b.gap(), table]]
