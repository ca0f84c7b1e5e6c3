"""README's run command, for real: the app under Xvfb opens with demo data, is screenshotted,
and remembers its window when closed. Screenshots land in tests/e2e/screenshots/."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from x11_tools import need, private_xvfb, wait_for

SHOTS = Path(__file__).parent / "screenshots"
pytestmark = pytest.mark.e2e


def _customers(db: Path, table: str = "customers") -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.fixture
def xvfb():
    with private_xvfb(90) as display:
        yield display


def test_demo_run_command_opens_the_window_with_demo_data(tmp_path: Path, xvfb: str) -> None:
    xdotool, importer = need("xdotool"), need("import")
    data = tmp_path / "数据"
    settings = tmp_path / "settings.ini"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb",
           "CS_DESKTOP_DATA_DIR": str(data), "CS_DESKTOP_SETTINGS": str(settings)}  # fmt: skip
    env.pop("WAYLAND_DISPLAY", None)
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen([sys.executable, "-m", "cs_desktop", "--demo"], env=env,
                           stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    try:

        def window_id() -> str:
            out = subprocess.run([xdotool, "search", "--name", "客户服务台"], env=env,
                                 capture_output=True, text=True)  # fmt: skip
            return out.stdout.split()[0] if out.stdout.split() else ""

        wait_for(lambda: bool(window_id()), 60, "the main window")
        demo_db = data / "demo.sqlite3"
        wait_for(lambda: _customers(demo_db) >= 3000, 120, "the demo data")
        # the last step of the demo: its complaints (so closing does not wait for it)
        wait_for(lambda: _customers(demo_db, "complaints") >= 40, 120, "the demo complaints")
        time.sleep(1.5)  # the status bar refresh after the Changes broadcast

        SHOTS.mkdir(exist_ok=True)
        shot = SHOTS / "main_window_demo.png"
        subprocess.run([importer, "-window", "root", str(shot)], env=env, check=True)
        colours = subprocess.run([importer.replace("import", "identify"), "-format", "%k", str(shot)],
                                 capture_output=True, text=True, env=env)  # fmt: skip
        assert shot.stat().st_size > 10_000
        if colours.returncode == 0:
            assert int(colours.stdout.strip()) > 50, "the screenshot is blank"

        subprocess.run([xdotool, "windowfocus", "--sync", window_id()], env=env)  # no WM: focus it
        subprocess.run([xdotool, "key", "--clearmodifiers", "ctrl+q"], env=env)
        app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
        log.close()
    output = (tmp_path / "app.log").read_text(encoding="utf-8", errors="replace")
    assert app.returncode == 0, output
    assert "Traceback" not in output, output
    assert "window" in settings.read_text(encoding="utf-8"), "window state was not remembered"
