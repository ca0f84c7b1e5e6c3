"""``cs-desktop sync key|trust``, ``export`` and ``import`` end to end: two real database files,
real processes, the way a scheduled job on each clinic's PC runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cs_desktop.cli import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}  # a Chinese Windows console's code page
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "cs_desktop", *args], capture_output=True,
                          env=env, timeout=120, check=False)  # fmt: skip


def _json(done: subprocess.CompletedProcess) -> dict:
    assert done.returncode == 0, done.stderr.decode("utf-8")
    return json.loads(done.stdout.decode("utf-8"))


def test_two_sites_swap_keys_and_packages_through_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "张三"
    folder.mkdir()
    a, b = folder / "甲站.sqlite3", folder / "乙站.sqlite3"
    assert main(["demo", "--customers", "40", "--quiet", "--db", str(a)]) == 0
    assert main(["migrate", "--db", str(b)]) == 0
    key_a = _json(_run("sync", "key", "--out", str(folder / "甲.key"), "--db", str(a), "--json"))
    key_b = _json(_run("sync", "key", "--out", str(folder / "乙.key"), "--db", str(b), "--json"))
    trusted = _json(_run("sync", "trust", str(folder / "甲.key"), "--db", str(b), "--json"))
    assert trusted["fingerprint"] == key_a["fingerprint"] and trusted["new"] is True
    _json(_run("sync", "trust", str(folder / "乙.key"), "--db", str(a), "--json"))

    package = folder / "甲到乙.zip"
    sent = _json(_run("export", "--to", key_b["code"], "--out", str(package), "--db", str(a),
                      "--json"))  # fmt: skip
    assert sent["counts"]["customers"] == 40 and package.exists()
    got = _json(_run("import", str(package), "--db", str(b), "--json"))
    assert got["status"] == "imported" and got["inserted"] == sent["rows"]
    again = _json(_run("import", str(package), "--db", str(b), "--json"))
    assert again["status"] == "already_imported"
    found = _json(_run("search", "客", "--db", str(b), "--json", "--limit", "100"))
    assert found  # the cards are searchable at the other site

    # nothing changed since: the next export is empty; a file from this site is refused
    empty = _json(_run("export", "--to", key_b["name"], "--out", str(folder / "2.zip"),
                       "--db", str(a), "--json"))  # fmt: skip
    assert empty["rows"] == 0
    refused = _run("import", str(package), "--db", str(a))
    assert refused.returncode == 1
    assert refused.stderr.decode("utf-8").strip() == (
        "cs-desktop import: the package was exported by this same site"
    )
    unknown = _run("export", "--to", "丙站", "--out", str(folder / "3.zip"), "--db", str(a))
    assert unknown.returncode == 1 and "丙站" in unknown.stderr.decode("utf-8")
