"""Chinese on paper: embedded subsets, fallbacks for rare characters, the ToUnicode fix, a
visible mark for what no font has, and text that never runs outside its page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from form_samples import in_order, pdf_text

from cs_desktop.printing import tounicode
from cs_desktop.printing.blocks import CUT_MARK, Blocks
from cs_desktop.printing.document import make
from cs_desktop.printing.fonts import MISSING
from cs_desktop.printing.page import PAGE_W, Rendered
from cs_desktop.services.forms.settings import FormSetting


def _render(*texts: str, max_lines: int | None = None) -> Rendered:
    return make("测试", FormSetting(), "演示诊所",
                lambda b: [[b.p(t, max_lines=max_lines) for t in texts]])  # fmt: skip


def _fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


def test_a_character_outside_the_bmp_prints_and_reads_back(tmp_path: Path) -> None:
    text = pdf_text(_render("客户王𠮷，地址东城区").pdf, tmp_path)
    assert "客户王𠮷，地址东城区" in text


def test_without_the_fix_reportlab_writes_the_wrong_character(tmp_path: Path) -> None:
    """The fault the fix corrects (shared/TRAPS.md): U+20BB7 read back as U+20BB."""
    tounicode.uninstall()
    try:
        text = pdf_text(_render("王𠮷").pdf, tmp_path)
    finally:
        tounicode.install()
    assert "𠮷" not in text
    assert "\u20bb" in text


def test_rare_characters_come_from_the_fallback_fonts_embedded_as_subsets(tmp_path: Path) -> None:
    rendered = _render("王𠮷 刘䶮 张三")  # 𠮷 Ext B, 䶮 Ext A: WenQuanYi has neither
    assert "王𠮷 刘䶮 张三" in pdf_text(rendered.pdf, tmp_path)
    fonts = _fonts(rendered.pdf, tmp_path)
    names = {row[0].split("+")[-1] for row in fonts}
    assert {"CSDRareHanA", "CSDRareHanB"} <= names
    for row in fonts:  # name type encoding emb sub uni ...
        assert row[-5:-2] == ["yes", "yes", "yes"], row
    assert len(rendered.pdf) < 120_000  # 22 MB of Extension B, a few glyphs embedded
    assert rendered.missing == ()


def test_a_character_no_font_has_prints_as_a_mark_and_is_reported(tmp_path: Path) -> None:
    rendered = _render("李\U00030000明")  # CJK Extension G: in none of the shipped fonts
    assert rendered.missing == ("\U00030000",)
    assert f"李{MISSING}明" in pdf_text(rendered.pdf, tmp_path)


def test_a_box_with_a_line_limit_is_cut_with_a_visible_mark(tmp_path: Path) -> None:
    rendered = _render("上海汇通建设工程有限公司" * 30, max_lines=2)
    text = pdf_text(rendered.pdf, tmp_path)
    assert CUT_MARK in text
    assert rendered.cut == 1
    assert _render("短名字", max_lines=2).cut == 0


def test_long_text_wraps_inside_the_page_and_continues_on_the_next(tmp_path: Path) -> None:
    note = "".join(f"第{i}句：客户反映候诊区座位不足。" for i in range(400))
    rendered = make("测试", FormSetting(), "演示诊所",
                    lambda b: [[b.box("备注", note)]])  # fmt: skip
    assert rendered.pages > 1
    flat = pdf_text(rendered.pdf, tmp_path).replace("\n", "")
    assert in_order(flat, "第0句", "第199句", "第399句：客户反映候诊区座位不足。")
    path = tmp_path / "bbox.html"
    (tmp_path / "b.pdf").write_bytes(rendered.pdf)
    subprocess.run(["pdftotext", "-bbox", str(tmp_path / "b.pdf"), str(path)], check=True)
    right = [float(x) for x in re.findall(r'xMax="([\d.]+)"', path.read_text("utf-8"))]
    assert right and max(right) <= PAGE_W - 15 * 72 / 25.4 + 0.5  # inside the right margin


def test_blocks_mask_numbers_unless_full_printing_is_allowed() -> None:
    from cs_desktop.printing.page import Marks

    masked, full = Blocks(Marks()), Blocks(Marks(), full_numbers=True)
    assert masked.id_number("110105198503071234") == "110105********1234"
    assert masked.phone("13800138000") == "138****8000"
    assert full.id_number("110105198503071234") == "110105198503071234"
    assert full.phone("13800138000") == "13800138000"
