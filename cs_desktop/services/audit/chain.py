"""The hash chain: the canonical form of an entry and its hash.

``entry_hash = SHA-256(prev_hash + canonical JSON of (seq, at, staff, action, entity,
entity_id, customer_id, details))``, hex. The canonical JSON has sorted keys, no spaces and
UTF-8 text unescaped, so the hash computed when writing equals the one computed from the row
read back, on SQLite and PostgreSQL alike. ``details`` hold only JSON values (``jsonable``).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import uuid
from typing import Any

GENESIS = ""  # prev_hash of the first entry


def jsonable(value: Any) -> Any:
    """A value as it can stand in the details: dates as ISO text, decimals as text, ids as
    text, bytes as hex; containers recursively."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    return str(value)


def stamp(at: dt.datetime) -> str:
    """The entry time as hashed: UTC, microseconds (both databases keep them)."""
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(seq: int, at: dt.datetime, staff_id: uuid.UUID | None, action: str, entity: str,
              entity_id: uuid.UUID | None, customer_id: uuid.UUID | None,
              details: dict[str, Any]) -> str:  # fmt: skip
    body = {
        "seq": seq,
        "at": stamp(at),
        "staff": str(staff_id) if staff_id else None,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id) if entity_id else None,
        "customer_id": str(customer_id) if customer_id else None,
        "details": details,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, canonical_text: str) -> str:
    return hashlib.sha256((prev_hash + canonical_text).encode("utf-8", "surrogatepass")).hexdigest()


__all__ = ["GENESIS", "canonical", "entry_hash", "jsonable", "stamp"]
