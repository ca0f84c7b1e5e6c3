"""``cs-desktop audit verify``, ``backup`` and ``restore`` as a script calls them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cs_desktop.cli import main
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.database import open_database


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM customers"))
    finally:
        con.close()


def _fill(db_path: Path, *names: str) -> None:
    db = open_database(db_path)
    try:
        for name in names:
            CustomerCardService(db.factory).create(CustomerCard(name=name))
    finally:
        db.close()


def test_audit_verify_then_a_row_altered_in_the_file(db_path, capsys) -> None:
    _fill(db_path, "甲", "乙𠮷", "丙")
    assert main(["audit", "verify", "--db", str(db_path)]) == 0
    assert "intact: 3 entries" in capsys.readouterr().out
    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_events SET action = 'change' WHERE seq = 2")
    con.commit()
    con.close()
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == "cs-desktop audit verify: entry 2 was altered (its content does not match its hash)\n"
    )
    assert main(["audit", "verify", "--json", "--db", str(db_path)]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert (payload["ok"], payload["broken_seq"], payload["reason"]) == (False, 2, "altered")


def test_backup_and_restore_with_a_passphrase(db_path, tmp_path, capsys, monkeypatch) -> None:
    _fill(db_path, "甲", "乙𠮷")
    out = tmp_path / "备份" / "客服.csbak"
    monkeypatch.setenv("CS_BACKUP_PASSPHRASE", "口令 𠮷")
    assert main(["backup", "--out", str(out), "--passphrase-env", "CS_BACKUP_PASSPHRASE",
                 "--db", str(db_path), "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["encrypted"] is True
    _fill(db_path, "丁")
    assert main(["restore", str(out), "--db", str(db_path)]) == 1
    assert "give its passphrase" in capsys.readouterr().err
    assert _names(db_path) == sorted(["甲", "乙𠮷", "丁"])
    assert main(["restore", str(out), "--passphrase-env", "CS_BACKUP_PASSPHRASE",
                 "--db", str(db_path)]) == 0  # fmt: skip
    assert "restore --undo" in capsys.readouterr().out
    assert _names(db_path) == sorted(["甲", "乙𠮷"])
    assert main(["restore", "--undo", "--db", str(db_path)]) == 0
    assert _names(db_path) == sorted(["甲", "乙𠮷", "丁"])
    assert main(["audit", "verify", "--db", str(db_path)]) == 0


def test_restore_refuses_a_file_that_is_not_a_backup(db_path, tmp_path, capsys) -> None:
    _fill(db_path, "甲")
    junk = tmp_path / "报表.xlsx"
    junk.write_bytes(b"PK\x03\x04 not a database at all")
    before = db_path.read_bytes()
    assert main(["restore", str(junk), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("cs-desktop restore: the file is not a database backup")
        and err.count("\n") == 1
    )
    assert db_path.read_bytes() == before
    assert main(["restore", "--check", str(junk), "--db", str(db_path)]) == 1


def test_backup_says_what_is_missing(db_path, tmp_path, capsys) -> None:
    assert main(["backup", "--out", str(tmp_path / "b"), "--passphrase-env", "NOT_SET_ANYWHERE",
                 "--db", str(db_path)]) == 1  # fmt: skip
    assert "NOT_SET_ANYWHERE" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()
