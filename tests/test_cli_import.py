"""``cs-desktop import-customers`` as administrators script it: exit codes, one-line reasons,
JSON with every rejected line, nothing written unless the whole file (or --skip-rejected) goes."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cs_desktop.domain import idcard

ID = idcard.build("330106", dt.date(1985, 3, 9), 123)
BAD_ID = ID[:-1] + ("1" if ID[-1] != "1" else "2")
JI = "\U00020bb7"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run([sys.executable, "-m", "cs_desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)  # fmt: skip


def _customers(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM customers"))
    finally:
        con.close()


@pytest.fixture
def gbk_file(tmp_path: Path) -> Path:
    path = tmp_path / "客户名单.csv"
    text = ("姓名,性别,出生日期,身份证号,手机号码,住址\r\n"
            f"张三,男,1985-03-09,{ID},138 0013 8000,浙江省杭州市西湖区文三路90号\r\n"
            f"李四,女,,{BAD_ID},13900139000,\r\n"
            "王五,男,,,1390013900,\r\n")  # fmt: skip
    path.write_bytes(text.encode("gbk"))
    return path


def test_dry_run_lists_rejected_lines_as_json_and_writes_nothing(tmp_path, gbk_file) -> None:
    db = tmp_path / "客服.sqlite3"
    result = _run("import-customers", str(gbk_file), "--dry-run", "--json", "--db", str(db))
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "2 line(s) rejected" in result.stderr
    payload = json.loads(result.stdout)
    assert payload["encoding"] == "gb18030" and payload["dry_run"] is True
    assert (payload["lines"], payload["created"], payload["rejected_lines"]) == (3, 1, 2)
    assert [(r["line"], r["column"], r["field"], r["code"]) for r in payload["rejected"]] == [
        (3, "身份证号", "id_number", "id_check_digit"),
        (4, "手机号码", "phones.0", "phone_mobile_length"),
    ]
    assert payload["mapping"]["手机号码"] == "phone"
    assert _customers(db) == []


def test_commit_is_all_or_nothing_unless_told_otherwise(tmp_path, gbk_file) -> None:
    db = tmp_path / "客服.sqlite3"
    refused = _run("import-customers", str(gbk_file), "--db", str(db))
    assert refused.returncode == 1 and "nothing was written" in refused.stderr
    assert "line  column" in refused.stdout and "身份证号" in refused.stdout
    assert _customers(db) == []
    done = _run("import-customers", str(gbk_file), "--db", str(db), "--skip-rejected", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["written"] is True
    assert _customers(db) == ["张三"]
    found = _run("search", "zs", "--db", str(db), "--json")
    assert [r["name"] for r in json.loads(found.stdout)["results"]] == ["张三"]
    again = _run("import-customers", str(gbk_file), "--db", str(db), "--skip-rejected", "--json")
    assert json.loads(again.stdout)["skipped"] == 1  # matched by ID: skipped by default


def test_utf8_names_outside_the_bmp_and_a_mapping(tmp_path) -> None:
    path = tmp_path / "客户.csv"
    path.write_text(f"联系人,电话,客户代号\n{JI}祥,13700137000,A7\n", encoding="utf-8-sig")
    db = tmp_path / "客服.sqlite3"
    missing = _run("import-customers", str(path), "--db", str(db))
    assert missing.returncode == 1 and "no column holds the name" in missing.stderr
    done = _run("import-customers", str(path), "--db", str(db), "--map", "联系人=name")
    assert done.returncode == 0, done.stderr
    assert "1 cards were created" in done.stdout and "客户代号" in done.stdout
    assert _customers(db) == [f"{JI}祥"]
    found = _run("search", f"{JI}祥", "--db", str(db))
    assert f"{JI}祥" in found.stdout


@pytest.mark.parametrize(
    ("extra", "code", "words"),
    [
        (["--map", "没有这列=name"], 2, "does not have: 没有这列"),
        (["--map", "联系人=shoe_size"], 2, "unknown field: shoe_size"),
        (["--map", "联系人"], 2, "HEADER=FIELD"),
        (["--match", "email"], 2, "invalid choice"),
    ],
)
def test_usage_errors_exit_2(tmp_path, extra, code, words) -> None:
    path = tmp_path / "客户.csv"
    path.write_text("联系人,电话\n张三,13700137000\n", encoding="utf-8")
    result = _run("import-customers", str(path), "--db", str(tmp_path / "x.sqlite3"), *extra)
    assert result.returncode == code
    assert words in result.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "the file is empty"), (bytes(range(256)) * 10, "not a spreadsheet"),
     ("姓名,手机\n".encode(), "no customers")],
)  # fmt: skip
def test_bad_files_exit_1_with_one_line(tmp_path, content, words) -> None:
    path = tmp_path / "坏.csv"
    path.write_bytes(content)
    result = _run("import-customers", str(path), "--db", str(tmp_path / "x.sqlite3"), "--json")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "error" in json.loads(result.stdout)
