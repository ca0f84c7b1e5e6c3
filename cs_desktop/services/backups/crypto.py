"""Passphrase encryption of backup files: scrypt for the key, AES-256-GCM in 1 MiB chunks.

File: header (magic, version, scrypt parameters, salt, nonce prefix), then chunks, each the
ciphertext's length (4 bytes) and the ciphertext with its tag. A chunk's nonce is the prefix and
its number; its associated data is the header, its number and a last-chunk flag, so chunks
cannot be reordered, dropped or the file cut short without the check failing. Streaming keeps
memory flat for a database of any size. scrypt at N=2^17 takes ~0.5 s (shared/TRAPS.md).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"CSDESKBK"
VERSION = 1
CHUNK = 1 << 20
DEFAULT_LOG2_N = 17
_HEADER = struct.Struct(">8sBBBB16s8s")  # magic, version, log2 N, r, p, salt, nonce prefix


class WrongPassphrase(Exception):
    """The passphrase does not open the file (or its first chunk is damaged)."""


class Damaged(Exception):
    """The encrypted file is cut short, altered or not one of ours."""


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def encrypt_file(source: Path, target: Path, passphrase: str,
                 log2_n: int = DEFAULT_LOG2_N) -> None:  # fmt: skip
    if not passphrase:
        raise ValueError("empty passphrase")
    salt, prefix = os.urandom(16), os.urandom(8)
    header = _HEADER.pack(MAGIC, VERSION, log2_n, 8, 1, salt, prefix)
    aead = AESGCM(_key(passphrase, salt, log2_n, 8, 1))
    with source.open("rb") as src, target.open("wb") as out:
        out.write(header)
        number = 0
        chunk = src.read(CHUNK)
        while True:
            following = src.read(CHUNK) if chunk else b""
            last = not following
            aad = header + struct.pack(">IB", number, last)
            sealed = aead.encrypt(prefix + struct.pack(">I", number), chunk, aad)
            out.write(struct.pack(">I", len(sealed)) + sealed)
            if last:
                break
            chunk, number = following, number + 1


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Raises WrongPassphrase or Damaged; ``target`` is then incomplete (the caller drops it)."""
    with source.open("rb") as src, target.open("wb") as out:
        header = src.read(_HEADER.size)
        if len(header) != _HEADER.size:
            raise Damaged("header")
        magic, version, log2_n, r, p, salt, prefix = _HEADER.unpack(header)
        if magic != MAGIC or version != VERSION or not (10 <= log2_n <= 20 and 1 <= r <= 16
                                                        and 1 <= p <= 4):  # fmt: skip
            raise Damaged("header")
        aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
        number = 0
        while True:
            size_bytes = src.read(4)
            if len(size_bytes) != 4:
                raise Damaged("cut short")
            (size,) = struct.unpack(">I", size_bytes)
            if not 16 <= size <= CHUNK + 16:
                raise Damaged("chunk size")
            sealed = src.read(size)
            if len(sealed) != size:
                raise Damaged("cut short")
            nonce = prefix + struct.pack(">I", number)
            plain = None
            for last in (False, True):
                try:
                    plain = aead.decrypt(nonce, sealed, header + struct.pack(">IB", number, last))
                    break
                except InvalidTag:
                    continue
            if plain is None:
                raise WrongPassphrase() if number == 0 else Damaged(f"chunk {number}")
            out.write(plain)
            if last:
                if src.read(1):
                    raise Damaged("data after the last chunk")
                return
            number += 1


__all__ = ["MAGIC", "Damaged", "WrongPassphrase", "decrypt_file", "encrypt_file", "is_encrypted"]
