"""The administrator's conflict policy, chosen on the Sync page, decides imports from the window
and from ``cs-desktop import`` (unless ``--policy`` is given); only an administrator sets it."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cs_desktop.cli import main
from cs_desktop.domain.enums import Role
from cs_desktop.domain.sync.merge import Policy
from cs_desktop.services.accounts.actor import Actor, bind_actor
from cs_desktop.services.customers.card_dto import CustomerCard
from cs_desktop.services.customers.cards import CustomerCardService
from cs_desktop.services.errors import ServiceError
from cs_desktop.storage.models import Staff
from cs_desktop.storage.session import writing
from cs_desktop.sync.exporting import export_package
from cs_desktop.sync.importing import import_package
from cs_desktop.sync.service import SyncService


def _both_edit(a, b, folder, a_first: bool = True):
    """The same card's notes changed at both sites; 甲站's change is the older one, unless
    ``a_first`` is False."""
    clock = {"ms": 1_800_000_000_000}
    for db in (a, b):
        db.factory.kw["info"]["sync_clock"] = lambda: clock["ms"]
    ca, cb = CustomerCardService(a.factory), CustomerCardService(b.factory)
    card = ca.create(CustomerCard(name="周九", notes="初诊"))
    export_package(a.factory, "乙站", folder / "0.zip")
    import_package(b.factory, folder / "0.zip")
    edits = [(ca, "甲改的备注"), (cb, "乙改的备注")]
    for service, notes in edits if a_first else edits[::-1]:
        clock["ms"] += 1000
        service.update(dataclasses.replace(service.get(card.id), notes=notes))
    export_package(a.factory, "乙站", folder / "1.zip")
    return card.id, cb


def test_the_stored_policy_decides_window_imports(sites, tmp_path) -> None:
    a, b = sites("甲站", "乙站")
    card_id, cards = _both_edit(a, b, tmp_path)
    service = SyncService(b.factory)
    assert service.policy() is Policy.NEWEST
    service.set_policy(Policy.THEIRS)
    assert SyncService(b.factory).policy() is Policy.THEIRS  # kept in the database
    result = service.import_file(tmp_path / "1.zip")
    assert result.conflicts == 1
    assert cards.get(card_id).notes == "甲改的备注"  # theirs, although older
    [conflict] = service.conflicts()
    assert (conflict.kept, conflict.lost, conflict.site) == ("甲改的备注", "乙改的备注", "乙站")


def test_the_command_line_follows_the_stored_policy(sites, tmp_path, capfd) -> None:
    a, b = sites("甲站", "乙站")
    card_id, cards = _both_edit(a, b, tmp_path, a_first=False)  # 甲站's change is the newer
    SyncService(b.factory).set_policy(Policy.OURS)
    capfd.readouterr()
    code = main(["import", str(tmp_path / "1.zip"), "--db", str(b.url.database), "--json"])
    assert code == 0 and json.loads(capfd.readouterr().out)["conflicts"] == 1
    assert cards.get(card_id).notes == "乙改的备注"  # ours stays, although older


def test_only_an_administrator_sets_the_policy_and_trusts(sites) -> None:
    (a,) = sites("甲站")
    with writing(a.factory) as s:
        staff = Staff(username="zhu", display_name="主管", role=Role.SUPERVISOR.value)
        s.add(staff)
        s.flush()
        supervisor = Actor(staff.id, "zhu", "主管", Role.SUPERVISOR)
    bind_actor(a.factory, supervisor)
    service = SyncService(a.factory)
    with pytest.raises(ServiceError) as refused:
        service.set_policy(Policy.MANUAL)
    assert refused.value.code == "forbidden"
    assert service.policy() is Policy.NEWEST
    assert service.conflicts() == []  # a supervisor reviews conflicts
