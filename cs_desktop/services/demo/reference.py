"""The small tables a demo needs before its customers: staff, tags, tier policies and the
active tier rule set. Rows that already exist (same username, tag name, tier, rule set name and
version) are reused, not duplicated: a site may have set some of them up before loading a demo.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass
from typing import Any

from cs_desktop.domain.enums import Role, TierRuleKind
from cs_desktop.domain.tiers import ParetoRule
from cs_desktop.storage.bulk import InsertPlan, insert_rows

from .codes import Clock, uuid7_bits

# (username, display name, role)
STAFF: tuple[tuple[str, str, Role], ...] = (
    ("zhoujie", "周杰", Role.ADMIN),
    ("zhangli", "张丽", Role.SUPERVISOR),
    ("sunwei", "孙伟", Role.SUPERVISOR),
    ("wangfang", "王芳", Role.COUNTER),
    ("liqiang", "李强", Role.COUNTER),
    ("chenjing", "陈静", Role.COUNTER),
    ("liuyang", "刘洋", Role.COUNTER),
    ("zhaomin", "赵敏", Role.COUNTER),
)
TAGS: tuple[tuple[str, str], ...] = (
    ("VIP", "#D4A017"), ("慢病随访", "#2E7D32"), ("老年", "#6D4C41"), ("企业客户", "#1565C0"),
    ("新客", "#00897B"), ("医保", "#5E35B1"), ("孕产", "#D81B60"), ("儿童", "#F4511E"),
)  # fmt: skip
# (tier, label, position, follow-up interval in days, role handling complaints, care reminders)
TIER_POLICIES: tuple[tuple[str, str, int, int, Role, bool], ...] = (
    ("A", "A类（重点客户）", 1, 30, Role.SUPERVISOR, True),
    ("B", "B类（主要客户）", 2, 90, Role.COUNTER, True),
    ("C", "C类（普通客户）", 3, 180, Role.COUNTER, False),
)
RULE_SET_NAME = "帕累托价值分级"
# The parameters ParetoRule.from_params reads (A: top 80% of value, B: next 15%, C: the rest).
RULE_SET_PARAMS = ParetoRule().to_params()
RULE_SET_NOTES = "演示数据的默认规则：近一年价值前 80% 为 A 类，其后 15% 为 B 类，其余为 C 类。"

_SYNCED = {"row_version": 1, "deleted_at": None}


@dataclass(frozen=True)
class Reference:
    staff: tuple[bytes, ...]  # counter and supervisor staff: who serve visits
    tags: tuple[tuple[str, bytes], ...]
    inserted: dict[str, int]  # table -> rows written


def write_reference(con: sqlite3.Connection, seed: int, site: bytes, clock: Clock) -> Reference:
    """Insert what is missing, inside the caller's transaction. Setup rows are dated 30 days
    before the first customer, at 09:00 Beijing time, a second apart."""
    rng = random.Random(f"cs-demo:{seed}:setup")
    second = [0]
    day = Clock(clock.first_ordinal - 30, 1)

    def stamp() -> tuple[bytes, str]:
        second[0] += 1
        ms_of_day = 3_600_000 + second[0] * 1000
        new_id = bytes(uuid7_bits(day.unix_ms(0, ms_of_day), rng.getrandbits(80)))
        return new_id, day.text(0, ms_of_day)

    fixed = {"origin_site_id": site, **_SYNCED}
    inserted: dict[str, int] = {}

    existing = dict(con.execute("SELECT username, id FROM staff"))
    rows: list[tuple[Any, ...]] = []
    staff_ids: dict[str, bytes] = {}
    for username, display, role in STAFF:
        new_id, created = stamp()
        if username in existing:
            staff_ids[username] = existing[username]
            continue
        staff_ids[username] = new_id
        rows.append((new_id, username, display, role.value, created))
    plan = InsertPlan(
        "staff",
        ("id", "username", "display_name", "role", "created_at"),
        fixed={**fixed, "site_id": site, "password_hash": None, "active": True,
               "failed_logins": 0, "locked_until": None},
        same_as={"updated_at": "created_at"},
    )  # fmt: skip
    insert_rows(con, plan, rows)
    inserted["staff"] = len(rows)

    existing = dict(con.execute("SELECT name, id FROM tags"))
    rows = []
    tag_ids: list[tuple[str, bytes]] = []
    for name, color in TAGS:
        new_id, created = stamp()
        tag_ids.append((name, existing.get(name, new_id)))
        if name not in existing:
            rows.append((new_id, name, color, created))
    plan = InsertPlan(
        "tags", ("id", "name", "color", "created_at"), fixed=fixed,
        same_as={"updated_at": "created_at"},
    )  # fmt: skip
    insert_rows(con, plan, rows)
    inserted["tags"] = len(rows)

    existing_tiers = {r[0] for r in con.execute("SELECT tier FROM tier_policies")}
    rows = []
    for tier, label, position, interval, role, care in TIER_POLICIES:
        new_id, created = stamp()
        if tier not in existing_tiers:
            rows.append((new_id, tier, label, position, interval, role.value, int(care), created))
    plan = InsertPlan(
        "tier_policies",
        ("id", "tier", "label", "position", "followup_interval_days", "complaint_role",
         "care_reminders", "created_at"),
        fixed=fixed, same_as={"updated_at": "created_at"},
    )  # fmt: skip
    insert_rows(con, plan, rows)
    inserted["tier_policies"] = len(rows)

    new_id, created = stamp()
    taken = con.execute(
        "SELECT 1 FROM tier_rule_sets WHERE is_active = 1 OR (name = ? AND version = 1)",
        (RULE_SET_NAME,),
    ).fetchone()
    rows = []
    if taken is None:
        params = json.dumps(RULE_SET_PARAMS, ensure_ascii=False, separators=(",", ":"))
        rows.append((new_id, RULE_SET_NAME, TierRuleKind.PARETO.value, params,
                     staff_ids["zhoujie"], RULE_SET_NOTES, created))  # fmt: skip
    plan = InsertPlan(
        "tier_rule_sets",
        ("id", "name", "kind", "params", "created_by_id", "notes", "created_at"),
        fixed={**fixed, "version": 1, "is_active": True}, same_as={"updated_at": "created_at"},
    )  # fmt: skip
    insert_rows(con, plan, rows)
    inserted["tier_rule_sets"] = len(rows)

    servers = tuple(staff_ids[u] for u, _, role in STAFF if role is not Role.ADMIN)
    return Reference(servers, tuple(tag_ids), inserted)
