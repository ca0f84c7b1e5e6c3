"""Bad package files: each is refused with a clear reason and the database stays as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Customer
from cs_desktop.storage.session import writing
from cs_desktop.sync import convert, keys
from cs_desktop.sync.exporting import export_package
from cs_desktop.sync.importing import import_package
from cs_desktop.sync.package import Limits, manifest_bytes


@pytest.fixture
def pair(sites, tmp_path):
    a, b = sites("甲站", "乙站")
    CustomerCardService(a.factory).create(CustomerCard(name="𠮷田", wechat="jt"))
    path = tmp_path / "good.zip"
    export_package(a.factory, b.site.code, path)
    return a, b, path


def _rewrite(src: Path, dst: Path, *, patch=None, members=None, drop=(), extra=(),
             sign_with=None) -> Path:  # fmt: skip
    with zipfile.ZipFile(src) as z:
        contents = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(contents["manifest.json"])
    for name, data in (members or {}).items():
        contents[name] = data
    if patch:
        patch(manifest)
        contents["manifest.json"] = manifest_bytes(manifest)
    if sign_with is not None:
        with writing(sign_with.factory) as s:
            contents["manifest.sig"] = keys.sign(keys.signing_key(s), contents["manifest.json"])
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in contents.items():
            if name not in drop:
                z.writestr(name, data)
        for name, data in extra:
            z.writestr(name, data)
    return dst


def _refused(db, path: Path, snapshot, code: str, **kw) -> ServiceError:
    before = snapshot(db)
    with pytest.raises(ServiceError) as caught:
        import_package(db.factory, path, **kw)
    assert caught.value.code == code
    assert snapshot(db) == before
    return caught.value


def test_a_truncated_file(pair, tmp_path, snapshot) -> None:
    _a, b, good = pair
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(b, cut, snapshot, "package_damaged")


def test_a_member_altered_in_transit(pair, tmp_path, snapshot) -> None:
    _a, b, good = pair
    with zipfile.ZipFile(good) as z:
        data = z.read("tables/customers.jsonl").replace("𠮷田".encode(), "吉田".encode())
    bad = _rewrite(good, tmp_path / "bad.zip", members={"tables/customers.jsonl": data})
    _refused(b, bad, snapshot, "package_checksum_mismatch")


def test_a_manifest_altered_or_unsigned(pair, tmp_path, snapshot) -> None:
    _a, b, good = pair
    bad = _rewrite(good, tmp_path / "bad.zip", patch=lambda m: m["counts"].update(customers=9))
    _refused(b, bad, snapshot, "signature_bad")
    unsigned = _rewrite(good, tmp_path / "unsigned.zip", drop=("manifest.sig",))
    _refused(b, unsigned, snapshot, "signature_missing")


def test_a_site_not_trusted_here(sites, tmp_path, snapshot) -> None:
    (b,) = sites("乙站")
    (c,) = sites("丙站")  # made apart: B has never trusted C's key
    key_file = tmp_path / "b.key"
    keys.write_key_file(b.factory, key_file)
    keys.trust(c.factory, keys.read_key_file(key_file))  # C knows B, not the other way round
    CustomerCardService(c.factory).create(CustomerCard(name="丙的客户"))
    path = tmp_path / "c.zip"
    export_package(c.factory, b.site.code, path)
    err = _refused(b, path, snapshot, "site_not_trusted")
    assert err.params["site"] == "丙站"


def test_a_trusted_site_taken_off_the_list(pair, snapshot) -> None:
    a, b, good = pair
    keys.untrust(b.factory, a.site.id)
    _refused(b, good, snapshot, "site_not_trusted")


def test_a_newer_schema_or_format(pair, tmp_path, snapshot) -> None:
    a, b, good = pair
    newer = _rewrite(good, tmp_path / "n.zip", patch=lambda m: m.update(schema="0099"), sign_with=a)
    _refused(b, newer, snapshot, "package_schema_newer")
    fmt = _rewrite(good, tmp_path / "f.zip", patch=lambda m: m.update(format=2), sign_with=a)
    _refused(b, fmt, snapshot, "package_format_newer")


def test_an_older_schema_is_converted(pair, tmp_path, monkeypatch) -> None:
    """A package from schema 0007: its rows lack a column (taken as its default) and the
    registered converter for 0007 runs on every row (here: a column renamed since)."""
    a, b, good = pair
    with zipfile.ZipFile(good) as z:
        line = json.loads(z.read("tables/customers.jsonl"))
    del line["v"]["wechat"], line["v"]["notes"]
    line["v"]["remark"] = "旧版的备注 𠮷"
    data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")

    def declare(m):
        m["schema"] = "0007"
        m["members"]["tables/customers.jsonl"] = {"sha256": hashlib.sha256(data).hexdigest(),
                                                  "size": len(data)}  # fmt: skip

    old = _rewrite(good, tmp_path / "old.zip", members={"tables/customers.jsonl": data},
                   patch=declare, sign_with=a)  # fmt: skip

    def rename(table, row):
        if table == "customers":
            row["v"]["notes"] = row["v"].pop("remark", None)
        return row

    monkeypatch.setitem(convert.CONVERTERS, "0007", rename)
    monkeypatch.setitem(convert.CONVERTERS, "0001", lambda t, r: 1 / 0)  # before 0007: not run
    assert import_package(b.factory, old).status == "imported"
    with b.factory() as s:
        got = s.execute(select(Customer.name, Customer.notes, Customer.wechat)).one()
    assert tuple(got) == ("𠮷田", "旧版的备注 𠮷", None)


def test_a_zip_bomb(pair, tmp_path, snapshot) -> None:
    a, b, good = pair
    zeros = b"0" * (20 << 20)  # 20 MB that deflate to ~20 KB: no real package compresses so
    bomb = _rewrite(good, tmp_path / "bomb.zip", extra=(("tables/visits.jsonl", zeros),))
    _refused(b, bomb, snapshot, "package_too_large")
    _refused(b, good, snapshot, "package_too_large", limits=Limits(total_bytes=100))


def test_member_paths_that_leave_the_folder(pair, tmp_path, snapshot) -> None:
    _a, b, good = pair
    for i, name in enumerate(("../evil.jsonl", "tables/../../evil.jsonl", "/etc/passwd",
                              "tables\\..\\x.jsonl", "C:/x.jsonl")):  # fmt: skip
        bad = _rewrite(good, tmp_path / f"p{i}.zip", extra=((name, b"{}"),))
        err = _refused(b, bad, snapshot, "package_unsafe_path")
        assert err.params["path"] == name


def test_a_file_from_this_same_site_or_for_another_site(sites, pair, tmp_path, snapshot) -> None:
    a, b, good = pair
    _refused(a, good, snapshot, "package_from_this_site")
    (c,) = sites("丙站")
    keys.trust(c.factory, keys.read_key_file(_key(a, tmp_path)))
    _refused(c, good, snapshot, "package_for_another_site")


def _key(db, folder: Path) -> Path:
    path = folder / f"{db.site.code}.key"
    keys.write_key_file(db.factory, path)
    return path


def test_a_file_already_imported_is_no_error(pair, snapshot) -> None:
    _a, b, good = pair
    assert import_package(b.factory, good).status == "imported"
    before = snapshot(b)
    assert import_package(b.factory, good).status == "already_imported"
    assert snapshot(b) == before
