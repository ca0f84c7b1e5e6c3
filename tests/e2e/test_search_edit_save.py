"""A clerk's round trip with the keyboard, in the real window under Xvfb: find a customer by the
last digits of their phone, open the card, change the name, save with Enter, and see the new
name in the list. Input is real X key events (xdotool); what the window shows is reported by
tests/e2e/drive_app.py, which runs the app as `cs-desktop --db` does. Screenshots of each step
land in tests/e2e/screenshots/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from x11_tools import need, private_xvfb, wait_for

import cs_desktop
from cs_desktop.domain.enums import Role
from cs_desktop.services.accounts.service import AccountService
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
from cs_desktop.services.database import open_database

SHOTS = Path(__file__).parent / "screenshots"
DRIVER = Path(__file__).parent / "drive_app.py"
ROOT = Path(cs_desktop.__file__).parent.parent
pytestmark = pytest.mark.e2e


def _state(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def test_find_open_edit_save_and_see_it_in_the_list(
    tmp_path: Path, database, db_path: Path
) -> None:
    xdotool, importer = need("xdotool"), need("import")
    # A database with a few cards besides the one the clerk looks for.
    cards = CustomerCardService(database.factory)
    for n, name in enumerate(("张三", "李四", "王五", "赵六")):
        cards.create(CustomerCard(name=name, phones=(PhoneEntry(f"1390000000{n}"),)))
    cards.create(CustomerCard(name="欧阳娜娜", phones=(PhoneEntry("138 1234 5678"),)))
    accounts = AccountService(database.factory)  # a real site: the clerk signs in first
    accounts.create_first_admin("admin", "周杰", "admin-pass-1")
    accounts.create_staff("wangfang", "王芳", Role.COUNTER, "counter-pass-1")
    accounts.sign_out()
    database.close()

    state_file = tmp_path / "state.json"
    with private_xvfb(60) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "CS_DESKTOP_DATA_DIR": str(tmp_path / "data"),
               "CS_DESKTOP_SETTINGS": str(tmp_path / "settings.ini"),
               # the package under test, whether installed or run from a checkout
               "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}  # fmt: skip
        env.pop("WAYLAND_DISPLAY", None)
        log_path = tmp_path / "app.log"
        with log_path.open("w") as log:
            app = subprocess.Popen([sys.executable, str(DRIVER), str(db_path), str(state_file)],
                                   env=env, stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
            try:
                try:
                    _drive(xdotool, importer, env, state_file)
                except BaseException:
                    print("window state:", state_file.read_text(encoding="utf-8")
                          if state_file.exists() else "none")  # fmt: skip
                    print("app output:", log_path.read_text(encoding="utf-8", errors="replace"))
                    raise
                # No window manager gives the focus back after the card closed: take it.
                ids = subprocess.run([xdotool, "search", "--name", "客户服务台"], env=env,
                                     capture_output=True, text=True).stdout.split()  # fmt: skip
                subprocess.run([xdotool, "windowfocus", "--sync", ids[0]], env=env)
                subprocess.run([xdotool, "key", "--clearmodifiers", "ctrl+q"], env=env)
                app.wait(30)
            finally:
                if app.poll() is None:
                    app.kill()
        output = log_path.read_text(encoding="utf-8", errors="replace")
    assert app.returncode == 0, output
    assert "Traceback" not in output, output

    # The change is in the database too, and searchable by its new name.
    reopened = open_database(db_path)
    try:
        found = CustomerListService(reopened.factory).page(CustomerQuery(text="欧阳"), 0, 10)
        assert [r.name for r in found.rows] == ["欧阳娜"]
    finally:
        reopened.close()


def _drive(xdotool: str, importer: str, env: dict[str, str], state_file: Path) -> None:
    def key(*keys: str) -> None:
        subprocess.run([xdotool, "key", "--clearmodifiers", *keys], env=env, check=True)

    def type_text(text: str) -> None:
        subprocess.run([xdotool, "type", "--delay", "40", text], env=env, check=True)

    def shot(name: str) -> None:
        SHOTS.mkdir(exist_ok=True)
        subprocess.run([importer, "-window", "root", str(SHOTS / name)], env=env, check=True)

    def window_id() -> str:
        out = subprocess.run([xdotool, "search", "--name", "客户服务台"], env=env,
                             capture_output=True, text=True)  # fmt: skip
        ids = out.stdout.split()
        return ids[0] if ids else ""

    def sign_in_id() -> str:
        out = subprocess.run([xdotool, "search", "--name", "^登录$"], env=env,
                             capture_output=True, text=True)  # fmt: skip
        ids = out.stdout.split()
        return ids[0] if ids else ""

    wait_for(sign_in_id, 60, "the sign-in dialog")
    subprocess.run([xdotool, "windowfocus", "--sync", sign_in_id()], env=env)
    time.sleep(0.5)
    type_text("wangfang")
    key("Tab")
    type_text("counter-pass-1")
    shot("e2e_0_sign_in.png")
    key("Return")

    state = lambda: _state(state_file)  # noqa: E731
    wait_for(lambda: window_id() and state().get("count") == 5, 60, "the window and its list")
    subprocess.run([xdotool, "windowfocus", "--sync", window_id()], env=env)  # no WM: focus it
    time.sleep(0.5)

    key("ctrl+f")  # to the search box
    type_text("5678")  # the last four digits of the phone
    wait_for(lambda: state().get("rows") == ["欧阳娜娜"], 10, "the search result")
    key("Down")  # to the list
    wait_for(lambda: state().get("list_has_focus"), 5, "the focus on the list")
    shot("e2e_1_found.png")
    key("Return")  # open the card
    wait_for(lambda: state().get("dialog") == "客户资料卡 — 欧阳娜娜", 10, "the card")
    shot("e2e_2_card.png")
    key("End", "BackSpace")  # the name field has the focus: drop the last character
    wait_for(lambda: state().get("dialog_name") == "欧阳娜", 5, "the edited name")
    key("Return")  # Enter saves
    wait_for(lambda: state().get("dialog") is None, 10, "the card to close")
    # The list still shows the search "5678", now with the new name.
    wait_for(lambda: state().get("rows") == ["欧阳娜"], 10, "the new name in the list")
    shot("e2e_3_saved.png")
