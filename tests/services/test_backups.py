"""Backups and restore on real SQLite files: a backup taken while another thread writes is a
consistent snapshot, restores equal to the source, and a bad file never touches current data."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy.orm import sessionmaker

from cs_desktop.services.audit import AuditService
from cs_desktop.services.backups.policy import BackupPolicy
from cs_desktop.services.backups.service import BackupService
from cs_desktop.services.customers.card_dto import CustomerCard, PhoneEntry
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.database import open_database
from cs_desktop.services.errors import ServiceError

FAST_KDF = 10  # scrypt N=2^10 in tests; the default is 2^17


def _digest(path: Path, skip: tuple[str, ...] = ()) -> dict[str, tuple[int, str]]:
    """Per table: row count and a checksum of every row's content."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]  # fmt: skip
        out = {}
        for table in tables:
            if table in skip:
                continue
            rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"'))
            out[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return out
    finally:
        con.close()


def _audit_rows(path: Path, up_to: int | None = None) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT * FROM audit_events ORDER BY seq").fetchall()
    finally:
        con.close()
    return [r for r in rows if up_to is None or r[0] <= up_to]


@pytest.fixture
def backups(database) -> BackupService:
    return BackupService(database.factory, kdf_log2_n=FAST_KDF)


def _card(i: int) -> CustomerCard:
    return CustomerCard(name=f"客户𠮷{i}", phones=(PhoneEntry(f"138{i:08d}"),))


def test_backup_while_another_thread_writes_then_restore_equals_the_source(
    database, db_path, backups, migrated_template, tmp_path
) -> None:
    cards = CustomerCardService(database.factory)
    for i in range(20):
        cards.create(_card(i))
    stop, written = threading.Event(), []

    def writer() -> None:
        i = 1000
        while not stop.is_set() or len(written) < 30:
            cards.create(_card(i))
            written.append(i)
            i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 10:
            stop.wait(0.01)
        during = backups.backup(tmp_path / "备份" / "during.csbak", passphrase="口令𠮷")
    finally:
        stop.set()
        thread.join()
    assert during.encrypted and during.path.read_bytes()[:8] == b"CSDESKBK"

    # The snapshot taken mid-write is consistent: restored into another database, its chain
    # verifies, integrity is ok and every card has its stats row and its audit entry.
    other_path = tmp_path / "其他" / "other.sqlite3"
    other_path.parent.mkdir()
    shutil.copyfile(migrated_template, other_path)
    other = open_database(other_path)
    try:
        BackupService(other.factory, kdf_log2_n=FAST_KDF).restore(during.path, "口令𠮷")
        assert AuditService(other.factory).verify().ok
        con = sqlite3.connect(other_path)
        customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
        assert 30 <= customers < 20 + len(written)
        assert con.execute("SELECT count(*) FROM customer_stats").fetchone()[0] == customers
        created = con.execute("SELECT count(*) FROM audit_events WHERE action = 'create' "
                              "AND entity = 'customer'").fetchone()[0]  # fmt: skip
        assert created == customers
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    finally:
        other.close()

    # At rest: a backup, more changes, a restore: the data are the backup's again.
    at_backup = _digest(db_path, skip=("audit_events",))
    last_seq = _audit_rows(db_path)[-1][0]
    saved = backups.backup(tmp_path / "备份" / "rest.sqlite3")
    cards.create(_card(5000))
    assert _digest(db_path, skip=("audit_events",)) != at_backup
    result = backups.restore(saved.path)
    assert _digest(db_path, skip=("audit_events",)) == at_backup
    restored_audit = _audit_rows(db_path)
    assert restored_audit[:last_seq] == _audit_rows(saved.path)[:last_seq]
    assert restored_audit[-1][3] == "restore"  # the restore itself is on the record
    assert AuditService(database.factory).verify().ok
    assert result.kept_aside.is_file() and not result.upgraded


def test_undo_restore_brings_back_what_was_there(database, db_path, backups, tmp_path) -> None:
    cards = CustomerCardService(database.factory)
    cards.create(_card(1))
    saved = backups.backup(tmp_path / "b.sqlite3")
    cards.create(_card(2))
    before = _digest(db_path, skip=("audit_events",))
    backups.restore(saved.path)
    assert _digest(db_path, skip=("audit_events",)) != before
    backups.undo_restore()
    assert _digest(db_path, skip=("audit_events",)) == before
    assert AuditService(database.factory).verify().ok


def _garbage(tmp_path: Path, saved: Path) -> dict[str, Path]:
    files = {}
    text = tmp_path / "notes.txt"
    text.write_text("这不是数据库", encoding="utf-8")
    files["backup_not_a_database"] = text
    cut = tmp_path / "cut.sqlite3"
    data = saved.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    files["backup_damaged"] = cut
    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    files["backup_foreign"] = foreign
    return files


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(database, db_path, backups,
                                                                 tmp_path) -> None:  # fmt: skip
    CustomerCardService(database.factory).create(_card(1))
    saved = backups.backup(tmp_path / "good.sqlite3").path
    sealed = backups.backup(tmp_path / "good.csbak", passphrase="对的口令").path
    flipped = tmp_path / "flipped.csbak"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    cases = [(code, path, None) for code, path in _garbage(tmp_path, saved).items()]
    cases += [("backup_wrong_passphrase", sealed, "错的口令"),
              ("backup_needs_passphrase", sealed, None),
              ("backup_not_found", tmp_path / "none.sqlite3", None)]  # fmt: skip
    if len(data) > (1 << 20) + 100:
        cases.append(("backup_damaged", flipped, "对的口令"))
    else:
        cases.append(("backup_wrong_passphrase", flipped, "对的口令"))  # one chunk: same check
    before = _digest(db_path)
    for code, path, passphrase in cases:
        with pytest.raises(ServiceError) as exc:
            backups.restore(path, passphrase)
        assert exc.value.code == code, path
        assert _digest(db_path) == before, code
    assert backups.last_restore() is None
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.startswith(".cs-restore")]
    assert leftovers == []


def test_daily_backup_once_a_day_keeps_the_newest(database, db_path, tmp_path) -> None:
    day = [dt.datetime(2026, 11, 1, 1, 0, tzinfo=dt.UTC)]
    service = BackupService(database.factory, now=lambda: day[0])
    service.set_policy(BackupPolicy(folder=str(tmp_path / "U盘" / "备份"), keep=3))
    taken = []
    for n in range(6):
        day[0] = dt.datetime(2026, 11, 1 + n, 1, 0, tzinfo=dt.UTC)
        taken.append(service.auto_backup_if_due())
        assert service.auto_backup_if_due() is None  # the second start of the day: nothing
    assert all(taken)
    kept = service.automatic_backups()
    assert [p.name for p in kept] == [t.path.name for t in taken[-3:]][::-1]
    assert service.check(kept[0]).customers == 0


def test_a_server_database_is_not_backed_up_here() -> None:
    engine = create_engine("sqlite://")  # an engine whose URL is a server's (no driver needed)
    engine.url = make_url("postgresql+psycopg://staff@server/cs")
    service = BackupService(sessionmaker(engine))
    for job in (lambda: service.backup(Path("x.sqlite3")), lambda: service.restore(Path("x"))):
        with pytest.raises(ServiceError) as exc:
            job()
        assert exc.value.code == "backup_not_supported_for_server"
