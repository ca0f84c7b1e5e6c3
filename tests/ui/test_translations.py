"""zh_CN is complete: every string in the code is translated, placeholders kept, .qm rebuilt."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cs_desktop.paths import bundle_root, resources_dir

TS = resources_dir() / "translations" / "cs_desktop_zh_CN.ts"
QM = TS.with_suffix(".qm")
SOURCES = [bundle_root() / "cs_desktop" / "ui", bundle_root() / "cs_desktop" / "app.py"]


def _messages(path: Path) -> list[tuple[str, str, str | None, str]]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            out.append((name, msg.findtext("source") or "", tr.get("type"), tr.text or ""))
    return out


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} (from PySide6-Essentials) must be on PATH"
    return found


def test_every_message_is_translated_with_its_placeholders() -> None:
    messages = _messages(TS)
    assert len(messages) > 50
    for context, source, kind, translation in messages:
        assert kind not in ("unfinished", "vanished", "obsolete"), (context, source)
        assert translation.strip(), (context, source)
        words = re.sub(r"\{\w+\}|Ctrl|CSI|CSS|NPS|RFM|Excel|CSV|GBK|zs", "", source)
        if re.search(r"[A-Za-z]{2,}", words):  # English words must become Chinese ones
            assert re.search(r"[\u4e00-\u9fff]", translation), (context, source, translation)
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(
            re.findall(r"\{\w+\}", translation)
        ), source


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copyfile(TS, copy)
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", *map(str, SOURCES), "-ts",
                    str(copy), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)  # fmt: skip
    unfinished = [(c, s) for c, s, kind, _ in _messages(copy) if kind == "unfinished"]
    assert unfinished == [], "run pyside6-lupdate and translate these"


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True)  # fmt: skip
    if built.read_bytes() != QM.read_bytes():
        pytest.fail("resources/translations/*.qm is stale: run pyside6-lrelease on the .ts")
