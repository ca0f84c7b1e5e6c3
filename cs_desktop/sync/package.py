"""The package file: one zip holding a signed manifest and the rows as JSON lines per table.

    manifest.json        format and schema version, source and destination sites, range,
                         counts per table, SHA-256 and size of every other member
    manifest.sig         Ed25519 signature of manifest.json's bytes by the source site
    tables/<name>.jsonl  one row per line: {"v": values, "b": born, "c": clocks, "s": seen}

Reading trusts nothing before it is checked: member names come from a fixed pattern (no paths
that could leave a folder), the declared sizes and compression ratios are bounded before
anything is decompressed (zip bombs), and every member is hashed against the signed manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cs_desktop.services.errors import ServiceError

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TABLE_MEMBER = re.compile(r"tables/([a-z][a-z0-9_]{0,63})\.jsonl")
MAX_MEMBERS = 200
MAX_MANIFEST = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Bounds on what a package may expand to (a zip bomb is refused before it is read)."""

    total_bytes: int = 4 << 30
    ratio: int = 200  # JSON lines compress about tenfold; 200x is not data


def member_name(table: str) -> str:
    return f"tables/{table}.jsonl"


class PackageWriter:
    """Writes table members one line at a time, hashing as it goes."""

    def __init__(self, path: Path) -> None:
        self._zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        self.members: dict[str, dict[str, Any]] = {}

    def table(self, table: str) -> _MemberWriter:
        return _MemberWriter(self, member_name(table))

    def finish(self, manifest: dict[str, Any], signature: bytes) -> None:
        self._zip.writestr(MANIFEST, manifest_bytes(manifest))
        self._zip.writestr(SIGNATURE, signature)
        self._zip.close()

    def abort(self) -> None:
        self._zip.close()


class _MemberWriter:
    def __init__(self, owner: PackageWriter, name: str) -> None:
        self._owner, self._name = owner, name
        self._hash = hashlib.sha256()
        self._size = 0
        self._stream: IO[bytes] = owner._zip.open(name, "w", force_zip64=True)
        self._buffer: list[bytes] = []
        self.count = 0

    def write(self, row: dict[str, Any]) -> None:
        line = (json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        self._buffer.append(line)
        self.count += 1
        if len(self._buffer) >= 1000:
            self._flush()

    def _flush(self) -> None:
        data = b"".join(self._buffer)
        self._buffer.clear()
        self._hash.update(data)
        self._size += len(data)
        self._stream.write(data)

    def close(self) -> None:
        self._flush()
        self._stream.close()
        self._owner.members[self._name] = {"sha256": self._hash.hexdigest(), "size": self._size}


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


class PackageReader:
    """An opened package whose structure passed the checks; ``verify_members`` hashes it."""

    def __init__(self, path: Path, limits: Limits) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise ServiceError("file_not_found", path=str(path)) from None
        except (zipfile.BadZipFile, OSError, EOFError):
            raise ServiceError("package_damaged") from None
        try:
            self._check_structure(limits)
            self.manifest_raw = self._read_small(MANIFEST)
            self.signature = self._read_small(SIGNATURE) if SIGNATURE in self._names else None
            self.manifest: dict[str, Any] = json.loads(self.manifest_raw.decode("utf-8"))
            if not isinstance(self.manifest, dict):
                raise ValueError("manifest is not an object")
        except ServiceError:
            self._zip.close()
            raise
        except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError, EOFError):
            self._zip.close()
            raise ServiceError("package_damaged") from None

    def _check_structure(self, limits: Limits) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ServiceError("package_too_large")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise ServiceError("package_unsafe_path", path=names[0])
        for info in infos:
            name = info.filename
            if name not in (MANIFEST, SIGNATURE) and not TABLE_MEMBER.fullmatch(name):
                raise ServiceError("package_unsafe_path", path=name)
        total = sum(i.file_size for i in infos)
        if total > limits.total_bytes:
            raise ServiceError("package_too_large")
        for info in infos:
            if info.file_size > 1 << 16 and info.file_size > limits.ratio * max(
                info.compress_size, 1
            ):
                raise ServiceError("package_too_large")
        self._names = set(names)
        if MANIFEST not in self._names:
            raise ServiceError("package_damaged")

    def _read_small(self, name: str) -> bytes:
        with self._zip.open(name) as f:
            data = f.read(MAX_MANIFEST + 1)
        if len(data) > MAX_MANIFEST:
            raise ServiceError("package_too_large")
        return data

    def verify_members(self) -> None:
        """Every member the manifest lists is present with its hash; nothing else is."""
        listed: dict[str, Any] = self.manifest.get("members") or {}
        tables = {n for n in self._names if n not in (MANIFEST, SIGNATURE)}
        if set(listed) != tables:
            raise ServiceError("package_checksum_mismatch")
        for name, meta in listed.items():
            digest = hashlib.sha256()
            size = 0
            try:
                with self._zip.open(name) as f:
                    while block := f.read(1 << 20):
                        digest.update(block)
                        size += len(block)
            except (zipfile.BadZipFile, OSError, EOFError):
                raise ServiceError("package_damaged") from None
            if digest.hexdigest() != meta.get("sha256") or size != meta.get("size"):
                raise ServiceError("package_checksum_mismatch")

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        name = member_name(table)
        if name not in self._names:
            return
        with self._zip.open(name) as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                yield json.loads(line)

    def close(self) -> None:
        self._zip.close()
