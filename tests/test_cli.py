"""The command line as administrators script it: exit codes, one-line reasons, JSON, UTF-8."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cs_desktop.cli import main


def _run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env_extra or {})}
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run(
        [sys.executable, "-m", "cs_desktop", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
    )  # fmt: skip


def test_migrate_creates_and_reports_as_json(tmp_path: Path) -> None:
    db = tmp_path / "新建" / "cs.sqlite3"
    result = _run("migrate", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["from"] is None and payload["changed"] is True and payload["backup"] is None
    again = _run("migrate", "--db", str(db), "--json")
    assert json.loads(again.stdout)["changed"] is False


def test_migrate_refuses_a_too_new_database_with_one_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "newer.sqlite3"
    assert main(["migrate", "--db", str(db)]) == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'zz99'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    capsys.readouterr()

    code = main(["migrate", "--db", str(db)])

    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "newer version" in err and "zz99" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_not_a_database_gets_a_clear_reason(tmp_path: Path, capsys) -> None:
    bogus = tmp_path / "客户.xlsx"
    bogus.write_bytes(b"PK\x03\x04" + b"\x00" * 4000)
    assert main(["migrate", "--db", str(bogus)]) == 1
    assert "not an SQLite database" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["0", "-5", "abc", "1e3"])
def test_demo_rejects_a_bad_count_before_touching_anything(
    tmp_path: Path, bad: str, capsys
) -> None:
    db = tmp_path / "demo.sqlite3"
    with pytest.raises(SystemExit) as info:
        main(["demo", "--customers", bad, "--db", str(db)])
    assert info.value.code == 2
    assert "--customers" in capsys.readouterr().err
    assert not db.exists()


def test_version_and_help() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.startswith("cs-desktop ")
    helped = _run("--help")
    assert "demo" in helped.stdout and "migrate" in helped.stdout


def test_search_finds_what_the_search_box_finds(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    made = _run("demo", "--customers", "400", "--seed", "3", "--db", str(db), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["customers"] == 400
    assert json.loads(made.stdout)["survey_responses"] > 0  # the demo has answered surveys

    from cs_desktop.services.customers.listing import CustomerListService, CustomerQuery
    from cs_desktop.services.database import open_database

    database = open_database(db)
    try:
        listing = CustomerListService(database.factory)
        sample = listing.page(CustomerQuery(), 123, 1).rows[0]
        expected = [str(r.id) for r in listing.page(CustomerQuery(text=sample.name), 0, 50).rows]
    finally:
        database.close()

    by_name = _run("search", sample.name, "--db", str(db), "--json", "--limit", "50")
    assert by_name.returncode == 0, by_name.stderr
    payload = json.loads(by_name.stdout)
    assert [r["id"] for r in payload["results"]] == expected
    assert str(sample.id) in expected

    by_phone = _run("search", sample.phone_digits[-4:], "--db", str(db), "--json", "--limit", "500")
    assert str(sample.id) in [r["id"] for r in json.loads(by_phone.stdout)["results"]]
    short = json.loads(_run("search", "12", "--db", str(db), "--json").stdout)
    assert short["hint"] == "too_short" and short["total"] == 0


def test_tiers_recompute_on_a_demo_database(tmp_path) -> None:
    import json

    db = tmp_path / "演示.sqlite3"
    demo = _run("--db", str(db), "demo", "--customers", "300", "--quiet", "--json")
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["customers"] == 300  # --db before the subcommand is kept
    done = _run("tiers", "recompute", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["customers"] == 300 and result["kind"] == "pareto" and not result["skipped"]
    assert result["changed"] == 0  # the demo was classified when it was made
    assert [b[0] for b in result["thresholds"]["boundaries"]] == ["A", "B"]
    listed = json.loads(_run("search", "--db", str(db), "--json", "--limit", "300", "1").stdout)
    assert {r["tier"] for r in listed["results"]} <= {"A", "B", "C"}
    skipped = _run("tiers", "recompute", "--db", str(db), "--if-older-than", "1", "--json")
    assert json.loads(skipped.stdout)["skipped"] is True


def test_tiers_recompute_without_a_rule_set(tmp_path) -> None:
    db = tmp_path / "empty.sqlite3"
    assert main(["migrate", "--db", str(db)]) == 0
    done = _run("tiers", "recompute", "--db", str(db))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "cs-desktop tiers: no active tier rule set: choose one in Settings > Tiers first"
    )
